import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { serviceMonitorValues, Tempo, type TempoArgs, tempoEndpoints } from "../components/tempo.ts";
import { parseQuantity } from "../components/sizing.ts";
import type { TempoConfig } from "../stacks/config.ts";
import { at, Harness } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const SECRET = "kubernetes:core/v1:Secret";
const remoteWriteUrl = "http://prom.monitoring.svc.cluster.local:9090/api/v1/write";
const monolithic: TempoConfig = { mode: "monolithic", retention: "48h", storage: { backend: "local", insecure: false, serviceAccountAnnotations: {} } };
const distributed: TempoConfig = { mode: "distributed", retention: "720h", storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000", region: "eu-1", insecure: true, serviceAccountAnnotations: {} } };

const credentials = () => ({ accessKey: pulumi.secret("AK"), secretKey: pulumi.secret("SK") });

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<TempoArgs> = {}) =>
    harness.run(() => new Tempo("tempo", { provider: new k8s.Provider("k8s", {}), tempo: monolithic, remoteWriteUrl, ...args }));

describe("tempo endpoints", () => {
    it("reach the single binary", () => {
        assert.deepEqual(tempoEndpoints("monolithic"), {
            namespace: "tempo",
            ingestService: "tempo",
            otlpGrpcPort: 4317,
            otlpHttpPort: 4318,
            otlpGrpcAddress: "tempo.tempo.svc.cluster.local:4317",
            otlpGrpcMaxRecvMiB: 8,
            queryService: "tempo",
            queryUrl: "http://tempo.tempo.svc.cluster.local:3200",
            streamOverHttp: true,
            exemplarTraceIdLabel: "trace_id",
        });
    });
    it("reach every distributor through the chart's headless discovery Service, and the query-frontend, when distributed", () => {
        const endpoints = tempoEndpoints("distributed");
        // tempo-distributed 2.26.2 templates/distributor/service-distributor-discovery.yaml: <distributor>-discovery, clusterIP None
        assert.equal(endpoints.otlpGrpcAddress, "dns:///tempo-distributor-discovery.tempo.svc.cluster.local:4317");
        assert.equal(endpoints.queryUrl, "http://tempo-query-frontend.tempo.svc.cluster.local:3200");
    });
});

