// Stand-ins for the command-line tools the lab and `status` drive (pulumi, docker, kind, k3d, kubectl): executables of
// the same name in a temporary folder put on PATH, the only thing a test replaces. Each records its argv (and the
// Pulumi environment variables it saw) and answers from canned rules: the first rule whose argv matches and whose
// flags hold. A rule can set or clear flags, so that a later call answers differently (`kind get clusters` lists the
// cluster once `kind create cluster` has run). An argv no rule answers exits 97 and says so: tests see any call the
// code was not expected to make.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface FakeRule {
    /** The whole argv, joined by single spaces; or a pattern it must match. */
    readonly args: string | RegExp;
    readonly stdout?: string;
    readonly stderr?: string;
    /** @default 0 */
    readonly status?: number;
    /** Only when all these flags are set. */
    readonly when?: readonly string[];
    /** Only when none of these flags is set. */
    readonly unless?: readonly string[];
    readonly sets?: readonly string[];
    readonly clears?: readonly string[];
}

/** A rule as written to `<tool>.rules.json` for tests/support/fake-cli-main.ts: the argv matcher made JSON. */
export interface StoredRule extends Omit<FakeRule, "args"> {
    readonly args: { readonly exact?: string; readonly pattern?: string };
}

export interface FakeCall {
    readonly tool: string;
    readonly args: readonly string[];
    /** The Pulumi settings the tool saw in its environment. */
    readonly env: Readonly<Record<string, string>>;
}

/** Environment variables a fake records. */
export const RECORDED_ENV = ["PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE", "PULUMI_CONFIG_PASSPHRASE_FILE"] as const;

const MAIN = path.join(import.meta.dirname, "fake-cli-main.ts");
/** The compile cache scripts/compile-cache.ts keeps: a fake starts in a third of the time with its stripped types cached. */
const COMPILE_CACHE = path.join(import.meta.dirname, "..", "..", "node_modules", ".cache", "node-compile-cache");

export class FakeTools {
    /** A scratch folder of the test (the fakes' state lives in it; tests may use it for anything else). */
    readonly dir: string;
    /** The folder to put on PATH: the fakes, and nothing else. */
    readonly bin: string;

    constructor() {
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "mesh-fake-cli-"));
        this.bin = path.join(this.dir, "bin");
        fs.mkdirSync(this.bin);
        fs.mkdirSync(path.join(this.dir, "flags"));
    }

    /** Puts a fake `name` on PATH with these rules (replacing an earlier one). */
    add(name: string, rules: readonly FakeRule[]): this {
        const serialised = rules.map((r): StoredRule => ({ ...r, args: typeof r.args === "string" ? { exact: r.args } : { pattern: r.args.source } }));
        fs.writeFileSync(path.join(this.dir, `${name}.rules.json`), JSON.stringify(serialised, null, 2));
        const script = path.join(this.bin, name);
        fs.writeFileSync(script, `#!/bin/sh\nNODE_COMPILE_CACHE='${COMPILE_CACHE}' exec '${process.execPath}' '${MAIN}' '${this.dir}' '${name}' "$@"\n`, { mode: 0o755 });
        return this;
    }

    /** Takes a fake off PATH. */
    remove(name: string): this {
        fs.rmSync(path.join(this.bin, name), { force: true });
        return this;
    }

    setFlag(flag: string): this {
        fs.writeFileSync(path.join(this.dir, "flags", flag), "");
        return this;
    }

    /** Every call so far, in order. */
    calls(): FakeCall[] {
        const log = path.join(this.dir, "calls.jsonl");
        if (!fs.existsSync(log)) return [];
        return fs
            .readFileSync(log, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line) as FakeCall);
    }

    /** The calls as `tool arg arg…` lines, easy to compare. */
    commandLines(): string[] {
        return this.calls().map((c) => [c.tool, ...c.args].join(" "));
    }

    clearCalls(): void {
        fs.rmSync(path.join(this.dir, "calls.jsonl"), { force: true });
    }

    /** An environment whose PATH holds the fakes only. */
    env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
        return { PATH: this.bin, HOME: this.dir, LANG: "C.UTF-8", ...extra };
    }

    cleanup(): void {
        fs.rmSync(this.dir, { recursive: true, force: true });
    }
}
