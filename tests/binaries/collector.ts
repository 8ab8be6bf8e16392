// The real collector as a child process of a test: the config written as the operator hands it over
// (`--config=file:…`), `otelcol validate` on it first (the parser and every component's Validate, the cheap check
// before any start), then started under the supervisor, ready when its first receiver accepts connections (the
// testbed's check) or, without a listening receiver, when its metrics endpoint answers.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as YAML from "yaml";
import { findBinary } from "./find.ts";
import type { OnLoopback } from "./loopback.ts";
import { type Endpoint, hostPort } from "./ports.ts";
import { type Readiness, start, type Supervised } from "./supervise.ts";

export interface CollectorRun {
    readonly name: string;
    readonly config: Record<string, unknown>;
    readonly env: Readonly<Record<string, string>>;
    readonly ready: Readiness;
}

/** A collector to run from a rewritten generated config, ready when `readyOn` (a listen port of the generated config) accepts. */
export function generated(name: string, onLoopback: OnLoopback, readyOn: number): CollectorRun {
    const endpoint = onLoopback.listen(readyOn);
    return { name, config: onLoopback.config, env: onLoopback.env, ready: readyOn === 8888 ? { http: `http://${hostPort(endpoint)}/metrics` } : { tcp: endpoint } };
}

/** Writes `run.config` to `dir/<name>.yaml` and runs `otelcol validate` on it; throws with the collector's output. */
export function validateCollector(run: CollectorRun, dir: string): string {
    const file = path.join(dir, `${run.name}.yaml`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, YAML.stringify(run.config));
    const result = spawnSync(findBinary("otelcol"), ["validate", `--config=file:${file}`], { env: { ...run.env }, encoding: "utf8", timeout: 120_000 });
    if (result.status !== 0) throw new Error(`otelcol validate ${run.name} (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    return file;
}

/** Validates, then starts the collector; `stop()` it in the test's `after`. */
export async function startCollector(run: CollectorRun, dir: string, timeoutMs = 60_000): Promise<Supervised> {
    const file = validateCollector(run, dir);
    return start({ name: run.name, bin: findBinary("otelcol"), args: [`--config=file:${file}`], env: run.env, ready: run.ready, logDir: dir, timeoutMs });
}

/** The collector's own metrics, as text. */
export async function scrape(endpoint: Endpoint): Promise<string> {
    const res = await fetch(`http://${hostPort(endpoint)}/metrics`, { signal: AbortSignal.timeout(5000) });
    return res.text();
}

/** The value of one series in a Prometheus text exposition (summed over every series with these labels), 0 when absent. */
export function metricValue(text: string, name: string, labels: Readonly<Record<string, string>> = {}): number {
    let sum = 0;
    for (const line of text.split("\n")) {
        if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
        if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
        sum += Number(line.slice(line.lastIndexOf(" ") + 1));
    }
    return sum;
}
