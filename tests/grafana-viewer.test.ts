// Kiali's read-only Grafana identity, end to end: the dev stack's viewer Job runs its script the way the kubelet would
// (tests/support/script-pod.ts: its command behind the result guard, the ConfigMap's files laid out as a ConfigMap
// volume, the environment from the Job's values and Secrets) against a stand-in of
// Grafana 13.2's user API (tests/support/grafana-api.ts), and then Kiali's own credentials (the login in its values, the
// password in its Secret) read dashboards there and nothing more.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { GRAFANA_VIEWER_SCRIPT } from "../components/grafana-viewer.ts";
import { monitoringEndpoints } from "../components/kube-prometheus-stack.ts";
import { fingerprint, SCRIPT_RESULT_PATH } from "../components/script-job.ts";
import { SECRET_PLACEHOLDER } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, type Registrations, type ResourceRecord } from "./harness.ts";
import { GrafanaApiStandIn } from "./support/grafana-api.ts";
import { type PodRun, runScriptPod, SILENT_SCRIPT, scriptPodOf } from "./support/script-pod.ts";

const root = path.resolve(import.meta.dirname, "..");
const SECRET = "kubernetes:core/v1:Secret";

interface EnvVar {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: { readonly secretKeyRef: { readonly name: string; readonly key: string } };
}

let stack: Registrations<unknown>;
let job: ResourceRecord;
before(async () => {
    const harness = await Harness.create();
    const files = loadStackConfigFiles(root, "dev");
    stack = await harness.run(() => buildPlatform(parseStackConfig(files.config, new Set(files.secretKeys))));
    const jobs = stack.ofType("kubernetes:batch/v1:Job").filter((j) => String(at(j.inputs, "metadata.name")).startsWith("grafana-viewer-"));
    assert.equal(jobs.length, 1, "one Grafana viewer Job");
    job = jobs[0];
});

/** A Secret's value at `key`, the one behind the placeholder where it is a Pulumi secret. */
function secretValue(namespace: unknown, name: string, key: string): string {
    const secret = stack.ofType(SECRET).find((s) => at(s.inputs, "metadata.name") === name && at(s.inputs, "metadata.namespace") === namespace);
    assert.ok(secret, `no Secret ${String(namespace)}/${name}`);
    // a map with a secret value in it is a secret as a whole
    const recorded = at(secret.inputs, "stringData");
    const data = (recorded === SECRET_PLACEHOLDER ? stack.secretAt(secret, "stringData") : recorded) as Record<string, unknown>;
    assert.ok(key in data, `Secret ${name} has no key ${key}`);
    return String(data[key] === SECRET_PLACEHOLDER ? stack.secretAt(secret, `stringData.${key}`) : data[key]);
}

const container = () => at(job.inputs, "spec.template.spec.containers.0") as { command: string[]; env: EnvVar[]; volumeMounts: { name: string; mountPath: string }[] };
/** The Job's environment as the kubelet hands it to the container. */
const jobEnv = () => Object.fromEntries(container().env.map((e) => [e.name, e.value ?? secretValue(at(job.inputs, "metadata.namespace"), e.valueFrom?.secretKeyRef.name ?? "", e.valueFrom?.secretKeyRef.key ?? "")]));

/** Kiali's Grafana credentials, from its chart values and the Secret its `secret:<name>:<key>` names. */
function kialiCredentials(): { login: string; password: string } {
    const kiali = stack.get("kubernetes:helm.sh/v4:Chart", "kiali-chart");
    const auth = at(kiali.inputs, "values.external_services.grafana.auth") as { username: string; password: string };
    const [, name, key] = auth.password.split(":");
    return { login: auth.username, password: secretValue(kiali.inputs.namespace, name, key) };
}

/**
 * Runs the Job's container once, as the kubelet would: its command, the ConfigMap's files at the mount path, its
 * environment with the Secrets' values. The one change: Grafana's in-cluster Service is the stand-in on loopback.
 */
