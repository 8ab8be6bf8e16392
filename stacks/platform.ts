import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { CertManager } from "../components/cert-manager.ts";
import { collectorMonitoringJob } from "../components/collector-telemetry.ts";
import { Bookinfo, BOOKINFO_NAMESPACE } from "../components/demo/bookinfo.ts";
import { IngressNginx } from "../components/ingress-nginx.ts";
import { ISTIO_NAMESPACE, type IstioEndpoints, IstioMesh, type MeshNamespace, WAYPOINT_NAME } from "../components/istio/index.ts";
import { waypointSpansUseServiceName } from "../components/istio/version.ts";
import { GrafanaViewer } from "../components/grafana-viewer.ts";
import { Kiali, kialiEndpoints, KIALI_GRAFANA_LOGIN, type KialiLinks, KIALI_PORT, KIALI_SERVICE } from "../components/kiali.ts";
import {
    GRAFANA_ADMIN_SECRET,
    GRAFANA_ADMIN_SECRET_KEYS,
    GRAFANA_DASHBOARD_LABEL,
    KubePrometheusStack,
    monitoringEndpoints,
    monitoringSizingOf,
    PROMETHEUS_DATASOURCE_UID,
    PROMETHEUS_SELECTOR_LABELS,
    TEMPO_DATASOURCE_UID,
} from "../components/kube-prometheus-stack.ts";
import { LOG_COLLECTOR_POD_SECURITY, LogShipping } from "../components/log-shipping.ts";
import { Loki, logStoreApi } from "../components/loki.ts";
import { fixedAddressAnnotations, MetalLb } from "../components/metallb.ts";
import { COLLECTOR_NAME, collectorEndpoints, OpenTelemetry } from "../components/opentelemetry.ts";
import { collectorScrapeTarget, operatorScrapeTarget, PipelineHealth } from "../components/pipeline-health/index.ts";
import { samplingPolicy, samplingRatio, type TailSamplingPolicy } from "../components/sampling.ts";
import { OTLP_TRANSLATION_STRATEGY, TAIL_SAMPLING_NUM_TRACES } from "../components/tail-sampling.ts";
import { isReplicated } from "../components/sizing.ts";
import { Tempo, tempoEndpoints, tempoSizingOf } from "../components/tempo.ts";
import { TraceCheck, type TraceCheckOutput } from "../components/trace-check.ts";
import { backendAt, ISTIO_INGRESS_CLASS, PROMETHEUS_REFUSED_PATHS, publishedUiApps, type UiApp, type UiBackend, UiIngress, uiHosts, uiUrls } from "../components/ui/index.ts";
import { fixedEntryAddresses, splitAddressPools } from "./address-pools.ts";
import { configFingerprint, type StackConfig } from "./config.ts";
import type { KubernetesSettings } from "./load-config.ts";
import { keepVolumeClaimTemplates } from "./stateful.ts";
import { awaitTimeouts, keepCustomResourceDefinitions } from "./timeouts.ts";
import { parseGoDuration } from "./validators.ts";

/** Where a browser reaches Grafana and Kiali: the port-forwards the outputs give. */
const GRAFANA_LOCAL_PORT = 3000;
const GRAFANA_LOCAL_URL = `http://localhost:${GRAFANA_LOCAL_PORT}`;
const PROMETHEUS_LOCAL_PORT = 9090;
/** Where the ingress gateway's port-forward listens (the demo output). */
const GATEWAY_LOCAL_PORT = 8080;

/** The demo output: where it runs and how to send it traffic. */
export type DemoOutput =
    | { readonly app: "none" }
    | { readonly app: string; readonly namespace: string; readonly portForward: string; readonly url: string; readonly traffic: string };

