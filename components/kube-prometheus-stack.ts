import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { createCustomResource, PodMonitor, ServiceMonitor } from "../crds/index.ts";
import { type ChartRef, dataNamespace, helmRelease, mergeValues, type Values } from "./helm.ts";
import { ISTIO_VERSION } from "./istio/version.ts";
import { lokiDatasource, withTracesToLogs } from "./log-datasources.ts";
import type { LogStoreApi } from "./loki.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ComponentSizing, isReplicated, parseQuantity, PROFILES, resourceRequirements, type Sizing, spreadOverNodes } from "./sizing.ts";

export const KUBE_PROMETHEUS_STACK_CHART: ChartRef = {
    chart: "kube-prometheus-stack",
    version: "88.5.3",
    repo: "https://prometheus-community.github.io/helm-charts",
};

export const MONITORING_NAMESPACE = PLATFORM_NAMESPACES.monitoring;
/** Also the `release` label the chart's Prometheus selects monitors by. */
const RELEASE = "kube-prometheus-stack";
/** The labels this Prometheus selects ServiceMonitors, PodMonitors and PrometheusRules by (`*SelectorNilUsesHelmValues`). */
export const PROMETHEUS_SELECTOR_LABELS: Readonly<Record<string, string>> = { release: RELEASE };
/** The label Grafana's dashboard sidecar loads dashboard ConfigMaps by (the chart's default, set explicitly). */
export const GRAFANA_DASHBOARD_LABEL = { name: "grafana_dashboard", value: "1" } as const;
/** uid of the chart's provisioned Prometheus datasource. */
export const PROMETHEUS_DATASOURCE_UID = "prometheus";
/** The busybox the CRD upgrade Job unpacks the CRDs with; the chart defaults to `latest`. */
const CRD_UPGRADE_BUSYBOX = "1.37.0";

/** Grafana's administrator (the chart's admin Secret keys hold this user and a generated password). */
export const GRAFANA_ADMIN_USER = "admin";
/** Fixed uid of the Tempo datasource: Kiali and exemplar links address it by uid. */
export const TEMPO_DATASOURCE_UID = "tempo";
/** The Secret holding Grafana's admin credentials (the chart's `grafana.admin.existingSecret`). */
export const GRAFANA_ADMIN_SECRET = "grafana-admin";
/** Its keys (the chart's `grafana.admin.userKey`, `passwordKey`). */
export const GRAFANA_ADMIN_SECRET_KEYS = { user: "admin-user", password: "admin-password" } as const;
export const DEFAULT_PROMETHEUS_RETENTION = "10d";

export interface MonitoringEndpoints {
    readonly namespace: string;
    readonly prometheusUrl: string;
    /** Prometheus' remote-write receiver (Tempo's metrics-generator writes here). */
    readonly remoteWriteUrl: string;
    /** Prometheus' OTLP receiver (the collector sends agents' metrics here; the exporter appends `/v1/metrics`). */
    readonly otlpUrl: string;
    readonly grafanaService: string;
    readonly grafanaPort: number;
    readonly grafanaUrl: string;
}

/** Prometheus' Service as the chart names it (`<release>-prometheus`, port 9090). */
export const PROMETHEUS_SERVICE = { name: `${RELEASE}-prometheus`, port: 9090 } as const;

/** Service names follow the chart: `<release>-prometheus:9090`, `<release>-grafana:80`. */
export function monitoringEndpoints(namespace = MONITORING_NAMESPACE): MonitoringEndpoints {
    const prometheusUrl = `http://${PROMETHEUS_SERVICE.name}.${namespace}.svc.cluster.local:${PROMETHEUS_SERVICE.port}`;
    const grafanaService = `${RELEASE}-grafana`;
    const grafanaPort = 80;
    return {
        namespace,
        prometheusUrl,
        remoteWriteUrl: `${prometheusUrl}/api/v1/write`,
        otlpUrl: `${prometheusUrl}/api/v1/otlp`,
        grafanaService,
        grafanaPort,
        grafanaUrl: `http://${grafanaService}.${namespace}.svc.cluster.local:${grafanaPort}`,
    };
}

/** What Grafana needs to know of Tempo's query side (from tempoEndpoints()). */
export interface TempoQueryApi {
    readonly queryUrl: string;
    /** Tempo streams TraceQL results over its HTTP port. */
    readonly streamOverHttp: boolean;
    /** The exemplar label carrying the trace id on the metrics-generator's series. */
    readonly exemplarTraceIdLabel: string;
}

