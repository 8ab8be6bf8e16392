// The post-deploy trace check: proves that a request through the ingress gateway becomes one stitched trace in
// Tempo and service-graph series in Prometheus, or names the piece that is missing.
//
// This module only defines the check; scripts/trace-check.ts runs it (`main`). Importing it runs nothing, so the tests
// and the component can read its types and pure parts. It imports nothing but Node.js built-ins and script-result.ts:
// the files are mounted into the Job as they are, beside the entry file.
//
// Upstream behaviour it relies on (read at the pinned versions):
// - Tempo 2.10 `GET /api/v2/traces/<id>`: `{ trace: { resourceSpans: [...] }, status?: "PARTIAL" }`; `/api/traces/<id>`:
//   `{ batches: [...] }`; both marshalled with gogo jsonpb, so ids are base64 and kinds enum names
//   (grafana/tempo v2.10.8 modules/frontend/combiner/trace_by_id*.go, pkg/tempopb/trace_utils.go; grafana/tempo#5437);
//   404 or an empty trace while nothing has arrived. `GET /api/search?q=<TraceQL>` lists `traces[].traceID` (hex).
// - Envoy (sidecars, gateways, waypoints) continues a sampled W3C `traceparent`, tags spans `user_agent` and
//   `guid:x-request-id`; Istio adds `istio.canonical_service` and `istio.namespace` (pilot/pkg/networking/core/
//   tracing.go `buildServiceTags`, 1.30.3), and on waypoints `istio.destination_canonical_service`. The resource's
//   `service.name` is the proxy's cluster: `<app>.<namespace>` for sidecars and the gateway, `waypoint.<namespace>`.
// - Tempo's metrics-generator counts `traces_service_graph_request_total{client, server}` per CLIENT→SERVER pair
//   (modules/generator/processor/servicegraphs); Prometheus `GET /api/v1/query` answers
//   `{ status: "success", data: { resultType: "vector", result: [{ metric, value }] } }`.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { writeResult } from "./script-result.ts";

/** What the check needs to know; the component derives every address from the platform's endpoint functions. */
export interface TraceCheckSettings {
    readonly meshMode: "sidecar" | "ambient";
    /** Where requests go: the ingress gateway's Service and the demo's entry path. */
    readonly targetUrl: string;
    /** Tempo's HTTP API (query-frontend or single binary). */
    readonly tempoUrl: string;
    readonly prometheusUrl: string;
    /** The collector's OTLP/HTTP receiver, probed before the request is sent: spans sent earlier would be lost. */
    readonly collectorUrl: string;
    readonly gateway: { readonly namespace: string; readonly service: string };
    readonly demo: { readonly namespace: string; readonly services: readonly string[]; readonly waypoint: string };
    /**
     * Seconds: the whole check, waiting for the endpoints, one request's trace, the service-graph series, between
     * polls; and how many requests (rounds) to try before the verdict, in case a proxy or route was still starting.
     */
    readonly timing: {
        readonly deadline: number;
        readonly ready: number;
        readonly round: number;
        readonly rounds: number;
        readonly serviceGraph: number;
        readonly poll: number;
    };
    /** Untraced requests sent after the checked one, so that Kiali's graph and the service graph have traffic. */
    readonly extraRequests: number;
}

export type Verdict =
    | "passed"
    | "unreachable"
    | "no-route"
    | "no-trace"
    | "no-gateway-span"
    | "no-mesh-hop"
    | "too-few-services"
    | "split"
    | "no-service-graph";

export interface TraceCheckResult {
    readonly verdict: Verdict;
    readonly summary: string;
    readonly traceId?: string;
    readonly services?: readonly string[];
    readonly edges?: readonly string[];
}

/** A span with what identifies the proxy that reported it. */
export interface SpanInfo {
    readonly traceId: string;
    readonly spanId: string;
    readonly kind: string;
    readonly name: string;
    readonly serviceName: string;
    readonly attributes: Readonly<Record<string, string>>;
}

export type Producer = "gateway" | "sidecar" | "waypoint" | "other";