/** What Kiali links to: the stack's Prometheus, Tempo and Grafana (also read by the chartValues check). */
export function kialiLinks(config: StackConfig): KialiLinks {
    const monitoringAt = monitoringEndpoints();
    return {
        prometheusUrl: monitoringAt.prometheusUrl,
        tempoQueryUrl: tempoEndpoints(config.tempo.mode).queryUrl,
        tempoDatasourceUid: TEMPO_DATASOURCE_UID,
        grafanaInternalUrl: monitoringAt.grafanaUrl,
        grafanaExternalUrl: uiPublicUrls(config)?.grafana ?? GRAFANA_LOCAL_URL,
        grafanaUsername: KIALI_GRAFANA_LOGIN,
        useWaypointName: config.meshMode === "ambient" && !waypointSpansUseServiceName(),
    };
}

/** The UIs' Services: where the gateway routes each UI's host, and the path each UI starts at. */
function uiBackends(): Record<UiApp, UiBackend> {
    const monitoringAt = monitoringEndpoints();
    const kialiAt = kialiEndpoints(ISTIO_NAMESPACE);
    return {
        grafana: backendAt(monitoringAt.grafanaUrl),
        kiali: { service: kialiAt.service, port: kialiAt.port, path: kialiAt.consolePath },
        prometheus: backendAt(monitoringAt.prometheusUrl, "/", PROMETHEUS_REFUSED_PATHS),
    };
}

/** The published UIs' URLs: Grafana's and Kiali's, and Prometheus' only when published. */
export type PublicUiUrls = Readonly<Record<"grafana" | "kiali", string>> & { readonly prometheus?: string };

/** Where browsers reach the UIs with `ui.domain` (`https://<app>.<domain>…`); undefined without one (port-forwards). */
export function uiPublicUrls(config: StackConfig): PublicUiUrls | undefined {
    if (!config.ui) return undefined;
    const urls = uiUrls(uiHosts(config.ui.domain), uiBackends());
    return { grafana: urls.grafana, kiali: urls.kiali, ...(config.ui.publishPrometheus ? { prometheus: urls.prometheus } : {}) };
}

/** What the stack exports. */
export interface PlatformOutputs {
    readonly meshMode: string;
    /**
     * After a `meshMode` change: the platform's own meshed workloads (Bookinfo, the ingress gateway, ingress-nginx) roll
     * in the same `up`; the applications in `meshNamespaces` keep their old data plane until their pods are replaced,
     * which `command` does (every Deployment, StatefulSet and DaemonSet there).
     */
    readonly meshModeRestart: { readonly namespaces: readonly string[]; readonly command: string };
    /**
     * The one sampling policy in each layer's unit, for review. With tail sampling the head layers record every
     * request and `tailSampling` says what the collector keeps.
     */
    readonly sampling: {
        readonly istioPercent: number;
        readonly sdkRatio: number;
        readonly ingressNginxRatio: number;
        readonly tailSampling?: TailSamplingPolicy & { readonly collectorTiers: number };
    };
    readonly grafana: { readonly url: string; readonly portForward: string };
    readonly grafanaAdminPassword: pulumi.Output<string>;
    readonly kiali: { readonly url: string; readonly portForward: string };
    readonly prometheus: { readonly url: string; readonly portForward: string };
    /** `address`: the fixed one from `entryPointAddresses.istioGateway`, when set. */
    readonly ingressGateway: { readonly service: string; readonly addressCommand: string; readonly address?: string };
    /**
     * The certificate of the CA that signs the UIs' certificates (PEM), to trust in a browser or curl, with the
     * self-signed issuer; otherwise a line saying why there is none (an output is never left undefined).
     */
    readonly uiCaCertificate: pulumi.Output<string> | string;
    readonly otlpEndpoints: { readonly grpc: string; readonly http: string };
    /** The demo workload and how to send it traffic; only `{ app: "none" }` without one. */
    readonly demo: DemoOutput;
    /** The post-deploy trace check (`verifyTraces`): how it went, where its verdict is, how to run it again. */
    readonly traceCheck: TraceCheckOutput;
    /** The log store, and its OTLP endpoint (the collectors push there; anything else may too). */
    readonly logs: { readonly backend: string; readonly otlpEndpoint?: string };
}

/**
 * The stack composition: one explicit Kubernetes provider, passed to every resource, and the add-ons wired
 * to each other. Every address comes from the endpoints function of the component that owns it; an address
 * alone creates no dependency, so only the waits a component really needs are edges.
 */
