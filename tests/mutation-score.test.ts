// The sampled mutation run's two halves: which mutants are in the sample, and the score over them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inSample, reportDirectory, sampleRate, sampleSeed } from "../scripts/mutation-sample.ts";
import { asTestRunnerSees, scores, undetected, wilson } from "../scripts/mutation-score.ts";

const mutant = (line: number, status = "Killed") => ({ location: { start: { line, column: 4 } }, mutatorName: "StringLiteral", replacement: '""', status });
const many = (n: number, status?: string) => Array.from({ length: n }, (_, i) => mutant(i + 1, status));

describe("MUTATE_SAMPLE", () => {
    // (not sampleRate(undefined): that reads the environment, which a sampled run sets)
    it("is every mutant when empty", () => assert.equal(sampleRate(""), 1));
    it("reads a fraction", () => assert.equal(sampleRate("0.1"), 0.1));
    it("refuses what is not a fraction in (0, 1]", () => {
        for (const bad of ["0", "1.5", "ten"]) assert.throws(() => sampleRate(bad), { message: `MUTATE_SAMPLE: got "${bad}"; expected a fraction in (0, 1], such as 0.1` });
    });
});

describe("the sample", () => {
    it("holds every mutant at rate 1", () => assert.ok(many(200).every((m) => inSample("stacks/a.ts", m, 1))));
    it("holds about the rate's share of the mutants", () => {
        const share = many(4000).filter((m) => inSample("stacks/a.ts", m, 0.1)).length / 4000;
        assert.ok(share > 0.085 && share < 0.115, String(share));
    });
    it("depends on the mutant's file, not only its place", () => {
        const lines = (file: string) => many(400).filter((m) => inSample(file, m, 0.1)).map((m) => m.location.start.line);
        assert.notDeepEqual(lines("stacks/a.ts"), lines("stacks/b.ts"));
    });
    it("is another sample with a seed, of the same size", () => {
        const lines = (seed: string) => many(2000).filter((m) => inSample("stacks/a.ts", m, 0.1, seed)).map((m) => m.location.start.line);
        assert.notDeepEqual(lines("2"), lines(""));
        assert.ok(Math.abs(lines("2").length - lines("").length) < 60, `${lines("2").length} vs ${lines("").length}`);
    });
    it("refuses a seed that is not letters, digits and hyphens", () => {
        assert.throws(() => sampleSeed("a b"), { message: 'MUTATE_SEED: got "a b"; expected letters, digits and hyphens, such as 2' });
    });
    it("keeps each sample's reports apart, the whole run's in reports/mutation", () => {
        assert.deepEqual([reportDirectory(1, ""), reportDirectory(0.08, ""), reportDirectory(0.08, "2")], ["reports/mutation", "reports/mutation-sample-0.08", "reports/mutation-sample-0.08-seed-2"]);
    });
    it("depends on the mutant's replacement", () => {
        const kept = (replacement: string) => many(400).filter((m) => inSample("stacks/a.ts", { ...m, replacement }, 0.1)).map((m) => m.location.start.line);
        assert.notDeepEqual(kept('""'), kept('"Stryker was here!"'));
    });
});

describe("the score", () => {
    const report = { files: { "stacks/a.ts": { mutants: [...many(3), mutant(4, "Timeout"), mutant(5, "Survived"), mutant(6, "NoCoverage"), mutant(7, "RuntimeError"), mutant(8, "Ignored")] }, "components/tempo/chart.ts": { mutants: [mutant(1)] } } };
    it("counts killed and timed-out mutants detected, survivors and uncovered ones not, and no other", () => {
        const all = scores(report, 1).get("all");
        assert.deepEqual([all?.detected, all?.undetected, all?.score], [5, 2, 5 / 7]);
    });
    it("scores each folder, a component's folder on its own", () => {
        assert.deepEqual([...scores(report, 1).keys()], ["all", "components/tempo", "stacks"]);
    });
    it("counts only the sampled mutants of a sampled run", () => {
        // as a sampled run reports them: the sample tested, the rest an error, every uncovered one NoCoverage
        const sampled = (m: ReturnType<typeof mutant>) => inSample("stacks/a.ts", asTestRunnerSees(m), 0.1);
        const mutants = [...many(1000).map((m) => ({ ...m, status: sampled(m) ? "Killed" : "RuntimeError" })), ...many(1000, "NoCoverage").map((m) => ({ ...m, mutatorName: "BooleanLiteral" }))];
        const all = scores({ files: { "stacks/a.ts": { mutants } } }, 0.1).get("all");
        assert.deepEqual([all?.detected, all?.undetected], [many(1000).filter(sampled).length, many(1000).map((m) => ({ ...m, mutatorName: "BooleanLiteral" })).filter(sampled).length]);
    });
    it("finds a report mutant in the sample the test runner drew, at its 0-based place", () => {
        const tested = many(400).filter((m) => inSample("stacks/a.ts", m, 0.1));
        const asReported = tested.map((m) => ({ ...m, location: { start: { line: m.location.start.line + 1, column: m.location.start.column + 1 } } }));
        assert.deepEqual(asReported.map(asTestRunnerSees).map((m) => m.location), tested.map((m) => m.location));
        assert.equal(scores({ files: { "stacks/a.ts": { mutants: asReported } } }, 0.1).get("all")?.detected, tested.length);
    });
    it("refuses a report whose tested mutants lie outside the sample", () => {
        const outside = many(50).find((m) => !inSample("stacks/a.ts", asTestRunnerSees(m), 0.1));
        assert.throws(() => scores({ files: { "stacks/a.ts": { mutants: [outside as ReturnType<typeof mutant>] } } }, 0.1), {
            message: `stacks/a.ts:${outside?.location.start.line}: Killed, yet outside the sample at rate 0.1: the report is from another MUTATE_SAMPLE or MUTATE_SEED`,
        });
    });
    it("lists the undetected sampled mutants with their line of source", () => {
        const report = { files: { "stacks/a.ts": { source: "const a = 1;\nconst b = 'x';", mutants: [mutant(1), mutant(2, "Survived")] } } };
        assert.deepEqual(undetected(report, 1), [`Survived stacks/a.ts:2:4 StringLiteral "\\"\\"" | const b = 'x';`]);
    });
    it("gives Wilson's interval around the share", () => {
        const { low, high } = wilson(85, 100);
        assert.deepEqual([low.toFixed(4), high.toFixed(4)], ["0.7672", "0.9069"]);
    });
});