export interface TraceAnalysis {
    readonly traceId: string;
    readonly spans: readonly SpanInfo[];
    readonly gateway: readonly SpanInfo[];
    /** Spans of the mesh hop the mode expects: sidecars (sidecar mode) or waypoints (ambient). */
    readonly meshHop: readonly SpanInfo[];
    /** Demo services the mesh hop reported for, sorted. */
    readonly services: readonly string[];
    readonly traceIds: readonly string[];
}

const MINIMUM_SERVICES = 2;
const REQUEST_TIMEOUT_MS = 5000;
const MARKER = "mesh-observability-trace-check/1";

// ---------------------------------------------------------------------------------------------------------------
// Reading Tempo's answers

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
/** A JSON scalar as text (OTLP/JSON writes 64-bit integers as strings); undefined for objects, lists and null. */
const scalar = (value: unknown): string | undefined =>
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;

/** A trace or span id as lower-case hex: Tempo's JSON carries base64 (jsonpb bytes), OTLP/JSON carries hex. */
export function idToHex(id: string, bytes: number): string {
    if (new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(id)) return id.toLowerCase();
    const decoded = Buffer.from(id, "base64");
    return decoded.length === bytes ? decoded.toString("hex") : id.toLowerCase();
}

/** Search results drop leading zeros of trace ids (Tempo's TraceIDToHexString). */
function padTraceId(id: string): string {
    return id.toLowerCase().padStart(32, "0");
}

function attributeValue(value: unknown): string | undefined {
    if (!isObject(value)) return undefined;
    for (const key of ["stringValue", "intValue", "doubleValue", "boolValue"]) {
        const text = scalar(value[key]);
        if (text !== undefined) return text;
    }
    return undefined;
}

function attributes(list_: unknown): Record<string, string> {
    const out: Record<string, string> = {};
    for (const kv of list(list_)) {
        if (!isObject(kv) || typeof kv.key !== "string") continue;
        const value = attributeValue(kv.value);
        if (value !== undefined) out[kv.key] = value;
    }
    return out;
}

const SPAN_KINDS = ["SPAN_KIND_UNSPECIFIED", "SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER"];

/** Every span of a trace-by-id answer (v2 `{trace: {resourceSpans}}`, v1 `{batches}`, or OTLP `{resourceSpans}`). */
export function spansOf(body: unknown): SpanInfo[] {
    if (!isObject(body)) return [];
    const trace = isObject(body.trace) ? body.trace : body;
    const resourceSpans = [...list(trace.resourceSpans), ...list(trace.batches)];
    const spans: SpanInfo[] = [];
    for (const rs of resourceSpans) {
        if (!isObject(rs)) continue;
        const resource = attributes(isObject(rs.resource) ? rs.resource.attributes : undefined);
        const scopes = [...list(rs.scopeSpans), ...list(rs.instrumentationLibrarySpans)];
        for (const scope of scopes) {
            if (!isObject(scope)) continue;
            for (const span of list(scope.spans)) {
                if (!isObject(span) || typeof span.traceId !== "string" || typeof span.spanId !== "string") continue;
                // jsonpb writes the enum's name; OTLP/JSON may write its number
                const kind = typeof span.kind === "number" ? (SPAN_KINDS[span.kind] ?? String(span.kind)) : (scalar(span.kind) ?? "SPAN_KIND_UNSPECIFIED");
                spans.push({
                    traceId: idToHex(span.traceId, 16),
                    spanId: idToHex(span.spanId, 8),
                    kind,
                    name: typeof span.name === "string" ? span.name : "",
                    serviceName: resource["service.name"] ?? "",
                    attributes: attributes(span.attributes),
                });
            }
        }
    }
    return spans;
}

/** An attribute that Envoy filled (formatters print "-" for an empty value). */
function present(value: string | undefined): string | undefined {
    return value && value !== "-" ? value : undefined;
}

