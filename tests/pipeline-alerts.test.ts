// The trace pipeline's alert rules through promtool: `promtool check rules` on the groups the PrometheusRule carries,
// and `promtool test rules` on synthetic series, where each alert fires on its failure and stays quiet on healthy
// series (and on the same failure in a namespace that is not the pipeline's).
// promtool is Prometheus 3.14.0's, the version kube-prometheus-stack runs, built from its module (binaries/prometheus;
// tests/binaries/find.ts: $PROMTOOL_BIN, else the build cache, which `npm test` fills first).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import * as YAML from "yaml";
import { pipelineAlertGroups } from "../components/pipeline-health/index.ts";
import { runPromtool } from "./support/promtool.ts";

// the collector tail-samples: its alert is among the rules
const SCOPE = { collectorNamespace: "observability", tempoNamespace: "tempo", tailSampling: { numTraces: 50000 } };
const groups = pipelineAlertGroups(SCOPE);
const rules = groups.flatMap((g) => g.rules ?? []);

const run = runPromtool;

/** Synthetic series of one scenario (promtool's expanding notation, one sample a minute). */
type Series = Record<string, string>;
interface Scenario {
    readonly name: string;
    readonly alert: string;
    readonly evalTime: string;
    readonly series: Series;
    /** The alert's labels when it fires (besides alertname and severity); undefined: it must not fire. */
    readonly fires?: Record<string, string>;
}

const col = 'namespace="observability", job="otel-collector-monitoring", pod="otel-collector-0"';
const otherCol = 'namespace="apps", job="app-collector", pod="app-collector-0"';
const dist = 'namespace="tempo", job="tempo/distributor", pod="tempo-distributor-0"';
const ing = 'namespace="tempo", job="tempo/ingester", pod="tempo-ingester-0"';
const gen = 'namespace="tempo", job="tempo/metrics-generator", pod="tempo-metrics-generator-0", remote_name="a1b2c3", url="http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090/api/v1/write", tenant="single-tenant"';
const url = "http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090/api/v1/write";
const collectorJob = { namespace: "observability", job: "otel-collector-monitoring" };
// the sampling tier (operator-named `<cr>-collector-monitoring` Service of the `otel-sampling` collector)
const sampler = 'namespace="observability", job="otel-sampling-collector-monitoring", pod="otel-sampling-collector-7d9f-abcde"';
const otherSampler = 'namespace="apps", job="app-collector", pod="app-collector-0"';

