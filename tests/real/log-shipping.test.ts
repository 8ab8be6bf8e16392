// Test 5 of issue 26: container logs through the node log collector's config (components/log-shipping.ts, the
// `otel-logs` DaemonSet) on the real collector, to the stand-in Loki OTLP receiver (tests/stand-ins/). The files are
// laid out as the kubelet writes them, /var/log/pods/<namespace>_<pod>_<uid>/<container>/0.log in CRI format, under a
// folder of the test that stands for the hostPath (tests/binaries/loopback.ts, `directory`): an Envoy access-log line
// in the mesh's format (rendered from the program's meshConfig.accessLogFormat), a JSON and a logfmt line with trace
// ids, lines without one, a line the runtime split in two (P then F), a file that was there before the collector
// started (start_at: end), and the collector's own pod, which it must not ship. Every record must carry the right
// trace id and the pod identity the container operator reads from the path.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { generated, startCollector } from "../binaries/collector.ts";
import { backendsAt, describeChanges, type PodMetadata, toLoopback } from "../binaries/loopback.ts";
import { reservePort } from "../binaries/ports.ts";
import { type ProgramObjects, programObjects } from "../binaries/program.ts";
import type { Supervised } from "../binaries/supervise.ts";
import { startStandIn } from "../stand-ins/backend.ts";
import { type OtlpSink, type ReceivedLog, startOtlpSink } from "../stand-ins/otlp-sink.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "real-log-shipping-"));
const podsDir = path.join(dir, "var-log-pods");
const running: { stop(): Promise<void> }[] = [];
let program: ProgramObjects;
let sink: OtlpSink;
let logCollector: Supervised;

const T = {
    envoy: "4bf92f3577b34da6a3ce929d0e0e4736",
    json: "0af7651916cd43dd8448eb211c80319c",
    logfmt: "5b8efff798038103d269b633813fc60c",
    later: "a3ce929d0e0e47364bf92f3577b34da6",
};

interface Pod {
    readonly namespace: string;
    readonly name: string;
    readonly uid: string;
    readonly container: string;
    /** What k8s_attributes would add from the API server (never the identity the path gives). */
    readonly api: Readonly<Record<string, string>>;
}
const POD = {
    productpage: { namespace: "bookinfo", name: "productpage-v1-6b746f74dc-9stvs", uid: "0f3b2c1a-1111-4a5b-9c8d-000000000001", container: "istio-proxy", api: { "k8s.node.name": "node-a", "k8s.deployment.name": "productpage-v1", "service.name": "productpage" } },
    checkout: { namespace: "shop", name: "checkout-7d9f8b6c5-x2k4q", uid: "0f3b2c1a-2222-4a5b-9c8d-000000000002", container: "checkout", api: { "k8s.node.name": "node-a", "k8s.deployment.name": "checkout", "service.name": "checkout" } },
    payments: { namespace: "shop", name: "payments-0", uid: "0f3b2c1a-3333-4a5b-9c8d-000000000003", container: "payments", api: { "k8s.node.name": "node-a", "k8s.statefulset.name": "payments", "service.name": "payments" } },
    self: { namespace: "observability", name: "otel-logs-collector-7xq2p", uid: "0f3b2c1a-4444-4a5b-9c8d-000000000004", container: "otc-container", api: { "k8s.node.name": "node-a", "k8s.daemonset.name": "otel-logs-collector" } },
} as const satisfies Record<string, Pod>;

const logFile = (p: Pod) => path.join(podsDir, `${p.namespace}_${p.name}_${p.uid}`, p.container, "0.log");
/** One CRI log line (containerd/CRI-O): `<RFC 3339 nano> <stream> <P|F> <message>`. */
const cri = (message: string, tag: "F" | "P" = "F", stream = "stdout") => `${new Date().toISOString().replace("Z", "123456Z")} ${stream} ${tag} ${message}\n`;
const append = (p: Pod, lines: string) => fs.appendFileSync(logFile(p), lines);

