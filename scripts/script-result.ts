// The one result line every script Job writes (components/script-job.ts): `<RESULT> PASSED: …` or
// `<RESULT> FAILED (<reason>): …`, on stdout and into $<RESULT>_TERMINATION_LOG, which the Job points at the container's
// termination message (Kubernetes keeps up to 4096 bytes of it; `pulumi up` prints it when the Job fails). The Job mounts
// this file beside each script from the same ConfigMap, so the scripts import it as a sibling. Node.js built-ins only.
import * as fs from "node:fs";

/** The variable that tells the script where its result line goes: "TRACE CHECK" → TRACE_CHECK_TERMINATION_LOG. */
export const resultFileVariable = (result: string): string => `${result.replaceAll(" ", "_")}_TERMINATION_LOG`;

/**
 * Prints `line` and writes it where the Job's `resultFileVariable(result)` says. A write that fails leaves the line on
 * stdout only: the Job's guard then finds no result and fails the run with `no-verdict`, never a false pass.
 */
export function writeResult(result: string, line: string, env: NodeJS.ProcessEnv = process.env): void {
    console.log(line);
    const file = env[resultFileVariable(result)];
    try {
        if (file) fs.writeFileSync(file, line.slice(0, 4000));
    } catch (e) {
        console.error(`${result.toLowerCase().replaceAll(" ", "-")}: could not write ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
}
