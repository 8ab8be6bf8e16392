// One real binary as a child process, the way envtest runs its control plane (controller-runtime
// pkg/internal/testing/process): it leads its own process group (detached), its stdout and stderr go to a log file
// whose last lines are put into every error, readiness is raced against an early exit and a deadline, and stop()
// sends SIGTERM to the group, then SIGKILL. Nothing outlives the test process: the groups are killed on its exit
// and on SIGINT/SIGTERM, and a small watcher (mongodb-memory-server's mongo_killer idea) kills a group whose test
// process died without running its handlers (SIGKILL, a crash).
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface ChildOptions {
    /** Short name, for messages and the log file (`<dir>/<name>.log`). */
    readonly name: string;
    readonly bin: string;
    readonly args: readonly string[];
    /** Folder of the log file; also the child's working directory. */
    readonly dir: string;
    readonly env?: NodeJS.ProcessEnv;
}

export interface Exit {
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
}

export interface Child {
    readonly name: string;
    readonly pid: number;
    readonly logFile: string;
    /** Resolves when the child has exited, for whatever reason. */
    readonly exited: Promise<Exit>;
    /** The exit, once it happened. */
    exit(): Exit | undefined;
    /** The last `lines` lines of the child's output. */
    tail(lines?: number): string;
    /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the child has exited. Safe to call twice. */
    stop(graceMs?: number): Promise<void>;
}

const live = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
    try {
        process.kill(-pid, signal);
    } catch {
        // already gone
    }
}

let handlersInstalled = false;
function installHandlers(): void {
    if (handlersInstalled) return;
    handlersInstalled = true;
    process.on("exit", () => {
        for (const pid of live) killGroup(pid, "SIGKILL");
    });
    for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
        process.once(signal, () => {
            for (const pid of live) killGroup(pid, "SIGKILL");
            process.exit(code);
        });
    }
}

/**
 * Kills the group `pgid` when this process is gone: polls both once a second, so it ends with whichever ends first
 * (with the group when the test stops it normally).
 */
function watch(pgid: number): void {
    const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${pgid} 2>/dev/null; do sleep 1; done; ` +
        `kill -TERM -${pgid} 2>/dev/null && sleep 5 && kill -KILL -${pgid} 2>/dev/null; exit 0`;
    const watcher = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
    watcher.unref();
}

export function tailOf(file: string, lines = 40): string {
    if (!fs.existsSync(file)) return "";
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export function startChild(opts: ChildOptions): Child {
    if (!fs.existsSync(opts.bin)) throw new Error(`${opts.name}: no executable at ${opts.bin}`);
    fs.accessSync(opts.bin, fs.constants.X_OK);
    installHandlers();
    const logFile = path.join(opts.dir, `${opts.name}.log`);
    const fd = fs.openSync(logFile, "a");
    fs.writeSync(fd, `$ ${opts.bin} ${opts.args.join(" ")}\n`);
    const child: ChildProcess = spawn(opts.bin, [...opts.args], { cwd: opts.dir, env: opts.env ?? process.env, detached: true, stdio: ["ignore", fd, fd] });
    fs.closeSync(fd);
    const pid = child.pid;
    if (pid === undefined) throw new Error(`${opts.name}: could not start ${opts.bin}`);
    live.add(pid);
    watch(pid);
    let exit: Exit | undefined;
    const exited = new Promise<Exit>((resolve) => {
        child.on("exit", (code, signal) => {
            exit = { code, signal };
            live.delete(pid);
            resolve(exit);
        });
    });
    // the test process may end while the child runs: don't let the child keep it alive
    child.unref();
    return {
        name: opts.name,
        pid,
        logFile,
        exited,
        exit: () => exit,
        tail: (lines) => tailOf(logFile, lines),
        async stop(graceMs = 10_000) {
            if (exit) return;
            killGroup(pid, "SIGTERM");
            const timer = setTimeout(() => killGroup(pid, "SIGKILL"), graceMs);
            await exited;
            clearTimeout(timer);
            // what the child started itself, if anything, goes with its group
            killGroup(pid, "SIGKILL");
        },
    };
}

/**
 * Polls `ready` every `intervalMs` until it returns a value other than undefined; rejects when the child exits first
 * (with its exit and log tail) or after `timeoutMs`, naming `what`.
 */
export async function waitUntil<T>(what: string, child: Child, ready: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 100): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    for (;;) {
        const exit = child.exit();
        if (exit) throw new Error(`${child.name} exited (code ${exit.code}, signal ${exit.signal}) before ${what}; last lines of ${child.logFile}:\n${child.tail()}`);
        try {
            const value = await ready();
            if (value !== undefined) return value;
        } catch (err) {
            last = (err as Error).message;
        }
        if (Date.now() > deadline) {
            throw new Error(`${child.name}: no ${what} within ${timeoutMs} ms${last ? ` (last error: ${last})` : ""}; last lines of ${child.logFile}:\n${child.tail()}`);
        }
        await sleep(intervalMs);
    }
}
