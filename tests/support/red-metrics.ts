// Models of the three steps between a span and the series Grafana queries, for the RED-metrics contract:
// 1. what the span_metrics and service_graph connectors emit for a config (contrib v0.158.0),
// 2. the transform processor's statements, for exactly the statement shapes our config uses (anything else throws),
// 3. Prometheus' OTLP receiver naming with UnderscoreEscapingWithSuffixes (prometheus/otlptranslator metric_namer.go,
//    label_namer.go; resource attributes service.name → job, service.instance.id → instance).
// Each model cites its source; none reads ../shared.

export interface OtlpMetric {
    name: string;
    unit: string;
    type: "sum" | "histogram";
    monotonic: boolean;
    /** One data point's attribute names and example values. */
    attributes: Record<string, string>;
    resource: Record<string, string>;
    /** Whether its data points carry exemplars (a span's trace and span id). */
    exemplars: boolean;
}

/**
 * span_metrics v0.158.0: `<namespace>.calls` (monotonic sum, no unit) and `<namespace>.duration` (histogram in
 * `histogram.unit`, default ms); dimensions service.name, span.name, span.kind (SPAN_KIND_*), status.code
 * (STATUS_CODE_*; gate spanmetrics.statusCodeConvention.useOtelPrefix alpha, off), collector.instance.id (gate
 * includeCollectorInstanceID beta, on), each left out when `exclude_dimensions` names it; resource attributes of the span copied (gate excludeResourceMetrics alpha,
 * off); each configured `dimensions` entry with its `default` (no span here carries one); exemplars when
 * `exemplars.enabled` (default false). connector.go buildMetrics/buildAttributes/aggregateMetrics, config.go,
 * internal/metrics/unit.go; ecosystem-explorer collector/contrib/v0.158.0/connector.yaml for the gate stages. Every
 * connector of the type (`span_metrics`, `span_metrics/<name>`) in the order of the config.
 *
 * service_graph v0.158.0: `traces_service_graph_request_total`, `traces_service_graph_request_failed_total` (monotonic
 * sums), `traces_service_graph_request_server` and `…_client` (histograms, unit "s": the legacy-name and millisecond
 * gates are deprecated at v0.154); data point attributes client, server, connection_type, failed; an empty resource.
 * connector.go collectCountMetrics/collectLatencyMetrics/buildDimensions.
 */
export function connectorOutput(connectors: Record<string, Record<string, unknown>>): OtlpMetric[] {
    const spanResource = { "service.name": "checkout", "k8s.pod.name": "checkout-7d9f-abcde" };
    const out: OtlpMetric[] = [];
    for (const spanMetrics of Object.entries(connectors).filter(([id]) => id.split("/")[0] === "span_metrics").map(([, config]) => config)) {
        const namespace = typeof spanMetrics.namespace === "string" ? spanMetrics.namespace : "traces.span.metrics";
        const unit = (spanMetrics.histogram as { unit?: string } | undefined)?.unit ?? "ms";
        const dimensions = (spanMetrics.dimensions ?? []) as { name: string; default?: string }[];
        const configured = Object.fromEntries(dimensions.filter((d) => d.default !== undefined).map((d) => [d.name, String(d.default)]));
        const excluded = Array.isArray(spanMetrics.exclude_dimensions) ? (spanMetrics.exclude_dimensions as unknown[]) : [];
        const all = { "service.name": "checkout", "span.name": "GET /cart", "span.kind": "SPAN_KIND_SERVER", "status.code": "STATUS_CODE_ERROR", ...configured, "collector.instance.id": "3f1c" };
        const attributes = Object.fromEntries(Object.entries(all).filter(([key]) => !excluded.includes(key)));
        const exemplars = (spanMetrics.exemplars as { enabled?: boolean } | undefined)?.enabled === true;
        out.push({ name: `${namespace}.calls`, unit: "", type: "sum", monotonic: true, attributes, resource: spanResource, exemplars });
        out.push({ name: `${namespace}.duration`, unit, type: "histogram", monotonic: false, attributes, resource: spanResource, exemplars });
    }
    if (connectors.service_graph) {
        const attributes = { client: "frontend", server: "checkout", connection_type: "", failed: "true" };
        for (const name of ["traces_service_graph_request_total", "traces_service_graph_request_failed_total"]) {
            out.push({ name, unit: "", type: "sum", monotonic: true, attributes, resource: {}, exemplars: false });
        }
        for (const name of ["traces_service_graph_request_server", "traces_service_graph_request_client"]) {
            out.push({ name, unit: "s", type: "histogram", monotonic: false, attributes, resource: {}, exemplars: false });
        }
    }
    return out;
}