/** The proxy that reported a span: Istio's tags first, the resource's `service.name` (`<app>.<namespace>`) otherwise. */
export function producerOf(span: SpanInfo, settings: Pick<TraceCheckSettings, "gateway" | "demo">): Producer {
    const [nameApp, nameNamespace] = span.serviceName.split(".", 2);
    const app = present(span.attributes["istio.canonical_service"]) ?? nameApp;
    const namespace = present(span.attributes["istio.namespace"]) ?? nameNamespace;
    if (namespace === settings.gateway.namespace && app === settings.gateway.service) return "gateway";
    if (namespace !== settings.demo.namespace) return "other";
    if (app === settings.demo.waypoint) return "waypoint";
    return settings.demo.services.includes(app) ? "sidecar" : "other";
}

/** The demo service a mesh-hop span is for: the sidecar's own; a waypoint's destination. */
export function serviceOf(span: SpanInfo, producer: Producer, settings: Pick<TraceCheckSettings, "demo">): string | undefined {
    if (producer === "sidecar") return present(span.attributes["istio.canonical_service"]) ?? span.serviceName.split(".")[0];
    if (producer !== "waypoint") return undefined;
    const destination = present(span.attributes["istio.destination_canonical_service"]);
    if (destination) return destination;
    // inbound-vip|9080|http|details.bookinfo.svc.cluster.local
    const host = span.attributes.upstream_cluster?.split("|").at(-1) ?? "";
    const [service, namespace] = host.split(".");
    return namespace === settings.demo.namespace && settings.demo.services.includes(service) ? service : undefined;
}

export function analyzeTrace(traceId: string, body: unknown, settings: Pick<TraceCheckSettings, "meshMode" | "gateway" | "demo">): TraceAnalysis {
    const spans = spansOf(body);
    const expected: Producer = settings.meshMode === "ambient" ? "waypoint" : "sidecar";
    const gateway: SpanInfo[] = [];
    const meshHop: SpanInfo[] = [];
    const services = new Set<string>();
    for (const span of spans) {
        const producer = producerOf(span, settings);
        if (producer === "gateway") gateway.push(span);
        if (producer !== expected) continue;
        meshHop.push(span);
        const service = serviceOf(span, producer, settings);
        if (service) services.add(service);
    }
    return {
        traceId,
        spans,
        gateway,
        meshHop,
        services: [...services].sort(),
        traceIds: [...new Set(spans.map((s) => s.traceId))].sort(),
    };
}

export function isComplete(analysis: TraceAnalysis): boolean {
    return analysis.gateway.length > 0 && analysis.meshHop.length > 0 && analysis.services.length >= MINIMUM_SERVICES;
}

/** What the spans of a trace came from, for the verdict: "istio-ingressgateway.istio-ingress SERVER x1, ...". */
function describeSpans(spans: readonly SpanInfo[]): string {
    const counts = new Map<string, number>();
    for (const s of spans) {
        const key = `${s.serviceName || "?"} ${s.kind.replace("SPAN_KIND_", "")}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].sort().map(([key, n]) => `${key} x${n}`).join(", ") || "none";
}

/**
 * What to look at when the waypoint reported nothing, in order: its enrolment, its Telemetry, and whether its HTTP
 * connection manager has a tracer at all. A waypoint with a Telemetry in place and no tracer is istio/istio#61154
 * (waypoints export no OTel spans, reported on 1.30.2; open, and no fix in the 1.30.3, 1.30.4 or 1.30.5 release
 * notes): the trace then holds the gateway's spans and the applications' own, and no waypoint hop. (istio/istio#60780,
 * spans lost with `istio.io/ingress-use-waypoint`, needs that label, which the platform does not set.)
 */
function waypointHint(demo: TraceCheckSettings["demo"]): string {
    const { namespace, waypoint } = demo;
    return (
        `check that namespace ${namespace} carries istio.io/use-waypoint=${waypoint} and that the waypoint is Programmed ` +
        `(kubectl -n ${namespace} get gateways.gateway.networking.k8s.io ${waypoint}), that its Telemetry is there ` +
        `(kubectl -n ${namespace} get telemetries.telemetry.istio.io), and whether the waypoint has a tracer at all: ` +
        `istioctl -n ${namespace} proxy-config listener deploy/${waypoint} -o json | grep -c '"tracing"' prints 0 when it has none. ` +
        `No tracer despite the Telemetry is istio/istio#61154 (waypoints export no spans; open upstream, not fixed in Istio 1.30.3 to 1.30.5): ` +
        `then every trace has the gateway's and the applications' own spans but no waypoint hop`
    );
}

