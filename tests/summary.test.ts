// synth --summary: the desired state for a person (scripts/summary.ts), and synth's command line (--help, --out,
// argument errors in one line). Documents come from synth in a child process, as a user runs it.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ISTIO_VERSION } from "../components/istio/version.ts";
import { FIXED_REPLICA_COMPONENTS, parseQuantity, PROFILES, SIZED_COMPONENTS, type SizedComponent } from "../components/sizing.ts";
import { TEMPO_CHART } from "../components/tempo.ts";
import { parseStackConfig, type StackConfig } from "../stacks/config.ts";
import type { DesiredState } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { formatSummary, summarize, type StackSummary } from "../scripts/summary.ts";

const root = path.resolve(import.meta.dirname, "..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "mesh-summary-"));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function synth(...args: string[]) {
    const run = spawnSync(process.execPath, ["--import", "./scripts/compile-cache.ts", "scripts/synth.ts", ...args], { cwd: root, encoding: "utf8" });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The stack's document and its config, as synth reads them. */
function load(stack: string, configFile?: string): { state: DesiredState; config: StackConfig } {
    const run = synth("--stack", stack, ...(configFile ? ["--config-file", configFile] : []));
    assert.equal(run.status, 0, run.stderr);
    const files = loadStackConfigFiles(root, stack, configFile);
    return { state: JSON.parse(run.stdout) as DesiredState, config: parseStackConfig(files.config, new Set(files.secretKeys)) };
}

/** prod, ambient, with tail sampling: the sized workloads dev does not have (istio-cni, ztunnel, waypoints, Tempo distributed, the sampling tier). */
function prodAmbientTailFile(): string {
    const file = path.join(scratch, "Pulumi.prod-ambient-tail.yaml");
    const prod = fs.readFileSync(path.join(root, "Pulumi.prod.yaml"), "utf8").replace("mesh-observability:meshMode: sidecar", "mesh-observability:meshMode: ambient");
    fs.writeFileSync(file, `${prod}  mesh-observability:tailSampling:\n    enabled: true\n`);
    return file;
}

const line = (summary: StackSummary, component: string) => {
    const found = summary.components.find((c) => c.component === component);
    assert.ok(found, `no ${component} in the summary`);
    return found;
};

describe("synth --summary", () => {
    let devState: DesiredState;
    let dev: StackSummary;
    let prod: StackSummary;
    let prodAmbient: StackSummary;
    before(() => {
        const d = load("dev");
        devState = d.state;
        dev = summarize(d.state, d.config);
        const plain = load("prod");
        prod = summarize(plain.state, plain.config);
        const p = load("prod-ambient-tail", prodAmbientTailFile());
        prodAmbient = summarize(p.state, p.config);
    });

    it("has one line per component the stack creates, in the document's order", () => {
        const components = devState.resources.filter((r) => !r.custom && r.type.startsWith("mesh-observability:") && r.parent === devState.resources[0].urn);
        assert.deepEqual(
            dev.components.map((c) => c.component),
            components.map((c) => c.type.split(":").at(-1)),
        );
        const text = formatSummary(dev).split("\n");
        for (const c of dev.components) assert.equal(text.filter((l) => l.startsWith(`${c.component} `)).length, 1, c.component);
    });

    it("names each chart with its pinned version and where it runs", () => {
        assert.deepEqual(line(dev, "IstioMesh").charts, [`base+istiod+gateway ${ISTIO_VERSION}`]);
        assert.deepEqual(line(dev, "IstioMesh").namespaces, ["istio-system", "istio-ingress"]);
        assert.deepEqual(line(dev, "Tempo").charts, [`tempo ${TEMPO_CHART.version}`]);
        assert.deepEqual(line(prodAmbient, "IstioMesh").charts, [`base+istiod+cni+ztunnel+gateway ${ISTIO_VERSION}`]);
    });

    it("gives each component its mode and the endpoints it exposes", () => {
        assert.equal(line(dev, "IstioMesh").mode, "sidecar, mTLS PERMISSIVE, mesh namespaces bookinfo, demo");
        assert.equal(line(prodAmbient, "Tempo").mode, "distributed, s3 storage, retention 720h");
        assert.deepEqual(line(dev, "OpenTelemetry").endpoints, ["http://otel-collector.observability.svc.cluster.local:4317", "http://otel-collector.observability.svc.cluster.local:4318"]);
        assert.deepEqual(line(dev, "Kiali").endpoints, ["http://localhost:20001"]);
        assert.deepEqual(line(dev, "MetalLb").endpoints, ["172.18.255.200-172.18.255.250"]);
    });

    it("reads the collectors' replicas, requests and queue volume from their objects: the gateway tier in front of a sampling tier keeps one for the agents' metrics and logs", () => {
        const collectors = line(prodAmbient, "OpenTelemetry").workloads.filter((w) => w.name !== "openTelemetryOperator");
        const production = PROFILES.production;
        assert.deepEqual(collectors, [
            { name: "otel-sampling", replicas: production.samplingCollector.replicas, perNode: false, cpu: production.samplingCollector.requests.cpu, memory: production.samplingCollector.requests.memory, storage: production.samplingCollector.storage },
            { name: "otel", replicas: production.collector.replicas, perNode: false, cpu: production.collector.requests.cpu, memory: production.collector.requests.memory, storage: production.collector.storage },
        ]);
        assert.deepEqual(line(dev, "LogShipping").workloads, [{ name: "otel-logs", replicas: 1, perNode: true, cpu: PROFILES.lab.logCollector.requests.cpu, memory: PROFILES.lab.logCollector.requests.memory }]);
    });

    it("covers every sized workload between dev and the prods: a new one must be placed", () => {
        const readFromObjects: SizedComponent[] = ["collector", "samplingCollector", "logCollector"];
        const listed = new Set([...dev.components, ...prod.components, ...prodAmbient.components].flatMap((c) => c.workloads.map((w) => w.name)));
        assert.deepEqual(
            SIZED_COMPONENTS.filter((s) => !readFromObjects.includes(s) && !listed.has(s)),
            [],
        );
        assert.equal(line(prodAmbient, "IstioMesh").workloads.find((w) => w.name === "waypoint")?.replicas, 2, "one waypoint per mesh namespace (shop, payments)");
    });

    it("shows DaemonSets per node, not as replicas", () => {
        assert.deepEqual(line(dev, "MetalLb").workloads.map((w) => [w.name, w.perNode]), [["metallbController", false], ["metallbSpeaker", true]]);
        assert.match(formatSummary(dev), /metallbController 1×10m\/32Mi, metallbSpeaker per node 10m\/32Mi/);
    });

    it("keeps Tempo's metrics-generator with tail sampling too: it still serves TraceQL metrics (local-blocks)", () => {
        assert.ok(line(prod, "Tempo").workloads.some((w) => w.name === "tempoMetricsGenerator"));
        assert.ok(line(prodAmbient, "Tempo").workloads.some((w) => w.name === "tempoMetricsGenerator"));
    });

    it("totals the platform's requests from the lab profile, DaemonSets once; the demo and the check apart", () => {
        // what dev deploys, by sizing entry; the collectors as their objects say (lab: collector with its queue volume)
        const devWorkloads: SizedComponent[] = [
            "certManager", "metallbController", "metallbSpeaker", "ingressNginx", "istiod", "istioGateway", "openTelemetryOperator", "collector",
            "tempo", "prometheus", "alertmanager", "grafana", "prometheusOperator", "kubeStateMetrics", "nodeExporter", "kiali", "loki", "logCollector",
        ];
        const lab = PROFILES.lab;
        const sum = (pick: (c: SizedComponent) => number) => devWorkloads.reduce((total, c) => total + (FIXED_REPLICA_COMPONENTS.includes(c) ? 1 : lab[c].replicas) * pick(c), 0);
        assert.equal(dev.platformTotals.cpu.toFixed(3), sum((c) => parseQuantity(lab[c].requests.cpu) as number).toFixed(3));
        assert.equal(dev.platformTotals.memory, sum((c) => parseQuantity(lab[c].requests.memory) as number));
        assert.equal(dev.platformTotals.storage, sum((c) => parseQuantity(lab[c].storage ?? "0") as number));
        assert.ok(dev.guestTotals.cpu > 0);
        assert.match(formatSummary(dev), /^totals, the platform: 810m CPU, 2\.53Gi memory requested, 34Gi of volumes$/m);
        assert.match(formatSummary(dev), /^ {2}GrafanaViewer, TraceCheck and Bookinfo add: 260m CPU, 1Gi memory requested, 0Mi of volumes$/m);
    });
});

describe("synth's command line", () => {
    it("--summary prints the summary, not JSON", () => {
        const run = synth("--stack", "dev", "--summary");
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^stack dev: sidecar mesh, sizing profile lab, 14 components, \d+ resources\n/);
        assert.throws(() => JSON.parse(run.stdout) as unknown);
    });

    it("--out writes the document to a file and nothing to stdout", () => {
        const out = path.join(scratch, "dev.json");
        const run = synth("--stack", "dev", "--out", out);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, "");
        assert.equal((JSON.parse(fs.readFileSync(out, "utf8")) as DesiredState).stack, "dev");
    });

    it("--help explains every option and why npm needs -s", () => {
        const run = synth("--help");
        assert.equal(run.status, 0);
        for (const option of ["--stack <name>", "--config-file <path>", "--summary", "--out <file>", "--help"]) assert.ok(run.stdout.includes(`  ${option}`), option);
        assert.match(run.stdout, /npm run -s synth/);
    });

    for (const [args, message] of [
        [["--bogus"], 'synth: unexpected argument "--bogus"'],
        [["--stack"], "synth: --stack needs a value"],
        [["--stack", "dev", "--out"], "synth: --out needs a value"],
        [["--summary=yes", "--stack", "dev"], 'synth: unexpected argument "--summary=yes"'],
    ] as const) {
        it(`refuses ${args.join(" ")} in one line, without a stack trace`, () => {
            const run = synth(...args);
            assert.equal(run.status, 1);
            assert.equal(run.stdout, "");
            assert.equal(run.stderr.split("\n").filter(Boolean).length, 1, run.stderr);
            assert.ok(run.stderr.startsWith(`${message}; usage: npm run synth -- --stack <name>`), run.stderr);
        });
    }

    it("a stack file that is not there: its name, one line", () => {
        const run = synth("--stack", "nonexistent");
        assert.equal(run.status, 1);
        assert.match(run.stderr, /^synth: ENOENT: no such file or directory, open '.*Pulumi\.nonexistent\.yaml'\n$/);
    });
});
