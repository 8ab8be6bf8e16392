// Re-checks tests/fixtures/pipeline-metrics.json against the upstream sources: for every metric, the file it names at
// each pinned ref of its component must contain the string the fixture says defines it (quoted, in code). Needs local
// git clones (bare or not) of the components' repositories; the tests do not read them (users do not have them).
//
//   node scripts/verify-metric-sources.ts <dir>     <dir>/<owner>+<name>/repo, <dir>/<owner>/<name> or <dir>/<name>
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import fixture from "../tests/fixtures/pipeline-metrics.json" with { type: "json" };

interface Component {
    readonly repo: string;
    readonly refs: readonly string[];
}
interface Metric {
    readonly component: string;
    readonly source: string;
    readonly defined: string;
}

function gitDir(root: string, repo: string): string | undefined {
    const [owner, name] = repo.split("/");
    const candidates = [path.join(root, `${owner}+${name}`, "repo"), path.join(root, owner, name), path.join(root, name)];
    return candidates.find((dir) => fs.existsSync(dir));
}

function show(dir: string, ref: string, file: string): string | undefined {
    try {
        return execFileSync("git", ["--git-dir", fs.existsSync(path.join(dir, ".git")) ? path.join(dir, ".git") : dir, "show", `${ref}:${file}`], {
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
            stdio: ["ignore", "pipe", "ignore"],
        });
    } catch {
        return undefined;
    }
}

const root = process.argv[2];
if (!root) {
    console.error("usage: node scripts/verify-metric-sources.ts <folder of git clones>");
    process.exit(2);
}
const components = fixture.components as Record<string, Component>;
let problems = 0;
let checked = 0;
for (const [metric, entry] of Object.entries(fixture.metrics as Record<string, Metric>)) {
    const component = components[entry.component];
    const dir = gitDir(root, component.repo);
    if (!dir) {
        console.log(`NOREPO ${metric}: no clone of ${component.repo} under ${root}`);
        problems++;
        continue;
    }
    const needle = entry.source.endsWith(".md") ? entry.defined : `"${entry.defined}"`;
    for (const ref of component.refs) {
        const text = show(dir, ref, entry.source);
        checked++;
        if (text === undefined) {
            console.log(`NOFILE ${metric}: ${component.repo}@${ref}:${entry.source}`);
            problems++;
        } else if (!text.includes(needle)) {
            console.log(`MISSING ${metric}: ${needle} not in ${component.repo}@${ref}:${entry.source}`);
            problems++;
        } else {
            console.log(`OK ${metric}: ${component.repo}@${ref}:${entry.source} has ${needle}`);
        }
    }
}
console.log(`checked ${checked} metric sources: ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
