// ./mesh synth --stack <name> [--config-file <path>] [--summary] [--out <file>]
//   (or: npm run -s synth -- …; `-s` keeps npm's banner out of the JSON)
// Runs the real program (index.ts) under Pulumi's mocks with the stack's config and prints the desired
// state as JSON on stdout: every resource with its inputs, parent, dependencies and provider, and the
// stack outputs. Secrets print as "[secret]". With --summary, one line per component and the stack's totals
// instead (scripts/summary.ts). Invalid config: the problems on stderr, exit code 1; a wrong argument: one line, exit 1.
import * as fs from "node:fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../stacks/config.ts";
import { loadStackConfig } from "../stacks/load-config.ts";
import { RegistrationRecorder, synthesize } from "./desired-state.ts";
import { loadStackConfigFiles } from "./stack-files.ts";
import { formatSummary, summarize } from "./summary.ts";

const usage = "usage: npm run synth -- --stack <name> [--config-file <path>] [--summary] [--out <file>] [--reveal-secrets]";

const help = `${usage}
   or: ./mesh synth --stack <name> …   (sets up Node.js and the dependencies first; never a banner on stdout)

The desired state of a stack, offline: the real program (index.ts) under Pulumi's mocks, with Pulumi.yaml's
defaults and Pulumi.<name>.yaml (or --config-file). No cluster, Pulumi CLI or Helm.

  --stack <name>         the stack whose Pulumi.<name>.yaml is read (required)
  --config-file <path>   a stack file of the same format instead of Pulumi.<name>.yaml
  --summary              for a person: one line per component (chart and version, namespaces, mode, replicas and
                         requests, endpoints), then the stack's totals; without it, the JSON document
  --out <file>           write to <file> instead of stdout
  --reveal-secrets       mock values in place of "[secret]" (for the tests that apply objects to a real API server)
  --help                 this text

Exit 1 with every problem on stderr when the config is invalid. With npm, use \`npm run -s synth\`: without -s,
npm prints its banner on stdout before the JSON.`;

/** A wrong command line: reported as one line, no stack trace. */
class UsageError extends Error {}

interface Options {
    readonly stack: string;
    readonly configFile?: string;
    readonly summary: boolean;
    readonly out?: string;
    readonly revealSecrets: boolean;
}

export function parseArgs(argv: readonly string[]): Options | "help" {
    let stack: string | undefined;
    let configFile: string | undefined;
    let summary = false;
    let out: string | undefined;
    let revealSecrets = false;
    for (let i = 0; i < argv.length; i++) {
        // --reveal-secrets: mock values in place of "[secret]", for the tests that apply objects to a real API server
        if (argv[i] === "--reveal-secrets") {
            revealSecrets = true;
            continue;
        }
        const [flag, inline] = argv[i].split("=", 2);
        if (flag === "--help" || flag === "-h") return "help";
        if (flag === "--summary" && inline === undefined) {
            summary = true;
            continue;
        }
        if (!["--stack", "--config-file", "--out"].includes(flag)) throw new UsageError(`unexpected argument ${JSON.stringify(argv[i])}`);
        const value = inline ?? argv[++i];
        if (!value || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
        if (flag === "--stack") stack = value;
        else if (flag === "--config-file") configFile = path.resolve(value);
        else out = path.resolve(value);
    }
    if (!stack) throw new UsageError("no stack named");
    return { stack, configFile, summary, out, revealSecrets };
}

async function main(): Promise<void> {
    const options = parseArgs(process.argv.slice(2));
    if (options === "help") {
        process.stdout.write(`${help}\n`);
        return;
    }
    const { stack, configFile, revealSecrets } = options;
    const root = path.resolve(import.meta.dirname, "..");
    const files = loadStackConfigFiles(root, stack, configFile);
    pulumi.runtime.setAllConfig(files.config, files.secretKeys);
    // the program validates the config itself; checking first keeps an invalid config from starting a stack
    const config = loadStackConfig();
    const recorder = await RegistrationRecorder.install(files.project, stack, { revealSecrets });
    const state = await synthesize(recorder, files.project, stack, async () => ({ ...(await import("../index.ts")) }));
    const text = options.summary ? formatSummary(summarize(state, config)) : JSON.stringify(state, null, 2);
    if (options.out) fs.writeFileSync(options.out, `${text}\n`);
    else process.stdout.write(`${text}\n`);
}

// Only the document goes to stdout; anything the program or the SDK logs goes to stderr.
console.log = console.error;
console.info = console.error;
function fail(err: unknown): void {
    if (err instanceof ConfigError) console.error(err.message);
    else if (err instanceof UsageError) console.error(`synth: ${err.message}; ${usage} (--help for more)`);
    // a stack file that is not there, or not readable: the file's name, not a stack trace
    else if (err instanceof Error && "code" in err && typeof err.code === "string" && "path" in err) console.error(`synth: ${err.message}`);
    else console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
}
// a failing program also rejects the stack's outputs; report it once
process.on("unhandledRejection", (err) => {
    if (!process.exitCode) fail(err);
});
main().catch(fail);
