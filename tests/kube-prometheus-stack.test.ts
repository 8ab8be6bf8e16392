import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import {
    GRAFANA_DASHBOARD_LABEL,
    KubePrometheusStack,
    type KubePrometheusStackArgs,
    LAB_MONITORING_SIZING,
    monitoringEndpoints,
    tempoDatasource,
    volumeTemplateValuePaths,
} from "../components/kube-prometheus-stack.ts";
import { at, Harness, isSecret, valueOf } from "./harness.ts";

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
    it("queries Tempo through Grafana's proxy at the given URL", () => {
        assert.deepEqual([datasource.name, datasource.type, datasource.access, datasource.url], ["Tempo", "tempo", "proxy", tempo.queryUrl]);
    });
    it("sets the provisioning keys Grafana's Tempo datasource documents, and only those", () => {
        // grafana/grafana docs/sources/datasources/tempo/configure-tempo-data-source/provision.md
        assert.deepEqual(datasource.jsonData, {
            search: { hide: false },
            nodeGraph: { enabled: true },
            serviceMap: { datasourceUid: "prometheus" },
            tracesToMetrics: { datasourceUid: "prometheus", spanStartTimeShift: "-5m", spanEndTimeShift: "5m", tags: [{ key: "service.name", value: "service" }] },
            traceQuery: { timeShiftEnabled: true, spanStartTimeShift: "-1h", spanEndTimeShift: "1h" },
            streamingEnabled: { search: true, metrics: true },
        });
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

describe("KubePrometheusStack volumes", () => {
    const replicatedGrafana = { ...LAB_MONITORING_SIZING, grafana: { ...LAB_MONITORING_SIZING.grafana, replicas: 2 } };
    it("keeps Prometheus' and Alertmanager's storage values as first applied: the operator would delete and recreate their StatefulSets", async () => {
        const reg = await build();
        assert.deepEqual(reg.ignoredChanges(reg.get(RELEASE, "mon-release")), ["values.prometheus.prometheusSpec.storageSpec", "values.alertmanager.alertmanagerSpec.storage"]);
    });
    it("keeps Grafana's volume size too when it runs as a StatefulSet, and leaves its one claim to Helm, which grows it in place", () => {
        assert.ok(volumeTemplateValuePaths(replicatedGrafana).includes("values.grafana.persistence.size"));
        assert.ok(!volumeTemplateValuePaths(LAB_MONITORING_SIZING).includes("values.grafana.persistence.size"));
    });
    it("keeps paths that exist in the values it sets", async () => {
        const values = await valuesOf({ sizing: replicatedGrafana });
        for (const path of volumeTemplateValuePaths(replicatedGrafana)) assert.notEqual(at({ values }, path), undefined, path);
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
    it("takes each dashboard from Istio's manifests/addons/dashboards, on the Prometheus datasource", async () => {
        const dashboards = at(await valuesOf({ includeZtunnelDashboard: true }), "grafana.dashboards.istio") as Record<string, { url: string; datasource: string }>;
        const base = "https://raw.githubusercontent.com/istio/istio/1.30.3/manifests/addons/dashboards";
        assert.deepEqual(dashboards, {
            "istio-mesh": { url: `${base}/istio-mesh-dashboard.gen.json`, datasource: "Prometheus" },
            "istio-service": { url: `${base}/istio-service-dashboard.json`, datasource: "Prometheus" },
            "istio-workload": { url: `${base}/istio-workload-dashboard.json`, datasource: "Prometheus" },
            "istio-performance": { url: `${base}/istio-performance-dashboard.json`, datasource: "Prometheus" },
            "istio-control-plane": { url: `${base}/pilot-dashboard.gen.json`, datasource: "Prometheus" },
            "istio-ztunnel": { url: `${base}/ztunnel-dashboard.gen.json`, datasource: "Prometheus" },
        });
    });
    it("provides the dashboards from the folder the chart mounts them in: /var/lib/grafana/dashboards/<provider>", async () => {
        // the grafana subchart's values.yaml: "`path` must be /var/lib/grafana/dashboards/<provider_name>"
        const grafana = at(await valuesOf(), "grafana") as { dashboardProviders: Record<string, { apiVersion: number; providers: Record<string, unknown>[] }>; dashboards: object };
        const file = grafana.dashboardProviders["dashboardproviders.yaml"];
        assert.equal(file.apiVersion, 1);
        assert.deepEqual(file.providers.map((p) => p.name), Object.keys(grafana.dashboards));
        assert.deepEqual(file.providers[0], { name: "istio", orgId: 1, folder: "Istio", type: "file", disableDeletion: false, editable: true, options: { path: "/var/lib/grafana/dashboards/istio" } });
    });
    it("adds the ztunnel dashboard when asked", async () => {
        assert.ok(Object.keys(at(await valuesOf({ includeZtunnelDashboard: true }), "grafana.dashboards.istio") as object).includes("istio-ztunnel"));
    });
    it("takes Grafana's admin from the Secret and keys that hold the user and the generated password", async () => {
        const reg = await build();
        const admin = at(reg.get(RELEASE, "mon-release").inputs, "values.grafana.admin") as Record<string, string>;
        const secret = reg.get("kubernetes:core/v1:Secret", "mon-grafana-admin");
        assert.deepEqual([at(secret.inputs, "metadata.name"), at(secret.inputs, "metadata.namespace")], [admin.existingSecret, "monitoring"]);
        // the mocks return mock-<name> as every random result
        assert.deepEqual(reg.secretAt(secret, "stringData"), { [admin.userKey]: "admin", [admin.passwordKey]: "mock-mon-grafana-admin-password" });
    });
    it("names the admin Secret grafana-admin, with the keys admin-user and admin-password", async () => {
        assert.deepEqual(at(await valuesOf(), "grafana.admin"), { existingSecret: "grafana-admin", userKey: "admin-user", passwordKey: "admin-password" });
    });
    it("generates a 24-character alphanumeric admin password", async () => {
        assert.deepEqual((await build()).get("random:index/randomPassword:RandomPassword", "mon-grafana-admin-password").inputs, { length: 24, special: false });
    });
    it("exports the admin password as a secret", async () => {
        const reg = await build();
        assert.equal(await isSecret(reg.result.grafanaAdminPassword), true);
        assert.equal(await valueOf(reg.result.grafanaAdminPassword), "mock-mon-grafana-admin-password");
    });
    it("scrapes istiod's Service, by its istio: pilot label, on http-monitoring every 15 s", async () => {
        const serviceMonitor = (await build()).get("kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "mon-istiod");
        assert.deepEqual(at(serviceMonitor.inputs, "spec"), {
            endpoints: [{ interval: "15s", port: "http-monitoring" }],
            jobLabel: "istio",
            namespaceSelector: { matchNames: ["istio-system"] },
            selector: { matchExpressions: [{ key: "istio", operator: "In", values: ["pilot"] }] },
            targetLabels: ["app"],
        });
    });
    it("selects the pods of every namespace but those that opt out with istio-prometheus-ignore", async () => {
        const podMonitor = (await build()).get("kubernetes:monitoring.coreos.com/v1:PodMonitor", "mon-istio-proxies");
        assert.deepEqual(at(podMonitor.inputs, "spec.namespaceSelector"), { any: true });
        assert.deepEqual(at(podMonitor.inputs, "spec.selector"), { matchExpressions: [{ key: "istio-prometheus-ignore", operator: "DoesNotExist" }] });
        assert.deepEqual([at(podMonitor.inputs, "spec.jobLabel"), at(podMonitor.inputs, "spec.podMetricsEndpoints.0.path"), at(podMonitor.inputs, "spec.podMetricsEndpoints.0.interval")], ["envoy-stats", "/stats/prometheus", "15s"]);
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
    it("registers its endpoints and the admin password, as a secret, as the component's outputs", async () => {
        const reg = await build();
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:KubePrometheusStack", "mon")), { endpoints: monitoringEndpoints(), grafanaAdminPassword: "[secret]" });
    });
    it("merges raw values last", async () => {
        assert.equal(at(await valuesOf({ values: { grafana: { adminUser: "root" } } }), "grafana.adminUser"), "root");
    });
});

/** One `relabelings` rule of a monitor (Prometheus' relabel_config). */
interface RelabelRule {
    readonly action?: string;
    readonly sourceLabels?: string[];
    readonly regex?: string;
    readonly replacement?: string;
    readonly targetLabel?: string;
}

/**
 * Prometheus' relabelling of one target's labels, for the actions the monitors use: source labels joined by ";", the
 * regex anchored and "(.*)" by default, replacement "$1" by default. Undefined when the target is dropped.
 */
function relabel(labels: Record<string, string>, rules: readonly RelabelRule[]): Record<string, string> | undefined {
    let current = { ...labels };
    for (const rule of rules) {
        const regex = new RegExp(`^(?:${rule.regex ?? "(.*)"})$`);
        const value = (rule.sourceLabels ?? []).map((label) => current[label] ?? "").join(";");
        switch (rule.action ?? "replace") {
            case "keep":
                if (!regex.test(value)) return undefined;
                break;
            case "replace": {
                // Prometheus refuses a configuration whose replace rule has no target_label
                assert.ok(rule.targetLabel, `a replace rule without targetLabel: ${JSON.stringify(rule)}`);
                const match = regex.exec(value);
                if (match) current[rule.targetLabel] = (rule.replacement ?? "$1").replace(/\$(\d+)/g, (_, n: string) => match[Number(n)] ?? "");
                break;
            }
            case "labeldrop":
                current = Object.fromEntries(Object.entries(current).filter(([name]) => !regex.test(name)));
                break;
            default:
                assert.fail(`relabel action ${rule.action} is not modelled here`);
        }
    }
    return current;
}

describe("the proxies' PodMonitor relabelling", () => {
    let rules: RelabelRule[];
    before(async () => {
        const podMonitor = (await build()).get("kubernetes:monitoring.coreos.com/v1:PodMonitor", "mon-istio-proxies");
        rules = at(podMonitor.inputs, "spec.podMetricsEndpoints.0.relabelings") as RelabelRule[];
    });
    /** A target Prometheus discovers for a pod's container (kubernetes_sd, role pod). */
    const target = (ip: string, overrides: Record<string, string> = {}) => ({
        __address__: ip.includes(":") ? `[${ip}]:15090` : `${ip}:15090`,
        __meta_kubernetes_namespace: "shop",
        __meta_kubernetes_pod_name: "cart-7d9f",
        __meta_kubernetes_pod_ip: ip,
        __meta_kubernetes_pod_container_name: "istio-proxy",
        __meta_kubernetes_pod_annotationpresent_prometheus_io_scrape: "true",
        __meta_kubernetes_pod_annotation_prometheus_io_port: "15020",
        __meta_kubernetes_pod_label_app: "cart",
        ...overrides,
    });

    it("scrapes an IPv4 pod on the port its prometheus.io/port annotation names (the agent's merged 15020)", () => {
        assert.equal(relabel(target("10.244.1.7"), rules)?.__address__, "10.244.1.7:15020");
    });
    it("scrapes an IPv6 pod at its bracketed address", () => {
        assert.equal(relabel(target("fd00:10:244::1:7"), rules)?.__address__, "[fd00:10:244::1:7]:15020");
    });
    it("scrapes only the istio-proxy container (sidecars, gateways, waypoints and ztunnel all name it so)", () => {
        assert.equal(relabel(target("10.244.1.7", { __meta_kubernetes_pod_container_name: "cart" }), rules), undefined);
    });
    it("labels the series with namespace and pod and drops the pod's own labels", () => {
        const labels = relabel(target("10.244.1.7"), rules) as Record<string, string>;
        assert.deepEqual([labels.namespace, labels.pod], ["shop", "cart-7d9f"]);
        assert.deepEqual(Object.keys(labels).filter((name) => name.startsWith("__meta_kubernetes_pod_label_")), []);
    });
});
