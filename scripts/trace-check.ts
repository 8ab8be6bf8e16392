// Runs the post-deploy trace check (scripts/trace-check-lib.ts), always: this file exists only to be run.
//
//   node scripts/trace-check.ts <settings.json>        exit 0: passed; 1: failed (verdict on stdout); 2: bad usage
//
// The `TraceCheck` component runs it in a Job (components/trace-check.ts writes the settings from the platform's
// endpoint functions); anywhere the settings' URLs resolve (e.g. through port-forwards) it runs the same way.
//
// It asks no "am I the main module?" question on purpose. The Job runs it from a ConfigMap volume, where each key is
// a symlink into a timestamped folder (`trace-check.ts -> ..data/trace-check.ts`, `..data -> ..<date>.<random>/`;
// kubernetes v1.37.2 pkg/volume/util/atomic_writer.go), and Node.js names the main module by its real path
// (`import.meta.url` is the `..<date>` one) while `process.argv[1]` keeps the symlink: the old
// `process.argv[1] === fileURLToPath(import.meta.url)` guard was false there, and the check exited 0 without running.
// Comparing real paths would work until `--preserve-symlinks-main`, an extension-less argv or a wrapper changes one
// side; an entry file that imports the check and calls it has no condition that can be false. The import resolves
// beside the real file, where the kubelet puts the library too (the same ConfigMap).
import { main } from "./trace-check-lib.ts";

try {
    process.exitCode = await main(process.argv.slice(2));
} catch (e) {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
}
