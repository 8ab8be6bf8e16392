// Tail sampling and further trace backends: the policy in every layer, the collector tiers for one and several
// replicas, the connectors and RED-metrics pipeline only when the collector samples, credentials only in a Secret.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { collectorConfig, collectorEndpoints, OpenTelemetry, type OpenTelemetryArgs } from "../components/opentelemetry.ts";
import { samplingPolicy, type TailSamplingPolicy } from "../components/sampling.ts";
import { PROFILES } from "../components/sizing.ts";
import { redMetricsConnectors, redMetricsTransform, redSpanFilters, surelyKeptCondition, tailSamplingProcessor } from "../components/tail-sampling.ts";
import { itemsExportBatch } from "../components/export-batch.ts";
import { credentialEnvName, traceExporterConfig, traceExporterId } from "../components/trace-exporters.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, type StackConfig, type TraceExporterConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, type ResourceRecord } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
const SECRET = "kubernetes:core/v1:Secret";
const policy: TailSamplingPolicy = { keepPercent: 5, slowRequestMs: 1500, decisionWait: "12s" };
const backend = { otlpGrpcAddress: "tempo.tempo.svc.cluster.local:4317" };
const metrics = { otlpHttpUrl: "http://prom.monitoring.svc.cluster.local:9090/api/v1/otlp" };
const TOKEN = "ls-token-0123456789";
const lightstep = (value = TOKEN): TraceExporterConfig => ({
    name: "lightstep",
    endpoint: "ingest.lightstep.com:443",
    protocol: "grpc",
    insecure: false,
    headers: { "lightstep-access-token": { key: "lightstepAccessToken", value: pulumi.secret(value) } },
});

type Config = Record<string, unknown>;
const pipelines = (config: Config) => at(config, "service.pipelines") as Record<string, { receivers: string[]; processors: string[]; exporters: string[] }>;

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<OpenTelemetryArgs> = {}) =>
    harness.run(() => {
        const provider = new k8s.Provider("k8s", {});
        const certManager = new k8s.core.v1.ConfigMap("cert-manager", {}, { provider });
        return new OpenTelemetry("otel", { provider, certManager: { release: certManager }, traceBackend: backend, metricsBackend: metrics, samplingPercent: 100, instrumentedNamespaces: [], ...args });
    });
const collectors = (reg: { ofType(type: string): ResourceRecord[] }) => Object.fromEntries(reg.ofType(COLLECTOR).map((r) => [String(at(r.inputs, "metadata.name")), r]));
const configOf = (r: ResourceRecord) => at(r.inputs, "spec.config") as Config;

function stackConfig(stack: string, overrides: Record<string, unknown> = {}, secrets: string[] = []): StackConfig {
    const files = loadStackConfigFiles(root, stack);
    const raw = { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [`mesh-observability:${k}`, typeof v === "string" ? v : JSON.stringify(v)])) };
    return parseStackConfig(raw, new Set([...files.secretKeys, ...secrets.map((k) => `mesh-observability:${k}`)]));
}

describe("sampling policy", () => {
    it("samples at the head when tail sampling is off", () => {
        assert.deepEqual(samplingPolicy(2.5, { enabled: false, slowRequestMs: 2000, decisionWait: "10s" }), { headPercent: 2.5 });
    });
    it("records everything at the head and keeps samplingPercent in the collector when it is on", () => {
        assert.deepEqual(samplingPolicy(2.5, { enabled: true, slowRequestMs: 2000, decisionWait: "10s" }), {
            headPercent: 100,
            tail: { keepPercent: 2.5, slowRequestMs: 2000, decisionWait: "10s" },
        });
    });
});

