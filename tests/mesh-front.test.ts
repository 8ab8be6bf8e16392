// The front script ./mesh as a fresh machine runs it: which Node.js it puts first, when it runs `npm ci`, that the
// prepare step runs, what it hands over to, and that set-up noise stays off stdout. It runs in a copy of the files it
// uses (mesh, .ci/node.sh, .ci/prepare, .ci/binaries.sh, .nvmrc, a package-lock.json) with stand-ins on PATH for
// node (answering as Node.js 20, or 24 once "installed"), npm (recording; `install` lays out the node-<os>-<arch>
// package as the registry's would, `ci` makes node_modules). Nothing is downloaded or built: the binaries' build
// (.ci/binaries.sh) is one recorded call of the stand-in node.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "..");
const nodeVersion = /MESH_OBS_NODE_VERSION=(\S+)/.exec(fs.readFileSync(path.join(root, ".ci", "node.sh"), "utf8"))?.[1] as string;
const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A stand-in node of one major: version questions answered, other -p/-e scripts run by the real node, the rest recorded. */
function fakeNode(major: number, log: string): string {
    return `#!/bin/bash
printf 'node${major} %s\\n' "$*" >> '${log}'
case "$1" in
  --version) echo "v${major}.0.0" ;;
  -p | -e) case "$2" in *process.versions.node*) echo "${major}" ;; *) exec '${process.execPath}' "$@" ;; esac ;;
  *) exit 0 ;;
esac
`;
}

interface Machine {
    readonly root: string;
    readonly log: string;
    run(...args: string[]): { status: number | null; stdout: string; stderr: string };
    calls(): string[];
}

/** A checkout of the front script's files on a machine whose node is `major`. */
function machine(major = 20): Machine {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mesh-front-"));
    dirs.push(dir);
    const checkout = path.join(dir, "checkout");
    const bin = path.join(dir, "bin");
    const log = path.join(dir, "calls.log");
    fs.mkdirSync(path.join(checkout, ".ci"), { recursive: true });
    fs.mkdirSync(bin);
    for (const file of ["mesh", ".ci/node.sh", ".ci/prepare", ".ci/binaries.sh", ".nvmrc"]) fs.copyFileSync(path.join(root, file), path.join(checkout, file));
    fs.chmodSync(path.join(checkout, "mesh"), 0o755);
    fs.writeFileSync(path.join(checkout, "package-lock.json"), '{ "name": "mesh-observability", "lockfileVersion": 3 }\n');
    fs.writeFileSync(path.join(dir, "node24"), fakeNode(24, log), { mode: 0o755 });
    fs.writeFileSync(path.join(bin, "node"), fakeNode(major, log), { mode: 0o755 });
    fs.writeFileSync(
        path.join(bin, "npm"),
        `#!/bin/bash
printf 'npm %s (in %s)\\n' "$*" "$PWD" >> '${log}'
case "$1" in
  install)
    while [ $# -gt 0 ]; do case "$1" in --prefix) prefix=$2; shift ;; node-*@*) pkg=\${1%@*} ;; esac; shift; done
    mkdir -p "$prefix/node_modules/$pkg/bin" && cp '${path.join(dir, "node24")}' "$prefix/node_modules/$pkg/bin/node" ;;
  ci) mkdir -p node_modules && echo "added 762 packages in 1m" ;;
  test) echo "the suite ran" ;;
esac
`,
        { mode: 0o755 },
    );
    return {
        root: checkout,
        log,
        run: (...args: string[]) => {
            const result = spawnSync(path.join(checkout, "mesh"), args, { cwd: checkout, env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir }, encoding: "utf8", timeout: 60_000 });
            return { status: result.status, stdout: result.stdout, stderr: result.stderr };
        },
        calls: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : []),
    };
}

const clearLog = (m: Machine) => fs.rmSync(m.log, { force: true });
const npmCalls = (m: Machine) => m.calls().filter((c) => c.startsWith("npm "));
/** The prepare step's one build call (.ci/binaries.sh), as the stand-in Node.js 24 records it. */
const BUILD = "node24 scripts/build-binaries.ts";

