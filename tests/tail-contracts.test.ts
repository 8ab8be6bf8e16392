// Contract tests for tail sampling, in the style of contracts.test.ts: each link read at both ends from the desired
// state of the whole stack (dev: one collector tier; prod: two tiers; sidecar and ambient), with tail sampling on and
// a trace exporter configured. A test fails when a change to either end breaks the agreement.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as YAML from "yaml";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, type Registrations, type ResourceRecord } from "./harness.ts";
import { durabilityProblems, lokiPushProblems, tempoBalancingProblems, tempoRequestProblems } from "./support/data-path.ts";
import { withoutGrafanaVariables } from "./support/promql.ts";
import { runPromtool } from "./support/promtool.ts";
import { applyTransform, connectorOutput, GRAFANA_TEMPO_QUERIES, toPrometheus } from "./support/red-metrics.ts";
import { tempoGenerator, TRACEQL_METRICS_PROCESSOR } from "./support/tempo-generator.ts";

const root = path.resolve(import.meta.dirname, "..");
const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
const SECRET = "kubernetes:core/v1:Secret";
const SAMPLING_PERCENT = 3;

type Stack = Registrations<unknown>;
type Config = Record<string, unknown>;
interface Pipeline {
    receivers: string[];
    processors?: string[];
    exporters: string[];
}

const chartValues = (stack: Stack, chart: string) => {
    const found = stack.resources.filter((r) => r.type.startsWith("kubernetes:helm.sh/") && r.inputs.chart === chart);
    assert.equal(found.length, 1, `one release of ${chart}`);
    return found[0].inputs.values as Record<string, unknown>;
};
/** The trace collectors (the node log collectors, a DaemonSet, are no tier of theirs). */
const collectorCrs = (stack: Stack) => stack.ofType(COLLECTOR).filter((cr) => at(cr.inputs, "spec.mode") !== "daemonset");
const configOf = (cr: ResourceRecord) => at(cr.inputs, "spec.config") as Config;
const pipelinesOf = (cr: ResourceRecord) => at(configOf(cr), "service.pipelines") as Record<string, Pipeline>;
/** The collector that runs tail_sampling (the one tier, or the sampling tier). */
const samplingCr = (stack: Stack) => {
    const found = collectorCrs(stack).filter((cr) => at(configOf(cr), "processors.tail_sampling") !== undefined);
    assert.equal(found.length, 1, "one collector decides");
    return found[0];
};
const portOf = (endpoint: unknown) => Number(String(endpoint).split(":").at(-1));

let harness: Harness;
before(async () => (harness = await Harness.create()));

const variants = [
    { stack: "dev", meshMode: "sidecar", tiers: 1 },
    { stack: "dev", meshMode: "ambient", tiers: 1 },
    { stack: "prod", meshMode: "sidecar", tiers: 2 },
    { stack: "prod", meshMode: "ambient", tiers: 2 },
];