describe("tail sampling decision", () => {
    const processor = tailSamplingProcessor(policy);
    const byType = (type: string) => (processor.policies as Record<string, unknown>[]).filter((p) => p.type === type);
    it("waits decisionWait after a trace's first span", () => assert.equal(processor.decision_wait, "12s"));
    it("keeps every trace with a span whose status is ERROR", () => assert.deepEqual(at(byType("status_code")[0], "status_code"), { status_codes: ["ERROR"] }));
    it("keeps every trace with an HTTP status from 500 to 599, as an integer in either semantic convention", () => {
        assert.deepEqual(byType("numeric_attribute").map((p) => p.numeric_attribute), [
            { key: "http.response.status_code", min_value: 500, max_value: 599 },
            { key: "http.status_code", min_value: 500, max_value: 599 },
        ]);
    });
    it("keeps every trace whose Envoy span carries a 5xx status as text", () => {
        const [text] = byType("string_attribute").map((p) => p.string_attribute as { key: string; values: string[]; enabled_regex_matching: boolean });
        assert.deepEqual([text.key, text.enabled_regex_matching], ["http.status_code", true]);
        const re = new RegExp(text.values[0]);
        assert.deepEqual(["500", "503", "599", "200", "404", "5000", "50"].map((v) => re.test(v)), [true, true, true, false, false, false, false]);
    });
    it("keeps every trace slower than slowRequestMs", () => assert.deepEqual(at(byType("latency")[0], "latency"), { threshold_ms: 1500 }));
    it("keeps samplingPercent % of the rest", () => assert.deepEqual(at(byType("probabilistic")[0], "probabilistic"), { sampling_percentage: 5 }));
});

describe("RED metrics in the collector, as Tempo's generator made them", () => {
    const connectors = redMetricsConnectors(policy);
    const seconds = (duration: string) => Number(duration.replace(/ms$/, "")) / 1000;
    // grafana/tempo modules/generator/processor/spanmetrics/config.go: prometheus.ExponentialBuckets(0.002, 2, 14)
    it("keeps span latencies in Tempo's span-metrics buckets", () => {
        assert.deepEqual((at(connectors, "span_metrics.histogram.explicit.buckets") as string[]).map(seconds), Array.from({ length: 14 }, (_, i) => Number((0.002 * 2 ** i).toFixed(3))));
    });
    // …/servicegraphs/config.go: prometheus.ExponentialBuckets(0.1, 2, 8)
    it("keeps service-graph latencies in Tempo's service-graph buckets", () => {
        assert.deepEqual((at(connectors, "service_graph.latency_histogram_buckets") as string[]).map(seconds), Array.from({ length: 8 }, (_, i) => Number((0.1 * 2 ** i).toFixed(1))));
    });
    // modules/generator/config.go: CollectionInterval = 15 * time.Second, the resolution Grafana's panels expect
    it("flushes both every 15 s, as often as Tempo's generator collected", () => {
        assert.deepEqual([at(connectors, "span_metrics.metrics_flush_interval"), at(connectors, "service_graph.metrics_flush_interval")], ["15s", "15s"]);
    });
    it("counts the spans whose trace is surely kept in a twin of span_metrics, with exemplars and a label of its own", () => {
        const { namespace, dimensions, exemplars, ...rest } = at(connectors, "span_metrics/kept") as Record<string, unknown>;
        const { namespace: plainNamespace, ...plain } = at(connectors, "span_metrics") as Record<string, unknown>;
        assert.deepEqual(rest, plain, "same buckets, unit, flush and expiry");
        assert.deepEqual([namespace, plainNamespace], ["traces.spanmetrics.kept", "traces.spanmetrics"]);
        assert.deepEqual(dimensions, [{ name: "tail_sampling.kept", default: "true" }]);
        assert.deepEqual(exemplars, { enabled: true });
        // span_metrics records no exemplars: its spans' traces may be dropped (spanmetricsconnector: exemplars.enabled, default false)
        assert.equal(at(connectors, "span_metrics.exemplars"), undefined);
    });
});

