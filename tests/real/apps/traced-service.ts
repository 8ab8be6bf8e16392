// One service of the real-pipeline tests: a Node HTTP server traced by the real OpenTelemetry JS SDK, the way the
// operator's Node.js agent traces an application: HTTP instrumentation (instrumentation-http 0.220, the release
// auto-instrumentations-node 0.78 carries), W3C trace context (the tracer provider's default propagator), a batch span
// processor exporting OTLP/HTTP protobuf (SDK_OTLP_PROTOCOL, what the operator's agents are told to use) to the gateway.
// GET /work calls DOWNSTREAM/work with the same query (a client span, `traceparent` injected by the instrumentation)
// and answers with the downstream's status; the last service answers 500 for `fail=1` and waits `delay` ms first.
// GET /flush exports what the batch processor holds. Settings come from the environment the test gives it.
import { createRequire } from "node:module";
import { trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

const env = (name: string): string => {
    const value = process.env[name];
    if (value === undefined) throw new Error(`${name} is not set`);
    return value;
};
const serviceName = env("SERVICE_NAME");
const downstream = process.env.DOWNSTREAM ?? "";

const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: env("OTLP_TRACES_URL") }), { scheduledDelayMillis: 200, maxQueueSize: 65536, maxExportBatchSize: 512 })],
});
// W3C traceparent/tracestate and baggage, context in AsyncLocalStorage
provider.register();
// the test's /flush calls are not the application's traffic
registerInstrumentations({ instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => (req.url ?? "").startsWith("/flush") })] });
// required after the instrumentation is registered, so that it is the patched module
const http = createRequire(import.meta.url)("node:http") as typeof import("node:http");
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function callDownstream(query: string): Promise<number> {
    return new Promise((resolve, reject) => {
        const req = http.get(`${downstream}/work${query}`, { agent }, (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 502));
        });
        req.on("error", reject);
    });
}

const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://service");
    if (url.pathname === "/flush") {
        provider.forceFlush().then(
            () => res.end("flushed"),
            (err: Error) => {
                res.writeHead(500);
                res.end(err.message);
            },
        );
        return;
    }
    const traceId = trace.getActiveSpan()?.spanContext().traceId ?? "";
    const answer = (status: number) => {
        res.writeHead(status, { "x-trace-id": traceId });
        res.end(serviceName);
    };
    if (downstream) {
        callDownstream(url.search).then(answer, () => answer(502));
        return;
    }
    const delay = Number(url.searchParams.get("delay") ?? 0);
    setTimeout(() => answer(url.searchParams.get("fail") === "1" ? 500 : 200), delay);
});
server.keepAliveTimeout = 30_000;
server.listen(Number(env("LISTEN_PORT")), env("LISTEN_HOST"));

process.on("SIGTERM", () => {
    server.close();
    void provider.shutdown().finally(() => process.exit(0));
});
