// npm run bench:pipeline — a benchmark, not a test: prints figures, asserts nothing.
// The same collector binary (binaries/otelcol, `npm run build:binaries`) runs, one after the other, under the same
// load (OTLP/gRPC, traces of five spans across three services, a fixed rate for a fixed time):
//   gateway    the program's one-tier gateway config (Pulumi.dev.yaml: memory_limiter, k8s_attributes, the Tempo
//              export queued on disk and batched there), with the substitutions of tests/binaries/loopback.ts;
//   sampling   the program's tail-sampling tier (Pulumi.prod.yaml with tailSampling on: tail_sampling at 1 %,
//              span_metrics, service_graph, transform/red, the disk queue batching), same substitutions;
//   baseline   a minimal upstream pipeline: OTLP receiver → batch → OTLP exporter (in-memory queue).
// Each exports to the stand-in Tempo (tests/stand-ins/). For each it prints spans per CPU-second of the collector
// (utime+stime from /proc/<pid>/stat over the load and the drain), the ratio to the baseline, CPU and RSS (VmRSS from
// /proc/<pid>/status, sampled every second), and the time from a span's end to its arrival at the stand-in backend;
// for the sampling tier also its memory per 1,000 traces in flight (RSS above idle over the sampler's own count of
// traces held, otelcol_processor_tail_sampling_sampling_traces_on_memory). Rounds alternate the order of the configs
// and the table gives the median of each figure.
// Settings: BENCH_SECONDS (20), BENCH_SPANS_PER_SECOND (5000), BENCH_ROUNDS (2), BENCH_SPANS (small: one attribute,
// ~100 B of OTLP a span; envoy: the 20 attributes of an Istio sidecar's span, ~1 KiB).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { type CollectorRun, generated, metricValue, scrape, startCollector } from "../tests/binaries/collector.ts";
import { backendsAt, type PodMetadata, toLoopback } from "../tests/binaries/loopback.ts";
import { otlpGrpcClient } from "../tests/binaries/otlp-grpc.ts";
import { chainTraces, encodeServices, ENVOY_LIKE_ATTRIBUTES } from "../tests/binaries/otlp-spans.ts";
import { type Endpoint, hostPort, reservePort } from "../tests/binaries/ports.ts";
import { programObjects } from "../tests/binaries/program.ts";
import { startStandIn } from "../tests/stand-ins/backend.ts";
import { startOtlpSink } from "../tests/stand-ins/otlp-sink.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RATE = Number(process.env.BENCH_SPANS_PER_SECOND ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SPANS = process.env.BENCH_SPANS ?? "small";
if (SPANS !== "small" && SPANS !== "envoy") throw new Error(`BENCH_SPANS: got ${SPANS}; expected small or envoy`);
const ATTRIBUTES = SPANS === "envoy" ? ENVOY_LIKE_ATTRIBUTES : undefined;
const TICK_MS = 100;
const SPANS_PER_TRACE = 5;
const CLOCK_TICKS = 100; // USER_HZ on Linux

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function median(xs: number[]): number {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const quantile = (xs: number[], q: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] : NaN);

function cpuSeconds(pid: number): number {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields after the command: state is [0], utime [11], stime [12] (man 5 proc: fields 14 and 15)
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
function rssBytes(pid: number): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : NaN;
}

