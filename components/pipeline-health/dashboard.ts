// The trace pipeline's Grafana dashboard: spans through the collector (and its tail sampler, when it samples), into
// Tempo, the metrics-generator's remote write, the operator's reconciles, scrape health and firing pipeline alerts.
// Plain Grafana dashboard JSON (schema 41, loaded by kube-prometheus-stack's dashboard sidecar); every metric named as
// in tests/fixtures/pipeline-metrics.json.
import type { PipelineScope, RuleGroup } from "./rules.ts";

export const PIPELINE_DASHBOARD_UID = "mesh-trace-pipeline";

/** One Prometheus query of a panel. */
export interface DashboardTarget {
    readonly refId: string;
    readonly expr: string;
    readonly legendFormat: string;
}

interface PanelSpec {
    readonly title: string;
    readonly description: string;
    /** Grafana unit id (`short`, `percentunit`, `s`, `bytes`, `ops`). */
    readonly unit: string;
    readonly queries: readonly (readonly [expr: string, legend: string])[];
    readonly type?: "timeseries" | "stat";
}

export interface DashboardScope extends PipelineScope {
    readonly operatorNamespace: string;
    /**
     * The Prometheus job of the collector tier applications, proxies and gateways send to. With a sampling tier, the
     * same spans are accepted a second time there: only this tier's receivers count spans into the pipeline.
     */
    readonly receivingCollectorJob: string;
    /** uid of the Prometheus datasource the panels query. */
    readonly prometheusDatasourceUid: string;
    /** The alert groups whose firing alerts the dashboard lists. */
    readonly alertGroups: readonly RuleGroup[];
}

const WIDTH = 24;
const PANEL = { w: 12, h: 8 };
const STAT = { w: 6, h: 4 };

/** `rate(metric{namespace="ns"}[$__rate_interval])` summed by `by`. */
function rateBy(metric: string, namespace: string, by: string): string {
    return `sum by (${by}) (rate(${metric}{namespace="${namespace}"}[$__rate_interval]))`;
}

interface Section {
    readonly title: string;
    readonly panels: PanelSpec[];
}

/**
 * The tail sampler, when the collector samples: traces arriving, and those evicted before their decision (the alert
 * OtelCollectorTailSamplingDroppingTraces), next to how many each replica holds against its num_traces. Per `job`: the
 * one collector tier, or the sampling tier.
 */
function tailSamplingSection(col: string, numTraces: number): Section {
    return {
        title: "Tail sampling",
        panels: [
            {
                title: "Traces in, and lost before their decision",
                description: "New traces per second the tail sampler started holding, and traces it evicted undecided (lost, errors included).",
                unit: "ops",
                queries: [
                    [rateBy("otelcol_processor_tail_sampling_new_trace_id_received_total", col, "job"), "new {{job}}"],
                    [rateBy("otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total", col, "job"), "lost undecided {{job}}"],
                ],
            },
            {
                title: "Traces held awaiting their decision",
                description: `Per replica; beyond num_traces (${numTraces.toLocaleString("en-US")}) the oldest are evicted undecided.`,
                unit: "short",
                queries: [[`max by (pod) (otelcol_processor_tail_sampling_sampling_traces_on_memory{namespace="${col}"})`, "{{pod}}"]],
            },
        ],
    };
}

