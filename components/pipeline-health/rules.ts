// Alerts for the trace pipeline itself: the collector refusing, dropping or failing to send spans, an exporter's
// sending queue holding data it does not send (any signal) or filling up, its tail sampler (when it samples) losing traces before their decision; Tempo's distributor refusing
// spans or failing to hand them to ingesters, ingesters failing to flush, spans discarded; the metrics-generator's
// remote write failing or falling behind. Every metric is named as the pinned component exposes it, with its source in
// tests/fixtures/pipeline-metrics.json; tests/pipeline-alerts.test.ts runs `promtool check rules` and
// `promtool test rules` on these groups.
import type { PrometheusRuleSpec } from "../../crds/index.ts";

/** Where the pipeline's components run: every expression is scoped to them. */
export interface PipelineScope {
    /** Namespace of the operator-managed collectors. */
    readonly collectorNamespace: string;
    /** Namespace of Tempo (single binary or every distributed component). */
    readonly tempoNamespace: string;
    /** The collector's tail sampling, when it runs (in the one collector tier or a sampling tier): its rules only then. */
    readonly tailSampling?: TailSamplingScope;
}

/** What the alert on the tail sampler needs to know of its configuration. */
export interface TailSamplingScope {
    /** Traces each replica holds until their decision: the processor's `num_traces`. */
    readonly numTraces: number;
}

export type RuleGroup = NonNullable<PrometheusRuleSpec["groups"]>[number];
type Rule = NonNullable<RuleGroup["rules"]>[number];

/** Shares of items lost above which a ratio alert fires. */
export const THRESHOLDS = {
    /** Refused or failed items per item handled, over 5 minutes. */
    failureRatio: 0.01,
    /** Exporter sending-queue fill (size / capacity). */
    queueFill: 0.8,
    /** Seconds the generator's remote write may lag behind the newest sample it holds. */
    remoteWriteLagSeconds: 120,
} as const;

const RATE_WINDOW = "5m";

/**
 * How long an exporter may hold queued data without a successful send before its queue counts as stalled: four
 * scrapes at kube-prometheus-stack's 30 s interval, the fewest `increase()` reads reliably; the agents' SDKs export
 * metrics every 60 s and the RED connectors flush every 15 s, so a working exporter sends within it.
 */
export const STALL_WINDOW = "2m";
/** The stall window and the alert's 5 minutes of `for:`. */
const stallMinutes = Number.parseInt(STALL_WINDOW, 10) + 5;

/** The sent counter of each signal an exporter queues (exporterhelper v0.158.0 metadata.yaml; `data_type` is the signal). */
export const SENT_BY_SIGNAL = {
    traces: "otelcol_exporter_sent_spans_total",
    logs: "otelcol_exporter_sent_log_records_total",
    metrics: "otelcol_exporter_sent_metric_points_total",
} as const;

/** `metric{namespace="…"}`: the pipeline's own series, not another collector's or Prometheus' own remote write. */
const select = (metric: string, namespace: string) => `${metric}{namespace="${namespace}"}`;
const rateOf = (metric: string, namespace: string, window = RATE_WINDOW) => `rate(${select(metric, namespace)}[${window}])`;
const sumBy = (labels: readonly string[], expr: string) => `sum by (${labels.join(", ")}) (${expr})`;

/** Share of items that failed, failed / (succeeded + failed), both summed over `by`, above the failure threshold. */
function failureRatio(failed: string, succeeded: string, namespace: string, by: readonly string[]): string {
    const failures = sumBy(by, rateOf(failed, namespace));
    return `${failures}\n/\n(${sumBy(by, rateOf(succeeded, namespace))} + ${failures})\n> ${THRESHOLDS.failureRatio}`;
}

/** Share of attempts that failed, where the attempts counter counts the failed ones too. */
function failedShare(failed: string, attempts: string, namespace: string, by: readonly string[]): string {
    return `${sumBy(by, rateOf(failed, namespace))}\n/\n${sumBy(by, rateOf(attempts, namespace))}\n> ${THRESHOLDS.failureRatio}`;
}

function alert(name: string, expr: string, forDuration: string, severity: "warning" | "critical", summary: string, description: string): Rule {
    return { alert: name, expr, for: forDuration, labels: { severity }, annotations: { summary, description } };
}

const percent = (ratio: number) => `${ratio * 100}%`;

/**
 * Queues that hold data while their exporter sends nothing, per collector pod, exporter and signal: the queue's size
 * above 0 unless the exporter's sent counter of that signal rose within STALL_WINDOW (a counter never born, because
 * nothing was ever sent, counts as no send). An outage shows nowhere else: the exporters retry without end from the
 * disk queue, and exporterhelper v0.158.0 counts a failure only when its retry sender gives up (internal/base_exporter.go:
 * queue → obsReportSender → retrySender; obs_report_sender.go endOp), so OtelCollectorExporterSendFailing stays quiet
 * and the queue fills for hours before OtelCollectorExporterQueueNearlyFull.
 */