/** Envoy's access log line for a request, rendered from the mesh's format as Envoy renders its operators. */
function envoyLine(format: string, traceId: string): string {
    const values: Record<string, string> = {
        "%START_TIME%": "2026-12-06T10:00:00.123Z",
        "%REQ(:METHOD)%": "GET",
        "%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%": "/productpage",
        "%PROTOCOL%": "HTTP/1.1",
        "%RESPONSE_CODE%": "200",
        "%RESPONSE_FLAGS%": "-",
        "%RESPONSE_CODE_DETAILS%": "via_upstream",
        "%CONNECTION_TERMINATION_DETAILS%": "-",
        "%UPSTREAM_TRANSPORT_FAILURE_REASON%": "-",
        "%RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)%": "31",
        "%REQ(X-REQUEST-ID)%": "1f6ad6c0-0b1e-4c4e-9a4f-8f0f0e0b2d6e",
        "%UPSTREAM_CLUSTER_RAW%": "inbound|9080||",
        "%UPSTREAM_LOCAL_ADDRESS%": "127.0.0.6:41235",
        "%DOWNSTREAM_LOCAL_ADDRESS%": "10.244.0.12:9080",
        "%DOWNSTREAM_REMOTE_ADDRESS%": "10.244.0.7:52012",
        "%REQUESTED_SERVER_NAME%": "outbound_.9080_._.productpage.bookinfo.svc.cluster.local",
        "%ROUTE_NAME%": "default",
        "%BYTES_RECEIVED%": "0",
        "%BYTES_SENT%": "5293",
        "%DURATION%": "32",
        "%REQ(X-FORWARDED-FOR)%": "-",
        "%REQ(USER-AGENT)%": "curl/8.5.0",
        "%REQ(:AUTHORITY)%": "productpage:9080",
        "%UPSTREAM_HOST%": "10.244.0.12:9080",
        "%UPSTREAM_CLUSTER%": "inbound|9080||",
        "%TRACE_ID%": traceId,
    };
    const line = format.replace(/%[A-Z_]+(\([^)]*\))?%/g, (op) => {
        if (!(op in values)) throw new Error(`the access-log format has an operator this test does not render: ${op}`);
        return values[op];
    });
    return line.replace(/\n$/, "");
}