/**
 * The verdict on one request: the first missing piece, most fundamental first. `otherTraces` are the ids of other
 * traces that hold spans of the same request (found by its user agent or x-request-id): spans in separate traces.
 */
export function judgeTrace(analysis: TraceAnalysis | undefined, otherTraces: readonly string[], settings: Pick<TraceCheckSettings, "meshMode" | "demo" | "gateway">): TraceCheckResult | undefined {
    const hop = settings.meshMode === "ambient" ? `the waypoint (${settings.demo.waypoint}.${settings.demo.namespace})` : `a sidecar in namespace ${settings.demo.namespace}`;
    const split = otherTraces.length > 0
        ? `spans of the same request were reported under other trace ids (${otherTraces.join(", ")}): a hop started a new trace instead of continuing traceparent (a service that does not forward the trace headers, or a proxy that does not honour them)`
        : undefined;
    if (!analysis || analysis.spans.length === 0) {
        if (split) return { verdict: "split", summary: `no span arrived under trace ${analysis?.traceId ?? "?"}; ${split}`, traceId: analysis?.traceId };
        return {
            verdict: "no-trace",
            summary:
                `no trace at all: Tempo has no span of trace ${analysis?.traceId ?? "?"} nor of any trace of the request. ` +
                `Nothing reached Tempo: check that the ingress gateway traces (Istio's tracing provider and Telemetry), that the collector exports to Tempo, and Tempo's ingest`,
            traceId: analysis?.traceId,
        };
    }
    const seen = `spans: ${describeSpans(analysis.spans)}`;
    const base = { traceId: analysis.traceId, services: analysis.services };
    if (analysis.gateway.length === 0) {
        return { ...base, verdict: split ? "split" : "no-gateway-span", summary: `trace ${analysis.traceId} has no span from the ingress gateway (${settings.gateway.service}.${settings.gateway.namespace}); ${split ?? "the gateway does not trace (its Telemetry or tracing provider)"}. ${seen}` };
    }
    if (analysis.meshHop.length === 0) {
        return {
            ...base,
            verdict: split ? "split" : "no-mesh-hop",
            summary: `trace without the mesh hop: trace ${analysis.traceId} has the gateway's spans but none from ${hop}; ${split ?? (settings.meshMode === "ambient" ? waypointHint(settings.demo) : "are the pods injected (istio-injection=enabled) and their proxies tracing?")}. ${seen}`,
        };
    }
    if (analysis.services.length < MINIMUM_SERVICES) {
        return {
            ...base,
            verdict: split ? "split" : "too-few-services",
            summary: `partial trace: trace ${analysis.traceId} reaches only ${analysis.services.join(", ") || "no service"} through ${hop} (at least ${MINIMUM_SERVICES} expected); ${split ?? "a service does not forward traceparent to the next one"}. ${seen}`,
        };
    }
    if (split) return { ...base, verdict: "split", summary: `spans in separate traces: trace ${analysis.traceId} is complete, but ${split}. ${seen}` };
    return undefined;
}

/** The service-graph query: the series whose server is a mesh-hop proxy of the trace. */
export function serviceGraphQuery(analysis: TraceAnalysis): string {
    const servers = [...new Set(analysis.meshHop.map((s) => s.serviceName).filter((n) => n))].sort();
    const regex = servers.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    const literal = regex.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
    return `group by (client, server) (traces_service_graph_request_total{server=~"${literal}"})`;
}

