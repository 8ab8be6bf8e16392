// Spans for the tests and the benchmark that need many of them, sent the way the SDK agents send them (OTLP/HTTP with
// protobuf, what SDK_OTLP_PROTOCOL tells every agent): an ExportTraceServiceRequest encoded by hand from
// opentelemetry-proto (collector/trace/v1/trace_service.proto, trace/v1/trace.proto, common/v1/common.proto) — only
// the fields written here: ResourceSpans{resource=1, scope_spans=2}, Resource{attributes=1},
// ScopeSpans{scope=1, spans=2}, InstrumentationScope{name=1}, Span{trace_id=1, span_id=2, parent_span_id=4, name=5,
// kind=6, start_time_unix_nano=7 (fixed64), end_time_unix_nano=8 (fixed64), attributes=9, status=15},
// Status{code=3}, KeyValue{key=1, value=2}, AnyValue{string_value=1}.
import { randomBytes } from "node:crypto";
import { type Endpoint, hostPort } from "./ports.ts";

export interface SpanSpec {
    readonly traceId: Buffer;
    readonly spanId: Buffer;
    readonly parentSpanId?: Buffer;
    readonly name: string;
    /** 2 server, 3 client. */
    readonly kind: number;
    readonly startUnixNano: bigint;
    readonly endUnixNano: bigint;
    readonly attributes?: Readonly<Record<string, string>>;
    /** 2 error. */
    readonly statusCode?: number;
}

function varint(n: number | bigint): Buffer {
    let v = BigInt(n);
    const out: number[] = [];
    while (v >= 0x80n) {
        out.push(Number((v & 0x7fn) | 0x80n));
        v >>= 7n;
    }
    out.push(Number(v));
    return Buffer.from(out);
}

const tag = (field: number, wire: number) => varint((field << 3) | wire);
const bytesField = (field: number, payload: Buffer) => Buffer.concat([tag(field, 2), varint(payload.length), payload]);
const stringField = (field: number, s: string) => bytesField(field, Buffer.from(s, "utf8"));
const varintField = (field: number, n: number) => Buffer.concat([tag(field, 0), varint(n)]);
function fixed64Field(field: number, n: bigint): Buffer {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(n);
    return Buffer.concat([tag(field, 1), b]);
}
const keyValue = (k: string, v: string) => bytesField(9, Buffer.concat([stringField(1, k), bytesField(2, stringField(1, v))]));

function span(s: SpanSpec): Buffer {
    return Buffer.concat([
        bytesField(1, s.traceId),
        bytesField(2, s.spanId),
        ...(s.parentSpanId ? [bytesField(4, s.parentSpanId)] : []),
        stringField(5, s.name),
        varintField(6, s.kind),
        fixed64Field(7, s.startUnixNano),
        fixed64Field(8, s.endUnixNano),
        ...Object.entries(s.attributes ?? {}).map(([k, v]) => keyValue(k, v)),
        ...(s.statusCode ? [bytesField(15, varintField(3, s.statusCode))] : []),
    ]);
}

function resourceSpans(serviceName: string, spans: readonly SpanSpec[]): Buffer {
    const resource = bytesField(1, bytesField(1, Buffer.concat([stringField(1, "service.name"), bytesField(2, stringField(1, serviceName))])));
    const scope = bytesField(1, stringField(1, "mesh-observability-tests"));
    const scopeSpans = bytesField(2, Buffer.concat([scope, ...spans.map((s) => bytesField(2, span(s)))]));
    return bytesField(1, Buffer.concat([resource, scopeSpans]));
}

/** One ExportTraceServiceRequest: every span under one resource with `service.name`. */
export const encodeTraces = (serviceName: string, spans: readonly SpanSpec[]): Buffer => resourceSpans(serviceName, spans);

/** One ExportTraceServiceRequest with a resource per service. */
export function encodeServices(byService: ReadonlyMap<string, readonly SpanSpec[]>): Buffer {
    return Buffer.concat([...byService].map(([service, spans]) => resourceSpans(service, spans)));
}

