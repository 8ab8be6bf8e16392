// Tail sampling in the collector: the decision (tail_sampling), RED metrics from every span before it (span_metrics,
// service_graph, renamed to what Tempo's metrics-generator writes), and the trace-ID routing that puts all spans of a
// trace on one replica when the collector runs several (load_balancing to a second collector tier). Pure builders of
// collector config; component types are those of the otelcol-k8s distribution 0.158.
import type { TailSamplingPolicy } from "./sampling.ts";

/** The connector and pipeline ids the tail-sampling stage adds to a collector config. */
export const TAIL = {
    processor: "tail_sampling",
    spanMetrics: "span_metrics",
    serviceGraph: "service_graph",
    /** Carries the received spans from the pipeline that feeds the connectors to the one that samples. */
    forward: "forward/sampling",
    transform: "transform/red",
    sampledPipeline: "traces/sampled",
    redPipeline: "metrics/red",
    loadBalancer: "load_balancing/sampling",
} as const;

/**
 * HTTP attributes whose value ≥ 500 marks a failed request: the stable semantic convention (SDK agents), its
 * predecessor (older agents; ingress-nginx's otel module sets it as an integer), both integers; and Envoy's tracer,
 * which reports `http.status_code` as a string (Envoy `source/extensions/tracers/opentelemetry/tracer.cc` setTag).
 */
export const HTTP_STATUS_ATTRIBUTES = { numeric: ["http.response.status_code", "http.status_code"], string: ["http.status_code"] } as const;

/**
 * Traces each replica holds until their decision (`num_traces`; the default, said explicitly): at 10 s decision_wait,
 * 5,000 new traces/s. Beyond it the processor evicts the oldest undecided trace, which is then lost (the pipeline's
 * alert OtelCollectorTailSamplingDroppingTraces says so).
 */
export const TAIL_SAMPLING_NUM_TRACES = 50000;

/**
 * The decision, once a trace is complete: keep it when a span has status ERROR (Envoy sets it for 5xx since
 * envoyproxy/envoy#33674, in Istio ≥ 1.23; the SDKs per the HTTP semantic conventions), when any span carries an
 * HTTP status ≥ 500 (a 503 Envoy generates itself has no server span), when it lasts longer than slowRequestMs, and
 * `keepPercent` % of all traces (trace-ID hash, so every replica decides the same). Any policy that matches keeps the
 * trace. Field names: contrib tailsamplingprocessor v0.158 (config.schema.yaml).
 */
export function tailSamplingProcessor(policy: TailSamplingPolicy): Record<string, unknown> {
    return {
        decision_wait: policy.decisionWait,
        num_traces: TAIL_SAMPLING_NUM_TRACES,
        // late spans of a kept trace (a span ending after the decision) are kept too
        decision_cache: { sampled_cache_size: 500000 },
        policies: [
            { name: "errors", type: "status_code", status_code: { status_codes: ["ERROR"] } },
            ...HTTP_STATUS_ATTRIBUTES.numeric.map((key) => ({
                name: `server-errors-${key}`,
                type: "numeric_attribute",
                numeric_attribute: { key, min_value: 500, max_value: 599 },
            })),
            ...HTTP_STATUS_ATTRIBUTES.string.map((key) => ({
                name: `server-errors-${key}-text`,
                type: "string_attribute",
                string_attribute: { key, values: ["^5[0-9][0-9]$"], enabled_regex_matching: true },
            })),
            { name: "slow", type: "latency", latency: { threshold_ms: policy.slowRequestMs } },
            { name: "sample", type: "probabilistic", probabilistic: { sampling_percentage: policy.keepPercent } },
        ],
    };
}

/**
 * The series Grafana's Tempo datasource reads for its service map and service-graph table, as Tempo's
 * metrics-generator writes them (grafana `public/app/plugins/datasource/tempo`: graphTransform.ts, datasource.ts):
 * service graph edges by `client`/`server`, span RED by `service`, `span_name`, `span_kind` (SPAN_KIND_SERVER…),
 * `status_code` (STATUS_CODE_ERROR…).
 */
export const TEMPO_RED_SERIES = {
    requests: "traces_service_graph_request_total",
    failedRequests: "traces_service_graph_request_failed_total",
    serverLatency: "traces_service_graph_request_server_seconds",
    clientLatency: "traces_service_graph_request_client_seconds",
    calls: "traces_spanmetrics_calls_total",
    latency: "traces_spanmetrics_latency",
} as const;

/** span_metrics' metric names are `<namespace>.calls` and `<namespace>.duration` (contrib spanmetricsconnector). */
export const SPAN_METRICS_NAMESPACE = "traces.spanmetrics";

/** Tempo's metrics-generator defaults, so dashboards keep their resolution: span metrics 2 ms … 16.4 s, doubling. */
const SPAN_LATENCY_BUCKETS = Array.from({ length: 14 }, (_, i) => `${2 * 2 ** i}ms`);
/** Service graph: 0.1 s … 12.8 s, doubling. */
const SERVICE_GRAPH_BUCKETS = Array.from({ length: 8 }, (_, i) => `${100 * 2 ** i}ms`);