async function runJob(grafanaUrl: string, envOverrides: Record<string, string> = {}, files: Record<string, string> = {}): Promise<PodRun> {
    const volume = (at(job.inputs, "spec.template.spec.volumes") as { name: string; configMap: { name: string } }[])[0];
    const configMap = stack.ofType("kubernetes:core/v1:ConfigMap").find((c) => at(c.inputs, "metadata.name") === volume.configMap.name && at(c.inputs, "metadata.namespace") === at(job.inputs, "metadata.namespace"));
    assert.ok(configMap, `no ConfigMap ${volume.configMap.name}`);
    const pod = scriptPodOf(job.inputs, configMap.inputs);
    const env = jobEnv();
    assert.equal(env.GRAFANA_URL, monitoringEndpoints().grafanaUrl);
    const fromSecrets = Object.fromEntries(container().env.filter((e) => e.valueFrom).map((e) => [e.name, env[e.name]]));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "grafana-viewer-"));
    try {
        return await runScriptPod({ ...pod, files: { ...pod.files, ...files } }, dir, { ...fromSecrets, GRAFANA_URL: grafanaUrl, ...envOverrides });
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

describe("Kiali's Grafana viewer", () => {
    let grafana: GrafanaApiStandIn;
    before(async () => {
        grafana = new GrafanaApiStandIn({ user: jobEnv().GRAFANA_ADMIN_USER, password: jobEnv().GRAFANA_ADMIN_PASSWORD });
        await grafana.listen();
    });
    after(() => grafana.close());

    it("is created by the Job as a Viewer, not a server administrator", async () => {
        const run = await runJob(grafana.url);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.terminationMessage, "GRAFANA VIEWER PASSED: kiali created, org role Viewer, not a server administrator");
        const user = grafana.user(kialiCredentials().login);
        assert.deepEqual([user?.role, user?.isGrafanaAdmin], ["Viewer", false]);
    });
    it("lets Kiali, with its own credentials, search the dashboards it links to", async () => {
        const { login, password } = kialiCredentials();
        assert.equal(await grafana.statusAs(login, password, "GET", "/api/search?query=Istio%20Service%20Dashboard"), 200);
    });
    it("lets Kiali change nothing: no dashboard, no user", async () => {
        const { login, password } = kialiCredentials();
        assert.equal(await grafana.statusAs(login, password, "POST", "/api/dashboards/db", { dashboard: { title: "x" } }), 403);
        assert.equal(await grafana.statusAs(login, password, "POST", "/api/admin/users", { login: "mallory", password: "x" }), 403);
        assert.equal(await grafana.statusAs(login, password, "PATCH", "/api/org/users/2", { role: "Admin" }), 403);
    });
    it("is put back to Viewer with the stack's password where it exists otherwise (an Editor, a server admin, another password)", async () => {
        const user = grafana.user(kialiCredentials().login);
        assert.ok(user);
        Object.assign(user, { role: "Editor", isGrafanaAdmin: true, password: "set-by-hand" });
        const run = await runJob(grafana.url);
        assert.equal(run.code, 0, run.stdout);
        assert.match(run.terminationMessage, /^GRAFANA VIEWER PASSED: kiali updated/);
        assert.deepEqual([user.role, user.isGrafanaAdmin, user.password], ["Viewer", false, kialiCredentials().password]);
        assert.equal(await grafana.statusAs(user.login, "set-by-hand", "GET", "/api/search"), 401);
    });
    it("waits for Grafana to answer before it signs in", async () => {
        grafana.unhealthyChecks = 1;
        grafana.requests.length = 0;
        const run = await runJob(grafana.url);
        assert.equal(run.code, 0, run.stdout);
        assert.deepEqual(grafana.requests.slice(0, 3), ["GET /api/health", "GET /api/health", "GET /api/users/lookup"]);
    });
    it("fails with Grafana's answer in the termination message when the admin's password is wrong", async () => {
        const run = await runJob(grafana.url, { GRAFANA_ADMIN_PASSWORD: "wrong" });
        assert.equal(run.code, 1);
        assert.equal(run.terminationMessage, "GRAFANA VIEWER FAILED (api-error): GET /api/users/lookup?loginOrEmail=kiali: 401 Invalid username or password");
    });
    it("fails, naming the variables, when the environment lacks them", async () => {
        const run = await runJob(grafana.url, { VIEWER_PASSWORD: "" });
        assert.equal(run.code, 1);
        assert.equal(run.terminationMessage, "GRAFANA VIEWER FAILED (bad-environment): missing environment: VIEWER_PASSWORD");
    });
    it("fails with unreachable when Grafana never answers its health check", async () => {
        grafana.unhealthyChecks = 1_000;
        try {
            const run = await runJob(grafana.url, { WAIT_SECONDS: "0" });
            assert.equal(run.code, 1);
            assert.match(run.terminationMessage, /^GRAFANA VIEWER FAILED \(unreachable\): Grafana at http:\/\/127\.0\.0\.\d+:\d+ did not answer \/api\/health within 0s/);
        } finally {
            grafana.unhealthyChecks = 0;
        }
    });
    it("fails with no-verdict when the script exits 0 without a result (as a defeated main-module test would)", async () => {
        const run = await runJob(grafana.url, {}, { "grafana-viewer.ts": SILENT_SCRIPT });
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /^GRAFANA VIEWER FAILED \(no-verdict\): node \S+\/viewer\/grafana-viewer\.ts exited 0 and wrote no verdict/);
        assert.ok(run.stderr.includes(run.terminationMessage), "the guard's message is in the log too");
    });
});

describe("the viewer Job", () => {
    it("runs again when the password or the script changes: a hash of both in its pod template, a secret itself", () => {
        const run = stack.secretAt(job, ["spec", "template", "metadata", "annotations", "mesh-observability.io/grafana-viewer-fingerprint"]);
        assert.equal(run, fingerprint(fs.readFileSync(GRAFANA_VIEWER_SCRIPT, "utf8"), fs.readFileSync(SCRIPT_RESULT_PATH, "utf8"), jobEnv().VIEWER_PASSWORD));
    });
    it("runs unprivileged, without a Kubernetes token, once Grafana's release, its Secret and its script are there", () => {
        const pod = at(job.inputs, "spec.template.spec") as Record<string, unknown>;
        assert.equal(pod.automountServiceAccountToken, false);
        assert.deepEqual([at(pod, "securityContext.runAsNonRoot"), at(container(), "securityContext.readOnlyRootFilesystem"), at(container(), "securityContext.allowPrivilegeEscalation")], [true, true, false]);
        assert.deepEqual(stack.dependenciesOf(job).sort(), [
            "kubernetes:core/v1:ConfigMap::kiali-grafana-viewer-script",
            "kubernetes:core/v1:Secret::kiali-grafana-viewer-secret",
            "kubernetes:helm.sh/v3:Release::monitoring-release",
            "random:index/randomPassword:RandomPassword::kiali-grafana-viewer-password",
        ]);
    });
});