describe("./mesh on a machine with Node.js 20", () => {
    const m = machine(20);

    it("setup: installs Node.js 24 from the npm registry's package, then npm ci with it first on PATH, then prepare", () => {
        const run = m.run("setup");
        assert.equal(run.status, 0, run.stderr);
        const npm = npmCalls(m);
        assert.equal(npm.length, 2, npm.join("\n"));
        assert.match(npm[0], new RegExp(`^npm install --prefix ${m.root}/\\.ci/\\.node/${nodeVersion.replace(/\./g, "\\.")} .*node-(linux|darwin)-(x64|arm64)@${nodeVersion.replace(/\./g, "\\.")} `));
        assert.equal(npm[1], `npm ci --no-audit --no-fund (in ${m.root})`);
        assert.ok(m.calls().includes(BUILD), "prepare ran .ci/binaries.sh with Node.js 24");
        assert.match(run.stderr, /mesh: npm ci \(no node_modules yet\)/);
        assert.match(run.stderr, /mesh: ready: node v24\.0\.0/);
        assert.match(fs.readFileSync(path.join(m.root, "node_modules", ".mesh-installed"), "utf8"), /^[0-9a-f]{64} node24\n$/);
    });

    it("a second run installs nothing", () => {
        clearLog(m);
        const run = m.run("setup");
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(npmCalls(m), []);
    });

    it("a changed package-lock.json runs npm ci again (Node.js stays)", () => {
        clearLog(m);
        fs.appendFileSync(path.join(m.root, "package-lock.json"), "\n");
        const run = m.run("setup");
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(npmCalls(m), [`npm ci --no-audit --no-fund (in ${m.root})`]);
        assert.match(run.stderr, /npm ci \(node_modules was installed from another package-lock\.json/);
    });

    it("lab, status and down hand over to the TypeScript CLI on Node.js 24", () => {
        for (const command of ["lab", "status", "down"]) {
            clearLog(m);
            const run = m.run(command, ...(command === "status" ? ["--context", "kind-mesh"] : []));
            assert.equal(run.status, 0, run.stderr);
            const last = m.calls().at(-1);
            assert.equal(last, `node24 --import ${m.root}/scripts/compile-cache.ts ${m.root}/scripts/mesh/main.ts ${command}${command === "status" ? " --context kind-mesh" : ""}`);
            assert.equal(m.calls().includes(BUILD), false, `the tests' binaries are not built for ${command}`);
        }
    });

    it("test runs npm test in the checkout, after prepare, and takes no arguments", () => {
        clearLog(m);
        const run = m.run("test");
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(m.calls().slice(-2), [BUILD, `npm test (in ${m.root})`]);
        assert.equal(run.stdout, "the suite ran\n");
        const extra = m.run("test", "tests/lab.test.ts");
        assert.equal(extra.status, 2);
        assert.match(extra.stderr, /^mesh: test runs the whole suite and takes no arguments/);
    });

    it("synth: only the program's output on stdout, even when the set-up had work to do", () => {
        fs.rmSync(path.join(m.root, "node_modules"), { recursive: true });
        clearLog(m);
        const run = m.run("synth", "--stack", "dev");
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, "");
        assert.match(run.stderr, /added 762 packages/);
        assert.equal(m.calls().at(-1), `node24 --import ${m.root}/scripts/compile-cache.ts ${m.root}/scripts/synth.ts --stack dev`);
    });

    it("help needs nothing installed; an unknown command says so, exit 2", () => {
        const fresh = machine(20);
        const help = fresh.run("--help");
        assert.equal(help.status, 0);
        assert.match(help.stdout, /\.\/mesh lab {11}the dev stack on a local kind\/k3d cluster/);
        assert.deepEqual(fresh.calls(), []);
        const unknown = fresh.run("deploy");
        assert.equal(unknown.status, 2);
        assert.equal(unknown.stderr, 'mesh: unknown command "deploy" (./mesh --help)\n');
    });
});

describe("./mesh on a machine with Node.js 24", () => {
    it("uses the machine's node: no Node.js install, only npm ci", () => {
        const m = machine(24);
        const run = m.run("setup");
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(npmCalls(m), [`npm ci --no-audit --no-fund (in ${m.root})`]);
        assert.ok(!fs.existsSync(path.join(m.root, ".ci", ".node")));
    });
});
