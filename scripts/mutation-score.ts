// The score of a mutation run (npm run mutate:score [report.json]): Stryker's own formula, detected (killed or timed
// out) over detected plus undetected (survived or not covered), over the sampled mutants only when the run was a
// sample (MUTATE_SAMPLE), with a 95% interval (Wilson's) for what the whole program's score lies in; per folder.
import * as fs from "node:fs";
import { inSample, reportDirectory, sampleRate, sampleSeed, type SampledMutant } from "./mutation-sample.ts";

/** A mutant in the JSON report: its positions are the report schema's, 1-based. */
interface ReportMutant {
    readonly location: SampledMutant["location"];
    readonly mutatorName: string;
    readonly replacement?: string;
    readonly status: string;
}
interface Report {
    readonly files: Record<string, { readonly source?: string; readonly mutants: readonly ReportMutant[] }>;
}
export interface Score {
    readonly detected: number;
    readonly undetected: number;
    readonly score: number;
    readonly low: number;
    readonly high: number;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
/** What the test runner ran: a sampled run runs only the sample. */
const TESTED = new Set(["Killed", "Timeout", "Survived"]);

/** Wilson's 95% score interval for `detected` of `total`. */
export function wilson(detected: number, total: number): { low: number; high: number } {
    if (total === 0) return { low: 0, high: 1 };
    const z = 1.96;
    const p = detected / total;
    const centre = (p + (z * z) / (2 * total)) / (1 + (z * z) / total);
    const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / (1 + (z * z) / total);
    return { low: centre - half, high: centre + half };
}

/** The mutant with the positions the test runner hashed for the sample: 0-based. */
export function asTestRunnerSees(mutant: ReportMutant): SampledMutant {
    const { line, column } = mutant.location.start;
    return { ...mutant, location: { start: { line: line - 1, column: column - 1 } } };
}

/** Scores per folder (the first two path parts for components/, else the first) and "all", over the sample. */
export function scores(report: Report, rate: number, seed = ""): Map<string, Score> {
    const counts = new Map<string, { detected: number; undetected: number }>();
    const add = (key: string, detected: boolean) => {
        const c = counts.get(key) ?? { detected: 0, undetected: 0 };
        if (detected) c.detected++;
        else c.undetected++;
        counts.set(key, c);
    };
    for (const [file, { mutants }] of Object.entries(report.files)) {
        const parts = file.split("/");
        const folder = parts[0] === "components" && parts.length > 2 ? parts.slice(0, 2).join("/") : parts.length > 1 ? parts[0] : file;
        for (const mutant of mutants) {
            if (!inSample(file, asTestRunnerSees(mutant), rate, seed)) {
                if (TESTED.has(mutant.status)) throw new Error(`${file}:${mutant.location.start.line}: ${mutant.status}, yet outside the sample at rate ${rate}: the report is from another MUTATE_SAMPLE or MUTATE_SEED`);
                continue;
            }
            if (!DETECTED.has(mutant.status) && !UNDETECTED.has(mutant.status)) continue;
            add(folder, DETECTED.has(mutant.status));
            add("all", DETECTED.has(mutant.status));
        }
    }
    return new Map(
        [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, { detected, undetected }]) => {
            const total = detected + undetected;
            return [key, { detected, undetected, score: total === 0 ? 1 : detected / total, ...wilson(detected, total) }];
        }),
    );
}

/** The sampled mutants no test detected, each with its line of source: what a new test should kill. */
export function undetected(report: Report, rate: number, seed = ""): string[] {
    return Object.entries(report.files).flatMap(([file, { source, mutants }]) =>
        mutants
            .filter((m) => UNDETECTED.has(m.status) && inSample(file, asTestRunnerSees(m), rate, seed))
            .map((m) => {
                const { line, column } = m.location.start;
                const text = (source?.split("\n")[line - 1] ?? "").trim();
                return `${m.status} ${file}:${line}:${column} ${m.mutatorName} ${JSON.stringify(m.replacement ?? "")} | ${text}`;
            }),
    );
}

if (import.meta.main) {
    const rate = sampleRate();
    const seed = sampleSeed();
    const list = process.argv.includes("--undetected");
    const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? `${reportDirectory(rate, seed)}/mutation.json`;
    const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
    if (list) for (const line of undetected(report, rate, seed)) console.log(line);
    for (const [folder, s] of scores(report, rate, seed)) {
        const interval = rate < 1 ? `  95%: ${percent(s.low)}–${percent(s.high)}` : "";
        console.log(`${folder.padEnd(28)} ${percent(s.score).padStart(6)}  ${String(s.detected).padStart(5)} detected ${String(s.undetected).padStart(4)} not${interval}`);
    }
}