/** `client -> server` of each series in a Prometheus instant-query answer. */
export function edgesOf(body: unknown): string[] {
    if (!isObject(body) || body.status !== "success" || !isObject(body.data)) return [];
    return list(body.data.result)
        .filter(isObject)
        .map((series) => (isObject(series.metric) ? `${scalar(series.metric.client) ?? "?"} -> ${scalar(series.metric.server) ?? "?"}` : "?"))
        .sort();
}

// ---------------------------------------------------------------------------------------------------------------
// Talking to the cluster

interface Clock {
    readonly started: number;
    readonly deadline: number;
}

const now = () => Date.now();
const elapsed = (clock: Clock) => `${String(Math.round((now() - clock.started) / 1000)).padStart(4)}s`;
const log = (clock: Clock, message: string) => console.log(`[${elapsed(clock)}] ${message}`);
const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function request(url: string, init: RequestInit = {}): Promise<{ status: number; body: string } | { error: string }> {
    try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        return { status: response.status, body: await response.text() };
    } catch (e) {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        return { error: cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e)) };
    }
}

const describeAnswer = (answer: { status: number; body: string } | { error: string }) =>
    "error" in answer ? answer.error : `HTTP ${answer.status}${answer.body ? ` ${answer.body.slice(0, 120).replace(/\s+/g, " ")}` : ""}`;

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

/** Polls until `ok` or the time is up; returns the last answer's description when it never became ok. */
async function waitUntil(clock: Clock, seconds: number, poll: number, what: string, attempt: () => Promise<{ ok: boolean; detail: string }>): Promise<string | undefined> {
    const until = Math.min(clock.deadline, now() + seconds * 1000);
    let last = "not tried";
    for (let first = true; first || now() < until; first = false) {
        const result = await attempt();
        if (result.ok) {
            log(clock, `${what}: ready`);
            return undefined;
        }
        if (result.detail !== last) log(clock, `waiting for ${what}: ${result.detail}`);
        last = result.detail;
        if (now() + poll * 1000 >= until) break;
        await pause(poll);
    }
    return last;
}

async function waitForEndpoints(clock: Clock, s: TraceCheckSettings): Promise<TraceCheckResult | undefined> {
    const probes: [string, () => Promise<{ ok: boolean; detail: string }>][] = [
        [`Tempo ${s.tempoUrl}/ready`, async () => { const a = await request(`${s.tempoUrl}/ready`); return { ok: "status" in a && a.status === 200, detail: describeAnswer(a) }; }],
        [`Prometheus ${s.prometheusUrl}/-/ready`, async () => { const a = await request(`${s.prometheusUrl}/-/ready`); return { ok: "status" in a && a.status === 200, detail: describeAnswer(a) }; }],
        [
            `the collector ${s.collectorUrl}/v1/traces`,
            async () => {
                // an empty OTLP/JSON export: accepted (2xx) once the receiver runs
                const a = await request(`${s.collectorUrl}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"resourceSpans":[]}' });
                return { ok: "status" in a && a.status >= 200 && a.status < 300, detail: describeAnswer(a) };
            },
        ],
    ];
    const results = await Promise.all(probes.map(([what, probe]) => waitUntil(clock, s.timing.ready, s.timing.poll, what, probe).then((last) => ({ what, last }))));
    const down = results.filter((r) => r.last !== undefined);
    if (down.length === 0) return undefined;
    return { verdict: "unreachable", summary: `the check could not start: ${down.map((d) => `${d.what} never became ready (last: ${d.last})`).join("; ")}` };
}

interface SentRequest {
    readonly traceId: string;
    readonly marker: string;
    readonly sentAt: number;
}

/** Sends GETs with a fresh sampled traceparent until one answers 200 (the route may not be programmed yet). */
async function sendTracedRequest(clock: Clock, s: TraceCheckSettings, round: number): Promise<SentRequest | { last: string }> {
    let last = "not tried";
    let sent: SentRequest | undefined;
    const failure = await waitUntil(clock, s.timing.round, s.timing.poll, `a 200 from ${s.targetUrl}`, async () => {
        const traceId = randomBytes(16).toString("hex");
        const marker = `${MARKER} (round ${round}, trace ${traceId})`;
        const answer = await request(s.targetUrl, { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString("hex")}-01`, "user-agent": marker } });
        last = describeAnswer(answer);
        if ("status" in answer && answer.status === 200) sent = { traceId, marker, sentAt: now() };
        return { ok: sent !== undefined, detail: "status" in answer ? `HTTP ${answer.status}` : answer.error };
    });
    if (failure !== undefined || !sent) return { last };
    log(clock, `sent GET ${s.targetUrl} with traceparent of trace ${sent.traceId}: HTTP 200`);
    for (let i = 0; i < s.extraRequests; i++) await request(s.targetUrl, { headers: { "user-agent": `${MARKER} (traffic)` } });
    return sent;
}

