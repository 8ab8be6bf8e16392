// Pure builders of the Istio charts' values.
import type { ClusterPlatform, MeshMode } from "../../stacks/config.ts";
import type { Values } from "../helm.ts";

/** Name of the tracing extension provider Telemetry resources refer to. */
export const TRACING_PROVIDER = "otel-tracing";

export interface OtlpTarget {
    /** FQDN of the collector Service. */
    readonly host: string;
    readonly otlpGrpcPort: number;
}

// Envoy's default text access log plus the trace id, so a log line leads to its trace in Tempo.
const ACCESS_LOG_FORMAT =
    '[%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%" %RESPONSE_CODE% %RESPONSE_FLAGS% ' +
    '%BYTES_RECEIVED% %BYTES_SENT% %DURATION% "%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%" "%REQ(:AUTHORITY)%" ' +
    '"%UPSTREAM_HOST%" %UPSTREAM_CLUSTER% trace_id=%TRACE_ID%\n';

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

export function istiodValues(mode: MeshMode, platform: ClusterPlatform, collector: OtlpTarget, samplingPercent: number): Values {
    return {
        ...profileValues(mode, platform),
        // PILOT_TRACE_SAMPLING, the fallback below Telemetry's randomSamplingPercentage (both are percentages)
        traceSampling: samplingPercent,
        meshConfig: meshConfig(collector),
    };
}

export function cniValues(platform: ClusterPlatform): Values {
    return profileValues("ambient", platform);
}

export function ztunnelValues(platform: ClusterPlatform): Values {
    return profileValues("ambient", platform);
}

export function gatewayValues(): Values {
    return { service: { type: "LoadBalancer" } };
}

/** Labels that enrol an application namespace: injection for sidecars; ztunnel plus the waypoint for ambient. */
export function meshNamespaceLabels(mode: MeshMode, waypointName: string): Record<string, string> {
    return mode === "ambient"
        ? { "istio.io/dataplane-mode": "ambient", "istio.io/use-waypoint": waypointName }
        : { "istio-injection": "enabled" };
}
