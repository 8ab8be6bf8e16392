// The trace check run exactly as its Job runs it: the container's command, arguments and environment taken from the
// Job the `TraceCheck` component registers, the ConfigMap's files laid out as the kubelet lays out a ConfigMap volume
// (tests/support/configmap-volume.ts: every file a symlink through `..data` into a timestamped folder), against the
// stand-in gateway, collector, Tempo and Prometheus (tests/support/trace-check-stand-in.ts). What differs from the
// container is named in one place, `asRunHere`: where the volume and the termination log are, and the image's PATH.
// The shell is the machine's `sh` (dash on Debian); the image's is busybox ash, and VERDICT_GUARD keeps to POSIX sh.
// The pod's user (uid 1000) and read-only root are not reproduced: the script writes only the termination log.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { bookinfoEndpoints } from "../components/demo/bookinfo.ts";
import { istioEndpoints } from "../components/istio/index.ts";
import { monitoringEndpoints } from "../components/kube-prometheus-stack.ts";
import { collectorEndpoints } from "../components/opentelemetry.ts";
import { tempoEndpoints } from "../components/tempo.ts";
import { TERMINATION_LOG, TraceCheck, TRACE_CHECK_MOUNT } from "../components/trace-check.ts";
import type { TraceCheckSettings } from "../scripts/trace-check-lib.ts";
import { layOutConfigMapVolume } from "./support/configmap-volume.ts";
import { type Scenario, StandIn } from "./support/trace-check-stand-in.ts";
import { at, Harness } from "./harness.ts";

interface Container {
    readonly command: readonly string[];
    readonly args: readonly string[];
    readonly env: readonly { readonly name: string; readonly value: string }[];
    readonly terminationMessagePath: string;
    readonly volumeMounts: readonly { readonly name: string; readonly mountPath: string }[];
}

/** The pod as the component builds it: its one container, and the files of the ConfigMap its volume mounts. */
interface Pod {
    readonly container: Container;
    readonly files: Record<string, string>;
}

/** One round and short waits (the verdicts wait them out); a long deadline, as a busy machine slows the child down. */
const FAST: TraceCheckSettings["timing"] = { deadline: 60, ready: 10, round: 1, rounds: 1, serviceGraph: 0.5, poll: 0.1 };
/** Room to poll until the trace "arrives". */
const PASSING: TraceCheckSettings["timing"] = { ...FAST, round: 20, serviceGraph: 20 };

