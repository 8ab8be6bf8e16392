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
    /** OTLP/gRPC URL (Node.js SDKs, the Envoy OTel tracer). */
    readonly otlpGrpcUrl: string;
    /** OTLP/HTTP URL: what Java 2.x, Python, .NET and Go auto-instrumentation speak by default. */
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

/**
 * The collector pipeline: OTLP (gRPC, HTTP), Zipkin and Jaeger in; memory limiter, Kubernetes metadata and
 * batching; OTLP/gRPC out to the trace backend. Component names are those of the collector-k8s distribution 0.158.
 */
export function collectorConfig(endpoints: CollectorEndpoints, backend: TraceBackend): OpenTelemetryCollectorSpec["config"] {
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
            "otlp_grpc/tempo": { endpoint: backend.otlpGrpcAddress, tls: { insecure: true } },
        },
        service: {
            pipelines: {
                traces: { receivers: ["otlp", "zipkin", "jaeger"], processors: ["memory_limiter", "k8s_attributes", "batch"], exporters: ["otlp_grpc/tempo"] },
            },
        },
    };
}

/** The auto-instrumentation settings applications get: W3C context, the environment's sampling ratio. */
export function instrumentationSpec(endpoints: CollectorEndpoints, samplingPercent: number): InstrumentationSpec {
    return {
        exporter: { endpoint: endpoints.otlpHttpUrl },
        // the operator's Node.js agent still exports OTLP/gRPC (open-telemetry/opentelemetry-operator#3658)
        nodejs: { env: [{ name: "OTEL_EXPORTER_OTLP_ENDPOINT", value: endpoints.otlpGrpcUrl }] },
        propagators: ["tracecontext", "baggage"],
        // parent-based: a request the mesh edge sampled stays sampled through every instrumented service
        sampler: { type: "parentbased_traceidratio", argument: String(samplingRatio(samplingPercent)) },
    };
}

export interface OpenTelemetryArgs {
    readonly provider: k8s.Provider;
    /** Issues the operator's webhook certificate (a fresh self-signed one on every render would churn). */
    readonly certManager: { readonly chart: pulumi.Resource };
    readonly traceBackend: TraceBackend;
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
            { ...childOpts, dependsOn: [args.certManager.chart] },
        );

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
                    config: collectorConfig(this.endpoints, args.traceBackend),
                },
            }),
            { ...childOpts, dependsOn: [this.operatorChart, collectorNamespace] },
        );

        const spec = instrumentationSpec(this.endpoints, args.samplingPercent);
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
