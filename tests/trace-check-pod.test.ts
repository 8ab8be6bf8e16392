// The trace check run exactly as its Job runs it: the container's command, arguments and environment taken from the
// Job the `TraceCheck` component registers, the ConfigMap's files laid out as the kubelet lays out a ConfigMap volume,
// against the stand-in gateway, collector, Tempo and Prometheus (tests/support/trace-check-stand-in.ts). What differs
// from the container is named in one place, tests/support/script-pod.ts.
import * as assert from "node:assert/strict";
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
import { TraceCheck, TRACE_CHECK_MOUNT } from "../components/trace-check.ts";
import type { TraceCheckSettings } from "../scripts/trace-check-lib.ts";
import { layOutConfigMapVolume } from "./support/configmap-volume.ts";
import { type PodRun, runScriptPod, SILENT_SCRIPT, type ScriptPod, scriptPodOf } from "./support/script-pod.ts";
import { type Scenario, StandIn } from "./support/trace-check-stand-in.ts";
import { Harness } from "./harness.ts";

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
async function podFor(standIn: StandIn, timing: TraceCheckSettings["timing"]): Promise<ScriptPod> {
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
    const pod = scriptPodOf(reg.get("kubernetes:batch/v1:Job", "trace-check-job").inputs, reg.get("kubernetes:core/v1:ConfigMap", "trace-check-script").inputs);
    assert.equal(pod.container.volumeMounts[0].mountPath, TRACE_CHECK_MOUNT);
    return pod;
}

/** Runs the pod's container as the kubelet would (tests/support/script-pod.ts). */
const runPod = (pod: ScriptPod): Promise<PodRun> => runScriptPod(pod, work);

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
            return runPod({ ...pod, files: { ...pod.files, "trace-check.ts": SILENT_SCRIPT } });
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