describe("Tempo monolithic", () => {
    it("installs the pinned grafana-community tempo chart", async () => {
        const chart = (await build()).get(CHART, "tempo-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name], ["tempo", "2.2.4", "https://grafana-community.github.io/helm-charts", "tempo"]);
    });
    it("keeps traces for the configured retention", async () => {
        assert.equal(at((await build()).get(CHART, "tempo-chart").inputs, "values.tempo.retention"), "48h");
    });
    it("stores blocks and the WAL locally, on a persistent volume (the chart mounts it at /var/tempo)", async () => {
        const values = (await build()).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual(at(values, "tempo.storage.trace"), { backend: "local", local: { path: "/var/tempo/traces" }, wal: { path: "/var/tempo/wal" } });
        assert.deepEqual(at(values, "persistence"), { enabled: true, size: "10Gi", enableStatefulSetAutoDeletePVC: false });
    });
    it("sends no usage reports", async () => {
        assert.equal(at((await build()).get(CHART, "tempo-chart").inputs, "values.tempo.reportingEnabled"), false);
        assert.equal(at((await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs, "values.reportingEnabled"), false);
    });
    it("runs the metrics-generator into Prometheus with service graphs and span metrics", async () => {
        const values = (await build()).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual([at(values, "tempo.metricsGenerator.enabled"), at(values, "tempo.metricsGenerator.storage")], [true, { remote_write: [{ url: remoteWriteUrl, send_exemplars: true }] }]);
        assert.deepEqual(at(values, "tempo.overrides.defaults.metrics_generator.processors"), ["service-graphs", "span-metrics", "local-blocks"]);
    });
    it("answers TraceQL metrics: local-blocks, flushed to the trace store for time ranges older than the generator holds", async () => {
        const values = (await build()).get(CHART, "tempo-chart").inputs.values;
        assert.ok((at(values, "tempo.overrides.defaults.metrics_generator.processors") as string[]).includes("local-blocks"));
        assert.deepEqual(at(values, "tempo.metricsGenerator.processor.local_blocks"), { flush_to_storage: true, filter_server_spans: true });
    });
    it("keeps the local blocks on its volume (the chart mounts it at /var/tempo; its default /tmp/traces is an emptyDir)", async () => {
        const values = (await build()).get(CHART, "tempo-chart").inputs.values;
        assert.match(String(at(values, "tempo.metricsGenerator.traces_storage.path")), /^\/var\/tempo\//);
        assert.equal(at(values, "persistence.enabled"), true);
    });
    it("runs the generator for TraceQL metrics alone when the collector counts the RED series", async () => {
        for (const tempo of [monolithic, distributed]) {
            const values = (await build({ tempo, redMetrics: false })).get(CHART, "tempo-chart").inputs.values;
            const prefix = tempo.mode === "distributed" ? "" : "tempo.";
            assert.equal(at(values, `${prefix}metricsGenerator.enabled`), true, tempo.mode);
            assert.deepEqual(at(values, `${prefix}overrides.defaults.metrics_generator.processors`), ["local-blocks"], tempo.mode);
        }
    });
    it("labels exemplars with the trace-id label its endpoints announce", async () => {
        const values = (await build()).get(CHART, "tempo-chart").inputs.values;
        assert.equal(at(values, "tempo.overrides.defaults.metrics_generator.trace_id_label_name"), "trace_id");
    });
    it("streams TraceQL over its HTTP port", async () => {
        assert.equal(at((await build()).get(CHART, "tempo-chart").inputs, "values.tempo.streamOverHttpEnabled"), true);
    });
    it("opens the OTLP receivers on the ports its endpoints announce", async () => {
        assert.deepEqual(at((await build()).get(CHART, "tempo-chart").inputs, "values.tempo.receivers.otlp.protocols"), {
            grpc: { endpoint: "0.0.0.0:4317", max_recv_msg_size_mib: 8 },
            http: { endpoint: "0.0.0.0:4318" },
        });
    });
    it("annotates its ServiceAccount for the bucket's cloud identity only when asked", async () => {
        const irsa = { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/tempo" };
        const s3: TempoConfig = { ...monolithic, storage: { backend: "s3", bucket: "traces", endpoint: "s3.amazonaws.com", insecure: false, serviceAccountAnnotations: irsa } };
        assert.deepEqual(at((await build({ tempo: s3 })).get(CHART, "tempo-chart").inputs, "values.serviceAccount"), { annotations: irsa });
        assert.equal(at((await build()).get(CHART, "tempo-chart").inputs, "values.serviceAccount"), undefined);
    });
    it("stores blocks in S3 when configured, without keys in the values", async () => {
        const s3: TempoConfig = { ...monolithic, storage: { backend: "s3", bucket: "traces", endpoint: "s3.amazonaws.com", insecure: false, serviceAccountAnnotations: {} } };
        const values = (await build({ tempo: s3 })).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual(at(values, "tempo.storage.trace"), { backend: "s3", s3: { bucket: "traces", endpoint: "s3.amazonaws.com", insecure: false } });
        assert.deepEqual(at(values, "tempo.extraEnvFrom"), []);
    });
    it("hands static S3 keys to the single binary's environment", async () => {
        const s3: TempoConfig = { ...monolithic, storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000", region: "eu-1", insecure: true, serviceAccountAnnotations: {} } };
        const reg = await build({ tempo: s3, objectStorageCredentials: credentials() });
        const values = reg.get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual(at(values, "tempo.storage.trace"), { backend: "s3", s3: { bucket: "traces", endpoint: "minio:9000", region: "eu-1", insecure: true } });
        assert.deepEqual(at(values, "tempo.extraEnvFrom"), [{ secretRef: { name: at(reg.get(SECRET, "tempo-s3-credentials").inputs, "metadata.name") } }]);
    });
    it("registers its endpoints as the component's outputs", async () => {
        const reg = await build();
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:Tempo", "tempo")), { endpoints: tempoEndpoints("monolithic") });
    });
    it("merges raw values last", async () => {
        assert.equal(at((await build({ values: { persistence: { size: "50Gi" } } })).get(CHART, "tempo-chart").inputs, "values.persistence.size"), "50Gi");
    });
});

describe("Tempo distributed", () => {
    it("installs tempo-distributed 2.x", async () => {
        const chart = (await build({ tempo: distributed })).get(CHART, "tempo-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version], ["tempo-distributed", "2.26.2"]);
    });
    it("turns the distributor's OTLP receivers on, taking the collector's requests and closing connections so clients find new distributors", async () => {
        assert.deepEqual(at((await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs, "values.traces.otlp"), {
            grpc: { enabled: true, receiverConfig: { max_recv_msg_size_mib: 8, keepalive: { server_parameters: { max_connection_age: "5m", max_connection_age_grace: "30s" } } } },
            http: { enabled: true },
        });
    });
    it("lets an ingester take a distributor's push of a whole request again (Tempo's 16 MiB, which the chart lowers to 4)", async () => {
        assert.equal(at((await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs, "values.server.grpc_server_max_recv_msg_size"), 16 * 2 ** 20);
    });
    it("keeps blocks in the bucket for the retention", async () => {
        const values = (await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual(at(values, "storage.trace"), { backend: "s3", s3: { bucket: "traces", endpoint: "minio:9000", region: "eu-1", insecure: true } });
        assert.equal(at(values, "compactor.config.compaction.block_retention"), "720h");
    });
    it("streams TraceQL over the query-frontend's HTTP port and labels exemplars trace_id", async () => {
        const values = (await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual([at(values, "streamOverHTTPEnabled"), at(values, "overrides.defaults.metrics_generator.trace_id_label_name")], [true, "trace_id"]);
    });
    it("annotates the ServiceAccount all components share for the bucket's identity", async () => {
        const gke = { "iam.gke.io/gcp-service-account": "tempo@project.iam.gserviceaccount.com" };
        const values = (await build({ tempo: { ...distributed, storage: { ...distributed.storage, serviceAccountAnnotations: gke } } })).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual(at(values, "serviceAccount"), { annotations: gke });
    });
    it("remote-writes generated metrics with exemplars", async () => {
        const values = (await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs.values;
        assert.equal(at(values, "metricsGenerator.enabled"), true);
        assert.deepEqual(at(values, "metricsGenerator.config.storage"), { remote_write: [{ url: remoteWriteUrl, send_exemplars: true }] });
        assert.deepEqual(at(values, "overrides.defaults.metrics_generator.processors"), ["service-graphs", "span-metrics", "local-blocks"]);
    });
    it("answers TraceQL metrics from local-blocks, flushed to the bucket", async () => {
        const values = (await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual(at(values, "metricsGenerator.config.processor.local_blocks"), { flush_to_storage: true, filter_server_spans: true });
    });
    it("gives each generator replica a volume for its local blocks: a StatefulSet (a Deployment gets an emptyDir)", async () => {
        const values = (await build({ tempo: distributed })).get(CHART, "tempo-chart").inputs.values;
        assert.deepEqual([at(values, "metricsGenerator.kind"), at(values, "metricsGenerator.persistence")], ["StatefulSet", { enabled: true, size: "5Gi" }]);
        // the chart's traces_storage (/var/tempo/traces) lies on that volume (mounted at /var/tempo): not overridden
        assert.equal(at(values, "metricsGenerator.config.traces_storage"), undefined);
    });
    it("keeps static S3 keys in a Secret, as the variables of minio-go's credential chain", async () => {
        const reg = await build({ tempo: distributed, objectStorageCredentials: credentials() });
        const secret = reg.get(SECRET, "tempo-s3-credentials");
        assert.deepEqual([at(secret.inputs, "metadata.name"), at(secret.inputs, "metadata.namespace")], ["tempo-s3-credentials", "tempo"]);
        assert.deepEqual(reg.secretAt(secret, "stringData"), { AWS_ACCESS_KEY_ID: "AK", AWS_SECRET_ACCESS_KEY: "SK" });
    });
    it("hands the keys' Secret to every component's environment, once it exists", async () => {
        const reg = await build({ tempo: distributed, objectStorageCredentials: credentials() });
        const secretName = at(reg.get(SECRET, "tempo-s3-credentials").inputs, "metadata.name");
        assert.deepEqual(at(reg.get(CHART, "tempo-chart").inputs, "values.global.extraEnvFrom"), [{ secretRef: { name: secretName } }]);
        assert.deepEqual(reg.dependenciesOf(reg.get(CHART, "tempo-chart")).sort(), ["kubernetes:core/v1:Namespace::tempo-namespace", `${SECRET}::tempo-s3-credentials`]);
    });
    it("creates no Secret without static keys", async () => {
        assert.equal((await build({ tempo: distributed })).ofType(SECRET).length, 0);
    });
});

describe("Tempo's ServiceMonitors", () => {
    const labels = { release: "kube-prometheus-stack" };
    const withMonitors = (tempo: TempoConfig) =>
        harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const crds = new k8s.core.v1.ConfigMap("crds-stand-in", { metadata: { name: "crds" } }, { provider });
            return new Tempo("tempo", { provider, tempo, remoteWriteUrl, serviceMonitors: { labels, crds } });
        });
    it("come from the single binary's chart, labelled for the Prometheus that selects them", () => {
        assert.deepEqual(serviceMonitorValues("monolithic", labels), { serviceMonitor: { enabled: true, additionalLabels: labels } });
    });
    it("come from tempo-distributed for every component, memcached through its exporter", () => {
        const values = serviceMonitorValues("distributed", labels);
        assert.deepEqual(at(values, "metaMonitoring.serviceMonitor"), { enabled: true, labels });
        assert.equal(at(values, "memcachedExporter.enabled"), true);
        assert.ok(at(values, "memcachedExporter.resources.requests.memory"), "the exporter sidecar has requests");
    });
    it("size memcached's exporter sidecar in Kubernetes quantities, its memory limit above its request", () => {
        // the API server rejects a pod whose quantities do not parse; the policy pack wants requests and a memory limit
        const resources = at(serviceMonitorValues("distributed", labels), "memcachedExporter.resources") as { requests: { cpu: string; memory: string }; limits: { memory: string } };
        const [cpu, memory, limit] = [resources.requests.cpu, resources.requests.memory, resources.limits.memory].map(parseQuantity);
        assert.ok(cpu !== undefined && cpu > 0 && memory !== undefined && memory > 0, JSON.stringify(resources));
        assert.ok(limit !== undefined && limit >= memory, JSON.stringify(resources));
    });
    it("reach the chart's values in both modes", async () => {
        for (const [tempo, path] of [[monolithic, "serviceMonitor.additionalLabels"], [distributed, "metaMonitoring.serviceMonitor.labels"]] as const) {
            assert.deepEqual(at((await withMonitors(tempo)).get(CHART, "tempo-chart").inputs.values, path), labels);
        }
    });
    it("make the chart wait for what installs their CRD", async () => {
        const reg = await withMonitors(monolithic);
        assert.deepEqual(reg.dependenciesOf(reg.get(CHART, "tempo-chart")).sort(), ["kubernetes:core/v1:ConfigMap::crds-stand-in", "kubernetes:core/v1:Namespace::tempo-namespace"]);
    });
    it("are not rendered, and add no wait, unless asked for", async () => {
        const chart = (await build()).get(CHART, "tempo-chart");
        assert.equal(at(chart.inputs.values, "serviceMonitor"), undefined);
        assert.equal(chart.dependencies.length, 1, "the namespace only");
    });
});
