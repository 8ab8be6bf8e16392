// The trace check's script, run as a command (a child process with a settings file) against a local HTTP server that
// stands in for the ingress gateway, the collector, Tempo and Prometheus (tests/support/trace-check-stand-in.ts): one
// test per verdict. Below, its pure parts on their own. The Job's own way of running it (its command line, the
// kubelet's ConfigMap layout, the verdict guard): tests/trace-check-pod.test.ts.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { analyzeTrace, idToHex, producerOf, serviceGraphQuery, spansOf, type TraceCheckSettings } from "../scripts/trace-check-lib.ts";
import { base64Of, fixture, RECORDED_TRACE, type Scenario, type Seen, StandIn } from "./support/trace-check-stand-in.ts";

const root = path.resolve(import.meta.dirname, "..");
let work: string;
before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "trace-check-"));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

/**
 * One round, short waits where a test waits them out, a long deadline: a busy CI machine slows the child process
 * down, and every phase makes at least one attempt however late, so verdicts do not depend on the machine's speed.
 */
const FAST: TraceCheckSettings["timing"] = { deadline: 60, ready: 10, round: 1, rounds: 1, serviceGraph: 0.5, poll: 0.1 };
/** For the runs that pass: room to poll until the recorded trace "arrives". */
const PASSING: Partial<TraceCheckSettings["timing"]> = { round: 20, serviceGraph: 20 };

function settings(meshMode: "sidecar" | "ambient", url: string, timing: Partial<TraceCheckSettings["timing"]> = {}): TraceCheckSettings {
    return {
        meshMode,
        targetUrl: `${url}/productpage`,
        tempoUrl: url,
        prometheusUrl: url,
        collectorUrl: url,
        gateway: { namespace: "istio-ingress", service: "istio-ingressgateway" },
        demo: { namespace: "bookinfo", services: ["productpage", "details", "reviews", "ratings"], waypoint: "waypoint" },
        timing: { ...FAST, ...timing },
        extraRequests: 2,
    };
}

interface Run {
    readonly seen: Seen;
    readonly code: number | null;
    readonly stdout: string;
    readonly verdictLine: string;
    readonly result: { verdict: string; summary: string; traceId?: string; services?: string[]; edges?: string[] };
    readonly terminationMessage: string;
}

/** Runs the script as a command: `node scripts/trace-check.ts <settings.json>`, termination log in a file. */
async function check(scenario: Scenario, meshMode: "sidecar" | "ambient" = "sidecar", timing: Partial<TraceCheckSettings["timing"]> = {}): Promise<Run> {
    const standIn = new StandIn(scenario);
    await standIn.listen();
    const run = fs.mkdtempSync(path.join(work, "run-"));
    const file = path.join(run, "settings.json");
    const terminationLog = path.join(run, "termination-log");
    fs.writeFileSync(file, JSON.stringify(settings(meshMode, standIn.url, timing)));
    const child = spawn(process.execPath, ["scripts/trace-check.ts", file], { cwd: root, env: { ...process.env, TRACE_CHECK_TERMINATION_LOG: terminationLog } });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    standIn.server.close();
    const lines = stdout.trim().split("\n");
    const resultLine = lines.find((l) => l.startsWith("TRACE_CHECK_RESULT ")) ?? assert.fail(`no result line in:\n${stdout}`);
    return {
        seen: standIn.seen,
        code,
        stdout,
        verdictLine: lines.find((l) => l.startsWith("TRACE CHECK ")) ?? "",
        result: JSON.parse(resultLine.slice("TRACE_CHECK_RESULT ".length)) as Run["result"],
        terminationMessage: fs.existsSync(terminationLog) ? fs.readFileSync(terminationLog, "utf8") : "",
    };
}