/** The Grafana datasource for Tempo: TraceQL search, service map and node graph from the generator's metrics. */
export function tempoDatasource(tempo: TempoQueryApi): Record<string, unknown> {
    return {
        name: "Tempo",
        type: "tempo",
        uid: TEMPO_DATASOURCE_UID,
        access: "proxy",
        url: tempo.queryUrl,
        jsonData: {
            search: { hide: false },
            nodeGraph: { enabled: true },
            serviceMap: { datasourceUid: PROMETHEUS_DATASOURCE_UID },
            tracesToMetrics: {
                datasourceUid: PROMETHEUS_DATASOURCE_UID,
                spanStartTimeShift: "-5m",
                spanEndTimeShift: "5m",
                tags: [{ key: "service.name", value: "service" }],
            },
            traceQuery: { timeShiftEnabled: true, spanStartTimeShift: "-1h", spanEndTimeShift: "1h" },
            // streaming only where Tempo streams: against a Tempo that does not, Grafana's search fails
            streamingEnabled: { search: tempo.streamOverHttp, metrics: tempo.streamOverHttp },
        },
    };
}

/** Istio's own dashboards, pinned to the Istio release. */
export function istioDashboards(includeZtunnel: boolean): Record<string, { url: string; datasource: string }> {
    const files: Record<string, string> = {
        "istio-mesh": "istio-mesh-dashboard.gen.json",
        "istio-service": "istio-service-dashboard.json",
        "istio-workload": "istio-workload-dashboard.json",
        "istio-performance": "istio-performance-dashboard.json",
        "istio-control-plane": "pilot-dashboard.gen.json",
        ...(includeZtunnel ? { "istio-ztunnel": "ztunnel-dashboard.gen.json" } : {}),
    };
    const base = `https://raw.githubusercontent.com/istio/istio/${ISTIO_VERSION}/manifests/addons/dashboards`;
    return Object.fromEntries(Object.entries(files).map(([name, file]) => [name, { url: `${base}/${file}`, datasource: "Prometheus" }]));
}

/** Sizes of the workloads the chart deploys. */
export interface MonitoringSizing {
    readonly prometheus: ComponentSizing;
    readonly alertmanager: ComponentSizing;
    readonly grafana: ComponentSizing;
    readonly prometheusOperator: ComponentSizing;
    readonly kubeStateMetrics: ComponentSizing;
    readonly nodeExporter: ComponentSizing;
}

/** The chart's share of the platform's sizing. */
export function monitoringSizingOf(sizing: Sizing): MonitoringSizing {
    return {
        prometheus: sizing.prometheus,
        alertmanager: sizing.alertmanager,
        grafana: sizing.grafana,
        prometheusOperator: sizing.prometheusOperator,
        kubeStateMetrics: sizing.kubeStateMetrics,
        nodeExporter: sizing.nodeExporter,
    };
}

export const LAB_MONITORING_SIZING: MonitoringSizing = monitoringSizingOf(PROFILES.lab);

/** Config reloaders and Grafana's dashboard/datasource sidecars: helpers with small fixed requests. */
const HELPER_RESOURCES = { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "128Mi" } };

const volumeClaim = (size: string) => ({ volumeClaimTemplate: { spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: size } } } } });

/** Prometheus stops at 85 % of its volume (`retentionSize`), before the disk fills up, whatever the retention says. */
export function retentionSize(volume: string): string {
    return `${Math.floor(((parseQuantity(volume) ?? 0) * 0.85) / 2 ** 20)}MB`;
}

/**
 * Every workload's requests and replicas; volumes for Prometheus, Alertmanager and Grafana. Replicated Alertmanager
 * and Grafana get a PodDisruptionBudget and are spread over nodes; Grafana then runs as a StatefulSet (one volume per
 * replica: provisioned dashboards and datasources are the same on each; what users save in the UI stays on one
 * replica unless `grafana."grafana.ini".database` points at a shared SQL database).
 */
