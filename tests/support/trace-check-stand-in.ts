// A local HTTP server that stands in for every endpoint the trace check talks to: the ingress gateway (the demo's
// entry path), the collector's OTLP/HTTP receiver, Tempo (ready, trace by id, search) and Prometheus (ready, instant
// query), answering with API responses in the pinned versions' shapes (tests/fixtures/trace-check/README.md says how
// they were assembled). Tempo is AGPL and is never run here. Loopback only, one per run, on an ephemeral port.
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const fixtures = path.join(import.meta.dirname, "..", "fixtures", "trace-check");
export const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");
/** The trace id the recorded traces carry (base64 in Tempo's JSON); the stand-in answers for the requested one. */
export const RECORDED_TRACE = "0af7651916cd43dd8448eb211c80319c";
export const base64Of = (hex: string) => Buffer.from(hex, "hex").toString("base64");

export interface Scenario {
    /** Status the gateway answers /productpage with. @default 200 */
    readonly gatewayStatus?: number;
    /** Status of Tempo's /ready. @default 200 */
    readonly tempoReady?: number;
    /** Recorded trace-by-id answer; without one Tempo answers 404 (trace not found). */
    readonly trace?: string;
    /** Polls answered 404 before the trace appears (spans still on their way). @default 0 */
    readonly traceAfterPolls?: number;
    /** Recorded search answer; the requested trace is listed first, as Tempo lists it. @default tempo-search-empty.json */
    readonly search?: string;
    /** Recorded Prometheus answer to the service-graph query. @default prometheus-empty.json */
    readonly prometheus?: string;
}

export interface Seen {
    traceparents: string[];
    userAgents: string[];
    searches: string[];
    promQueries: string[];
}

/** The stand-in for every endpoint the check talks to, on an ephemeral port; one per run. */
export class StandIn {
    readonly server: http.Server;
    readonly scenario: Scenario;
    readonly seen: Seen = { traceparents: [], userAgents: [], searches: [], promQueries: [] };
    private polls = 0;

    constructor(scenario: Scenario) {
        this.scenario = scenario;
        this.server = http.createServer((req, res) => this.answer(req, res));
    }

    listen(): Promise<void> {
        return new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    }

    get url(): string {
        return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    }

    /** Trace ids of the requests that reached /productpage with a traceparent. */
    private tracedIds(): string[] {
        return this.seen.traceparents.map((tp) => tp.split("-")[1]);
    }

    private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
        const url = new URL(req.url ?? "/", this.url);
        const send = (status: number, body = "", type = "application/json") => {
            res.writeHead(status, { "content-type": type });
            res.end(body);
        };
        if (url.pathname === "/productpage") {
            if (typeof req.headers.traceparent === "string") {
                this.seen.traceparents.push(req.headers.traceparent);
                this.seen.userAgents.push(String(req.headers["user-agent"]));
            }
            return send(this.scenario.gatewayStatus ?? 200, "<html>Simple Bookstore App</html>", "text/html");
        }
        if (url.pathname === "/ready") return send(this.scenario.tempoReady ?? 200, "ready", "text/plain");
        if (url.pathname === "/-/ready") return send(200, "Prometheus Server is Ready.", "text/plain");
        if (url.pathname === "/v1/traces" && req.method === "POST") return send(200, "{}");
        const byId = url.pathname.match(/^\/api\/v2\/traces\/([0-9a-f]{32})$/);
        if (byId) {
            const id = byId[1];
            if (!this.scenario.trace || !this.tracedIds().includes(id) || this.polls++ < (this.scenario.traceAfterPolls ?? 0)) return send(404, "trace not found", "text/plain");
            return send(200, fixture(this.scenario.trace).replaceAll(base64Of(RECORDED_TRACE), base64Of(id)));
        }
        if (url.pathname === "/api/search") {
            this.seen.searches.push(url.searchParams.get("q") ?? "");
            const recorded = JSON.parse(fixture(this.scenario.search ?? "tempo-search-empty.json")) as { traces: { traceID: string }[] };
            const own = this.scenario.trace ? this.tracedIds().slice(-1).map((traceID) => ({ traceID, rootServiceName: "istio-ingressgateway.istio-ingress" })) : [];
            return send(200, JSON.stringify({ ...recorded, traces: [...own, ...recorded.traces] }));
        }
        if (url.pathname === "/api/v1/query") {
            this.seen.promQueries.push(url.searchParams.get("query") ?? "");
            return send(200, fixture(this.scenario.prometheus ?? "prometheus-empty.json"));
        }
        send(404, "no such endpoint", "text/plain");
    }
}