// each run has its own stand-in on its own port: the runs (mostly waiting out their deadline) can overlap
describe("trace check verdicts (stand-in gateway, collector, Tempo and Prometheus)", { concurrency: 4 }, () => {
    it("passes a complete sidecar trace with service-graph series", async () => {
        const run = await check({ trace: "tempo-v2-sidecar.json", traceAfterPolls: 3, prometheus: "prometheus-service-graph-sidecar.json" }, "sidecar", PASSING);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.result.verdict, "passed");
        assert.deepEqual(run.result.services, ["details", "productpage", "ratings", "reviews"]);
        assert.ok(run.result.edges?.includes("istio-ingressgateway.istio-ingress -> productpage.bookinfo"));
        assert.match(run.verdictLine, /^TRACE CHECK PASSED: trace [0-9a-f]{32} crossed the ingress gateway and the sidecars of 4 services/);
        assert.equal(run.terminationMessage, run.verdictLine);
    });

    it("passes a complete ambient trace: the waypoint's spans are the mesh hop", async () => {
        const run = await check({ trace: "tempo-v2-ambient.json", prometheus: "prometheus-service-graph-ambient.json" }, "ambient", PASSING);
        assert.equal(run.code, 0, run.stdout);
        assert.deepEqual([run.result.verdict, run.result.services], ["passed", ["details", "ratings", "reviews"]]);
        assert.match(run.verdictLine, /the waypoint of 3 services/);
    });

    it("sends a sampled W3C traceparent and a user agent that marks the request", async () => {
        const { seen } = await check({ trace: "tempo-v2-sidecar.json", prometheus: "prometheus-service-graph-sidecar.json" }, "sidecar", PASSING);
        assert.equal(seen.traceparents.length, 1);
        assert.match(seen.traceparents[0], /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
        assert.match(seen.userAgents[0], new RegExp(`trace ${seen.traceparents[0].split("-")[1]}`));
    });

    it("asks Prometheus for the series whose server is a mesh-hop proxy of the trace", async () => {
        const { seen } = await check({ trace: "tempo-v2-ambient.json", prometheus: "prometheus-service-graph-ambient.json" }, "ambient", PASSING);
        assert.deepEqual([...new Set(seen.promQueries)], ['group by (client, server) (traces_service_graph_request_total{server=~"waypoint\\\\.bookinfo"})']);
    });

    it("fails with no-trace when Tempo never has the trace nor another trace of the request", async () => {
        const run = await check({});
        assert.equal(run.code, 1);
        assert.equal(run.result.verdict, "no-trace");
        assert.match(run.verdictLine, /^TRACE CHECK FAILED \(no-trace\): no trace at all: Tempo has no span of trace [0-9a-f]{32}/);
        assert.equal(run.terminationMessage, run.verdictLine);
    });

    it("fails with no-mesh-hop when only the gateway's spans arrive", async () => {
        const run = await check({ trace: "tempo-v2-gateway-only.json", prometheus: "prometheus-service-graph-sidecar.json" });
        assert.equal(run.code, 1);
        assert.equal(run.result.verdict, "no-mesh-hop");
        assert.match(run.verdictLine, /trace without the mesh hop: .* none from a sidecar in namespace bookinfo/);
    });

    it("fails with no-mesh-hop in ambient mode when sidecars, not the waypoint, reported", async () => {
        const run = await check({ trace: "tempo-v2-sidecar.json", prometheus: "prometheus-service-graph-sidecar.json" }, "ambient");
        assert.equal(run.result.verdict, "no-mesh-hop");
        assert.match(run.verdictLine, /none from the waypoint \(waypoint\.bookinfo\)/);
    });

    it("names, when the waypoint reports nothing in ambient mode, what to check and the upstream bug that looks like this", async () => {
        const run = await check({ trace: "tempo-v2-gateway-only.json" }, "ambient");
        assert.equal(run.result.verdict, "no-mesh-hop");
        const summary = run.result.summary;
        assert.ok(summary.includes("istio.io/use-waypoint=waypoint") && summary.includes("kubectl -n bookinfo get gateways.gateway.networking.k8s.io waypoint"), summary);
        assert.ok(summary.includes("kubectl -n bookinfo get telemetries.telemetry.istio.io"), summary);
        assert.ok(summary.includes(`istioctl -n bookinfo proxy-config listener deploy/waypoint -o json | grep -c '"tracing"' prints 0`), summary);
        assert.match(summary, /istio\/istio#61154 .*the gateway's and the applications' own spans but no waypoint hop/);
        // the termination message (what `pulumi up` prints) carries it, within the kubelet's 4096 bytes
        assert.ok(run.terminationMessage.includes("istio/istio#61154") && Buffer.byteLength(run.terminationMessage) <= 4096);
    });

    it("tries a fresh request in each round, up to the rounds allowed, before it judges", async () => {
        const run = await check({ trace: "tempo-v2-gateway-only.json" }, "sidecar", { rounds: 2 });
        assert.equal(run.result.verdict, "no-mesh-hop");
        assert.equal(run.seen.traceparents.length, 2);
        assert.notEqual(run.seen.traceparents[0].split("-")[1], run.seen.traceparents[1].split("-")[1]);
        assert.match(run.stdout, /round 1: no-mesh-hop; trying again with a new request/);
    });

    it("fails with too-few-services on a partial trace (one service, nothing else split off)", async () => {
        const run = await check({ trace: "tempo-v2-productpage-only.json" });
        assert.equal(run.code, 1);
        assert.deepEqual([run.result.verdict, run.result.services], ["too-few-services", ["productpage"]]);
        assert.match(run.verdictLine, /partial trace: .* reaches only productpage/);
    });

    it("fails with split when spans of the request sit in another trace", async () => {
        const run = await check({ trace: "tempo-v2-productpage-only.json", search: "tempo-search-split.json" });
        assert.equal(run.code, 1);
        assert.equal(run.result.verdict, "split");
        assert.match(run.verdictLine, /other trace ids \(007e1c0a9b2d3f4e5a6b7c8d9e0f1a2b\)/);
    });

    it("looks for the request's other traces by its user agent and the gateway's x-request-id", async () => {
        const { seen } = await check({ trace: "tempo-v2-productpage-only.json", search: "tempo-search-split.json" });
        const query = seen.searches[0];
        assert.match(query, /^\{ span\.user_agent = "mesh-observability-trace-check\/1 \(round 1, trace [0-9a-f]{32}\)" \|\| span\."guid:x-request-id" = "a5b6c1d2-1f0e-4b3a-9c8d-7e6f5a4b3c2d" \}$/);
    });

    it("fails with no-service-graph when the trace is complete but Prometheus has no series", async () => {
        const run = await check({ trace: "tempo-v2-sidecar.json" }, "sidecar", { round: 20 });
        assert.equal(run.code, 1);
        assert.equal(run.result.verdict, "no-service-graph");
        assert.match(run.verdictLine, /no service-graph series: trace [0-9a-f]{32} is complete .* no traces_service_graph_request_total/);
    });

    it("fails with no-route when the gateway never answers 200", async () => {
        const run = await check({ gatewayStatus: 404 });
        assert.equal(run.result.verdict, "no-route");
        assert.match(run.verdictLine, /never answered 200 for http:\/\/127\.0\.0\.1:\d+\/productpage \(last: HTTP 404/);
    });

    it("fails with unreachable, naming the endpoint, when Tempo never gets ready", async () => {
        const run = await check({ tempoReady: 503 }, "sidecar", { ready: 1 });
        assert.equal(run.result.verdict, "unreachable");
        assert.match(run.verdictLine, /Tempo http:\/\/127\.0\.0\.1:\d+\/ready never became ready \(last: HTTP 503/);
        assert.equal(run.seen.traceparents.length, 0, "no request is sent before the pipeline is up");
    });
});

describe("trace check parsing", () => {
    const s = { gateway: { namespace: "istio-ingress", service: "istio-ingressgateway" }, demo: { namespace: "bookinfo", services: ["productpage", "details", "reviews", "ratings"], waypoint: "waypoint" } };
    it("reads ids as hex from Tempo's base64 and leaves hex ids alone", () => {
        assert.equal(idToHex(base64Of(RECORDED_TRACE), 16), RECORDED_TRACE);
        assert.equal(idToHex(RECORDED_TRACE.toUpperCase(), 16), RECORDED_TRACE);
        assert.equal(idToHex("AAAAAAAAEjQ=", 8), "0000000000001234");
    });
    it("reads the v2 answer and the v1 answer (batches) alike", () => {
        const v2 = spansOf(JSON.parse(fixture("tempo-v2-sidecar.json")));
        const v1 = spansOf(JSON.parse(fixture("tempo-v1-sidecar.json")));
        assert.equal(v2.length, 9);
        assert.deepEqual(v1, v2);
        assert.deepEqual([...new Set(v2.map((span) => span.traceId))], [RECORDED_TRACE]);
    });
    it("tells the gateway, sidecars and waypoints apart by Istio's tags", () => {
        const producers = (file: string) => [...new Set(spansOf(JSON.parse(fixture(file))).map((span) => producerOf(span, s)))].sort();
        assert.deepEqual(producers("tempo-v2-sidecar.json"), ["gateway", "sidecar"]);
        assert.deepEqual(producers("tempo-v2-ambient.json"), ["gateway", "waypoint"]);
    });
    it("falls back to service.name where a proxy sends no Istio tags", () => {
        const span = { traceId: RECORDED_TRACE, spanId: "1", kind: "SPAN_KIND_SERVER", name: "", attributes: {} };
        assert.equal(producerOf({ ...span, serviceName: "istio-ingressgateway.istio-ingress" }, s), "gateway");
        assert.equal(producerOf({ ...span, serviceName: "reviews.bookinfo" }, s), "sidecar");
        assert.equal(producerOf({ ...span, serviceName: "reviews.shop" }, s), "other");
    });
    it("takes a waypoint span's service from its destination", () => {
        const analysis = analyzeTrace(RECORDED_TRACE, JSON.parse(fixture("tempo-v2-ambient.json")), { ...s, meshMode: "ambient" });
        assert.deepEqual(analysis.services, ["details", "ratings", "reviews"]);
    });
    it("escapes the server names in the service-graph query", () => {
        const analysis = analyzeTrace(RECORDED_TRACE, JSON.parse(fixture("tempo-v2-sidecar.json")), { ...s, meshMode: "sidecar" });
        assert.equal(
            serviceGraphQuery(analysis),
            'group by (client, server) (traces_service_graph_request_total{server=~"details\\\\.bookinfo|productpage\\\\.bookinfo|ratings\\\\.bookinfo|reviews\\\\.bookinfo"})',
        );
    });
});
