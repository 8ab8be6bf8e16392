// A script Job's pod (components/script-job.ts) run on this machine as the kubelet runs it: the container's command,
// arguments and environment as the Job has them, the ConfigMap's files laid out as a ConfigMap volume
// (configmap-volume.ts: every file a symlink through `..data` into a timestamped folder), an empty termination log.
// What differs from the container is decided here only: where the volume and the termination log are (the mount path
// and /dev/termination-log swapped for folders of the test, nothing else), the image's PATH (this Node.js first,
// then the system's `sh`: dash on Debian, busybox ash in the image; the guard keeps to POSIX sh), and whatever the
// kubelet or a Secret adds (`env`). The pod's user (uid 1000) and read-only root are not reproduced: the scripts write
// only the termination log.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { TERMINATION_LOG } from "../../components/script-job.ts";
import { layOutConfigMapVolume } from "./configmap-volume.ts";

export interface ScriptContainer {
    readonly command: readonly string[];
    readonly args: readonly string[];
    readonly env: readonly { readonly name: string; readonly value?: string; readonly valueFrom?: unknown }[];
    readonly terminationMessagePath: string;
    readonly volumeMounts: readonly { readonly name: string; readonly mountPath: string }[];
}

/** The pod as the component builds it: its one container, and the files of the ConfigMap its one volume mounts. */
export interface ScriptPod {
    readonly container: ScriptContainer;
    readonly files: Readonly<Record<string, string>>;
}

/**
 * The pod of a Job and the ConfigMap it mounts, as plain data (from a builder or a recorded registration): checks that
 * it has one container, whose one mount is the one volume, from this ConfigMap.
 */
export function scriptPodOf(job: unknown, configMap: unknown): ScriptPod {
    const pod = (job as { spec: { template: { spec: { containers: ScriptContainer[]; volumes: { name: string; configMap: { name: string } }[] } } } }).spec.template.spec;
    const map = configMap as { metadata: { name: string }; data: Record<string, string> };
    assert.equal(pod.containers.length, 1);
    const [container] = pod.containers;
    assert.deepEqual(
        container.volumeMounts.map((m) => [m.name, pod.volumes.find((v) => v.name === m.name)?.configMap.name]),
        [[pod.volumes[0].name, map.metadata.name]],
    );
    return { container, files: map.data };
}

export interface PodRun {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
    /** stdout and stderr as they came. */
    readonly output: string;
    readonly terminationMessage: string;
}

/**
 * Lays `pod`'s volume out in a new folder under `work` and runs its container's command there, from `/` (the node
 * image sets no WORKDIR). `env` adds to or replaces the container's environment (the kubelet's service variables, a
 * Secret's value); a variable the Job takes from a Secret must be given there.
 */
export async function runScriptPod(pod: ScriptPod, work: string, env: Readonly<Record<string, string>> = {}): Promise<PodRun> {
    const { container } = pod;
    assert.equal(container.terminationMessagePath, TERMINATION_LOG);
    const mountPath = container.volumeMounts[0].mountPath;
    const run = fs.mkdtempSync(path.join(work, "pod-"));
    const mount = path.join(run, path.basename(mountPath));
    fs.mkdirSync(mount);
    layOutConfigMapVolume(mount, pod.files);
    // the kubelet creates the termination log, empty, before the container starts
    const terminationLog = path.join(run, "termination-log");
    fs.writeFileSync(terminationLog, "");

    const swap = (text: string) => text.replaceAll(`${mountPath}/`, `${mount}/`).replaceAll(TERMINATION_LOG, terminationLog);
    const argv = [...container.command, ...container.args];
    const here = argv.map(swap);
    // only the volume's files change on the command line, only the termination log in the environment
    for (const [i, arg] of argv.entries()) if (arg !== here[i]) assert.ok(arg.startsWith(`${mountPath}/`), `${arg}: changed, but not a file of the volume`);
    const jobEnv: Record<string, string> = {};
    for (const e of container.env) {
        if (e.value === undefined) {
            assert.ok(e.name in env, `${e.name}: from ${JSON.stringify(e.valueFrom)}; give its value`);
            continue;
        }
        assert.ok(swap(e.value) === e.value || e.value === TERMINATION_LOG, `${e.name}: changed, but not the termination log`);
        jobEnv[e.name] = swap(e.value);
    }
    // the image puts node and sh on PATH (/usr/local/bin/node, /bin/sh); here: this Node.js first, then the system's
    const PATH = [path.dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(path.delimiter);
    const child = spawn(here[0], here.slice(1), { cwd: "/", env: { ...jobEnv, PATH, ...env }, timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => ((stdout += chunk.toString()), (output += chunk.toString())));
    child.stderr.on("data", (chunk: Buffer) => ((stderr += chunk.toString()), (output += chunk.toString())));
    const code = await new Promise<number | null>((resolve, reject) => {
        child.on("error", reject);
        child.on("close", resolve);
    });
    return { code, stdout, stderr, output, terminationMessage: fs.readFileSync(terminationLog, "utf8") };
}

/** An entry file that exits 0 and does nothing, as the trace check did behind its defeated main-module test. */
export const SILENT_SCRIPT = 'if (process.argv[1] === "never the real path") console.log("the job would run here");\n';
