// Tail sampling in the collector: the decision (tail_sampling), RED metrics from every span before it (span_metrics,
// service_graph, renamed to what Tempo's metrics-generator writes), and the trace-ID routing that puts all spans of a
// trace on one replica when the collector runs several (load_balancing to a second collector tier). Pure builders of
// collector config; component types are those of the otelcol-k8s distribution 0.158.
import type { TailSamplingPolicy } from "./sampling.ts";

/** The connector and pipeline ids the tail-sampling stage adds to a collector config. */
export const TAIL = {
    processor: "tail_sampling",
    /** RED metrics of the spans whose trace the decision may drop: no exemplars. */
    spanMetrics: "span_metrics",
    /** RED metrics of the spans whose trace the decision surely keeps, with exemplars (see surelyKeptCondition). */
    spanMetricsKept: "span_metrics/kept",
    serviceGraph: "service_graph",
    /** Carries the received spans from the pipeline that feeds the connectors to the one that samples. */
    forward: "forward/sampling",
    /** Carries the received spans to the two span-metrics pipelines, each of which filters its share. */
    forwardRed: "forward/red",
    /** Passes the spans whose trace the decision surely keeps. */
    surelyKeptFilter: "filter/surely-kept",
    /** Passes every other span. */
    maybeDroppedFilter: "filter/maybe-dropped",
    transform: "transform/red",
    sampledPipeline: "traces/sampled",
    spansPipeline: "traces/red",
    keptSpansPipeline: "traces/red-kept",
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
/** span_metrics/kept's namespace, renamed to SPAN_METRICS_NAMESPACE in the transform. */
const KEPT_NAMESPACE = `${SPAN_METRICS_NAMESPACE}.kept`;
/**
 * The data point attribute (Prometheus label `tail_sampling_kept="true"`) of the span metrics span_metrics/kept
 * counts: without it their series would collide with span_metrics' of the same labels. Queries sum over it, as they
 * do over the replicas' `instance`. The connector adds it itself, as a dimension no span carries and its `default`
 * (spanmetricsconnector v0.158 README `dimensions`): a transform statement keyed on the metric's name would label
 * only the first data point, the one that renames the metric (the statements run per data point).
 */
export const KEPT_ATTRIBUTE = "tail_sampling.kept";

/**
 * The label Prometheus' OTLP receiver gives an exemplar's trace id, in hex (prometheus v3.14.0 = v0.314.0
 * `storage/remote/otlptranslator/prometheusremotewrite/helper.go` `traceIDKey`; span id: `span_id`).
 */
export const OTLP_EXEMPLAR_TRACE_ID_LABEL = "trace_id";

/** Tempo's metrics-generator defaults, so dashboards keep their resolution: span metrics 2 ms … 16.4 s, doubling. */
const SPAN_LATENCY_BUCKETS = Array.from({ length: 14 }, (_, i) => `${2 * 2 ** i}ms`);
/** Service graph: 0.1 s … 12.8 s, doubling. */
const SERVICE_GRAPH_BUCKETS = Array.from({ length: 8 }, (_, i) => `${100 * 2 ** i}ms`);

/**
 * A span whose trace the decision keeps whatever its other spans hold: status ERROR (policy `errors`), or longer than
 * slowRequestMs (policy `slow` keeps a trace when `duration.Milliseconds() > threshold_ms`, its duration running from
 * the first span's start to the last span's end, so at least any one span's: tailsamplingprocessor v0.158
 * internal/sampling/latency.go, status_code.go). OTTL span context (contrib pkg/ottl v0.158 ctxspan).
 */
export function surelyKeptCondition(policy: TailSamplingPolicy): string {
    const slowNanos = (Math.floor(policy.slowRequestMs) + 1) * 1_000_000;
    return `span.status.code == STATUS_CODE_ERROR or span.end_time_unix_nano - span.start_time_unix_nano >= ${slowNanos}`;
}

/**
 * The two filters that split the received spans between span_metrics and span_metrics/kept: each count is exact and
 * no span is counted twice. The filter processor drops what its conditions match (filterprocessor v0.158 README).
 */
export function redSpanFilters(policy: TailSamplingPolicy): Record<string, unknown> {
    const kept = surelyKeptCondition(policy);
    return {
        [TAIL.surelyKeptFilter]: { error_mode: "ignore", trace_conditions: [`not (${kept})`] },
        [TAIL.maybeDroppedFilter]: { error_mode: "ignore", trace_conditions: [kept] },
    };
}

/** The span-metrics pipelines: the received spans (forward/red), split by redSpanFilters into the two connectors. */
export function redSpanPipelines(): Record<string, { receivers: string[]; processors: string[]; exporters: string[] }> {
    return {
        [TAIL.spansPipeline]: { receivers: [TAIL.forwardRed], processors: [TAIL.maybeDroppedFilter], exporters: [TAIL.spanMetrics] },
        [TAIL.keptSpansPipeline]: { receivers: [TAIL.forwardRed], processors: [TAIL.surelyKeptFilter], exporters: [TAIL.spanMetricsKept] },
    };
}

/**
 * The dimension span_metrics adds to every data point while its gate `connector.spanmetrics.includeCollectorInstanceID`
 * is on (beta, so on by default, at v0.158.0: internal/metadata/generated_feature_gates.go; connector.go
 * `buildAttributes`): a random UUID per start (factory.go: the collector's component resource has no
 * `collector.instance.id`, so uuid.NewRandom()). As the label `collector_instance_id` it would start new series on
 * every collector restart; the replicas are told apart by the resource (job, instance) that transform/red sets.
 */
export const SPAN_METRICS_EXCLUDED_DIMENSIONS = ["collector.instance.id"] as const;

/**
 * RED metrics from every span, before the sampling decision. span_metrics (v0.158): dimensions service.name,
 * span.name, span.kind, status.code (collector.instance.id excluded, see above); seconds, explicit buckets.
 * service_graph (v0.158): `traces_service_graph_request_total`, `…_failed_total`, `…_request_server`/`…_client`
 * histograms in seconds (the legacy-name and millisecond gates are deprecated), labels client, server,
 * connection_type, failed. Its store pairs a client span with its server span: Envoy flushes spans
 * every 5 s, so they wait as long as the sampler does.
 *
 * Exemplars (span_metrics records none by default: `exemplars.enabled`; then up to `max_per_data_point` 5 per series
 * per flush, the first spans that come, connector.go) only where their trace is surely kept: an exemplar of a span
 * the decision may drop would mostly open "trace not found". So span_metrics/kept, with exemplars, counts the failed
 * and slow spans (redSpanFilters), and span_metrics, without, the others; the failed and slow requests are the ones
 * a latency or error panel's exemplars are opened for.
 */
export function redMetricsConnectors(policy: TailSamplingPolicy): Record<string, unknown> {
    const spanMetrics = {
        namespace: SPAN_METRICS_NAMESPACE,
        histogram: { unit: "s", explicit: { buckets: SPAN_LATENCY_BUCKETS } },
        // one resource group per service: the resource is replaced below, and two groups of one service would
        // become two series with the same labels
        resource_metrics_key_attributes: ["service.name"],
        exclude_dimensions: [...SPAN_METRICS_EXCLUDED_DIMENSIONS],
        metrics_flush_interval: "15s",
        metrics_expiration: "5m",
    };
    return {
        [TAIL.forwardRed]: {},
        [TAIL.spanMetrics]: spanMetrics,
        [TAIL.spanMetricsKept]: { ...spanMetrics, namespace: KEPT_NAMESPACE, dimensions: [{ name: KEPT_ATTRIBUTE, default: "true" }], exemplars: { enabled: true } },
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
 * histogram has no `_seconds`), `service.name` → `service`; span_metrics/kept's metrics first get span_metrics' names.
 * The resource becomes this collector replica (job, instance): series from two replicas must
 * differ, and the spans' resource attributes of one arbitrary span mean nothing here. The pod name comes from the
 * POD_NAME variable (spec.env).
 */
export function redMetricsTransform(collectorService: string): Record<string, unknown> {
    const latency = `${SPAN_METRICS_NAMESPACE}.latency`;
    const kept = ["calls", "duration"].map((metric) => [`${KEPT_NAMESPACE}.${metric}`, `${SPAN_METRICS_NAMESPACE}.${metric}`]);
    return {
        error_mode: "ignore",
        metric_statements: [
            ...kept.map(([from, to]) => `set(metric.name, "${to}") where metric.name == "${from}"`),
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
