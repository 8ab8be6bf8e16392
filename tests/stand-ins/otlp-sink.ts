// The mock backend behind the stand-in collectors (tests/stand-ins/README.md): an OTLP/HTTP receiver in the test
// process that takes OTLP/JSON (the stand-in's otlp_http exporter sends `encoding: json`), records every span and log
// record with the time it arrived, and answers as the test tells it: accept (200), unavailable (503, which the OTLP
// exporters retry) or reject (400, a permanent error they drop and count as failed). Like the testbed's MockBackend,
// it counts as data arrives; it listens on a reserved loopback port only.
import * as http from "node:http";
import * as zlib from "node:zlib";
import { type Endpoint, hostPort, reservePort } from "../binaries/ports.ts";

type Attributes = Record<string, string | number | boolean>;

export interface ReceivedSpan {
    readonly traceId: string;
    readonly spanId: string;
    readonly parentSpanId: string;
    readonly name: string;
    /** OTLP SpanKind number (1 internal, 2 server, 3 client). */
    readonly kind: number;
    /** OTLP StatusCode number (0 unset, 1 ok, 2 error). */
    readonly statusCode: number;
    readonly startUnixNano: bigint;
    readonly endUnixNano: bigint;
    readonly resource: Attributes;
    readonly attributes: Attributes;
    /** The `x-via` header of the request that brought it (which stand-in receiver, when a test runs several). */
    readonly via: string | undefined;
    /** Wall clock at arrival, in nanoseconds since the epoch (same clock as the spans' end times on this machine). */
    readonly arrivedUnixNano: bigint;
}

export interface ReceivedLog {
    readonly traceId: string;
    readonly spanId: string;
    readonly body: string;
    readonly resource: Attributes;
    readonly attributes: Attributes;
}

export type SinkMode = "accept" | "unavailable" | "reject";

export interface OtlpSink {
    readonly endpoint: Endpoint;
    readonly url: string;
    readonly spans: ReceivedSpan[];
    readonly logs: ReceivedLog[];
    /** Metric export requests received (the sink does not decode metrics). */
    metricRequests: number;
    mode: SinkMode;
    /** Resolves once `condition()` holds, polling from 5 ms doubling to 500 ms; rejects after `timeoutMs` with `describe()`. */
    waitFor(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void>;
    close(): Promise<void>;
}

interface JsonKeyValue {
    key: string;
    value: { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
}

function attributes(list: JsonKeyValue[] | undefined): Attributes {
    const out: Attributes = {};
    for (const { key, value } of list ?? []) {
        const v = value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : undefined) ?? value.boolValue ?? value.doubleValue;
        if (v !== undefined) out[key] = v;
    }
    return out;
}

interface JsonTraces {
    resourceSpans?: {
        resource?: { attributes?: JsonKeyValue[] };
        scopeSpans?: {
            spans?: {
                traceId: string;
                spanId: string;
                parentSpanId?: string;
                name: string;
                kind?: number;
                status?: { code?: number };
                startTimeUnixNano: string;
                endTimeUnixNano: string;
                attributes?: JsonKeyValue[];
            }[];
        }[];
    }[];
}

interface JsonLogs {
    resourceLogs?: {
        resource?: { attributes?: JsonKeyValue[] };
        scopeLogs?: { logRecords?: { traceId?: string; spanId?: string; body?: { stringValue?: string }; attributes?: JsonKeyValue[] }[] }[];
    }[];
}

const nowUnixNano = () => BigInt(Date.now()) * 1_000_000n;

export async function startOtlpSink(host = "127.0.0.1"): Promise<OtlpSink> {
    const endpoint = await reservePort(host);
    const sink: OtlpSink = {
        endpoint,
        url: `http://${hostPort(endpoint)}`,
        spans: [],
        logs: [],
        metricRequests: 0,
        mode: "accept",
        async waitFor(condition, timeoutMs, describe) {
            const deadline = Date.now() + timeoutMs;
            let delay = 5;
            while (!condition()) {
                if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${describe()}`);
                await new Promise((r) => setTimeout(r, delay));
                delay = Math.min(delay * 2, 500);
            }
        },
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
            if (sink.mode !== "accept") {
                res.writeHead(sink.mode === "unavailable" ? 503 : 400, { "content-type": "application/json" });
                res.end(JSON.stringify({ code: sink.mode === "unavailable" ? 14 : 3, message: `stand-in backend: ${sink.mode}` }));
                return;
            }
            const arrived = nowUnixNano();
            const via = typeof req.headers["x-via"] === "string" ? req.headers["x-via"] : undefined;
            const json = (req.headers["content-type"] ?? "").includes("json");
            // the OTLP/HTTP exporters compress with gzip by default (confighttp `compression: gzip`)
            const raw = Buffer.concat(chunks);
            let text: string;
            try {
                text = (req.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw).toString("utf8");
                if (json) JSON.parse(text);
            } catch (err) {
                res.writeHead(400);
                res.end(`stand-in backend: unreadable body (${(err as Error).message})`);
                return;
            }
            if (json && req.url?.endsWith("/v1/traces")) {
                const body = JSON.parse(text) as JsonTraces;
                for (const rs of body.resourceSpans ?? []) {
                    const resource = attributes(rs.resource?.attributes);
                    for (const ss of rs.scopeSpans ?? []) {
                        for (const s of ss.spans ?? []) {
                            sink.spans.push({
                                traceId: s.traceId,
                                spanId: s.spanId,
                                parentSpanId: s.parentSpanId ?? "",
                                name: s.name,
                                kind: s.kind ?? 0,
                                statusCode: s.status?.code ?? 0,
                                startUnixNano: BigInt(s.startTimeUnixNano),
                                endUnixNano: BigInt(s.endTimeUnixNano),
                                resource,
                                attributes: attributes(s.attributes),
                                via,
                                arrivedUnixNano: arrived,
                            });
                        }
                    }
                }
            } else if (json && req.url?.endsWith("/v1/logs")) {
                const body = JSON.parse(text) as JsonLogs;
                for (const rl of body.resourceLogs ?? []) {
                    const resource = attributes(rl.resource?.attributes);
                    for (const sl of rl.scopeLogs ?? []) {
                        for (const l of sl.logRecords ?? []) {
                            sink.logs.push({ traceId: l.traceId ?? "", spanId: l.spanId ?? "", body: l.body?.stringValue ?? "", resource, attributes: attributes(l.attributes) });
                        }
                    }
                }
            } else if (req.url?.endsWith("/v1/metrics")) {
                sink.metricRequests++;
            }
            // an empty export response (partial_success unset) in the encoding of the request
            res.writeHead(200, { "content-type": json ? "application/json" : "application/x-protobuf" });
            res.end(json ? "{}" : "");
        });
    });
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(endpoint.port, endpoint.host, () => resolve());
    });
    return sink;
}