describe("container logs through the real node log collector to the stand-in Loki", () => {
    let lines: { pod: Pod; body: string; traceId: string }[] = [];

    before(async () => {
        program = await programObjects({ name: "dev", base: "dev" }, dir);
        const istiod = program.state.resources.find((r) => r.type === "kubernetes:helm.sh/v3:Release" && (r.inputs as { chart?: string }).chart === "istiod");
        const format = ((istiod?.inputs as { values?: { meshConfig?: { accessLogFormat?: string } } }).values?.meshConfig?.accessLogFormat) ?? "";
        assert.match(format, /trace_id=%TRACE_ID%/);

        sink = await startOtlpSink();
        running.push({ stop: () => sink.close() });
        const lokiAt = await reservePort("127.0.0.6");
        const loki = await startStandIn("loki", [{ via: "loki", http: lokiAt, logsUrlPath: "/otlp/v1/logs" }], sink, dir);
        running.push(loki);

        const podMetadata: PodMetadata[] = Object.values(POD).map((p) => ({ match: { attribute: "k8s.pod.uid", value: p.uid }, set: p.api }));
        const onLoopback = await toLoopback(program.collectors["otel-logs"], {
            host: "127.0.0.7",
            services: backendsAt({ tempo: lokiAt, loki: lokiAt, prometheus: lokiAt }),
            directories: { "/var/log/pods": podsDir, "/var/lib/otelcol/otel-logs": path.join(dir, "state") },
            podMetadata,
            env: { K8S_NODE_NAME: "node-a" },
        });
        const shown = describeChanges(onLoopback.changes).map((c) => c.replaceAll(podsDir, "<pods>").replaceAll(dir, "<dir>").replace(/127\.0\.0\.\d+:\d+/, "<loopback>"));
        assert.deepEqual(shown.filter((c) => !c.startsWith("k8s_attributes") && !c.includes(".port:")).sort(), [
            `directory extensions.file_storage/logs.compaction.directory: "/var/lib/otelcol/otel-logs" → "<dir>/state"`,
            `directory extensions.file_storage/logs.directory: "/var/lib/otelcol/otel-logs" → "<dir>/state"`,
            `directory receivers.file_log.exclude.0: "/var/log/pods/observability_otel-logs-collector-*/*/*.log" → "<pods>/observability_otel-logs-collector-*/*/*.log"`,
            `directory receivers.file_log.include.0: "/var/log/pods/*/*/*.log" → "<pods>/*/*/*.log"`,
            `env env.K8S_NODE_NAME: {"fieldRef":{"fieldPath":"spec.nodeName"}} → "node-a"`,
            `listen service.telemetry.metrics.readers.0.pull.exporter.prometheus.host: "0.0.0.0" → "127.0.0.7"`,
            `service exporters.otlp_http/logs.endpoint: "http://loki.loki.svc.cluster.local:3100/otlp" → "http://<loopback>/otlp"`,
        ]);
        assert.deepEqual(onLoopback.changes.filter((c) => c.kind === "k8s_attributes").map((c) => c.at), ["processors.k8s_attributes", "processors.transform/k8s_attributes", "service.pipelines.logs.processors.1"]);

        // before the collector starts: every pod's folder, and one file with a line start_at: end must skip
        for (const p of Object.values(POD)) fs.mkdirSync(path.dirname(logFile(p)), { recursive: true });
        append(POD.payments, cri(`level=info msg="before the collector started" trace_id=${T.later}`));
        logCollector = await startCollector(generated("otel-logs", onLoopback, 8888), dir);
        running.push(logCollector);
        // the first poll (file_log's poll_interval 200 ms) has seen the old file before anything is appended
        await new Promise((r) => setTimeout(r, 1500));

        const envoy = envoyLine(format, T.envoy);
        const envoyNoTrace = envoyLine(format, "-");
        const json = JSON.stringify({ level: "info", msg: "order placed", trace_id: T.json, span_id: "b7ad6b7169203331" });
        // split inside a word: the file reader trims trailing whitespace from each physical line (stanza's default,
        // preserve_trailing_whitespaces false), so a split right after a space would lose that space when joined
        const logfmtHead = `ts=2026-12-06T10:00:00Z level=info traceID=${T.logfmt} msg="charged ca`;
        const logfmtTail = `rd" amount=42`;
        lines = [
            { pod: POD.productpage, body: envoy, traceId: T.envoy },
            { pod: POD.productpage, body: envoyNoTrace, traceId: "" },
            { pod: POD.checkout, body: json, traceId: T.json },
            { pod: POD.checkout, body: logfmtHead + logfmtTail, traceId: T.logfmt },
            { pod: POD.checkout, body: "Started server on :8080", traceId: "" },
            { pod: POD.payments, body: `level=info msg="after the collector started" trace_id=${T.later}`, traceId: T.later },
        ];
        append(POD.productpage, cri(envoy) + cri(envoyNoTrace));
        append(POD.checkout, cri(json) + cri(logfmtHead, "P") + cri(logfmtTail) + cri("Started server on :8080", "F", "stderr"));
        append(POD.payments, cri(lines[5].body));
        append(POD.self, cri("2026-12-06T10:00:00Z error exporterhelper Exporting failed trace_id=ffffffffffffffffffffffffffffffff"));
        await sink.waitFor(() => sink.logs.length >= lines.length, 30_000, () => `${sink.logs.length} of ${lines.length} records; collector log:\n${logCollector.tail()}`);
        await new Promise((r) => setTimeout(r, 1500)); // what should not arrive would arrive now
    });
    after(async () => {
        await Promise.all(running.splice(0).reverse().map((r) => r.stop()));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    const recordFor = (body: string): ReceivedLog => {
        const found = sink.logs.filter((l) => l.body === body);
        assert.equal(found.length, 1, `records with body ${JSON.stringify(body)}: ${found.length}; all bodies: ${JSON.stringify(sink.logs.map((l) => l.body))}`);
        return found[0];
    };

    it("ships every new line once, the split line joined, and nothing else", () => {
        assert.deepEqual(sink.logs.map((l) => l.body).sort(), lines.map((l) => l.body).sort());
    });

    it("each record carries the trace id its line names, and none where the line names none", () => {
        for (const l of lines) assert.equal(recordFor(l.body).traceId, l.traceId, l.body);
        // the id moved to the record: no copy left among the attributes
        for (const r of sink.logs) assert.equal(r.attributes.trace_id, undefined, JSON.stringify(r.attributes));
    });

    it("each record carries the pod identity of its file's path, and what k8s_attributes would add", () => {
        for (const l of lines) {
            const r = recordFor(l.body);
            assert.deepEqual(
                { ns: r.resource["k8s.namespace.name"], pod: r.resource["k8s.pod.name"], uid: r.resource["k8s.pod.uid"], container: r.resource["k8s.container.name"] },
                { ns: l.pod.namespace, pod: l.pod.name, uid: l.pod.uid, container: l.pod.container },
                l.body,
            );
            for (const [k, v] of Object.entries(l.pod.api)) assert.equal(r.resource[k], v, `${k} of ${l.pod.name}`);
            assert.equal(r.attributes["log.file.path"], logFile(l.pod));
        }
        assert.equal(recordFor(lines[4].body).attributes["log.iostream"], "stderr");
    });
});