async function fetchTrace(s: TraceCheckSettings, traceId: string): Promise<unknown> {
    const answer = await request(`${s.tempoUrl}/api/v2/traces/${traceId}`, { headers: { accept: "application/json" } });
    return "status" in answer && answer.status === 200 ? parseJson(answer.body) : undefined;
}

/** Other traces that hold spans of this request: same user agent (forwarded by Bookinfo) or same x-request-id. */
async function otherTracesOf(s: TraceCheckSettings, sent: SentRequest, analysis: TraceAnalysis | undefined): Promise<string[]> {
    const requestIds = [...new Set((analysis?.gateway ?? []).map((g) => present(g.attributes["guid:x-request-id"])).filter((id): id is string => id !== undefined))];
    const quote = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    const conditions = [`span.user_agent = ${quote(sent.marker)}`, ...requestIds.map((id) => `span."guid:x-request-id" = ${quote(id)}`)];
    const query = new URLSearchParams({
        q: `{ ${conditions.join(" || ")} }`,
        limit: "20",
        start: String(Math.floor(sent.sentAt / 1000) - 120),
        end: String(Math.ceil(now() / 1000) + 60),
    });
    const answer = await request(`${s.tempoUrl}/api/search?${query.toString()}`);
    if (!("status" in answer) || answer.status !== 200) return [];
    const body = parseJson(answer.body);
    const ids = isObject(body) ? list(body.traces).filter(isObject).map((t) => (typeof t.traceID === "string" ? padTraceId(t.traceID) : "")) : [];
    return [...new Set(ids.filter((id) => id && id !== sent.traceId))].sort();
}

async function checkServiceGraph(clock: Clock, s: TraceCheckSettings, analysis: TraceAnalysis): Promise<TraceCheckResult> {
    const query = serviceGraphQuery(analysis);
    let edges: string[] = [];
    const failure = await waitUntil(clock, s.timing.serviceGraph, s.timing.poll, `service-graph series in Prometheus (${query})`, async () => {
        const answer = await request(`${s.prometheusUrl}/api/v1/query?${new URLSearchParams({ query }).toString()}`);
        edges = "status" in answer && answer.status === 200 ? edgesOf(parseJson(answer.body)) : [];
        return { ok: edges.length > 0, detail: "status" in answer && answer.status === 200 ? "no series yet" : describeAnswer(answer) };
    });
    const base = { traceId: analysis.traceId, services: analysis.services, edges };
    if (failure !== undefined) {
        return {
            ...base,
            verdict: "no-service-graph",
            summary:
                `no service-graph series: trace ${analysis.traceId} is complete (${analysis.services.join(", ")}), but Prometheus has no traces_service_graph_request_total ` +
                `for ${[...new Set(analysis.meshHop.map((m) => m.serviceName))].join(", ")} (last: ${failure}). Check Tempo's metrics-generator (processors service-graphs), its remote write and Prometheus' remote-write receiver`,
        };
    }
    const hop = s.meshMode === "ambient" ? "the waypoint" : "the sidecars";
    return {
        ...base,
        verdict: "passed",
        summary: `trace ${analysis.traceId} crossed the ingress gateway and ${hop} of ${analysis.services.length} services (${analysis.services.join(", ")}) in one trace; service graph: ${edges.join(", ")}`,
    };
}

