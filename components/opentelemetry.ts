import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { checkCustomResource, createCustomResource, Instrumentation, type InstrumentationSpec, OpenTelemetryCollector, type OpenTelemetryCollectorSpec } from "../crds/index.ts";
import { AdmissionProbe } from "./admission-probe.ts";
import { collectorTelemetry } from "./collector-telemetry.ts";
import { itemsExportBatch } from "./export-batch.ts";
import { logExportBatch } from "./log-push.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, dataNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { samplingRatio, type TailSamplingPolicy } from "./sampling.ts";
import { type ComponentSizing, isReplicated, parseQuantity, PROFILES, resourceRequirements, spreadOverNodes } from "./sizing.ts";
import {
    LOAD_BALANCER_RBAC_RULES,
    loadBalancingExporter,
    POD_NAME_ENV,
    redMetricsConnectors,
    redMetricsTransform,
    redSpanFilters,
    redSpanPipelines,
    type SamplingTierEndpoints,
    samplingTierEndpoints,
    TAIL,
    tailSamplingProcessor,
} from "./tail-sampling.ts";
import { credentialEnv, exporterCredentials, TRACE_EXPORTER_SECRET, type TraceExporter, traceExporterConfigs, traceExporterId } from "./trace-exporters.ts";

export const OPENTELEMETRY_OPERATOR_CHART: ChartRef = {
    chart: "opentelemetry-operator",
    version: "0.122.0",
    repo: "https://open-telemetry.github.io/opentelemetry-helm-charts",
};

/** The operator's release name: the prefix of its Service and the `app.kubernetes.io/instance` of its objects. */
export const OPERATOR_RELEASE = "opentelemetry-operator";

/**
 * The operator's webhooks for the kinds this component creates, as the chart names them (opentelemetry-operator
 * chart 0.122.0 templates/admission-webhooks/operator-webhook-with-cert-manager.yaml: Service
 * `opentelemetry-operator-webhook` 443 -> `webhook-server` 9443, `failurePolicy: {{ .Values.admissionWebhooks.failurePolicy }}`,
 * `Fail` in values.yaml; the CA injected by cert-manager's cainjector, `cert-manager.io/inject-ca-from`).
 */
export const OPERATOR_WEBHOOKS = {
    OpenTelemetryCollector: ["mopentelemetrycollectorbeta.kb.io", "vopentelemetrycollectorcreateupdatebeta.kb.io"],
    Instrumentation: ["minstrumentation.kb.io", "vinstrumentationcreateupdate.kb.io"],
} as const;
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
    /** gRPC target of an OTLP/gRPC receiver: `host:port`, or `dns:///host:port` of a headless Service to balance over its pods. */
    readonly otlpGrpcAddress: string;
}

/** Where the collector forwards metrics: an OTLP/HTTP receiver (Prometheus' `/api/v1/otlp`). */
export interface MetricsBackend {
    /** Base URL; the exporter appends `/v1/metrics`. */
    readonly otlpHttpUrl: string;
}

/** Where the collector forwards agents' OTLP logs: an OTLP/HTTP receiver (Loki's native `/otlp`). */
export interface LogsBackend {
    /** Base URL; the exporter appends `/v1/logs`. */
    readonly otlpHttpUrl: string;
}

const LOGS_EXPORTER = "otlp_http/logs";
/** The agents' OTLP logs to the log store, through the tier that sees the senders (k8s_attributes), batched under what one push to Loki may carry. */
const logsExport = (logs: LogsBackend | undefined, queues: QueuePlan | undefined) =>
    logs ? { [LOGS_EXPORTER]: { endpoint: logs.otlpHttpUrl, ...exportPolicy("logs", queues) } } : {};
const metricsExport = (metrics: MetricsBackend | undefined, queues: QueuePlan | undefined) =>
    metrics ? { [PROMETHEUS_EXPORTER]: { endpoint: metrics.otlpHttpUrl, ...exportPolicy("metrics", queues) } } : {};
