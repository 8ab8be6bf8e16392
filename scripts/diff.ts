// npm run diff -- <base-ref> [--stack <name>]... [--format text|markdown] [--out-dir <dir>]
// What a change does to the desired state, per stack: synthesises the working tree and the base revision (each with
// its own program and its own Pulumi.<stack>.yaml) and prints what is added, removed, replaced and changed, with
// every changed input path (Helm values included) and its old and new value. Secrets stay "[secret]".
//
// The base is checked out into a temporary `git worktree` (detached, removed afterwards). It reuses this checkout's
// node_modules through a symlink when its package-lock.json is the same as the working tree's (the same packages
// would be installed, so the base runs against exactly what it locks); otherwise it gets its own `npm ci` there.
// Stacks: dev and prod unless named. --out-dir writes <stack>.md (markdown) or <stack>.txt next to each other and
// prints the summary lines; without it the reports go to stdout. Exit 1 when a side cannot be synthesised.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { DesiredState } from "./desired-state.ts";
import { diffStates, report, summaryLine } from "./state-diff.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const usage = "usage: npm run diff -- <base-ref> [--stack <name>]... [--format text|markdown] [--out-dir <dir>]";
/** A pull-request comment holds 65536 characters; keep room for the heading. */
const MARKDOWN_LIMIT = 60000;

interface Options {
    readonly base: string;
    readonly stacks: string[];
    readonly format: "text" | "markdown";
    readonly outDir?: string;
}

function parseArgs(argv: string[]): Options {
    let base: string | undefined;
    const stacks: string[] = [];
    let format: "text" | "markdown" = "text";
    let outDir: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const next = argv[++i];
            if (next === undefined) throw new Error(`${arg} needs a value\n${usage}`);
            return next;
        };
        if (arg === "--stack") stacks.push(value());
        else if (arg === "--format") {
            const f = value();
            if (f !== "text" && f !== "markdown") throw new Error(`--format is text or markdown, got ${f}\n${usage}`);
            format = f;
        } else if (arg === "--out-dir") outDir = path.resolve(value());
        else if (arg.startsWith("-") || base !== undefined) throw new Error(`unexpected argument ${JSON.stringify(arg)}\n${usage}`);
        else base = arg;
    }
    if (!base) throw new Error(usage);
    return { base, stacks: stacks.length > 0 ? stacks : ["dev", "prod"], format, outDir };
}

function git(args: string[], cwd = ROOT): string {
    const run = spawnSync("git", args, { cwd, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${(run.stderr || run.error?.message || "").trim()}`);
    return run.stdout.trim();
}

type Synth = { state: DesiredState } | { error: string };

/** Runs a checkout's own `npm run synth` for a stack (an absent stack file means the stack has nothing there). */
function synth(dir: string, stack: string): Promise<Synth> {
    if (!fs.existsSync(path.join(dir, `Pulumi.${stack}.yaml`))) {
        return Promise.resolve({ state: { project: "", stack, resources: [], outputs: {} } });
    }
    return new Promise((resolve) => {
        const child = spawn(process.execPath, ["--import", "./scripts/compile-cache.ts", "scripts/synth.ts", "--stack", stack], { cwd: dir });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on("data", (b: Buffer) => out.push(b));
        child.stderr.on("data", (b: Buffer) => err.push(b));
        child.on("error", (e) => resolve({ error: e.message }));
        child.on("close", (code) => {
            if (code !== 0) resolve({ error: `synth exited with ${code}:\n${Buffer.concat(err).toString().trim()}` });
            else resolve({ state: JSON.parse(Buffer.concat(out).toString()) as DesiredState });
        });
    });
}

/** A detached worktree of `commit` that can run its own synth; removed by the returned function. */
function checkoutBase(commit: string): { dir: string; remove: () => void } {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mesh-observability-diff-"));
    const dir = path.join(tmp, "base");
    git(["worktree", "add", "--detach", "--quiet", dir, commit]);
    const remove = () => {
        spawnSync("git", ["worktree", "remove", "--force", dir], { cwd: ROOT });
        fs.rmSync(tmp, { recursive: true, force: true });
        spawnSync("git", ["worktree", "prune"], { cwd: ROOT });
    };
    try {
        if (!fs.existsSync(path.join(dir, "scripts", "synth.ts"))) throw new Error(`${commit.slice(0, 12)} has no scripts/synth.ts: it predates \`npm run synth\``);
        const lock = (d: string) => fs.readFileSync(path.join(d, "package-lock.json"), "utf8");
        if (fs.existsSync(path.join(ROOT, "node_modules")) && lock(dir) === lock(ROOT)) {
            fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
        } else {
            console.error(`diff: the base locks other packages; npm ci in ${dir}`);
            const install = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", 2, 2] });
            if (install.status !== 0) throw new Error("npm ci for the base failed");
        }
    } catch (e) {
        remove();
        throw e;
    }
    return { dir, remove };
}

/** Runs the jobs two at a time (synth is single-threaded; two fill the CI machines' cores). */
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
    const results: T[] = new Array<T>(jobs.length);
    let next = 0;
    const worker = async () => {
        while (next < jobs.length) {
            const i = next++;
            results[i] = await jobs[i]();
        }
    };
    await Promise.all([worker(), worker()]);
    return results;
}

async function main(): Promise<number> {
    const options = parseArgs(process.argv.slice(2));
    let commit: string;
    try {
        commit = git(["rev-parse", "--verify", "--quiet", `${options.base}^{commit}`]);
    } catch {
        throw new Error(`${options.base} is not a commit of this repository (fetch it first, e.g. git fetch origin main)`);
    }
    const baseName = `${options.base} (${commit.slice(0, 7)})`;
    const base = checkoutBase(commit);
    // an interrupted run still removes its worktree
    const interrupted = () => {
        base.remove();
        process.exit(130);
    };
    process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
    let failed = false;
    try {
        const jobs = options.stacks.flatMap((stack) => [() => synth(base.dir, stack), () => synth(ROOT, stack)]);
        const results = await inPairs(jobs);
        const reports: string[] = [];
        options.stacks.forEach((stack, i) => {
            const [before, after] = [results[2 * i], results[2 * i + 1]];
            let text: string;
            if ("error" in before || "error" in after) {
                failed = true;
                const sides: [string, Synth][] = [["base", before], ["working tree", after]];
                const problems = sides.flatMap(([side, result]) => ("error" in result ? [`${side}: ${result.error}`] : []));
                text = options.format === "markdown"
                    ? `#### ${stack}: no summary, the desired state could not be synthesised\n\n\`\`\`\n${problems.join("\n")}\n\`\`\`\n`
                    : `${stack}: no summary, the desired state could not be synthesised\n${problems.join("\n")}\n`;
                console.error(`diff: ${stack}: ${problems.join("; ")}`);
            } else {
                const diff = diffStates(before.state, { ...after.state, project: after.state.project || before.state.project });
                text = report(diff, { base: baseName, format: options.format, ...(options.format === "markdown" ? { maxChars: MARKDOWN_LIMIT } : {}) });
                if (options.outDir) console.log(`${stack}: ${summaryLine(diff)}`);
            }
            if (options.outDir) {
                fs.mkdirSync(options.outDir, { recursive: true });
                fs.writeFileSync(path.join(options.outDir, `${stack}.${options.format === "markdown" ? "md" : "txt"}`), text);
            } else reports.push(text);
        });
        if (reports.length > 0) process.stdout.write(reports.join("\n"));
    } finally {
        base.remove();
    }
    return failed ? 1 : 0;
}

main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
        console.error(`diff: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 1;
    },
);
