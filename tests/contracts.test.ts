// Contract tests: every link between two components, read at both ends from the desired state of the whole stack,
// in both mesh modes and both Tempo modes. A link is right only when the two ends agree (protocol, port, flag,
// label, credential); each test here fails when a change to either end breaks that agreement.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import type { InstrumentationSpec } from "../crds/index.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { waypointSpansUseServiceName } from "../components/istio/version.ts";
import { at, Harness, labelsOf, type Registrations, type ResourceRecord } from "./harness.ts";
import { effectiveExporter, LANGUAGES } from "./support/operator-injection.ts";
import { monitoringService } from "./support/operator-services.ts";
import { derivedFieldLabel, grafanaProvisioned } from "./support/grafana.ts";
import { tempoGenerator, TRACEQL_METRICS_PROCESSOR } from "./support/tempo-generator.ts";
import { LOKI_TRACE_ID_KEY, lokiLabel } from "../components/log-datasources.ts";
import { extractTraceId } from "../components/log-shipping.ts";
import { parseGoDuration } from "../stacks/validators.ts";
import { durabilityProblems, lokiPushProblems, tempoBalancingProblems, tempoRequestProblems } from "./support/data-path.ts";

const root = path.resolve(import.meta.dirname, "..");
const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
const INSTRUMENTATION = "kubernetes:opentelemetry.io/v1alpha1:Instrumentation";
const SECRET = "kubernetes:core/v1:Secret";
const NAMESPACE = "kubernetes:core/v1:Namespace";
const CONFIG_MAP = "kubernetes:core/v1:ConfigMap";
const SERVICE_MONITOR = "kubernetes:monitoring.coreos.com/v1:ServiceMonitor";
const POD_MONITOR = "kubernetes:monitoring.coreos.com/v1:PodMonitor";
const PROMETHEUS_RULE = "kubernetes:monitoring.coreos.com/v1:PrometheusRule";

type Stack = Registrations<unknown>;

/** The Helm resource (Chart v4 or Release) that installs `chart`. */
function chart(stack: Stack, name: string): ResourceRecord {
    const found = stack.resources.filter((r) => r.type.startsWith("kubernetes:helm.sh/") && r.inputs.chart === name);
    assert.equal(found.length, 1, `one release of ${name}`);
    return found[0];
}
const values = (stack: Stack, name: string) => chart(stack, name).inputs.values as Record<string, unknown>;
const one = (stack: Stack, type: string) => {
    const found = stack.ofType(type);
    assert.equal(found.length > 0, true, `a ${type}`);
    return found[0];
};
const tempoChart = (stack: Stack) => stack.resources.find((r) => r.type.startsWith("kubernetes:helm.sh/") && String(r.inputs.chart).startsWith("tempo"));

/** `host` and `port` of a URL or of `host:port`. */
function address(target: string): { host: string; port: number } {
    const url = new URL(target.includes("://") ? target : `tcp://${target}`);
    return { host: url.hostname, port: Number(url.port) };
}
const portOf = (endpoint: unknown) => address(String(endpoint)).port;

/** The Service the operator makes for a collector CR, and the OTLP ports its receivers open. */
function collectorSide(stack: Stack) {
    // the collector everything sends to (the node log collectors are CRs too, registered in no fixed order)
    const cr = collectorCr(stack, "otel");
    const config = at(cr.inputs, "spec.config") as Record<string, unknown>;
    const service = `${String(at(cr.inputs, "metadata.name"))}-collector.${String(at(cr.inputs, "metadata.namespace"))}.svc.cluster.local`;
    const pipelines = at(config, "service.pipelines") as Record<string, { receivers: string[]; exporters: string[] }>;
    return {
        service,
        config,
        pipelines,
        otlpPorts: { grpc: portOf(at(config, "receivers.otlp.protocols.grpc.endpoint")), http: portOf(at(config, "receivers.otlp.protocols.http.endpoint")) },
        exporter: (id: string) => at(config, `exporters.${id}`) as Record<string, unknown>,
    };
}

