// The admission probe run as its Job runs it (tests/support/script-pod.ts): the script and settings from a
// ConfigMap-shaped folder, the Job's command line (behind its result guard) and environment, plus what the kubelet
// adds (KUBERNETES_SERVICE_HOST/_PORT, the ServiceAccount's token and CA), against a stand-in for the API server on loopback that answers a dry-run create the way the real
// one does while a webhook is down, denies, or admits. The API server is the stand-in (no cluster here); its
// answers are the Status objects kube-apiserver sends (`failed calling webhook`, `admission webhook "…" denied the
// request`, NotFound for a kind not served yet).
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ADMISSION_PROBE_MOUNT, ADMISSION_PROBE_SCRIPT, admissionProbeJob, admissionProbeRules, admissionProbeSettings, type WebhookProbe } from "../components/admission-probe.ts";
import { checkCustomResource, IPAddressPool, L2Advertisement } from "../crds/index.ts";
import { type PodRun, runScriptPod, SILENT_SCRIPT, scriptPodOf } from "./support/script-pod.ts";

const WEBHOOK = "ipaddresspoolvalidationwebhook.metallb.io";
const TOKEN = "probe-service-account-token";
const pool: WebhookProbe = {
    object: checkCustomResource(new IPAddressPool({ metadata: { name: "default-pool", namespace: "metallb-system" }, spec: { addresses: ["10.0.0.0/28"], autoAssign: true } })),
    webhooks: [WEBHOOK],
};
const advertisement: WebhookProbe = {
    object: checkCustomResource(new L2Advertisement({ metadata: { name: "default-pool-l2", namespace: "metallb-system" }, spec: { ipAddressPools: ["default-pool"] } })),
    webhooks: ["l2advertisementvalidationwebhook.metallb.io"],
};
const POOLS_PATH = "/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools";

