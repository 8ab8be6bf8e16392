// Day-2 changes as a platform team makes them on a live stack: each one synthesised before and after from the stack
// files and compared with the project's own desired-state diff (scripts/state-diff.ts, as `npm run diff` reports it),
// asserting what it replaces, what it rolls (a pod template changes), what it leaves alone, and what it does to stored
// data. A change that replaces a stateful object or rewrites stored data is named in its test.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import type { DesiredState } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { diffStates, type ResourceDiff, type StateDiff } from "../scripts/state-diff.ts";
import { ConfigError, parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform, type PlatformOutputs } from "../stacks/platform.ts";
import { at, Harness, type Registrations } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const MODE = '"mesh-observability.io/mesh-mode"';
const BOOKINFO = ["bookinfo-details-v1", "bookinfo-productpage-v1", "bookinfo-ratings-v1", "bookinfo-reviews-v1", "bookinfo-reviews-v2", "bookinfo-reviews-v3"];
/** The trace check's Job and its settings: both are replaced whenever the stack config changes (its fingerprint). */
const TRACE_CHECK = ["trace-check-job", "trace-check-script"];
/** The OTel operator's admission probe dry-runs the collectors and Instrumentation as declared: a change to them probes again. */
const OPERATOR_PROBE = ["opentelemetry-webhook-probe-job", "opentelemetry-webhook-probe-script"];
const WORKLOAD_TYPES = new Set(["kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:StatefulSet", "kubernetes:apps/v1:DaemonSet"]);

let harness: Harness;
before(async () => (harness = await Harness.create()));

/** A stack file's config with keys replaced, as `pulumi config set` would store them. */
function configOf(stack: string, overrides: Record<string, unknown> = {}): StackConfig {
    const files = loadStackConfigFiles(root, stack);
    const raw = { ...files.config };
    for (const [key, value] of Object.entries(overrides)) raw[`mesh-observability:${key}`] = typeof value === "string" ? value : JSON.stringify(value);
    return parseStackConfig(raw, new Set(files.secretKeys));
}

/** The desired state a registration run amounts to (outputs that are Outputs print as a placeholder). */
function documentOf(reg: Registrations<PlatformOutputs>, stack: string): DesiredState {
    const outputs = JSON.parse(JSON.stringify(reg.result, (_key, value: unknown) => (pulumi.Output.isInstance(value) ? "[output]" : value))) as Record<string, unknown>;
    return { project: "mesh-observability", stack, resources: [...reg.resources], outputs };
}

interface Day2 {
    readonly diff: StateDiff;
    readonly before: Registrations<PlatformOutputs>;
    readonly after: Registrations<PlatformOutputs>;
}

/** The stack as its file says (plus `base`), then with `change` on top of that. */
async function day2(stack: string, change: Record<string, unknown>, base: Record<string, unknown> = {}): Promise<Day2> {
    const before = await harness.run(() => buildPlatform(configOf(stack, base)));
    const after = await harness.run(() => buildPlatform(configOf(stack, { ...base, ...change })));
    return { diff: diffStates(documentOf(before, stack), documentOf(after, stack)), before, after };
}

const names = (list: readonly ResourceDiff[]) => list.map((r) => r.name).sort();
/** Every changed or replaced resource with the paths that changed. */
const touched = (diff: StateDiff) => new Map([...diff.changed, ...diff.replaced].map((r) => [r.name, r.changes.map((c) => c.path)]));
/** The Deployments, StatefulSets and DaemonSets whose pod template changes: their pods are replaced. */
const rolled = (diff: StateDiff) => [...diff.changed, ...diff.replaced].filter((r) => WORKLOAD_TYPES.has(r.type) && r.changes.some((c) => c.path.startsWith("spec.template"))).map((r) => r.name).sort();
/** A stateful consequence as the diff names it: resource, kind and message. */
const statefulOf = (diff: StateDiff) => diff.stateful.map((s) => `${s.name} ${s.kind}: ${s.message}`);

/** The meshed workloads of the platform, each rolled by the mesh mode in its pod template and nothing else. */
function assertMeshedWorkloadsRoll(diff: StateDiff, from: string, to: string): void {
    assert.deepEqual(rolled(diff), BOOKINFO);
    const paths = touched(diff);
    for (const deployment of BOOKINFO) {
        const change = diff.changed.find((r) => r.name === deployment);
        // besides the wait for istio-cni and ztunnel in ambient mode (a dependency, not an input)
        assert.deepEqual(change?.changes.filter((c) => c.path !== "(dependsOn)"), [{ path: `spec.template.metadata.annotations.${MODE}`, before: from, after: to }], deployment);
    }
    assert.ok(paths.get("istio-gateway")?.includes(`values.podAnnotations.${MODE}`), "the ingress gateway does not roll");
    assert.ok(paths.get("ingress-nginx-chart")?.includes(`values.controller.podAnnotations.${MODE}`), "ingress-nginx does not roll");
}