const datasources = (stack: Stack) => at(values(stack, "kube-prometheus-stack"), "grafana.additionalDataSources") as Record<string, unknown>[];
const datasource = (stack: Stack, type: string) => {
    const found = datasources(stack).find((d) => d.type === type);
    assert.ok(found, `a ${type} datasource`);
    return found;
};
/** The collector CR named `name`. */
const collectorCr = (stack: Stack, name: string) => {
    const found = stack.ofType(COLLECTOR).find((c) => at(c.inputs, "metadata.name") === name);
    assert.ok(found, `a collector ${name}`);
    return found;
};
/** Every OTLP/HTTP endpoint a collector's logs pipelines export to. */
function logsExportTargets(cr: ResourceRecord): string[] {
    const config = at(cr.inputs, "spec.config") as Record<string, unknown>;
    const pipelines = Object.entries(at(config, "service.pipelines") as Record<string, { exporters: string[] }>).filter(([id]) => id === "logs" || id.startsWith("logs/"));
    const exporters = at(config, "exporters") as Record<string, { endpoint: string }>;
    return pipelines.flatMap(([, p]) => p.exporters.map((id) => exporters[id].endpoint));
}
/** The keys Loki stores with a line the log collector ships: its record fields and attributes (otlp.go), and index labels. */
const LOKI_LINE_KEYS = ["trace_id", "span_id", "flags", "severity_number", "severity_text", "log_iostream", "logtag", "log_file_path", "k8s_namespace_name", "k8s_pod_name", "k8s_container_name", "service_name"];

let harness: Harness;
before(async () => (harness = await Harness.create()));

// ingress-nginx links are checked where a stack installs it (dev; prod runs without it)
const variants = [
    { stack: "dev", meshMode: "sidecar" },
    { stack: "dev", meshMode: "ambient" },
    { stack: "prod", meshMode: "sidecar" },
    { stack: "prod", meshMode: "ambient" },
];

