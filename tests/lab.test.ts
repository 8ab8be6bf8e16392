// ./mesh lab and ./mesh down, run as the front script runs them (node scripts/mesh/main.ts), against stand-ins for
// pulumi, docker, kind, k3d and kubectl on PATH (tests/support/fake-cli.ts): every call they make, in order, every
// "missing tool" path, and a second run.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { FakeTools, type FakeRule } from "./support/fake-cli.ts";

const root = path.resolve(import.meta.dirname, "..");
const fakes: FakeTools[] = [];
after(() => fakes.forEach((f) => f.cleanup()));

function mesh(tools: FakeTools, command: string, extraEnv: Record<string, string> = {}) {
    const run = spawnSync(process.execPath, ["--import", "./scripts/compile-cache.ts", "scripts/mesh/main.ts", command], {
        cwd: root,
        env: tools.env({ MESH_LAB_DIR: path.join(tools.dir, "lab"), ...extraEnv }),
        encoding: "utf8",
        timeout: 120_000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: run.stdout + run.stderr };
}

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const PASSED = `TRACE CHECK PASSED: trace ${TRACE_ID} crossed the ingress gateway and 4 of 4 services (details, productpage, ratings, reviews) in one trace`;
const FAILED = `TRACE CHECK FAILED (no-mesh-hop): trace without the mesh hop: trace ${TRACE_ID} has the gateway's spans but none from a sidecar in namespace bookinfo`;

/** The trace check's Job and pod as kubectl prints them: Complete or Failed, the verdict as termination message. */
function traceCheckObjects(verdict: "passed" | "failed"): { jobs: string; pods: string } {
    const condition = verdict === "passed" ? { type: "Complete", status: "True" } : { type: "Failed", status: "True", reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" };
    const job = {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "trace-check", namespace: "trace-check", creationTimestamp: "2026-12-01T10:00:00Z" },
        spec: { selector: { matchLabels: { "batch.kubernetes.io/controller-uid": "6d3b1f0e" } } },
        status: { conditions: [condition], ...(verdict === "passed" ? { succeeded: 1 } : { failed: 1 }) },
    };
    const pod = {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "trace-check-x7k2p", namespace: "trace-check" },
        status: {
            containerStatuses: [{ name: "trace-check", state: { terminated: { exitCode: verdict === "passed" ? 0 : 1, reason: verdict === "passed" ? "Completed" : "Error", message: verdict === "passed" ? PASSED : FAILED } } }],
        },
    };
    return { jobs: JSON.stringify({ apiVersion: "v1", kind: "List", items: [job] }), pods: JSON.stringify({ apiVersion: "v1", kind: "List", items: [pod] }) };
}

/** The stack outputs `pulumi stack output --json` prints for dev (secrets hidden, as the CLI prints them). */
const OUTPUTS = {
    demo: {
        app: "bookinfo",
        namespace: "bookinfo",
        portForward: "kubectl -n istio-ingress port-forward svc/istio-ingressgateway 8080:80",
        traffic: "for i in $(seq 1 50); do curl -s -o /dev/null -w '%{http_code} ' http://localhost:8080/productpage; done; echo",
        url: "http://localhost:8080/productpage",
    },
    grafana: { portForward: "kubectl -n monitoring port-forward svc/kube-prometheus-stack-grafana 3000:80", url: "http://localhost:3000" },
    grafanaAdminPassword: "[secret]",
    kiali: { portForward: "kubectl -n istio-system port-forward svc/kiali 20001:20001", url: "http://localhost:20001" },
    traceCheck: { enabled: true, job: "trace-check/trace-check", status: "passed", verdict: "kubectl -n trace-check logs job/trace-check", rerun: "pulumi up --target-replace 'urn:pulumi:dev::mesh-observability::mesh-observability:addons:TraceCheck$kubernetes:batch/v1:Job::trace-check-job'" },
};

const SUBNET_IPAM = '[{"Subnet":"fc00:f853:ccd:e793::/64"},{"Subnet":"192.168.48.0/20","Gateway":"192.168.48.1"}]\n';
const RANGE = "192.168.63.200-192.168.63.250";

