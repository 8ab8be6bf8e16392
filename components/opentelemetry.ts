import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { createCustomResource, Instrumentation, type InstrumentationSpec, OpenTelemetryCollector, type OpenTelemetryCollectorSpec } from "../crds/index.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { samplingRatio } from "./sampling.ts";

export const OPENTELEMETRY_OPERATOR_CHART: ChartRef = {
    chart: "opentelemetry-operator",
    version: "0.122.0",
    repo: "https://open-telemetry.github.io/opentelemetry-helm-charts",
};

export const COLLECTOR_NAMESPACE = PLATFORM_NAMESPACES.collector;
export const COLLECTOR_NAME = "otel";

/** Where applications and proxies send spans: the Service the operator makes for the collector. */
export interface CollectorEndpoints {
    readonly namespace: string;
    /** `<cr name>-collector`, the operator's naming. */
    readonly service: string;
    readonly host: string;
    readonly otlpGrpcPort: number;
    readonly otlpHttpPort: number;
    readonly zipkinPort: number;
    /** OTLP/gRPC URL (the Envoy OTel tracer, ingress-nginx, the web-server agents). */
    readonly otlpGrpcUrl: string;
    /** OTLP/HTTP URL: what every SDK agent is given. */
    readonly otlpHttpUrl: string;
}

export function collectorEndpoints(namespace = COLLECTOR_NAMESPACE, name = COLLECTOR_NAME): CollectorEndpoints {
    const service = `${name}-collector`;
    const host = `${service}.${namespace}.svc.cluster.local`;
    return {
        namespace,
        service,
        host,
        otlpGrpcPort: 4317,
        otlpHttpPort: 4318,
        zipkinPort: 9411,
        otlpGrpcUrl: `http://${host}:4317`,
        otlpHttpUrl: `http://${host}:4318`,
    };
}

/** A namespace another component creates: its name, and the resource to wait for. */
export interface ExistingNamespace {
    readonly name: string;
    readonly resource: pulumi.Resource;
}

/** Where the collector forwards spans. */
export interface TraceBackend {
    /** `host:port` of an OTLP/gRPC receiver. */
    readonly otlpGrpcAddress: string;
}

/** Where the collector forwards metrics: an OTLP/HTTP receiver (Prometheus' `/api/v1/otlp`). */
export interface MetricsBackend {
    /** Base URL; the exporter appends `/v1/metrics`. */
    readonly otlpHttpUrl: string;
}

/** The OTLP signals the collector has a pipeline for, so agents export exactly these (the receiver rejects the rest). */
export interface Signals {
    readonly traces: boolean;
    readonly metrics: boolean;
    readonly logs: boolean;
}

type CollectorConfig = NonNullable<OpenTelemetryCollectorSpec["config"]>;

/**
 * The collector pipelines: traces (OTLP, Zipkin, Jaeger in) to the trace backend, and, when there is a metrics backend,
 * the agents' OTLP metrics to it. Memory limiter first, Kubernetes metadata, batching. There is no logs pipeline: no
 * log store is installed, so agents are told not to export logs (see instrumentationSpec). Component names are those
 * of the collector-k8s distribution 0.158.
 */
export function collectorConfig(endpoints: CollectorEndpoints, traces: TraceBackend, metrics?: MetricsBackend): CollectorConfig {
    const processors = ["memory_limiter", "k8s_attributes", "batch"];
    return {
        receivers: {
            otlp: {
                protocols: {
                    grpc: { endpoint: `0.0.0.0:${endpoints.otlpGrpcPort}` },
                    http: { endpoint: `0.0.0.0:${endpoints.otlpHttpPort}` },
                },
            },
            zipkin: { endpoint: `0.0.0.0:${endpoints.zipkinPort}` },
            jaeger: { protocols: { grpc: { endpoint: "0.0.0.0:14250" }, thrift_http: { endpoint: "0.0.0.0:14268" } } },
        },
        processors: {
            // first in the pipeline: refuse data before the pod is OOM-killed
            memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 25 },
            // namespace, pod, deployment of the sender as resource attributes: searchable in TraceQL
            k8s_attributes: {},
            batch: {},
        },
        exporters: {
            "otlp_grpc/tempo": { endpoint: traces.otlpGrpcAddress, tls: { insecure: true } },
            ...(metrics ? { "otlp_http/prometheus": { endpoint: metrics.otlpHttpUrl } } : {}),
        },
        service: {
            pipelines: {
                traces: { receivers: ["otlp", "zipkin", "jaeger"], processors, exporters: ["otlp_grpc/tempo"] },
                ...(metrics ? { metrics: { receivers: ["otlp"], processors, exporters: ["otlp_http/prometheus"] } } : {}),
            },
        },
    };
}

/** The signals a collector config has pipelines for. */
export function collectorSignals(config: CollectorConfig): Signals {
    const pipelines = Object.keys((config.service as { pipelines?: Record<string, unknown> } | undefined)?.pipelines ?? {});
    const has = (signal: string) => pipelines.some((id) => id === signal || id.startsWith(`${signal}/`));
    return { traces: has("traces"), metrics: has("metrics"), logs: has("logs") };
}

/** The languages whose SDK agents the operator injects (0.158): each reads its OTLP settings from the environment. */
export const SDK_AGENTS = ["java", "nodejs", "python", "dotnet", "go"] as const;
/**
 * The web-server modules (Apache httpd, nginx): the operator writes their OTLP/gRPC exporter (the only one they have)
 * into the module's config from `spec.exporter.endpoint` (operator internal/instrumentation/apachehttpd.go, nginx.go).
 */