describe("day 2: meshMode sidecar → ambient (dev)", () => {
    let change: Day2;
    before(async () => (change = await day2("dev", { meshMode: "ambient" })));

    it("rolls every meshed workload the platform owns: Bookinfo's six Deployments, the ingress gateway, ingress-nginx", () => assertMeshedWorkloadsRoll(change.diff, "sidecar", "ambient"));
    it("adds istio-cni, ztunnel, the Gateway API CRDs and a waypoint per mesh namespace; replaces only the trace check (Job and settings); touches no stored data", () => {
        const added = names(change.diff.added);
        for (const name of ["istio-cni", "istio-ztunnel", "istio-gateway-api-crds", "istio-waypoint-demo", "istio-waypoint-bookinfo"]) assert.ok(added.includes(name), name);
        assert.deepEqual([names(change.diff.removed), names(change.diff.replaced), statefulOf(change.diff)], [[], TRACE_CHECK, []]);
    });
    it("gives the command that moves the applications of the mesh namespaces onto ambient", () => {
        assert.deepEqual(change.after.result.meshModeRestart, { namespaces: ["demo"], command: 'for ns in demo; do kubectl -n "$ns" rollout restart deployment,statefulset,daemonset; done' });
    });
});

describe("day 2: meshMode ambient → sidecar (dev)", () => {
    let change: Day2;
    before(async () => (change = await day2("dev", { meshMode: "sidecar" }, { meshMode: "ambient" })));

    it("rolls every meshed workload the platform owns back onto sidecars", () => assertMeshedWorkloadsRoll(change.diff, "ambient", "sidecar"));
    it("removes istio-cni, ztunnel and the waypoints; replaces only the trace check (Job and settings); touches no stored data", () => {
        const removed = names(change.diff.removed);
        for (const name of ["istio-cni", "istio-ztunnel", "istio-waypoint-demo", "istio-waypoint-bookinfo"]) assert.ok(removed.includes(name), name);
        assert.deepEqual([names(change.diff.replaced), statefulOf(change.diff)], [TRACE_CHECK, []]);
    });
});

/** Dev's Tempo on object storage, distributed: what the flip sets. */
const DEV_ON_S3 = { mode: "distributed", retention: "24h", storage: { backend: "s3", bucket: "mesh-traces-dev", endpoint: "minio.storage:9000", insecure: true } };

describe("day 2: tempo.mode monolithic → distributed (dev), as a stack file that leaves Loki's periods as they were", () => {
    it("is refused: Loki's only schema period would be rewritten; the problem names logs.schemaPeriods and the period to append", () => {
        assert.throws(
            () => configOf("dev", { tempo: DEV_ON_S3, logs: { backend: "loki", bucket: "mesh-logs-dev" } }),
            (err: unknown) => err instanceof ConfigError && err.problems.length === 1 && /^mesh-observability:logs\.schemaPeriods: .*append a period, never change one in use/.test(err.problems[0]),
        );
    });
});

describe("day 2: tempo.mode monolithic → distributed (dev, onto object storage, Loki's period appended)", () => {
    const periods = [{ from: "2024-04-01", objectStore: "filesystem" }, { from: "2026-10-01", objectStore: "s3" }];
    let change: Day2;
    before(async () => (change = await day2("dev", { tempo: DEV_ON_S3, logs: { backend: "loki", bucket: "mesh-logs-dev", schemaPeriods: periods } })));
    it("replaces Tempo's release, named: the single binary's WAL and local blocks stay behind on its claim, not migrated to the bucket", () => {
        assert.deepEqual(change.diff.replaced.find((r) => r.name === "tempo-chart")?.replacedBy, ["chart"]);
        assert.deepEqual(statefulOf(change.diff), [
            "tempo-chart left-behind: tempo replaced by tempo-distributed: the single binary's WAL and local blocks (claim storage-tempo-0) stay behind, not carried over",
        ]);
    });
    it("appends Loki's period on s3 and rewrites none: the volume's period keeps its store and directory, so its logs stay readable", () => {
        const loki = change.diff.changed.find((r) => r.name === "loki-chart");
        const paths = loki?.changes.map((c) => c.path) ?? [];
        assert.ok(paths.includes("values.loki.schemaConfig.configs[1]"));
        assert.deepEqual(paths.filter((p) => p.startsWith("values.loki.schemaConfig.configs[0]")), []);
        assert.deepEqual(loki?.changes.find((c) => c.path === "values.loki.structuredConfig")?.after, { storage_config: { filesystem: { directory: "/var/loki/chunks" } } });
    });
});