interface Result {
    readonly config: string;
    readonly sent: number;
    readonly received: number;
    readonly achievedRate: number;
    readonly cpuSeconds: number;
    readonly spansPerCpuSecond: number;
    readonly cpuAvgPercent: number;
    readonly cpuMaxPercent: number;
    readonly rssAvgMiB: number;
    readonly rssMaxMiB: number;
    readonly latencyMs: { p50: number; p95: number; max: number };
    /** RSS above idle per 1,000 traces held by the tail sampler (sampling only). */
    readonly bytesPer1000Traces?: number;
    /** Go heap in use (otelcol_process_runtime_heap_alloc_bytes) above idle per 1,000 traces held (sampling only). */
    readonly heapPer1000Traces?: number;
    readonly tracesInFlight?: number;
    /** Spans whose export the collector refused. */
    readonly failed?: number;
}

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pipeline-"));
    const cleanups: (() => Promise<void>)[] = [];
    try {
        console.log(`# npm run bench:pipeline — ${new Date().toISOString()}`);
        console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at start (shared with other work: figures are indicative)`);
        const spanBytes = encodeServices(chainTraces(100, 20, ATTRIBUTES)).length / (100 * SPANS_PER_TRACE);
        console.log(`load: ${RATE} spans/s (${RATE / SPANS_PER_TRACE} traces of ${SPANS_PER_TRACE} spans, ${SPANS}: ${spanBytes.toFixed(0)} B of OTLP a span) for ${SECONDS} s over OTLP/gRPC, ${ROUNDS} round(s)\n`);
        const [dev, prodTail] = await Promise.all([
            programObjects({ name: "dev", base: "dev" }, dir),
            programObjects({ name: "prod-tail", base: "prod", set: { tailSampling: { enabled: true } } }, dir),
        ]);
        const sink = await startOtlpSink();
        cleanups.push(() => sink.close());
        const tempoAt = await reservePort("127.0.0.5");
        const tempo = await startStandIn("tempo", [{ via: "tempo", grpc: tempoAt }], sink, dir);
        cleanups.push(() => tempo.stop());
        const services = backendsAt({ tempo: tempoAt, loki: sink.endpoint, prometheus: sink.endpoint });
        const pods: PodMetadata[] = ["frontend", "checkout", "payments"].map((s) => ({ match: { attribute: "service.name", value: s }, set: { "k8s.namespace.name": "shop", "k8s.pod.name": `${s}-0`, "k8s.deployment.name": s } }));

        const configs: Record<string, (run: number) => Promise<{ run: CollectorRun; otlp: Endpoint; metrics: Endpoint }>> = {
            gateway: async (n) => {
                const gw = await toLoopback(dev.collectors.otel, { host: "127.0.0.2", services, directories: { "/var/lib/otelcol/queue": path.join(dir, `gateway-${n}`) }, podMetadata: pods });
                return { run: generated(`gateway-${n}`, gw, 4317), otlp: gw.listen(4317), metrics: gw.listen(8888) };
            },
            sampling: async (n) => {
                const s = await toLoopback(prodTail.collectors["otel-sampling"], { host: "127.0.0.3", services, directories: { "/var/lib/otelcol/queue": path.join(dir, `sampling-${n}`) }, env: { POD_NAME: "otel-sampling-collector-0" } });
                return { run: generated(`sampling-${n}`, s, 4317), otlp: s.listen(4317), metrics: s.listen(8888) };
            },
            baseline: async (n) => {
                const [otlp, metrics] = [await reservePort("127.0.0.4"), await reservePort("127.0.0.4")];
                const config = {
                    receivers: { otlp: { protocols: { grpc: { endpoint: hostPort(otlp) } } } },
                    processors: { batch: {} },
                    exporters: { otlp_grpc: { endpoint: hostPort(tempoAt), tls: { insecure: true } } },
                    service: {
                        pipelines: { traces: { receivers: ["otlp"], processors: ["batch"], exporters: ["otlp_grpc"] } },
                        // the same metrics reader as the program's collectors, so both pay for it
                        telemetry: { metrics: { level: "normal", readers: [{ pull: { exporter: { prometheus: { host: metrics.host, port: metrics.port, without_type_suffix: false, without_units: false, without_scope_info: true } } } }] } },
                    },
                };
                return { run: { name: `baseline-${n}`, config, env: {}, ready: { tcp: otlp } }, otlp, metrics };
            },
        };

        const results: Result[] = [];
        const names = Object.keys(configs);
        for (let round = 0; round < ROUNDS; round++) {
            const order = round % 2 === 0 ? names : [...names].reverse();
            for (const name of order) {
                const r = await measure(name, await configs[name](round), sink, dir);
                results.push(r);
                console.log(`round ${round + 1} ${name}: ${r.spansPerCpuSecond.toFixed(0)} spans per CPU-second, latency p50 ${r.latencyMs.p50} ms`);
            }
        }
        report(results, names);
        console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    } finally {
        for (const c of cleanups.reverse()) await c();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

async function measure(name: string, target: { run: CollectorRun; otlp: Endpoint; metrics: Endpoint }, sink: Awaited<ReturnType<typeof startOtlpSink>>, dir: string): Promise<Result> {
    const collector = await startCollector(target.run, dir);
    const client = otlpGrpcClient(target.otlp);
    try {
        await sleep(2000);
        const idleRss = rssBytes(collector.pid);
        sink.spans.length = 0;
        const samples: { t: number; cpu: number; rss: number; held?: number; heap?: number }[] = [];
        const sample = async () => {
            const text = name === "sampling" ? await scrape(target.metrics) : "";
            const held = name === "sampling" ? metricValue(text, "otelcol_processor_tail_sampling_sampling_traces_on_memory") : undefined;
            const heap = name === "sampling" ? metricValue(text, "otelcol_process_runtime_heap_alloc_bytes") : undefined;
            samples.push({ t: performance.now(), cpu: cpuSeconds(collector.pid), rss: rssBytes(collector.pid), held, heap });
        };
        await sample();
        const idleHeap = samples[0].heap ?? 0;
        const cpu0 = samples[0].cpu;
        const t0 = performance.now();
        let sent = 0;
        let failed = 0;
        const inFlight = new Set<Promise<void>>();
        const tracesPerTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000 / SPANS_PER_TRACE));
        let nextSample = t0 + 1000;
        for (let tick = 0; tick < (SECONDS * 1000) / TICK_MS; tick++) {
            const due = t0 + tick * TICK_MS;
            if (performance.now() < due) await sleep(due - performance.now());
            // at most four exports in flight: a collector that falls behind lowers the achieved rate
            while (inFlight.size >= 4) await Promise.race(inFlight);
            const request = encodeServices(chainTraces(tracesPerTick, 20, ATTRIBUTES));
            const p = client.exportTraces(request).then((code) => {
                if (code === 0) sent += tracesPerTick * SPANS_PER_TRACE;
                else failed += tracesPerTick * SPANS_PER_TRACE;
                inFlight.delete(p);
            });
            inFlight.add(p);
            if (performance.now() >= nextSample) {
                await sample();
                nextSample += 1000;
            }
        }
        await Promise.all(inFlight);
        const loadSeconds = (performance.now() - t0) / 1000;
        // drain: everything at the backend (gateway, baseline), or every trace decided and the sink quiet (sampling)
        const deadline = Date.now() + 90_000;
        let quiet = 0;
        let last = -1;
        while (Date.now() < deadline) {
            await sleep(1000);
            await sample();
            const held = samples[samples.length - 1].held ?? 0;
            if (name !== "sampling" && sink.spans.length >= sent) break;
            if (name === "sampling") {
                quiet = held === 0 && sink.spans.length === last ? quiet + 1 : 0;
                last = sink.spans.length;
                if (quiet >= 3) break;
            }
        }
        const cpu = samples[samples.length - 1].cpu - cpu0;
        // CPU % and RSS while the load runs (the drain that follows is mostly idle waiting for decisions)
        const loadSamples = samples.filter((s) => s.t <= t0 + loadSeconds * 1000 + 500);
        const rates = loadSamples.slice(1).map((s, i) => ((s.cpu - loadSamples[i].cpu) / ((s.t - loadSamples[i].t) / 1000)) * 100);
        const latencies = sink.spans.map((s) => Number(s.arrivedUnixNano - s.endUnixNano) / 1e6);
        const peak = samples.reduce((a, b) => ((b.held ?? 0) > (a.held ?? 0) ? b : a), samples[0]);
        return {
            config: name,
            sent,
            received: sink.spans.length,
            achievedRate: sent / loadSeconds,
            cpuSeconds: cpu,
            spansPerCpuSecond: sent / cpu,
            cpuAvgPercent: rates.reduce((a, b) => a + b, 0) / Math.max(1, rates.length),
            cpuMaxPercent: Math.max(...rates),
            rssAvgMiB: loadSamples.reduce((a, s) => a + s.rss, 0) / loadSamples.length / 2 ** 20,
            rssMaxMiB: Math.max(...samples.map((s) => s.rss)) / 2 ** 20,
            latencyMs: { p50: Math.round(quantile(latencies, 0.5)), p95: Math.round(quantile(latencies, 0.95)), max: Math.round(Math.max(...latencies)) },
            ...(name === "sampling" && peak.held
                ? { tracesInFlight: peak.held, bytesPer1000Traces: ((peak.rss - idleRss) / peak.held) * 1000, heapPer1000Traces: (((peak.heap ?? 0) - idleHeap) / peak.held) * 1000 }
                : {}),
            ...(failed ? { failed } : {}),
        };
    } finally {
        client.close();
        await collector.stop();
    }
}

function report(results: Result[], names: string[]): void {
    const med = (name: string, f: (r: Result) => number) => median(results.filter((r) => r.config === name).map(f));
    const base = med("baseline", (r) => r.spansPerCpuSecond);
    console.log("\n| config | sent | received | achieved spans/s | collector CPU-s | spans per CPU-second | ratio to baseline | CPU avg % (load) | CPU max % | RSS avg MiB (load) | RSS max MiB | span end → backend p50 / p95 / max ms |");
    console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const name of names) {
        const m = (f: (r: Result) => number) => med(name, f);
        console.log(
            `| ${name} | ${m((r) => r.sent)} | ${m((r) => r.received)} | ${m((r) => r.achievedRate).toFixed(0)} | ${m((r) => r.cpuSeconds).toFixed(1)} | ${m((r) => r.spansPerCpuSecond).toFixed(0)} | ${(m((r) => r.spansPerCpuSecond) / base).toFixed(2)} | ${m((r) => r.cpuAvgPercent).toFixed(0)} | ${m((r) => r.cpuMaxPercent).toFixed(0)} | ${m((r) => r.rssAvgMiB).toFixed(0)} | ${m((r) => r.rssMaxMiB).toFixed(0)} | ${m((r) => r.latencyMs.p50)} / ${m((r) => r.latencyMs.p95)} / ${m((r) => r.latencyMs.max)} |`,
        );
    }
    const sampling = results.filter((r) => r.config === "sampling" && r.bytesPer1000Traces !== undefined);
    if (sampling.length) {
        console.log(
            `\ntail sampler: ${(median(sampling.map((r) => r.bytesPer1000Traces ?? 0)) / 2 ** 20).toFixed(2)} MiB of RSS and ${(median(sampling.map((r) => r.heapPer1000Traces ?? 0)) / 2 ** 20).toFixed(2)} MiB of Go heap in use per 1,000 traces in flight (above idle, at the peak of traces held: ${median(sampling.map((r) => r.tracesInFlight ?? 0))} traces of ${SPANS_PER_TRACE} spans; includes span_metrics/service_graph state)`,
        );
    }
    console.log("received: spans at the stand-in backend (the sampling tier keeps 1 % of these error-free, fast traces); the sampling tier's latency includes decision_wait");
}

await main();
