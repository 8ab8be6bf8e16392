import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { GRAFANA_DASHBOARD_LABEL, KubePrometheusStack, type KubePrometheusStackArgs, monitoringEndpoints, tempoDatasource } from "../components/kube-prometheus-stack.ts";
import { at, Harness, isSecret } from "./harness.ts";

const RELEASE = "kubernetes:helm.sh/v3:Release";
const tempo = { queryUrl: "http://tempo.tempo.svc.cluster.local:3200", streamOverHttp: true, exemplarTraceIdLabel: "traceID" };

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<KubePrometheusStackArgs> = {}) =>
    harness.run(() => new KubePrometheusStack("mon", { provider: new k8s.Provider("k8s", {}), tempo, istioNamespace: "istio-system", ...args }));
const valuesOf = async (args: Partial<KubePrometheusStackArgs> = {}) => (await build(args)).get(RELEASE, "mon-release").inputs.values;

describe("monitoring endpoints", () => {
    it("follow the chart's <release>-prometheus and <release>-grafana names", () => {
        assert.deepEqual(monitoringEndpoints(), {
            namespace: "monitoring",
            prometheusUrl: "http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090",
            remoteWriteUrl: "http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090/api/v1/write",
            otlpUrl: "http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090/api/v1/otlp",
            grafanaService: "kube-prometheus-stack-grafana",
            grafanaPort: 80,
            grafanaUrl: "http://kube-prometheus-stack-grafana.monitoring.svc.cluster.local:80",
        });
    });
});

describe("Tempo datasource", () => {
    const datasource = tempoDatasource(tempo);
    it("has the fixed uid tempo", () => assert.equal(datasource.uid, "tempo"));
    it("binds the service map and traces-to-metrics to Prometheus", () => {
        assert.equal(at(datasource, "jsonData.serviceMap.datasourceUid"), "prometheus");
        assert.equal(at(datasource, "jsonData.tracesToMetrics.datasourceUid"), "prometheus");
    });
    it("turns the node graph and TraceQL search on", () => {
        assert.equal(at(datasource, "jsonData.nodeGraph.enabled"), true);
        assert.equal(at(datasource, "jsonData.search.hide"), false);
    });
    it("streams search and metrics queries when Tempo streams over HTTP", () => {
        assert.deepEqual(at(datasource, "jsonData.streamingEnabled"), { search: true, metrics: true });
    });
    it("does not stream against a Tempo that does not", () => {
        assert.deepEqual(at(tempoDatasource({ ...tempo, streamOverHttp: false }), "jsonData.streamingEnabled"), { search: false, metrics: false });
    });
});

describe("datasources with a log store", () => {
    const logs = { queryUrl: "http://loki.loki.svc.cluster.local:3100", otlpUrl: "http://loki.loki.svc.cluster.local:3100/otlp" };
    const datasources = async (args: Partial<KubePrometheusStackArgs>) => at(await valuesOf(args), "grafana.additionalDataSources") as Record<string, unknown>[];
    it("add a Loki datasource linked to the Tempo datasource, and traces-to-logs to Tempo's", async () => {
        const [tempoDs, lokiDs] = await datasources({ logs });
        assert.deepEqual([tempoDs.type, lokiDs.type, lokiDs.url], ["tempo", "loki", logs.queryUrl]);
        assert.equal(at(lokiDs, "jsonData.derivedFields.0.datasourceUid"), tempoDs.uid);
        assert.equal(at(tempoDs, "jsonData.tracesToLogsV2.datasourceUid"), lokiDs.uid);
    });
    it("are Tempo's alone without one", async () => {
        const all = await datasources({});
        assert.deepEqual(all.map((d) => d.type), ["tempo"]);
        assert.equal(at(all[0], "jsonData.tracesToLogsV2"), undefined);
    });
});

