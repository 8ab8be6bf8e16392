// The TypeScript half of ./mesh: the bash front script has put Node.js 24 first on PATH, installed the dependencies
// and run the prepare step; this dispatches `lab`, `down` and `status`. (`test` and `synth` the front script runs itself.)
// Each command's module is loaded when it runs: status reads the program's component constants, which load the
// Kubernetes SDK; the lab (and its every "missing tool" answer) starts without them.
import * as path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function main(argv: readonly string[]): Promise<number> {
    const [command, ...rest] = argv;
    switch (command) {
        case "lab":
        case "down": {
            const { down, lab, LAB_USAGE, labContext } = await import("./lab.ts");
            if (rest.includes("--help") || rest.includes("-h")) {
                out(LAB_USAGE);
                return 0;
            }
            if (rest.length > 0) {
                err(`${command}: unexpected argument ${JSON.stringify(rest[0])} (./mesh ${command} --help)`);
                return 2;
            }
            const ctx = labContext(root, process.env, out, err);
            return command === "lab" ? lab(ctx) : down(ctx);
        }
        case "status": {
            const { status } = await import("./status.ts");
            return status(rest, process.env, out, err);
        }
        default:
            err(`mesh: unknown command ${JSON.stringify(command ?? "")} (./mesh --help)`);
            return 2;
    }
}

process.exitCode = await main(process.argv.slice(2));