describe("splitting the span metrics by what the decision surely keeps", () => {
    // the tail_sampling policies' own terms: status ERROR, and duration.Milliseconds() > threshold_ms (latency.go)
    it("surely keeps a failed span and a span longer than slowRequestMs, in whole milliseconds", () => {
        assert.equal(surelyKeptCondition(policy), "span.status.code == STATUS_CODE_ERROR or span.end_time_unix_nano - span.start_time_unix_nano >= 1501000000");
    });
    it("splits the spans with the condition and its negation: each span counted once", () => {
        const kept = surelyKeptCondition(policy);
        assert.deepEqual(redSpanFilters(policy), {
            "filter/surely-kept": { error_mode: "ignore", trace_conditions: [`not (${kept})`] },
            "filter/maybe-dropped": { error_mode: "ignore", trace_conditions: [kept] },
        });
    });
    it("follows the tail policy's thresholds: both filters read them from the one policy", () => {
        const policies = tailSamplingProcessor(policy).policies as { name: string; type: string; latency?: { threshold_ms: number }; status_code?: { status_codes: string[] } }[];
        const slow = policies.find((p) => p.type === "latency")?.latency?.threshold_ms ?? NaN;
        assert.ok(surelyKeptCondition(policy).endsWith(`>= ${(slow + 1) * 1_000_000}`));
        assert.deepEqual(policies.find((p) => p.type === "status_code")?.status_code?.status_codes, ["ERROR"]);
    });
});

