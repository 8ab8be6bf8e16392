// npm run synth -- --stack <name> [--config-file <path>]
// Runs the real program (index.ts) under Pulumi's mocks with the stack's config and prints the desired
// state as JSON on stdout: every resource with its inputs, parent, dependencies and provider, and the
// stack outputs. Secrets print as "[secret]". Invalid config: the problems on stderr, exit code 1.
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../stacks/config.ts";
import { loadStackConfig } from "../stacks/load-config.ts";
import { RegistrationRecorder, synthesize } from "./desired-state.ts";
import { loadStackConfigFiles } from "./stack-files.ts";

const usage = "usage: npm run synth -- --stack <name> [--config-file <path>] [--reveal-secrets]";

function parseArgs(argv: string[]): { stack: string; configFile?: string; revealSecrets: boolean } {
    let stack: string | undefined;
    let configFile: string | undefined;
    let revealSecrets = false;
    for (let i = 0; i < argv.length; i++) {
        // --reveal-secrets: mock values in place of "[secret]", for the tests that apply objects to a real API server
        if (argv[i] === "--reveal-secrets") {
            revealSecrets = true;
            continue;
        }
        const [flag, inline] = argv[i].split("=", 2);
        const value = inline ?? argv[++i];
        if (flag === "--stack" && value) stack = value;
        else if (flag === "--config-file" && value) configFile = path.resolve(value);
        else throw new Error(`unexpected argument ${JSON.stringify(argv[i])}\n${usage}`);
    }
    if (!stack) throw new Error(usage);
    return { stack, configFile, revealSecrets };
}

async function main(): Promise<void> {
    const { stack, configFile, revealSecrets } = parseArgs(process.argv.slice(2));
    const root = path.resolve(import.meta.dirname, "..");
    const files = loadStackConfigFiles(root, stack, configFile);
    pulumi.runtime.setAllConfig(files.config, files.secretKeys);
    // the program validates the config itself; checking first keeps an invalid config from starting a stack
    loadStackConfig();
    const recorder = await RegistrationRecorder.install(files.project, stack, { revealSecrets });
    const state = await synthesize(recorder, files.project, stack, async () => ({ ...(await import("../index.ts")) }));
    process.stdout.write(JSON.stringify(state, null, 2) + "\n");
}

// Only the document goes to stdout; anything the program or the SDK logs goes to stderr.
console.log = console.error;
console.info = console.error;
function fail(err: unknown): void {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
}
// a failing program also rejects the stack's outputs; report it once
process.on("unhandledRejection", (err) => {
    if (!process.exitCode) fail(err);
});
main().catch(fail);
