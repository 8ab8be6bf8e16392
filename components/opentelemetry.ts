import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { createCustomResource, Instrumentation, type InstrumentationSpec, OpenTelemetryCollector, type OpenTelemetryCollectorSpec } from "../crds/index.ts";
import { collectorTelemetry } from "./collector-telemetry.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, dataNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { samplingRatio } from "./sampling.ts";
import { type ComponentSizing, isReplicated, parseQuantity, PROFILES, resourceRequirements, spreadOverNodes } from "./sizing.ts";

export const OPENTELEMETRY_OPERATOR_CHART: ChartRef = {
    chart: "opentelemetry-operator",
    version: "0.122.0",
    repo: "https://open-telemetry.github.io/opentelemetry-helm-charts",
};

/** The operator's release name: the prefix of its Service and the `app.kubernetes.io/instance` of its objects. */
export const OPERATOR_RELEASE = "opentelemetry-operator";
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

/** Where the exporter to Tempo keeps what it could not send yet: a directory on the replica's own volume. */
export interface DurableQueue {
    readonly directory: string;
    /** Bytes of telemetry (as the exporter measures requests) the queue holds before it refuses more. */
    readonly sizeBytes: number;
}

/**
 * The queue's share of its volume: bbolt (file_storage) keeps freed pages until compaction, and compaction writes a
 * copy beside the database, so the queue may use well under the volume.
 */
export const QUEUE_SHARE_OF_VOLUME = 0.5;

export function durableQueue(volumeSize: string, directory = "/var/lib/otelcol/queue"): DurableQueue {
    return { directory, sizeBytes: Math.floor((parseQuantity(volumeSize) ?? 0) * QUEUE_SHARE_OF_VOLUME) };
}

const QUEUE_STORAGE = "file_storage/queue";

/**
 * Retry and queue settings of the exporter to Tempo (exporterhelper v0.158: `sending_queue` with `storage`, `sizer`
 * bytes, `queue_size`; `retry_on_failure.max_elapsed_time: 0` retries until Tempo answers): a Tempo restart or an
 * ingester roll stalls the export instead of dropping it, and a collector restart resumes from the disk. Spans are
 * refused only when the queue is full.
 */
function queuedExport(queue: DurableQueue | undefined): Record<string, unknown> {
    if (!queue) return {};
    return {
        sending_queue: { enabled: true, storage: QUEUE_STORAGE, sizer: "bytes", queue_size: queue.sizeBytes, num_consumers: 10 },
        retry_on_failure: { enabled: true, initial_interval: "1s", max_interval: "30s", max_elapsed_time: "0s" },
    };
}

/**
 * The collector pipelines: traces (OTLP, Zipkin, Jaeger in) to the trace backend, and, when there is a metrics backend,
 * the agents' OTLP metrics to it. Memory limiter first, Kubernetes metadata, batching. There is no logs pipeline: no
 * log store is installed, so agents are told not to export logs (see instrumentationSpec). Component names are those
 * of the collector-k8s distribution 0.158. The collector's own metrics: collector-telemetry.ts.
 */