export function buildPlatform(config: StackConfig, kubernetes: KubernetesSettings = {}): PlatformOutputs {
    pulumi.runtime.registerResourceTransform(awaitTimeouts);
    pulumi.runtime.registerResourceTransform(keepCustomResourceDefinitions);
    pulumi.runtime.registerResourceTransform(keepVolumeClaimTemplates);
    // server-side apply: the large CRDs (kube-prometheus-stack, Istio) exceed client-side apply's annotation limit.
    // upsertExistingObjects: `pulumi destroy` keeps namespaces and CRDs (components/kept.ts), so the next `up` creates
    // objects that exist. Since pulumi-kubernetes 4.29.0 a create is a client-side create that fails with AlreadyExists
    // unless this is set (CHANGELOG 4.29.0, #2926; provider/pkg/await/await.go `Creation`: server-side apply only when
    // `ServerSideApply && (UpsertExistingObjects || a Patch resource)`; read at v4.29.0 and v4.32.0, and the pinned
    // 4.34.2 SDK's provider.d.ts documents the option), and `pulumi preview` passes it regardless (provider.go `Create`:
    // in preview, AlreadyExists under server-side apply returns the inputs). With it, such a create applies the object.
    // What the option gives up: a resource renamed in code without `aliases` would adopt its own object and the old
    // name's delete would then remove it; replacing an object under the same name deletes it first (provider.go
    // `Diff`, deleteBeforeReplace), so only renames need the alias.
    const provider = new k8s.Provider("kubernetes", {
        enableServerSideApply: true,
        upsertExistingObjects: true,
        ...(kubernetes.context ? { context: kubernetes.context } : {}),
        ...(kubernetes.kubeconfig ? { kubeconfig: kubernetes.kubeconfig } : {}),
    });

    const collector = collectorEndpoints();
    const tempoAt = tempoEndpoints(config.tempo.mode);
    const monitoringAt = monitoringEndpoints();
    const logStore = logStoreApi(config.logs);

    const values = config.chartValues;
    const size = config.sizing.components;
    const sampling = samplingPolicy(config.samplingPercent, config.tailSampling);
    // with a domain, the UIs on host names
    const ui = config.ui;
    const hosts = ui ? uiHosts(ui.domain) : undefined;
    const publicUrls = uiPublicUrls(config);
    const certManager = new CertManager("cert-manager", { provider, sizing: size.certManager, values: values.certManager });
    // the fixed entry addresses in a pool of their own, never assigned automatically (stacks/address-pools.ts)
    const pools = splitAddressPools(config.loadBalancerAddresses, fixedEntryAddresses(config));
    const metalLb =
        config.loadBalancerAddresses.length > 0
            ? new MetalLb("metallb", {
                  provider,
                  addresses: pools.automatic,
                  fixedAddresses: pools.fixed,
                  controllerSizing: size.metallbController,
                  speakerSizing: size.metallbSpeaker,
                  values: values.metallb,
              })
            : undefined;
    const loadBalancer = metalLb ? metalLb.loadBalancer : [];

    const monitoring = new KubePrometheusStack("monitoring", {
        provider,
        tempo: tempoAt,
        istioNamespace: ISTIO_NAMESPACE,
        includeZtunnelDashboard: config.meshMode === "ambient",
        retention: config.prometheus.retention,
        // the collector's RED metrics must come out under the names Grafana's Tempo datasource reads
        ...(sampling.tail ? { otlpTranslationStrategy: OTLP_TRANSLATION_STRATEGY } : {}),
        publicUrls,
        logs: logStore,
        sizing: monitoringSizingOf(size),
        values: values.kubePrometheusStack,
    });
    const tempo = new Tempo("tempo", {
        provider,
        tempo: config.tempo,
        objectStorageCredentials: config.objectStorageCredentials,
        remoteWriteUrl: monitoringAt.remoteWriteUrl,
        // with tail sampling the collector counts every span; Tempo sees only the kept ones and must not count again
        ...(sampling.tail ? { redMetrics: false } : {}),
        sizing: tempoSizingOf(size),
        serviceMonitors: { labels: PROMETHEUS_SELECTOR_LABELS, crds: monitoring.release },
        values: values.tempo,
    });
    if (config.logs.backend === "loki") {
        new Loki("loki", {
            provider,
            storage: { tempo: config.tempo.storage, bucket: config.logs.bucket, schemaPeriods: config.logs.schemaPeriods },
            objectStorageCredentials: config.objectStorageCredentials,
            retentionSeconds: parseGoDuration(config.tempo.retention) ?? 0,
            sizing: size.loki,
            load: config.sizing.load,
            serviceMonitors: { labels: PROMETHEUS_SELECTOR_LABELS, crds: monitoring.release },
            values: values.loki,
        });
    }
    const mesh = new IstioMesh("istio", {
        provider,
        mode: config.meshMode,
        samplingPercent: sampling.headPercent,
        // the demo's namespace is enrolled like the configured ones (listing it there too is harmless)
        meshNamespaces: [...new Set([...config.meshNamespaces, ...(config.demo === "bookinfo" ? [BOOKINFO_NAMESPACE] : [])])],
        collector,
        platform: config.clusterPlatform,
        mtls: config.mtls,
        gatewayServiceAnnotations: fixedAddressAnnotations(config.entryPointAddresses.istioGateway),
        // cert-manager's HTTP-01 solver answers through the gateway as a Kubernetes Ingress of Istio's class
        kubernetesIngressClass: ui?.issuer.kind === "acme" ? ISTIO_INGRESS_CLASS : undefined,
        sizing: { istiod: size.istiod, gateway: size.istioGateway, cni: size.istioCni, ztunnel: size.ztunnel, waypoint: size.waypoint },
        loadBalancer,
        values: { base: values.istioBase, istiod: values.istiod, gateway: values.istioGateway, cni: values.istioCni, ztunnel: values.ztunnel },
    });
    const openTelemetry = new OpenTelemetry("opentelemetry", {
        provider,
        certManager,
        traceBackend: { otlpGrpcAddress: tempoAt.otlpGrpcAddress },
        metricsBackend: { otlpHttpUrl: monitoringAt.otlpUrl },
        logsBackend: logStore ? { otlpHttpUrl: logStore.otlpUrl } : undefined,
        samplingPercent: sampling.headPercent,
        instrumentedNamespaces: mesh.namespaces,
        collectorSizing: size.collector,
        ...(sampling.tail ? { tailSampling: sampling.tail, samplingCollectorSizing: size.samplingCollector } : {}),
        ...(config.traceExporters.length > 0 ? { traceExporters: config.traceExporters } : {}),
        operatorSizing: size.openTelemetryOperator,
        values: values.openTelemetryOperator,
        // the node log collectors, when logs are shipped, run beside the collector and need host paths
        ...(logStore ? { collectorNamespaceLabels: LOG_COLLECTOR_POD_SECURITY } : {}),
    });
    // the pipeline watches itself: monitors for what no chart monitors, alert rules, a dashboard
    new PipelineHealth("pipeline-health", {
        provider,
        monitoring: {
            release: monitoring.release,
            namespace: { name: monitoringAt.namespace, resource: monitoring.namespace },
            selectorLabels: PROMETHEUS_SELECTOR_LABELS,
            prometheusDatasourceUid: PROMETHEUS_DATASOURCE_UID,
            dashboardLabel: GRAFANA_DASHBOARD_LABEL,
        },
        scope: {
            collectorNamespace: collector.namespace,
            // spans in are counted where applications send them, not again in the sampling tier
            receivingCollectorJob: collectorMonitoringJob(COLLECTOR_NAME),
            tempoNamespace: tempoAt.namespace,
            operatorNamespace: openTelemetry.operatorNamespace,
            // the tail sampler's alert and panels, when the collector samples (in either tier)
            ...(sampling.tail ? { tailSampling: { numTraces: TAIL_SAMPLING_NUM_TRACES } } : {}),
        },
        targets: [collectorScrapeTarget(collector.namespace), operatorScrapeTarget(openTelemetry.operatorNamespace)],
    });
    if (logStore) {
        new LogShipping("log-shipping", {
            provider,
            operator: openTelemetry.webhookProbe.job,
            namespace: { name: openTelemetry.endpoints.namespace, resource: openTelemetry.collectorNamespace },
            store: logStore,
            sizing: size.logCollector,
            // OpenShift's nodes enforce SELinux: container_t may neither read the pods' logs nor write the host state
            ...(config.clusterPlatform === "openshift" ? { seLinuxType: "spc_t" } : {}),
        });
    }
    if (config.ingressNginx) {
        new IngressNginx("ingress-nginx", {
            provider,
            certManager,
            collector,
            samplingPercent: sampling.headPercent,
            meshMode: config.meshMode,
            serviceAnnotations: fixedAddressAnnotations(config.entryPointAddresses.ingressNginx),
            sizing: size.ingressNginx,
            loadBalancer,
            values: values.ingressNginx,
        });
    }
    const demo =
        config.demo === "bookinfo"
            ? new Bookinfo("bookinfo", {
                  provider,
                  namespace: mesh.namespaces.find((namespace) => namespace.name === BOOKINFO_NAMESPACE) as MeshNamespace,
                  meshMode: config.meshMode,
                  gateway: mesh.endpoints,
                  dataPlane: mesh.dataPlane,
                  istiod: mesh.istiod,
              })
            : undefined;
    const traceCheck =
        demo && config.verifyTraces
            ? new TraceCheck("trace-check", {
                  provider,
                  meshMode: config.meshMode,
                  gateway: mesh.endpoints,
                  demo: { ...demo.endpoints, waypoint: WAYPOINT_NAME },
                  tempo: tempoAt,
                  monitoring: monitoringAt,
                  collector,
                  // what a request crosses, ready: the demo, the gateway and waypoints, Tempo, Prometheus, the collector
                  after: [demo, mesh.gateway, ...mesh.waypoints, tempo.chart, monitoring.release, openTelemetry.collector],
                  rerunKey: configFingerprint(config),
              })
            : undefined;
    // Kiali reads Grafana as a Viewer of its own, never as Grafana's admin
    const kialiGrafanaUser = new GrafanaViewer("kiali-grafana-viewer", {
        provider,
        grafana: {
            namespace: monitoringAt.namespace,
            namespaceResource: monitoring.namespace,
            url: monitoringAt.grafanaUrl,
            adminSecret: { name: GRAFANA_ADMIN_SECRET, userKey: GRAFANA_ADMIN_SECRET_KEYS.user, passwordKey: GRAFANA_ADMIN_SECRET_KEYS.password },
            release: monitoring.release,
        },
        login: KIALI_GRAFANA_LOGIN,
    });
    new Kiali("kiali", {
        provider,
        namespace: mesh.systemNamespace.metadata.name,
        links: kialiLinks(config),
        grafanaPassword: kialiGrafanaUser.password,
        publicHost: hosts?.kiali,
        sizing: size.kiali,
        values: values.kiali,
    });

    const uiIngress = ui
        ? new UiIngress("ui", {
              provider,
              domain: ui.domain,
              issuer: ui.issuer,
              certManager: { release: certManager.release, namespace: certManager.namespace },
              gateway: {
                  namespace: mesh.endpoints.gatewayNamespace,
                  selector: mesh.endpoints.gatewaySelector,
                  httpPort: mesh.endpoints.gatewayHttpPort,
                  httpsPort: mesh.endpoints.gatewayHttpsPort,
                  namespaceResource: mesh.ingressNamespace,
                  istiod: mesh.istiod,
              },
              backends: uiBackends(),
              apps: publishedUiApps(ui.publishPrometheus),
              // Grafana's replicas each keep their own sessions (per-replica database): one browser, one replica
              stickySessions: isReplicated(size.grafana) ? ["grafana"] : [],
          })
        : undefined;
    const prometheusService = new URL(monitoringAt.prometheusUrl);

    return {
        meshMode: config.meshMode,
        meshModeRestart: meshModeRestart(config.meshNamespaces),
        sampling: {
            istioPercent: sampling.headPercent,
            sdkRatio: samplingRatio(sampling.headPercent),
            ingressNginxRatio: samplingRatio(sampling.headPercent),
            ...(sampling.tail ? { tailSampling: { ...sampling.tail, collectorTiers: openTelemetry.samplingCollector ? 2 : 1 } } : {}),
        },
        grafana: {
            url: publicUrls?.grafana ?? GRAFANA_LOCAL_URL,
            portForward: `kubectl -n ${monitoringAt.namespace} port-forward svc/${monitoringAt.grafanaService} ${GRAFANA_LOCAL_PORT}:${monitoringAt.grafanaPort}`,
        },
        grafanaAdminPassword: monitoring.grafanaAdminPassword,
        kiali: {
            url: publicUrls?.kiali ?? `http://localhost:${KIALI_PORT}`,
            portForward: `kubectl -n ${ISTIO_NAMESPACE} port-forward svc/${KIALI_SERVICE} ${KIALI_PORT}:${KIALI_PORT}`,
        },
        prometheus: {
            url: publicUrls?.prometheus ?? `http://localhost:${PROMETHEUS_LOCAL_PORT}`,
            portForward: `kubectl -n ${monitoringAt.namespace} port-forward svc/${prometheusService.hostname.split(".")[0]} ${PROMETHEUS_LOCAL_PORT}:${prometheusService.port}`,
        },
        ingressGateway: {
            service: mesh.endpoints.gatewayService,
            addressCommand: `kubectl -n ${mesh.endpoints.gatewayNamespace} get svc ${mesh.endpoints.gatewayServiceName} -o jsonpath='{.status.loadBalancer.ingress[0].ip}'`,
            ...(config.entryPointAddresses.istioGateway !== undefined ? { address: config.entryPointAddresses.istioGateway } : {}),
        },
        otlpEndpoints: { grpc: collector.otlpGrpcUrl, http: collector.otlpHttpUrl },
        uiCaCertificate: uiIngress ? (uiIngress.caCertificate ?? `none: the UIs' certificates come from the ClusterIssuer ${uiIngress.issuerName}`) : "none: no ui.domain, the UIs are reached by port-forward",
        demo: demo ? demoOutput("bookinfo", demo, mesh.endpoints) : { app: "none" },
        traceCheck: traceCheck ? traceCheck.output : { enabled: false },
        logs: { backend: config.logs.backend, ...(logStore ? { otlpEndpoint: logStore.otlpUrl } : {}) },
    };
}

