// npm run mutate: mutation testing with StrykerJS over the hand-written program (see tests/MUTATION.md).
// The tap runner starts one Node.js process per test file, as `npm test` does (node's test runner reporting TAP, the
// same compile cache), with Stryker's hook; a mutant is killed when a test file that covers it fails. Stryker's
// instrumented copies stay erasable TypeScript (its `// @ts-nocheck` plus plain JavaScript around our code), so Node.js
// strips their types as it does ours: no build step.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
    // the tap runner, running a mutant's covering test files fastest first (scripts/stryker-fastest-first.ts)
    plugins: ["@stryker-mutator/*", "./scripts/stryker-fastest-first.ts"],
    testRunner: "tap-fastest-first",
    tap: {
        testFiles: ["tests/*.test.ts"],
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
    // re-runs test only the mutants whose code or covering tests changed (reports/stryker-incremental.json)
    incremental: true,
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: "reports/mutation/mutation.html" },
    jsonReporter: { fileName: "reports/mutation/mutation.json" },
    tempDirName: ".stryker-tmp",
};