const logsPipeline = (logs: LogsBackend | undefined): Record<string, Pipeline> =>
    logs ? { logs: { receivers: ["otlp"], processors: ["memory_limiter", "k8s_attributes"], exporters: [LOGS_EXPORTER] } } : {};

/** The OTLP signals the collector has a pipeline for, so agents export exactly these (the receiver rejects the rest). */
export interface Signals {
    readonly traces: boolean;
    readonly metrics: boolean;
    readonly logs: boolean;
}

type CollectorConfig = NonNullable<OpenTelemetryCollectorSpec["config"]>;

/** Where a collector's exporters keep what they could not send yet: a directory on the replica's own volume. */
export interface DurableQueue {
    readonly directory: string;
    /** Bytes of telemetry (as the exporters measure requests) all its queues hold together before they refuse more. */
    readonly sizeBytes: number;
}

/**
 * The queues' share of their volume: bbolt (file_storage) keeps freed pages until compaction, and compaction writes a
 * copy beside the database, so the queues together may use well under the volume.
 */
export const QUEUE_SHARE_OF_VOLUME = 0.5;

export type QueuedSignal = "traces" | "logs" | "metrics";
/**
 * How the queue bytes are split between the exporters that queue on one volume. Spans are most of the bytes (10,000
 * spans/s of ~1 KiB in the production profile); the agents' OTLP logs are a part of the log volume (container logs go
 * through the node collectors); metrics are the fewest, and a queue of them is worth an hour at most (exportPolicy).
 */
export const QUEUE_WEIGHTS: Readonly<Record<QueuedSignal, number>> = { traces: 7, logs: 2, metrics: 1 };

export function durableQueue(volumeSize: string, directory = "/var/lib/otelcol/queue"): DurableQueue {
    return { directory, sizeBytes: Math.floor((parseQuantity(volumeSize) ?? 0) * QUEUE_SHARE_OF_VOLUME) };
}

/** Each queue's bytes on one volume: the signals that queue there share the queue bytes by their weights. */
export type QueuePlan = Readonly<Partial<Record<QueuedSignal, number>>>;

export function planQueues(queue: DurableQueue | undefined, signals: readonly QueuedSignal[]): QueuePlan | undefined {
    if (!queue) return undefined;
    const total = signals.reduce((sum, signal) => sum + QUEUE_WEIGHTS[signal], 0);
    return Object.fromEntries(signals.map((signal) => [signal, Math.floor((queue.sizeBytes * QUEUE_WEIGHTS[signal]) / total)]));
}

const QUEUE_STORAGE = "file_storage/queue";

/**
 * The most OTLP bytes the collector sends Tempo in one request (exporterhelper v0.158 `sending_queue.batch`, sizer
 * bytes, splits larger ones). Merged batches of spans have no bound in bytes otherwise (the batch processor's
 * 8,192 spans reached 8 MiB of Envoy spans at ~1 KiB each), over gRPC's 4 MiB receive default, which Tempo's
 * OTLP receiver keeps (configgrpc max_recv_msg_size_mib unset); an oversized request fails with ResourceExhausted and
 * no RetryInfo, which the exporter drops (otlpexporter shouldRetry). Tempo's receivers take twice this (tempo.ts).
 */
export const TEMPO_EXPORT_MAX_BYTES = 4 * 2 ** 20;
/**
 * The batch the exporter waits for before sending Tempo a request (or 200 ms): half the most it sends, so under load
 * requests carry 2–4 MiB (the batch processor flushed at 8,192 spans, ~8 MiB of Envoy spans, then split at 4 MiB).
 */
export const TEMPO_EXPORT_MIN_BYTES = TEMPO_EXPORT_MAX_BYTES / 2;

/** Batches to Tempo, in bytes: at least TEMPO_EXPORT_MIN_BYTES (or 200 ms), at most TEMPO_EXPORT_MAX_BYTES. */
export const tempoExportBatch = (): Record<string, unknown> => ({ sizer: "bytes", min_size: TEMPO_EXPORT_MIN_BYTES, max_size: TEMPO_EXPORT_MAX_BYTES, flush_timeout: "200ms" });