export function monitoringSizingValues(sizing: MonitoringSizing): Values {
    const { prometheus, alertmanager, grafana } = sizing;
    return {
        prometheus: {
            prometheusSpec: {
                replicas: prometheus.replicas,
                resources: resourceRequirements(prometheus),
                ...(prometheus.storage ? { storageSpec: volumeClaim(prometheus.storage), retentionSize: retentionSize(prometheus.storage) } : {}),
            },
        },
        alertmanager: {
            alertmanagerSpec: {
                replicas: alertmanager.replicas,
                resources: resourceRequirements(alertmanager),
                ...(alertmanager.storage ? { storage: volumeClaim(alertmanager.storage) } : {}),
            },
            ...(isReplicated(alertmanager) ? { podDisruptionBudget: { enabled: true, minAvailable: 1 } } : {}),
        },
        grafana: {
            replicas: grafana.replicas,
            resources: resourceRequirements(grafana),
            ...(grafana.storage ? { persistence: { enabled: true, type: isReplicated(grafana) ? "statefulset" : "pvc", size: grafana.storage } } : {}),
            ...(isReplicated(grafana)
                ? {
                      podDisruptionBudget: { minAvailable: 1 },
                      topologySpreadConstraints: spreadOverNodes({ "app.kubernetes.io/name": "grafana", "app.kubernetes.io/instance": RELEASE }),
                  }
                : {}),
            sidecar: { resources: HELPER_RESOURCES },
            // init containers: the volume's ownership and the Istio dashboards' download
            initChownData: { resources: HELPER_RESOURCES },
            downloadDashboards: { resources: HELPER_RESOURCES },
        },
        prometheusOperator: {
            resources: resourceRequirements(sizing.prometheusOperator),
            prometheusConfigReloader: { resources: HELPER_RESOURCES },
            // the hook Jobs that create and inject the operator webhook's certificate
            admissionWebhooks: { patch: { resources: HELPER_RESOURCES } },
        },
        "kube-state-metrics": { resources: resourceRequirements(sizing.kubeStateMetrics) },
        "prometheus-node-exporter": { resources: resourceRequirements(sizing.nodeExporter) },
    };
}

/**
 * The release's values behind a StatefulSet's volume template: Prometheus' and Alertmanager's storage (the operator
 * deletes a StatefulSet whose template changed, pods first, and creates it again: prometheus-operator v0.93.0
 * pkg/k8s/statefulset.go `ForceUpdateStatefulSet`, DeletePropagationForeground; the claims keep their size,
 * Documentation/platform/storage.md "Resizing volumes"), and Grafana's when it runs as a StatefulSet (Helm's upgrade
 * would fail on the immutable field). `pulumi up` keeps them as first applied (`ignoreChanges`); sizes change by the
 * docs/upgrades.md "Volume sizes" procedure. Grafana's single claim (`persistence.type: pvc`) is Helm's own object: Helm grows it in place
 * where the storage class allows it, and fails the upgrade (rolled back) where not.
 */
export function volumeTemplateValuePaths(sizing: MonitoringSizing): string[] {
    return [
        "values.prometheus.prometheusSpec.storageSpec",
        "values.alertmanager.alertmanagerSpec.storage",
        ...(sizing.grafana.storage && isReplicated(sizing.grafana) ? ["values.grafana.persistence.size"] : []),
    ];
}

export interface MonitoringValuesArgs {
    readonly tempo: TempoQueryApi;
    readonly grafanaAdminSecret: pulumi.Input<string>;
    readonly retention: string;
    readonly includeZtunnelDashboard: boolean;
    /** How the OTLP receiver names metrics, set where a sender relies on the resulting names. @default - Prometheus' own */
    readonly otlpTranslationStrategy?: string;
    /** The log store: a Loki datasource linked to Tempo both ways. @default - none */
    readonly logs?: LogStoreApi;
}

export function kubePrometheusStackValues(args: MonitoringValuesArgs): Values {
    return {
        // Helm never upgrades a chart's crds/ folder: the chart's own upgrade Job (a pre-install/pre-upgrade hook,
        // which our Release runs) applies the chart's CRDs server-side, so they follow every chart bump
        crds: { upgradeJob: { enabled: true, image: { busybox: { tag: CRD_UPGRADE_BUSYBOX } }, resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "256Mi" } } } },
        prometheus: {
            prometheusSpec: {
                // Tempo's metrics-generator remote-writes service-graph and span metrics, with exemplars
                enableRemoteWriteReceiver: true,
                enableFeatures: ["exemplar-storage"],
                // the collector sends auto-instrumented applications' metrics over OTLP
                enableOTLPReceiver: true,
                ...(args.otlpTranslationStrategy ? { otlp: { translationStrategy: args.otlpTranslationStrategy } } : {}),
                retention: args.retention,
            },
        },
        grafana: {
            admin: { existingSecret: args.grafanaAdminSecret, userKey: GRAFANA_ADMIN_SECRET_KEYS.user, passwordKey: GRAFANA_ADMIN_SECRET_KEYS.password },
            // no anonymous viewers: everyone (Kiali included) signs in
            "grafana.ini": { "auth.anonymous": { enabled: false } },
            additionalDataSources: args.logs ? [withTracesToLogs(tempoDatasource(args.tempo)), lokiDatasource(args.logs, TEMPO_DATASOURCE_UID)] : [tempoDatasource(args.tempo)],
            sidecar: {
                datasources: {
                    // the uid the Tempo datasource's service map and metrics links name (the chart's default, set explicitly)
                    uid: PROMETHEUS_DATASOURCE_UID,
                    // an exemplar's trace id, in the label Tempo writes it under, opens the trace in the Tempo datasource
                    exemplarTraceIdDestinations: { datasourceUid: TEMPO_DATASOURCE_UID, traceIdLabelName: args.tempo.exemplarTraceIdLabel, urlDisplayLabel: "View trace" },
                },
                // other components' dashboards are ConfigMaps with this label (the trace pipeline's)
                dashboards: { label: GRAFANA_DASHBOARD_LABEL.name, labelValue: GRAFANA_DASHBOARD_LABEL.value },
            },
            dashboardProviders: {
                "dashboardproviders.yaml": {
                    apiVersion: 1,
                    providers: [{ name: "istio", orgId: 1, folder: "Istio", type: "file", disableDeletion: false, editable: true, options: { path: "/var/lib/grafana/dashboards/istio" } }],
                },
            },
            dashboards: { istio: istioDashboards(args.includeZtunnelDashboard) },
        },
    };
}