describe("KubePrometheusStack", () => {
    it("installs the pinned chart as a Helm release (its webhook certificates are hook Jobs)", async () => {
        const release = (await build()).get(RELEASE, "mon-release");
        assert.deepEqual([release.inputs.chart, release.inputs.version, at(release.inputs, "repositoryOpts.repo"), release.inputs.name], ["kube-prometheus-stack", "88.5.3", "https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack"]);
    });
    it("turns the remote-write receiver and exemplar storage on", async () => {
        const spec = at(await valuesOf(), "prometheus.prometheusSpec") as Record<string, unknown>;
        assert.equal(spec.enableRemoteWriteReceiver, true);
        assert.deepEqual(spec.enableFeatures, ["exemplar-storage"]);
    });
    it("turns the OTLP receiver on for the collector's metrics", async () => {
        assert.equal(at(await valuesOf(), "prometheus.prometheusSpec.enableOTLPReceiver"), true);
    });
    it("keeps 10 days of metrics unless told otherwise", async () => {
        assert.equal(at(await valuesOf(), "prometheus.prometheusSpec.retention"), "10d");
        assert.equal(at(await valuesOf({ retention: "30d" }), "prometheus.prometheusSpec.retention"), "30d");
    });
    it("provisions the Tempo datasource", async () => {
        assert.deepEqual(at(await valuesOf(), "grafana.additionalDataSources"), [tempoDatasource(tempo)]);
    });
    it("links exemplars to Tempo by the label Tempo writes the trace id under", async () => {
        assert.deepEqual(at(await valuesOf({ tempo: { ...tempo, exemplarTraceIdLabel: "tid" } }), "grafana.sidecar.datasources.exemplarTraceIdDestinations"), {
            datasourceUid: "tempo",
            traceIdLabelName: "tid",
            urlDisplayLabel: "View trace",
        });
    });
    it("names the Prometheus datasource by the uid the Tempo datasource links to", async () => {
        const values = await valuesOf();
        assert.equal(at(values, "grafana.sidecar.datasources.uid"), at(values, "grafana.additionalDataSources.0.jsonData.serviceMap.datasourceUid"));
    });
    it("loads Istio's dashboards of the pinned release", async () => {
        const dashboards = at(await valuesOf(), "grafana.dashboards.istio") as Record<string, { url: string }>;
        assert.deepEqual(Object.keys(dashboards).sort(), ["istio-control-plane", "istio-mesh", "istio-performance", "istio-service", "istio-workload"]);
        assert.match(dashboards["istio-mesh"].url, /^https:\/\/raw\.githubusercontent\.com\/istio\/istio\/1\.30\.3\//);
    });
    it("loads other components' dashboards from ConfigMaps labelled grafana_dashboard=1 (the chart's default, set explicitly)", async () => {
        assert.deepEqual(at(await valuesOf(), "grafana.sidecar.dashboards"), { label: GRAFANA_DASHBOARD_LABEL.name, labelValue: GRAFANA_DASHBOARD_LABEL.value });
        assert.deepEqual(GRAFANA_DASHBOARD_LABEL, { name: "grafana_dashboard", value: "1" });
    });
    it("adds the ztunnel dashboard when asked", async () => {
        assert.ok(Object.keys(at(await valuesOf({ includeZtunnelDashboard: true }), "grafana.dashboards.istio") as object).includes("istio-ztunnel"));
    });
    it("takes Grafana's admin from a Secret holding a generated password", async () => {
        const reg = await build();
        assert.deepEqual(at(reg.get(RELEASE, "mon-release").inputs, "values.grafana.admin"), { existingSecret: "grafana-admin", userKey: "admin-user", passwordKey: "admin-password" });
        assert.equal(reg.get("kubernetes:core/v1:Secret", "mon-grafana-admin").inputs.stringData, "[secret]");
        assert.equal(await isSecret(reg.result.grafanaAdminPassword), true);
    });
    it("scrapes every proxy and ztunnel on 15020 and istiod on http-monitoring", async () => {
        const reg = await build();
        const podMonitor = reg.get("kubernetes:monitoring.coreos.com/v1:PodMonitor", "mon-istio-proxies");
        assert.equal(at(podMonitor.inputs, "spec.podMetricsEndpoints.0.path"), "/stats/prometheus");
        const serviceMonitor = reg.get("kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "mon-istiod");
        assert.deepEqual(at(serviceMonitor.inputs, "spec.endpoints"), [{ port: "http-monitoring", interval: "15s" }]);
        assert.deepEqual(at(serviceMonitor.inputs, "spec.namespaceSelector"), { matchNames: ["istio-system"] });
    });
    it("labels the monitors so the chart's Prometheus selects them", async () => {
        const reg = await build();
        for (const type of ["kubernetes:monitoring.coreos.com/v1:PodMonitor", "kubernetes:monitoring.coreos.com/v1:ServiceMonitor"]) {
            assert.deepEqual(at(reg.ofType(type)[0].inputs, "metadata.labels"), { release: "kube-prometheus-stack" });
        }
    });
    it("creates the monitors after the release that brings their CRDs", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get("kubernetes:monitoring.coreos.com/v1:PodMonitor", "mon-istio-proxies")), ["kubernetes:helm.sh/v3:Release::mon-release"]);
    });
    it("merges raw values last", async () => {
        assert.equal(at(await valuesOf({ values: { grafana: { adminUser: "root" } } }), "grafana.adminUser"), "root");
    });
});
