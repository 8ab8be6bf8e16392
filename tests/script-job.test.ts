// The shared script Job (components/script-job.ts): what every one of them gets from the builder, and its result guard
// run as the Job runs it (tests/support/script-pod.ts) around small scripts that pass, fail, lie or say nothing.
// The three real ones run the same way in tests/trace-check-pod.test.ts, admission-probe.test.ts, grafana-viewer.test.ts.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { fingerprint, resultFileVariable, SCRIPT_IMAGE, SCRIPT_RESULT_FILE, SCRIPT_RESULT_PATH, type ScriptJobSpec, scriptJob } from "../components/script-job.ts";
import { valueOf } from "./harness.ts";
import { runScriptPod, SILENT_SCRIPT, scriptPodOf } from "./support/script-pod.ts";

/** The result module every script Job mounts beside its script. */
const RESULT_MODULE = fs.readFileSync(SCRIPT_RESULT_PATH, "utf8");

const spec: ScriptJobSpec = {
    app: "demo-script",
    name: "demo",
    namespace: "demo-ns",
    result: "DEMO SCRIPT",
    mount: "/demo",
    files: { "demo.ts": SILENT_SCRIPT, "settings.json": "{}" },
    entry: "demo.ts",
    args: ["/demo/settings.json"],
    env: [{ name: "GREETING", value: "hello" }],
    resources: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "64Mi" } },
    deadlineSeconds: 60,
    backoffLimit: 0,
};

interface Pod {
    readonly automountServiceAccountToken?: boolean;
    readonly serviceAccountName?: string;
    readonly securityContext: unknown;
    readonly restartPolicy: string;
    readonly volumes: { name: string; configMap: { name: string } }[];
    readonly containers: Record<string, unknown>[];
}
const podOf = (built: ReturnType<typeof scriptJob>) => (built.job.spec as unknown as { template: { spec: Pod } }).template.spec;
const annotationsOf = (built: ReturnType<typeof scriptJob>) => (built.job.spec as unknown as { template: { metadata: { annotations: Record<string, pulumi.Input<string>> } } }).template.metadata.annotations;

