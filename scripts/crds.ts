// The pinned CRDs the API-server tests install (binaries/crds.json): each source is a Go module at the release its
// chart runs, downloaded with `go mod download` (the module cache verifies it against sum.golang.org) and its CRD
// files laid into .ci/.bin/crds-<key12>/<source>/ (git-ignored; key = sha256 of crds.json and RECIPE). Shared by
// the build (scripts/build-binaries.ts, so `npm test`'s pretest and .ci/prepare lay them) and the tests' finder
// (tests/binaries/find.ts). A module the proxy refuses is written to unavailable.json with the proxy's answer, so
// the tests skip exactly its groups and say why, instead of every custom resource.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CACHE_DIR = path.join(ROOT, ".ci", ".bin");
export const CRDS_LIST = "binaries/crds.json";
// Bump when the layout of the cache folder changes.
const RECIPE = 1;

export interface CrdSource {
    /** Folder name under the cache folder. */
    readonly name: string;
    readonly module: string;
    readonly version: string;
    /** Files or folders inside the module; a folder contributes its *.yaml files. */
    readonly paths: readonly string[];
    /** The API groups the source's CRDs define. */
    readonly groups: readonly string[];
    /** Which chart release (or program manifest) these files stand for, and how that was checked. */
    readonly standsFor: string;
}

export interface Unavailable {
    readonly name: string;
    readonly module: string;
    readonly version: string;
    readonly groups: readonly string[];
    /** The go command's answer, e.g. `403 Forbidden ... This module version is not available.` */
    readonly reason: string;
}

export const UNAVAILABLE_FILE = "unavailable.json";
const DONE_FILE = "crds.json";

export function readCrdSources(root = ROOT): CrdSource[] {
    return (JSON.parse(fs.readFileSync(path.join(root, CRDS_LIST), "utf8")) as { sources: CrdSource[] }).sources;
}

export function crdsFolder(root = ROOT): string {
    const hash = createHash("sha256").update(fs.readFileSync(path.join(root, CRDS_LIST))).update(`\nrecipe ${RECIPE}\n`);
    return path.join(root, ".ci", ".bin", `crds-${hash.digest("hex").slice(0, 12)}`);
}

/** The laid folder, when complete (the list is written last), else undefined. */
export function laidCrds(root = ROOT): string | undefined {
    const folder = crdsFolder(root);
    return fs.existsSync(path.join(folder, DONE_FILE)) ? folder : undefined;
}

/** The sources the proxy refused when the folder was laid. */
export function unavailableSources(folder: string): Unavailable[] {
    const file = path.join(folder, UNAVAILABLE_FILE);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Unavailable[]) : [];
}

interface Downloaded {
    readonly Dir?: string;
    readonly Error?: string;
}

/** `go mod download -json <module>@<version>` outside any module; resolves with its JSON (Dir, or Error). */
function download(go: string, source: CrdSource, cwd: string): Promise<Downloaded> {
    return new Promise((resolve, reject) => {
        const env = { ...process.env, GOWORK: "off", GOFLAGS: "-mod=mod" };
        const child = spawn(go, ["mod", "download", "-json", `${source.module}@${source.version}`], { cwd, env });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on("data", (b: Buffer) => out.push(b));
        child.stderr.on("data", (b: Buffer) => err.push(b));
        child.on("error", reject);
        child.on("exit", () => {
            const text = Buffer.concat(out).toString("utf8");
            try {
                resolve(JSON.parse(text) as Downloaded);
            } catch {
                reject(new Error(`go mod download ${source.module}@${source.version}: ${Buffer.concat(err).toString("utf8") || text}`));
            }
        });
    });
}

/** The proxy's final "no" (as opposed to a network failure, which fails the step). */
export const isRefusal = (error: string): boolean => /\b(403 Forbidden|404 Not Found|410 Gone)\b/.test(error);

/** The CRD files a source's paths name, as [path inside the module, absolute path]. */
function crdFiles(dir: string, source: CrdSource): [string, string][] {
    return source.paths.flatMap((inside): [string, string][] => {
        const full = path.join(dir, inside);
        if (!fs.existsSync(full)) throw new Error(`${source.module}@${source.version} has no ${inside} (${CRDS_LIST})`);
        if (!fs.statSync(full).isDirectory()) return [[inside, full]];
        return fs.readdirSync(full).filter((f) => /\.ya?ml$/.test(f)).sort().map((f): [string, string] => [`${inside}/${f}`, path.join(full, f)]);
    });
}

/**
 * Lays the CRDs of binaries/crds.json into their cache folder, unless it is there already; returns the folder and
 * what was refused. Built in a private folder and renamed into place in one step.
 */
export async function layCrds(go: string, log: (line: string) => void = console.log): Promise<{ folder: string; unavailable: Unavailable[]; cached: boolean }> {
    const folder = crdsFolder();
    if (laidCrds()) return { folder, unavailable: unavailableSources(folder), cached: true };
    const start = Date.now();
    const work = path.join(CACHE_DIR, ".build", `${path.basename(folder)}-${process.pid}`);
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "crds-download-"));
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    const unavailable: Unavailable[] = [];
    const laid: { name: string; module: string; version: string; files: string[] }[] = [];
    try {
        for (const source of readCrdSources()) {
            const result = await download(go, source, cwd);
            if (result.Error || !result.Dir) {
                const reason = result.Error ?? "no Dir in go mod download's answer";
                if (!isRefusal(reason)) throw new Error(`go mod download ${source.module}@${source.version}: ${reason}`);
                unavailable.push({ name: source.name, module: source.module, version: source.version, groups: source.groups, reason });
                log(`crds: ${source.module}@${source.version} refused by the module proxy; its groups (${source.groups.join(", ")}) stay uninstalled`);
                continue;
            }
            const into = path.join(work, source.name);
            fs.mkdirSync(into, { recursive: true });
            const files = crdFiles(result.Dir, source);
            for (const [, full] of files) {
                fs.copyFileSync(full, path.join(into, path.basename(full)));
                fs.chmodSync(path.join(into, path.basename(full)), 0o644); // the module cache is read-only
            }
            laid.push({ name: source.name, module: source.module, version: source.version, files: files.map(([inside]) => inside) });
        }
        fs.writeFileSync(path.join(work, UNAVAILABLE_FILE), JSON.stringify(unavailable, null, 2) + "\n");
        fs.writeFileSync(path.join(work, DONE_FILE), JSON.stringify({ laid, seconds: Math.round((Date.now() - start) / 1000) }, null, 2) + "\n");
        try {
            fs.renameSync(work, folder);
        } catch (err) {
            if (!laidCrds()) throw err; // another process laid the same key first: keep that one
        }
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
        fs.rmSync(cwd, { recursive: true, force: true });
    }
    log(`crds: laid ${laid.length} sources into ${path.relative(process.cwd(), folder)} in ${Math.round((Date.now() - start) / 1000)}s`);
    return { folder, unavailable, cached: false };
}
