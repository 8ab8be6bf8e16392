// Go programs under tests/support/<name>/ (their own go.mod and go.sum), built from the Go module proxy into a
// temporary folder: the upstream code a test runs where only its library form can be had here (contrib's span_metrics
// connector, Kubernetes' Pod Security admission checks). A Go toolchain on PATH or in /usr/lib/go-*; without one the
// tests that need it are skipped, saying so.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const go = ["go", ...(fs.existsSync("/usr/lib") ? fs.readdirSync("/usr/lib").filter((d) => d.startsWith("go")).map((d) => `/usr/lib/${d}/bin/go`) : [])].find(
    (bin) => spawnSync(bin, ["version"], { encoding: "utf8" }).status === 0,
);
/** The `skip` option of a suite that needs Go. */
export const skipWithoutGo = go ? false : "no Go toolchain here";

/** A built program and the folder it lives in (remove it when done). */
export interface GoProgram {
    readonly binary: string;
    readonly dir: string;
    /** Runs it once with `input` as JSON on stdin; its stdout parsed as JSON. */
    run<T>(input: unknown): T;
}

/** Builds tests/support/<name> (the first build fetches the modules its go.sum pins; later ones come from Go's caches). */
export function buildGoProgram(name: string): GoProgram {
    assert.ok(go, "no Go toolchain");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    const binary = path.join(dir, name);
    const build = spawnSync(go, ["build", "-o", binary, "."], { cwd: path.join(import.meta.dirname, name), encoding: "utf8", timeout: 600_000 });
    assert.equal(build.status, 0, `go build of tests/support/${name} failed:\n${build.stderr}`);
    return {
        binary,
        dir,
        run<T>(input: unknown): T {
            const run = spawnSync(binary, [], { input: JSON.stringify(input), encoding: "utf8", timeout: 30_000 });
            assert.equal(run.status, 0, run.stderr);
            return JSON.parse(run.stdout) as T;
        },
    };
}