export const WEB_SERVER_AGENTS = ["apacheHttpd", "nginx"] as const;
/**
 * OTLP/HTTP with protobuf for every SDK agent, said explicitly: it is what the Java 2.x, .NET, Go and Node.js
 * (sdk-node 0.220: `http/protobuf` when unset) SDKs default to and the only protocol the operator's Python image
 * ships. Never left to an agent's default: the Node.js agent pointed at the gRPC port loses every span
 * (opentelemetry-operator#3753).
 */
export const SDK_OTLP_PROTOCOL = "http/protobuf";

/**
 * The auto-instrumentation settings applications get: W3C context, the environment's sampling ratio, and for every
 * SDK agent the protocol, the matching collector port and the signals the collector accepts. Per-language `env`
 * (not the shared `spec.env`) so the web-server modules' containers carry no OTLP/HTTP settings; they get the gRPC
 * endpoint from `exporter.endpoint`, which the SDK agents' own OTEL_EXPORTER_OTLP_ENDPOINT overrides (the operator
 * injects the exporter endpoint only where none is set: internal/instrumentation/exporter.go).
 */
export function instrumentationSpec(endpoints: CollectorEndpoints, samplingPercent: number, signals: Signals): InstrumentationSpec {
    const exporterFor = (signal: boolean) => (signal ? "otlp" : "none");
    const env = [
        { name: "OTEL_EXPORTER_OTLP_PROTOCOL", value: SDK_OTLP_PROTOCOL },
        { name: "OTEL_EXPORTER_OTLP_ENDPOINT", value: endpoints.otlpHttpUrl },
        { name: "OTEL_TRACES_EXPORTER", value: exporterFor(signals.traces) },
        { name: "OTEL_METRICS_EXPORTER", value: exporterFor(signals.metrics) },
        { name: "OTEL_LOGS_EXPORTER", value: exporterFor(signals.logs) },
    ];
    return {
        exporter: { endpoint: endpoints.otlpGrpcUrl },
        ...Object.fromEntries(SDK_AGENTS.map((language) => [language, { env }])),
        propagators: ["tracecontext", "baggage"],
        // parent-based: a request the mesh edge sampled stays sampled through every instrumented service
        sampler: { type: "parentbased_traceidratio", argument: String(samplingRatio(samplingPercent)) },
    };
}

export interface OpenTelemetryArgs {
    readonly provider: k8s.Provider;
    /** Issues the operator's webhook certificate (a fresh self-signed one on every render would churn). */
    readonly certManager: { readonly release: pulumi.Resource };
    readonly traceBackend: TraceBackend;
    /** Where agents' metrics go; without one, agents export none. @default - no metrics pipeline */
    readonly metricsBackend?: MetricsBackend;
    readonly samplingPercent: number;
    /** Namespaces that get an `Instrumentation` (pods opt in with `instrumentation.opentelemetry.io/inject-<lang>: "true"`). */
    readonly instrumentedNamespaces: readonly ExistingNamespace[];
    /** @default "opentelemetry-operator-system" */
    readonly operatorNamespace?: string;
    /** Collector replicas. @default 1 */
    readonly collectorReplicas?: number;
    /** Raw operator chart values, merged last. @default {} */
    readonly values?: Values;
}

/** The OpenTelemetry operator, the mesh's collector and per-namespace auto-instrumentation. */
export class OpenTelemetry extends pulumi.ComponentResource {
    readonly endpoints: CollectorEndpoints;
    readonly operatorChart: k8s.helm.v4.Chart;
    readonly collector: k8s.apiextensions.CustomResource;
    readonly instrumentations: k8s.apiextensions.CustomResource[];

    constructor(name: string, args: OpenTelemetryArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:OpenTelemetry", name, {}, opts);
        this.endpoints = collectorEndpoints();
        const childOpts = { parent: this, provider: args.provider };

        const operatorNamespace = componentNamespace(`${name}-operator-namespace`, args.operatorNamespace ?? PLATFORM_NAMESPACES.openTelemetryOperator, childOpts);
        this.operatorChart = renderedChart(
            `${name}-operator`,
            {
                ref: OPENTELEMETRY_OPERATOR_CHART,
                release: "opentelemetry-operator",
                namespace: operatorNamespace.metadata.name,
                values: mergeValues(
                    {
                        admissionWebhooks: { certManager: { enabled: true }, autoGenerateCert: { enabled: false } },
                        // the operator grants each collector the read access its k8s_attributes processor needs
                        manager: { createRbacPermissions: true },
                    },
                    args.values,
                ),
            },
            { ...childOpts, dependsOn: [args.certManager.release] },
        );

        const config = collectorConfig(this.endpoints, args.traceBackend, args.metricsBackend);
        // the operator's webhooks default and validate these resources: they wait for it
        const collectorNamespace = componentNamespace(`${name}-collector-namespace`, this.endpoints.namespace, childOpts);
        this.collector = createCustomResource(
            `${name}-collector`,
            new OpenTelemetryCollector({
                metadata: { name: COLLECTOR_NAME, namespace: this.endpoints.namespace },
                spec: {
                    mode: "deployment",
                    replicas: args.collectorReplicas ?? 1,
                    // memory_limiter's percentages are of this limit
                    resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { memory: "512Mi" } },
                    config,
                },
            }),
            { ...childOpts, dependsOn: [this.operatorChart, collectorNamespace] },
        );

        const spec = instrumentationSpec(this.endpoints, args.samplingPercent, collectorSignals(config));
        this.instrumentations = args.instrumentedNamespaces.map((namespace) =>
            createCustomResource(
                `${name}-instrumentation-${namespace.name}`,
                new Instrumentation({ metadata: { name: "default", namespace: namespace.name }, spec }),
                { ...childOpts, dependsOn: [this.operatorChart, namespace.resource] },
            ),
        );
        this.registerOutputs({ endpoints: this.endpoints });
    }
}