for (const variant of variants) {
    describe(`tail-sampling contracts: ${variant.stack}, ${variant.meshMode}`, () => {
        const files = loadStackConfigFiles(root, variant.stack);
        const exporters = [{ name: "lightstep", endpoint: "ingest.lightstep.com:443", headers: { "lightstep-access-token": "lightstepAccessToken" } }];
        const raw = {
            ...files.config,
            "mesh-observability:meshMode": variant.meshMode,
            "mesh-observability:samplingPercent": String(SAMPLING_PERCENT),
            "mesh-observability:tailSampling": JSON.stringify({ enabled: true }),
            "mesh-observability:traceExporters": JSON.stringify(exporters),
            "mesh-observability:lightstepAccessToken": "token-value",
        };
        const config = parseStackConfig(raw, new Set([...files.secretKeys, "mesh-observability:lightstepAccessToken"]));
        let stack: Stack;
        before(async () => (stack = await harness.run(() => buildPlatform(config))));

        it(`runs ${variant.tiers === 1 ? "one collector tier" : "two collector tiers"}`, () => assert.equal(collectorCrs(stack).length, variant.tiers));

        it("every head layer records 100 % exactly because the collector decides, and it keeps samplingPercent %", () => {
            const sampler = at(configOf(samplingCr(stack)), "processors.tail_sampling") as { policies: Record<string, unknown>[] };
            const probabilistic = sampler.policies.filter((p) => p.type === "probabilistic");
            assert.deepEqual(probabilistic.map((p) => at(p, "probabilistic.sampling_percentage")), [SAMPLING_PERCENT]);
            const telemetries = stack.ofType("kubernetes:telemetry.istio.io/v1:Telemetry").map((t) => at(t.inputs, "spec.tracing.0.randomSamplingPercentage"));
            assert.ok(telemetries.length >= 1);
            const heads = [
                ...telemetries,
                at(chartValues(stack, "istiod"), "traceSampling"),
                ...stack.ofType("kubernetes:opentelemetry.io/v1alpha1:Instrumentation").map((i) => Number(at(i.inputs, "spec.sampler.argument")) * 100),
                ...(config.ingressNginx ? [Number(at(chartValues(stack, "ingress-nginx"), "controller.config.otel-sampler-ratio")) * 100] : []),
            ];
            assert.deepEqual(new Set(heads), new Set([100]));
        });

        if (variant.tiers === 2) {
            it("the gateway's load balancer resolves the sampling tier's headless Service and its OTLP/gRPC receiver port", () => {
                const gateway = collectorCrs(stack).find((cr) => at(configOf(cr), "exporters.load_balancing/sampling") !== undefined) as ResourceRecord;
                const resolver = at(configOf(gateway), "exporters.load_balancing/sampling.resolver.k8s") as { service: string; ports: number[] };
                const tier = samplingCr(stack);
                // the operator names the headless Service <cr>-collector-headless (internal/naming/main.go HeadlessService);
                // the k8s resolver takes <service>.<namespace>
                const [service, namespace] = [resolver.service.split(".")[0], resolver.service.split(".").slice(1).join(".")];
                assert.deepEqual([service, namespace], [`${String(at(tier.inputs, "metadata.name"))}-collector-headless`, String(at(tier.inputs, "metadata.namespace"))]);
                assert.deepEqual(resolver.ports, [portOf(at(configOf(tier), "receivers.otlp.protocols.grpc.endpoint"))]);
                assert.ok(pipelinesOf(tier).traces.receivers.includes("otlp"));
            });
            it("the 'Spans into the collector' panel counts each span once: the tier Istio's proxies send to, not the sampling tier again", () => {
                // the tier applications send to: the collector whose Service Istio's tracing provider names
                const provider = (at(chartValues(stack, "istiod"), "meshConfig.extensionProviders") as { opentelemetry?: { service: string } }[]).find((p) => p.opentelemetry)?.opentelemetry;
                const receiving = collectorCrs(stack).find((cr) => provider?.service.startsWith(`${String(at(cr.inputs, "metadata.name"))}-collector.${String(at(cr.inputs, "metadata.namespace"))}.`));
                assert.ok(receiving, `no collector behind ${provider?.service}`);
                // Prometheus' job for each tier: the operator's <cr>-collector-monitoring Service, which our ServiceMonitor
                // selects without a jobLabel (so the job is the Service's name)
                const monitor = stack
                    .ofType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor")
                    .find((m) => (at(m.inputs, "spec.selector.matchLabels") as Record<string, string> | undefined)?.["operator.opentelemetry.io/collector-service-type"] === "monitoring");
                assert.ok(monitor && at(monitor.inputs, "spec.jobLabel") === undefined);
                const job = (cr: ResourceRecord) => `${String(at(cr.inputs, "metadata.name"))}-collector-monitoring`;
                const namespace = String(at(receiving.inputs, "metadata.namespace"));
                const dashboard = stack.ofType("kubernetes:core/v1:ConfigMap").find((c) => at(c.inputs, "metadata.name") === "trace-pipeline-dashboard") as ResourceRecord;
                const panels = (JSON.parse(Object.values(dashboard.inputs.data as Record<string, string>)[0]) as { panels: { title: string; targets?: { expr: string }[] }[] }).panels;
                const expr = (panels.find((p) => p.title === "Spans into the collector")?.targets ?? [])[0]?.expr;
                assert.ok(expr);
                // both tiers accept every span (10/s): the gateway from the proxies, the sampling tier from the gateway
                const series = Object.fromEntries(
                    collectorCrs(stack).map((cr) => [`otelcol_receiver_accepted_spans_total{namespace="${namespace}", job="${job(cr)}", pod="${job(cr)}-0", receiver="otlp", transport="grpc"}`, "0+600x30"]),
                );
                const test = { rule_files: [], evaluation_interval: "1m", tests: [{ interval: "1m", input_series: Object.entries(series).map(([s, v]) => ({ series: s, values: v })), promql_expr_test: [{ expr: withoutGrafanaVariables(expr), eval_time: "15m", exp_samples: [{ labels: "{}", value: 10 }] }] }] };
                const dir = fs.mkdtempSync(path.join(os.tmpdir(), "panel-"));
                try {
                    fs.writeFileSync(path.join(dir, "test.yaml"), YAML.stringify(test));
                    const { status, output } = runPromtool("test", "rules", path.join(dir, "test.yaml"));
                    assert.equal(status, 0, output);
                } finally {
                    fs.rmSync(dir, { recursive: true, force: true });
                }
            });
            it("the resolver may read the EndpointSlices: the RoleBinding names the gateway's ServiceAccount in its namespace", () => {
                const gateway = collectorCrs(stack).find((cr) => at(configOf(cr), "exporters.load_balancing/sampling") !== undefined) as ResourceRecord;
                const namespace = at(gateway.inputs, "metadata.namespace");
                // the collectors' namespace's own (the webhook probes have theirs in the operators' namespaces)
                const binding = one(stack, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", namespace);
                const role = one(stack, "kubernetes:rbac.authorization.k8s.io/v1:Role", namespace);
                // the operator's ServiceAccount for a CR: <cr>-collector (internal/naming/main.go ServiceAccount)
                assert.deepEqual(binding.inputs.subjects, [{ kind: "ServiceAccount", name: `${String(at(gateway.inputs, "metadata.name"))}-collector`, namespace }]);
                assert.deepEqual([at(binding.inputs, "roleRef.name"), at(role.inputs, "metadata.name"), at(role.inputs, "metadata.namespace")], [at(role.inputs, "metadata.name"), at(binding.inputs, "metadata.name"), namespace]);
                assert.ok((role.inputs.rules as { resources: string[]; verbs: string[] }[]).some((r) => r.resources.includes("endpointslices") && ["get", "list", "watch"].every((v) => r.verbs.includes(v))));
            });
        }

        it("every request a collector sends Tempo fits Tempo's OTLP gRPC receiver, over every distributor", () => {
            assert.deepEqual(tempoRequestProblems(stack), []);
            assert.deepEqual(tempoBalancingProblems(stack, "tempo"), []);
        });
        it("every log push fits Loki's burst, and every export to Tempo, Loki and Prometheus queues on its collector's volume", () => {
            assert.deepEqual(lokiPushProblems(stack), []);
            assert.deepEqual(durabilityProblems(stack), []);
        });

        it("every ${env:X} in a collector's config is set by its spec.env, and each secret one from a key of the Secret", () => {
            const secret = stack.ofType(SECRET).find((s) => at(s.inputs, "metadata.name") === "trace-exporter-credentials");
            assert.ok(secret, "the exporters' Secret");
            for (const cr of collectorCrs(stack)) {
                const used = new Set([...JSON.stringify(configOf(cr)).matchAll(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]));
                const env = (at(cr.inputs, "spec.env") ?? []) as { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: unknown } }[];
                assert.deepEqual(new Set(env.map((e) => e.name)), used, `${String(at(cr.inputs, "metadata.name"))}: spec.env sets exactly what the config reads`);
                for (const entry of env.filter((e) => e.valueFrom?.secretKeyRef)) {
                    assert.equal(entry.valueFrom?.secretKeyRef?.name, at(secret.inputs, "metadata.name"));
                    assert.equal(at(cr.inputs, "metadata.namespace"), at(secret.inputs, "metadata.namespace"));
                }
                if (env.some((e) => e.valueFrom?.secretKeyRef)) assert.ok(stack.dependenciesOf(cr).includes(`${SECRET}::${secret.name}`), "the collector waits for the Secret");
            }
            // the Secret's keys are exactly the variables read from it (its values are secret: the document shows none)
            const read = collectorCrs(stack).flatMap((cr) => ((at(cr.inputs, "spec.env") ?? []) as { valueFrom?: { secretKeyRef?: { key: string } } }[]).map((e) => e.valueFrom?.secretKeyRef?.key).filter(Boolean));
            assert.deepEqual(read, ["TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN"]);
            assert.deepEqual(stack.secretAt(secret, "stringData"), { TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN: "token-value" });
            assert.ok(!JSON.stringify(stack.resources).includes("token-value"));
        });

        it("every collector tier serves its own metrics as the pipeline's monitor and alert rules expect", () => {
            const monitor = stack.ofType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor").find((m) => at(m.inputs, "metadata.name") === "opentelemetry-collectors") as ResourceRecord;
            assert.ok(monitor, "the collectors' ServiceMonitor");
            const port = at(monitor.inputs, "spec.endpoints.0.port");
            for (const cr of collectorCrs(stack)) {
                // the operator's <cr>-collector-monitoring Service takes its port from this reader, named "monitoring"
                const reader = at(configOf(cr), "service.telemetry.metrics.readers.0.pull.exporter.prometheus") as Record<string, unknown>;
                assert.deepEqual([reader.host, reader.port, reader.without_type_suffix, port], ["0.0.0.0", 8888, false, "monitoring"], String(at(cr.inputs, "metadata.name")));
                assert.ok(at(monitor.inputs, "spec.namespaceSelector.matchNames") === undefined || (at(monitor.inputs, "spec.namespaceSelector.matchNames") as string[]).includes(String(at(cr.inputs, "metadata.namespace"))));
            }
        });

        it("the vendor exporter is fed with the same sampled traces as Tempo", () => {
            const sampled = pipelinesOf(samplingCr(stack))["traces/sampled"];
            assert.deepEqual(sampled.exporters, ["otlp_grpc/tempo", "otlp_grpc/lightstep"]);
            assert.deepEqual(sampled.processors?.[0], "tail_sampling");
        });

        it("the RED connectors see every span before the decision, and their metrics reach Prometheus' OTLP receiver", () => {
            const p = pipelinesOf(samplingCr(stack));
            // every span metrics connector is fed from the intake pipeline, directly or through a forward connector
            const fedFromIntake = (connector: string) =>
                p.traces.exporters.includes(connector) ||
                Object.values(p).some((q) => q.exporters.includes(connector) && q.receivers.every((r) => p.traces.exporters.includes(r) && r.startsWith("forward/")) && !(q.processors ?? []).includes("tail_sampling"));
            for (const connector of ["span_metrics", "span_metrics/kept", "service_graph"]) assert.ok(fedFromIntake(connector), `${connector} sees the received spans`);
            assert.ok(!(p.traces.processors ?? []).includes("tail_sampling"), "counted before sampling");
            assert.deepEqual(p["metrics/red"].receivers.sort(), ["service_graph", "span_metrics", "span_metrics/kept"]);
            assert.deepEqual(p["metrics/red"].exporters, ["otlp_http/prometheus"]);
            const target = new URL(String(at(configOf(samplingCr(stack)), "exporters.otlp_http/prometheus.endpoint")));
            assert.equal(target.pathname, "/api/v1/otlp");
            assert.equal(at(chartValues(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.enableOTLPReceiver"), true);
        });

        it("the RED metrics come out in Prometheus under the names and labels Grafana's Tempo datasource queries", () => {
            const cr = samplingCr(stack);
            const collectorConfig = configOf(cr);
            const strategy = String(at(chartValues(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.otlp.translationStrategy"));
            const env = { POD_NAME: `${String(at(cr.inputs, "metadata.name"))}-collector-0` };
            const transform = (at(collectorConfig, "processors.transform/red.metric_statements") ?? []) as string[];
            assert.ok(pipelinesOf(cr)["metrics/red"].processors?.includes("transform/red"));
            const series = applyTransform(connectorOutput(collectorConfig.connectors as Record<string, Record<string, unknown>>), transform, env).map((m) => toPrometheus(m, strategy));
            for (const query of GRAFANA_TEMPO_QUERIES) {
                const match = series.find((s) => s.names.includes(query.series));
                assert.ok(match, `no series ${query.series}; Prometheus gets ${series.flatMap((s) => s.names).join(", ")}`);
                for (const [label, value] of Object.entries(query.labels)) {
                    assert.ok(label in match.labels, `${query.series} lacks label ${label}: ${JSON.stringify(match.labels)}`);
                    if (value !== undefined) assert.equal(typeof match.labels[label], "string");
                }
            }
            // the label values Grafana filters by are the ones the connector writes
            const calls = series.find((s) => s.names.includes("traces_spanmetrics_calls_total")) as { labels: Record<string, string> };
            assert.deepEqual([calls.labels.span_kind, calls.labels.status_code], ["SPAN_KIND_SERVER", "STATUS_CODE_ERROR"]);
            // each replica's series differ: instance is the pod; a restart keeps them (no random collector_instance_id)
            assert.ok(series.every((s) => s.labels.instance === env.POD_NAME));
            assert.deepEqual(series.filter((s) => "collector_instance_id" in s.labels), []);
        });

        it("every span is counted once: the two span-metrics pipelines share their input and split it by a condition and its negation", () => {
            const cr = samplingCr(stack);
            const p = pipelinesOf(cr);
            const feeding = (connector: string) => Object.values(p).filter((q) => q.exporters.includes(connector));
            const [plain, kept] = [feeding("span_metrics"), feeding("span_metrics/kept")];
            assert.deepEqual([plain.length, kept.length], [1, 1]);
            assert.deepEqual(plain[0].receivers, kept[0].receivers, "the same spans reach both");
            const conditions = (q: Pipeline) => (q.processors ?? []).flatMap((id) => (at(configOf(cr), `processors.${id}.trace_conditions`) ?? []) as string[]);
            const [dropsFromPlain, dropsFromKept] = [conditions(plain[0]), conditions(kept[0])];
            assert.equal(dropsFromPlain.length, 1);
            assert.deepEqual(dropsFromKept, [`not (${dropsFromPlain[0]})`]);
        });

        it("a RED panel's exemplar opens a trace the sampler kept, through the label Prometheus stores it under and Grafana links by", () => {
            const cr = samplingCr(stack);
            const collectorConfig = configOf(cr);
            const connectors = collectorConfig.connectors as Record<string, Record<string, unknown>>;
            // which span metrics record exemplars, and what their spans passed
            const withExemplars = Object.keys(connectors).filter((id) => at(connectors[id], "exemplars.enabled") === true);
            assert.deepEqual(withExemplars, ["span_metrics/kept"]);
            const feeding = Object.values(pipelinesOf(cr)).find((q) => q.exporters.includes("span_metrics/kept")) as Pipeline;
            const [drops] = (feeding.processors ?? []).flatMap((id) => (at(collectorConfig, `processors.${id}.trace_conditions`) ?? []) as string[]);
            const passes = /^not \(span\.status\.code == STATUS_CODE_ERROR or span\.end_time_unix_nano - span\.start_time_unix_nano >= (\d+)\)$/.exec(drops);
            assert.ok(passes, `only failed or slow spans pass: ${drops}`);
            // the sampler keeps every trace with such a span (status_code ERROR; latency: Milliseconds() > threshold_ms)
            const policies = at(collectorConfig, "processors.tail_sampling.policies") as { type: string; status_code?: { status_codes: string[] }; latency?: { threshold_ms: number } }[];
            assert.ok(policies.some((q) => q.type === "status_code" && q.status_code?.status_codes.includes("ERROR")));
            const threshold = policies.find((q) => q.type === "latency")?.latency?.threshold_ms ?? NaN;
            assert.ok(Number(passes[1]) >= (threshold + 1) * 1_000_000, `a span of ${passes[1]} ns makes a trace last more than ${threshold} ms`);
            // in Prometheus: the exemplars' trace id label, on series Grafana's queries select (sums over tail_sampling_kept)
            const strategy = String(at(chartValues(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.otlp.translationStrategy"));
            const transform = (at(collectorConfig, "processors.transform/red.metric_statements") ?? []) as string[];
            const series = applyTransform(connectorOutput(connectors), transform, { POD_NAME: "p-0" }).map((m) => toPrometheus(m, strategy));
            const exemplary = series.filter((s) => s.exemplarLabels.length > 0);
            assert.deepEqual(exemplary.flatMap((s) => s.names).sort(), ["traces_spanmetrics_calls_total", "traces_spanmetrics_latency_bucket", "traces_spanmetrics_latency_count", "traces_spanmetrics_latency_sum"]);
            assert.ok(exemplary.every((s) => s.labels.tail_sampling_kept === "true"));
            const plain = series.filter((s) => s.names.includes("traces_spanmetrics_calls_total") && s.exemplarLabels.length === 0);
            assert.deepEqual(Object.keys(exemplary[0].labels).filter((l) => !(l in plain[0].labels)), ["tail_sampling_kept"], "the two series differ only there");
            const kps = chartValues(stack, "kube-prometheus-stack");
            const destination = at(kps, "grafana.sidecar.datasources.exemplarTraceIdDestinations") as Record<string, unknown>;
            const tempoUid = (at(kps, "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo")?.uid;
            assert.ok(exemplary.every((s) => s.exemplarLabels.includes(String(destination.traceIdLabelName))), `Grafana links by ${String(destination.traceIdLabelName)}`);
            assert.equal(destination.datasourceUid, tempoUid);
            assert.ok((at(kps, "prometheus.prometheusSpec.enableFeatures") as string[]).includes("exemplar-storage"));
        });

        it("Tempo's metrics-generator writes none of these series (nothing is counted twice) and still answers TraceQL metrics", () => {
            const generator = tempoGenerator(stack.resources.find((r) => r.type.startsWith("kubernetes:helm.sh/") && String(r.inputs.chart).startsWith("tempo")) as ResourceRecord);
            assert.deepEqual([generator.enabled, generator.processors], [true, [TRACEQL_METRICS_PROCESSOR]]);
            const datasource = (at(chartValues(stack, "kube-prometheus-stack"), "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo");
            assert.equal(at(datasource, "jsonData.streamingEnabled.metrics"), true);
            assert.equal(generator.localBlocks.flush_to_storage, true);
        });
    });
}

function one(stack: Stack, type: string, namespace: unknown): ResourceRecord {
    const found = stack.ofType(type).filter((r) => at(r.inputs, "metadata.namespace") === namespace);
    assert.equal(found.length, 1, `one ${type} in ${String(namespace)}`);
    return found[0];
}
