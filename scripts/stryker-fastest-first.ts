// A Stryker test-runner plugin ("tap-fastest-first", stryker.config.mjs): StrykerJS's tap runner, unchanged, except
// that a mutant's test files run fastest first, by their times in the dry run. Stryker hands the runner the files
// that cover a mutant in the order it first ran them (the directory's), and the first failing file ends the run: a
// mutant that a unit test file kills in half a second would otherwise often wait for a platform-wide file first.
import * as fs from "node:fs";
import * as path from "node:path";
import { commonTokens, declareFactoryPlugin, type Injector, PluginKind, type PluginContext, tokens } from "@stryker-mutator/api/plugin";
import {
    type DryRunOptions,
    type DryRunResult,
    DryRunStatus,
    type MutantRunOptions,
    type MutantRunResult,
    MutantRunStatus,
    type TestRunner,
    type TestRunnerCapabilities,
} from "@stryker-mutator/api/test-runner";
import { createTapTestRunnerFactory } from "@stryker-mutator/tap-runner";
import { inSample, sampleRate, sampleSeed } from "./mutation-sample.ts";

/** Written by the worker that does the dry run, read by every worker: they share the sandbox (their working directory). */
const TIMES_FILE = "stryker-test-times.json";

class FastestFirstRunner implements TestRunner {
    private readonly tap: TestRunner;
    private times: Record<string, number> | undefined;

    constructor(tap: TestRunner) {
        this.tap = tap;
    }

    capabilities(): TestRunnerCapabilities | Promise<TestRunnerCapabilities> {
        return this.tap.capabilities();
    }

    async init(): Promise<void> {
        await this.tap.init?.();
    }

    async dryRun(options: DryRunOptions): Promise<DryRunResult> {
        const result = await this.tap.dryRun(options);
        if (result.status === DryRunStatus.Complete) {
            fs.writeFileSync(TIMES_FILE, JSON.stringify(Object.fromEntries(result.tests.map((test) => [test.id, test.timeSpentMs]))));
        }
        return result;
    }

    mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
        // a sampled run (MUTATE_SAMPLE) does not test the mutants outside the sample: Stryker counts an error result
        // as invalid, outside the score, and scripts/mutation-score.ts leaves them out of its counts too
        const rate = sampleRate();
        const file = path.relative(process.env.STRYKER_PROJECT_ROOT ?? process.cwd(), options.activeMutant.fileName).split(path.sep).join("/");
        if (!inSample(file, options.activeMutant, rate, sampleSeed())) return Promise.resolve({ status: MutantRunStatus.Error, errorMessage: `outside the sample (MUTATE_SAMPLE=${rate})` });
        if (!options.testFilter) return this.tap.mutantRun(options);
        this.times ??= fs.existsSync(TIMES_FILE) ? (JSON.parse(fs.readFileSync(TIMES_FILE, "utf8")) as Record<string, number>) : {};
        const time = (file: string) => this.times?.[file] ?? Number.MAX_VALUE;
        const testFilter = [...options.testFilter].sort((a, b) => time(a) - time(b) || a.localeCompare(b));
        return this.tap.mutantRun({ ...options, testFilter });
    }

    async dispose(): Promise<void> {
        await this.tap.dispose?.();
    }
}

function createFastestFirstRunner(injector: Injector<PluginContext>): TestRunner {
    return new FastestFirstRunner(injector.injectFunction(createTapTestRunnerFactory()));
}
createFastestFirstRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, "tap-fastest-first", createFastestFirstRunner)];