/** The command that moves the applications of the mesh namespaces onto the current data plane (docs/upgrades.md, "Switching the mesh mode of a live stack"). */
export function meshModeRestart(namespaces: readonly string[]): PlatformOutputs["meshModeRestart"] {
    const command =
        namespaces.length > 0
            ? `for ns in ${namespaces.join(" ")}; do kubectl -n "$ns" rollout restart deployment,statefulset,daemonset; done`
            : "none: meshNamespaces is empty (the platform's own workloads roll by themselves)";
    return { namespaces: [...namespaces], command };
}

/** How to reach the demo: through a port-forward to the ingress gateway (works wherever kubectl does). */
function demoOutput(app: string, demo: Bookinfo, gateway: IstioEndpoints): DemoOutput {
    const url = `http://localhost:${GATEWAY_LOCAL_PORT}${demo.endpoints.entryPath}`;
    return {
        app,
        namespace: demo.endpoints.namespace,
        portForward: `kubectl -n ${gateway.gatewayNamespace} port-forward svc/${gateway.gatewayServiceName} ${GATEWAY_LOCAL_PORT}:${gateway.gatewayHttpPort}`,
        url,
        traffic: `for i in $(seq 1 50); do curl -s -o /dev/null -w '%{http_code} ' ${url}; done; echo`,
    };
}
