// npm run bench [-- --runs N] [-- --no-suite]
// Start-up cost of the program against the SDK it is built on, measured side by side on this machine: the synth
// process (the exact command `npm run synth` runs, for the prod stack) against a bare import of the two SDK packages,
// as pairs in alternating order; the ratio of the medians. Then the whole test suite (`npm test`), timed once.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const scripts = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

function argValue(flag: string, fallback: number): number {
    const index = process.argv.indexOf(flag);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const runs = argValue("--runs", 9);
const withSuite = !process.argv.includes("--no-suite");

/** Wall-clock seconds of one command run through the shell, as npm would run it; fails loudly on a non-zero exit. */
function timed(command: string, env: NodeJS.ProcessEnv = process.env): number {
    const start = process.hrtime.bigint();
    const run = spawnSync(command, { cwd: root, shell: true, stdio: ["ignore", "ignore", "pipe"], env, encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(`${command} exited with ${run.status}:\n${run.stderr}`);
    return seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function pairs(label: string, program: string, baseline: string, env?: NodeJS.ProcessEnv): void {
    timed(program, env); // warm-up: fills the compile cache and the file-system cache
    timed(baseline, env);
    const programTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
        // alternate the order, so that neither side always runs on a machine the other just warmed
        if (i % 2 === 0) {
            programTimes.push(timed(program, env));
            baselineTimes.push(timed(baseline, env));
        } else {
            baselineTimes.push(timed(baseline, env));
            programTimes.push(timed(program, env));
        }
    }
    const [p, b] = [median(programTimes), median(baselineTimes)];
    console.log(`${label}: synth ${p.toFixed(3)} s, bare SDK import ${b.toFixed(3)} s, ratio ${(p / b).toFixed(2)} (median of ${runs} pairs)`);
}

const synth = `${scripts.synth} --stack prod`;
const bareImport = `node -e "require('@pulumi/pulumi'); require('@pulumi/kubernetes')"`;
console.log(`node ${process.version}`);
pairs("start-up", synth, bareImport);
// the same pair with Node's compile cache off on both sides, for the cost without it
pairs("start-up, no compile cache", synth, bareImport, { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" });
if (withSuite) console.log(`test suite (npm test): ${timed("npm test").toFixed(1)} s`);
