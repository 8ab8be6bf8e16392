// The command-line tools the lab and `status` drive (pulumi, docker, kind, k3d, kubectl): found on PATH, run as child
// processes, and when one is missing, what to install. Every call goes through `run`, so the tests replace a tool by an
// executable of the same name on PATH (tests/support/fake-cli.ts) and nothing else.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export type Tool = "pulumi" | "docker" | "kind" | "k3d" | "kubectl";

/** Where to get each tool, in one line. */
export const INSTALL_HINTS: Readonly<Record<Tool, string>> = {
    // the CLI version CI installs is .pulumi-version; get.pulumi.com's script takes it as --version
    pulumi: 'curl -fsSL https://get.pulumi.com | sh -s -- --version "$(cat .pulumi-version)"   (or https://www.pulumi.com/docs/iac/download-install/)',
    docker: "Docker Engine on Linux (https://docs.docker.com/engine/install/), Docker Desktop on macOS and Windows (https://docs.docker.com/desktop/)",
    kind: "https://kind.sigs.k8s.io/docs/user/quick-start/#installation   (with Go: go install sigs.k8s.io/kind@latest)",
    k3d: "https://k3d.io/stable/#installation",
    kubectl: "https://kubernetes.io/docs/tasks/tools/#kubectl",
};

/** The executable `name` resolves to on the PATH of `env`, or undefined. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv): string | undefined {
    for (const dir of (env.PATH ?? "").split(path.delimiter)) {
        if (!dir) continue;
        const candidate = path.join(dir, name);
        try {
            if (fs.statSync(candidate).isFile()) {
                fs.accessSync(candidate, fs.constants.X_OK);
                return candidate;
            }
        } catch {
            // not here
        }
    }
    return undefined;
}

export interface RunResult {
    /** Exit status; -1 when the process could not start or was killed (timeout). */
    readonly status: number;
    readonly stdout: string;
    readonly stderr: string;
}

export interface RunOptions {
    readonly env: NodeJS.ProcessEnv;
    readonly cwd?: string;
    /** Let the tool write to this terminal (long operations: cluster creation, `pulumi up`); nothing is captured. */
    readonly stream?: boolean;
    /** Milliseconds before the process is killed. @default 120000 (none when streaming) */
    readonly timeoutMs?: number;
}

const CAPTURE_TIMEOUT_MS = 120_000;
const MAX_OUTPUT_BYTES = 256 * 2 ** 20;

/** Runs a tool to completion. Never throws: a tool that cannot start answers status -1 and the reason on stderr. */
export function run(command: string, args: readonly string[], options: RunOptions): RunResult {
    const result = spawnSync(command, args, {
        env: options.env,
        cwd: options.cwd,
        encoding: "utf8",
        stdio: options.stream ? ["inherit", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
        timeout: options.timeoutMs ?? (options.stream ? undefined : CAPTURE_TIMEOUT_MS),
        maxBuffer: MAX_OUTPUT_BYTES,
    });
    if (result.error) return { status: -1, stdout: result.stdout ?? "", stderr: `${command}: ${result.error.message}` };
    return { status: result.status ?? -1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** The first non-empty line of a tool's error output, to quote in a message. */
export function firstLine(text: string): string {
    return (
        text
            .split("\n")
            .map((line) => line.trim())
            .find((line) => line.length > 0) ?? ""
    );
}