/** Where browsers reach Grafana and, when it is published, Prometheus on host names (ui/). */
export interface MonitoringPublicUrls {
    readonly grafana: string;
    /** @default - not published: Prometheus keeps its own URL */
    readonly prometheus?: string;
}

/**
 * Grafana's `root_url` (redirects, links in alerts and shared dashboards; `domain` with it) and Prometheus'
 * `--web.external-url` (its links and Alertmanager's "source" links) follow the public host names.
 */
export function publicUrlValues(urls: MonitoringPublicUrls | undefined): Values {
    if (!urls) return {};
    return {
        grafana: { "grafana.ini": { server: { root_url: `${urls.grafana.replace(/\/$/, "")}/`, domain: new URL(urls.grafana).hostname } } },
        ...(urls.prometheus !== undefined ? { prometheus: { prometheusSpec: { externalUrl: urls.prometheus } } } : {}),
    };
}

export interface KubePrometheusStackArgs {
    readonly provider: k8s.Provider;
    readonly tempo: TempoQueryApi;
    /** Namespace of istiod, whose Service the control-plane monitor scrapes. */
    readonly istioNamespace: string;
    /** Add the ztunnel dashboard (ambient mode). @default false */
    readonly includeZtunnelDashboard?: boolean;
    /** Prometheus retention. @default DEFAULT_PROMETHEUS_RETENTION ("10d") */
    readonly retention?: string;
    /**
     * The OTLP receiver's metric and label naming (Prometheus `otlp.translation_strategy`), pinned when a sender's
     * series must come out under exact names (the collector's RED metrics). @default - Prometheus' default
     */
    readonly otlpTranslationStrategy?: string;
    /** The log store Grafana reads, linked to Tempo both ways. @default - none */
    readonly logs?: LogStoreApi;
    /** @default - the lab profile */
    readonly sizing?: MonitoringSizing;
    /** Public URLs of Grafana and Prometheus. @default - none (reached by port-forward) */
    readonly publicUrls?: MonitoringPublicUrls;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/**
 * Prometheus (remote-write receiver on), Grafana with the Tempo datasource and Istio dashboards, and the
 * monitors for istiod and every Envoy (sidecars, gateways, waypoints) and ztunnel. A Helm release, not a
 * rendered chart: the chart's admission-webhook certificates come from Helm hooks.
 */
export class KubePrometheusStack extends pulumi.ComponentResource {
    readonly endpoints: MonitoringEndpoints;
    /** Prometheus' and Grafana's namespace: other components' monitors, rules and dashboards go here. */
    readonly namespace: k8s.core.v1.Namespace;
    readonly release: k8s.helm.v3.Release;
    /** Grafana's `admin` password (a secret). */
    readonly grafanaAdminPassword: pulumi.Output<string>;

