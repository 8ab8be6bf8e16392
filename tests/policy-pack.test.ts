// The pack starts the way `pulumi preview --policy-pack policy` starts it: the Node.js language host runs
// `node @pulumi/pulumi/cmd/run-policy-pack <engine address> <pack directory>` in the pack's directory
// (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs/main.go RunPlugin, kind analyzer), the pack prints the port of
// its gRPC server, and the engine calls it there. Here a client on loopback stands in for the engine: it asks for the
// pack's policies and has one resource analyzed. Without the CLI, this is as close to a real preview as runs offline.
import * as assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { POLICIES, POLICY_PACK_NAME } from "../policy/policies.ts";
import { helmChartPinned } from "../policy/rules.ts";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const packDir = path.join(root, "policy");

interface Message {
    serializeBinary(): Uint8Array;
}
interface Diagnostic {
    getPolicyname(): string;
    getMessage(): string;
    getEnforcementlevel(): number;
}
interface AnalyzerClient extends grpc.Client {
    getAnalyzerInfo(request: Message, callback: (err: Error | null, info: { getName(): string; getPoliciesList(): { getName(): string; getEnforcementlevel(): number }[] }) => void): void;
    analyze(request: Message, callback: (err: Error | null, response: { getDiagnosticsList(): Diagnostic[] }) => void): void;
}
const { AnalyzerClient } = require("@pulumi/pulumi/proto/analyzer_grpc_pb") as { AnalyzerClient: new (address: string, credentials: grpc.ChannelCredentials) => AnalyzerClient };
const analyzerProto = require("@pulumi/pulumi/proto/analyzer_pb") as {
    AnalyzeRequest: new () => Message & { setType(t: string): void; setName(n: string): void; setUrn(u: string): void; setProperties(p: unknown): void; setOptions(o: unknown): void };
    AnalyzerResourceOptions: new () => Message;
    EnforcementLevel: Record<string, number>;
};
const { Empty } = require("google-protobuf/google/protobuf/empty_pb") as { Empty: new () => Message };
const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as { Struct: { fromJavaScript(value: unknown): unknown } };

const call = <T>(fn: (callback: (err: Error | null, value: T) => void) => void) =>
    new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

describe("the pack under the CLI's launcher", () => {
    let pack: ChildProcess;
    let client: AnalyzerClient;
    before(async () => {
        // the engine address is only passed through; nothing here dials it
        pack = spawn(process.execPath, [require.resolve("@pulumi/pulumi/cmd/run-policy-pack"), "127.0.0.1:1", packDir], { cwd: packDir, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        pack.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        const port = await new Promise<number>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`the pack printed no port in 30 s; stderr: ${stderr}`)), 30_000);
            pack.stdout?.once("data", (chunk: Buffer) => {
                clearTimeout(timer);
                resolve(Number(chunk.toString().trim()));
            });
            pack.once("exit", (code) => reject(new Error(`the pack exited with ${code}: ${stderr}`)));
        });
        client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    });
    after(() => {
        client?.close();
        pack?.kill();
    });

    it("serves every rule of the policy module, enforced by default", async () => {
        const info = await call<Parameters<Parameters<AnalyzerClient["getAnalyzerInfo"]>[1]>[1]>((cb) => client.getAnalyzerInfo(new Empty(), cb));
        assert.equal(info.getName(), POLICY_PACK_NAME);
        assert.deepEqual(info.getPoliciesList().map((p) => p.getName()), POLICIES.map((p) => p.name));
    });
    it("reports a chart version range as a mandatory violation", async () => {
        const request = new analyzerProto.AnalyzeRequest();
        request.setType("kubernetes:helm.sh/v3:Release");
        request.setName("istio-istiod");
        request.setUrn("urn:pulumi:prod::mesh-observability::kubernetes:helm.sh/v3:Release::istio-istiod");
        // the engine always sends the resource's options (an empty set here)
        request.setOptions(new analyzerProto.AnalyzerResourceOptions());
        request.setProperties(Struct.fromJavaScript({ name: "istiod", chart: "istiod", version: "^1.2", repositoryOpts: { repo: "https://istio-release.storage.googleapis.com/charts" }, values: {} }));
        const response = await call<Parameters<Parameters<AnalyzerClient["analyze"]>[1]>[1]>((cb) => client.analyze(request, cb));
        const pinned = response.getDiagnosticsList().filter((d) => d.getPolicyname() === "helm-chart-pinned");
        assert.deepEqual(
            pinned.map((d) => [d.getMessage(), d.getEnforcementlevel()]),
            // the server puts the policy's description before the message
            [[`${helmChartPinned.description}\nhelm release "istiod" (chart istiod ^1.2): version "^1.2" is a range or tag, not one release; pin an exact version (e.g. "1.2.3")`, analyzerProto.EnforcementLevel.MANDATORY]],
        );
    });
});
