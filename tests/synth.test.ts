// The synth command end to end, as a reviewer or checker runs it: a child process per run.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import type { DesiredState } from "../scripts/desired-state.ts";

const root = path.resolve(import.meta.dirname, "..");

function synth(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, ["--import", "./scripts/compile-cache.ts", "scripts/synth.ts", ...args], { cwd: root, encoding: "utf8" });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("synth", () => {
    // one run per stack, shared by the tests that read its document (a run starts a process: about half a second)
    const documents = new Map<string, DesiredState>();
    before(() => {
        for (const stack of ["dev", "prod"]) {
            const run = synth("--stack", stack);
            assert.equal(run.status, 0, run.stderr);
            documents.set(stack, JSON.parse(run.stdout) as DesiredState);
        }
    });

    it("prints the document shape the checkers read", () => {
        const state = documents.get("dev") as DesiredState;
        assert.equal(state.project, "mesh-observability");
        assert.equal(state.stack, "dev");
        assert.deepEqual(Object.keys(state), ["project", "stack", "resources", "outputs"]);
        assert.deepEqual(Object.keys(state.resources[0]), ["urn", "type", "name", "custom", "parent", "dependencies", "provider", "inputs"]);
        assert.equal(state.resources[0].type, "pulumi:pulumi:Stack");
    });

    for (const stack of ["dev", "prod"]) {
        it(`lists every resource after its parent, provider and dependencies (${stack})`, () => {
            const seen = new Set<string>();
            for (const r of (documents.get(stack) as DesiredState).resources) {
                for (const urn of [r.parent, r.provider, ...r.dependencies]) if (urn) assert.ok(seen.has(urn), `${r.urn} before ${urn}`);
                seen.add(r.urn);
            }
        });
    }

    it("never prints a trace exporter's header value set in plain config: refused, the key named, the value nowhere", () => {
        const run = synth("--stack", "exporter-plain", "--config-file", "tests/fixtures/Pulumi.exporter-plain.yaml");
        assert.equal(run.status, 1);
        assert.match(run.stderr, /mesh-observability:traceExporters\[0\]\.headers\.lightstep-access-token: mesh-observability:lightstepAccessToken is stored in plain text/);
        assert.doesNotMatch(run.stdout + run.stderr, /plain-header-token-4711/);
    });

    // Offline, a `secure:` value stands in as the placeholder before the program runs, so the document cannot show
    // whether the program keeps it secret: tests/secrets.test.ts and tests/tail-sampling.test.ts check that in process.
    it("synthesises a trace exporter whose header is secure config, with the Secret the collector reads", () => {
        const run = synth("--stack", "exporter-secret", "--config-file", "tests/fixtures/Pulumi.exporter-secret.yaml");
        assert.equal(run.status, 0, run.stderr);
        const state = JSON.parse(run.stdout) as DesiredState;
        assert.ok(state.resources.some((r) => r.type === "kubernetes:core/v1:Secret" && (r.inputs.metadata as { name?: string }).name === "trace-exporter-credentials"));
    });

    it("rejects invalid config: exit 1, every problem on stderr, nothing on stdout", () => {
        const run = synth("--stack", "invalid", "--config-file", "tests/fixtures/Pulumi.invalid.yaml");
        assert.equal(run.status, 1);
        assert.equal(run.stdout, "");
        for (const key of ["meshMode", "samplingPercent", "meshNamespaces[0]", "loadBalancerAddresses[0]", "ingressNginx", "tempo.retention", "tempo.storage.backend", "samplingPercentage"]) {
            assert.ok(run.stderr.includes(`mesh-observability:${key}:`), `no problem reported for ${key}:\n${run.stderr}`);
        }
    });

    it("fails with usage when no stack is named", () => {
        const run = synth();
        assert.equal(run.status, 1);
        assert.match(run.stderr, /usage: npm run synth -- --stack <name>/);
    });
});
