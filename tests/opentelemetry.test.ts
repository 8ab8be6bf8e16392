import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import {
    gatewayTierConfig,
    collectorConfig,
    collectorEndpoints,
    collectorSignals,
    instrumentationSpec,
    OpenTelemetry,
    operatorSizingValues,
    type OpenTelemetryArgs,
    samplingTierConfig,
    SDK_AGENTS,
    TEMPO_EXPORT_MAX_BYTES,
} from "../components/opentelemetry.ts";
import { logExportBatch } from "../components/log-push.ts";
import { itemsExportBatch } from "../components/export-batch.ts";
import { collectorTelemetry } from "../components/collector-telemetry.ts";
import { PROFILES } from "../components/sizing.ts";
import { redMetricsTransform, samplingTierEndpoints } from "../components/tail-sampling.ts";
import { at, Harness } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
const INSTRUMENTATION = "kubernetes:opentelemetry.io/v1alpha1:Instrumentation";
const JOB = "kubernetes:batch/v1:Job";
const backend = { otlpGrpcAddress: "tempo.tempo.svc.cluster.local:4317" };
const metrics = { otlpHttpUrl: "http://prom.monitoring.svc.cluster.local:9090/api/v1/otlp" };
const envOf = (spec: unknown, language: string) => Object.fromEntries((at(spec, `${language}.env`) as { name: string; value: string }[]).map((e) => [e.name, e.value]));

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<OpenTelemetryArgs> = {}) =>
    harness.run(() => {
        const provider = new k8s.Provider("k8s", {});
        const certChart = new k8s.core.v1.ConfigMap("cert-manager", {}, { provider });
        const shop = new k8s.core.v1.Namespace("shop", { metadata: { name: "shop" } }, { provider });
        return new OpenTelemetry("otel", {
            provider,
            certManager: { release: certChart },
            traceBackend: backend,
            samplingPercent: 25,
            instrumentedNamespaces: [{ name: "shop", resource: shop }],
            ...args,
        });
    });

describe("collector endpoints", () => {
    it("follow the operator's <name>-collector naming", () => {
        assert.deepEqual(collectorEndpoints(), {
            namespace: "observability",
            service: "otel-collector",
            host: "otel-collector.observability.svc.cluster.local",
            otlpGrpcPort: 4317,
            otlpHttpPort: 4318,
            zipkinPort: 9411,
            otlpGrpcUrl: "http://otel-collector.observability.svc.cluster.local:4317",
            otlpHttpUrl: "http://otel-collector.observability.svc.cluster.local:4318",
        });
    });
});