function sections(scope: DashboardScope): Section[] {
    const col = scope.collectorNamespace;
    const tempo = scope.tempoNamespace;
    const alertNames = scope.alertGroups.flatMap((g) => (g.rules ?? []).map((r) => r.alert).filter((a): a is string => a !== undefined));
    const watched = [col, tempo, scope.operatorNamespace].join("|");
    return [
        {
            title: "Overview",
            panels: [
                {
                    title: "Firing pipeline alerts",
                    description: "Alerts of the trace-pipeline rule groups that are firing now.",
                    unit: "short",
                    type: "stat",
                    queries: [[`count(ALERTS{alertstate="firing", alertname=~"${alertNames.join("|")}"}) or vector(0)`, "firing"]],
                },
                {
                    title: "Scrape targets down",
                    description: "Collector, operator and Tempo endpoints Prometheus cannot scrape.",
                    unit: "short",
                    type: "stat",
                    queries: [[`count(up{namespace=~"${watched}"} == 0) or vector(0)`, "down"]],
                },
                {
                    title: "Spans into the collector",
                    description: "Spans per second the receivers of the collector tier that applications send to accepted (a sampling tier accepts the same spans again and is not counted).",
                    unit: "ops",
                    type: "stat",
                    queries: [[`sum(rate(otelcol_receiver_accepted_spans_total{namespace="${col}", job="${scope.receivingCollectorJob}"}[$__rate_interval]))`, "accepted"]],
                },
                {
                    title: "Spans into Tempo",
                    description: "Spans per second Tempo's distributor received.",
                    unit: "ops",
                    type: "stat",
                    queries: [[`sum(rate(tempo_distributor_spans_received_total{namespace="${tempo}"}[$__rate_interval]))`, "received"]],
                },
            ],
        },
        {
            title: "OpenTelemetry Collector",
            panels: [
                {
                    title: "Receivers: spans accepted and refused",
                    description: "Per collector tier. Refused spans were pushed back to the sender (memory limiter, full queue).",
                    unit: "ops",
                    queries: [
                        [rateBy("otelcol_receiver_accepted_spans_total", col, "job, receiver"), "accepted {{job}} {{receiver}}"],
                        [rateBy("otelcol_receiver_refused_spans_total", col, "job, receiver"), "refused {{job}} {{receiver}}"],
                    ],
                },
                {
                    title: "Exporters: spans sent, failed, dropped",
                    description: "Failed: given up after retrying. Dropped: the sending queue was full.",
                    unit: "ops",
                    queries: [
                        [rateBy("otelcol_exporter_sent_spans_total", col, "exporter"), "sent {{exporter}}"],
                        [rateBy("otelcol_exporter_send_failed_spans_total", col, "exporter"), "failed {{exporter}}"],
                        [rateBy("otelcol_exporter_enqueue_failed_spans_total", col, "exporter"), "dropped {{exporter}}"],
                    ],
                },
                {
                    title: "Exporter sending queues: fill",
                    description: "Queue size over capacity, per exporter and signal.",
                    unit: "percentunit",
                    queries: [
                        [
                            `max by (exporter, data_type) (otelcol_exporter_queue_size{namespace="${col}"} / otelcol_exporter_queue_capacity{namespace="${col}"})`,
                            "{{exporter}} ({{data_type}})",
                        ],
                    ],
                },
                {
                    title: "Exporters: metric points sent and failed",
                    description: "The agents' metrics on their way to Prometheus' OTLP receiver.",
                    unit: "ops",
                    queries: [
                        [rateBy("otelcol_exporter_sent_metric_points_total", col, "exporter"), "sent {{exporter}}"],
                        [rateBy("otelcol_exporter_send_failed_metric_points_total", col, "exporter"), "failed {{exporter}}"],
                    ],
                },
                {
                    title: "Exporters: log records sent and failed",
                    description: "The agents' logs (gateway) and the nodes' container logs on their way to Loki. A queue that holds records while none are sent is an outage (OtelCollectorExporterQueueStalled).",
                    unit: "ops",
                    queries: [
                        [rateBy("otelcol_exporter_sent_log_records_total", col, "job, exporter"), "sent {{job}} {{exporter}}"],
                        [rateBy("otelcol_exporter_send_failed_log_records_total", col, "job, exporter"), "failed {{job}} {{exporter}}"],
                    ],
                },
                {
                    title: "Collector memory (RSS)",
                    description: "Resident memory per collector pod; the memory limiter refuses data above its limit.",
                    unit: "bytes",
                    queries: [[`max by (pod) (otelcol_process_memory_rss_bytes{namespace="${col}"})`, "{{pod}}"]],
                },
            ],
        },
        ...(scope.tailSampling ? [tailSamplingSection(col, scope.tailSampling.numTraces)] : []),
        {
            title: "Tempo",
            panels: [
                {
                    title: "Distributor: spans received and refused",
                    description: "Spans the distributor's receivers accepted and refused.",
                    unit: "ops",
                    queries: [
                        [rateBy("tempo_receiver_accepted_spans", tempo, "receiver"), "accepted {{receiver}}"],
                        [rateBy("tempo_receiver_refused_spans", tempo, "receiver"), "refused {{receiver}}"],
                    ],
                },
                {
                    title: "Discarded spans by reason",
                    description: "Rate limits, traces too large, too many live traces.",
                    unit: "ops",
                    queries: [[rateBy("tempo_discarded_spans_total", tempo, "reason"), "{{reason}}"]],
                },
                {
                    title: "Distributor → ingesters: pushes and failures",
                    description: "Batches pushed to ingesters; failed ones are lost.",
                    unit: "ops",
                    queries: [
                        [`sum(rate(tempo_distributor_ingester_appends_total{namespace="${tempo}"}[$__rate_interval]))`, "appends"],
                        [`sum(rate(tempo_distributor_ingester_append_failures_total{namespace="${tempo}"}[$__rate_interval]))`, "failures"],
                    ],
                },
                {
                    title: "Ingesters: blocks flushed and failed flushes",
                    description: "Blocks written to storage, and failed flush attempts.",
                    unit: "ops",
                    queries: [
                        [rateBy("tempo_ingester_blocks_flushed_total", tempo, "job"), "flushed {{job}}"],
                        [rateBy("tempo_ingester_failed_flushes_total", tempo, "job"), "failed {{job}}"],
                    ],
                },
                {
                    title: "Ingesters: live traces",
                    description: "Traces held in memory, per tenant.",
                    unit: "short",
                    queries: [[`sum by (tenant) (tempo_ingester_live_traces{namespace="${tempo}"})`, "{{tenant}}"]],
                },
            ],
        },
        {
            title: "Metrics-generator",
            panels: [
                {
                    title: "Spans in, and discarded",
                    description: "Spans the generator turned into service-graph and span metrics.",
                    unit: "ops",
                    queries: [
                        [`sum(rate(tempo_metrics_generator_spans_received_total{namespace="${tempo}"}[$__rate_interval]))`, "received"],
                        [rateBy("tempo_metrics_generator_spans_discarded_total", tempo, "reason"), "discarded {{reason}}"],
                    ],
                },
                {
                    title: "Remote write: samples sent, retried, failed",
                    description: "Samples written to Prometheus; retried ones wait, failed ones are lost.",
                    unit: "ops",
                    queries: [
                        [rateBy("prometheus_remote_storage_samples_total", tempo, "url"), "sent"],
                        [rateBy("prometheus_remote_storage_samples_retried_total", tempo, "url"), "retried"],
                        [rateBy("prometheus_remote_storage_samples_failed_total", tempo, "url"), "failed"],
                    ],
                },
                {
                    title: "Remote write lag",
                    description: "Newest sample held minus newest sample sent.",
                    unit: "s",
                    queries: [
                        [
                            `max by (url) (prometheus_remote_storage_queue_highest_timestamp_seconds{namespace="${tempo}"} - prometheus_remote_storage_queue_highest_sent_timestamp_seconds{namespace="${tempo}"})`,
                            "lag",
                        ],
                    ],
                },
            ],
        },
        {
            title: "OpenTelemetry Operator",
            panels: [
                {
                    title: "Reconciles and errors",
                    description: "Reconciles of collectors and instrumentation by the operator; errors leave them out of date.",
                    unit: "ops",
                    queries: [
                        [`sum by (controller) (rate(controller_runtime_reconcile_total{namespace="${scope.operatorNamespace}"}[$__rate_interval]))`, "reconciles {{controller}}"],
                        [`sum by (controller) (rate(controller_runtime_reconcile_errors_total{namespace="${scope.operatorNamespace}"}[$__rate_interval]))`, "errors {{controller}}"],
                    ],
                },
            ],
        },
    ];
}