/**
 * How long a metrics request is retried: Prometheus refuses samples older than its head's newest sample by half a
 * block (2h blocks: 1h; tsdb/head_append.go appendableMinValidTime) with 400, as it does out-of-order ones
 * (out_of_order_time_window 0s, kube-prometheus-stack's default; storage/remote/write_otlp_handler.go), so retrying
 * an older one is pointless, and it would hold the queue's only consumer.
 */
export const METRICS_RETRY_LIMIT = "1h";

/**
 * Retries, queue and batching of an exporter (exporterhelper v0.158: `sending_queue` with `storage`, `sizer` bytes,
 * `queue_size`, `batch`; configretry: the defaults give up after 5 minutes, `max_elapsed_time: 0` never does). With a
 * volume each signal queues on it, so a backend restart stalls the export instead of dropping it and a collector
 * restart resumes from the disk; data is refused only when the queue is full. Every exporter batches in its own
 * queue (after the disk where there is a volume), and no pipeline has a batch processor in front of it (export-batch.ts).
 * - traces and logs retry until the backend answers (Tempo and Loki take late data: Loki up to
 *   reject_old_samples_max_age, 7 days in the chart's defaults); their requests are split under what the backend
 *   takes in one (TEMPO_EXPORT_MAX_BYTES, log-push.ts).
 * - metrics retry for METRICS_RETRY_LIMIT, with one consumer so that a series' samples reach Prometheus in order (two
 *   consumers retrying side by side would make the older request out of order, and refused); with a batch the queue
 *   has one consumer anyway and the batcher exports through num_consumers workers (queuebatch/queue_batch.go
 *   NewQueueBatch), here one.
 */
function exportPolicy(signal: QueuedSignal, queues: QueuePlan | undefined): Record<string, unknown> {
    const batch = { batch: signal === "traces" ? tempoExportBatch() : signal === "logs" ? logExportBatch() : itemsExportBatch() };
    const bytes = queues?.[signal];
    if (bytes === undefined) return { sending_queue: batch };
    return {
        sending_queue: { enabled: true, storage: QUEUE_STORAGE, sizer: "bytes", queue_size: bytes, num_consumers: signal === "metrics" ? 1 : 10, ...batch },
        retry_on_failure: { enabled: true, initial_interval: "1s", max_interval: "30s", max_elapsed_time: signal === "metrics" ? METRICS_RETRY_LIMIT : "0s" },
    };
}

/** What a collector does between receiving and exporting, besides batching. */
export interface CollectorStages {
    /** Decide here which traces to keep, once they are complete (the one tier, or the sampling tier). @default - none */
    readonly tailSampling?: TailSamplingPolicy;
    /** Further trace backends, fed with the same traces as Tempo. @default [] */
    readonly traceExporters?: readonly TraceExporter[];
}

const TEMPO_EXPORTER = "otlp_grpc/tempo";
const PROMETHEUS_EXPORTER = "otlp_http/prometheus";
const EDGE_RECEIVERS = ["otlp", "zipkin", "jaeger"];

/** The receivers applications, proxies and ingress-nginx send to: OTLP (gRPC and HTTP), Zipkin, Jaeger. */
function edgeReceivers(endpoints: CollectorEndpoints): Record<string, unknown> {
    return {
        otlp: {
            protocols: {
                grpc: { endpoint: `0.0.0.0:${endpoints.otlpGrpcPort}` },
                http: { endpoint: `0.0.0.0:${endpoints.otlpHttpPort}` },
            },
        },
        zipkin: { endpoint: `0.0.0.0:${endpoints.zipkinPort}` },
        jaeger: { protocols: { grpc: { endpoint: "0.0.0.0:14250" }, thrift_http: { endpoint: "0.0.0.0:14268" } } },
    };
}

const baseProcessors = (k8sAttributes: boolean): Record<string, unknown> => ({
    // first in the pipeline: refuse data before the pod is OOM-killed
    memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 25 },
    // namespace, pod, deployment of the sender as resource attributes: searchable in TraceQL
    ...(k8sAttributes ? { k8s_attributes: {} } : {}),
});

