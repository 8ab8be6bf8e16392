// One child process of a real-binary test: start it, wait until it is ready, stop it, read its log.
// As envtest's process.go and the collector testbed do: spawned detached, so it leads its own process group, and
// stopped with SIGTERM to the group, then SIGKILL after a grace period; readiness raced against an early exit and a
// deadline (mongodb-memory-server's launch promise); stdout and stderr to a log file, with the last lines kept for
// failure messages; every group still running is killed when the test process exits.
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import type { Endpoint } from "./ports.ts";

const POLL_MS = 100;
const TAIL_LINES = 40;

/** What "ready" means for a process: an HTTP GET answering 2xx, or a TCP port accepting connections. */
export type Readiness = { readonly http: string } | { readonly tcp: Endpoint } | { readonly none: true };

export interface StartOptions {
    /** Shown in messages and names the log file. */
    readonly name: string;
    readonly bin: string;
    readonly args: readonly string[];
    readonly env?: Readonly<Record<string, string>>;
    readonly cwd?: string;
    readonly ready: Readiness;
    /** @default 30_000 (the machine is shared: a cold start of a Go binary can take seconds) */
    readonly timeoutMs?: number;
    /** Folder for `<name>.log`. */
    readonly logDir: string;
}

export interface Supervised {
    readonly name: string;
    readonly pid: number;
    /** The whole log so far. */
    log(): string;
    /** The last lines of the log, for assertion messages. */
    tail(lines?: number): string;
    /** True while the process has not exited. */
    running(): boolean;
    /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once it has exited. */
    stop(graceMs?: number): Promise<void>;
    /** SIGKILL to the group at once (a crash, as `kill -9`). */
    kill(): Promise<void>;
    /** Resolves when the process exits, with its code or signal. */
    readonly exited: Promise<string>;
}

const groups = new Set<number>();
process.on("exit", () => {
    for (const pid of groups) {
        try {
            process.kill(-pid, "SIGKILL");
        } catch {
            // already gone
        }
    }
});

function tcpOpen(endpoint: Endpoint): Promise<boolean> {
    return new Promise((resolve) => {
        const socket = net.connect({ host: endpoint.host, port: endpoint.port });
        socket.setTimeout(1000);
        socket.once("connect", () => {
            socket.destroy();
            resolve(true);
        });
        socket.once("error", () => resolve(false));
        socket.once("timeout", () => {
            socket.destroy();
            resolve(false);
        });
    });
}

async function httpOk(url: string): Promise<boolean> {
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        return res.ok;
    } catch {
        return false;
    }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `bin` and resolves once it is ready; rejects (with the log's tail) on an early exit or at the deadline. */
export async function start(opts: StartOptions): Promise<Supervised> {
    fs.accessSync(opts.bin, fs.constants.X_OK);
    fs.mkdirSync(opts.logDir, { recursive: true });
    const logFile = path.join(opts.logDir, `${opts.name}.log`);
    const fd = fs.openSync(logFile, "a");
    const child: ChildProcess = spawn(opts.bin, [...opts.args], {
        cwd: opts.cwd,
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...opts.env },
        stdio: ["ignore", fd, fd],
        detached: true,
    });
    fs.closeSync(fd);
    const pid = child.pid;
    if (pid === undefined) throw new Error(`${opts.name}: could not start ${opts.bin}`);
    groups.add(pid);
    let exitedWith: string | undefined;
    const exited = new Promise<string>((resolve) => {
        child.once("exit", (code, signal) => {
            exitedWith = signal ?? `exit ${code}`;
            groups.delete(pid);
            resolve(exitedWith);
        });
    });
    const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");
    const tail = (lines = TAIL_LINES) => log().split("\n").slice(-lines - 1).join("\n");
    const signalGroup = (signal: NodeJS.Signals) => {
        try {
            process.kill(-pid, signal);
        } catch {
            // the group is gone
        }
    };
    const supervised: Supervised = {
        name: opts.name,
        pid,
        log,
        tail,
        running: () => exitedWith === undefined,
        exited,
        async stop(graceMs = 10_000) {
            if (exitedWith !== undefined) return;
            signalGroup("SIGTERM");
            const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
            await exited;
            clearTimeout(timer);
        },
        async kill() {
            if (exitedWith !== undefined) return;
            signalGroup("SIGKILL");
            await exited;
        },
    };

    const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
    const ready = opts.ready;
    for (;;) {
        if (exitedWith !== undefined) throw new Error(`${opts.name} exited before it was ready (${exitedWith}); last lines of ${logFile}:\n${tail()}`);
        const ok = "http" in ready ? await httpOk(ready.http) : "tcp" in ready ? await tcpOpen(ready.tcp) : true;
        if (ok && exitedWith === undefined) return supervised;
        if (Date.now() > deadline) {
            await supervised.stop(2000);
            throw new Error(`${opts.name} was not ready within ${opts.timeoutMs ?? 30_000} ms (${JSON.stringify(ready)}); last lines of ${logFile}:\n${tail()}`);
        }
        await sleep(POLL_MS);
    }
}
