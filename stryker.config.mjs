// npm run mutate: mutation testing with StrykerJS over the hand-written program (see tests/MUTATION.md).
// The tap runner starts one Node.js process per test file, as `npm test` does (node's test runner reporting TAP, the
// same compile cache), with Stryker's hook; a mutant is killed when a test file that covers it fails. Stryker's
// instrumented copies stay erasable TypeScript (its `// @ts-nocheck` plus plain JavaScript around our code), so Node.js
// strips their types as it does ours: no build step.
import { readdirSync } from "node:fs";
import { reportDirectory, sampleRate, sampleSeed } from "./scripts/mutation-sample.ts";

// tests/renovate.test.ts reads our source text for version literals; Stryker's instrumented copies are not that text
// (every literal sits in a mutant switch), so it cannot pass in the sandbox. It guards renovate.json, not behaviour.
const SOURCE_TEXT_TESTS = new Set(["renovate.test.ts"]);
const testFiles = readdirSync("tests")
    .filter((f) => f.endsWith(".test.ts") && !SOURCE_TEXT_TESTS.has(f))
    .map((f) => `tests/${f}`);

// MUTATE_SAMPLE=0.1: test a fixed tenth of the mutants (scripts/mutation-sample.ts), when the whole run would take too
// long; MUTATE_SEED=2 draws another sample of that size. Each sample's reports and incremental file are its own, so a
// run never reuses another's untested mutants.
const reportDir = reportDirectory(sampleRate(), sampleSeed());
// the workers place a mutant's file relative to the project root for the sample (they run in the sandbox)
process.env.STRYKER_PROJECT_ROOT = process.cwd();

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
    // the tap runner, running a mutant's covering test files fastest first (scripts/stryker-fastest-first.ts)
    plugins: ["@stryker-mutator/*", "./scripts/stryker-fastest-first.ts"],
    testRunner: "tap-fastest-first",
    tap: {
        testFiles,
        // a test that hangs under a mutant fails after 30 s (the slowest takes a few): killed, not left to Stryker's
        // timeout, which waits for every covering file's time
        nodeArgs: ["--test-reporter=tap", "--test-timeout=30000", "--import", "./scripts/compile-cache.ts", "-r", "{{hookFile}}", "{{testFile}}"],
    },
    mutate: ["components/**/*.ts", "stacks/**/*.ts", "crds/*.ts", "scripts/desired-state.ts"],
    // per test file: a mutant runs only the files whose process executed it
    coverageAnalysis: "perTest",
    // two cores: one test file per core
    concurrency: 2,
    // a file's time under load varies a lot; a mutant times out only well past it (a real endless loop still does)
    timeoutFactor: 2.5,
    timeoutMS: 20000,
    // re-runs test only the mutants whose code or covering tests changed (reports/mutation/stryker-incremental.json)
    incremental: true,
    incrementalFile: `${reportDir}/stryker-incremental.json`,
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: `${reportDir}/mutation.html` },
    jsonReporter: { fileName: `${reportDir}/mutation.json` },
    tempDirName: ".stryker-tmp",
};