describe("day 2: tempo.mode distributed → monolithic (prod)", () => {
    let change: Day2;
    const tempo = { mode: "monolithic", retention: "720h", storage: { backend: "s3", bucket: "mesh-traces-prod", endpoint: "s3.eu-west-1.amazonaws.com", region: "eu-west-1" } };
    before(async () => (change = await day2("prod", { tempo })));

    it("replaces Tempo's release, named: the ingesters' WALs stay behind; the blocks stay in the bucket, which the single binary reads", () => {
        assert.deepEqual(statefulOf(change.diff), ["tempo-chart left-behind: tempo-distributed replaced by tempo: the ingesters' WALs (claims data-tempo-ingester-*) stay behind, not carried over"]);
        const tempoValues = (reg: Registrations<PlatformOutputs>) => reg.resources.find((r) => r.name === "tempo-chart")?.inputs.values;
        // the single binary nests Tempo's settings under `tempo`; tempo-distributed keeps them at the top
        assert.equal(at(tempoValues(change.before), "storage.trace.s3.bucket"), "mesh-traces-prod");
        assert.equal(at(tempoValues(change.after), "tempo.storage.trace.s3.bucket"), "mesh-traces-prod");
    });
    it("leaves Loki alone", () => assert.equal(touched(change.diff).has("loki-chart"), false));
});

describe("day 2: logs backend (dev)", () => {
    it("loki → none removes Loki's release and log shipping, named: Loki's volume stays behind in its namespace", async () => {
        const { diff } = await day2("dev", { logs: { backend: "none" } });
        assert.ok(names(diff.removed).includes("loki-chart") && names(diff.removed).includes("log-shipping-collector"));
        assert.deepEqual(statefulOf(diff), [
            "loki-chart left-behind: loki removed: Loki's chunks and index on its volume (claims storage-loki-*) stay behind, not carried over",
            "opentelemetry-collector queue-dropped: collector otel stops exporting through otlp_http/logs: what its disk queue held stays on the queue volume, unsent",
        ]);
    });
    it("none → loki adds Loki and its shipping and touches no stored data", async () => {
        const { diff } = await day2("dev", { logs: { backend: "loki" } }, { logs: { backend: "none" } });
        assert.ok(names(diff.added).includes("loki-chart"));
        assert.deepEqual([names(diff.removed), statefulOf(diff)], [[], []]);
    });
});

describe("day 2: samplingPercent 100 → 10 (dev)", () => {
    let change: Day2;
    before(async () => (change = await day2("dev", { samplingPercent: 10 })));

    it("changes settings in place: replaces only the Jobs that check them (the webhook probe dry-runs the new Instrumentation), rolls no workload, touches no stored data", () => {
        assert.deepEqual([names(change.diff.added), names(change.diff.removed), names(change.diff.replaced), rolled(change.diff), statefulOf(change.diff)], [[], [], [...OPERATOR_PROBE, "trace-check-job"], [], []]);
    });
    it("reaches every layer: istiod's fallback, the mesh's and ingress-nginx's sampling, the agents' sampler", () => {
        const paths = touched(change.diff);
        assert.ok(paths.get("istio-istiod")?.includes("values.traceSampling"));
        assert.ok(paths.get("istio-mesh-telemetry")?.includes("spec.tracing[0].randomSamplingPercentage"));
        assert.ok(paths.get("ingress-nginx-chart")?.includes("values.controller.config.otel-sampler-ratio"));
        assert.ok(paths.get("opentelemetry-instrumentation-demo")?.includes("spec.sampler.argument"));
    });
});

