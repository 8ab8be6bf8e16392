// `npm run diff` end to end: a temporary worktree of the base, both sides synthesised, the worktree gone afterwards.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "..");
const inGit = spawnSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: root }).status === 0;
const worktrees = () => spawnSync("git", ["worktree", "list", "--porcelain"], { cwd: root, encoding: "utf8" }).stdout;

function diff(...args: string[]) {
    return spawnSync(process.execPath, ["scripts/diff.ts", ...args], { cwd: root, encoding: "utf8" });
}

describe("npm run diff", { skip: inGit ? false : "not a git checkout" }, () => {
    it("compares the working tree with a revision and removes its worktree", (t) => {
        const before = worktrees();
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "diff-test-"));
        t.after(() => fs.rmSync(out, { recursive: true, force: true }));
        const run = diff("HEAD", "--stack", "dev", "--format", "markdown", "--out-dir", out);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^dev: \d+ added, \d+ removed, \d+ replaced, \d+ changed; \d+ unchanged/);
        assert.match(fs.readFileSync(path.join(out, "dev.md"), "utf8"), /^#### mesh-observability dev: desired state against HEAD \([0-9a-f]{7}\)/);
        assert.equal(worktrees(), before);
    });
    it("names a revision it cannot find", () => {
        const run = diff("no-such-revision-anywhere");
        assert.equal(run.status, 1);
        assert.match(run.stderr, /no-such-revision-anywhere is not a commit of this repository/);
    });
    it("prints its usage without a base", () => {
        const run = diff();
        assert.equal(run.status, 1);
        assert.match(run.stderr, /usage: npm run diff -- <base-ref>/);
    });
});