    constructor(name: string, args: KubePrometheusStackArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:KubePrometheusStack", name, {}, opts);
        this.endpoints = monitoringEndpoints();
        const childOpts = { parent: this, provider: args.provider };
        const namespace = dataNamespace(`${name}-namespace`, this.endpoints.namespace, childOpts);
        this.namespace = namespace;

        const password = new random.RandomPassword(`${name}-grafana-admin-password`, { length: 24, special: false }, { parent: this });
        this.grafanaAdminPassword = pulumi.secret(password.result);
        const adminSecret = new k8s.core.v1.Secret(
            `${name}-grafana-admin`,
            {
                metadata: { name: GRAFANA_ADMIN_SECRET, namespace: namespace.metadata.name },
                stringData: { [GRAFANA_ADMIN_SECRET_KEYS.user]: GRAFANA_ADMIN_USER, [GRAFANA_ADMIN_SECRET_KEYS.password]: this.grafanaAdminPassword },
            },
            childOpts,
        );

        this.release = helmRelease(
            `${name}-release`,
            {
                ref: KUBE_PROMETHEUS_STACK_CHART,
                release: RELEASE,
                namespace: namespace.metadata.name,
                values: mergeValues(
                    kubePrometheusStackValues({
                        tempo: args.tempo,
                        // through the Secret's output: Grafana starts only once its password exists
                        grafanaAdminSecret: adminSecret.metadata.name,
                        retention: args.retention ?? DEFAULT_PROMETHEUS_RETENTION,
                        includeZtunnelDashboard: args.includeZtunnelDashboard ?? false,
                        otlpTranslationStrategy: args.otlpTranslationStrategy,
                        logs: args.logs,
                    }),
                    monitoringSizingValues(args.sizing ?? LAB_MONITORING_SIZING),
                    publicUrlValues(args.publicUrls),
                    args.values,
                ),
            },
            { ...childOpts, ignoreChanges: volumeTemplateValuePaths(args.sizing ?? LAB_MONITORING_SIZING) },
        );

        // the monitors' CRDs come with the release
        const monitorOpts = { ...childOpts, dependsOn: [this.release] };
        createCustomResource(`${name}-istio-proxies`, istioProxyPodMonitor(this.endpoints.namespace), monitorOpts);
        createCustomResource(`${name}-istiod`, istiodServiceMonitor(this.endpoints.namespace, args.istioNamespace), monitorOpts);
        this.registerOutputs({ endpoints: this.endpoints, grafanaAdminPassword: this.grafanaAdminPassword });
    }
}

/** Every Envoy and ztunnel: merged Istio + application metrics on 15020 at `/stats/prometheus`. */
export function istioProxyPodMonitor(namespace: string): PodMonitor {
    return new PodMonitor({
        metadata: { name: "istio-proxies", namespace, labels: { release: RELEASE } },
        spec: {
            namespaceSelector: { any: true },
            selector: { matchExpressions: [{ key: "istio-prometheus-ignore", operator: "DoesNotExist" }] },
            jobLabel: "envoy-stats",
            podMetricsEndpoints: [
                {
                    path: "/stats/prometheus",
                    interval: "15s",
                    relabelings: [
                        { action: "keep", sourceLabels: ["__meta_kubernetes_pod_container_name"], regex: "istio-proxy" },
                        { action: "keep", sourceLabels: ["__meta_kubernetes_pod_annotationpresent_prometheus_io_scrape"] },
                        {
                            action: "replace",
                            sourceLabels: ["__meta_kubernetes_pod_annotation_prometheus_io_port", "__meta_kubernetes_pod_ip"],
                            regex: "(\\d+);(([A-Fa-f0-9]{1,4}::?){1,7}[A-Fa-f0-9]{1,4})",
                            replacement: "[$2]:$1",
                            targetLabel: "__address__",
                        },
                        {
                            action: "replace",
                            sourceLabels: ["__meta_kubernetes_pod_annotation_prometheus_io_port", "__meta_kubernetes_pod_ip"],
                            regex: "(\\d+);((([0-9]+?)(\\.|$)){4})",
                            replacement: "$2:$1",
                            targetLabel: "__address__",
                        },
                        { action: "labeldrop", regex: "__meta_kubernetes_pod_label_(.+)" },
                        { sourceLabels: ["__meta_kubernetes_namespace"], action: "replace", targetLabel: "namespace" },
                        { sourceLabels: ["__meta_kubernetes_pod_name"], action: "replace", targetLabel: "pod" },
                    ],
                },
            ],
        },
    });
}

/** istiod's own metrics (xDS pushes, config errors) on its `http-monitoring` port 15014. */
export function istiodServiceMonitor(namespace: string, istioNamespace: string): ServiceMonitor {
    return new ServiceMonitor({
        metadata: { name: "istiod", namespace, labels: { release: RELEASE } },
        spec: {
            namespaceSelector: { matchNames: [istioNamespace] },
            selector: { matchExpressions: [{ key: "istio", operator: "In", values: ["pilot"] }] },
            jobLabel: "istio",
            targetLabels: ["app"],
            endpoints: [{ port: "http-monitoring", interval: "15s" }],
        },
    });
}
