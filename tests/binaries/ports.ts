// Loopback ports for the real-binary tests, reserved across test files: `node --test` runs each file in a process of
// its own, and a port one process found free may be taken by another before its child binds it. As envtest does
// (controller-runtime pkg/internal/testing/addr/manager.go): listen on port 0 to learn a free port, close, then claim
// it with an exclusive lock file; a claim holds while the process that made it lives (and at most LOCK_TTL_MS), so a
// crashed run frees its ports. Only loopback (127.0.0.0/8) is ever handed out.
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const LOCK_DIR = path.join(os.tmpdir(), "mesh-observability-ports");
/** A lock older than this is stale even if its process lives (a long benchmark renews nothing; 30 min is beyond any run). */
const LOCK_TTL_MS = 30 * 60_000;
const ATTEMPTS = 50;

/** A loopback address and a port on it. */
export interface Endpoint {
    readonly host: string;
    readonly port: number;
}

export const hostPort = (e: Endpoint) => `${e.host}:${e.port}`;

function assertLoopback(host: string): void {
    if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) throw new Error(`${host} is not a loopback address: the tests only ever address 127.0.0.0/8`);
}

function freePort(host: string): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on("error", reject);
        server.listen({ host, port: 0, exclusive: true }, () => {
            const port = (server.address() as net.AddressInfo).port;
            server.close(() => resolve(port));
        });
    });
}

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (err) {
        return (err as NodeJS.ErrnoException).code === "EPERM";
    }
}

const held = new Set<string>();

/** Claims `port` for this process; false when another live process holds it. */
function claim(port: number): boolean {
    fs.mkdirSync(LOCK_DIR, { recursive: true });
    const file = path.join(LOCK_DIR, `port-${port}`);
    for (let i = 0; i < 2; i++) {
        try {
            fs.writeFileSync(file, String(process.pid), { flag: "wx" });
            held.add(file);
            return true;
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
            let owner = NaN;
            let age = 0;
            try {
                owner = Number(fs.readFileSync(file, "utf8"));
                age = Date.now() - fs.statSync(file).mtimeMs;
            } catch {
                continue; // released meanwhile: try again
            }
            if (owner === process.pid || (alive(owner) && age < LOCK_TTL_MS)) return false;
            fs.rmSync(file, { force: true });
        }
    }
    return false;
}

process.on("exit", () => {
    for (const file of held) fs.rmSync(file, { force: true });
});

/** A free port on `host` (127.0.0.x), reserved for this process until it exits. */
export async function reservePort(host = "127.0.0.1"): Promise<Endpoint> {
    assertLoopback(host);
    for (let i = 0; i < ATTEMPTS; i++) {
        const port = await freePort(host);
        if (claim(port)) return { host, port };
    }
    throw new Error(`no free port on ${host} after ${ATTEMPTS} attempts (locks in ${LOCK_DIR})`);
}

/** `n` reserved ports on `host`. */
export async function reservePorts(n: number, host = "127.0.0.1"): Promise<Endpoint[]> {
    const out: Endpoint[] = [];
    for (let i = 0; i < n; i++) out.push(await reservePort(host));
    return out;
}
