// Three traced services in a row, each its own Node process on its own loopback address (as pods have their own IP):
// the test calls the first, which calls the second, which calls the third. Every process exports its spans to the
// gateway's OTLP/HTTP receiver.
import * as path from "node:path";
import { type Endpoint, hostPort, reservePort } from "../../binaries/ports.ts";
import { start, type Supervised } from "../../binaries/supervise.ts";

const APP = path.join(import.meta.dirname, "traced-service.ts");

export interface Chain {
    /** Service names, first called first. */
    readonly services: readonly string[];
    readonly endpoints: readonly Endpoint[];
    /** GET /work?<query> on the first service: its status and the trace id it answers with. */
    call(query?: string): Promise<{ status: number; traceId: string }>;
    /** Every service exports what its batch processor holds. */
    flush(): Promise<void>;
    stop(): Promise<void>;
}

/**
 * Starts `services` (e.g. frontend, checkout, payments) on 127.0.0.11, .12, …, each exporting to an OTLP/HTTP receiver
 * (`/v1/traces`): the same one for all, or one per service (services spread over a gateway's replicas).
 */
export async function startChain(services: readonly string[], otlpHttp: Endpoint | readonly Endpoint[], logDir: string): Promise<Chain> {
    const receiverOf = (i: number) => (Array.isArray(otlpHttp) ? (otlpHttp as readonly Endpoint[])[i % otlpHttp.length] : (otlpHttp as Endpoint));
    const endpoints: Endpoint[] = [];
    for (const [i] of services.entries()) endpoints.push(await reservePort(`127.0.0.${11 + i}`));
    const processes: Supervised[] = [];
    try {
        // the last first: each one's downstream is up when it starts
        for (let i = services.length - 1; i >= 0; i--) {
            processes.push(
                await start({
                    name: services[i],
                    bin: process.execPath,
                    args: [APP],
                    env: {
                        SERVICE_NAME: services[i],
                        LISTEN_HOST: endpoints[i].host,
                        LISTEN_PORT: String(endpoints[i].port),
                        DOWNSTREAM: i + 1 < services.length ? `http://${hostPort(endpoints[i + 1])}` : "",
                        OTLP_TRACES_URL: `http://${hostPort(receiverOf(i))}/v1/traces`,
                    },
                    ready: { tcp: endpoints[i] },
                    logDir,
                }),
            );
        }
    } catch (err) {
        await Promise.all(processes.map((p) => p.stop()));
        throw err;
    }
    const base = `http://${hostPort(endpoints[0])}`;
    return {
        services,
        endpoints,
        async call(query = "") {
            const res = await fetch(`${base}/work${query ? `?${query}` : ""}`);
            await res.arrayBuffer();
            return { status: res.status, traceId: res.headers.get("x-trace-id") ?? "" };
        },
        async flush() {
            for (const e of endpoints) {
                const res = await fetch(`http://${hostPort(e)}/flush`);
                if (!res.ok) throw new Error(`flush ${hostPort(e)}: ${res.status} ${await res.text()}`);
            }
        },
        stop: async () => {
            await Promise.all(processes.map((p) => p.stop()));
        },
    };
}

/** Runs `task` for each item with at most `parallel` at a time. */
export async function inParallel<T, R>(items: readonly T[], parallel: number, task: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = new Array<R>(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
    return results;
}