for (const variant of variants) {
    describe(`contracts: ${variant.stack}, ${variant.meshMode}`, () => {
        const files = loadStackConfigFiles(root, variant.stack);
        const config = parseStackConfig({ ...files.config, "mesh-observability:meshMode": variant.meshMode }, new Set(files.secretKeys));
        let stack: Stack;
        before(async () => (stack = await harness.run(() => buildPlatform(config))));

        it("every agent's protocol and port meet a receiver the collector opens, at the collector's Service", () => {
            const collector = collectorSide(stack);
            const spec = at(one(stack, INSTRUMENTATION).inputs, "spec") as InstrumentationSpec;
            for (const language of LANGUAGES) {
                const agent = effectiveExporter(spec, language);
                const receiver = agent.protocol === "grpc" ? "grpc" : agent.protocol === "http/protobuf" ? "http" : undefined;
                assert.ok(receiver, `${language}: protocol ${agent.protocol} is not one the OTLP receiver speaks`);
                assert.deepEqual(address(agent.endpoint), { host: collector.service, port: collector.otlpPorts[receiver] }, `${language} sends ${agent.protocol} to ${agent.endpoint}`);
            }
        });
        it("every signal an agent exports has a collector pipeline that receives OTLP", () => {
            const collector = collectorSide(stack);
            const spec = at(one(stack, INSTRUMENTATION).inputs, "spec") as InstrumentationSpec;
            for (const language of LANGUAGES) {
                for (const [signal, exported] of Object.entries(effectiveExporter(spec, language).signals)) {
                    if (exported) assert.ok(collector.pipelines[signal]?.receivers.includes("otlp"), `${language} exports ${signal}; the collector has no ${signal} pipeline`);
                }
            }
        });
        it("the mesh's proxies send OTLP/gRPC to the collector's gRPC receiver", () => {
            const collector = collectorSide(stack);
            const provider = (at(values(stack, "istiod"), "meshConfig.extensionProviders") as { opentelemetry?: { service: string; port: number; http?: unknown } }[])[0].opentelemetry;
            assert.deepEqual([provider?.service, provider?.port, provider?.http], [collector.service, collector.otlpPorts.grpc, undefined]);
        });
        // defined only where the stack installs ingress-nginx
        const nginxIt = (name: string, fn: () => void) => (config.ingressNginx ? it(name, fn) : undefined);
        void nginxIt("ingress-nginx sends OTLP/gRPC to the collector's gRPC receiver", () => {
            const collector = collectorSide(stack);
            const config = at(values(stack, "ingress-nginx"), "controller.config") as Record<string, string>;
            assert.deepEqual([config["otlp-collector-host"], Number(config["otlp-collector-port"])], [collector.service, collector.otlpPorts.grpc]);
        });
        it("the collector exports to the OTLP/gRPC receiver Tempo opens", () => {
            // a gRPC target: host:port, or dns:///host:port
            const target = address(String(collectorSide(stack).exporter("otlp_grpc/tempo").endpoint).replace(/^dns:\/\/\//, ""));
            const tempo = tempoChart(stack) as ResourceRecord;
            const tempoValues = tempo.inputs.values as Record<string, unknown>;
            if (tempo.inputs.chart === "tempo") {
                assert.equal(target.host, `tempo.${String(tempo.inputs.namespace)}.svc.cluster.local`);
                assert.equal(target.port, portOf(at(tempoValues, "tempo.receivers.otlp.protocols.grpc.endpoint")));
            } else {
                // the distributor's OTLP receivers are off by default and listen on 4317 when on
                assert.equal(target.host, `tempo-distributor-discovery.${String(tempo.inputs.namespace)}.svc.cluster.local`);
                assert.deepEqual([at(tempoValues, "traces.otlp.grpc.enabled"), target.port], [true, 4317]);
            }
        });
        it("the collector balances its spans over every distributor: dns:/// and round-robin over the headless discovery Service", () => {
            assert.deepEqual(tempoBalancingProblems(stack, String((tempoChart(stack) as ResourceRecord).inputs.namespace)), []);
        });
        it("every request the collector sends Tempo fits Tempo's OTLP gRPC receiver, and a distributor's push of it an ingester", () => {
            assert.deepEqual(tempoRequestProblems(stack), []);
        });
        it("every log push of every collector fits Loki's burst", () => assert.deepEqual(lokiPushProblems(stack), []));
        it("Loki takes the log volume the stack is sized for", () => {
            assert.ok(Number(at(values(stack, "loki"), "loki.limits_config.ingestion_rate_mb")) >= config.sizing.load.logMiBPerSecond);
        });
        it("every export to Tempo, Loki and Prometheus queues on its collector's volume, with no batch processor in memory before it, and retries as long as the backend takes the data", () => {
            assert.deepEqual(durabilityProblems(stack), []);
        });
        it("the collector's metrics reach Prometheus' OTLP receiver, which is on", () => {
            const target = new URL(String(collectorSide(stack).exporter("otlp_http/prometheus").endpoint));
            const kps = values(stack, "kube-prometheus-stack");
            assert.equal(at(kps, "prometheus.prometheusSpec.enableOTLPReceiver"), true);
            assert.deepEqual([target.hostname, target.port, target.pathname], [`kube-prometheus-stack-prometheus.${String(chart(stack, "kube-prometheus-stack").inputs.namespace)}.svc.cluster.local`, "9090", "/api/v1/otlp"]);
        });
        it("Tempo's generator remote-writes to Prometheus' remote-write receiver, which is on", () => {
            const tempo = tempoChart(stack) as ResourceRecord;
            const writes = (at(tempo.inputs.values, tempo.inputs.chart === "tempo" ? "tempo.metricsGenerator.storage.remote_write" : "metricsGenerator.config.storage.remote_write") ?? []) as { url: string }[];
            assert.equal(writes.length, 1);
            assert.equal(new URL(writes[0].url).pathname, "/api/v1/write");
            assert.equal(at(values(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.enableRemoteWriteReceiver"), true);
        });
        it("Grafana streams TraceQL exactly when Tempo streams over HTTP", () => {
            const tempo = tempoChart(stack) as ResourceRecord;
            const streams = at(tempo.inputs.values, tempo.inputs.chart === "tempo" ? "tempo.streamOverHttpEnabled" : "streamOverHTTPEnabled");
            const datasource = (at(values(stack, "kube-prometheus-stack"), "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo");
            assert.equal(streams, true);
            assert.deepEqual(at(datasource, "jsonData.streamingEnabled"), { search: streams, metrics: streams });
        });
        it("Grafana's TraceQL metrics queries find Tempo's local-blocks processor, for recent and older time ranges", () => {
            const datasource = (at(values(stack, "kube-prometheus-stack"), "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo");
            const generator = tempoGenerator(tempoChart(stack) as ResourceRecord);
            assert.equal(at(datasource, "jsonData.streamingEnabled.metrics"), true, "Grafana queries TraceQL metrics");
            // the query-frontend asks the generators for the last 30 min: they must run local-blocks for every tenant
            assert.ok(generator.enabled && generator.processors.includes(TRACEQL_METRICS_PROCESSOR), JSON.stringify(generator));
            // older ranges read only the generators' own blocks in the trace store (tempo v2.10.7 metrics_query_range_sharder.go)
            assert.deepEqual([generator.localBlocks.flush_to_storage, typeof generator.storageBackend], [true, "string"]);
            // the WAL and recent blocks on a volume, not in the container's or node's scratch space
            assert.ok(generator.volumeMount !== undefined && generator.tracesStoragePath.startsWith(`${generator.volumeMount}/`), JSON.stringify(generator));
        });
        it("a latency panel's exemplar leads to its trace: Tempo sends exemplars, Prometheus stores them, Grafana reads Tempo's label", () => {
            const generator = tempoGenerator(tempoChart(stack) as ResourceRecord);
            const kps = values(stack, "kube-prometheus-stack");
            const destination = at(kps, "grafana.sidecar.datasources.exemplarTraceIdDestinations") as Record<string, unknown>;
            const tempoUid = (at(kps, "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo")?.uid;
            assert.ok(generator.processors.includes("span-metrics"), "Tempo's generator writes the RED series");
            assert.deepEqual([destination.traceIdLabelName, destination.datasourceUid], [generator.traceIdLabel, tempoUid]);
            assert.ok(generator.sendsExemplars, "every remote write sends exemplars");
            assert.ok((at(kps, "prometheus.prometheusSpec.enableFeatures") as string[]).includes("exemplar-storage"));
        });
        it("the Tempo datasource's service map and metrics links name the Prometheus datasource's uid", () => {
            const kps = values(stack, "kube-prometheus-stack");
            const tempo = (at(kps, "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo");
            const uid = at(kps, "grafana.sidecar.datasources.uid");
            assert.deepEqual([at(tempo, "jsonData.serviceMap.datasourceUid"), at(tempo, "jsonData.tracesToMetrics.datasourceUid")], [uid, uid]);
        });
        it("Kiali signs in to Grafana as its read-only user: the login and password the viewer Job gives Grafana, from a Secret in Kiali's namespace", () => {
            const kiali = chart(stack, "kiali-server");
            const auth = at(kiali.inputs.values, "external_services.grafana.auth") as Record<string, string>;
            const [, secretName, key] = auth.password.split(":");
            const secret = stack.ofType(SECRET).find((s) => at(s.inputs, "metadata.name") === secretName && at(s.inputs, "metadata.namespace") === kiali.inputs.namespace);
            assert.ok(secret, `no Secret ${secretName} in ${String(kiali.inputs.namespace)}`);
            assert.equal(auth.type, "basic");
            // the viewer Job: the login it gives Grafana, and the Secret its password comes from
            const job = stack.ofType("kubernetes:batch/v1:Job").find((j) => (at(j.inputs, "spec.template.spec.containers.0.env") as { name: string }[] | undefined)?.some((e) => e.name === "VIEWER_LOGIN")) as ResourceRecord;
            const env = at(job.inputs, "spec.template.spec.containers.0.env") as { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[];
            assert.equal(auth.username, env.find((e) => e.name === "VIEWER_LOGIN")?.value);
            const viewerRef = env.find((e) => e.name === "VIEWER_PASSWORD")?.valueFrom?.secretKeyRef;
            const viewerSecret = stack.ofType(SECRET).find((s) => at(s.inputs, "metadata.name") === viewerRef?.name && at(s.inputs, "metadata.namespace") === at(job.inputs, "metadata.namespace")) as ResourceRecord;
            const viewerData = viewerSecret ? at(viewerSecret.inputs, "stringData") : undefined;
            // a map holding a secret is printed as one secret
            assert.ok(viewerData === "[secret]" || at(viewerData, viewerRef?.key ?? "") !== undefined, `no Secret ${viewerRef?.name} with key ${viewerRef?.key} beside the Job`);
            // both Secrets hold the one generated password, never Grafana's admin password
            const passwordOf = (s: ResourceRecord) => stack.dependenciesOf(s).filter((d) => d.startsWith("random:"));
            const grafanaAdmin = stack.ofType(SECRET).find((s) => at(s.inputs, "metadata.name") === at(values(stack, "kube-prometheus-stack"), "grafana.admin.existingSecret")) as ResourceRecord;
            assert.deepEqual(passwordOf(secret), passwordOf(viewerSecret));
            assert.notDeepEqual(passwordOf(secret), passwordOf(grafanaAdmin));
            assert.equal(key, "password");
            assert.notEqual(auth.username, at(grafanaAdmin.inputs, "stringData.admin-user"));
        });
        it("Kiali's trace links open Grafana's Tempo datasource, and it reads the Prometheus and Tempo the stack runs", () => {
            const kiali = values(stack, "kiali-server");
            const kps = values(stack, "kube-prometheus-stack");
            const tempoUid = (at(kps, "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo")?.uid;
            const tempoUrl = (at(kps, "grafana.additionalDataSources") as Record<string, unknown>[]).find((d) => d.type === "tempo")?.url;
            assert.deepEqual([at(kiali, "external_services.tracing.tempo_config.datasource_uid"), at(kiali, "external_services.tracing.internal_url")], [tempoUid, tempoUrl]);
            assert.equal(address(String(at(kiali, "external_services.prometheus.url"))).host, `kube-prometheus-stack-prometheus.${String(chart(stack, "kube-prometheus-stack").inputs.namespace)}.svc.cluster.local`);
        });
        it("everything that creates cert-manager resources waits for cert-manager's release, whose hooks prove the webhook serves", () => {
            const certManager = chart(stack, "cert-manager");
            assert.equal(certManager.type, "kubernetes:helm.sh/v3:Release");
            for (const name of ["opentelemetry-operator", ...(config.ingressNginx ? ["ingress-nginx"] : [])]) assert.ok(chart(stack, name).dependencies.includes(certManager.urn), name);
        });

        it("Prometheus selects every monitor and rule of the stack and of Tempo's chart: they carry its release label", () => {
            const kps = chart(stack, "kube-prometheus-stack");
            const spec = at(kps.inputs.values, "prometheus.prometheusSpec") as Record<string, unknown>;
            // unset selectors with *SelectorNilUsesHelmValues (default true) select `release: <release name>`
            // (kube-prometheus-stack 88.5.3 templates/prometheus/prometheus.yaml)
            for (const kind of ["serviceMonitor", "podMonitor", "rule"]) {
                assert.equal(spec[`${kind}Selector`], undefined, kind);
                assert.notEqual(spec[`${kind}SelectorNilUsesHelmValues`], false, kind);
            }
            const release = String(kps.inputs.name);
            const objects = [SERVICE_MONITOR, POD_MONITOR, PROMETHEUS_RULE].flatMap((type) => stack.ofType(type));
            assert.ok(objects.length >= 5, `${objects.length} monitors and rules`);
            for (const object of objects) assert.equal(labelsOf(object).release, release, object.name);
            const tempo = tempoChart(stack) as ResourceRecord;
            const monitors = tempo.inputs.chart === "tempo" ? ["serviceMonitor", "additionalLabels"] : ["metaMonitoring.serviceMonitor", "labels"];
            assert.equal(at(tempo.inputs.values, `${monitors[0]}.enabled`), true);
            assert.equal(at(tempo.inputs.values, `${monitors[0]}.${monitors[1]}.release`), release);
        });
        it("Tempo's chart, which renders ServiceMonitors, waits for the release that installs their CRD", () => {
            assert.ok((tempoChart(stack) as ResourceRecord).dependencies.includes(chart(stack, "kube-prometheus-stack").urn));
        });
        it("the collectors' monitor scrapes the port of the operator's monitoring Service, where the collector listens", () => {
            const cr = one(stack, COLLECTOR);
            const service = monitoringService(cr.inputs as unknown as Parameters<typeof monitoringService>[0]);
            const monitor = stack.ofType(SERVICE_MONITOR).find((m) => (at(m.inputs, "spec.namespaceSelector.matchNames") as string[] | undefined)?.includes(service.namespace));
            assert.ok(monitor, `no ServiceMonitor watches ${service.namespace}`);
            const selector = at(monitor.inputs, "spec.selector.matchLabels") as Record<string, string>;
            for (const [key, value] of Object.entries(selector)) assert.equal(service.labels[key], value, `selector ${key}=${value}`);
            const ports = (at(monitor.inputs, "spec.endpoints") as { port: string }[]).map((e) => e.port);
            assert.deepEqual(ports, service.ports.map((p) => p.name));
            assert.equal(service.listenHost, "0.0.0.0", "the collector must listen beyond localhost for Prometheus to scrape it");
        });
        it("the operator's monitor selects the operator release's metrics Service, in its namespace", () => {
            const operator = chart(stack, "opentelemetry-operator");
            const monitor = stack.ofType(SERVICE_MONITOR).find((m) => (at(m.inputs, "spec.namespaceSelector.matchNames") as string[] | undefined)?.includes(String(operator.inputs.namespace)));
            assert.ok(monitor, `no ServiceMonitor watches ${String(operator.inputs.namespace)}`);
            const selector = at(monitor.inputs, "spec.selector.matchLabels") as Record<string, string>;
            // the chart's Service: labels name=<chart name>, instance=<release>, component=controller-manager; port `metrics`
            assert.deepEqual(selector, { "app.kubernetes.io/name": "opentelemetry-operator", "app.kubernetes.io/instance": String(operator.inputs.name), "app.kubernetes.io/component": "controller-manager" });
            assert.deepEqual((at(monitor.inputs, "spec.endpoints") as { port: string }[]).map((e) => e.port), ["metrics"]);
        });
        it("Grafana's sidecar loads the pipeline dashboard, whose panels query Grafana's Prometheus datasource", () => {
            const kps = values(stack, "kube-prometheus-stack");
            const label = at(kps, "grafana.sidecar.dashboards") as { label: string; labelValue: string };
            const dashboards = stack.ofType(CONFIG_MAP).filter((c) => labelsOf(c)[label.label] === label.labelValue);
            assert.equal(dashboards.length, 1);
            assert.equal(at(dashboards[0].inputs, "metadata.namespace"), chart(stack, "kube-prometheus-stack").inputs.namespace);
            const dashboard = JSON.parse(Object.values(dashboards[0].inputs.data as Record<string, string>)[0]) as { panels: { type: string; datasource?: { uid: string } }[] };
            const uid = at(kps, "grafana.sidecar.datasources.uid");
            for (const panel of dashboard.panels.filter((p) => p.type !== "row")) assert.equal(panel.datasource?.uid, uid);
        });
        it("the alert rules read the namespaces the collector and Tempo run in", () => {
            const rule = one(stack, PROMETHEUS_RULE);
            const exprs = (at(rule.inputs, "spec.groups") as { rules: { expr: string }[] }[]).flatMap((g) => g.rules.map((r) => r.expr));
            const namespaces = new Set(exprs.flatMap((e) => [...e.matchAll(/namespace="([^"]+)"/g)].map((m) => m[1])));
            const tempo = tempoChart(stack) as ResourceRecord;
            assert.deepEqual([...namespaces].sort(), [String(at(one(stack, COLLECTOR).inputs, "metadata.namespace")), String(tempo.inputs.namespace)].sort());
        });

        it("Prometheus scrapes the node log collectors like the gateway: the collectors' monitor selects their monitoring Service, where they listen", () => {
            const service = monitoringService(collectorCr(stack, "otel-logs").inputs as unknown as Parameters<typeof monitoringService>[0]);
            const monitor = stack.ofType(SERVICE_MONITOR).find((m) => (at(m.inputs, "spec.namespaceSelector.matchNames") as string[] | undefined)?.includes(service.namespace));
            assert.ok(monitor, `no ServiceMonitor watches ${service.namespace}`);
            for (const [key, value] of Object.entries(at(monitor.inputs, "spec.selector.matchLabels") as Record<string, string>)) assert.equal(service.labels[key], value, `selector ${key}=${value}`);
            assert.deepEqual((at(monitor.inputs, "spec.endpoints") as { port: string }[]).map((e) => e.port), service.ports.map((p) => p.name));
            assert.equal(service.listenHost, "0.0.0.0");
        });
        it("Prometheus selects Loki's own ServiceMonitor, which the chart renders once the release installed its CRD", () => {
            const loki = chart(stack, "loki");
            const kps = chart(stack, "kube-prometheus-stack");
            assert.deepEqual([at(loki.inputs.values, "monitoring.serviceMonitor.enabled"), at(loki.inputs.values, "monitoring.serviceMonitor.labels.release")], [true, String(kps.inputs.name)]);
            assert.ok(loki.dependencies.includes(kps.urn));
        });
        it("Grafana's Loki datasource reads the Service and port the Loki chart opens", () => {
            const loki = chart(stack, "loki");
            const target = address(String(datasource(stack, "loki").url));
            // the chart names the single binary's Service after a release whose name contains "loki"; its port is loki.server.http_listen_port
            assert.ok(String(loki.inputs.name).includes("loki"));
            assert.deepEqual(target, { host: `${String(loki.inputs.name)}.${String(loki.inputs.namespace)}.svc.cluster.local`, port: Number(at(loki.inputs.values, "loki.server.http_listen_port")) });
        });
        it("both collectors push logs to Loki's OTLP route on that Service", () => {
            const lokiUrl = new URL(String(datasource(stack, "loki").url));
            for (const name of ["otel", "otel-logs"]) {
                const targets = logsExportTargets(collectorCr(stack, name));
                assert.equal(targets.length, 1, `${name} exports logs once`);
                // otlp_http appends /v1/logs to its endpoint; Loki serves /otlp/v1/logs (pkg/loki/modules.go)
                const push = new URL(`${targets[0]}/v1/logs`);
                assert.deepEqual([push.host, push.pathname], [lokiUrl.host, "/otlp/v1/logs"], name);
            }
        });
        it("a log line's trace id is the record's trace id, which Loki keeps as trace_id and Grafana's derived field links to Tempo", () => {
            const operators = at(collectorCr(stack, "otel-logs").inputs, "spec.config.receivers.file_log.operators") as Record<string, unknown>[];
            const parser = operators.find((o) => o.type === "regex_parser") as Record<string, unknown>;
            const group = /\(\?P<([a-z_]+)>/.exec(String(parser.regex))?.[1];
            assert.equal(at(parser, "trace.trace_id.parse_from"), `attributes.${String(group)}`);
            assert.ok(operators.some((o) => o.type === "remove" && o.field === `attributes.${String(group)}`), "the attribute is removed: Loki would keep the id twice");
            const loki = values(stack, "loki");
            assert.deepEqual([at(loki, "loki.limits_config.allow_structured_metadata"), at(loki, "loki.schemaConfig.configs.0.schema"), at(loki, "loki.schemaConfig.configs.0.store")], [true, "v13", "tsdb"]);
            const derived = (at(datasource(stack, "loki"), "jsonData.derivedFields") as Record<string, string>[])[0];
            assert.equal(derived.matcherType, "label");
            assert.equal(derivedFieldLabel(derived.matcherRegex, LOKI_LINE_KEYS), LOKI_TRACE_ID_KEY);
            assert.deepEqual([derived.datasourceUid, grafanaProvisioned(derived.url)], [datasource(stack, "tempo").uid, "${__value.raw}"]);
        });
        it("a span leads back to its trace's logs: the Loki datasource, the namespace label both collectors set, Loki's trace_id", () => {
            const link = at(datasource(stack, "tempo"), "jsonData.tracesToLogsV2") as Record<string, unknown>;
            assert.equal(link.datasourceUid, datasource(stack, "loki").uid);
            const [tag] = link.tags as { key: string; value: string }[];
            const logsMetadata = at(collectorCr(stack, "otel-logs").inputs, "spec.config.processors.k8s_attributes.extract.metadata") as string[];
            // the gateway's k8s_attributes adds its defaults to spans, k8s.namespace.name among them
            assert.equal(at(collectorCr(stack, "otel").inputs, "spec.config.processors.k8s_attributes.extract"), undefined);
            assert.ok(logsMetadata.includes(tag.key));
            assert.equal(tag.value, lokiLabel(tag.key));
            assert.equal(grafanaProvisioned(String(link.query)), `{${tag.value}="\${__span.tags["${tag.key}"]}"} | ${LOKI_TRACE_ID_KEY}="\${__trace.traceId}"`);
        });
        it("Envoy's access log line, in the mesh's format, gives the log collector its trace id", () => {
            const id = "4bf92f3577b34da6a3ce929d0e0e4736";
            const format = String(at(values(stack, "istiod"), "meshConfig.accessLogFormat"));
            const line = format.replaceAll("%TRACE_ID%", id).replace(/%[A-Z_]+(\([^)]*\))?(:\d+)?%/g, "-").trimEnd();
            const parser = (at(collectorCr(stack, "otel-logs").inputs, "spec.config.receivers.file_log.operators") as Record<string, unknown>[]).find((o) => o.type === "regex_parser");
            assert.equal(extractTraceId(line, String(parser?.regex)), id);
        });
        it("Loki keeps logs at least as long as Tempo keeps traces, where Tempo keeps them", () => {
            const tempo = tempoChart(stack) as ResourceRecord;
            const monolithic = tempo.inputs.chart === "tempo";
            const tempoValues = tempo.inputs.values as Record<string, unknown>;
            const loki = values(stack, "loki");
            const hours = (duration: unknown) => (parseGoDuration(String(duration)) ?? 0) / 3600;
            assert.ok(hours(at(loki, "loki.limits_config.retention_period")) >= hours(at(tempoValues, monolithic ? "tempo.retention" : "compactor.config.compaction.block_retention")));
            const tempoS3 = at(tempoValues, monolithic ? "tempo.storage.trace.s3" : "storage.trace.s3") as Record<string, unknown> | undefined;
            if (!tempoS3) {
                assert.equal(at(loki, "loki.storage.type"), "filesystem");
                return;
            }
            const lokiS3 = at(loki, "loki.storage.s3") as Record<string, unknown>;
            assert.deepEqual([lokiS3.endpoint, lokiS3.region, lokiS3.insecure], [tempoS3.endpoint, tempoS3.region, tempoS3.insecure]);
            assert.notEqual(at(loki, "loki.storage.bucketNames.chunks"), tempoS3.bucket);
            assert.deepEqual(at(loki, "serviceAccount.annotations"), at(tempoValues, "serviceAccount.annotations"));
        });

        if (variant.meshMode === "sidecar") {
            it("applications' OTLP exports bypass their sidecar on every port the collector receives OTLP on", () => {
                const { otlpPorts } = collectorSide(stack);
                const excluded = String(at(values(stack, "istiod"), "global.proxy.excludeOutboundPorts")).split(",").map(Number);
                assert.deepEqual(excluded.sort(), [otlpPorts.grpc, otlpPorts.http].sort());
            });
        } else {
            void nginxIt("ingress-nginx reaches the waypoints: its namespace is on ztunnel and it sends to Service addresses", () => {
                const nginx = chart(stack, "ingress-nginx");
                const namespace = stack.ofType(NAMESPACE).find((n) => at(n.inputs, "metadata.name") === nginx.inputs.namespace) as ResourceRecord;
                const cni = values(stack, "cni");
                assert.equal(labelsOf(namespace)["istio.io/dataplane-mode"], "ambient");
                assert.equal(at(nginx.inputs.values, "controller.config.service-upstream"), "true");
                assert.equal(at(cni, "profile"), "ambient", "istio-cni enrols labelled namespaces");
            });
            it("Kiali finds waypoint traces under the name the pinned Istio reports waypoint spans by", () => {
                assert.equal(at(values(stack, "kiali-server"), "external_services.tracing.use_waypoint_name"), !waypointSpansUseServiceName());
            });
            it("each mesh namespace uses a waypoint that exists in it", () => {
                const enrolled = stack.ofType(NAMESPACE).filter((n) => labelsOf(n)["istio.io/use-waypoint"] !== undefined);
                assert.ok(enrolled.length > 0);
                for (const namespace of enrolled) {
                    const name = labelsOf(namespace)["istio.io/use-waypoint"];
                    const waypoint = stack.ofType("kubernetes:gateway.networking.k8s.io/v1:Gateway").find((g) => at(g.inputs, "metadata.name") === name && at(g.inputs, "metadata.namespace") === at(namespace.inputs, "metadata.name"));
                    assert.ok(waypoint, `${String(at(namespace.inputs, "metadata.name"))} uses waypoint ${name}, which is not there`);
                }
            });
        }
    });
}

describe("contracts: an external Loki", () => {
    const url = "https://logs.example.com";
    const files = loadStackConfigFiles(root, "dev");
    const config = parseStackConfig({ ...files.config, "mesh-observability:logs": JSON.stringify({ backend: "external", url }) }, new Set(files.secretKeys));
    let stack: Stack;
    before(async () => (stack = await harness.run(() => buildPlatform(config))));
    it("installs no Loki", () => assert.equal(stack.resources.filter((r) => r.inputs.chart === "loki").length, 0));
    it("keeps every log push under the burst Loki has by default", () => assert.deepEqual(lokiPushProblems(stack), []));
    it("reads the external Loki in Grafana and pushes both collectors' logs to its OTLP route", () => {
        assert.equal(datasource(stack, "loki").url, url);
        for (const name of ["otel", "otel-logs"]) assert.deepEqual(logsExportTargets(collectorCr(stack, name)).map((t) => new URL(`${t}/v1/logs`).href), [`${url}/otlp/v1/logs`], name);
    });
});