describe("collector config", () => {
    const config = collectorConfig(collectorEndpoints(), backend);
    it("receives OTLP, Zipkin and Jaeger", () => assert.deepEqual(at(config, "service.pipelines.traces.receivers"), ["otlp", "zipkin", "jaeger"]));
    it("limits memory first and adds Kubernetes metadata; the exporter batches, so no batch processor holds acknowledged spans", () => {
        assert.deepEqual(at(config, "service.pipelines.traces.processors"), ["memory_limiter", "k8s_attributes"]);
    });
    it("exports to the trace backend over plaintext gRPC, round-robin over its addresses, in batches of 2 to 4 MiB", () => {
        assert.deepEqual(at(config, "exporters"), {
            "otlp_grpc/tempo": {
                endpoint: backend.otlpGrpcAddress,
                tls: { insecure: true },
                balancer_name: "round_robin",
                sending_queue: { batch: { sizer: "bytes", min_size: TEMPO_EXPORT_MAX_BYTES / 2, max_size: TEMPO_EXPORT_MAX_BYTES, flush_timeout: "200ms" } },
            },
        });
    });
    it("listens on all interfaces, on each protocol's standard port", () => {
        assert.deepEqual(at(config, "receivers"), {
            otlp: { protocols: { grpc: { endpoint: "0.0.0.0:4317" }, http: { endpoint: "0.0.0.0:4318" } } },
            zipkin: { endpoint: "0.0.0.0:9411" },
            jaeger: { protocols: { grpc: { endpoint: "0.0.0.0:14250" }, thrift_http: { endpoint: "0.0.0.0:14268" } } },
        });
    });
    it("receives on the ports its endpoints announce", () => {
        const endpoints = { ...collectorEndpoints(), otlpGrpcPort: 1, otlpHttpPort: 2, zipkinPort: 3 };
        const receivers = at(collectorConfig(endpoints, backend), "receivers");
        assert.deepEqual([at(receivers, "otlp.protocols.grpc.endpoint"), at(receivers, "otlp.protocols.http.endpoint"), at(receivers, "zipkin.endpoint")], ["0.0.0.0:1", "0.0.0.0:2", "0.0.0.0:3"]);
    });
    it("defines every receiver, processor and exporter its pipeline names", () => {
        const traces = at(config, "service.pipelines.traces") as Record<string, string[]>;
        for (const kind of ["receivers", "processors", "exporters"]) {
            assert.deepEqual(Object.keys(at(config, kind) as object).sort(), [...traces[kind]].sort(), kind);
        }
    });
    it("refuses data before the pod runs out of memory", () => {
        assert.deepEqual(at(config, "processors"), { memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 25 }, k8s_attributes: {} });
    });
    it("has only a traces pipeline without a metrics backend", () => {
        assert.deepEqual(Object.keys(at(config, "service.pipelines") as object), ["traces"]);
        assert.deepEqual(collectorSignals(config), { traces: true, metrics: false, logs: false });
    });
    it("sends OTLP metrics to the metrics backend over OTLP/HTTP, through the same processors", () => {
        const withMetrics = collectorConfig(collectorEndpoints(), backend, metrics);
        assert.deepEqual(at(withMetrics, "service.pipelines.metrics"), { receivers: ["otlp"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["otlp_http/prometheus"] });
        assert.deepEqual(at(withMetrics, "exporters.otlp_http/prometheus"), { endpoint: metrics.otlpHttpUrl, sending_queue: { batch: itemsExportBatch() } });
        assert.deepEqual(collectorSignals(withMetrics), { traces: true, metrics: true, logs: false });
    });
    it("sends agents' OTLP logs to the logs backend over OTLP/HTTP, through the same processors", () => {
        const logs = { otlpHttpUrl: "http://loki.loki.svc.cluster.local:3100/otlp" };
        const withLogs = collectorConfig(collectorEndpoints(), backend, metrics, undefined, {}, logs);
        assert.deepEqual(at(withLogs, "service.pipelines.logs"), { receivers: ["otlp"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["otlp_http/logs"] });
        assert.deepEqual(at(withLogs, "exporters.otlp_http/logs"), { endpoint: logs.otlpHttpUrl, sending_queue: { batch: logExportBatch() } });
        assert.deepEqual(collectorSignals(withLogs), { traces: true, metrics: true, logs: true });
    });
    it("sends agents' logs from the gateway tier, which sees their pods, with two tiers", () => {
        const logs = { otlpHttpUrl: "http://loki.loki.svc.cluster.local:3100/otlp" };
        const gateway = gatewayTierConfig(collectorEndpoints(), samplingTierEndpoints("observability", "otel"), metrics, logs);
        assert.deepEqual(at(gateway, "service.pipelines.logs"), { receivers: ["otlp"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["otlp_http/logs"] });
        assert.deepEqual(collectorSignals(gatewayTierConfig(collectorEndpoints(), samplingTierEndpoints("observability", "otel"), metrics)).logs, false);
    });
    it("counts named pipelines as their signal", () => {
        const pipeline = { receivers: ["otlp"], exporters: ["debug"] };
        assert.deepEqual(collectorSignals({ receivers: {}, exporters: {}, service: { pipelines: { "logs/apps": pipeline, "traces/in": pipeline } } }), { traces: true, metrics: false, logs: true });
    });
});

describe("durable export queue", () => {
    const queue = { directory: "/var/lib/otelcol/queue", sizeBytes: 2 ** 30 };
    const policy = { keepPercent: 5, slowRequestMs: 1500, decisionWait: "12s" };
    const tier = samplingTierEndpoints("observability", "otel");
    const configs = { "one tier": collectorConfig(collectorEndpoints(), backend, metrics, queue), "sampling tier": samplingTierConfig(tier, backend, metrics, queue, { tailSampling: policy }) };
    it("retries from 1s, backing off to 30s between attempts, until Tempo answers", () => {
        // exporterhelper reads each interval as a Go duration: an empty one fails the collector's config
        for (const [name, config] of Object.entries(configs)) {
            assert.deepEqual(at(config, "exporters.otlp_grpc/tempo.retry_on_failure"), { enabled: true, initial_interval: "1s", max_interval: "30s", max_elapsed_time: "0s" }, name);
        }
    });
    it("starts the file storage the queue names, defined on the queue's directory", () => {
        // the collector starts only the extensions service.extensions lists, and refuses one it lists but does not define
        for (const [name, config] of Object.entries(configs)) {
            const storage = at(config, "exporters.otlp_grpc/tempo.sending_queue.storage") as string;
            assert.deepEqual(at(config, "service.extensions"), [storage], name);
            assert.deepEqual(Object.keys(at(config, "extensions") as object), [storage], name);
            assert.equal((at(config, "extensions") as Record<string, { directory: string }>)[storage].directory, queue.directory, name);
        }
    });
    const logs = { otlpHttpUrl: "http://loki.loki.svc.cluster.local:3100/otlp" };
    const withEverything = collectorConfig(collectorEndpoints(), backend, metrics, queue, {}, logs);
    const gateway = gatewayTierConfig(collectorEndpoints(), tier, metrics, logs, queue);
    it("queues the agents' logs on the volume too, retried until Loki answers", () => {
        for (const [name, config] of Object.entries({ "one tier": withEverything, gateway })) {
            assert.deepEqual(at(config, "exporters.otlp_http/logs.sending_queue.storage"), "file_storage/queue", name);
            assert.equal(at(config, "exporters.otlp_http/logs.retry_on_failure.max_elapsed_time"), "0s", name);
        }
    });
    it("queues metrics on the volume, retried for an hour (Prometheus refuses older samples), by one consumer so they arrive in order", () => {
        for (const [name, config] of Object.entries({ "one tier": withEverything, gateway, "sampling tier": configs["sampling tier"] })) {
            assert.deepEqual(at(config, "exporters.otlp_http/prometheus.sending_queue.storage"), "file_storage/queue", name);
            assert.equal(at(config, "exporters.otlp_http/prometheus.sending_queue.num_consumers"), 1, name);
            assert.equal(at(config, "exporters.otlp_http/prometheus.retry_on_failure.max_elapsed_time"), "1h", name);
        }
    });
    it("fits every queue of a collector into its queue bytes", () => {
        for (const [name, config] of Object.entries({ "one tier": withEverything, gateway, "sampling tier": configs["sampling tier"] })) {
            const sizes = Object.values(at(config, "exporters") as Record<string, { sending_queue?: { storage?: string; queue_size?: number } }>)
                .filter((e) => e.sending_queue?.storage)
                .map((e) => e.sending_queue?.queue_size ?? Infinity);
            assert.ok(sizes.length > 0 && sizes.reduce((a, b) => a + b, 0) <= queue.sizeBytes, `${name}: ${sizes.join(" + ")}`);
        }
    });
    it("starts the storage on the gateway, whose spans go on in memory to the sampling tier", () => {
        assert.deepEqual(at(gateway, "service.extensions"), ["file_storage/queue"]);
        assert.equal(at(gateway, "exporters.load_balancing/sampling.sending_queue"), undefined);
    });
    it("names the sampling tier's RED metrics after its own Service, the operator's `<name>-collector`", () => {
        assert.deepEqual(at(configs["sampling tier"], "processors.transform/red"), redMetricsTransform("otel-sampling-collector"));
    });
});

describe("collector telemetry", () => {
    it("emits its own metrics at the normal level, the one the alerts' metric names were traced at", () => {
        // the collector's default level (service::telemetry::metrics::level); "none" would emit nothing to scrape
        assert.equal(at(collectorTelemetry(), "metrics.level"), "normal");
    });
});

describe("operator sizing", () => {
    it("spreads replicated operator pods by the labels the chart gives the manager's pods", () => {
        // opentelemetry-operator 0.122.0 templates/deployment.yaml: the pod template's labels are the chart's labels
        // (name, instance, ...) plus component=controller-manager; name and component pick the manager's pods alone
        const values = operatorSizingValues({ ...PROFILES.production.openTelemetryOperator, replicas: 2 });
        assert.deepEqual(at(values, "topologySpreadConstraints.0.labelSelector.matchLabels"), { "app.kubernetes.io/name": "opentelemetry-operator", "app.kubernetes.io/component": "controller-manager" });
    });
});

describe("instrumentation spec", () => {
    const endpoints = collectorEndpoints();
    const spec = instrumentationSpec(endpoints, 25, { traces: true, metrics: true, logs: false });
    it("gives the web-server modules, which speak only OTLP/gRPC, the gRPC endpoint", () => {
        assert.deepEqual(spec.exporter, { endpoint: "http://otel-collector.observability.svc.cluster.local:4317" });
    });
    for (const language of ["java", "nodejs", "python", "dotnet", "go"]) {
        it(`tells the ${language} agent its protocol and the matching OTLP/HTTP port, never relying on its default`, () => {
            const env = envOf(spec, language);
            assert.deepEqual([env.OTEL_EXPORTER_OTLP_PROTOCOL, env.OTEL_EXPORTER_OTLP_ENDPOINT], ["http/protobuf", "http://otel-collector.observability.svc.cluster.local:4318"]);
        });
    }
    it("covers every SDK agent the operator injects", () => assert.deepEqual([...SDK_AGENTS].sort(), ["dotnet", "go", "java", "nodejs", "python"]));
    it("exports exactly the signals the collector has pipelines for", () => {
        const env = envOf(spec, "java");
        assert.deepEqual([env.OTEL_TRACES_EXPORTER, env.OTEL_METRICS_EXPORTER, env.OTEL_LOGS_EXPORTER], ["otlp", "otlp", "none"]);
        const tracesOnly = envOf(instrumentationSpec(endpoints, 25, { traces: true, metrics: false, logs: false }), "nodejs");
        assert.equal(tracesOnly.OTEL_METRICS_EXPORTER, "none");
    });
});

describe("OpenTelemetry", () => {
    it("installs the pinned operator chart with cert-manager certificates", async () => {
        const chart = (await build()).get(CHART, "otel-operator");
        assert.deepEqual(
            [chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name],
            ["opentelemetry-operator", "0.122.0", "https://open-telemetry.github.io/opentelemetry-helm-charts", "opentelemetry-operator"],
        );
        assert.deepEqual(at(chart.inputs, "values.admissionWebhooks"), { certManager: { enabled: true }, autoGenerateCert: { enabled: false } });
    });
    it("lets the operator grant collectors the RBAC k8s_attributes needs", async () => {
        assert.equal(at((await build()).get(CHART, "otel-operator").inputs, "values.manager.createRbacPermissions"), true);
    });
    it("installs the operator after cert-manager", async () => {
        const reg = await build();
        assert.ok(reg.dependenciesOf(reg.get(CHART, "otel-operator")).includes("kubernetes:core/v1:ConfigMap::cert-manager"));
    });
    it("uses the operator namespace asked for", async () => {
        assert.equal((await build({ operatorNamespace: "otel-system" })).get(CHART, "otel-operator").inputs.namespace, "otel-system");
    });
    it("creates the collector named otel in observability, one replica by default", async () => {
        const collector = (await build()).get(COLLECTOR, "otel-collector");
        assert.deepEqual([at(collector.inputs, "metadata.name"), at(collector.inputs, "metadata.namespace"), at(collector.inputs, "spec.replicas")], ["otel", "observability", 1]);
    });
    it("runs the replicas asked for, with a disruption budget and node spreading", async () => {
        const spec = at((await build({ collectorSizing: { ...PROFILES.lab.collector, replicas: 3 } })).get(COLLECTOR, "otel-collector").inputs, "spec") as Record<string, unknown>;
        assert.equal(spec.replicas, 3);
        assert.deepEqual(spec.podDisruptionBudget, { maxUnavailable: 1 });
        assert.deepEqual(at(spec, "topologySpreadConstraints.0.labelSelector.matchLabels"), { "app.kubernetes.io/instance": "observability.otel", "app.kubernetes.io/component": "opentelemetry-collector" });
    });
    it("creates the collector after its namespace and the probe that the operator's webhooks answered", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(COLLECTOR, "otel-collector")).sort(), ["kubernetes:batch/v1:Job::otel-webhook-probe-job", "kubernetes:core/v1:Namespace::otel-collector-namespace"]);
    });
    it("probes the operator's webhooks after its chart, with a dry run of the collector and of one Instrumentation", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(JOB, "otel-webhook-probe-job")).filter((d) => d.includes("Chart")), ["kubernetes:helm.sh/v4:Chart::otel-operator"]);
        const probes = (reg.result.webhookProbe.settings.probes as { path: string; object: { kind: string }; webhooks: string[] }[]).map((p) => [p.path, p.object.kind, p.webhooks]);
        assert.deepEqual(probes, [
            ["/apis/opentelemetry.io/v1beta1/namespaces/opentelemetry-operator-system/opentelemetrycollectors", "OpenTelemetryCollector", ["mopentelemetrycollectorbeta.kb.io", "vopentelemetrycollectorcreateupdatebeta.kb.io"]],
            ["/apis/opentelemetry.io/v1alpha1/namespaces/opentelemetry-operator-system/instrumentations", "Instrumentation", ["minstrumentation.kb.io", "vinstrumentationcreateupdate.kb.io"]],
        ]);
    });
    it("probes again when the operator chart's values change", async () => {
        const fingerprint = async (args: Partial<OpenTelemetryArgs>) =>
            (at((await build(args)).get(JOB, "otel-webhook-probe-job").inputs, "spec.template.metadata.annotations") as Record<string, string>)["mesh-observability.io/admission-probe-fingerprint"];
        const [before, after] = [await fingerprint({}), await fingerprint({ values: { manager: { replicas: 2 } } })];
        assert.match(before, /^[0-9a-f]{16}$/);
        assert.notEqual(before, after);
    });
    it("instruments each namespace with the sampling ratio and W3C propagation", async () => {
        const instrumentation = (await build()).get(INSTRUMENTATION, "otel-instrumentation-shop");
        assert.deepEqual(at(instrumentation.inputs, "spec.propagators"), ["tracecontext", "baggage"]);
        assert.deepEqual(at(instrumentation.inputs, "spec.sampler"), { type: "parentbased_traceidratio", argument: "0.25" });
    });
    it("tells agents to send metrics only when the collector has a metrics backend", async () => {
        const without = at((await build()).get(INSTRUMENTATION, "otel-instrumentation-shop").inputs, "spec");
        assert.equal(envOf(without, "python").OTEL_METRICS_EXPORTER, "none");
        const reg = await build({ metricsBackend: metrics });
        assert.equal(envOf(at(reg.get(INSTRUMENTATION, "otel-instrumentation-shop").inputs, "spec"), "python").OTEL_METRICS_EXPORTER, "otlp");
        assert.equal(at(reg.get(COLLECTOR, "otel-collector").inputs, "spec.config.exporters.otlp_http/prometheus.endpoint"), metrics.otlpHttpUrl);
    });
    it("tells agents to send logs only when the collector has a logs backend", async () => {
        const logs = { otlpHttpUrl: "http://loki.loki.svc.cluster.local:3100/otlp" };
        assert.equal(envOf(at((await build()).get(INSTRUMENTATION, "otel-instrumentation-shop").inputs, "spec"), "java").OTEL_LOGS_EXPORTER, "none");
        const reg = await build({ logsBackend: logs });
        assert.equal(envOf(at(reg.get(INSTRUMENTATION, "otel-instrumentation-shop").inputs, "spec"), "java").OTEL_LOGS_EXPORTER, "otlp");
        assert.equal(at(reg.get(COLLECTOR, "otel-collector").inputs, "spec.config.exporters.otlp_http/logs.endpoint"), logs.otlpHttpUrl);
    });
    it("creates each Instrumentation after its namespace and the probe that the operator's webhooks answered", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(INSTRUMENTATION, "otel-instrumentation-shop")).sort(), ["kubernetes:batch/v1:Job::otel-webhook-probe-job", "kubernetes:core/v1:Namespace::shop"]);
    });
    it("registers its endpoints as the component's outputs", async () => {
        const reg = await build();
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:OpenTelemetry", "otel")), { endpoints: collectorEndpoints() });
    });
    it("merges raw operator values last", async () => {
        assert.equal(at((await build({ values: { manager: { replicas: 2 } } })).get(CHART, "otel-operator").inputs, "values.manager.replicas"), 2);
    });
});