/** Runs the whole check; never throws for what the cluster answers, only for bad settings. */
export async function runTraceCheck(s: TraceCheckSettings): Promise<TraceCheckResult> {
    const clock: Clock = { started: now(), deadline: now() + s.timing.deadline * 1000 };
    log(clock, `trace check (${s.meshMode} mode): ${s.targetUrl} -> Tempo ${s.tempoUrl}, Prometheus ${s.prometheusUrl}; at most ${s.timing.deadline}s`);
    const unreachable = await waitForEndpoints(clock, s);
    if (unreachable) return unreachable;

    let verdict: TraceCheckResult | undefined;
    for (let round = 1; round <= s.timing.rounds && now() < clock.deadline; round++) {
        const sent = await sendTracedRequest(clock, s, round);
        if ("last" in sent) {
            return verdict ?? { verdict: "no-route", summary: `the ingress gateway never answered 200 for ${s.targetUrl} (last: ${sent.last}): is the demo's Gateway/VirtualService applied and its Deployment ready?` };
        }
        const until = Math.min(clock.deadline, now() + s.timing.round * 1000);
        let reported = "";
        let analysis: TraceAnalysis;
        // at least one look, however late: the verdict is about this trace
        for (;;) {
            analysis = analyzeTrace(sent.traceId, await fetchTrace(s, sent.traceId), s);
            const progress = `trace ${sent.traceId}: ${analysis.spans.length} spans, gateway ${analysis.gateway.length}, mesh hop ${analysis.meshHop.length}, services [${analysis.services.join(", ")}]`;
            if (progress !== reported) log(clock, progress);
            reported = progress;
            if (isComplete(analysis) || now() + s.timing.poll * 1000 >= until) break;
            await pause(s.timing.poll);
        }
        // spans of other traces are looked for once this trace has settled: they arrive at the same time
        verdict = judgeTrace(analysis, await otherTracesOf(s, sent, analysis), s);
        if (!verdict) return checkServiceGraph(clock, s, analysis);
        if (round < s.timing.rounds && now() < clock.deadline) log(clock, `round ${round}: ${verdict.verdict}; trying again with a new request`);
    }
    return verdict ?? { verdict: "no-trace", summary: "no request could be checked before the deadline" };
}

/** The lines printed at the end; the first is also the container's termination message, which `pulumi up` shows. */
export function formatResult(result: TraceCheckResult): string {
    const head = result.verdict === "passed" ? "TRACE CHECK PASSED" : `TRACE CHECK FAILED (${result.verdict})`;
    return `${head}: ${result.summary}`;
}

export function readSettings(file: string): TraceCheckSettings {
    const settings = JSON.parse(fs.readFileSync(file, "utf8")) as TraceCheckSettings;
    for (const key of ["targetUrl", "tempoUrl", "prometheusUrl", "collectorUrl"] as const) {
        if (typeof settings[key] !== "string" || !/^https?:\/\//.test(settings[key])) throw new Error(`${file}: ${key} must be an http(s) URL`);
    }
    if (settings.meshMode !== "sidecar" && settings.meshMode !== "ambient") throw new Error(`${file}: meshMode must be sidecar or ambient`);
    return settings;
}

/**
 * The check as a command: `<settings.json>` → exit 0 passed, 1 failed (the verdict on stdout and in the termination
 * log), 2 bad usage.
 */
export async function main(argv: readonly string[]): Promise<number> {
    if (argv.length !== 1) {
        console.error("usage: node scripts/trace-check.ts <settings.json>");
        return 2;
    }
    let settings: TraceCheckSettings;
    try {
        settings = readSettings(argv[0]);
    } catch (e) {
        console.error(`trace-check: ${e instanceof Error ? e.message : String(e)}`);
        return 2;
    }
    const result = await runTraceCheck(settings);
    writeResult("TRACE CHECK", formatResult(result));
    console.log(`TRACE_CHECK_RESULT ${JSON.stringify(result)}`);
    return result.verdict === "passed" ? 0 : 1;
}