/** kube-apiserver's Status for a failed request. */
const status = (code: number, reason: string, message: string) => ({ code, body: JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", message, reason, code }) });
const REFUSED = status(500, "InternalError", `Internal error occurred: failed calling webhook "${WEBHOOK}": failed to call webhook: Post "https://metallb-webhook-service.metallb-system.svc:443/validate-metallb-io-v1beta1-ipaddresspool?timeout=10s": dial tcp 10.96.12.34:443: connect: connection refused`);
const DENIED = (webhook: string) => status(403, "Forbidden", `admission webhook "${webhook}" denied the request: CIDR "10.0.0.0/28" in pool "default-pool-admission-probe" overlaps with already defined CIDR "10.0.0.0/28"`);
const NOT_FOUND = status(404, "NotFound", "the server could not find the requested resource");
const ADMITTED = { code: 201, body: "{}" };

let work: string;
let pki: { ca: string; cert: string; key: string; otherCa: string };

/** A CA and a certificate for 127.0.0.1 signed by it (openssl), and a second CA that signed nothing. */
function makePki(dir: string): typeof pki {
    const run = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
    const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    run("req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=probe-test-ca");
    run("req", "-x509", ...ec, "-keyout", "other.key", "-out", "other.crt", "-days", "1", "-subj", "/CN=other-ca");
    run("req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
    fs.writeFileSync(path.join(dir, "san.ext"), "subjectAltName=IP:127.0.0.1\n");
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt", "-days", "1", "-extfile", "san.ext");
    const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
    return { ca: read("ca.crt"), cert: read("server.crt"), key: read("server.key"), otherCa: read("other.crt") };
}

interface Received {
    readonly method: string;
    readonly url: string;
    readonly authorization: string | undefined;
    readonly body: string;
}

/** The stand-in API server: answers each request with the next of `answers` (the last one repeats). */
async function apiServer(answers: readonly { code: number; body: string }[]): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
    const received: Received[] = [];
    const server = https.createServer({ cert: pki.cert, key: pki.key }, (request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
            received.push({ method: request.method ?? "", url: request.url ?? "", authorization: request.headers.authorization, body: Buffer.concat(chunks).toString("utf8") });
            const answer = answers[Math.min(received.length, answers.length) - 1];
            response.writeHead(answer.code, { "content-type": "application/json" }).end(answer.body);
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const SCRIPT = fs.readFileSync(ADMISSION_PROBE_SCRIPT, "utf8");
/** The Job as the component builds it, for `settings` (the builder types its fields as Pulumi Inputs). */
const probeJob = (settings: ReturnType<typeof admissionProbeSettings>, script = SCRIPT) => admissionProbeJob("metallb-system", "admission-probe", settings, script, "rerun-key");
/** The Job's spec as plain data. */
const jobSpec = (settings: ReturnType<typeof admissionProbeSettings>) =>
    probeJob(settings).job.spec as unknown as { backoffLimit: number; activeDeadlineSeconds: number; template: { spec: { restartPolicy: string; serviceAccountName: string } } };

interface ProbeOptions {
    readonly ca?: string;
    readonly deadlineSeconds?: number;
    /** The entry file in the ConfigMap instead of the repository's script. */
    readonly script?: string;
}

/**
 * Runs the probe as its Job does: the Job's command and env, the files from a ConfigMap-shaped folder, the kubelet's
 * service variables and a ServiceAccount folder. Test-only settings: that folder, a short deadline and retry.
 */
async function runProbe(port: number, probes: readonly WebhookProbe[], options: ProbeOptions = {}): Promise<PodRun> {
    const dir = fs.mkdtempSync(path.join(work, "run-"));
    const serviceAccount = path.join(dir, "serviceaccount");
    fs.mkdirSync(serviceAccount);
    fs.writeFileSync(path.join(serviceAccount, "token"), `${TOKEN}\n`);
    fs.writeFileSync(path.join(serviceAccount, "ca.crt"), options.ca ?? pki.ca);
    const settings = { ...admissionProbeSettings("metallb-system", probes), serviceAccountDir: serviceAccount, deadlineSeconds: options.deadlineSeconds ?? 2, retrySeconds: 0.05 };
    const { job, configMap } = probeJob(settings, options.script);
    const pod = scriptPodOf(job, configMap);
    assert.equal(pod.container.volumeMounts[0].mountPath, ADMISSION_PROBE_MOUNT);
    return runScriptPod(pod, dir, { KUBERNETES_SERVICE_HOST: "127.0.0.1", KUBERNETES_SERVICE_PORT: String(port) });
}

/** Starts the stand-in with `answers`, runs the probe against it, stops it. */
async function probeAgainst(answers: readonly { code: number; body: string }[], probes: readonly WebhookProbe[] = [pool], options: ProbeOptions = {}) {
    const server = await apiServer(answers);
    try {
        return { ...(await runProbe(server.port, probes, options)), received: server.received };
    } finally {
        await server.close();
    }
}

before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "admission-probe-"));
    pki = makePki(work);
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

describe("the admission probe, run as its Job runs it", () => {
    it("waits through a refused webhook until the dry run is admitted", async () => {
        const run = await probeAgainst([REFUSED, REFUSED, ADMITTED]);
        assert.equal(run.code, 0, run.output);
        assert.equal(run.received.length, 3);
        assert.match(run.stdout, /IPAddressPool .*: the webhook answered on attempt 3: admitted \(201\)/);
        assert.equal(run.terminationMessage, "ADMISSION PROBE PASSED: the webhooks of IPAddressPool answered");
    });
    it("sends a server-side dry run of the renamed object with the pod's token", async () => {
        const run = await probeAgainst([ADMITTED]);
        const [request] = run.received;
        assert.deepEqual([request.method, request.url, request.authorization], ["POST", `${POOLS_PATH}?dryRun=All&fieldManager=admission-probe`, `Bearer ${TOKEN}`]);
        const sent = JSON.parse(request.body) as { metadata: unknown; spec: unknown };
        assert.deepEqual([sent.metadata, sent.spec], [{ name: "default-pool-admission-probe", namespace: "metallb-system" }, { addresses: ["10.0.0.0/28"], autoAssign: true }]);
    });
    it("counts a denial by the probed webhook as an answer: it serves", async () => {
        const run = await probeAgainst([DENIED(WEBHOOK)]);
        assert.equal(run.code, 0, run.output);
        assert.match(run.stdout, /answered on attempt 1: denied by ipaddresspoolvalidationwebhook\.metallb\.io \(403\)/);
    });
    it("does not count another webhook's denial, and fails at the deadline naming it", async () => {
        const run = await probeAgainst([DENIED("policy.example.org")]);
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /^ADMISSION PROBE FAILED \(not-serving\): IPAddressPool .*: none of ipaddresspoolvalidationwebhook\.metallb\.io answered within 2s; last answer: 403 admission webhook "policy\.example\.org" denied/);
    });
    it("fails at the deadline with the last answer when the webhook never serves", async () => {
        const started = Date.now();
        const run = await probeAgainst([REFUSED]);
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /^ADMISSION PROBE FAILED \(not-serving\): .*last answer: 500 Internal error occurred: failed calling webhook .*connection refused/);
        assert.ok(Date.now() - started < 10_000, "it stops at its deadline");
    });
    it("retries while the kind is not served yet", async () => {
        const run = await probeAgainst([NOT_FOUND, ADMITTED]);
        assert.equal(run.code, 0, run.output);
        assert.match(run.stdout, /attempt 1: not yet: 404 the server could not find the requested resource/);
    });
    it("probes each kind in order, each until its webhook answered", async () => {
        const run = await probeAgainst([ADMITTED, REFUSED, ADMITTED], [pool, advertisement]);
        assert.equal(run.code, 0, run.output);
        assert.equal(run.terminationMessage, "ADMISSION PROBE PASSED: the webhooks of IPAddressPool, L2Advertisement answered");
        assert.deepEqual(
            run.received.map((r) => r.url.split("?")[0]),
            [POOLS_PATH, "/apis/metallb.io/v1beta1/namespaces/metallb-system/l2advertisements", "/apis/metallb.io/v1beta1/namespaces/metallb-system/l2advertisements"],
        );
    });
    it("trusts only the cluster's CA", async () => {
        const run = await probeAgainst([ADMITTED], [pool], { ca: pki.otherCa, deadlineSeconds: 1 });
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /last answer: no answer from the API server: .*(certificate|self.signed|issuer)/i);
    });
    it("fails with bad-settings, exit 2, when its settings are not what it reads", async () => {
        const run = await probeAgainst([ADMITTED], [pool], { deadlineSeconds: -1 });
        assert.equal(run.code, 2);
        assert.match(run.terminationMessage, /^ADMISSION PROBE FAILED \(bad-settings\): \S+\/probe\/settings\.json: deadlineSeconds must be a positive number$/);
        assert.deepEqual(run.received, [], "it asked nothing");
    });
    it("fails with no-verdict when the script exits 0 without a result (as a defeated main-module test would)", async () => {
        const run = await probeAgainst([ADMITTED], [pool], { script: SILENT_SCRIPT });
        assert.equal(run.code, 1);
        assert.match(run.terminationMessage, /^ADMISSION PROBE FAILED \(no-verdict\): node \S+\/probe\/admission-probe\.ts \S+\/probe\/settings\.json exited 0 and wrote no verdict/);
        assert.ok(run.stderr.includes(run.terminationMessage), "the guard's message is in the log too");
    });
});