/** The signals a collector exports to a backend of its own, so queues on its volume. */
const queuedSignals = (traces: boolean, metrics: MetricsBackend | undefined, logs: LogsBackend | undefined): QueuedSignal[] => [
    ...(traces ? (["traces"] as const) : []),
    ...(metrics ? (["metrics"] as const) : []),
    ...(logs ? (["logs"] as const) : []),
];

const storageExtension = (queue: DurableQueue | undefined) =>
    queue
        ? {
              extensions: {
                  // compaction reclaims the space a drained queue leaves behind (on start, and online after a backlog)
                  [QUEUE_STORAGE]: { directory: queue.directory, create_directory: true, compaction: { on_start: true, on_rebound: true, directory: queue.directory } },
              },
          }
        : {};

/**
 * From the received spans to Tempo and the further backends. Without tail sampling one pipeline does it all. With
 * it, the intake pipeline feeds the RED-metrics connectors (every span, before the decision: the service graph
 * directly, the span metrics through the two pipelines that split them, redSpanPipelines) and, through a forward
 * connector, the pipeline that samples and exports; the connectors' metrics go to Prometheus in a pipeline of their own.
 */
interface Pipeline {
    readonly receivers: string[];
    readonly processors: string[];
    readonly exporters: string[];
}

function exportStages(
    intake: { receivers: string[]; processors: string[] },
    traces: TraceBackend,
    metrics: MetricsBackend | undefined,
    queues: QueuePlan | undefined,
    stages: CollectorStages,
    collectorService: string,
): { processors: Record<string, unknown>; connectors?: Record<string, unknown>; exporters: Record<string, unknown>; pipelines: Record<string, Pipeline> } {
    const vendors = stages.traceExporters ?? [];
    const exporters = {
        // round_robin over every address the target resolves to (configgrpc v0.158.0: the default, said explicitly)
        [TEMPO_EXPORTER]: { endpoint: traces.otlpGrpcAddress, tls: { insecure: true }, balancer_name: "round_robin", ...exportPolicy("traces", queues) },
        ...traceExporterConfigs(vendors),
    };
    const toBackends = [TEMPO_EXPORTER, ...vendors.map(traceExporterId)];
    const tail = stages.tailSampling;
    if (!tail) return { processors: {}, exporters, pipelines: { traces: { ...intake, exporters: toBackends } } };
    const red = metrics !== undefined;
    const connectors = { ...(red ? redMetricsConnectors(tail) : {}), [TAIL.forward]: {} };
    return {
        processors: { [TAIL.processor]: tailSamplingProcessor(tail), ...(red ? { ...redSpanFilters(tail), [TAIL.transform]: redMetricsTransform(collectorService) } : {}) },
        connectors,
        exporters,
        pipelines: {
            traces: { ...intake, exporters: [...(red ? [TAIL.forwardRed, TAIL.serviceGraph] : []), TAIL.forward] },
            [TAIL.sampledPipeline]: { receivers: [TAIL.forward], processors: [TAIL.processor], exporters: toBackends },
            ...(red
                ? {
                      ...redSpanPipelines(),
                      [TAIL.redPipeline]: { receivers: [TAIL.spanMetrics, TAIL.spanMetricsKept, TAIL.serviceGraph], processors: ["memory_limiter", TAIL.transform], exporters: [PROMETHEUS_EXPORTER] },
                  }
                : {}),
        },
    };
}

/**
 * The collector pipelines of the one tier: traces (OTLP, Zipkin, Jaeger in) to the trace backend (and the further
 * backends), and, when there is a metrics backend, the agents' OTLP metrics to it. Memory limiter first, Kubernetes
 * metadata; the exporters batch (exportPolicy); with tail sampling, the decision and the RED metrics too (see exportStages). With a log store,
 * the agents' OTLP logs go to it; without one there is no logs pipeline, and agents are told not to export logs (see
 * instrumentationSpec). Component names are those of the collector-k8s distribution 0.158. The collector's own
 * metrics: collector-telemetry.ts.
 */
