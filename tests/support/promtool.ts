// promtool for the tests that run PromQL: Prometheus 3.14.0's, the version kube-prometheus-stack runs, built from its
// module (binaries/prometheus; tests/binaries/find.ts: $PROMTOOL_BIN, else the build cache, which `npm test` fills
// first). Looked up at the first use: where it is missing, the test fails naming the build command.
import { spawnSync } from "node:child_process";
import { findBinary } from "../binaries/find.ts";

let promtool: string | undefined;

export function runPromtool(...args: string[]): { status: number | null; output: string } {
    promtool ??= findBinary("promtool");
    const result = spawnSync(promtool, args, { encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