describe("the admission probe's Job", () => {
    const settings = admissionProbeSettings("metallb-system", [pool, advertisement]);
    it("may create only the probed kinds, in its namespace", () => {
        assert.deepEqual(admissionProbeRules(settings), [{ apiGroups: ["metallb.io"], resources: ["ipaddresspools", "l2advertisements"], verbs: ["create"] }]);
    });
    it("moves the dry runs into its namespace under names the real objects never have", () => {
        const moved = admissionProbeSettings("probe-here", [pool]).probes[0];
        assert.deepEqual([moved.path, moved.object.metadata], ["/apis/metallb.io/v1beta1/namespaces/probe-here/ipaddresspools", { name: "default-pool-admission-probe", namespace: "probe-here" }]);
    });
    it("refuses a cluster-scoped kind (its Role ends at its namespace)", () => {
        const issuer = { object: { apiVersion: "cert-manager.io/v1", kind: "ClusterIssuer", metadata: { name: "ca" } }, webhooks: ["webhook.cert-manager.io"] };
        assert.throws(() => admissionProbeSettings("cert-manager", [issuer]), /ClusterIssuer: cluster-scoped kinds are not probed/);
    });
    it("runs once, within a deadline beyond the script's own", () => {
        const spec = jobSpec(settings);
        assert.deepEqual([spec.backoffLimit, spec.activeDeadlineSeconds, spec.template.spec.restartPolicy], [0, settings.deadlineSeconds + 120, "Never"]);
    });
    it("runs with its ServiceAccount's token: the dry runs go to the API server as it", () => assert.equal(jobSpec(settings).template.spec.serviceAccountName, "admission-probe"));
});
