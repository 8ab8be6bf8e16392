// Test 2 of issue 26: a trace through the real pipeline. Three Node processes traced by the real OpenTelemetry JS SDK
// call each other over HTTP on loopback (W3C trace context) and export to the gateway collector, which runs the
// program's generated config (only the substitutions of tests/binaries/loopback.ts, asserted below); the stand-in
// Tempo (tests/stand-ins/) receives what the gateway exports.
//   1. dev, one tier, no tail sampling: one stitched trace with every span, each with the pod metadata
//      k8s_attributes would add (stood in by the attributes the test sets).
//   2. tail sampling at 1 % in one tier: every error trace and every slow trace arrives whole, and of the rest a
//      share inside the exact binomial 99.9 % interval around 1 %.
//   3. two tiers (prod: gateway replicas in front of sampling replicas): spans of one trace enter through different
//      gateway replicas, and every span of a kept trace reaches the same sampling replica.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import { generated, startCollector } from "../binaries/collector.ts";
import { backendsAt, type Change, describeChanges, type PodMetadata, toLoopback } from "../binaries/loopback.ts";
import { type Endpoint, hostPort, reservePort } from "../binaries/ports.ts";
import { collector, type ProgramObjects, programObjects, type Variant } from "../binaries/program.ts";
import type { Supervised } from "../binaries/supervise.ts";
import { type StandInBackend, startStandIn } from "../stand-ins/backend.ts";
import { type OtlpSink, type ReceivedSpan, startOtlpSink } from "../stand-ins/otlp-sink.ts";
import { binomialInterval } from "../support/binomial.ts";
import { type Chain, inParallel, startChain } from "./apps/chain.ts";

const SERVICES = ["frontend", "checkout", "payments"] as const;
/** Spans of one call through the chain: a server span in each service, a client span in each caller. */
const SPANS_PER_TRACE = 2 * SERVICES.length - 1;
const NAMESPACE = "shop";

/** What k8s_attributes would find for each service's pod (by the sender's service.name: every sender is 127.0.0.x here). */
const PODS: readonly PodMetadata[] = SERVICES.map((s, i) => ({
    match: { attribute: "service.name", value: s },
    set: { "k8s.namespace.name": NAMESPACE, "k8s.pod.name": `${s}-7d9f8b6c5-x${i}k2q`, "k8s.deployment.name": s, "k8s.node.name": "node-a" },
}));

const TAIL = { enabled: true, decisionWait: "2s", slowRequestMs: 1500 };
const VARIANTS = {
    plain: { name: "dev", base: "dev" },
    oneTier: { name: "dev-tail-1pc", base: "dev", set: { samplingPercent: 1, tailSampling: TAIL } },
    twoTiers: { name: "prod-tail", base: "prod", set: { tailSampling: TAIL } },
} as const satisfies Record<string, Variant>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "real-pipeline-trace-"));
const objects: Partial<Record<keyof typeof VARIANTS, ProgramObjects>> = {};
const running: { stop(): Promise<void> }[] = [];
let failed = false;

/** `it`, keeping the folder of logs and configs when it fails. */
function scenario(name: string, body: (t: TestContext) => Promise<void>): void {
    it(name, async (t) => {
        try {
            await body(t);
        } catch (err) {
            failed = true;
            throw err;
        }
    });
}

const kindAt = (changes: readonly Change[]) => changes.map((c) => `${c.kind} ${c.at}`).sort();

/** Spans at the sink by trace id. */
function byTrace(spans: readonly ReceivedSpan[]): Map<string, ReceivedSpan[]> {
    const traces = new Map<string, ReceivedSpan[]>();
    for (const s of spans) traces.set(s.traceId, [...(traces.get(s.traceId) ?? []), s]);
    return traces;
}

/** A trace is whole when it has every span, one root, and every other span's parent among them. */
function wholeness(spans: readonly ReceivedSpan[]): string | undefined {
    const ids = new Set(spans.map((s) => s.spanId));
    const roots = spans.filter((s) => !s.parentSpanId);
    if (spans.length !== SPANS_PER_TRACE) return `${spans.length} spans, expected ${SPANS_PER_TRACE}`;
    if (roots.length !== 1) return `${roots.length} roots`;
    const orphans = spans.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId));
    return orphans.length ? `${orphans.length} spans whose parent is not in the trace` : undefined;
}

/** Tempo at `tempo`; Loki and Prometheus (not under test here) at the sink, which accepts and counts what they get. */
const services = (tempo: Endpoint, sink: OtlpSink) => backendsAt({ tempo, loki: sink.endpoint, prometheus: sink.endpoint });