describe("day 2: a volume size", () => {
    it("Tempo's (dev): named as a volume template no update can change; the stack keeps every StatefulSet's template, so none is replaced", async () => {
        const { diff, after } = await day2("dev", { sizing: { profile: "lab", components: { tempo: { storage: "20Gi" } } } });
        assert.deepEqual(statefulOf(diff), [
            `tempo-chart volume-template: values.persistence.size 10Gi → 20Gi: Tempo's StatefulSet: the volume template is immutable; existing claims keep their size (docs/upgrades.md, "Volume sizes")`,
        ]);
        assert.deepEqual([names(diff.replaced), names(diff.removed)], [["trace-check-job"], []]);
        // the chart's StatefulSet is rendered at deploy time; the stack's transforms decide what its update may change
        const statefulSet = { type: "kubernetes:apps/v1:StatefulSet", name: "tempo", custom: true, props: {}, opts: {} } as pulumi.ResourceTransformArgs;
        const ignored = after.stackTransforms.flatMap((transform) => (transform(statefulSet) as pulumi.ResourceTransformResult | undefined)?.opts.ignoreChanges ?? []);
        assert.deepEqual(ignored, ["spec.volumeClaimTemplates"]);
    });
    it("Prometheus' (prod): named; the release keeps the storage values the operator would recreate Prometheus' StatefulSet for", async () => {
        const { diff, after } = await day2("prod", { sizing: { profile: "production", components: { prometheus: { storage: "80Gi" } } } });
        assert.deepEqual(statefulOf(diff), [
            `monitoring-release volume-template: values.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage 50Gi → 80Gi: Prometheus' StatefulSet: the volume template is immutable; existing claims keep their size (docs/upgrades.md, "Volume sizes")`,
        ]);
        const release = after.resources.find((r) => r.name === "monitoring-release");
        assert.ok(release && after.ignoredChanges(release).includes("values.prometheus.prometheusSpec.storageSpec"));
        assert.deepEqual(names(diff.replaced), []);
    });
    it("the collector's queue (prod): named, with what the OpenTelemetry operator does (it recreates the StatefulSet, every replica at once)", async () => {
        const { diff } = await day2("prod", { sizing: { profile: "production", components: { collector: { storage: "20Gi" } } } });
        assert.deepEqual(statefulOf(diff), [
            `opentelemetry-collector volume-template: spec.volumeClaimTemplates[0].spec.resources.requests.storage 10Gi → 20Gi: the collector's StatefulSet: the OpenTelemetry operator deletes the StatefulSet and creates it again (every replica restarts at once); existing claims keep their size (docs/upgrades.md, "Volume sizes")`,
        ]);
    });
});

describe("day 2: tail sampling on and off", () => {
    it("on in dev (one collector): the collector decides, Tempo stops counting; replaces only the two Jobs that check it and the pipeline dashboard, touches no stored data", async () => {
        const { diff } = await day2("dev", { tailSampling: { enabled: true } });
        const paths = touched(diff);
        assert.ok(paths.get("opentelemetry-collector")?.some((p) => p.startsWith("spec.config.processors.tail_sampling")));
        // the generator keeps only local-blocks (TraceQL metrics): the span-metrics and service-graph processors go
        assert.ok(paths.get("tempo-chart")?.some((p) => p.startsWith("values.tempo.overrides.defaults.metrics_generator.processors")));
        assert.deepEqual([names(diff.added), names(diff.removed), names(diff.replaced), statefulOf(diff)], [[], [], [...OPERATOR_PROBE, "pipeline-health-dashboard", "trace-check-job"], []]);
    });
    it("on in prod (two tiers), named: the gateway stops sending to Tempo and leaves what its Tempo queue held; the sampling tier is added", async () => {
        const { diff } = await day2("prod", { tailSampling: { enabled: true } });
        assert.ok(names(diff.added).includes("opentelemetry-sampling-collector"));
        // the gateway keeps its volume for the agents' metrics and logs (durable export), but no longer sends to Tempo
        assert.deepEqual(statefulOf(diff), ["opentelemetry-collector queue-dropped: collector otel stops exporting through otlp_grpc/tempo: what its disk queue held stays on the queue volume, unsent"]);
    });
    it("off in prod, named: the sampling tier is removed and leaves its queue's claims behind; the collector queues on volumes again", async () => {
        const { diff } = await day2("prod", { tailSampling: { enabled: false } }, { tailSampling: { enabled: true } });
        assert.ok(names(diff.removed).includes("opentelemetry-sampling-collector"));
        assert.deepEqual(statefulOf(diff), [
            "opentelemetry-sampling-collector left-behind: collector otel-sampling is removed: its queue's claims (queue-otel-sampling-collector-*) stay behind with what it had not sent",
        ]);
    });
});