const STRING = '"((?:[^"\\\\]|\\\\.)*)"';
const FIELD = '(metric\\.name|metric\\.unit)';
const ATTR = (scope: string) => `${scope}\\.attributes\\[${STRING}\\]`;

/**
 * Applies transform-processor metric statements of the shapes our config writes. `env` resolves `${env:X}` as the
 * collector's confmap would before OTTL sees the string.
 */
export function applyTransform(metrics: OtlpMetric[], statements: string[], env: Record<string, string>): OtlpMetric[] {
    const expand = (s: string) => s.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
        if (!(name in env)) throw new Error(`\${env:${name}} is not set`);
        return env[name];
    });
    const result = metrics.map((m) => ({ ...m, attributes: { ...m.attributes }, resource: { ...m.resource } }));
    for (const raw of statements) {
        const statement = expand(raw);
        let match: RegExpMatchArray | null;
        const where = (m: OtlpMetric, condition: string | undefined) => {
            if (condition === undefined) return true;
            const eq = new RegExp(`^metric\\.name == ${STRING}$`).exec(condition);
            if (eq) return m.name === eq[1];
            const notNil = new RegExp(`^${ATTR("datapoint")} != nil$`).exec(condition);
            if (notNil) return notNil[1] in m.attributes;
            throw new Error(`condition not modelled: ${condition}`);
        };
        if ((match = new RegExp(`^set\\(${FIELD}, ${STRING}\\)(?: where (.+))?$`).exec(statement))) {
            const [, field, value, condition] = match;
            for (const m of result) if (where(m, condition)) m[field === "metric.name" ? "name" : "unit"] = value;
        } else if ((match = new RegExp(`^set\\(${ATTR("datapoint")}, ${ATTR("datapoint")}\\)(?: where (.+))?$`).exec(statement))) {
            const [, to, from, condition] = match;
            for (const m of result) if (where(m, condition) && from in m.attributes) m.attributes[to] = m.attributes[from];
        } else if ((match = new RegExp(`^delete_key\\(datapoint\\.attributes, ${STRING}\\)$`).exec(statement))) {
            for (const m of result) delete m.attributes[match[1]];
        } else if ((match = /^keep_keys\(resource\.attributes, \[(.*)\]\)$/.exec(statement))) {
            const keep = match[1] === "" ? [] : match[1].split(",").map((k) => JSON.parse(k.trim()) as string);
            for (const m of result) m.resource = Object.fromEntries(Object.entries(m.resource).filter(([k]) => keep.includes(k)));
        } else if ((match = new RegExp(`^set\\(${ATTR("resource")}, ${STRING}\\)$`).exec(statement))) {
            for (const m of result) m.resource[match[1]] = match[2];
        } else {
            throw new Error(`statement not modelled: ${statement}`);
        }
    }
    return result;
}

// otlptranslator unitMap (the entries a duration or a count can have)
const UNIT_SUFFIX: Record<string, string> = { s: "seconds", ms: "milliseconds", us: "microseconds", ns: "nanoseconds", By: "bytes", "1": "" };