function stalledQueues(namespace: string): string {
    const by = ["namespace", "job", "pod", "exporter"];
    return Object.entries(SENT_BY_SIGNAL)
        .map(
            ([signal, sent]) =>
                `(\n  max by (${[...by, "data_type"].join(", ")}) (otelcol_exporter_queue_size{namespace="${namespace}", data_type="${signal}"}) > 0\n  unless on (${by.join(", ")})\n  ${sumBy(by, `increase(${select(sent, namespace)}[${STALL_WINDOW}])`)} > 0\n)`,
        )
        .join("\nor\n");
}

/** The collector: spans refused at its receivers, dropped at a full queue, failing to send, a queue filling up. */
function collectorRules(namespace: string): Rule[] {
    const exporter = ["namespace", "job", "exporter"];
    return [
        alert(
            "OtelCollectorRefusingSpans",
            failureRatio("otelcol_receiver_refused_spans_total", "otelcol_receiver_accepted_spans_total", namespace, ["namespace", "job", "receiver"]),
            "5m",
            "warning",
            "The collector refuses spans",
            `Receiver {{ $labels.receiver }} of {{ $labels.job }} refused more than ${percent(THRESHOLDS.failureRatio)} of the spans sent to it for 5 minutes (the memory limiter or a full exporter queue pushes back); senders that do not retry lose them.`,
        ),
        alert(
            "OtelCollectorDroppingSpans",
            `${sumBy(exporter, rateOf("otelcol_exporter_enqueue_failed_spans_total", namespace))} > 0`,
            "5m",
            "critical",
            "The collector drops spans: its sending queue is full",
            "Exporter {{ $labels.exporter }} of {{ $labels.job }} could not queue spans for 5 minutes: its sending queue is full and the spans are dropped.",
        ),
        alert(
            "OtelCollectorExporterSendFailing",
            failureRatio("otelcol_exporter_send_failed_spans_total", "otelcol_exporter_sent_spans_total", namespace, exporter),
            "5m",
            "critical",
            "The collector fails to send spans",
            `Exporter {{ $labels.exporter }} of {{ $labels.job }} failed to send more than ${percent(THRESHOLDS.failureRatio)} of its spans for 5 minutes, after retrying: they are lost.`,
        ),
        alert(
            "OtelCollectorExporterQueueStalled",
            stalledQueues(namespace),
            "5m",
            "critical",
            "A collector exporter holds data and sends none",
            `Exporter {{ $labels.exporter }} of {{ $labels.pod }} ({{ $labels.job }}) has held {{ $labels.data_type }} in its sending queue and sent none for ${stallMinutes} minutes: its backend is down, or refuses every request with a retryable error. Nothing is lost yet (the exporter retries); data is dropped once the queue is full.`,
        ),
        alert(
            "OtelCollectorExporterQueueNearlyFull",
            `max by (namespace, job, exporter, data_type) (\n  ${select("otelcol_exporter_queue_size", namespace)}\n  /\n  ${select("otelcol_exporter_queue_capacity", namespace)}\n) > ${THRESHOLDS.queueFill}`,
            "5m",
            "warning",
            "A collector sending queue is nearly full",
            `The {{ $labels.data_type }} sending queue of exporter {{ $labels.exporter }} of {{ $labels.job }} has been more than ${percent(THRESHOLDS.queueFill)} full for 5 minutes: its backend is slow or down, and spans are dropped once it is full.`,
        ),
    ];
}

/**
 * The tail sampler evicting traces before their decision: each replica holds `num_traces`, and when more arrive within
 * decision_wait the oldest go; when their decision comes due they are gone (counted as dropped too early), never
 * exported, errors included. Metric of contrib tailsamplingprocessor v0.158.0 (metadata.yaml
 * `processor_tail_sampling_sampling_trace_dropped_too_early`, a monotonic sum without attributes; later versions add
 * `worker`, summed away here), per collector: `job` tells the tier.
 */
function tailSamplingRules(namespace: string, tail: TailSamplingScope): Rule[] {
    return [
        alert(
            "OtelCollectorTailSamplingDroppingTraces",
            `${sumBy(["namespace", "job"], rateOf("otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total", namespace))} > 0`,
            "5m",
            "critical",
            "The collector's tail sampler loses traces before deciding them",
            `The tail_sampling processor of {{ $labels.job }} evicted traces before their decision for 5 minutes: more traces arrive within decision_wait than the ${tail.numTraces.toLocaleString("en-US")} each replica holds (num_traces), and the evicted ones are lost whatever they hold, errors and slow requests included. Spread the traces over more sampling replicas (sizing.components.samplingCollector.replicas; a collector of one replica samples in its one tier until sizing.components.collector.replicas adds the sampling tier) or shorten tailSampling.decisionWait.`,
        ),
    ];
}