let harness: Harness;
let work: string;
before(async () => {
    harness = await Harness.create();
    // outside the repository, as in the container: no package.json above the volume tells Node.js the module type
    work = fs.mkdtempSync(path.join(os.tmpdir(), "trace-check-pod-"));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

/** Builds the component with every endpoint at the stand-in, and reads back the pod it would run. */
async function podFor(standIn: StandIn, timing: TraceCheckSettings["timing"]): Promise<Pod> {
    const url = new URL(standIn.url);
    const reg = await harness.run(
        () =>
            new TraceCheck("trace-check", {
                provider: new k8s.Provider("k8s", {}),
                meshMode: "sidecar",
                gateway: { ...istioEndpoints(), gatewayService: url.hostname, gatewayHttpPort: Number(url.port) },
                demo: { ...bookinfoEndpoints(), waypoint: "waypoint" },
                tempo: { ...tempoEndpoints("monolithic"), queryUrl: standIn.url },
                monitoring: { ...monitoringEndpoints(), prometheusUrl: standIn.url },
                collector: { ...collectorEndpoints(), otlpHttpUrl: standIn.url },
                timing,
                after: [],
            }),
    );
    const job = reg.get("kubernetes:batch/v1:Job", "trace-check-job");
    const configMap = reg.get("kubernetes:core/v1:ConfigMap", "trace-check-script");
    const pod = at(job.inputs, "spec.template.spec") as { containers: Container[]; volumes: { name: string; configMap: { name: string } }[] };
    assert.equal(pod.containers.length, 1);
    const [container] = pod.containers;
    // the one volume, from this ConfigMap, mounted where the container's arguments look
    assert.deepEqual(
        container.volumeMounts.map((m) => [m.name, pod.volumes.find((v) => v.name === m.name)?.configMap.name]),
        [[pod.volumes[0].name, at(configMap.inputs, "metadata.name")]],
    );
    return { container, files: configMap.inputs.data as Record<string, string> };
}

interface HereRun {
    readonly argv: readonly string[];
    readonly env: Record<string, string>;
}

/**
 * The container's command line and environment for a run on this machine: the volume's mount path and the termination
 * log's path swapped for folders of the test, and the image's PATH (node, sh) for this machine's. Nothing else changes,
 * which the assertions below hold to.
 */
function asRunHere(container: Container, mount: string, terminationLog: string): HereRun {
    assert.deepEqual([container.volumeMounts[0].mountPath, container.terminationMessagePath], [TRACE_CHECK_MOUNT, TERMINATION_LOG]);
    const swap = (text: string) => text.replaceAll(`${TRACE_CHECK_MOUNT}/`, `${mount}/`).replaceAll(TERMINATION_LOG, terminationLog);
    const argv = [...container.command, ...container.args];
    const here = argv.map(swap);
    const env = Object.fromEntries(container.env.map((e) => [e.name, swap(e.value)]));
    // exactly the script's and its settings' paths, and the termination log's
    assert.deepEqual(
        argv.flatMap((arg, i) => (arg === here[i] ? [] : [arg])),
        [`${TRACE_CHECK_MOUNT}/trace-check.ts`, `${TRACE_CHECK_MOUNT}/settings.json`],
    );
    assert.deepEqual(
        container.env.filter((e) => e.value !== env[e.name]).map((e) => [e.name, e.value]),
        [["TRACE_CHECK_TERMINATION_LOG", TERMINATION_LOG]],
    );
    // the image puts node and sh on PATH (/usr/local/bin/node, /bin/sh); here: this Node.js first, then the system's
    return { argv: here, env: { ...env, PATH: [path.dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(path.delimiter) } };
}

interface PodRun {
    readonly code: number | null;
    readonly output: string;
    readonly terminationMessage: string;
}

/** Lays the pod's volume out as the kubelet does and runs its container's command there, as the container would. */
async function runPod(pod: Pod): Promise<PodRun> {
    const run = fs.mkdtempSync(path.join(work, "pod-"));
    const mount = path.join(run, "check");
    fs.mkdirSync(mount);
    layOutConfigMapVolume(mount, pod.files);
    // the kubelet creates the termination log, empty, before the container starts
    const terminationLog = path.join(run, "termination-log");
    fs.writeFileSync(terminationLog, "");
    const { argv, env } = asRunHere(pod.container, mount, terminationLog);
    // the node image sets no WORKDIR: the container starts in /
    const child = spawn(argv[0], argv.slice(1), { cwd: "/", env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    return { code, output, terminationMessage: fs.readFileSync(terminationLog, "utf8") };
}

async function withStandIn<T>(scenario: Scenario, use: (standIn: StandIn) => Promise<T>): Promise<T> {
    const standIn = new StandIn(scenario);
    await standIn.listen();
    try {
        return await use(standIn);
    } finally {
        standIn.server.close();
    }
}

describe("trace check Job, run as the kubelet runs it", () => {
    it("mounts the script as the kubelet does: reached through symlinks, its real path in the timestamped folder", () => {
        const mount = fs.mkdtempSync(path.join(work, "layout-"));
        const timestamped = layOutConfigMapVolume(mount, { "trace-check.ts": "//" }, new Date(Date.UTC(2026, 0, 2, 15, 4, 5)));
        assert.match(path.basename(timestamped), /^\.\.2026_01_02_15_04_05\./);
        assert.deepEqual([fs.readlinkSync(path.join(mount, "trace-check.ts")), fs.readlinkSync(path.join(mount, "..data"))], ["..data/trace-check.ts", path.basename(timestamped)]);
        assert.equal(fs.realpathSync(path.join(mount, "trace-check.ts")), path.join(fs.realpathSync(timestamped), "trace-check.ts"));
    });

    it("fails with the no-trace verdict, as its termination message, when Tempo holds no trace", async () => {
        const run = await withStandIn({}, async (standIn) => runPod(await podFor(standIn, FAST)));
        assert.equal(run.code, 1, run.output);
        assert.match(run.terminationMessage, /^TRACE CHECK FAILED \(no-trace\): no trace at all: Tempo has no span of trace [0-9a-f]{32}/);
        assert.ok(run.output.includes(`${run.terminationMessage}\n`), run.output);
    });

    it("passes when Tempo holds the request's stitched trace and Prometheus its service graph", async () => {
        const scenario = { trace: "tempo-v2-sidecar.json", traceAfterPolls: 2, prometheus: "prometheus-service-graph-sidecar.json" };
        const run = await withStandIn(scenario, async (standIn) => runPod(await podFor(standIn, PASSING)));
        assert.equal(run.code, 0, run.output);
        assert.match(run.terminationMessage, /^TRACE CHECK PASSED: trace [0-9a-f]{32} crossed the ingress gateway and the sidecars of 4 services/);
    });

    it("fails with no-verdict when the script exits 0 without a verdict (as it did behind a main-module check)", async () => {
        const run = await withStandIn({}, async (standIn) => {
            const pod = await podFor(standIn, FAST);
            return runPod({ ...pod, files: { ...pod.files, "trace-check.ts": 'import { main } from "./trace-check-lib.ts";\nif (process.argv[1] === "elsewhere") await main([]);\n' } });
        });
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /^TRACE CHECK FAILED \(no-verdict\): node \S+\/check\/trace-check\.ts \S+\/check\/settings\.json exited 0 and wrote no verdict/);
        assert.ok(run.output.includes(run.terminationMessage), "the guard's message is in the log too");
    });

    it("fails with no-verdict, keeping the exit code, when the script stops before its verdict", async () => {
        const run = await withStandIn({}, async (standIn) => {
            const pod = await podFor(standIn, FAST);
            return runPod({ ...pod, files: { ...pod.files, "settings.json": "{}" } });
        });
        assert.equal(run.code, 2);
        assert.match(run.output, /trace-check: .*settings\.json: targetUrl must be an http\(s\) URL/);
        assert.match(run.terminationMessage, /^TRACE CHECK FAILED \(no-verdict\): .* exited 2 and wrote no verdict/);
    });
});
