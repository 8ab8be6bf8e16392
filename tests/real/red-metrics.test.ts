// Test 3 of issue 26: RED metrics land where Grafana looks. With tail sampling, the gateway's span_metrics and
// service_graph connectors (and transform/red) turn every span into RED metrics and send them over OTLP to the real
// Prometheus 3.14.0, started with the flags and `otlp` block the program's kube-prometheus-stack values set. Then the
// exact PromQL Grafana's Tempo datasource runs for its service map and its service-graph table, the traces-to-metrics
// link's label, and the trace-check Job's service-graph query return the expected series and labels. (No dashboard
// or alert rule of the program reads RED series today: the pipeline dashboard and rules read the components' own
// metrics, which collector-alerts.test.ts runs.)
// Grafana's queries are Grafana's code (AGPL; not run, not copied): the expressions below are rebuilt from
// grafana public/app/plugins/datasource/tempo (datasource.ts makePromServiceMapRequest and buildExpr; graphTransform.ts
// serviceMapMetrics, rateMetric, errorRateMetric, durationMetric, defaultTableFilter), with no service-map filter and
// classic histograms. `$__range` is Grafana's time range; here 5m.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { TEMPO_RED_SERIES } from "../../components/tail-sampling.ts";
import { edgesOf, serviceGraphQuery, type TraceAnalysis } from "../../scripts/trace-check-lib.ts";
import { generated, startCollector } from "../binaries/collector.ts";
import { backendsAt, describeChanges, type PodMetadata, toLoopback } from "../binaries/loopback.ts";
import { reservePort } from "../binaries/ports.ts";
import { collector, type ProgramObjects, programObjects } from "../binaries/program.ts";
import { type PrometheusRun, prometheusSettings, startPrometheus } from "../binaries/prometheus.ts";
import { startStandIn } from "../stand-ins/backend.ts";
import { startOtlpSink } from "../stand-ins/otlp-sink.ts";
import { type Chain, inParallel, startChain } from "./apps/chain.ts";

const SERVICES = ["frontend", "checkout", "payments"] as const;
const PODS: readonly PodMetadata[] = SERVICES.map((s) => ({ match: { attribute: "service.name", value: s }, set: { "k8s.namespace.name": "shop", "k8s.deployment.name": s } }));
const POD_NAME = "otel-collector-0";
const RANGE = "5m";

/** Grafana's service map: for each metric, the rate per edge and the edge's labels (makePromServiceMapRequest). */
const SERVICE_MAP_METRICS = [
    "traces_service_graph_request_server_seconds_sum",
    "traces_service_graph_request_total",
    "traces_service_graph_request_failed_total",
    "traces_service_graph_request_server_seconds_bucket",
];
const serviceMapQueries = SERVICE_MAP_METRICS.flatMap((m) => [`sum by (client, server) (rate(${m}[${RANGE}]))`, `group by (client, connection_type, server) (${m})`]);
/** Grafana's service-graph table (buildExpr with defaultTableFilter `span_kind="SPAN_KIND_SERVER"`). */
const TABLE = {
    rate: `topk(5, sum(rate(traces_spanmetrics_calls_total{span_kind="SPAN_KIND_SERVER"}[${RANGE}])) by (span_name))`,
    errorRate: `topk(5, sum(rate(traces_spanmetrics_calls_total{status_code="STATUS_CODE_ERROR",span_kind="SPAN_KIND_SERVER"}[${RANGE}])) by (span_name))`,
    duration: (spanName: string) => `histogram_quantile(.9, sum(rate(traces_spanmetrics_latency_bucket{span_name="${spanName}"}[${RANGE}])) by (le))`,
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "real-red-metrics-"));
const running: { stop(): Promise<void> }[] = [];
let program: ProgramObjects;
let prometheus: PrometheusRun;
let chain: Chain;

const edges = (results: { metric: Record<string, string> }[]) => results.map((r) => `${r.metric.client} -> ${r.metric.server}`).sort();