interface MachineOptions {
    readonly without?: readonly string[];
    readonly engine?: "kind" | "k3d";
    readonly dockerEngine?: boolean;
    readonly clusterAnswers?: boolean;
    readonly upFails?: boolean;
    readonly verdict?: "passed" | "failed";
}

/** A machine with the lab's tools (all stand-ins), a Docker network, and a cluster once created. */
function machine(options: MachineOptions = {}): FakeTools {
    const tools = new FakeTools();
    fakes.push(tools);
    const engine = options.engine ?? "kind";
    const context = `${engine}-mesh`;
    const network = engine === "kind" ? "kind" : "k3d-mesh";
    const check = traceCheckObjects(options.verdict ?? "passed");
    const k = `--context ${context} --request-timeout=20s`;
    const rules: Record<string, FakeRule[]> = {
        docker: [
            options.dockerEngine === false
                ? { args: "info --format {{.ServerVersion}}", status: 1, stderr: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n" }
                : { args: "info --format {{.ServerVersion}}", stdout: "29.1.2\n" },
            { args: `network inspect ${network} --format {{json .IPAM.Config}}`, stdout: SUBNET_IPAM, when: ["cluster"] },
        ],
        kind: [
            { args: "get clusters", stdout: "mesh\n", when: ["cluster"] },
            { args: "get clusters", stderr: "No kind clusters found.\n" },
            { args: "create cluster --name mesh", stderr: 'Creating cluster "mesh" ...\n', sets: ["cluster"] },
            { args: "export kubeconfig --name mesh", stderr: 'Set kubectl context to "kind-mesh"\n' },
            { args: "delete cluster --name mesh", stderr: 'Deleting cluster "mesh" ...\n', clears: ["cluster"] },
        ],
        k3d: [
            { args: "cluster list -o json", stdout: '[{"name":"mesh","serversRunning":1}]\n', when: ["cluster"] },
            { args: "cluster list -o json", stdout: "[]\n" },
            { args: "cluster create mesh --k3s-arg --disable=servicelb@server:* --k3s-arg --disable=traefik@server:*", stdout: "INFO Cluster 'mesh' created successfully!\n", sets: ["cluster"] },
            { args: "cluster delete mesh", clears: ["cluster"] },
        ],
        kubectl: [
            options.clusterAnswers === false
                ? { args: `${k} get --raw /readyz`, status: 1, stderr: "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n" }
                : { args: `${k} get --raw /readyz`, stdout: "ok", when: ["cluster"] },
            { args: `${k} get jobs -n trace-check -o json`, stdout: check.jobs, when: ["up"] },
            { args: `${k} get jobs -n trace-check -o json`, stdout: '{"apiVersion":"v1","kind":"List","items":[]}' },
            { args: `${k} get pods -n trace-check -l batch.kubernetes.io/controller-uid=6d3b1f0e -o json`, stdout: check.pods },
        ],
        pulumi: [
            { args: "stack select --create --secrets-provider passphrase dev", sets: ["stack"] },
            { args: /^config set (kubernetes:context|--path loadBalancerAddresses\[0\]|clusterPlatform) \S+ -s dev$/ },
            options.upFails
                ? { args: "up --yes --refresh --stack dev", status: 255, stdout: "error: update failed\n", sets: ["up"] }
                : { args: "up --yes --refresh --stack dev", stdout: "Updating (dev)\nResources:\n    + 82 created\n", sets: ["up"] },
            { args: "stack output --json --stack dev", stdout: JSON.stringify(OUTPUTS, null, 2), when: ["up"] },
            { args: "stack ls --json", stdout: '[{"name":"dev","current":true,"updateInProgress":false}]\n', when: ["stack"] },
            { args: "stack ls --json", stdout: "[]\n" },
            { args: "stack rm --yes --force --preserve-config dev", stderr: "Stack 'dev' has been removed!\n", clears: ["stack", "up"] },
        ],
    };
    for (const [tool, toolRules] of Object.entries(rules)) {
        if (tool === (engine === "kind" ? "k3d" : "kind")) continue;
        if (!(options.without ?? []).includes(tool)) tools.add(tool, toolRules);
    }
    return tools;
}

const LAB_CALLS_KIND = [
    "docker info --format {{.ServerVersion}}",
    "kind get clusters",
    "kind create cluster --name mesh",
    "kubectl --context kind-mesh --request-timeout=20s get --raw /readyz",
    "docker network inspect kind --format {{json .IPAM.Config}}",
    "pulumi stack select --create --secrets-provider passphrase dev",
    "pulumi config set kubernetes:context kind-mesh -s dev",
    `pulumi config set --path loadBalancerAddresses[0] ${RANGE} -s dev`,
    "pulumi up --yes --refresh --stack dev",
    "pulumi stack output --json --stack dev",
    "kubectl --context kind-mesh --request-timeout=20s get jobs -n trace-check -o json",
    "kubectl --context kind-mesh --request-timeout=20s get pods -n trace-check -l batch.kubernetes.io/controller-uid=6d3b1f0e -o json",
];

/** The offline summary is there, and nothing looks like a stack trace. */
function assertOfflineSummary(output: string): void {
    assert.match(output, /this is what `pulumi up` would create on the dev stack/);
    assert.match(output, /stack dev: sidecar mesh, sizing profile lab, \d+ components/);
    assert.match(output, /^totals, the platform: /m);
    assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m);
}