export function collectorConfig(
    endpoints: CollectorEndpoints,
    traces: TraceBackend,
    metrics?: MetricsBackend,
    queue?: DurableQueue,
    stages: CollectorStages = {},
    logs?: LogsBackend,
): CollectorConfig {
    const processors = ["memory_limiter", "k8s_attributes"];
    const queues = planQueues(queue, queuedSignals(true, metrics, logs));
    const stage = exportStages({ receivers: EDGE_RECEIVERS, processors }, traces, metrics, queues, stages, endpoints.service);
    const tracesPipelines = stage.pipelines;
    return {
        ...storageExtension(queue),
        receivers: edgeReceivers(endpoints),
        processors: { ...baseProcessors(true), ...stage.processors },
        exporters: { ...stage.exporters, ...metricsExport(metrics, queues), ...logsExport(logs, queues) },
        ...(stage.connectors ? { connectors: stage.connectors } : {}),
        service: {
            ...(queue ? { extensions: [QUEUE_STORAGE] } : {}),
            pipelines: {
                traces: tracesPipelines.traces,
                ...(tracesPipelines[TAIL.sampledPipeline] ? { [TAIL.sampledPipeline]: tracesPipelines[TAIL.sampledPipeline] } : {}),
                ...(metrics ? { metrics: { receivers: ["otlp"], processors, exporters: [PROMETHEUS_EXPORTER] } } : {}),
                ...logsPipeline(logs),
                ...Object.fromEntries([TAIL.spansPipeline, TAIL.keptSpansPipeline, TAIL.redPipeline].filter((id) => tracesPipelines[id]).map((id) => [id, tracesPipelines[id]])),
            },
            // its own metrics, for Prometheus: names the alert rules rely on
            telemetry: collectorTelemetry(),
        },
    };
}

/**
 * The gateway tier (two tiers): receives what the one tier receives, keeps `k8s_attributes` (only it sees the senders'
 * pod addresses), the agents' metrics and logs, and routes every trace by its ID to one replica of the sampling tier.
 * With a volume, the agents' metrics and logs queue on it (exportPolicy), batched by their exporters; the spans go on
 * in memory, batched by the batch processor, to a tier that holds them for the decision anyway (the load balancer's
 * sub-exporters have no volume to queue on).
 */
export function gatewayTierConfig(endpoints: CollectorEndpoints, tier: SamplingTierEndpoints, metrics?: MetricsBackend, logs?: LogsBackend, queue?: DurableQueue): CollectorConfig {
    const processors = ["memory_limiter", "k8s_attributes"];
    const signals = queuedSignals(false, metrics, logs);
    const queues = signals.length > 0 ? planQueues(queue, signals) : undefined;
    return {
        ...storageExtension(queues && queue),
        receivers: edgeReceivers(endpoints),
        processors: { ...baseProcessors(true), batch: {} },
        exporters: { [TAIL.loadBalancer]: loadBalancingExporter(tier), ...metricsExport(metrics, queues), ...logsExport(logs, queues) },
        service: {
            ...(queues ? { extensions: [QUEUE_STORAGE] } : {}),
            pipelines: {
                traces: { receivers: EDGE_RECEIVERS, processors: [...processors, "batch"], exporters: [TAIL.loadBalancer] },
                ...(metrics ? { metrics: { receivers: ["otlp"], processors, exporters: [PROMETHEUS_EXPORTER] } } : {}),
                ...logsPipeline(logs),
            },
            telemetry: collectorTelemetry(),
        },
    };
}

/**
 * The sampling tier (two tiers): OTLP/gRPC from the gateway's load balancer only, then the decision, the RED metrics
 * and the export of the one tier (durable queue to Tempo included).
 */
