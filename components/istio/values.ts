// Pure builders of the Istio charts' values.
import type { ClusterPlatform, MeshMode } from "../../model/mesh.ts";
import { mergeValues, type Values } from "../helm.ts";
import { type ComponentSizing, isReplicated, resourceRequirements, spreadOverNodes } from "../sizing.ts";

/** Name of the tracing extension provider Telemetry resources refer to. */
export const TRACING_PROVIDER = "otel-tracing";

export interface OtlpTarget {
    /** FQDN of the collector Service. */
    readonly host: string;
    readonly otlpGrpcPort: number;
    /** Applications export here too (see sidecarTrafficValues). */
    readonly otlpHttpPort: number;
}

/**
 * Istio's own default text access log (what proxies write with `accessLogFile` and no format): istio/istio 1.30.3
 * pilot/pkg/model/telemetry_logging.go `EnvoyTextLogFormat`, without its closing newline:
 *
 *   "[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% " +
 *   "%PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% " +
 *   "%RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% " +
 *   "\"%UPSTREAM_TRANSPORT_FAILURE_REASON%\" %BYTES_RECEIVED% %BYTES_SENT% " +
 *   "%DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" " +
 *   "\"%REQ(USER-AGENT)%\" \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\" " +
 *   "%UPSTREAM_CLUSTER_RAW% %UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% " +
 *   "%DOWNSTREAM_REMOTE_ADDRESS% %REQUESTED_SERVER_NAME% %ROUTE_NAME%\n"
 *
 * It says why a request failed (response code details, connection termination details, the upstream transport
 * failure reason) and carries the request id.
 */
export const ISTIO_DEFAULT_ACCESS_LOG_FORMAT =
    '[%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%" %RESPONSE_CODE% %RESPONSE_FLAGS% ' +
    '%RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% "%UPSTREAM_TRANSPORT_FAILURE_REASON%" %BYTES_RECEIVED% %BYTES_SENT% ' +
    '%DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% "%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%" "%REQ(X-REQUEST-ID)%" ' +
    '"%REQ(:AUTHORITY)%" "%UPSTREAM_HOST%" %UPSTREAM_CLUSTER_RAW% %UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% ' +
    "%DOWNSTREAM_REMOTE_ADDRESS% %REQUESTED_SERVER_NAME% %ROUTE_NAME%";

/**
 * The mesh's access log: Istio's default plus Envoy's `%TRACE_ID%` as the line's last field, so a log line leads to
 * its trace in Tempo (the log collector takes the last `trace_id=` of a line: components/log-shipping.ts).
 */
export const ACCESS_LOG_FORMAT = `${ISTIO_DEFAULT_ACCESS_LOG_FORMAT} trace_id=%TRACE_ID%\n`;

/** `profile`/`platform` keys every chart of one mesh must agree on. */
function profileValues(mode: MeshMode, platform: ClusterPlatform): Values {
    return {
        ...(mode === "ambient" ? { profile: "ambient" } : {}),
        ...(platform === "generic" ? {} : { global: { platform } }),
    };
}

/** MeshConfig: the OpenTelemetry provider pointing at the collector, on by default, access logs with trace ids. */
export function meshConfig(collector: OtlpTarget): Values {
    return {
        enableTracing: true,
        accessLogFile: "/dev/stdout",
        accessLogEncoding: "TEXT",
        accessLogFormat: ACCESS_LOG_FORMAT,
        extensionProviders: [
            {
                name: TRACING_PROVIDER,
                // gRPC: the operator marks the collector's otlp-grpc port appProtocol grpc, as Envoy needs
                opentelemetry: { service: collector.host, port: collector.otlpGrpcPort, resourceDetectors: { environment: {} } },
            },
        ],
        // tracing works before the Telemetry resource exists; the Telemetry sets the sampling rate
        defaultProviders: { tracing: [TRACING_PROVIDER] },
    };
}

/**
 * Sidecars let applications' OTLP exports to the collector pass by: through the sidecar, each export is an HTTP/gRPC
 * request the mesh traces, a root span per export batch and an app → collector edge in the service graph. The cost:
 * outbound connections to these ports from any application skip the sidecar (no mesh mTLS, metrics or egress
 * policy for them; the collector is outside the mesh, so that traffic was plaintext anyway), and a pod that sets
 * its own `traffic.sidecar.istio.io/excludeOutboundPorts` annotation replaces this list.
 */
export function sidecarTrafficValues(collector: OtlpTarget): Values {
    return { global: { proxy: { excludeOutboundPorts: [collector.otlpGrpcPort, collector.otlpHttpPort].join(",") } } };
}

export function istiodValues(mode: MeshMode, platform: ClusterPlatform, collector: OtlpTarget, samplingPercent: number): Values {
    return mergeValues(
        profileValues(mode, platform),
        {
            // PILOT_TRACE_SAMPLING, the fallback below Telemetry's randomSamplingPercentage (both are percentages)
            traceSampling: samplingPercent,
            meshConfig: meshConfig(collector),
        },
        // ambient has no sidecars; ztunnel is L4 and traces nothing
        mode === "sidecar" ? sidecarTrafficValues(collector) : {},
    );
}