const scenarios: Scenario[] = [
    // the collector's receivers refuse 1 span in 11 (memory limiter)
    {
        name: "collector refuses spans",
        alert: "OtelCollectorRefusingSpans",
        evalTime: "15m",
        series: {
            [`otelcol_receiver_accepted_spans_total{${col}, receiver="otlp", transport="grpc"}`]: "0+600x30",
            [`otelcol_receiver_refused_spans_total{${col}, receiver="otlp", transport="grpc"}`]: "0+60x30",
        },
        fires: { ...collectorJob, receiver: "otlp" },
    },
    {
        name: "collector accepts every span",
        alert: "OtelCollectorRefusingSpans",
        evalTime: "15m",
        series: {
            [`otelcol_receiver_accepted_spans_total{${col}, receiver="otlp", transport="grpc"}`]: "0+600x30",
            [`otelcol_receiver_refused_spans_total{${col}, receiver="otlp", transport="grpc"}`]: "0+0x30",
        },
    },
    {
        name: "an application's own collector refuses spans",
        alert: "OtelCollectorRefusingSpans",
        evalTime: "15m",
        series: {
            [`otelcol_receiver_accepted_spans_total{${otherCol}, receiver="otlp", transport="grpc"}`]: "0+600x30",
            [`otelcol_receiver_refused_spans_total{${otherCol}, receiver="otlp", transport="grpc"}`]: "0+600x30",
        },
    },
    // a full sending queue: spans dropped
    {
        name: "collector queue full, spans dropped",
        alert: "OtelCollectorDroppingSpans",
        evalTime: "15m",
        series: { [`otelcol_exporter_enqueue_failed_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+30x30" },
        fires: { ...collectorJob, exporter: "otlp_grpc/tempo" },
    },
    {
        name: "collector queues every span",
        alert: "OtelCollectorDroppingSpans",
        evalTime: "15m",
        series: { [`otelcol_exporter_enqueue_failed_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "7+0x30" },
    },
    // Tempo unreachable: sends fail after retrying
    {
        name: "collector fails to send spans",
        alert: "OtelCollectorExporterSendFailing",
        evalTime: "15m",
        series: {
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x30",
            [`otelcol_exporter_send_failed_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+120x30",
        },
        fires: { ...collectorJob, exporter: "otlp_grpc/tempo" },
    },
    {
        name: "collector sends every span (no failure series yet)",
        alert: "OtelCollectorExporterSendFailing",
        evalTime: "15m",
        series: { [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x30" },
    },
    // Item 3 of the durable-path report: a failed counter is born at its first failure, with that value (exporterhelper
    // v0.158.0 obs_report_sender.go endOp adds to it only when items failed), and rate() counts from a series' first
    // sample. The rule does not depend on it: a burst shorter than its `for:` never fires a 5-minute-window rule, born or
    // not; failures that go on fire it, the first value lost or not.
    {
        name: "a burst of failures the counter is born with, then none",
        alert: "OtelCollectorExporterSendFailing",
        evalTime: "15m",
        series: {
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x30",
            [`otelcol_exporter_send_failed_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "_x5 2000x25",
        },
    },
    {
        name: "the same burst on a counter that stood at 0 before it",
        alert: "OtelCollectorExporterSendFailing",
        evalTime: "15m",
        series: {
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x30",
            [`otelcol_exporter_send_failed_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0x5 2000x25",
        },
    },
    {
        name: "failures that go on, on a counter born with the first of them",
        alert: "OtelCollectorExporterSendFailing",
        evalTime: "15m",
        series: {
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x30",
            [`otelcol_exporter_send_failed_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "_x5 120+120x25",
        },
        fires: { ...collectorJob, exporter: "otlp_grpc/tempo" },
    },
    // Tempo down from minute 10: the spans wait in the disk queue, retried without end; nothing is sent or failed
    {
        name: "Tempo down: the traces queue holds spans and sends none",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "20m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "0x10 50000+50000x20",
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x10 6000x20",
        },
        fires: { ...collectorJob, pod: "otel-collector-0", exporter: "otlp_grpc/tempo", data_type: "traces" },
    },
    // the collector restarted during a Loki outage: its sent counter of logs is never born
    {
        name: "Loki down since the collector started: the logs queue holds records, none ever sent",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "15m",
        series: { [`otelcol_exporter_queue_size{${col}, exporter="otlp_http/logs", data_type="logs"}`]: "40000x30" },
        fires: { ...collectorJob, pod: "otel-collector-0", exporter: "otlp_http/logs", data_type: "logs" },
    },
    {
        name: "Prometheus down: the metrics queue holds points and sends none",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "20m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_http/prometheus", data_type="metrics"}`]: "0x10 1000+1000x20",
            [`otelcol_exporter_sent_metric_points_total{${col}, exporter="otlp_http/prometheus"}`]: "0+300x10 3000x20",
        },
        fires: { ...collectorJob, pod: "otel-collector-0", exporter: "otlp_http/prometheus", data_type: "metrics" },
    },
    {
        name: "under load: the queue always holds a batch, and spans are sent",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "20m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "4000000x30",
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+60000x30",
        },
    },
    {
        name: "idle: nothing sent, nothing queued",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "20m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "0x30",
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "600x30",
        },
    },
    {
        name: "Tempo back after 4 minutes: the queue drains",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "20m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "0x10 50000+50000x3 0x16",
            [`otelcol_exporter_sent_spans_total{${col}, exporter="otlp_grpc/tempo"}`]: "0+600x10 6000x3 206000+600x16",
        },
    },
    {
        name: "an application's own collector holds spans it does not send",
        alert: "OtelCollectorExporterQueueStalled",
        evalTime: "20m",
        series: { [`otelcol_exporter_queue_size{${otherCol}, exporter="otlp", data_type="traces"}`]: "5000x30" },
    },
    // the queue fills up: 900 of 1000 batches
    {
        name: "collector queue 90 % full",
        alert: "OtelCollectorExporterQueueNearlyFull",
        evalTime: "15m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "900x30",
            [`otelcol_exporter_queue_capacity{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "1000x30",
        },
        fires: { ...collectorJob, exporter: "otlp_grpc/tempo", data_type: "traces" },
    },
    {
        name: "collector queue 10 % full",
        alert: "OtelCollectorExporterQueueNearlyFull",
        evalTime: "15m",
        series: {
            [`otelcol_exporter_queue_size{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "100x30",
            [`otelcol_exporter_queue_capacity{${col}, exporter="otlp_grpc/tempo", data_type="traces"}`]: "1000x30",
        },
    },
    // 5,000 new traces a second for a sampler that holds 50,000 at 12 s decision_wait: 50 a minute evicted undecided
    {
        name: "tail sampler evicts traces before deciding them",
        alert: "OtelCollectorTailSamplingDroppingTraces",
        evalTime: "15m",
        series: {
            [`otelcol_processor_tail_sampling_new_trace_id_received_total{${sampler}}`]: "0+300000x30",
            [`otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total{${sampler}}`]: "0+50x30",
        },
        fires: { namespace: "observability", job: "otel-sampling-collector-monitoring" },
    },
    {
        name: "tail sampler decides every trace",
        alert: "OtelCollectorTailSamplingDroppingTraces",
        evalTime: "15m",
        series: {
            [`otelcol_processor_tail_sampling_new_trace_id_received_total{${sampler}}`]: "0+60000x30",
            [`otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total{${sampler}}`]: "0x30",
        },
    },
    // a burst at start-up, over for ten minutes: a counter that stopped rising is not an alert
    {
        name: "tail sampler lost traces in a burst that is over",
        alert: "OtelCollectorTailSamplingDroppingTraces",
        evalTime: "15m",
        series: { [`otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total{${sampler}}`]: "0+40x3 120x27" },
    },
    {
        name: "an application's own tail sampler evicts traces",
        alert: "OtelCollectorTailSamplingDroppingTraces",
        evalTime: "15m",
        series: { [`otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total{${otherSampler}}`]: "0+50x30" },
    },
    // Tempo's distributor refuses a third of the spans
    {
        name: "distributor refuses spans",
        alert: "TempoDistributorRefusingSpans",
        evalTime: "15m",
        series: {
            [`tempo_receiver_accepted_spans{${dist}, receiver="otlp/otlp_receiver", transport="grpc"}`]: "0+600x30",
            [`tempo_receiver_refused_spans{${dist}, receiver="otlp/otlp_receiver", transport="grpc"}`]: "0+300x30",
        },
        fires: { namespace: "tempo", job: "tempo/distributor", receiver: "otlp/otlp_receiver" },
    },
    {
        name: "distributor accepts every span",
        alert: "TempoDistributorRefusingSpans",
        evalTime: "15m",
        series: {
            [`tempo_receiver_accepted_spans{${dist}, receiver="otlp/otlp_receiver", transport="grpc"}`]: "0+600x30",
            [`tempo_receiver_refused_spans{${dist}, receiver="otlp/otlp_receiver", transport="grpc"}`]: "0+0x30",
        },
    },
    // one push in ten to an ingester fails
    {
        name: "distributor fails to push to ingesters",
        alert: "TempoDistributorIngesterAppendsFailing",
        evalTime: "15m",
        series: {
            [`tempo_distributor_ingester_appends_total{${dist}, ingester="10.0.0.7:9095"}`]: "0+60x30",
            [`tempo_distributor_ingester_append_failures_total{${dist}, ingester="10.0.0.7:9095"}`]: "0+6x30",
        },
        fires: { namespace: "tempo", job: "tempo/distributor" },
    },
    {
        name: "distributor pushes to ingesters",
        alert: "TempoDistributorIngesterAppendsFailing",
        evalTime: "15m",
        series: {
            [`tempo_distributor_ingester_appends_total{${dist}, ingester="10.0.0.7:9095"}`]: "0+60x30",
            [`tempo_distributor_ingester_append_failures_total{${dist}, ingester="10.0.0.7:9095"}`]: "0+0x30",
        },
    },
    // a flush fails every minute, for half an hour
    {
        name: "ingester flushes keep failing",
        alert: "TempoIngesterFlushesFailing",
        evalTime: "30m",
        series: { [`tempo_ingester_failed_flushes_total{${ing}}`]: "0+1x40" },
        fires: { namespace: "tempo", job: "tempo/ingester" },
    },
    {
        name: "one ingester flush failed once (retried fine)",
        alert: "TempoIngesterFlushesFailing",
        evalTime: "30m",
        series: { [`tempo_ingester_failed_flushes_total{${ing}}`]: "0 0 1+0x38" },
    },
    // the tenant's rate limit discards spans
    {
        name: "Tempo discards spans",
        alert: "TempoDiscardingSpans",
        evalTime: "15m",
        series: { [`tempo_discarded_spans_total{${dist}, reason="rate_limited", tenant="single-tenant"}`]: "0+60x30" },
        fires: { namespace: "tempo", tenant: "single-tenant", reason: "rate_limited" },
    },
    {
        name: "Tempo discards nothing",
        alert: "TempoDiscardingSpans",
        evalTime: "15m",
        series: { [`tempo_discarded_spans_total{${dist}, reason="rate_limited", tenant="single-tenant"}`]: "0+0x30" },
    },
    // Prometheus rejects the generator's samples
    {
        name: "generator remote write fails",
        alert: "TempoMetricsGeneratorRemoteWriteFailing",
        evalTime: "20m",
        series: { [`prometheus_remote_storage_samples_failed_total{${gen}}`]: "0+10x30" },
        fires: { namespace: "tempo", job: "tempo/metrics-generator", url },
    },
    {
        name: "generator remote write succeeds",
        alert: "TempoMetricsGeneratorRemoteWriteFailing",
        evalTime: "20m",
        series: { [`prometheus_remote_storage_samples_failed_total{${gen}}`]: "0+0x30", [`prometheus_remote_storage_samples_total{${gen}}`]: "0+600x30" },
    },
    {
        name: "Prometheus' own remote write fails (not the generator's)",
        alert: "TempoMetricsGeneratorRemoteWriteFailing",
        evalTime: "20m",
        series: { [`prometheus_remote_storage_samples_failed_total{namespace="monitoring", job="kube-prometheus-stack-prometheus", remote_name="x", url="http://elsewhere:9090/api/v1/write"}`]: "0+10x30" },
    },
    // Prometheus unreachable: the generator retries, nothing is sent
    {
        name: "generator remote write stuck",
        alert: "TempoMetricsGeneratorRemoteWriteBehind",
        evalTime: "25m",
        series: {
            [`prometheus_remote_storage_queue_highest_timestamp_seconds{${gen}}`]: "1000+60x40",
            [`prometheus_remote_storage_queue_highest_sent_timestamp_seconds{${gen}}`]: "1000x40",
        },
        fires: { namespace: "tempo", job: "tempo/metrics-generator", url },
    },
    {
        name: "generator remote write keeps up",
        alert: "TempoMetricsGeneratorRemoteWriteBehind",
        evalTime: "25m",
        series: {
            [`prometheus_remote_storage_queue_highest_timestamp_seconds{${gen}}`]: "1000+60x40",
            [`prometheus_remote_storage_queue_highest_sent_timestamp_seconds{${gen}}`]: "990+60x40",
        },
    },
];

/** An annotation with `{{ $labels.x }}` filled in from the alert's labels (a label the alert lacks is an error). */
function expand(template: string, labels: Record<string, string>): string {
    return template.replace(/\{\{ \$labels\.([a-z_]+) \}\}/g, (_, label: string) => {
        assert.ok(label in labels, `annotation names label ${label}, which the alert does not have`);
        return labels[label];
    });
}

function testGroup(scenario: Scenario): Record<string, unknown> {
    const rule = rules.find((r) => r.alert === scenario.alert);
    assert.ok(rule, `no rule ${scenario.alert}`);
    const expected = scenario.fires
        ? [
              {
                  exp_labels: { ...scenario.fires, severity: String(rule.labels?.severity) },
                  exp_annotations: Object.fromEntries(Object.entries(rule.annotations ?? {}).map(([k, v]) => [k, expand(v, scenario.fires ?? {})])),
              },
          ]
        : [];
    return {
        name: scenario.name,
        interval: "1m",
        input_series: Object.entries(scenario.series).map(([series, values]) => ({ series, values })),
        alert_rule_test: [{ eval_time: scenario.evalTime, alertname: scenario.alert, exp_alerts: expected }],
    };
}

describe("alert rules under promtool", () => {
    let dir: string;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-alerts-"));
        fs.writeFileSync(path.join(dir, "rules.yaml"), YAML.stringify({ groups }));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("promtool is Prometheus 3.14.0's", () => assert.match(run("--version").output, /^promtool, version 3\.14\.0 /));

    it("pass promtool check rules", () => {
        const { status, output } = run("check", "rules", path.join(dir, "rules.yaml"));
        assert.equal(status, 0, output);
        assert.match(output, new RegExp(`SUCCESS: ${rules.length} rules found`));
    });

    it("every alert has a scenario where it fires and one where it does not", () => {
        for (const rule of rules) {
            const mine = scenarios.filter((s) => s.alert === rule.alert);
            assert.ok(mine.some((s) => s.fires) && mine.some((s) => !s.fires), `${rule.alert}: ${mine.map((s) => s.name).join(", ")}`);
        }
    });

    for (const scenario of scenarios) {
        it(`${scenario.alert} ${scenario.fires ? "fires" : "stays quiet"}: ${scenario.name}`, () => {
            const file = path.join(dir, `${scenario.name.replace(/[^a-z0-9]+/gi, "-")}.test.yaml`);
            fs.writeFileSync(file, YAML.stringify({ rule_files: ["rules.yaml"], evaluation_interval: "1m", tests: [testGroup(scenario)] }));
            const { status, output } = run("test", "rules", file);
            assert.equal(status, 0, output);
        });
    }
});