export function samplingTierConfig(tier: SamplingTierEndpoints, traces: TraceBackend, metrics: MetricsBackend | undefined, queue: DurableQueue | undefined, stages: CollectorStages): CollectorConfig {
    const queues = planQueues(queue, queuedSignals(true, metrics, undefined));
    const stage = exportStages({ receivers: ["otlp"], processors: ["memory_limiter"] }, traces, metrics, queues, stages, `${tier.name}-collector`);
    return {
        ...storageExtension(queue),
        // the gateway forwards whole batches (batch processor default: 8,192 spans, several MiB of Envoy spans), above
        // gRPC's 4 MiB default message limit (collector v0.158 configgrpc max_recv_msg_size_mib)
        receivers: { otlp: { protocols: { grpc: { endpoint: `0.0.0.0:${tier.otlpGrpcPort}`, max_recv_msg_size_mib: 32 } } } },
        processors: { ...baseProcessors(false), ...stage.processors },
        exporters: { ...stage.exporters, ...metricsExport(metrics, queues) },
        ...(stage.connectors ? { connectors: stage.connectors } : {}),
        service: { ...(queue ? { extensions: [QUEUE_STORAGE] } : {}), pipelines: stage.pipelines, telemetry: collectorTelemetry() },
    };
}

/** The signals a collector config has pipelines for. */
export function collectorSignals(config: CollectorConfig): Signals {
    const pipelines = Object.keys(config.service.pipelines);
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
            manager: {
                // the operator grants each collector the read access its k8s_attributes processor needs
                createRbacPermissions: true,
                // the Instrumentation configures Go (SDK_AGENTS), but the operator injects it only with
                // --enable-go-instrumentation (0.158.0 internal/config/config.go: EnableGoAutoInstrumentation false),
                // which the chart sets from this value (templates/deployment.yaml); without it a Go pod's inject
                // annotation is logged as "support for Go auto instrumentation is not enabled" and the pod runs
                // uninstrumented (seen in tests/real/operator-reconcile.test.ts). The Go agent is an eBPF sidecar:
                // privileged, as root, sharing the pod's process namespace (internal/instrumentation/golang.go).
                autoInstrumentation: { go: { enabled: true } },
            },
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
    /** Where agents' logs go; without one, agents export none. @default - no logs pipeline */
    readonly logsBackend?: LogsBackend;
    readonly samplingPercent: number;
    /** Namespaces that get an `Instrumentation` (pods opt in with `instrumentation.opentelemetry.io/inject-<lang>: "true"`). */
    readonly instrumentedNamespaces: readonly ExistingNamespace[];
    /** @default "opentelemetry-operator-system" */
    readonly operatorNamespace?: string;
    /** The collector's replicas, requests and queue volume (the gateway tier's, with two tiers). @default - the lab profile */
    readonly collectorSizing?: ComponentSizing;
    /**
     * Decide in the collector which traces to keep, once they are complete. With more than one collector replica this
     * adds a sampling tier behind the collector (the gateway), which routes every trace to one of its replicas.
     * @default - none: the head-deciding layers sample
     */
    readonly tailSampling?: TailSamplingPolicy;
    /** The sampling tier's replicas, requests and queue volume (two tiers only). @default - the lab profile */
    readonly samplingCollectorSizing?: ComponentSizing;
    /** Further trace backends, fed with the same traces as Tempo; their credentials go to a Secret. @default [] */
    readonly traceExporters?: readonly TraceExporter[];
    /** The operator's size. @default - the lab profile */
    readonly operatorSizing?: ComponentSizing;
    /** Raw operator chart values, merged last. @default {} */
    readonly values?: Values;
    /**
     * Labels of the collectors' namespace, for what else runs there: the node log collectors need it to admit their
     * host paths (LOG_COLLECTOR_POD_SECURITY, components/log-shipping.ts). @default {}
     */
    readonly collectorNamespaceLabels?: Readonly<Record<string, string>>;
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

/** The ServiceAccount the operator makes for a collector CR (internal/naming/main.go ServiceAccount). */
export const collectorServiceAccount = (name: string) => `${name}-collector`;

/** The collector image runs as user 10001; the queue volume must be writable by it. */
const COLLECTOR_FS_GROUP = 10001;

/**
 * How the operator runs the collector: a StatefulSet when it queues on disk (each replica its own volume), sized
 * from the profile, with a PodDisruptionBudget and node spreading when replicated. The memory_limiter's percentages
 * are of the memory limit.
 */
export function collectorWorkload(sizing: ComponentSizing, queue: DurableQueue | undefined, namespace: string = COLLECTOR_NAMESPACE, name: string = COLLECTOR_NAME): Omit<OpenTelemetryCollectorSpec, "config"> {
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
    /** Completes once the operator's webhooks admit collectors and Instrumentations; everything of those kinds waits for it. */
    readonly webhookProbe: AdmissionProbe;
    /** The collector everything sends to (the gateway tier, with two tiers). */
    readonly collector: k8s.apiextensions.CustomResource;
    /** The sampling tier, when tail sampling runs on two tiers. */
    readonly samplingCollector?: k8s.apiextensions.CustomResource;
    readonly samplingTier?: SamplingTierEndpoints;
    /** The collectors' namespace (the node-level log collectors run here too). */
    readonly collectorNamespace: k8s.core.v1.Namespace;
    readonly instrumentations: k8s.apiextensions.CustomResource[];

    constructor(name: string, args: OpenTelemetryArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:OpenTelemetry", name, {}, opts);
        this.endpoints = collectorEndpoints();
        const childOpts = { parent: this, provider: args.provider };

        this.operatorNamespace = args.operatorNamespace ?? PLATFORM_NAMESPACES.openTelemetryOperator;
        const operatorChartValues = mergeValues(operatorValues(args.operatorSizing), args.values);
        const operatorNamespace = componentNamespace(`${name}-operator-namespace`, this.operatorNamespace, childOpts);
        this.operatorChart = renderedChart(
            `${name}-operator`,
            {
                ref: OPENTELEMETRY_OPERATOR_CHART,
                release: OPERATOR_RELEASE,
                namespace: operatorNamespace.metadata.name,
                values: operatorChartValues,
            },
            { ...childOpts, dependsOn: [args.certManager.release] },
        );

        const collectorSizing = args.collectorSizing ?? PROFILES.lab.collector;
        const stages: CollectorStages = { tailSampling: args.tailSampling, traceExporters: args.traceExporters ?? [] };
        const namespace = this.endpoints.namespace;
        // the operator's webhooks default and validate these resources: they wait for it
        const collectorNamespace = dataNamespace(`${name}-collector-namespace`, namespace, childOpts, { ...args.collectorNamespaceLabels });
        this.collectorNamespace = collectorNamespace;

        // exporter credentials: a Secret the exporting collector reads as environment (pods read it at start)
        const credentials = exporterCredentials(stages.traceExporters ?? []);
        const credentialsSecret =
            credentials.size > 0
                ? new k8s.core.v1.Secret(
                      `${name}-trace-exporter-credentials`,
                      { metadata: { name: TRACE_EXPORTER_SECRET, namespace: collectorNamespace.metadata.name }, stringData: Object.fromEntries(credentials) },
                      childOpts,
                  )
                : undefined;
        const exportingEnv = [...(args.tailSampling && args.metricsBackend ? [POD_NAME_ENV] : []), ...credentialEnv(credentials.keys())];

        // The models first: the operator's webhooks are probed with them before any is created.
        let config: CollectorConfig;
        let samplingModel: OpenTelemetryCollector | undefined;
        let collectorModel: OpenTelemetryCollector;
        let loadBalancerBinding: k8s.rbac.v1.RoleBinding | undefined;
        if (args.tailSampling && isReplicated(collectorSizing)) {
            // two tiers: tail sampling needs every span of a trace on one replica
            const tier = (this.samplingTier = samplingTierEndpoints(namespace, COLLECTOR_NAME));
            const samplingSizing = args.samplingCollectorSizing ?? PROFILES.lab.samplingCollector;
            const samplingQueue = samplingSizing.storage ? durableQueue(samplingSizing.storage) : undefined;
            samplingModel = new OpenTelemetryCollector({
                metadata: { name: tier.name, namespace },
                spec: {
                    ...collectorWorkload(samplingSizing, samplingQueue, namespace, tier.name),
                    env: exportingEnv,
                    config: samplingTierConfig(tier, args.traceBackend, args.metricsBackend, samplingQueue, stages),
                },
            });
            // the gateway's load balancer watches the sampling tier's EndpointSlices; it cannot start without the right
            const role = new k8s.rbac.v1.Role(
                `${name}-load-balancer-role`,
                { metadata: { name: `${COLLECTOR_NAME}-load-balancer`, namespace: collectorNamespace.metadata.name }, rules: LOAD_BALANCER_RBAC_RULES },
                childOpts,
            );
            loadBalancerBinding = new k8s.rbac.v1.RoleBinding(
                `${name}-load-balancer-binding`,
                {
                    metadata: { name: `${COLLECTOR_NAME}-load-balancer`, namespace: collectorNamespace.metadata.name },
                    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: role.metadata.name },
                    subjects: [{ kind: "ServiceAccount", name: collectorServiceAccount(COLLECTOR_NAME), namespace }],
                },
                childOpts,
            );
            // the agents' metrics and logs queue on the gateway's volume; without either, it holds nothing for long
            // and runs as a Deployment, which rolls faster than a StatefulSet
            const gatewayQueue = collectorSizing.storage && (args.metricsBackend || args.logsBackend) ? durableQueue(collectorSizing.storage) : undefined;
            config = gatewayTierConfig(this.endpoints, tier, args.metricsBackend, args.logsBackend, gatewayQueue);
            collectorModel = new OpenTelemetryCollector({ metadata: { name: COLLECTOR_NAME, namespace }, spec: { ...collectorWorkload(collectorSizing, gatewayQueue), config } });
        } else {
            const queue = collectorSizing.storage ? durableQueue(collectorSizing.storage) : undefined;
            config = collectorConfig(this.endpoints, args.traceBackend, args.metricsBackend, queue, stages, args.logsBackend);
            collectorModel = new OpenTelemetryCollector({
                metadata: { name: COLLECTOR_NAME, namespace },
                spec: { ...collectorWorkload(collectorSizing, queue), ...(exportingEnv.length > 0 ? { env: exportingEnv } : {}), config },
            });
        }
        const spec = instrumentationSpec(this.endpoints, args.samplingPercent, collectorSignals(config));
        const instrumentationModels = args.instrumentedNamespaces.map((namespace) => new Instrumentation({ metadata: { name: "default", namespace: namespace.name }, spec }));

        // The operator is ready when its webhook listens, but the webhook's CA comes from cert-manager's cainjector
        // on its own schedule (components/admission-probe.ts): every collector and Instrumentation waits for a dry run
        // of each kind that the operator's webhooks have answered.
        this.webhookProbe = new AdmissionProbe(
            `${name}-webhook-probe`,
            {
                provider: args.provider,
                namespace: this.operatorNamespace,
                probes: [
                    { object: checkCustomResource(collectorModel), webhooks: OPERATOR_WEBHOOKS.OpenTelemetryCollector },
                    ...instrumentationModels.slice(0, 1).map((model) => ({ object: checkCustomResource(model), webhooks: OPERATOR_WEBHOOKS.Instrumentation })),
                ],
                after: [this.operatorChart],
                rerunKey: pulumi.output(operatorChartValues).apply((values) => JSON.stringify([OPENTELEMETRY_OPERATOR_CHART, values])),
            },
            { parent: this },
        );
        const exportingWaits = [this.webhookProbe.job, collectorNamespace, ...(credentialsSecret ? [credentialsSecret] : [])];
        if (samplingModel) this.samplingCollector = createCustomResource(`${name}-sampling-collector`, samplingModel, { ...childOpts, dependsOn: exportingWaits });
        this.collector = createCustomResource(
            `${name}-collector`,
            collectorModel,
            { ...childOpts, dependsOn: loadBalancerBinding ? [this.webhookProbe.job, collectorNamespace, loadBalancerBinding] : exportingWaits },
        );
        this.instrumentations = instrumentationModels.map((model, index) =>
            createCustomResource(`${name}-instrumentation-${args.instrumentedNamespaces[index].name}`, model, {
                ...childOpts,
                dependsOn: [this.webhookProbe.job, args.instrumentedNamespaces[index].resource],
            }),
        );
        this.registerOutputs({ endpoints: this.endpoints });
    }
}