describe("one collector tier", () => {
    it("adds no connectors, decision or RED pipeline without tail sampling", () => {
        const config = collectorConfig(collectorEndpoints(), backend, metrics) as Config;
        assert.equal(config.connectors, undefined);
        assert.equal(at(config, "processors.tail_sampling"), undefined);
        assert.deepEqual(Object.keys(pipelines(config)), ["traces", "metrics"]);
    });
    it("feeds the RED connectors with every span and samples in a pipeline of its own", async () => {
        const otel = collectors(await build({ tailSampling: policy }));
        assert.deepEqual(Object.keys(otel), ["otel"]);
        const p = pipelines(configOf(otel.otel));
        assert.deepEqual(p.traces, { receivers: ["otlp", "zipkin", "jaeger"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["forward/red", "service_graph", "forward/sampling"] });
        assert.deepEqual(p["traces/sampled"], { receivers: ["forward/sampling"], processors: ["tail_sampling"], exporters: ["otlp_grpc/tempo"] });
    });
    it("splits every received span between the two span-metrics connectors", async () => {
        const config = configOf(collectors(await build({ tailSampling: policy })).otel);
        const p = pipelines(config);
        assert.deepEqual(p["traces/red"], { receivers: ["forward/red"], processors: ["filter/maybe-dropped"], exporters: ["span_metrics"] });
        assert.deepEqual(p["traces/red-kept"], { receivers: ["forward/red"], processors: ["filter/surely-kept"], exporters: ["span_metrics/kept"] });
        assert.deepEqual(at(config, "processors.filter/surely-kept"), at(redSpanFilters(policy), "filter/surely-kept"));
    });
    it("sends the RED metrics to Prometheus through the rename, in a pipeline of their own", async () => {
        const otel = collectors(await build({ tailSampling: policy }));
        const config = configOf(otel.otel);
        assert.deepEqual(pipelines(config)["metrics/red"], { receivers: ["span_metrics", "span_metrics/kept", "service_graph"], processors: ["memory_limiter", "transform/red"], exporters: ["otlp_http/prometheus"] });
        assert.deepEqual(at(config, "processors.transform/red"), redMetricsTransform("otel-collector"));
        assert.deepEqual(at(otel.otel.inputs, "spec.env"), [{ name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }]);
    });
    it("computes no RED metrics without a metrics backend, and still samples", async () => {
        const config = configOf(collectors(await build({ tailSampling: policy, metricsBackend: undefined })).otel);
        assert.deepEqual(Object.keys(config.connectors as object), ["forward/sampling"]);
        assert.deepEqual(Object.keys(pipelines(config)), ["traces", "traces/sampled"]);
        assert.deepEqual(pipelines(config).traces.exporters, ["forward/sampling"]);
    });
    it("keeps the durable queue to Tempo on its volume", async () => {
        const config = configOf(collectors(await build({ tailSampling: policy, collectorSizing: PROFILES.lab.collector })).otel);
        assert.equal(at(config, "exporters.otlp_grpc/tempo.sending_queue.storage"), "file_storage/queue");
    });
    it("stays one tier with one replica, whatever the sampling tier's size", async () => {
        const reg = await build({ tailSampling: policy, samplingCollectorSizing: { ...PROFILES.production.samplingCollector, replicas: 3 } });
        assert.deepEqual(Object.keys(collectors(reg)), ["otel"]);
    });
});

describe("two collector tiers", () => {
    const twoReplicas = { ...PROFILES.production.collector, replicas: 2 };
    const twoTiers = () => build({ tailSampling: policy, collectorSizing: twoReplicas, samplingCollectorSizing: PROFILES.production.samplingCollector });
    it("run with more than one collector replica: the gateway and the sampling tier", async () => {
        assert.deepEqual(Object.keys(collectors(await twoTiers())).sort(), ["otel", "otel-sampling"]);
    });
    it("route every span from the gateway by trace ID, after Kubernetes metadata", async () => {
        const config = configOf(collectors(await twoTiers()).otel);
        assert.deepEqual(pipelines(config).traces, { receivers: ["otlp", "zipkin", "jaeger"], processors: ["memory_limiter", "k8s_attributes", "batch"], exporters: ["load_balancing/sampling"] });
        assert.equal(at(config, "exporters.load_balancing/sampling.routing_key"), "traceID");
        assert.equal(at(config, "processors.tail_sampling"), undefined);
        assert.deepEqual(pipelines(config).metrics, { receivers: ["otlp"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["otlp_http/prometheus"] });
    });
    it("send from the gateway in plaintext, as the sampling tier's receiver (no tls block) listens", async () => {
        const otel = collectors(await twoTiers());
        assert.equal(at(configOf(otel["otel-sampling"]), "receivers.otlp.protocols.grpc.tls"), undefined);
        assert.deepEqual(at(configOf(otel.otel), "exporters.load_balancing/sampling.protocol.otlp.tls"), { insecure: true });
    });
    it("run the gateway without a queue when it exports no metrics or logs, and the sampling tier with its own volumes", async () => {
        const otel = collectors(await build({ tailSampling: policy, collectorSizing: twoReplicas, samplingCollectorSizing: PROFILES.production.samplingCollector, metricsBackend: undefined }));
        assert.deepEqual([at(otel.otel.inputs, "spec.mode"), at(otel.otel.inputs, "spec.volumeClaimTemplates")], ["deployment", undefined]);
        assert.equal(at(configOf(otel.otel), "extensions"), undefined);
        assert.equal(at(otel["otel-sampling"].inputs, "spec.mode"), "statefulset");
        assert.equal(at(otel["otel-sampling"].inputs, "spec.volumeClaimTemplates.0.spec.resources.requests.storage"), PROFILES.production.samplingCollector.storage);
        assert.equal(at(configOf(otel["otel-sampling"]), "exporters.otlp_grpc/tempo.sending_queue.storage"), "file_storage/queue");
    });
    it("run the gateway with a volume of its own when it exports metrics or logs, which queue there", async () => {
        const otel = collectors(await twoTiers());
        assert.equal(at(otel.otel.inputs, "spec.mode"), "statefulset");
        assert.equal(at(otel.otel.inputs, "spec.volumeClaimTemplates.0.spec.resources.requests.storage"), twoReplicas.storage);
        assert.equal(at(configOf(otel.otel), "exporters.otlp_http/prometheus.sending_queue.storage"), "file_storage/queue");
    });
    it("size the sampling tier from its own entry, spread and with a disruption budget", async () => {
        const spec = at(collectors(await twoTiers())["otel-sampling"].inputs, "spec") as Config;
        assert.deepEqual([spec.replicas, spec.resources], [PROFILES.production.samplingCollector.replicas, { requests: { cpu: "1", memory: "2Gi" }, limits: { memory: "4Gi" } }]);
        assert.deepEqual(spec.podDisruptionBudget, { maxUnavailable: 1 });
        assert.deepEqual(at(spec, "topologySpreadConstraints.0.labelSelector.matchLabels"), { "app.kubernetes.io/instance": "observability.otel-sampling", "app.kubernetes.io/component": "opentelemetry-collector" });
    });
    it("sample in the second tier, which only receives OTLP/gRPC and needs no Kubernetes metadata", async () => {
        const config = configOf(collectors(await twoTiers())["otel-sampling"]);
        assert.deepEqual(at(config, "receivers"), { otlp: { protocols: { grpc: { endpoint: "0.0.0.0:4317", max_recv_msg_size_mib: 32 } } } });
        assert.equal(at(config, "processors.k8s_attributes"), undefined);
        assert.deepEqual(pipelines(config)["traces/sampled"].processors, ["tail_sampling"]);
        assert.deepEqual(pipelines(config)["metrics/red"].exporters, ["otlp_http/prometheus"]);
    });
    it("let the gateway read the EndpointSlices its resolver watches, and start it only once it may", async () => {
        const reg = await twoTiers();
        const role = reg.get("kubernetes:rbac.authorization.k8s.io/v1:Role", "otel-load-balancer-role");
        assert.deepEqual(role.inputs.rules, [{ apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] }]);
        const gateway = reg.get(COLLECTOR, "otel-collector");
        assert.ok(reg.dependenciesOf(gateway).includes("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding::otel-load-balancer-binding"));
    });
});

describe("further trace backends", () => {
    it("are OTLP exporters named after the entry, on the traces that go to Tempo", async () => {
        const config = configOf(collectors(await build({ traceExporters: [lightstep()] })).otel);
        assert.deepEqual(pipelines(config).traces.exporters, ["otlp_grpc/tempo", "otlp_grpc/lightstep"]);
        const sampled = configOf(collectors(await build({ traceExporters: [lightstep()], tailSampling: policy })).otel);
        assert.deepEqual(pipelines(sampled)["traces/sampled"].exporters, ["otlp_grpc/tempo", "otlp_grpc/lightstep"]);
    });
    it("read each header from an environment variable", () => {
        assert.deepEqual(traceExporterConfig(lightstep()), { endpoint: "ingest.lightstep.com:443", headers: { "lightstep-access-token": "${env:TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN}" }, sending_queue: { batch: itemsExportBatch() } });
    });
    it("speak OTLP/HTTP when asked, with a private CA bundle from the environment", () => {
        const vendor: TraceExporterConfig = { name: "vendor", endpoint: "https://otlp.vendor.example", protocol: "http", insecure: false, headers: {}, caCertificate: { key: "vendorCa", value: pulumi.secret("pem") } };
        assert.equal(traceExporterId(vendor), "otlp_http/vendor");
        assert.deepEqual(traceExporterConfig(vendor), { endpoint: "https://otlp.vendor.example", tls: { ca_pem: "${env:TRACE_EXPORT_VENDOR_CA}" }, sending_queue: { batch: itemsExportBatch() } });
    });
    it("turn TLS off for a gRPC satellite only when insecure", () => {
        assert.deepEqual(traceExporterConfig({ ...lightstep(), endpoint: "satellite:8184", insecure: true, headers: {} }), { endpoint: "satellite:8184", tls: { insecure: true }, sending_queue: { batch: itemsExportBatch() } });
    });
    it("name one variable per config key, distinct for distinct keys", () => {
        assert.deepEqual(["lightstepAccessToken", "fooBAR", "foobar"].map(credentialEnvName), ["TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN", "TRACE_EXPORT_FOO_B_A_R", "TRACE_EXPORT_FOOBAR"]);
    });
    it("get their credentials from a Secret, which the collector waits for, and never hold them in its spec", async () => {
        const reg = await build({ traceExporters: [lightstep()] });
        const secret = reg.get(SECRET, "otel-trace-exporter-credentials");
        assert.deepEqual([at(secret.inputs, "metadata.name"), at(secret.inputs, "metadata.namespace")], ["trace-exporter-credentials", "observability"]);
        assert.deepEqual(reg.secretAt(secret, "stringData"), { TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN: TOKEN });
        const collector = collectors(reg).otel;
        assert.deepEqual(at(collector.inputs, "spec.env"), [{ name: "TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN", valueFrom: { secretKeyRef: { name: "trace-exporter-credentials", key: "TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN" } } }]);
        assert.ok(reg.dependenciesOf(collector).includes(`${SECRET}::otel-trace-exporter-credentials`));
        assert.ok(!JSON.stringify(reg.resources).includes(TOKEN), "the token appears in the desired state");
    });
    it("are read by the sampling tier with two tiers, not by the gateway", async () => {
        const otel = collectors(await build({ traceExporters: [lightstep()], tailSampling: policy, collectorSizing: { ...PROFILES.production.collector, replicas: 2 } }));
        assert.equal(at(otel.otel.inputs, "spec.env"), undefined);
        assert.deepEqual((at(otel["otel-sampling"].inputs, "spec.env") as { name: string }[]).map((e) => e.name), ["POD_NAME", "TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN"]);
    });
    it("add no Secret without exporters", async () => assert.equal((await build()).ofType(SECRET).length, 0));
});

describe("the platform with tail sampling", () => {
    const on = { tailSampling: { enabled: true }, samplingPercent: "2.5" };
    const layers = (reg: { get(type: string, name: string): ResourceRecord }) => [
        at(reg.get("kubernetes:telemetry.istio.io/v1:Telemetry", "istio-mesh-telemetry").inputs, "spec.tracing.0.randomSamplingPercentage"),
        at(reg.get("kubernetes:helm.sh/v3:Release", "istio-istiod").inputs, "values.traceSampling"),
        at(reg.get("kubernetes:opentelemetry.io/v1alpha1:Instrumentation", "opentelemetry-instrumentation-demo").inputs, "spec.sampler.argument"),
        at(reg.get("kubernetes:helm.sh/v4:Chart", "ingress-nginx-chart").inputs, "values.controller.config.otel-sampler-ratio"),
    ];
    it("records every request in every head layer, each in its unit, when on", async () => {
        assert.deepEqual(layers(await harness.run(() => buildPlatform(stackConfig("dev", on)))), [100, 100, "1", "1"]);
    });
    it("keeps the configured rate in every head layer when off", async () => {
        assert.deepEqual(layers(await harness.run(() => buildPlatform(stackConfig("dev", { samplingPercent: "2.5" })))), [2.5, 2.5, "0.025", "0.025"]);
    });
    it("records every request at the waypoints too (ambient)", async () => {
        const reg = await harness.run(() => buildPlatform(stackConfig("dev", { ...on, meshMode: "ambient" })));
        assert.equal(at(reg.get("kubernetes:telemetry.istio.io/v1:Telemetry", "istio-waypoint-telemetry-demo").inputs, "spec.tracing.0.randomSamplingPercentage"), 100);
    });
    it("exports the policy per layer and what the collector keeps", async () => {
        const reg = await harness.run(() => buildPlatform(stackConfig("prod", { tailSampling: { enabled: true, slowRequestMs: 800 } })));
        assert.deepEqual(reg.result.sampling, { istioPercent: 100, sdkRatio: 1, ingressNginxRatio: 1, tailSampling: { keepPercent: 1, slowRequestMs: 800, decisionWait: "10s", collectorTiers: 2 } });
    });
    for (const stack of ["dev", "prod"]) {
        it(`stops Tempo's RED processors when the collector counts every span, and keeps local-blocks (${stack})`, async () => {
            const processors = async (overrides: Record<string, unknown>) => {
                const tempo = (await harness.run(() => buildPlatform(stackConfig(stack, overrides)))).get("kubernetes:helm.sh/v4:Chart", "tempo-chart");
                return at(tempo.inputs.values, tempo.inputs.chart === "tempo" ? "tempo.overrides.defaults.metrics_generator.processors" : "overrides.defaults.metrics_generator.processors");
            };
            assert.deepEqual([await processors({}), await processors(on)], [["service-graphs", "span-metrics", "local-blocks"], ["local-blocks"]]);
        });
    }
    it("pins Prometheus' OTLP naming only when the RED metrics rely on it", async () => {
        const strategy = async (overrides: Record<string, unknown>) =>
            at((await harness.run(() => buildPlatform(stackConfig("dev", overrides)))).get("kubernetes:helm.sh/v3:Release", "monitoring-release").inputs, "values.prometheus.prometheusSpec.otlp");
        assert.deepEqual([await strategy({}), await strategy(on)], [undefined, { translationStrategy: "UnderscoreEscapingWithSuffixes" }]);
    });
    it("waits for exactly the new needs in prod: the Secret, the load balancer's right", async () => {
        const reg = await harness.run(() =>
            buildPlatform(stackConfig("prod", { tailSampling: { enabled: true }, traceExporters: [{ name: "lightstep", endpoint: "ingest.lightstep.com:443", headers: { "lightstep-access-token": "lightstepAccessToken" } }], lightstepAccessToken: TOKEN }, ["lightstepAccessToken"])),
        );
        const edges = Object.fromEntries(
            reg.resources.filter((r) => r.name.startsWith("opentelemetry-") && r.dependencies.length > 0).map((r) => [r.name, reg.dependenciesOf(r).map((d) => d.split("::")[1]).sort()]),
        );
        assert.deepEqual(edges, {
            "opentelemetry-operator": ["cert-manager-release", "opentelemetry-operator-namespace"],
            "opentelemetry-trace-exporter-credentials": ["opentelemetry-collector-namespace"],
            "opentelemetry-sampling-collector": ["opentelemetry-collector-namespace", "opentelemetry-trace-exporter-credentials", "opentelemetry-webhook-probe-job"],
            "opentelemetry-load-balancer-role": ["opentelemetry-collector-namespace"],
            "opentelemetry-load-balancer-binding": ["opentelemetry-collector-namespace", "opentelemetry-load-balancer-role"],
            "opentelemetry-collector": ["opentelemetry-collector-namespace", "opentelemetry-load-balancer-binding", "opentelemetry-webhook-probe-job"],
            "opentelemetry-instrumentation-shop": ["istio-app-shop", "opentelemetry-webhook-probe-job"],
            "opentelemetry-instrumentation-payments": ["istio-app-payments", "opentelemetry-webhook-probe-job"],
            // the operator's webhooks probed (components/admission-probe.ts): unchanged by tail sampling
            "opentelemetry-webhook-probe-account": ["opentelemetry-operator"],
            "opentelemetry-webhook-probe-role": ["opentelemetry-operator"],
            "opentelemetry-webhook-probe-binding": ["opentelemetry-operator", "opentelemetry-webhook-probe-account", "opentelemetry-webhook-probe-role"],
            "opentelemetry-webhook-probe-script": ["opentelemetry-operator"],
            "opentelemetry-webhook-probe-job": ["opentelemetry-operator", "opentelemetry-webhook-probe-binding", "opentelemetry-webhook-probe-script"],
        });
        assert.ok(!JSON.stringify(reg.resources).includes(TOKEN), "the token appears in the desired state");
        assert.ok(!JSON.stringify(reg.result).includes(TOKEN), "the token appears in the outputs");
    });
});