/** An autoscaled Deployment never drops below the replicas asked for; five is the charts' own ceiling. */
const autoscaleMax = (sizing: ComponentSizing) => Math.max(5, sizing.replicas);

/**
 * istiod's replicas (its HPA's floor; the chart's PodDisruptionBudget appears with more than one), requests, node
 * spreading, and the requests of the waypoints it deploys into the mesh namespaces.
 */
export function istiodSizingValues(istiod: ComponentSizing, waypoint: ComponentSizing): Values {
    return {
        replicaCount: istiod.replicas,
        autoscaleMin: istiod.replicas,
        autoscaleMax: autoscaleMax(istiod),
        resources: resourceRequirements(istiod),
        ...(isReplicated(istiod) ? { topologySpreadConstraints: spreadOverNodes({ app: "istiod", istio: "pilot" }) } : {}),
        global: { waypoint: { resources: resourceRequirements(waypoint) } },
    };
}

export function cniValues(platform: ClusterPlatform, sizing: ComponentSizing): Values {
    return { ...profileValues("ambient", platform), resources: resourceRequirements(sizing) };
}

export function ztunnelValues(platform: ClusterPlatform, sizing: ComponentSizing): Values {
    return { ...profileValues("ambient", platform), resources: resourceRequirements(sizing) };
}

/**
 * The pod-template annotation that names the mesh's data plane. A pod joins a data plane only when it is created: the
 * injector adds a sidecar at admission, a gateway's proxy reads the ambient profile's `ISTIO_META_ENABLE_HBONE` from
 * its environment, written at injection (istio 1.30.3 gateway-injection-template.yaml, `ProxyConfig.ProxyMetadata`),
 * and istio-cni leaves a pod that carries a sidecar out of ambient (cni/pkg/util/enablement_selector.go `Matches`,
 * `podHasSidecar`). With the mode in its template, a `meshMode` change rolls every workload the platform owns.
 */
export const MESH_MODE_ANNOTATION = "mesh-observability.io/mesh-mode";

export function meshModeAnnotations(mode: MeshMode): Record<string, string> {
    return { [MESH_MODE_ANNOTATION]: mode };
}

/**
 * The ingress gateway: a LoadBalancer Service (with `serviceAnnotations`, e.g. MetalLB's fixed address); its HPA's floor,
 * a PodDisruptionBudget and node spreading when replicated; the mesh mode on its pods (merged with the chart's own
 * `podAnnotations`, which select the gateway injection template), so that a mode change rolls it.
 */
export function gatewayValues(
    sizing: ComponentSizing,
    selector: Record<string, string>,
    serviceAnnotations: Readonly<Record<string, string>> = {},
    mode: MeshMode = "sidecar",
): Values {
    return {
        service: { type: "LoadBalancer", ...(Object.keys(serviceAnnotations).length > 0 ? { annotations: { ...serviceAnnotations } } : {}) },
        podAnnotations: meshModeAnnotations(mode),
        resources: resourceRequirements(sizing),
        autoscaling: { minReplicas: sizing.replicas, maxReplicas: autoscaleMax(sizing) },
        ...(isReplicated(sizing) ? { podDisruptionBudget: { minAvailable: 1 }, topologySpreadConstraints: spreadOverNodes(selector) } : {}),
    };
}

/** The label that puts a namespace's pods on ztunnel (istio-cni's `ambient.enablementSelectors`). */
export const AMBIENT_DATAPLANE_LABEL: Readonly<Record<string, string>> = { "istio.io/dataplane-mode": "ambient" };

/** Labels that enrol an application namespace: injection for sidecars; ztunnel plus the waypoint for ambient. */
export function meshNamespaceLabels(mode: MeshMode, waypointName: string): Record<string, string> {
    return mode === "ambient" ? { ...AMBIENT_DATAPLANE_LABEL, "istio.io/use-waypoint": waypointName } : { "istio-injection": "enabled" };
}

/**
 * istiod serves Kubernetes Ingresses of `className` (annotation `kubernetes.io/ingress.class`, only those: STRICT) on the
 * gateway pods labelled `istio: <gatewaySelector.istio>`; what cert-manager's HTTP-01 solver Ingresses need. These are
 * Istio's defaults (pkg/config/mesh/mesh.go; the selector falls back to `istio: ingressgateway`), set so that the link
 * holds by our values rather than by coincidence (pilot/pkg/config/kube/ingress, 1.30.3). Nothing without a class.
 */
export function kubernetesIngressValues(className: string | undefined, gatewaySelector: Readonly<Record<string, string>>): Values {
    if (className === undefined) return {};
    return { meshConfig: { ingressClass: className, ingressControllerMode: "STRICT", ingressSelector: gatewaySelector.istio } };
}
