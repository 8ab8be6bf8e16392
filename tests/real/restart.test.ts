// Test 6 of issue 26: nothing lost on a restart. The production gateway (Pulumi.prod.yaml: the Tempo exporter's
// sending queue on disk through file_storage, retries without end) on the real collector: stop the stand-in Tempo,
// send N spans, kill -9 the collector, start it again on the same volume, bring Tempo back: all N arrive.
//
// What the protocol allows: OTLP export from the queue is at-least-once. The persistent queue (exporterhelper v0.158
// internal/queue/persistent_queue.go) keeps an item until its export is acknowledged and, on start, puts the items
// that were being dispatched when the process died back into the queue; an export the backend received but whose
// answer the collector never saw is sent again. Duplicates can therefore only come from requests in flight to a
// backend that was up at the kill (at most num_consumers = 10 requests). Here Tempo is down from before the spans are
// sent until after the restart, so no request can have been received before the kill: the bound is 0 duplicates.
//
// The kill comes right after the sender's last acknowledgement, without waiting: an acknowledged span must already be
// in the disk queue. The receiver answers once the pipeline's consumers have returned (otlpreceiver → processors →
// exporterhelper's queue Offer, persistent_queue.go putInternal: one storage transaction per request), so nothing may
// hold spans in memory between the receiver and the queue: a `batch` processor there acknowledges what it holds for up
// to its timeout (batchprocessor v0.158.0 consume: a channel send, the export happens later on the shard's goroutine),
// and `kill -9` in that window lost 500–1,300 of 2,000 acknowledged spans before the program batched in the exporter
// instead (sending_queue.batch, after the persistent queue: components/opentelemetry.ts exportPolicy).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { startCollector, generated } from "../binaries/collector.ts";
import { backendsAt, type OnLoopback, toLoopback } from "../binaries/loopback.ts";
import { reservePort } from "../binaries/ports.ts";
import { type ProgramObjects, programObjects } from "../binaries/program.ts";
import { sendTraces, singleSpanTraces, type SpanSpec } from "../binaries/otlp-spans.ts";
import type { Supervised } from "../binaries/supervise.ts";
import { type StandInBackend, startStandIn } from "../stand-ins/backend.ts";
import { type OtlpSink, startOtlpSink } from "../stand-ins/otlp-sink.ts";

const N = 2000;
const PER_REQUEST = 100;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "real-restart-"));
const running: { stop(): Promise<void> }[] = [];
let program: ProgramObjects;
let sink: OtlpSink;
let tempo: StandInBackend;
let gw: OnLoopback;
let gateway: Supervised;

const hex = (b: Buffer) => b.toString("hex");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("nothing lost when the production gateway is killed with spans in its disk queue", () => {
    before(async () => {
        program = await programObjects({ name: "prod", base: "prod" }, dir);
        const queue = program.collectors.otel.config.exporters as Record<string, { sending_queue?: { storage?: string } }>;
        assert.equal(queue["otlp_grpc/tempo"].sending_queue?.storage, "file_storage/queue", "the production config queues the Tempo export on disk");
        sink = await startOtlpSink();
        running.push({ stop: () => sink.close() });
        const tempoAt = await reservePort("127.0.0.5");
        tempo = await startStandIn("tempo", [{ via: "tempo", grpc: tempoAt }], sink, dir);
        running.push({ stop: () => tempo.stop() });
        gw = await toLoopback(program.collectors.otel, {
            host: "127.0.0.2",
            services: backendsAt({ tempo: tempoAt, loki: sink.endpoint, prometheus: sink.endpoint }),
            directories: { "/var/lib/otelcol/queue": path.join(dir, "queue-volume") },
            podMetadata: [{ match: { attribute: "service.name", value: "shop-api" }, set: { "k8s.namespace.name": "shop" } }],
        });
        gateway = await startCollector(generated("gateway", gw, 4317), dir);
        running.push({ stop: () => gateway.stop() });
    });
    after(async () => {
        await Promise.all(running.splice(0).reverse().map((r) => r.stop()));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("all N spans arrive after the backend is back, none twice", async () => {
        const otlpHttp = gw.listen(4318);
        // the path works: a few spans with Tempo up
        assert.equal(await sendTraces(otlpHttp, "shop-api", singleSpanTraces(10)), 200);
        await sink.waitFor(() => sink.spans.length === 10, 30_000, () => `${sink.spans.length} of 10 warm-up spans; gateway log:\n${gateway.tail()}`);
        const warmUp = sink.spans.length;

        await tempo.stop();
        const sent: SpanSpec[] = [];
        for (let i = 0; i < N / PER_REQUEST; i++) {
            const spans = singleSpanTraces(PER_REQUEST);
            assert.equal(await sendTraces(otlpHttp, "shop-api", spans), 200);
            sent.push(...spans);
        }
        await gateway.kill(); // kill -9 right after the last acknowledgement: no shutdown, no flush, no wait
        assert.equal(sink.spans.length, warmUp, "nothing reached Tempo while it was down");
        gateway = await startCollector(generated("gateway-after-restart", gw, 4317), dir);
        await tempo.restart();

        const expected = new Set(sent.map((s) => hex(s.spanId)));
        const arrived = () => sink.spans.slice(warmUp).filter((s) => expected.has(s.spanId));
        const distinct = () => new Set(arrived().map((s) => s.spanId)).size;
        await sink.waitFor(() => distinct() === N, 90_000, () => `${distinct()} of ${N} spans arrived after the restart; gateway log:\n${gateway.tail()}`);
        await sleep(2000); // a duplicate would arrive now
        const duplicates = arrived().length - distinct();
        assert.equal(duplicates, 0, `${duplicates} spans arrived twice; at-least-once allows none here (Tempo was down from before the spans were sent until after the restart)`);
        assert.equal(sink.spans.length - warmUp, N, "nothing but the N spans");
    });
});