describe("a script Job, as built", () => {
    it("runs the pinned Node.js image as its unprivileged user, read-only, without capabilities", () => {
        const pod = podOf(scriptJob(spec));
        assert.equal(pod.containers[0].image, SCRIPT_IMAGE);
        assert.deepEqual(pod.securityContext, { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: "RuntimeDefault" } });
        assert.deepEqual(pod.containers[0].securityContext, { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
        assert.equal(pod.restartPolicy, "Never");
    });
    it("mounts no token without a ServiceAccount, and that account's with one", () => {
        assert.deepEqual([podOf(scriptJob(spec)).automountServiceAccountToken, podOf(scriptJob(spec)).serviceAccountName], [false, undefined]);
        const withAccount = podOf(scriptJob({ ...spec, serviceAccountName: "prober" }));
        assert.deepEqual([withAccount.automountServiceAccountToken, withAccount.serviceAccountName], [undefined, "prober"]);
    });
    it("runs `node <mount>/<entry> <args>` behind the guard, named after the app", () => {
        const container = podOf(scriptJob(spec)).containers[0];
        assert.deepEqual((container.command as string[]).filter((_, i) => i !== 2), ["sh", "-c", "demo-script"]);
        assert.deepEqual(container.args, ["node", "/demo/demo.ts", "/demo/settings.json"]);
    });
    it("tells the script where its result goes, after its own environment; its termination message comes from there", () => {
        const container = podOf(scriptJob(spec)).containers[0];
        assert.deepEqual(container.env, [
            { name: "GREETING", value: "hello" },
            { name: "DEMO_SCRIPT_TERMINATION_LOG", value: "/dev/termination-log" },
            { name: "NODE_OPTIONS", value: "--disable-warning=ExperimentalWarning" },
        ]);
        assert.deepEqual([container.terminationMessagePath, container.terminationMessagePolicy], ["/dev/termination-log", "FallbackToLogsOnError"]);
        assert.equal(resultFileVariable("TRACE CHECK"), "TRACE_CHECK_TERMINATION_LOG");
    });
    it("mounts its ConfigMap, which holds the files, read-only where the command looks", () => {
        const built = scriptJob(spec);
        const pod = podOf(built);
        assert.deepEqual(pod.volumes, [{ name: "demo", configMap: { name: "demo" } }]);
        assert.deepEqual(pod.containers[0].volumeMounts, [{ name: "demo", mountPath: "/demo", readOnly: true }]);
        assert.deepEqual(built.configMap, { metadata: { name: "demo", namespace: "demo-ns" }, data: { ...spec.files, [SCRIPT_RESULT_FILE]: RESULT_MODULE } });
    });
    it("is labelled as the app, replaced on the next `up` when it did not complete", () => {
        const built = scriptJob({ ...spec, labels: { "app.kubernetes.io/instance": "one" } });
        assert.deepEqual(built.job.metadata, {
            name: "demo",
            namespace: "demo-ns",
            labels: { "app.kubernetes.io/instance": "one", "app.kubernetes.io/name": "demo-script", "app.kubernetes.io/part-of": "mesh-observability" },
            annotations: { "pulumi.com/replaceUnready": "true" },
        });
    });
    it("re-runs when a file or a rerunOn part changes: their fingerprint in the pod template", () => {
        const runOf = (s: ScriptJobSpec) => annotationsOf(scriptJob(s))["mesh-observability.io/demo-script-fingerprint"];
        assert.equal(runOf({ ...spec, rerunOn: ["a"] }), fingerprint(SILENT_SCRIPT, "{}", RESULT_MODULE, "a"));
        assert.notEqual(runOf({ ...spec, rerunOn: ["a"] }), runOf({ ...spec, rerunOn: ["b"] }));
        assert.notEqual(runOf(spec), runOf({ ...spec, files: { ...spec.files, "settings.json": "{ }" } }));
    });
    it("keeps a secret part's fingerprint secret", async () => {
        const run = annotationsOf(scriptJob({ ...spec, rerunOn: [pulumi.secret("password")] }))["mesh-observability.io/demo-script-fingerprint"];
        assert.ok(pulumi.Output.isInstance<string>(run));
        assert.equal(await pulumi.isSecret(run), true);
        assert.equal(await valueOf(run), fingerprint(SILENT_SCRIPT, "{}", RESULT_MODULE, "password"));
    });
    it("refuses a result head the guard cannot match, a mount that is no plain path, an entry that is not a file", () => {
        assert.throws(
            () => scriptJob({ ...spec, result: 'Demo "x"', mount: "demo", entry: "main.ts" }),
            /^Error: scriptJob demo: result "Demo "x"": capitals and single spaces only \(the guard matches it in sh\); mount "demo": an absolute path of lower-case segments; entry "main\.ts": not one of the files \(demo\.ts, settings\.json\)$/,
        );
    });
    it("refuses a file of the caller's named as the Job's own result module", () => {
        assert.throws(() => scriptJob({ ...spec, files: { ...spec.files, [SCRIPT_RESULT_FILE]: "" } }), /^Error: scriptJob demo: files: script-result\.ts is the Job's own$/);
    });
});

describe("the result guard, run as the Job runs it", () => {
    let work: string;
    before(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "script-job-"))));
    after(() => fs.rmSync(work, { recursive: true, force: true }));
    /** The Job with `script` as its entry, run; `script` writes its result with `result(line)`: the mounted script-result.ts. */
    const runWith = (script: string) => {
        const built = scriptJob({ ...spec, files: { ...spec.files, "demo.ts": `import { writeResult } from "./script-result.ts";\nconst result = (line) => writeResult("DEMO SCRIPT", line);\n${script}\n` } });
        return runScriptPod(scriptPodOf(built.job, built.configMap), work);
    };

    it("passes a run that wrote its PASSED line, the line as termination message", async () => {
        const run = await runWith('result("DEMO SCRIPT PASSED: all done"); console.log(process.env.GREETING);');
        assert.deepEqual([run.code, run.terminationMessage, run.stdout], [0, "DEMO SCRIPT PASSED: all done", "DEMO SCRIPT PASSED: all done\nhello\n"]);
    });
    it("keeps a failed run's exit code and line", async () => {
        const run = await runWith('result("DEMO SCRIPT FAILED (broken): why"); process.exitCode = 3;');
        assert.deepEqual([run.code, run.terminationMessage], [3, "DEMO SCRIPT FAILED (broken): why"]);
    });
    it("never lets a FAILED line exit 0", async () => {
        const run = await runWith('result("DEMO SCRIPT FAILED (broken): why");');
        assert.deepEqual([run.code, run.terminationMessage], [1, "DEMO SCRIPT FAILED (broken): why"]);
    });
    it("fails a run that exited 0 without a result: no-verdict, naming the command", async () => {
        const run = await runWith("");
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /^DEMO SCRIPT FAILED \(no-verdict\): node \S+\/demo\/demo\.ts \S+\/demo\/settings\.json exited 0 and wrote no verdict: the check did not run to its end \(see the Job log\)$/);
        assert.equal(run.stderr, `${run.terminationMessage}\n`);
    });
    it("fails a run that crashed before its result with no-verdict, keeping the exit code", async () => {
        const run = await runWith('throw new Error("boom");');
        assert.equal(run.code, 1);
        assert.match(run.stderr, /Error: boom/);
        assert.match(run.terminationMessage, /^DEMO SCRIPT FAILED \(no-verdict\): .* exited 1 and wrote no verdict/);
    });
    it("does not take another shape of line for a result", async () => {
        for (const line of ["DEMO SCRIPT OK: done", "OTHER SCRIPT PASSED: done", "DEMO SCRIPT FAILED: no reason"]) {
            const run = await runWith(`result(${JSON.stringify(line)});`);
            assert.equal(run.code, 1, line);
            assert.match(run.terminationMessage, /^DEMO SCRIPT FAILED \(no-verdict\)/, line);
        }
    });
});
