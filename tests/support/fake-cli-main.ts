// The program behind every fake tool of tests/support/fake-cli.ts: node fake-cli-main.ts <state dir> <tool> <argv…>.
import * as fs from "node:fs";
import * as path from "node:path";
import type { StoredRule } from "./fake-cli.ts";

const [dir, tool, ...args] = process.argv.slice(2);
const env = Object.fromEntries(
    ["PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE", "PULUMI_CONFIG_PASSPHRASE_FILE"].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k] as string]),
);
fs.appendFileSync(path.join(dir, "calls.jsonl"), `${JSON.stringify({ tool, args, env })}\n`);

const rules = JSON.parse(fs.readFileSync(path.join(dir, `${tool}.rules.json`), "utf8")) as StoredRule[];
const flags = path.join(dir, "flags");
const isSet = (flag: string) => fs.existsSync(path.join(flags, flag));
const line = args.join(" ");
const rule = rules.find(
    (r) =>
        (r.args.exact !== undefined ? r.args.exact === line : new RegExp(r.args.pattern ?? "").test(line)) &&
        (r.when ?? []).every(isSet) &&
        !(r.unless ?? []).some(isSet),
);
if (!rule) {
    process.stderr.write(`fake ${tool}: no canned answer for: ${line}\n`);
    process.exitCode = 97;
} else {
    for (const flag of rule.sets ?? []) fs.writeFileSync(path.join(flags, flag), "");
    for (const flag of rule.clears ?? []) fs.rmSync(path.join(flags, flag), { force: true });
    if (rule.stdout) process.stdout.write(rule.stdout);
    if (rule.stderr) process.stderr.write(rule.stderr);
    process.exitCode = rule.status ?? 0;
}
