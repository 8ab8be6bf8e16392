// Test 4 of issue 26: the pipeline's alerts on the real collector. The real Prometheus 3.14.0 scrapes the real
// gateway collector (the program's tail-sampling config) through the program's ServiceMonitor (discovery and interval
// replaced: tests/binaries/loopback.ts) with the program's PrometheusRule loaded as its rule file, while the test
// drives the stand-in Tempo (tests/stand-ins/) through an outage, its end, a rejection and a recovery:
//   healthy      no collector rule's expression holds;
//   outage       Tempo stopped: the spans wait in the exporter's disk queue (retried without end: max_elapsed_time
//                0s), nothing fails, and once no span has been sent for STALL_WINDOW the expression of
//                OtelCollectorExporterQueueStalled holds, and no other rule's (see below);
//   back         Tempo accepts again: the queue drains and that expression clears;
//   rejection    Tempo answers with a permanent error: the spans are dropped and counted as failed, and
//                OtelCollectorExporterSendFailing goes pending (its expression holds; its `for:` is not waited out);
//   recovery     Tempo accepts again and traffic resumes: the failure ratio falls under its threshold and the
//                expression clears. The same flood of new traces (more than num_traces within decision_wait) makes
//                the tail sampler evict traces undecided: OtelCollectorTailSamplingDroppingTraces goes pending.
// Then every metric and label a rule or a dashboard panel of the program names exists in that scrape, or is named
// in the list of what this machine cannot produce (Tempo's and the operator's own metrics, a full 1 GiB queue).
//
// Why an outage shows only as a stalled queue: exporterhelper v0.158 counts otelcol_exporter_send_failed_spans only
// when the retry sender gives up (internal/base_exporter.go: queue → obsReportSender → retrySender; retry_sender.go
// loops until max_elapsed_time, and 0 means never), and the program queues the Tempo export on disk with retries
// without end (components/opentelemetry.ts exportPolicy). The queue grows (otelcol_exporter_queue_size) while the
// sent counter stands still; OtelCollectorExporterQueueNearlyFull would wait for 80 % of the queue (1 GiB in dev).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { generated, startCollector } from "../binaries/collector.ts";
import { backendsAt, describeChanges, serviceMonitorOnLoopback, toLoopback } from "../binaries/loopback.ts";
import { type Endpoint, reservePort } from "../binaries/ports.ts";
import { type ProgramObjects, programObjects } from "../binaries/program.ts";
import { type PrometheusRun, prometheusSettings, startPrometheus } from "../binaries/prometheus.ts";
import { sendTraces, singleSpanTraces } from "../binaries/otlp-spans.ts";
import type { Supervised } from "../binaries/supervise.ts";
import { type StandInBackend, startStandIn } from "../stand-ins/backend.ts";
import { type OtlpSink, startOtlpSink } from "../stand-ins/otlp-sink.ts";
import { parsePromql, withoutGrafanaVariables } from "../support/promql.ts";
import { STALL_WINDOW } from "../../components/pipeline-health/rules.ts";
import { alertFindings } from "../../scripts/mesh/status.ts";

const NAMESPACE = "observability";
const JOB = "otel-collector-monitoring";
const TEMPO_EXPORTER = "otlp_grpc/tempo";
const INTERVAL = "1s";
/** gRPC's longest reconnect wait with jitter plus the exporter's longest retry wait, and a few scrapes: see "back". */
const RECOVERY_MS = (120 * 1.2 + 30 * 1.5 + 10) * 1000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "real-collector-alerts-"));
const running: { stop(): Promise<void> }[] = [];
let program: ProgramObjects;
let prometheus: PrometheusRun;
let gateway: Supervised;
let tempo: StandInBackend;
let sink: OtlpSink;
let otlpHttp: Endpoint;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every second until it returns true; fails after `timeoutMs` with `describe()`. */
async function until(probe: () => Promise<boolean>, timeoutMs: number, describe: () => string | Promise<string>): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
        if (Date.now() > deadline) assert.fail(`not within ${timeoutMs / 1000} s: ${await describe()}\ngateway log:\n${gateway.tail(15)}`);
        await sleep(1000);
    }
}

const rules = () => program.ruleGroups.flatMap((g) => g.rules);
const collectorAlerts = () => program.ruleGroups.filter((g) => g.name === "trace-pipeline.collector" || g.name === "trace-pipeline.tail-sampling").flatMap((g) => g.rules);
function exprOf(alert: string): string {
    const rule = rules().find((r) => r.alert === alert);
    assert.ok(rule, `no alert ${alert} among the program's rules`);
    return rule.expr;
}
const value = async (expr: string) => Number((await prometheus.query(expr))[0]?.value[1] ?? NaN);
const stateOf = async (alert: string) => (await prometheus.alerts()).filter((a) => a.labels.alertname === alert);
/** Every collector rule whose expression holds now. */
async function holding(): Promise<string[]> {
    const out: string[] = [];
    for (const r of collectorAlerts()) if ((await prometheus.query(r.expr)).length > 0) out.push(r.alert ?? r.expr);
    return out;
}
const tempoSent = `sum(otelcol_exporter_sent_spans_total{exporter="${TEMPO_EXPORTER}"})`;
const STALLED = "OtelCollectorExporterQueueStalled";