export function collectorConfig(endpoints: CollectorEndpoints, traces: TraceBackend, metrics?: MetricsBackend, queue?: DurableQueue): CollectorConfig {
    const processors = ["memory_limiter", "k8s_attributes", "batch"];
    return {
        ...(queue
            ? {
                  extensions: {
                      // compaction reclaims the space a drained queue leaves behind (on start, and online after a backlog)
                      [QUEUE_STORAGE]: { directory: queue.directory, create_directory: true, compaction: { on_start: true, on_rebound: true, directory: queue.directory } },
                  },
              }
            : {}),
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
            "otlp_grpc/tempo": { endpoint: traces.otlpGrpcAddress, tls: { insecure: true }, ...queuedExport(queue) },
            ...(metrics ? { "otlp_http/prometheus": { endpoint: metrics.otlpHttpUrl } } : {}),
        },
        service: {
            ...(queue ? { extensions: [QUEUE_STORAGE] } : {}),
            pipelines: {
                traces: { receivers: ["otlp", "zipkin", "jaeger"], processors, exporters: ["otlp_grpc/tempo"] },
                ...(metrics ? { metrics: { receivers: ["otlp"], processors, exporters: ["otlp_http/prometheus"] } } : {}),
            },
            // its own metrics, for Prometheus: names the alert rules rely on
            telemetry: collectorTelemetry(),
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

/** The operator chart's values: webhook certificates from cert-manager, RBAC for the collectors' k8s_attributes, the size. */
export function operatorValues(sizing: ComponentSizing = PROFILES.lab.openTelemetryOperator): Values {
    return mergeValues(
        {
            admissionWebhooks: { certManager: { enabled: true }, autoGenerateCert: { enabled: false } },
            // the operator grants each collector the read access its k8s_attributes processor needs
            manager: { createRbacPermissions: true },
        },
        operatorSizingValues(sizing),
    );
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
    /** The collector's replicas, requests and queue volume. @default - the lab profile */
    readonly collectorSizing?: ComponentSizing;
    /** The operator's size. @default - the lab profile */
    readonly operatorSizing?: ComponentSizing;
    /** Raw operator chart values, merged last. @default {} */
    readonly values?: Values;
}

/** The operator's replicas (leader-elected) and requests; a PodDisruptionBudget and node spreading when replicated. */
export function operatorSizingValues(sizing: ComponentSizing): Values {
    return {
        replicaCount: sizing.replicas,
        manager: { resources: resourceRequirements(sizing) },
        ...(isReplicated(sizing)
            ? {
                  pdb: { create: true },
                  topologySpreadConstraints: spreadOverNodes({ "app.kubernetes.io/name": "opentelemetry-operator", "app.kubernetes.io/component": "controller-manager" }),
              }
            : {}),
    };
}

/** The collector image runs as user 10001; the queue volume must be writable by it. */
const COLLECTOR_FS_GROUP = 10001;

/**
 * How the operator runs the collector: a StatefulSet when it queues on disk (each replica its own volume), sized
 * from the profile, with a PodDisruptionBudget and node spreading when replicated. The memory_limiter's percentages
 * are of the memory limit.
 */
export function collectorWorkload(sizing: ComponentSizing, queue: DurableQueue | undefined, namespace = COLLECTOR_NAMESPACE, name = COLLECTOR_NAME): Omit<OpenTelemetryCollectorSpec, "config"> {
    const volume = "queue";
    return {
        mode: queue ? "statefulset" : "deployment",
        replicas: sizing.replicas,
        resources: resourceRequirements(sizing),
        ...(queue
            ? {
                  podSecurityContext: { fsGroup: COLLECTOR_FS_GROUP },
                  volumeClaimTemplates: [
                      { metadata: { name: volume }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: sizing.storage as string } } } },
                  ],
                  volumeMounts: [{ name: volume, mountPath: queue.directory }],
                  // the queue outlives the collector: deleting or scaling it down keeps what is not sent yet
                  persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
              }
            : {}),
        ...(isReplicated(sizing)
            ? {
                  podDisruptionBudget: { maxUnavailable: 1 },
                  // the operator's selector labels (internal/manifests/manifestutils/labels.go SelectorLabels)
                  topologySpreadConstraints: spreadOverNodes({ "app.kubernetes.io/instance": `${namespace}.${name}`, "app.kubernetes.io/component": "opentelemetry-collector" }),
              }
            : {}),
    };
}

/** The OpenTelemetry operator, the mesh's collector and per-namespace auto-instrumentation. */
export class OpenTelemetry extends pulumi.ComponentResource {
    readonly endpoints: CollectorEndpoints;
    /** Where the operator runs. */
    readonly operatorNamespace: string;
    readonly operatorChart: k8s.helm.v4.Chart;
    readonly collector: k8s.apiextensions.CustomResource;
    readonly instrumentations: k8s.apiextensions.CustomResource[];

    constructor(name: string, args: OpenTelemetryArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:OpenTelemetry", name, {}, opts);
        this.endpoints = collectorEndpoints();
        const childOpts = { parent: this, provider: args.provider };

        this.operatorNamespace = args.operatorNamespace ?? PLATFORM_NAMESPACES.openTelemetryOperator;
        const operatorNamespace = componentNamespace(`${name}-operator-namespace`, this.operatorNamespace, childOpts);
        this.operatorChart = renderedChart(
            `${name}-operator`,
            {
                ref: OPENTELEMETRY_OPERATOR_CHART,
                release: OPERATOR_RELEASE,
                namespace: operatorNamespace.metadata.name,
                values: mergeValues(operatorValues(args.operatorSizing), args.values),
            },
            { ...childOpts, dependsOn: [args.certManager.release] },
        );

        const collectorSizing = args.collectorSizing ?? PROFILES.lab.collector;
        const queue = collectorSizing.storage ? durableQueue(collectorSizing.storage) : undefined;
        const config = collectorConfig(this.endpoints, args.traceBackend, args.metricsBackend, queue);
        // the operator's webhooks default and validate these resources: they wait for it
        const collectorNamespace = dataNamespace(`${name}-collector-namespace`, this.endpoints.namespace, childOpts);
        this.collector = createCustomResource(
            `${name}-collector`,
            new OpenTelemetryCollector({
                metadata: { name: COLLECTOR_NAME, namespace: this.endpoints.namespace },
                spec: { ...collectorWorkload(collectorSizing, queue), config },
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