/**
 * RED metrics from every span, before the sampling decision. span_metrics (v0.158): dimensions service.name,
 * span.name, span.kind, status.code (+ collector.instance.id, gate includeCollectorInstanceID beta); seconds,
 * explicit buckets. service_graph (v0.158): `traces_service_graph_request_total`, `…_failed_total`,
 * `…_request_server`/`…_client` histograms in seconds (the legacy-name and millisecond gates are deprecated), labels
 * client, server, connection_type, failed. Its store pairs a client span with its server span: Envoy flushes spans
 * every 5 s, so they wait as long as the sampler does.
 */
export function redMetricsConnectors(policy: TailSamplingPolicy): Record<string, unknown> {
    return {
        [TAIL.spanMetrics]: {
            namespace: SPAN_METRICS_NAMESPACE,
            histogram: { unit: "s", explicit: { buckets: SPAN_LATENCY_BUCKETS } },
            // one resource group per service: the resource is replaced below, and two groups of one service would
            // become two series with the same labels
            resource_metrics_key_attributes: ["service.name"],
            metrics_flush_interval: "15s",
            metrics_expiration: "5m",
        },
        [TAIL.serviceGraph]: {
            latency_histogram_buckets: SERVICE_GRAPH_BUCKETS,
            store: { ttl: policy.decisionWait, max_items: 100000 },
            metrics_flush_interval: "15s",
        },
    };
}

/**
 * Renames the connectors' output to Tempo's series and labels as Prometheus' OTLP receiver translates it
 * (UnderscoreEscapingWithSuffixes, set explicitly: dots become underscores, `_total` on counters, a unit suffix
 * unless the name has it): `traces.spanmetrics.duration` → `traces.spanmetrics.latency` without a unit (Tempo's
 * histogram has no `_seconds`), `service.name` → `service`. The resource becomes this collector replica (job, instance):
 * series from two replicas must differ, and the spans' resource attributes of one arbitrary span mean nothing here.
 * The pod name comes from the POD_NAME variable (spec.env).
 */
export function redMetricsTransform(collectorService: string): Record<string, unknown> {
    const latency = `${SPAN_METRICS_NAMESPACE}.latency`;
    return {
        error_mode: "ignore",
        metric_statements: [
            `set(metric.name, "${latency}") where metric.name == "${SPAN_METRICS_NAMESPACE}.duration"`,
            `set(metric.unit, "") where metric.name == "${latency}"`,
            'set(datapoint.attributes["service"], datapoint.attributes["service.name"]) where datapoint.attributes["service.name"] != nil',
            'delete_key(datapoint.attributes, "service.name")',
            "keep_keys(resource.attributes, [])",
            `set(resource.attributes["service.name"], "${collectorService}")`,
            'set(resource.attributes["service.instance.id"], "${env:POD_NAME}")',
        ],
    };
}

/** Prometheus' OTLP translation the RED metric names rely on (prometheus/otlptranslator; Prometheus 3.x default). */
export const OTLP_TRANSLATION_STRATEGY = "UnderscoreEscapingWithSuffixes";

/** The pod's own name, for the RED metrics' `instance` (the operator sets POD_NAME only when spec.env does not). */
export const POD_NAME_ENV = { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } };

/** Where the gateway tier routes spans: the sampling tier's headless Service, which lists every replica's address. */
export interface SamplingTierEndpoints {
    readonly namespace: string;
    /** The sampling tier's OpenTelemetryCollector. */
    readonly name: string;
    /** `<cr>-collector-headless`, the operator's naming (internal/naming/main.go HeadlessService). */
    readonly headlessService: string;
    readonly otlpGrpcPort: number;
}

export function samplingTierEndpoints(namespace: string, gatewayName: string): SamplingTierEndpoints {
    const name = `${gatewayName}-sampling`;
    return { namespace, name, headlessService: `${name}-collector-headless`, otlpGrpcPort: 4317 };
}

/**
 * Routes every span by trace ID to one sampling-tier replica. The Kubernetes resolver takes `<service>.<namespace>`
 * (it splits at the first dot, so not an FQDN: contrib resolver_k8s.go, #44472) and watches the Service's
 * EndpointSlices (since contrib 0.140, #44494), which the gateway's ServiceAccount must be allowed to read.
 */
export function loadBalancingExporter(tier: SamplingTierEndpoints): Record<string, unknown> {
    return {
        routing_key: "traceID",
        protocol: { otlp: { tls: { insecure: true } } },
        resolver: { k8s: { service: `${tier.headlessService}.${tier.namespace}`, ports: [tier.otlpGrpcPort] } },
    };
}

/** What the load balancer's Kubernetes resolver reads (discovery.k8s.io EndpointSlices; the operator grants nothing for it). */
export const LOAD_BALANCER_RBAC_RULES = [{ apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] }];
