// A fixed random sample of the mutants, for a mutation run that cannot test them all in the time there is
// (MUTATE_SAMPLE=0.1 npm run mutate). Whether a mutant is in the sample depends only on the mutant itself (its file,
// place, mutator and replacement), hashed: the same code gives the same sample, a change elsewhere does not move it,
// and the runner (scripts/stryker-fastest-first.ts) and the score (scripts/mutation-score.ts) agree on it.
import { createHash } from "node:crypto";

/** A mutant's place as the test runner gets it: Stryker's own positions, 0-based lines and columns. */
export interface SampledMutant {
    readonly location: { readonly start: { readonly line: number; readonly column: number } };
    readonly mutatorName: string;
    readonly replacement?: string;
}

/** The sampling rate from MUTATE_SAMPLE: 1 (every mutant) when unset. */
export function sampleRate(value = process.env.MUTATE_SAMPLE): number {
    if (value === undefined || value === "") return 1;
    const rate = Number(value);
    if (!(rate > 0 && rate <= 1)) throw new Error(`MUTATE_SAMPLE: got ${JSON.stringify(value)}; expected a fraction in (0, 1], such as 0.1`);
    return rate;
}

/**
 * Another sample of the same size (MUTATE_SEED=2): a fresh, independent one, to measure the score again after tests
 * were written against the mutants of the first. Empty (unset) is the first sample.
 */
export function sampleSeed(value = process.env.MUTATE_SEED): string {
    const seed = value ?? "";
    if (!/^[A-Za-z0-9-]*$/.test(seed)) throw new Error(`MUTATE_SEED: got ${JSON.stringify(seed)}; expected letters, digits and hyphens, such as 2`);
    return seed;
}

/** Where a run's reports go: its own folder per sample, so that no run reuses another's untested mutants. */
export function reportDirectory(rate: number, seed: string): string {
    return rate >= 1 ? "reports/mutation" : `reports/mutation-sample-${rate}${seed ? `-seed-${seed}` : ""}`;
}

/** Whether the mutant of `file` (relative to the project root, "/"-separated) is among the `rate` share sampled. */
export function inSample(file: string, mutant: SampledMutant, rate: number, seed = ""): boolean {
    if (rate >= 1) return true;
    const place = [file, mutant.location.start.line, mutant.location.start.column, mutant.mutatorName, mutant.replacement ?? ""];
    const key = (seed ? [seed, ...place] : place).join("\u0000");
    return createHash("sha256").update(key).digest().readUInt32BE(0) < rate * 2 ** 32;
}