describe("RED metrics from the real collector in the real Prometheus, queried as Grafana queries them", () => {
    before(async () => {
        program = await programObjects({ name: "dev-tail", base: "dev", set: { tailSampling: { enabled: true } } }, dir);
        const settings = prometheusSettings(program.monitoringValues);
        assert.deepEqual(settings, {
            flags: ["--enable-feature=exemplar-storage", "--web.enable-otlp-receiver", "--web.enable-remote-write-receiver"],
            otlp: { translation_strategy: "UnderscoreEscapingWithSuffixes" },
        });
        prometheus = await startPrometheus({ name: "prometheus", dir, settings, host: "127.0.0.4" });
        running.push(prometheus);
        const sink = await startOtlpSink();
        running.push({ stop: () => sink.close() });
        const tempoAt = await reservePort("127.0.0.5");
        const tempo = await startStandIn("tempo", [{ via: "tempo", grpc: tempoAt }], sink, dir);
        running.push(tempo);
        const gw = await toLoopback(collector(program, "otel"), {
            host: "127.0.0.2",
            services: backendsAt({ tempo: tempoAt, loki: sink.endpoint, prometheus: prometheus.endpoint }),
            directories: { "/var/lib/otelcol/queue": path.join(dir, "queue") },
            podMetadata: PODS,
            env: { POD_NAME },
        });
        assert.deepEqual(
            gw.changes.filter((c) => c.kind === "service").map((c) => `${c.at} ${String(c.from)}`),
            [
                "exporters.otlp_grpc/tempo.endpoint tempo.tempo.svc.cluster.local:4317",
                "exporters.otlp_http/logs.endpoint http://loki.loki.svc.cluster.local:3100/otlp",
                "exporters.otlp_http/prometheus.endpoint http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090/api/v1/otlp",
            ],
            describeChanges(gw.changes).join("\n"),
        );
        const gateway = await startCollector(generated("gateway", gw, 4317), dir);
        running.push(gateway);
        chain = await startChain(SERVICES, gw.listen(4318), path.join(dir, "chain"));
        running.push(chain);

        // traffic in two rounds, each flushed by the connectors (every 15 s): rates need two samples that differ
        const round = async () => {
            await inParallel(Array.from({ length: 20 }, (_, i) => i), 8, (i) => chain.call(i % 4 === 0 ? "fail=1" : ""));
            await chain.flush();
        };
        const samples = async () => (await prometheus.query(`max(count_over_time(${TEMPO_RED_SERIES.requests}[${RANGE}]))`))[0]?.value[1] ?? "0";
        const waitSamples = async (n: number) => {
            const deadline = Date.now() + 60_000;
            while (Number(await samples()) < n) {
                if (Date.now() > deadline) throw new Error(`fewer than ${n} samples of ${TEMPO_RED_SERIES.requests} after 60 s; gateway log:\n${gateway.tail()}\nprometheus log:\n${prometheus.process.tail(10)}`);
                await new Promise((r) => setTimeout(r, 1000));
            }
        };
        await round();
        await waitSamples(1);
        await round();
        await waitSamples(2);
    });
    after(async () => {
        await Promise.all(running.splice(0).reverse().map((r) => r.stop()));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("the series Grafana's Tempo datasource reads exist under Tempo's names", async () => {
        const names = (await fetch(`${prometheus.url}/api/v1/label/__name__/values`).then((r) => r.json())) as { data: string[] };
        const red = names.data.filter((n) => n.startsWith("traces_")).sort();
        assert.deepEqual(red, [
            "traces_service_graph_request_client_seconds_bucket",
            "traces_service_graph_request_client_seconds_count",
            "traces_service_graph_request_client_seconds_sum",
            "traces_service_graph_request_failed_total",
            "traces_service_graph_request_server_seconds_bucket",
            "traces_service_graph_request_server_seconds_count",
            "traces_service_graph_request_server_seconds_sum",
            "traces_service_graph_request_total",
            "traces_spanmetrics_calls_total",
            "traces_spanmetrics_latency_bucket",
            "traces_spanmetrics_latency_count",
            "traces_spanmetrics_latency_sum",
        ]);
    });

    // service_graph adds the edge from a virtual `user` node to a root server span (connection_type virtual_node), as
    // Tempo's metrics-generator does: the map shows who called the first service
    it("the service map's queries return the chain's edges and its entry from `user`, each with a rate", async () => {
        for (const expr of serviceMapQueries) {
            const result = await prometheus.query(expr);
            assert.deepEqual(edges(result), ["checkout -> payments", "frontend -> checkout", "user -> frontend"], expr);
            if (expr.startsWith("sum")) for (const r of result) assert.ok(Number(r.value[1]) > 0, `${expr}: ${JSON.stringify(r)}`);
            else assert.deepEqual(result.map((r) => `${r.metric.client}:${r.metric.connection_type ?? ""}`).sort(), ["checkout:", "frontend:", "user:virtual_node"], expr);
        }
    });

    it("the service-graph table's queries: request rate and error rate of server spans by span name, and a p90 per span name", async () => {
        const rate = await prometheus.query(TABLE.rate);
        assert.ok(rate.length > 0, TABLE.rate);
        const spanNames = rate.map((r) => r.metric.span_name);
        assert.ok(spanNames.every((n) => n), JSON.stringify(rate));
        assert.ok(rate.every((r) => Number(r.value[1]) > 0), JSON.stringify(rate));
        const errors = await prometheus.query(TABLE.errorRate);
        assert.ok(errors.length > 0 && errors.every((r) => Number(r.value[1]) > 0), `${TABLE.errorRate}: ${JSON.stringify(errors)}`);
        for (const name of spanNames) {
            const p90 = await prometheus.query(TABLE.duration(name));
            assert.equal(p90.length, 1, TABLE.duration(name));
            assert.ok(Number.isFinite(Number(p90[0].value[1])) && Number(p90[0].value[1]) > 0, `${TABLE.duration(name)}: ${JSON.stringify(p90)}`);
        }
    });

    it("span metrics carry the labels Grafana filters by, per service, from this collector replica", async () => {
        // traces-to-metrics maps the span's service.name to the label the datasource names
        const tempo = program.datasources.find((d) => d.type === "tempo") as { jsonData: { tracesToMetrics: { tags: { key: string; value: string }[] } } };
        const tag = tempo.jsonData.tracesToMetrics.tags.find((t) => t.key === "service.name");
        assert.ok(tag, JSON.stringify(tempo.jsonData.tracesToMetrics));
        for (const service of SERVICES) {
            const series = await prometheus.series(`${TEMPO_RED_SERIES.calls}{${tag.value}="${service}"}`);
            assert.ok(series.length > 0, `no ${TEMPO_RED_SERIES.calls}{${tag.value}="${service}"}`);
            for (const s of series) {
                assert.equal(s.job, "otel-collector", JSON.stringify(s));
                assert.equal(s.instance, POD_NAME, JSON.stringify(s));
                assert.match(s.span_kind, /^SPAN_KIND_(SERVER|CLIENT)$/);
                assert.match(s.status_code, /^STATUS_CODE_(UNSET|ERROR)$/);
                assert.ok(s.span_name, JSON.stringify(s));
            }
        }
        const kinds = new Set((await prometheus.series(TEMPO_RED_SERIES.calls)).map((s) => `${s.service}:${s.span_kind}`));
        assert.deepEqual([...kinds].sort(), ["checkout:SPAN_KIND_CLIENT", "checkout:SPAN_KIND_SERVER", "frontend:SPAN_KIND_CLIENT", "frontend:SPAN_KIND_SERVER", "payments:SPAN_KIND_SERVER"]);
    });

    it("the trace-check Job's service-graph query finds the edges into the services it checks", async () => {
        const expr = serviceGraphQuery({ meshHop: [{ serviceName: "checkout" }, { serviceName: "payments" }] } as unknown as TraceAnalysis);
        const result: unknown = await fetch(`${prometheus.url}/api/v1/query?query=${encodeURIComponent(expr)}`).then((r) => r.json());
        assert.deepEqual(edgesOf(result).sort(), ["checkout -> payments", "frontend -> checkout"], expr);
    });
});
