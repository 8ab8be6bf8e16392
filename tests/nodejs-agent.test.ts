// The real Node.js agent against stand-in collector receivers: the OpenTelemetry JS SDK that the operator's 0.158.0
// Node.js image ships (@opentelemetry/auto-instrumentations-node 0.78.0, whose register.js the image links as
// autoinstrumentation.js: opentelemetry-operator autoinstrumentation/nodejs/Dockerfile at v0.158.0) runs in a child
// process with exactly the environment our Instrumentation gives a Node.js pod (as the operator builds it, see
// support/operator-injection.ts), the collector's host rewritten to loopback. Two receivers stand in for the collector:
// a real gRPC server for 4317 and an HTTP server for 4318, on ephemeral ports. The span must arrive on the receiver
// the contract names, with the pod's service name, and nothing may arrive where the collector would refuse it.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { collectorConfig, collectorEndpoints, collectorSignals, instrumentationSpec } from "../components/opentelemetry.ts";
import { decodeTraceExport } from "./support/otlp-wire.ts";
import { effectiveExporter } from "./support/operator-injection.ts";

const require = createRequire(import.meta.url);
const REGISTER = require.resolve("@opentelemetry/auto-instrumentations-node/register");

interface Received {
    readonly receiver: "grpc" | "http";
    readonly path: string;
    readonly body: Buffer;
}

/** An OTLP/gRPC receiver: the three Export methods, any payload accepted. */
async function grpcReceiver(received: Received[]): Promise<{ port: number; close: () => void }> {
    const server = new grpc.Server();
    const identity = (b: Buffer) => b;
    for (const service of ["trace.v1.TraceService", "metrics.v1.MetricsService", "logs.v1.LogsService"]) {
        const path = `/opentelemetry.proto.collector.${service}/Export`;
        server.addService(
            { Export: { path, requestStream: false, responseStream: false, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity } },
            {
                Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
                    received.push({ receiver: "grpc", path, body: call.request });
                    callback(null, Buffer.alloc(0));
                },
            },
        );
    }
    const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))),
    );
    return { port, close: () => server.forceShutdown() };
}

/** An OTLP/HTTP receiver: POST /v1/{traces,metrics,logs}, protobuf bodies, an empty success reply. */
async function httpReceiver(received: Received[]): Promise<{ port: number; close: () => void }> {
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
            received.push({ receiver: "http", path: req.url ?? "", body: Buffer.concat(chunks) });
            res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

/** Runs a tiny application under the agent: one span, one counter; the agent flushes when the process ends. */
function runApplication(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    const application = `
        const api = require("@opentelemetry/api");
        api.trace.getTracer("checkout").startActiveSpan("place-order", (span) => span.end());
        api.metrics.getMeter("checkout").createCounter("orders").add(1);
    `;
    return new Promise((resolve) => {
        const child = spawn(process.execPath, ["--require", REGISTER, "-e", application], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("exit", (code) => resolve({ code, stderr }));
    });
}

describe("the operator's Node.js agent with our Instrumentation", () => {
    const received: Received[] = [];
    const receivers: { grpc?: { port: number; close: () => void }; http?: { port: number; close: () => void } } = {};
    let run: { code: number | null; stderr: string };
    const endpoints = collectorEndpoints();

    before(async () => {
        receivers.grpc = await grpcReceiver(received);
        receivers.http = await httpReceiver(received);
        const config = collectorConfig(endpoints, { otlpGrpcAddress: "tempo:4317" }, { otlpHttpUrl: "http://prometheus:9090/api/v1/otlp" });
        const agent = effectiveExporter(instrumentationSpec(endpoints, 100, collectorSignals(config)), "nodejs");
        // the pod's network, in miniature: the collector's Service name and ports lead to the stand-in receivers
        const loopback = (value: string) =>
            value
                .replace(`${endpoints.host}:${endpoints.otlpGrpcPort}`, `127.0.0.1:${receivers.grpc?.port}`)
                .replace(`${endpoints.host}:${endpoints.otlpHttpPort}`, `127.0.0.1:${receivers.http?.port}`);
        const env = Object.fromEntries(Object.entries(agent.env).map(([name, value]) => [name, loopback(value)]));
        // what the operator adds for every pod besides the exporter settings, and a short batch delay for the test
        run = await runApplication({ ...env, OTEL_SERVICE_NAME: "checkout", OTEL_BSP_SCHEDULE_DELAY: "100", OTEL_LOG_LEVEL: "error" });
    });
    after(() => {
        receivers.grpc?.close();
        receivers.http?.close();
    });

    it("runs without export errors", () => {
        assert.equal(run.code, 0);
        // the GCP resource detector's metadata lookup fails off GCP; that warning is not about the export
        const problems = run.stderr.split("\n").filter((line) => /error/i.test(line) && !/MetadataLookupWarning/.test(line));
        assert.deepEqual(problems, []);
    });
    it("delivers the span over OTLP/HTTP to the traces path, with the pod's service name", () => {
        const traces = received.filter((r) => r.receiver === "http" && r.path === "/v1/traces");
        assert.deepEqual(
            traces.flatMap((r) => decodeTraceExport(r.body)),
            [{ serviceName: "checkout", spans: ["place-order"] }],
        );
    });
    it("delivers its metrics to the metrics path, which the collector has a pipeline for", () => {
        assert.ok(received.some((r) => r.receiver === "http" && r.path === "/v1/metrics"), JSON.stringify(received.map((r) => r.path)));
    });
    it("sends no logs (the collector has no logs pipeline) and nothing to the gRPC port", () => {
        assert.deepEqual(received.filter((r) => r.path === "/v1/logs" || r.receiver === "grpc").map((r) => `${r.receiver} ${r.path}`), []);
    });
});