describe("./mesh lab on a machine without its tools", () => {
    it("names every missing tool with where to get it, shows the offline summary, calls nothing, exits 0 (the CI machine)", () => {
        const tools = machine({ without: ["pulumi", "docker", "kind", "k3d", "kubectl"] });
        const run = mesh(tools, "lab");
        assert.equal(run.status, 0, run.output);
        assert.match(run.stdout, /the Pulumi CLI \(pulumi\) is not on PATH\n\s+→ curl -fsSL https:\/\/get\.pulumi\.com \| sh -s -- --version "\$\(cat \.pulumi-version\)"/);
        assert.match(run.stdout, /Docker \(docker\) is not on PATH\n\s+→ Docker Engine on Linux \(https:\/\/docs\.docker\.com\/engine\/install\/\)/);
        assert.match(run.stdout, /neither kind nor k3d is on PATH .*\n\s+→ kind: https:\/\/kind\.sigs\.k8s\.io\/docs\/user\/quick-start\/#installation/);
        assert.match(run.stdout, /kubectl is not on PATH\n\s+→ https:\/\/kubernetes\.io\/docs\/tasks\/tools\/#kubectl/);
        assertOfflineSummary(run.stdout);
        assert.deepEqual(tools.commandLines(), []);
        assert.ok(!fs.existsSync(path.join(tools.dir, "lab")), "nothing kept for a lab that did not start");
    });

    for (const tool of ["pulumi", "docker", "kubectl"]) {
        it(`names ${tool} alone when only ${tool} is missing, and starts nothing`, () => {
            const tools = machine({ without: [tool] });
            const run = mesh(tools, "lab");
            assert.equal(run.status, 0, run.output);
            const reasons = run.stdout.split("\n").filter((line) => line.startsWith("  - "));
            assert.equal(reasons.length, 1, run.stdout);
            assert.match(reasons[0], new RegExp(`\\(${tool}\\) is not on PATH|^  - ${tool} is not on PATH`));
            assertOfflineSummary(run.stdout);
            assert.ok(!tools.commandLines().some((c) => /^(kind|pulumi) /.test(c)), tools.commandLines().join("\n"));
        });
    }

    it("names kind and k3d when neither is there", () => {
        const tools = machine({ without: ["kind", "k3d"] });
        const run = mesh(tools, "lab");
        assert.equal(run.status, 0, run.output);
        assert.match(run.stdout, / {2}- neither kind nor k3d is on PATH/);
        assert.match(run.stdout, /or k3d: https:\/\/k3d\.io\/stable\/#installation/);
        assertOfflineSummary(run.stdout);
    });

    it("tells a Docker client without an engine apart, quoting Docker's own words", () => {
        const tools = machine({ dockerEngine: false });
        const run = mesh(tools, "lab");
        assert.equal(run.status, 0, run.output);
        assert.match(run.stdout, /the Docker client is here, but the engine does not answer \(Cannot connect to the Docker daemon at unix:\/\/\/var\/run\/docker\.sock\. Is the docker daemon running\?\)/);
        assert.match(run.stdout, /→ start it \(Linux: sudo systemctl start docker; Docker Desktop: open it\)/);
        assertOfflineSummary(run.stdout);
        assert.deepEqual(tools.commandLines(), ["docker info --format {{.ServerVersion}}"]);
    });

    it("says the cluster does not answer, how to recreate it, and shows the summary; exit 1", () => {
        const tools = machine({ clusterAnswers: false });
        const run = mesh(tools, "lab");
        assert.equal(run.status, 1, run.output);
        assert.match(run.stdout, /The lab has no cluster:\n {2}- the kind cluster "mesh" does not answer through kube context kind-mesh \(The connection to the server 127\.0\.0\.1:6443 was refused/);
        assert.match(run.stdout, /→ is its container running \(docker ps\)\? recreate it: \.\/mesh down/);
        assertOfflineSummary(run.stdout);
        // kind re-exports a lost kube context once before giving up
        assert.ok(tools.commandLines().includes("kind export kubeconfig --name mesh"));
        assert.ok(!tools.commandLines().some((c) => c.startsWith("pulumi ")));
    });
});

describe("./mesh lab on a machine with its tools (kind)", () => {
    const tools = machine();
    const labDir = path.join(tools.dir, "lab");
    const passphraseFile = path.join(labDir, "passphrase");
    let first: ReturnType<typeof mesh>;
    let firstCalls: ReturnType<FakeTools["calls"]>;
    let firstPassphrase = "";
    before(() => {
        first = mesh(tools, "lab");
        firstCalls = tools.calls();
        firstPassphrase = fs.existsSync(passphraseFile) ? fs.readFileSync(passphraseFile, "utf8") : "";
    });

    it("creates the cluster, takes the range from its network, creates the stack, sets its context and range, runs up, reads the verdict", () => {
        assert.equal(first.status, 0, first.output);
        assert.deepEqual(
            firstCalls.map((c) => [c.tool, ...c.args].join(" ")),
            LAB_CALLS_KIND,
        );
    });

    it("gives every pulumi command the lab's own backend and the generated passphrase file", () => {
        const pulumiCalls = firstCalls.filter((c) => c.tool === "pulumi");
        assert.ok(pulumiCalls.length > 0);
        for (const call of pulumiCalls) {
            assert.deepEqual(call.env, { PULUMI_BACKEND_URL: `file://${path.join(labDir, "state")}`, PULUMI_CONFIG_PASSPHRASE_FILE: passphraseFile }, call.args.join(" "));
        }
        assert.ok(fs.statSync(path.join(labDir, "state")).isDirectory());
    });

    it("generates the passphrase into a file only its owner reads, and says where it is kept", () => {
        assert.match(firstPassphrase, /^[A-Za-z0-9_-]{32}\n$/);
        assert.equal(fs.statSync(passphraseFile).mode & 0o777, 0o600);
        assert.match(first.stdout, new RegExp(`passphrase generated into ${passphraseFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(git-ignored`));
        assert.match(fs.readFileSync(path.join(labDir, "env"), "utf8"), new RegExp(`export PULUMI_CONFIG_PASSPHRASE_FILE='${passphraseFile}'`));
    });

    it("ends with the trace check's verdict and how to reach Grafana, Kiali and the demo", () => {
        assert.match(first.stdout, new RegExp(`Trace check: passed — ${PASSED.replace(/[()]/g, "\\$&")}`));
        assert.match(first.stdout, /Grafana: http:\/\/localhost:3000 {3}after: kubectl -n monitoring port-forward svc\/kube-prometheus-stack-grafana 3000:80 &/);
        assert.match(first.stdout, /pulumi stack output grafanaAdminPassword --show-secrets -s dev/);
        assert.match(first.stdout, /Kiali: http:\/\/localhost:20001 {3}after: kubectl -n istio-system port-forward svc\/kiali 20001:20001 &\n {4}token: kubectl -n istio-system create token kiali/);
        assert.match(first.stdout, /Demo \(bookinfo\): http:\/\/localhost:8080\/productpage {3}after: kubectl -n istio-ingress port-forward svc\/istio-ingressgateway 8080:80 &/);
        assert.match(first.stdout, /Day 2: \.\/mesh status; tear down: \.\/mesh down/);
    });

    it("runs again safely: the cluster and passphrase are reused, nothing is created twice", () => {
        tools.clearCalls();
        const second = mesh(tools, "lab");
        assert.equal(second.status, 0, second.output);
        const lines = tools.commandLines();
        assert.deepEqual(
            lines,
            LAB_CALLS_KIND.filter((c) => c !== "kind create cluster --name mesh"),
        );
        assert.match(second.stdout, /kind cluster "mesh" is there/);
        assert.equal(fs.readFileSync(passphraseFile, "utf8"), firstPassphrase);
        assert.match(second.stdout, /passphrase kept in /);
    });

    it("down deletes the cluster and the stack's state (keeping Pulumi.dev.yaml), and a second down has nothing left to do", () => {
        tools.clearCalls();
        const run = mesh(tools, "down");
        assert.equal(run.status, 0, run.output);
        assert.deepEqual(tools.commandLines(), ["kind get clusters", "kind delete cluster --name mesh", "pulumi stack ls --json", "pulumi stack rm --yes --force --preserve-config dev"]);
        tools.clearCalls();
        const again = mesh(tools, "down");
        assert.equal(again.status, 0, again.output);
        assert.deepEqual(tools.commandLines(), ["kind get clusters", "pulumi stack ls --json"]);
        assert.match(again.stdout, /cluster: no kind cluster "mesh"\nstate: no stack dev in file:\/\//);
    });
});

describe("./mesh lab, other machines and outcomes", () => {
    it("uses the passphrase from the environment and keeps no file of its own", () => {
        const tools = machine();
        const run = mesh(tools, "lab", { PULUMI_CONFIG_PASSPHRASE: "lab-passphrase" });
        assert.equal(run.status, 0, run.output);
        assert.match(run.stdout, /passphrase from PULUMI_CONFIG_PASSPHRASE/);
        assert.ok(!fs.existsSync(path.join(tools.dir, "lab", "passphrase")));
        for (const call of tools.calls().filter((c) => c.tool === "pulumi")) assert.equal(call.env.PULUMI_CONFIG_PASSPHRASE, "lab-passphrase");
    });

    it("with k3d instead of kind: its cluster without ServiceLB and Traefik, its context and network, clusterPlatform k3d", () => {
        const tools = machine({ engine: "k3d" });
        const run = mesh(tools, "lab");
        assert.equal(run.status, 0, run.output);
        const lines = tools.commandLines();
        assert.deepEqual(lines.slice(0, 5), [
            "docker info --format {{.ServerVersion}}",
            "k3d cluster list -o json",
            "k3d cluster create mesh --k3s-arg --disable=servicelb@server:* --k3s-arg --disable=traefik@server:*",
            "kubectl --context k3d-mesh --request-timeout=20s get --raw /readyz",
            "docker network inspect k3d-mesh --format {{json .IPAM.Config}}",
        ]);
        assert.ok(lines.includes("pulumi config set kubernetes:context k3d-mesh -s dev"));
        assert.ok(lines.includes("pulumi config set clusterPlatform k3d -s dev"));
    });

    it("a failed up with a failed check: the verdict from the cluster, how to run it again, exit 1", () => {
        const tools = machine({ upFails: true, verdict: "failed" });
        const run = mesh(tools, "lab");
        assert.equal(run.status, 1, run.output);
        assert.match(run.stdout, /lab 6\/6: pulumi up failed \(exit 255\)/);
        assert.match(run.stdout, /Trace check: FAILED — TRACE CHECK FAILED \(no-mesh-hop\): trace without the mesh hop/);
        assert.match(run.stdout, /next: kubectl -n trace-check logs job\/trace-check/);
        assert.doesNotMatch(run.output, /^\s+at .+:\d+:\d+\)?$/m);
    });

    it("down on a machine without kind, k3d or pulumi says what it could not check, and fails nothing", () => {
        const tools = machine({ without: ["pulumi", "docker", "kind", "k3d", "kubectl"] });
        fs.mkdirSync(path.join(tools.dir, "lab", "state"), { recursive: true });
        const run = mesh(tools, "down");
        assert.equal(run.status, 0, run.output);
        assert.match(run.stdout, /cluster: neither kind nor k3d is on PATH/);
        assert.match(run.stdout, /state: pulumi is not on PATH; the stack's state stays in /);
    });
});
