// The TypeScript half of ./mesh: the bash front script has put Node.js 24 first on PATH, installed the dependencies
// and run the prepare step; this dispatches `lab`, `down` and `status`. (`test` and `synth` the front script runs itself.)
import * as path from "node:path";
import { down, lab, LAB_USAGE, labContext } from "./lab.ts";
import { status } from "./status.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

function main(argv: readonly string[]): number {
    const [command, ...rest] = argv;
    if ((command === "lab" || command === "down") && (rest.includes("--help") || rest.includes("-h"))) {
        out(LAB_USAGE);
        return 0;
    }
    switch (command) {
        case "lab":
        case "down":
            if (rest.length > 0) {
                err(`${command}: unexpected argument ${JSON.stringify(rest[0])} (./mesh ${command} --help)`);
                return 2;
            }
            return command === "lab" ? lab(labContext(root, process.env, out, err)) : down(labContext(root, process.env, out, err));
        case "status":
            return status(rest, process.env, out, err);
        default:
            err(`mesh: unknown command ${JSON.stringify(command ?? "")} (./mesh --help)`);
            return 2;
    }
}

process.exitCode = main(process.argv.slice(2));
