// A ConfigMap volume as the kubelet lays it out, for tests that run what a Pod reads from one. Read in kubernetes
// v1.37.2 pkg/volume/util/atomic_writer.go (the Go module proxy's k8s.io/kubernetes@v1.37.2), `AtomicWriter.Write`:
//   <target>/..2026_01_02_15_04_05.<random>/<key>   the files (newTimestampDir: os.MkdirTemp with that UTC pattern, 0755;
//                                                   writePayloadToDir: each key with the volume's mode, 0644 by default)
//   <target>/..data -> ..2026_01_02_15_04_05.<random>   (a `..data_tmp` symlink renamed over `..data`: the atomic swap)
//   <target>/<key> -> ..data/<key>                  (createUserVisibleFiles, after the swap)
// So a program opening `<target>/<key>` follows two symlinks, and its real path is inside the timestamped folder.
// The random suffix is Node's mkdtemp's instead of Go's; nothing depends on its shape.
import * as fs from "node:fs";
import * as path from "node:path";

/** The `..<date>.` prefix of the kubelet's timestamped folder: Go's "..2006_01_02_15_04_05." layout in UTC. */
export function timestampPrefix(now: Date): string {
    const two = (n: number) => String(n).padStart(2, "0");
    return `..${now.getUTCFullYear()}_${two(now.getUTCMonth() + 1)}_${two(now.getUTCDate())}_${two(now.getUTCHours())}_${two(now.getUTCMinutes())}_${two(now.getUTCSeconds())}.`;
}

/** Writes `data` into the existing folder `target` as the kubelet does; returns the timestamped folder. */
export function layOutConfigMapVolume(target: string, data: Readonly<Record<string, string>>, now = new Date()): string {
    const timestamped = fs.mkdtempSync(path.join(target, timestampPrefix(now)));
    fs.chmodSync(timestamped, 0o755);
    for (const [key, value] of Object.entries(data)) {
        const file = path.join(timestamped, key);
        fs.writeFileSync(file, value);
        fs.chmodSync(file, 0o644);
    }
    fs.symlinkSync(path.basename(timestamped), path.join(target, "..data_tmp"));
    fs.renameSync(path.join(target, "..data_tmp"), path.join(target, "..data"));
    for (const key of Object.keys(data)) fs.symlinkSync(path.join("..data", key), path.join(target, key));
    return timestamped;
}