describe("a trace through the real pipeline (OpenTelemetry JS SDK → gateway collector → stand-in Tempo)", () => {
    before(async () => {
        const entries = Object.entries(VARIANTS) as [keyof typeof VARIANTS, Variant][];
        // two synths at a time: one per core
        await inParallel(entries, 2, async ([key, variant]) => {
            objects[key] = await programObjects(variant, dir);
        });
    });
    after(async () => {
        await Promise.all(running.splice(0).map((r) => r.stop()));
        if (failed) console.log(`logs and configs kept in ${dir}`);
        else fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Starts a sink and a stand-in Tempo with one door per name; registered for stopping. */
    async function tempoStandIn(name: string, doors: readonly string[]): Promise<{ sink: OtlpSink; tempo: StandInBackend; doors: Record<string, Endpoint> }> {
        const sink = await startOtlpSink();
        running.push({ stop: () => sink.close() });
        const at: Record<string, Endpoint> = {};
        for (const via of doors) at[via] = await reservePort("127.0.0.5");
        const tempo = await startStandIn(name, doors.map((via) => ({ via, grpc: at[via] })), sink, dir);
        running.push({ stop: () => tempo.stop() });
        return { sink, tempo, doors: at };
    }

    async function chainTo(receivers: Endpoint | readonly Endpoint[], name: string): Promise<Chain> {
        const chain = await startChain(SERVICES, receivers, path.join(dir, name));
        running.push(chain);
        return chain;
    }

    async function stopAll(): Promise<void> {
        await Promise.all(running.splice(0).map((r) => r.stop()));
    }

    scenario("one tier: the stand-in Tempo receives one stitched trace with every span and the pod metadata", async (t) => {
        t.after(stopAll);
        const { sink, doors } = await tempoStandIn("tempo-plain", ["tempo"]);
        const spec = collector(objects.plain as ProgramObjects, "otel");
        const gw = await toLoopback(spec, {
            host: "127.0.0.2",
            services: services(doors.tempo, sink),
            directories: { "/var/lib/otelcol/queue": path.join(dir, "plain-queue") },
            podMetadata: PODS,
        });
        assert.deepEqual(kindAt(gw.changes), [
            "directory extensions.file_storage/queue.compaction.directory",
            "directory extensions.file_storage/queue.directory",
            "k8s_attributes processors.k8s_attributes",
            "k8s_attributes processors.transform/k8s_attributes",
            "k8s_attributes service.pipelines.logs.processors.1",
            "k8s_attributes service.pipelines.metrics.processors.1",
            "k8s_attributes service.pipelines.traces.processors.1",
            "listen receivers.jaeger.protocols.grpc.endpoint",
            "listen receivers.jaeger.protocols.thrift_http.endpoint",
            "listen receivers.otlp.protocols.grpc.endpoint",
            "listen receivers.otlp.protocols.http.endpoint",
            "listen receivers.zipkin.endpoint",
            "listen service.telemetry.metrics.readers.0.pull.exporter.prometheus.host",
            "listen service.telemetry.metrics.readers.0.pull.exporter.prometheus.port",
            "service exporters.otlp_grpc/tempo.endpoint",
            "service exporters.otlp_http/logs.endpoint",
            "service exporters.otlp_http/prometheus.endpoint",
        ], describeChanges(gw.changes).join("\n"));
        const gateway = await startCollector(generated("gateway-plain", gw, 4317), dir);
        running.push(gateway);
        const chain = await chainTo(gw.listen(4318), "chain-plain");

        const { status, traceId } = await chain.call();
        assert.equal(status, 200);
        assert.match(traceId, /^[0-9a-f]{32}$/);
        await chain.flush();
        const spansOf = () => sink.spans.filter((s) => s.traceId === traceId);
        await sink.waitFor(() => spansOf().length >= SPANS_PER_TRACE, 30_000, () => `${spansOf().length} of ${SPANS_PER_TRACE} spans of ${traceId}; gateway log:\n${gateway.tail()}`);
        await new Promise((r) => setTimeout(r, 500)); // a duplicate would arrive now
        const spans = spansOf();
        assert.equal(wholeness(spans), undefined, JSON.stringify(spans.map((s) => [s.resource["service.name"], s.name, s.spanId, s.parentSpanId])));
        assert.equal(byTrace(sink.spans).size, 1, "one trace only");
        // server spans in every service, client spans in every caller
        const kinds = spans.map((s) => `${String(s.resource["service.name"])}:${s.kind === 2 ? "server" : s.kind === 3 ? "client" : s.kind}`).sort();
        assert.deepEqual(kinds, ["checkout:client", "checkout:server", "frontend:client", "frontend:server", "payments:server"]);
        for (const s of spans) {
            const pod = PODS.find((p) => p.match.value === s.resource["service.name"]);
            assert.ok(pod, `span of an unknown service: ${JSON.stringify(s.resource)}`);
            for (const [k, v] of Object.entries(pod.set)) assert.equal(s.resource[k], v, `${k} of ${String(s.resource["service.name"])}`);
            // the SDK's own attributes pass unchanged
            assert.equal(s.attributes["http.request.method"] ?? s.attributes["http.method"], "GET");
        }
    });

    /** Sends `count` calls of one kind through the chain; resolves with the trace ids and each call's duration. */
    async function calls(chain: Chain, count: number, query: string, expect: number): Promise<{ traceId: string; ms: number }[]> {
        return inParallel(Array.from({ length: count }, (_, i) => i), 16, async () => {
            const t0 = performance.now();
            const { status, traceId } = await chain.call(query);
            assert.equal(status, expect, query);
            return { traceId, ms: performance.now() - t0 };
        });
    }

    scenario("tail sampling at 1 % in one tier: every error and slow trace arrives whole, about 1 % of the rest", async (t) => {
        t.after(stopAll);
        const { sink, doors } = await tempoStandIn("tempo-one-tier", ["tempo"]);
        const spec = collector(objects.oneTier as ProgramObjects, "otel");
        const gw = await toLoopback(spec, {
            host: "127.0.0.2",
            services: services(doors.tempo, sink),
            directories: { "/var/lib/otelcol/queue": path.join(dir, "one-tier-queue") },
            podMetadata: PODS,
            env: { POD_NAME: "otel-collector-0" },
        });
        assert.deepEqual(kindAt(gw.changes).filter((c) => c.startsWith("env") || c.startsWith("k8s")), [
            "env env.POD_NAME",
            "k8s_attributes processors.k8s_attributes",
            "k8s_attributes processors.transform/k8s_attributes",
            "k8s_attributes service.pipelines.logs.processors.1",
            "k8s_attributes service.pipelines.metrics.processors.1",
            "k8s_attributes service.pipelines.traces.processors.1",
        ]);
        const gateway = await startCollector(generated("gateway-one-tier", gw, 4317), dir);
        running.push(gateway);
        const chain = await chainTo(gw.listen(4318), "chain-one-tier");

        const normal = await calls(chain, 2000, "", 200);
        const errors = await calls(chain, 20, "fail=1", 500);
        const slow = await calls(chain, 20, `delay=${TAIL.slowRequestMs + 500}`, 200);
        await chain.flush();
        const kept = new Set([...errors, ...slow].map((c) => c.traceId));
        const whole = () => [...kept].filter((id) => wholeness(byTrace(sink.spans).get(id) ?? []) === undefined).length;
        await sink.waitFor(() => whole() === kept.size, 60_000, () => `${whole()} of ${kept.size} error and slow traces whole; gateway log:\n${gateway.tail()}`);
        // the sampler decides each trace decisionWait after its first span: the last normal ones are decided by now
        await new Promise((r) => setTimeout(r, 3000));

        const traces = byTrace(sink.spans);
        for (const id of kept) assert.equal(wholeness(traces.get(id) ?? []), undefined, `kept trace ${id}`);
        // a normal call that took longer than the threshold may be kept as slow: it is not in the population
        const population = normal.filter((c) => c.ms < TAIL.slowRequestMs * 0.8);
        const sampled = population.filter((c) => traces.has(c.traceId));
        const [lo, hi] = binomialInterval(population.length, 0.01, 0.001);
        assert.ok(population.length >= 1000, `${population.length} normal calls under the threshold: too few for the bound to mean much`);
        assert.ok(sampled.length >= lo && sampled.length <= hi, `${sampled.length} of ${population.length} normal traces kept, outside [${lo}, ${hi}] (Binomial(n, 0.01) at 99.9 %)`);
        for (const c of sampled) assert.equal(wholeness(traces.get(c.traceId) ?? []), undefined, `sampled trace ${c.traceId}`);
        console.log(`one tier: ${sampled.length} of ${population.length} normal traces kept (interval [${lo}, ${hi}]), ${kept.size} error and slow traces whole`);
    });

    scenario("two tiers: every span of a kept trace reaches the same sampling replica, whichever gateway it entered", async (t) => {
        t.after(stopAll);
        const replicas = ["otel-sampling-collector-0", "otel-sampling-collector-1"];
        const { sink, doors } = await tempoStandIn("tempo-two-tiers", replicas);
        const program = objects.twoTiers as ProgramObjects;
        assert.deepEqual(Object.keys(program.collectors).sort(), ["otel", "otel-logs", "otel-sampling"]);

        // the sampling tier: two replicas, each exporting through its own door of the stand-in (x-via: its pod name)
        const samplerAddresses: Endpoint[] = [];
        for (const [i, pod] of replicas.entries()) {
            const sampler = await toLoopback(collector(program, "otel-sampling"), {
                host: `127.0.0.${21 + i}`,
                services: services(doors[pod], sink),
                directories: { "/var/lib/otelcol/queue": path.join(dir, `${pod}-queue`) },
                env: { POD_NAME: pod },
            });
            assert.deepEqual(kindAt(sampler.changes), [
                "directory extensions.file_storage/queue.compaction.directory",
                "directory extensions.file_storage/queue.directory",
                "env env.POD_NAME",
                "listen receivers.otlp.protocols.grpc.endpoint",
                "listen service.telemetry.metrics.readers.0.pull.exporter.prometheus.host",
                "listen service.telemetry.metrics.readers.0.pull.exporter.prometheus.port",
                "service exporters.otlp_grpc/tempo.endpoint",
                "service exporters.otlp_http/prometheus.endpoint",
            ], describeChanges(sampler.changes).join("\n"));
            samplerAddresses.push(sampler.listen(4317));
            const p: Supervised = await startCollector(generated(pod, sampler, 4317), dir);
            running.push(p);
        }
        // the gateway tier: two replicas with the same static list of sampling replicas
        const gatewayHttp: Endpoint[] = [];
        const gateways: Supervised[] = [];
        for (const i of [0, 1]) {
            // with durable export the gateway queues the agents' metrics and logs on a volume of its own
            const gw = await toLoopback(collector(program, "otel"), {
                host: `127.0.0.${2 + i}`,
                services: services(sink.endpoint, sink),
                samplingReplicas: samplerAddresses,
                podMetadata: PODS,
                directories: { "/var/lib/otelcol/queue": path.join(dir, `gateway-${i}-queue`) },
            });
            assert.deepEqual(
                gw.changes.filter((c) => c.kind === "resolver"),
                [{ kind: "resolver", at: "exporters.load_balancing/sampling.resolver", from: { k8s: { service: "otel-sampling-collector-headless.observability", ports: [4317] } }, to: { static: { hostnames: samplerAddresses.map(hostPort) } } }],
            );
            gatewayHttp.push(gw.listen(4318));
            const g = await startCollector(generated(`gateway-${i}`, gw, 4317), dir);
            gateways.push(g);
            running.push(g);
        }
        // frontend and payments export to gateway 0, checkout to gateway 1: every trace enters through both
        const chain = await chainTo(gatewayHttp, "chain-two-tiers");

        const normal = await calls(chain, 300, "", 200);
        const errors = await calls(chain, 40, "fail=1", 500);
        const slow = await calls(chain, 20, `delay=${TAIL.slowRequestMs + 500}`, 200);
        await chain.flush();
        const kept = [...errors, ...slow].map((c) => c.traceId);
        const whole = () => kept.filter((id) => wholeness(byTrace(sink.spans).get(id) ?? []) === undefined).length;
        await sink.waitFor(() => whole() === kept.length, 60_000, () => `${whole()} of ${kept.length} error and slow traces whole; gateway logs:\n${gateways.map((g) => g.tail(10)).join("\n")}`);
        await new Promise((r) => setTimeout(r, 3000));

        const traces = byTrace(sink.spans);
        const split = [...traces].filter(([, spans]) => new Set(spans.map((s) => s.via)).size !== 1);
        assert.deepEqual(split.map(([id, spans]) => `${id}: ${spans.map((s) => s.via).join(", ")}`), [], "traces whose spans reached two sampling replicas");
        const perReplica = replicas.map((r) => [...traces.values()].filter((spans) => spans[0].via === r).length);
        assert.ok(perReplica.every((n) => n > 0), `traces per sampling replica: ${perReplica.join(", ")}: both replicas must receive some`);
        for (const id of kept) assert.equal(wholeness(traces.get(id) ?? []), undefined, `kept trace ${id}`);
        const sampled = normal.filter((c) => traces.has(c.traceId)).length;
        console.log(`two tiers: traces per sampling replica ${perReplica.join(" / ")}, ${sampled} of ${normal.length} normal traces kept`);
    });

});
