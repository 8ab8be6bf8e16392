// npm run build:binaries
// Builds the real binaries the tests run, from the Go module proxy, where the cache does not have them yet:
//   otelcol-mesh          OpenTelemetry Collector Builder (OCB) from binaries/otelcol/manifest.yaml
//   prometheus, promtool  Prometheus from the wrapper module binaries/prometheus (no web UI: no builtinassets tag)
//   kube-apiserver, etcd  from the wrapper modules binaries/kube-apiserver and binaries/etcd (scripts/control-plane-binaries.ts)
// and lays the pinned CRDs of binaries/crds.json (Go modules, downloaded, not built: scripts/crds.ts)
// into .ci/.bin/<name>-<key12>/ (scripts/binaries.ts), and prints their paths. A cached build costs nothing; the
// first takes many minutes (docs/testing.md, "Tests that run the real binaries"), so progress is printed every 30 s; the
// build's own log goes to .ci/.bin/.build/ and is printed only when the build fails. `npm test` runs this first
// (pretest), and so does .ci/run.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as YAML from "yaml";
import {
    CACHE_DIR, OTELCOL_EXECUTABLE, PROMETHEUS_BUILD_TAGS, ROOT, SPECS, cacheFolder, cachedBuild, goEnv, readVersions,
    type BinarySpec, type GoEnv, type Versions,
} from "./binaries.ts";
import { buildEtcd, buildKubeApiserver } from "./control-plane-binaries.ts";
import { layCrds } from "./crds.ts";

const PROGRESS_EVERY_MS = 30_000;
const LOG_TAIL_LINES = 80;

const elapsed = (start: number) => {
    const s = Math.round((Date.now() - start) / 1000);
    return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
};
const rel = (p: string) => path.relative(process.cwd(), p) || ".";

/** Runs one build command with its output appended to `log`; resolves on exit 0, rejects with the log's tail. */
function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<void> {
    return new Promise((resolve, reject) => {
        fs.appendFileSync(opts.log, `$ ${command} ${args.join(" ")}\n`);
        const fd = fs.openSync(opts.log, "a");
        const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", fd, fd] });
        child.on("error", (err) => {
            fs.closeSync(fd);
            reject(err);
        });
        child.on("exit", (code, signal) => {
            fs.closeSync(fd);
            if (code === 0) resolve();
            else reject(new Error(`${path.basename(command)} ${args[0]} exited with ${code ?? signal}`));
        });
    });
}

/** What the build is doing, from its log: OCB's last step message, or how many packages `go build -v` compiled. */
function stage(log: string): string {
    const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
    const steps = [...text.matchAll(/\tINFO\t\S+\t([^\t\n]+)/g)].map((m) => m[1]);
    const packages = text.split("\n").filter((line) => /^[\w.-]+(\/[\w.~-]+)+$/.test(line)).length;
    return [steps.at(-1), packages ? `${packages} packages compiled` : undefined].filter(Boolean).join(", ");
}

async function withProgress<T>(label: string, log: string, work: () => Promise<T>): Promise<T> {
    const start = Date.now();
    const timer = setInterval(() => console.log(`${label}: ${elapsed(start)}${stage(log) ? `, ${stage(log)}` : ""}`), PROGRESS_EVERY_MS);
    try {
        return await work();
    } finally {
        clearInterval(timer);
    }
}

function buildEnv(env: GoEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { ...process.env, PATH: `${path.dirname(env.go)}${path.delimiter}${process.env.PATH ?? ""}`, ...extra };
}

/** The builder itself, installed once per version and platform into .ci/.bin/tools/. */
async function ensureBuilder(env: GoEnv, versions: Versions, log: string): Promise<string> {
    const dir = path.join(CACHE_DIR, "tools", `ocb-${versions.ocb}-${env.goos}-${env.goarch}`);
    const builder = path.join(dir, "builder");
    if (fs.existsSync(builder)) return builder;
    console.log(`otelcol: installing the collector builder v${versions.ocb}`);
    await run(env.go, ["install", `go.opentelemetry.io/collector/cmd/builder@v${versions.ocb}`], { cwd: ROOT, env: buildEnv(env, { GOBIN: dir }), log });
    return builder;
}

async function buildOtelcol(env: GoEnv, versions: Versions, work: string, out: string, log: string): Promise<void> {
    const builder = await ensureBuilder(env, versions, log);
    // the committed manifest, with the build folder as output_path (the builder's --output-path flag is deprecated)
    const manifest = YAML.parse(fs.readFileSync(path.join(ROOT, "binaries/otelcol/manifest.yaml"), "utf8")) as { dist: Record<string, unknown> };
    manifest.dist.output_path = path.join(work, "src");
    const file = path.join(work, "manifest.yaml");
    fs.writeFileSync(file, YAML.stringify(manifest));
    await run(builder, [`--config=${file}`], { cwd: work, env: buildEnv(env), log });
    fs.renameSync(path.join(work, "src", OTELCOL_EXECUTABLE), path.join(out, OTELCOL_EXECUTABLE));
}