/** Tempo: the distributor refusing spans or failing to reach ingesters, ingesters failing to flush, discarded spans. */
function tempoRules(namespace: string): Rule[] {
    const job = ["namespace", "job"];
    return [
        alert(
            "TempoDistributorRefusingSpans",
            failureRatio("tempo_receiver_refused_spans", "tempo_receiver_accepted_spans", namespace, ["namespace", "job", "receiver"]),
            "5m",
            "warning",
            "Tempo refuses spans",
            `Tempo's {{ $labels.receiver }} receiver ({{ $labels.job }}) refused more than ${percent(THRESHOLDS.failureRatio)} of the spans sent to it for 5 minutes.`,
        ),
        alert(
            "TempoDistributorIngesterAppendsFailing",
            // the distributor counts every push to an ingester as an append, failed or not
            failedShare("tempo_distributor_ingester_append_failures_total", "tempo_distributor_ingester_appends_total", namespace, job),
            "5m",
            "critical",
            "Tempo's distributor fails to write to ingesters",
            `More than ${percent(THRESHOLDS.failureRatio)} of the distributor's pushes to ingesters ({{ $labels.job }}) failed for 5 minutes: those batches are lost.`,
        ),
        alert(
            "TempoIngesterFlushesFailing",
            `${sumBy(job, rateOf("tempo_ingester_failed_flushes_total", namespace, "10m"))} > 0`,
            "15m",
            "critical",
            "Tempo's ingesters fail to flush blocks",
            "Flushes of blocks to storage by {{ $labels.job }} kept failing for 15 minutes; traces not flushed are lost when the ingester stops.",
        ),
        alert(
            "TempoDiscardingSpans",
            `${sumBy(["namespace", "tenant", "reason"], rateOf("tempo_discarded_spans_total", namespace))} > 0`,
            "5m",
            "warning",
            "Tempo discards spans",
            "Tempo discarded spans of tenant {{ $labels.tenant }} for 5 minutes ({{ $labels.reason }}).",
        ),
    ];
}

/** The metrics-generator's remote write to Prometheus (service graph and span metrics). */
function generatorRules(namespace: string): Rule[] {
    const queue = ["namespace", "job", "url"];
    return [
        alert(
            "TempoMetricsGeneratorRemoteWriteFailing",
            `${sumBy(queue, rateOf("prometheus_remote_storage_samples_failed_total", namespace))} > 0`,
            "10m",
            "warning",
            "Tempo's metrics-generator fails to remote-write",
            "The metrics-generator ({{ $labels.job }}) could not write samples to {{ $labels.url }} for 10 minutes: service-graph and span metrics are missing.",
        ),
        alert(
            "TempoMetricsGeneratorRemoteWriteBehind",
            `max by (${queue.join(", ")}) (\n  ${select("prometheus_remote_storage_queue_highest_timestamp_seconds", namespace)}\n  -\n  ${select("prometheus_remote_storage_queue_highest_sent_timestamp_seconds", namespace)}\n) > ${THRESHOLDS.remoteWriteLagSeconds}`,
            "15m",
            "warning",
            "Tempo's metrics-generator falls behind in remote write",
            `The metrics-generator ({{ $labels.job }}) has been more than ${THRESHOLDS.remoteWriteLagSeconds} s behind in writing to {{ $labels.url }} for 15 minutes (retrying: the receiver is unreachable or refuses).`,
        ),
    ];
}

/** How every group of the pipeline's rules is named: `./mesh status` finds their alerts by it. */
export const PIPELINE_GROUP_PREFIX = "trace-pipeline.";

/** The rule groups of the trace pipeline, scoped to where its components run and to what the collector does. */
export function pipelineAlertGroups(scope: PipelineScope): RuleGroup[] {
    return [
        { name: `${PIPELINE_GROUP_PREFIX}collector`, rules: collectorRules(scope.collectorNamespace) },
        ...(scope.tailSampling ? [{ name: `${PIPELINE_GROUP_PREFIX}tail-sampling`, rules: tailSamplingRules(scope.collectorNamespace, scope.tailSampling) }] : []),
        { name: `${PIPELINE_GROUP_PREFIX}tempo`, rules: tempoRules(scope.tempoNamespace) },
        { name: `${PIPELINE_GROUP_PREFIX}metrics-generator`, rules: generatorRules(scope.tempoNamespace) },
    ];
}
