// The real binaries the tests run (the collector, Prometheus, promtool, kube-apiserver, etcd): what each is built from and where its build
// is cached. Shared by the build (scripts/build-binaries.ts) and the tests' finder (tests/binaries/find.ts), so both
// compute the same cache folder: .ci/.bin/<name>-<key12>/, key = sha256 of everything that changes the binary.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { CONTROL_PLANE_SPECS } from "./control-plane-binaries.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const CACHE_DIR = path.join(ROOT, ".ci", ".bin");
export const BUILD_COMMAND = "npm run build:binaries";

export interface Versions {
    /** OpenTelemetry Collector Builder (go.opentelemetry.io/collector/cmd/builder), without the leading v. */
    readonly ocb: string;
    /** Prometheus' release and commit, stamped into `--version` as its own release build does (.promu.yml ldflags). */
    readonly prometheus: { readonly version: string; readonly revision: string };
    /** The pinned charts whose images these binaries stand for: a chart bump is a reminder to bump the binaries. */
    readonly follows: Readonly<Record<string, { readonly chart: string; readonly runs: string }>>;
}

export function readVersions(): Versions {
    return JSON.parse(fs.readFileSync(path.join(ROOT, "binaries", "versions.json"), "utf8")) as Versions;
}

export interface GoEnv {
    readonly go: string;
    readonly version: string;
    readonly goos: string;
    readonly goarch: string;
}

/** The go command: on PATH, else where Go's own tarball puts it. */
export function goCommand(): string | undefined {
    for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/local/go/bin"]) {
        if (dir && fs.existsSync(path.join(dir, "go"))) return path.join(dir, "go");
    }
    return undefined;
}

export function goEnv(): GoEnv {
    const go = goCommand();
    if (!go) throw new Error(`go not found (on PATH or /usr/local/go/bin): the real binaries are built with Go (1.26 or later: binaries/*/go.mod) from the Go module proxy (${BUILD_COMMAND})`);
    const run = spawnSync(go, ["env", "GOVERSION", "GOOS", "GOARCH"], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${go} env failed: ${run.stderr}`);
    const [version, goos, goarch] = run.stdout.trim().split("\n");
    return { go, version, goos, goarch };
}

export type BinaryName = "otelcol" | "prometheus" | keyof typeof CONTROL_PLANE_SPECS;

export interface BinarySpec {
    readonly name: BinaryName;
    /** The executables the build leaves in the cache folder; the collector's name starts with otelcol. */
    readonly executables: readonly string[];
    /** The committed files the binary is built from (under binaries/). */
    readonly sources: readonly string[];
    /** Everything else that changes the binary, beside the Go version and platform. */
    readonly recipe: (versions: Versions) => string;
}

// Bump RECIPE when the build steps change in a way the inputs do not show (flags, tags, layout).
const RECIPE = 1;
export const OTELCOL_EXECUTABLE = "otelcol-mesh";
export const PROMETHEUS_BUILD_TAGS = "netgo";

export const SPECS: Readonly<Record<BinaryName, BinarySpec>> = {
    otelcol: {
        name: "otelcol",
        executables: [OTELCOL_EXECUTABLE],
        sources: ["binaries/otelcol/manifest.yaml"],
        recipe: (v) => `recipe ${RECIPE}; ocb ${v.ocb}`,
    },
    prometheus: {
        name: "prometheus",
        executables: ["prometheus", "promtool"],
        sources: ["binaries/prometheus/go.mod", "binaries/prometheus/go.sum"],
        recipe: (v) => `recipe ${RECIPE}; tags ${PROMETHEUS_BUILD_TAGS}; version ${v.prometheus.version} ${v.prometheus.revision}`,
    },
    // kube-apiserver and etcd, for the API-server tests (scripts/control-plane-binaries.ts)
    ...CONTROL_PLANE_SPECS,
};

/** sha256 over the sources, the recipe, the Go version and the platform: the first 12 hex digits name the folder. */
export function cacheKey(spec: BinarySpec, env: GoEnv, versions: Versions = readVersions()): string {
    const hash = createHash("sha256");
    for (const source of spec.sources) hash.update(`${source}\n`).update(fs.readFileSync(path.join(ROOT, source))).update("\n");
    hash.update(`${spec.recipe(versions)}\n${env.version}\n${env.goos}/${env.goarch}\n`);
    return hash.digest("hex").slice(0, 12);
}

export function cacheFolder(spec: BinarySpec, env: GoEnv): string {
    return path.join(CACHE_DIR, `${spec.name}-${cacheKey(spec, env)}`);
}

/** The cache folder when every executable is in it, else undefined. */
export function cachedBuild(spec: BinarySpec, env: GoEnv): string | undefined {
    const folder = cacheFolder(spec, env);
    return spec.executables.every((exe) => fs.existsSync(path.join(folder, exe))) ? folder : undefined;
}