/**
 * The attributes Istio's Envoy puts on a sidecar's span, with typical values (Envoy's OpenTelemetry tracer:
 * `source/extensions/tracers/opentelemetry`, the HTTP connection manager's tags, Istio's custom tags): 20 of them,
 * ~1 KiB of OTLP a span, where chainTraces' default is one attribute (~100 B a span).
 */
export const ENVOY_LIKE_ATTRIBUTES: Readonly<Record<string, string>> = {
    "node_id": "sidecar~10.244.1.17~checkout-v1-6b7f9d4c8-x2kqz.shop~shop.svc.cluster.local",
    "zone": "europe-west1-b",
    "guid:x-request-id": "8f3c2a1e-5d7b-4e9f-a6c0-1b2d3e4f5a6b",
    "http.url": "http://checkout.shop.svc.cluster.local:8080/api/v1/checkout?cart=4711&currency=EUR",
    "http.method": "GET",
    "downstream_cluster": "-",
    "user_agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0 Safari/537.36",
    "http.protocol": "HTTP/1.1",
    "peer.address": "10.244.2.31",
    "request_size": "0",
    "response_size": "1843",
    "component": "proxy",
    "upstream_cluster": "outbound|8080||checkout.shop.svc.cluster.local",
    "upstream_cluster.name": "outbound|8080||checkout.shop.svc.cluster.local",
    "http.status_code": "200",
    "response_flags": "-",
    "istio.canonical_service": "checkout",
    "istio.mesh_id": "cluster.local",
    "istio.namespace": "shop",
    "istio.canonical_revision": "v1",
};

/**
 * `count` traces shaped like a call through three services (frontend → checkout → payments): a server span in each,
 * a client span in each caller, five spans ending now and lasting `durationMs`, grouped by service, each span with
 * `attributes`.
 */
export function chainTraces(count: number, durationMs = 20, attributes: Readonly<Record<string, string>> = { "http.request.method": "GET" }): Map<string, SpanSpec[]> {
    const out = new Map<string, SpanSpec[]>([["frontend", []], ["checkout", []], ["payments", []]]);
    const end = nowUnixNano();
    const start = end - BigInt(durationMs * 1e6);
    for (let i = 0; i < count; i++) {
        const traceId = newTraceId();
        const ids = Array.from({ length: 5 }, newSpanId);
        const add = (service: string, k: number, parent: number | undefined, kind: number, name: string) =>
            out.get(service)?.push({ traceId, spanId: ids[k], parentSpanId: parent === undefined ? undefined : ids[parent], name, kind, startUnixNano: start, endUnixNano: end, attributes });
        add("frontend", 0, undefined, 2, "GET /");
        add("frontend", 1, 0, 3, "GET");
        add("checkout", 2, 1, 2, "GET /checkout");
        add("checkout", 3, 2, 3, "GET");
        add("payments", 4, 3, 2, "GET /pay");
    }
    return out;
}

export const newTraceId = () => randomBytes(16);
export const newSpanId = () => randomBytes(8);
export const nowUnixNano = () => BigInt(Date.now()) * 1_000_000n;

/** `count` server spans of `durationMs`, each in a trace of its own, ending now. */
export function singleSpanTraces(count: number, opts: { durationMs?: number; statusCode?: number; name?: string } = {}): SpanSpec[] {
    const end = nowUnixNano();
    const start = end - BigInt(Math.round((opts.durationMs ?? 5) * 1e6));
    return Array.from({ length: count }, () => ({
        traceId: newTraceId(),
        spanId: newSpanId(),
        name: opts.name ?? "GET /api/orders",
        kind: 2,
        startUnixNano: start,
        endUnixNano: end,
        attributes: { "http.request.method": "GET", "http.route": "/api/orders" },
        statusCode: opts.statusCode,
    }));
}

/** POSTs one export to an OTLP/HTTP receiver; resolves with the HTTP status. */
export async function sendTraces(receiver: Endpoint, serviceName: string, spans: readonly SpanSpec[]): Promise<number> {
    const res = await fetch(`http://${hostPort(receiver)}/v1/traces`, {
        method: "POST",
        headers: { "content-type": "application/x-protobuf" },
        body: new Uint8Array(encodeTraces(serviceName, spans)),
        signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    return res.status;
}
