// The stand-in for Tempo's and Loki's OTLP ingest (tests/stand-ins/README.md): the real collector with an OTLP receiver
// at default settings (only its addresses set), which is what Tempo's distributor embeds, passing what it receives
// straight to the Node sink (otlp-sink.ts) as OTLP/JSON, without a queue or retries of its own: the sink's answer
// (accept, 503, 400) is what the sender sees, as gRPC status Unavailable or InvalidArgument (otlpreceiver v0.158
// maps a retryable error to Unavailable and a permanent one to InvalidArgument). Each door (a receiver and its own
// pipeline) labels what it forwards with an `x-via` header, so a test running two senders can tell them apart.
import { type CollectorRun, startCollector } from "../binaries/collector.ts";
import { type Endpoint, hostPort } from "../binaries/ports.ts";
import type { Supervised } from "../binaries/supervise.ts";
import type { OtlpSink } from "./otlp-sink.ts";

export interface Door {
    /** Names the door's receiver and pipeline; sent as `x-via`. */
    readonly via: string;
    readonly grpc?: Endpoint;
    readonly http?: Endpoint;
    /** Loki serves OTLP logs at `/otlp/v1/logs` (its exporters' endpoint is `…/otlp`). @default the receiver's `/v1/logs` */
    readonly logsUrlPath?: string;
}

/** The stand-in's config: one default OTLP receiver per door, forwarded as OTLP/JSON to the sink. */
export function standInConfig(doors: readonly Door[], sink: OtlpSink): Record<string, unknown> {
    const receivers: Record<string, unknown> = {};
    const exporters: Record<string, unknown> = {};
    const pipelines: Record<string, unknown> = {};
    for (const d of doors) {
        receivers[`otlp/${d.via}`] = {
            protocols: {
                ...(d.grpc ? { grpc: { endpoint: hostPort(d.grpc) } } : {}),
                ...(d.http ? { http: { endpoint: hostPort(d.http), ...(d.logsUrlPath ? { logs_url_path: d.logsUrlPath } : {}) } } : {}),
            },
        };
        exporters[`otlp_http/${d.via}`] = {
            endpoint: sink.url,
            encoding: "json",
            headers: { "x-via": d.via },
            sending_queue: { enabled: false },
            retry_on_failure: { enabled: false },
        };
        for (const signal of ["traces", "logs"]) pipelines[`${signal}/${d.via}`] = { receivers: [`otlp/${d.via}`], exporters: [`otlp_http/${d.via}`] };
    }
    // no metrics endpoint of its own: it would take the default port 8888 on localhost, shared by every stand-in
    return { receivers, exporters, service: { telemetry: { metrics: { level: "none" } }, pipelines } };
}

/** A stand-in backend that can be stopped (an outage) and started again on the same addresses. */
export interface StandInBackend {
    readonly run: CollectorRun;
    process: Supervised;
    stop(): Promise<void>;
    restart(): Promise<void>;
}

export async function startStandIn(name: string, doors: readonly Door[], sink: OtlpSink, dir: string): Promise<StandInBackend> {
    const first = doors[0];
    const ready = first.grpc ? { tcp: first.grpc } : first.http ? { tcp: first.http } : undefined;
    if (!ready) throw new Error(`${name}: a door without an address`);
    const run: CollectorRun = { name, config: standInConfig(doors, sink), env: {}, ready };
    const backend: StandInBackend = {
        run,
        process: await startCollector(run, dir),
        stop: () => backend.process.stop(),
        async restart() {
            await backend.process.stop();
            backend.process = await startCollector(run, dir);
        },
    };
    return backend;
}