/** One OTLP/JSON log record to the gateway's OTLP/HTTP receiver (its logs go to Loki, the sink here). */
async function sendLog(): Promise<number> {
    const body = { resourceLogs: [{ resource: { attributes: [{ key: "service.name", value: { stringValue: "shop-api" } }] }, scopeLogs: [{ logRecords: [{ body: { stringValue: "order placed" } }] }] }] };
    const res = await fetch(`http://${otlpHttp.host}:${otlpHttp.port}/v1/logs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    return res.status;
}

describe("the pipeline's alert rules on the real collector, scraped by the real Prometheus", () => {
    before(async () => {
        program = await programObjects({ name: "dev-tail", base: "dev", set: { tailSampling: { enabled: true } } }, dir);
        sink = await startOtlpSink();
        running.push({ stop: () => sink.close() });
        const tempoAt = await reservePort("127.0.0.5");
        tempo = await startStandIn("tempo", [{ via: "tempo", grpc: tempoAt }], sink, dir);
        running.push({ stop: () => tempo.stop() });
        // Prometheus first: the gateway's RED metrics go to it
        const promAt = await reservePort("127.0.0.4");
        const gw = await toLoopback(program.collectors.otel, {
            host: "127.0.0.2",
            services: backendsAt({ tempo: tempoAt, loki: sink.endpoint, prometheus: promAt }),
            directories: { "/var/lib/otelcol/queue": path.join(dir, "queue") },
            podMetadata: [{ match: { attribute: "service.name", value: "shop-api" }, set: { "k8s.namespace.name": "shop", "k8s.pod.name": "shop-api-0" } }],
            env: { POD_NAME: "otel-collector-0" },
        });
        const scrape = serviceMonitorOnLoopback(program.serviceMonitors["opentelemetry-collectors"], [{ at: gw.listen(8888), service: JOB, pod: "otel-collector-0", container: "otc-container" }], INTERVAL);
        assert.deepEqual(
            describeChanges(scrape.changes),
            [
                `interval global.evaluation_interval: "30s (kube-prometheus-stack's default)" → "1s"`,
                `discovery serviceMonitor/monitoring/opentelemetry-collectors/0.kubernetes_sd_configs: {"role":"endpoints","namespaces":["observability"],"port":"monitoring"} → [{"targets":["${gw.listen(8888).host}:${gw.listen(8888).port}"],"labels":{"namespace":"observability","service":"${JOB}","pod":"otel-collector-0","container":"otc-container","endpoint":"monitoring","job":"${JOB}"}}]`,
                `interval serviceMonitor/monitoring/opentelemetry-collectors/0.scrape_interval: "30s (kube-prometheus-stack's default)" → "1s"`,
            ],
        );
        prometheus = await startPrometheus({ name: "prometheus", dir, settings: prometheusSettings(program.monitoringValues), global: scrape.global, scrapeConfigs: [scrape.scrapeConfig], ruleGroups: program.ruleGroups, at: promAt });
        running.push(prometheus);
        gateway = await startCollector(generated("gateway", gw, 4317), dir);
        running.push(gateway);
        otlpHttp = gw.listen(4318);
    });
    after(async () => {
        await Promise.all(running.splice(0).reverse().map((r) => r.stop()));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("loads every rule group of the program's PrometheusRule", async () => {
        const res = (await fetch(`${prometheus.url}/api/v1/rules`).then((r) => r.json())) as { data: { groups: { name: string; rules: { name: string; health: string }[] }[] } };
        assert.deepEqual(res.data.groups.map((g) => g.name).sort(), program.ruleGroups.map((g) => g.name).sort());
        assert.ok(res.data.groups.every((g) => g.rules.every((r) => r.health !== "err")), JSON.stringify(res.data.groups));
    });

    it("healthy: spans and logs flow and no collector rule's expression holds", async () => {
        for (let i = 0; i < 5; i++) assert.equal(await sendTraces(otlpHttp, "shop-api", singleSpanTraces(100)), 200);
        assert.equal(await sendLog(), 200);
        // decision_wait (10 s) before the sampler exports, then a scrape
        await until(async () => (await value(tempoSent)) >= 500, 60_000, async () => `${await value(tempoSent)} spans sent to Tempo`);
        // a second round: the sent counter was born with its first export's spans, an increase no range function sees
        // (rate() counts from a series' first sample), so without a rise after its birth it reads as "nothing sent"
        assert.equal(await sendTraces(otlpHttp, "shop-api", singleSpanTraces(100)), 200);
        await until(async () => (await value(tempoSent)) >= 600, 60_000, async () => `${await value(tempoSent)} spans sent to Tempo`);
        await until(async () => (await value("sum(otelcol_exporter_sent_log_records_total)")) >= 1, 30_000, () => "no log record sent");
        assert.equal(sink.spans.length, 600);
        assert.deepEqual(await holding(), []);
        // ./mesh status reads the same rules API: the program's groups, every alerting rule, none active
        const alerting = program.ruleGroups.flatMap((g) => g.rules).filter((r) => r.alert).length;
        assert.deepEqual(alertFindings(await prometheus.raw("/api/v1/rules?type=alert")), [{ level: "ok", subject: "pipeline alerts", detail: `none firing or pending (${alerting} rules)` }]);
    });

    it(`outage: Tempo stopped, the spans wait in the disk queue, nothing fails, and after ${STALL_WINDOW} without a send only ${STALLED}'s expression holds`, async () => {
        await tempo.stop();
        const before = Date.now();
        for (let i = 0; i < 2; i++) assert.equal(await sendTraces(otlpHttp, "shop-api", singleSpanTraces(100)), 200);
        const queued = `sum(otelcol_exporter_queue_size{exporter="${TEMPO_EXPORTER}"})`;
        await until(async () => (await value(queued)) > 0, 60_000, async () => `queue size ${await value(queued)}`);
        await until(async () => (await prometheus.query(exprOf(STALLED))).length > 0, 240_000, async () => `${STALLED}: ${JSON.stringify(await prometheus.query(exprOf(STALLED)))}`);
        const after = (Date.now() - before) / 1000;
        console.log(`${STALLED}'s expression held ${Math.round(after)} s after Tempo stopped`);
        // the last span went out a few seconds before the stop: the window without a send turned it true, not the
        // counter's birth (which the healthy round's second export made visible)
        assert.ok(after >= Number.parseInt(STALL_WINDOW, 10) * 30, `held after ${after} s, well before ${STALL_WINDOW} without a send`);
        const [stalled] = await prometheus.query(exprOf(STALLED));
        assert.deepEqual(stalled.metric, { namespace: NAMESPACE, job: JOB, pod: "otel-collector-0", exporter: TEMPO_EXPORTER, data_type: "traces" });
        assert.deepEqual(await holding(), [STALLED], "an outage is no export failure while the queue retries");
        assert.equal(await value(`sum(otelcol_exporter_send_failed_spans_total{exporter="${TEMPO_EXPORTER}"}) or vector(0)`), 0);
        // and ./mesh status, from Prometheus' rules API, names it with the series it holds on (pending: its for: runs)
        const stalledFinding = async () => alertFindings(await prometheus.raw("/api/v1/rules?type=alert")).find((f) => f.subject === STALLED);
        await until(async () => (await stalledFinding()) !== undefined, 10_000, async () => prometheus.raw("/api/v1/rules?type=alert"));
        assert.equal((await stalledFinding())?.detail.split(":")[0], "pending (critical) on pod=otel-collector-0 job=otel-collector-monitoring exporter=otlp_grpc/tempo data_type=traces");
    });

    it(`back: Tempo accepts again, the queue drains and ${STALLED}'s expression clears`, async () => {
        const before = sink.spans.length;
        await tempo.restart();
        // How long the collector may take to notice: after minutes of refused connections gRPC waits up to 120 s
        // (+20 % jitter) before its next connection attempt, failing every RPC meanwhile with the last error (grpc-go
        // backoff.DefaultConfig, gRPC's connection-backoff.md; configgrpc v0.158 sets none), and the exporter's own
        // retry waits up to max_interval 30 s (+50 % randomization, configretry) after such a failure: ≤ 189 s.
        await until(async () => (await prometheus.query(exprOf(STALLED))).length === 0, RECOVERY_MS, async () => `${STALLED}: ${JSON.stringify(await prometheus.query(exprOf(STALLED)))}`);
        await sink.waitFor(() => sink.spans.length - before >= 200, 30_000, () => `${sink.spans.length - before} of the 200 queued spans arrived`);
        assert.deepEqual(await holding(), []);
    });

    // The failed-spans counter is born at the first failure, with its first value: rate() sees no increase until the
    // next failure (Prometheus counts from the first sample; the text format carries no created timestamp). A burst
    // of failures that stops before the next scrape never turns the expression true. Tempo keeps refusing here.
    it("rejection: Tempo refuses spans for good, and OtelCollectorExporterSendFailing goes pending", async () => {
        sink.mode = "reject";
        const alert = "OtelCollectorExporterSendFailing";
        await until(
            async () => {
                assert.equal(await sendTraces(otlpHttp, "shop-api", singleSpanTraces(50)), 200);
                return (await stateOf(alert)).some((a) => a.state === "pending");
            },
            90_000,
            async () => `${alert}: ${JSON.stringify(await stateOf(alert))}; expression: ${JSON.stringify(await prometheus.query(exprOf(alert)))}`,
        );
        const [pending] = await stateOf(alert);
        assert.deepEqual(pending.labels, { alertname: alert, namespace: NAMESPACE, job: JOB, exporter: TEMPO_EXPORTER, severity: "critical" });
        // those refused since (at least the 50 of the first round)
        assert.ok((await value(`sum(otelcol_exporter_send_failed_spans_total{exporter="${TEMPO_EXPORTER}"})`)) >= 50);
    });

    it("recovery: Tempo accepts again, the failure ratio falls and the expression clears; a flood of traces makes the sampler evict undecided ones", async () => {
        sink.mode = "accept";
        const before = sink.spans.length;
        // 60,000 new traces within decision_wait: beyond the sampler's num_traces (50,000)
        for (let i = 0; i < 60; i++) assert.equal(await sendTraces(otlpHttp, "shop-api", singleSpanTraces(1000)), 200);
        const send = "OtelCollectorExporterSendFailing";
        await until(async () => (await prometheus.query(exprOf(send))).length === 0 && (await stateOf(send)).length === 0, 90_000, async () => `${send}: ${JSON.stringify(await stateOf(send))}, ${tempoSent} = ${await value(tempoSent)}`);
        const evicting = "OtelCollectorTailSamplingDroppingTraces";
        await until(async () => (await stateOf(evicting)).some((a) => a.state === "pending"), 60_000, async () => `${evicting}: ${JSON.stringify(await stateOf(evicting))}`);
        await sink.waitFor(() => sink.spans.length - before >= 10_000, 60_000, () => `${sink.spans.length - before} spans reached Tempo since it recovered`);
    });

    it("every metric and label the rules and dashboard panels name exists in the scrape, or is listed as unavailable here", async () => {
        const exprs = [
            ...rules().map((r) => r.expr),
            ...Object.values(program.dashboards).flatMap((d) => ((d.panels ?? []) as { targets?: { expr: string }[] }[]).flatMap((p) => (p.targets ?? []).map((t) => t.expr))),
        ];
        /** metric → labels a selector matches or a `by` groups it by */
        const named = new Map<string, Set<string>>();
        for (const expr of exprs) {
            const q = parsePromql(withoutGrafanaVariables(expr));
            assert.deepEqual(q.errors, [], expr);
            for (const s of q.selectors) named.set(s.metric, new Set([...(named.get(s.metric) ?? []), ...s.labels]));
            for (const g of q.groupings) for (const m of g.metrics) named.set(m, new Set([...(named.get(m) ?? []), ...g.labels]));
        }
        const tempoNs = program.ruleGroups.find((g) => g.name === "trace-pipeline.tempo")?.rules[0]?.expr.match(/namespace="([^"]+)"/)?.[1];
        const unavailable = (metric: string): string | undefined => {
            if (metric.startsWith("tempo_")) return "Tempo's (AGPL: not run here)";
            if (metric.startsWith("prometheus_remote_storage_")) return `Tempo's metrics-generator's remote write (namespace ${tempoNs}; AGPL: not run here)`;
            if (metric.startsWith("controller_runtime_")) return "the OpenTelemetry operator's (needs an API server: not run here)";
            if (metric === "otelcol_exporter_enqueue_failed_spans_total") return "counted only once a sending queue is full (1 GiB on disk here)";
            if (metric === "otelcol_exporter_send_failed_metric_points_total") return "counted only once a metrics export fails for good (after an hour of retries: METRICS_RETRY_LIMIT)";
            if (metric === "otelcol_exporter_send_failed_log_records_total") return "counted only once a logs export fails for good (retried without end; Loki's stand-in never refuses here)";
            return undefined;
        };
        const missing: string[] = [];
        const skipped: string[] = [];
        for (const [metric, labels] of [...named].sort()) {
            const why = unavailable(metric);
            if (why) {
                skipped.push(`${metric}: ${why}`);
                continue;
            }
            const series = await prometheus.series(metric);
            if (series.length === 0) {
                missing.push(`${metric}: no series`);
                continue;
            }
            for (const label of labels) if (!series.some((s) => label in s)) missing.push(`${metric}: no label ${label} (has ${Object.keys(series[0]).join(", ")})`);
        }
        assert.deepEqual(missing, []);
        console.log(`not checkable here:\n  ${skipped.join("\n  ")}`);
    });
});