async function buildPrometheus(env: GoEnv, versions: Versions, out: string, log: string): Promise<void> {
    const { version, revision } = versions.prometheus;
    // the ldflags of Prometheus' own release build (.promu.yml at v0.314.0), so --version names the release
    const stamp = (key: string, value: string) => `-X github.com/prometheus/common/version.${key}=${value}`;
    const ldflags = ["-s", "-w", stamp("Version", version), stamp("Revision", revision), stamp("Branch", "HEAD"), stamp("BuildUser", "mesh-observability")].join(" ");
    const args = ["build", "-v", "-trimpath", `-tags=${PROMETHEUS_BUILD_TAGS}`, `-ldflags=${ldflags}`, "-o", `${out}${path.sep}`,
        "github.com/prometheus/prometheus/cmd/prometheus", "github.com/prometheus/prometheus/cmd/promtool"];
    await run(env.go, args, { cwd: path.join(ROOT, "binaries/prometheus"), env: buildEnv(env, { CGO_ENABLED: "0" }), log });
}

const BUILDERS: Readonly<Record<BinarySpec["name"], (env: GoEnv, versions: Versions, work: string, out: string, log: string) => Promise<void>>> = {
    otelcol: buildOtelcol,
    prometheus: (env, versions, _work, out, log) => buildPrometheus(env, versions, out, log),
    "kube-apiserver": (env, _versions, _work, out, log) => buildKubeApiserver({ root: ROOT, env, goEnv: buildEnv(env), out, log, run }),
    etcd: (env, _versions, _work, out, log) => buildEtcd({ root: ROOT, env, goEnv: buildEnv(env), out, log, run }),
};

/** Builds one binary into a private folder, then renames it into the cache in one step (a half build is never found). */
async function build(spec: BinarySpec, env: GoEnv, versions: Versions): Promise<{ folder: string; seconds: number }> {
    const folder = cacheFolder(spec, env);
    const work = path.join(CACHE_DIR, ".build", `${path.basename(folder)}-${process.pid}`);
    const out = path.join(work, "out");
    const log = path.join(CACHE_DIR, ".build", `${path.basename(folder)}.log`);
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(log, "");
    const start = Date.now();
    console.log(`${spec.name}: building into ${rel(folder)} (Go ${env.version}, ${env.goos}/${env.goarch}; the first build takes many minutes)`);
    try {
        await withProgress(spec.name, log, () => BUILDERS[spec.name](env, versions, work, out, log));
    } catch (err) {
        const lines = fs.readFileSync(log, "utf8").trimEnd().split("\n");
        console.error(`${spec.name}: build failed after ${elapsed(start)}: ${(err as Error).message}\n--- ${rel(log)} (last ${LOG_TAIL_LINES} lines) ---\n${lines.slice(-LOG_TAIL_LINES).join("\n")}`);
        throw err;
    }
    const seconds = Math.round((Date.now() - start) / 1000);
    fs.writeFileSync(path.join(out, "build.json"), JSON.stringify({ name: spec.name, go: env.version, platform: `${env.goos}/${env.goarch}`, recipe: spec.recipe(versions), sources: spec.sources, seconds }, null, 2) + "\n");
    try {
        fs.renameSync(out, folder);
    } catch (err) {
        // another build of the same key finished first: keep that one
        if (!cachedBuild(spec, env)) throw err;
    }
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`${spec.name}: built in ${elapsed(start)}`);
    return { folder, seconds };
}

async function main(): Promise<void> {
    const env = goEnv();
    const versions = readVersions();
    const lines: string[] = [];
    // seconds, not minutes: first, so the API-server tests have their CRDs even while a long build is still running
    const crds = await layCrds(env.go);
    lines.push(`${"crds".padEnd(14)} ${rel(crds.folder)}${crds.cached ? " (cached)" : ""}${crds.unavailable.length > 0 ? `; refused by the module proxy: ${crds.unavailable.map((u) => `${u.module}@${u.version}`).join(", ")}` : ""}`);
    for (const spec of Object.values(SPECS)) {
        const cached = cachedBuild(spec, env);
        const folder = cached ?? (await build(spec, env, versions)).folder;
        for (const exe of spec.executables) lines.push(`${exe.padEnd(14)} ${rel(path.join(folder, exe))}${cached ? " (cached)" : ""}`);
    }
    console.log(lines.join("\n"));
}

main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
});