/** The dashboard JSON: one collapsed-free row per section, panels two to a row (stats four). */
export function pipelineDashboard(scope: DashboardScope): Record<string, unknown> {
    const datasource = { type: "prometheus", uid: scope.prometheusDatasourceUid };
    const panels: Record<string, unknown>[] = [];
    let id = 1;
    let y = 0;
    for (const section of sections(scope)) {
        panels.push({ id: id++, type: "row", title: section.title, collapsed: false, gridPos: { h: 1, w: WIDTH, x: 0, y }, panels: [] });
        y += 1;
        let x = 0;
        let rowHeight = 0;
        for (const panel of section.panels) {
            const size = panel.type === "stat" ? STAT : PANEL;
            if (x + size.w > WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            panels.push(panelJson(id++, panel, datasource, { ...size, x, y }));
            x += size.w;
            rowHeight = Math.max(rowHeight, size.h);
        }
        y += rowHeight;
    }
    return {
        uid: PIPELINE_DASHBOARD_UID,
        title: "Trace pipeline",
        description: "The trace pipeline watching itself: collector, Tempo, metrics-generator remote write, OpenTelemetry operator.",
        tags: ["mesh-observability", "opentelemetry", "tempo"],
        editable: false,
        schemaVersion: 41,
        version: 1,
        refresh: "30s",
        time: { from: "now-1h", to: "now" },
        timezone: "browser",
        annotations: { list: [] },
        templating: { list: [] },
        links: [],
        panels,
    };
}

function panelJson(id: number, panel: PanelSpec, datasource: Record<string, string>, gridPos: Record<string, number>): Record<string, unknown> {
    const targets: DashboardTarget[] = panel.queries.map(([expr, legendFormat], i) => ({ refId: String.fromCharCode(65 + i), expr, legendFormat }));
    const type = panel.type ?? "timeseries";
    return {
        id,
        type,
        title: panel.title,
        description: panel.description,
        datasource,
        gridPos,
        fieldConfig: { defaults: { unit: panel.unit, ...(type === "timeseries" ? { custom: { fillOpacity: 10, showPoints: "never" } } : {}) }, overrides: [] },
        options:
            type === "stat"
                ? { reduceOptions: { calcs: ["lastNotNull"], fields: "", values: false }, colorMode: "value", graphMode: "area", textMode: "auto" }
                : { legend: { displayMode: "list", placement: "bottom", showLegend: true }, tooltip: { mode: "multi", sort: "desc" } },
        targets: targets.map((t) => ({ ...t, datasource, range: true, instant: false })),
    };
}

/** Every query of a dashboard (for the tests: each must parse and name only known metrics). */
export function dashboardQueries(dashboard: Record<string, unknown>): string[] {
    const panels = (dashboard.panels ?? []) as { targets?: { expr: string }[] }[];
    return panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
}