/** Prometheus' name for an OTLP metric under UnderscoreEscapingWithSuffixes (otlptranslator normalizeName). */
export function prometheusMetricName(metric: OtlpMetric, strategy: string): string {
    if (strategy !== "UnderscoreEscapingWithSuffixes") throw new Error(`translation strategy ${strategy} not modelled`);
    let tokens = metric.name.split(/[^a-zA-Z0-9:]+/).filter(Boolean);
    // units in braces are annotations, not units; others map through unitMap
    const unit = /^\{.*\}$/.test(metric.unit) ? "" : (UNIT_SUFFIX[metric.unit] ?? metric.unit);
    if (unit && !tokens.includes(unit)) tokens.push(unit);
    if (metric.type === "sum" && metric.monotonic) tokens = [...tokens.filter((t) => t !== "total"), "total"];
    return tokens.join("_");
}

/** Prometheus' label for an OTLP attribute (otlptranslator LabelNamer, underscore escaping). */
export const prometheusLabel = (attribute: string) => attribute.replace(/[^a-zA-Z0-9_]/g, "_");

export interface PrometheusSeries {
    /** Series names as stored: a histogram is `<name>_bucket`, `_sum`, `_count`. */
    names: string[];
    labels: Record<string, string>;
    /** The labels of the exemplars stored with the series (none without exemplars). */
    exemplarLabels: string[];
}

/**
 * An OTLP exemplar's labels in Prometheus: the trace id as `trace_id`, the span id as `span_id`, both hex (prometheus
 * v0.314.0 storage/remote/otlptranslator/prometheusremotewrite/helper.go getPromExemplars, traceIDKey, spanIDKey),
 * on the `_bucket` series of a histogram (its le) and on a counter's sample.
 */
const OTLP_EXEMPLAR_LABELS = ["trace_id", "span_id"];

/** What Prometheus stores for one OTLP data point: names, data point labels, and job/instance from the resource. */
export function toPrometheus(metric: OtlpMetric, strategy: string): PrometheusSeries {
    const base = prometheusMetricName(metric, strategy);
    const labels = Object.fromEntries(Object.entries(metric.attributes).map(([k, v]) => [prometheusLabel(k), v]));
    if (metric.resource["service.name"] !== undefined) labels.job = metric.resource["service.namespace"] ? `${metric.resource["service.namespace"]}/${metric.resource["service.name"]}` : metric.resource["service.name"];
    if (metric.resource["service.instance.id"] !== undefined) labels.instance = metric.resource["service.instance.id"];
    return { names: metric.type === "histogram" ? ["_bucket", "_sum", "_count"].map((s) => base + s) : [base], labels, exemplarLabels: metric.exemplars ? [...OTLP_EXEMPLAR_LABELS] : [] };
}

/**
 * What Grafana's Tempo datasource queries (grafana public/app/plugins/datasource/tempo: graphTransform.ts
 * serviceMapMetrics, rateMetric/errorRateMetric/durationMetric, defaultTableFilter; datasource.ts buildExpr maps the
 * service map's client/server filter to the span metrics' `service`): series and the labels each query reads.
 */
export const GRAFANA_TEMPO_QUERIES: { series: string; labels: Record<string, string | undefined> }[] = [
    { series: "traces_service_graph_request_total", labels: { client: undefined, server: undefined } },
    { series: "traces_service_graph_request_failed_total", labels: { client: undefined, server: undefined } },
    { series: "traces_service_graph_request_server_seconds_sum", labels: { client: undefined, server: undefined } },
    { series: "traces_service_graph_request_server_seconds_bucket", labels: { client: undefined, server: undefined } },
    { series: "traces_spanmetrics_calls_total", labels: { span_name: undefined, span_kind: "SPAN_KIND_SERVER", service: undefined } },
    { series: "traces_spanmetrics_calls_total", labels: { span_name: undefined, status_code: "STATUS_CODE_ERROR", service: undefined } },
    { series: "traces_spanmetrics_latency_bucket", labels: { span_name: undefined, span_kind: "SPAN_KIND_SERVER", service: undefined } },
];
