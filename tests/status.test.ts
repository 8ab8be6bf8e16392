// ./mesh status: what it makes of the cluster's objects (pure functions), and the command end to end against a
// stand-in kubectl on PATH that answers kubectl's JSON for a healthy and a broken lab (tests/fixtures/status/).
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { PLATFORM_NAMESPACES } from "../components/namespaces.ts";
import { THRESHOLDS } from "../components/pipeline-health/rules.ts";
import { traceCheckFinding } from "../scripts/mesh/kube.ts";
import { alertFindings, exporterFindings, exporterStats, helmFindings, latestReleases, readiness, statusNamespaces, workloadFindings } from "../scripts/mesh/status.ts";
import { FakeTools, type FakeRule } from "./support/fake-cli.ts";

const root = path.resolve(import.meta.dirname, "..");

interface Scenario {
    readonly context: string;
    readonly namespaces: unknown;
    readonly workloads: { items: unknown[] };
    readonly helm: string;
    readonly opentelemetrycollectors: unknown;
    readonly certificates: unknown;
    /** null: the cluster has no Gateway API CRDs (sidecar mode). */
    readonly gateways: unknown;
    readonly jobs: { items: unknown[] };
    readonly pods: unknown;
    readonly collectorServices: unknown;
    readonly metrics: Record<string, string>;
    /** Prometheus' `/api/v1/rules?type=alert` answer. */
    readonly alertRules: unknown;
}
const scenario = (name: string) => JSON.parse(fs.readFileSync(path.join(root, "tests", "fixtures", "status", `${name}.json`), "utf8")) as Scenario;

const RULES_PATH = "/api/v1/namespaces/monitoring/services/kube-prometheus-stack-prometheus:9090/proxy/api/v1/rules?type=alert";
const COLLECTOR_SELECTOR = "app.kubernetes.io/managed-by=opentelemetry-operator,app.kubernetes.io/component=opentelemetry-collector,operator.opentelemetry.io/collector-service-type=monitoring";

/** kubectl answering a scenario, for the exact calls status makes. */
function kubectlFor(s: Scenario, reachable = true): FakeRule[] {
    const t = "--request-timeout=20s";
    const json = (value: unknown) => JSON.stringify(value);
    const missingType = (resource: string): FakeRule => ({ args: `${t} get ${resource} --all-namespaces -o json`, status: 1, stderr: `error: the server doesn't have a resource type "${resource.split(".")[0]}"\n` });
    return [
        { args: `${t} config current-context`, stdout: `${s.context}\n` },
        reachable ? { args: `${t} get --raw /readyz`, stdout: "ok" } : { args: `${t} get --raw /readyz`, status: 1, stderr: "Unable to connect to the server: dial tcp 127.0.0.1:41234: connect: connection refused\n" },
        { args: `${t} get namespaces -o json`, stdout: json(s.namespaces) },
        { args: `${t} get deployments,statefulsets,daemonsets --all-namespaces -o json`, stdout: json(s.workloads) },
        { args: /^--request-timeout=20s get secrets --all-namespaces -l owner=helm -o jsonpath=\{range \.items\[\*\]\}/, stdout: s.helm },
        { args: `${t} get opentelemetrycollectors.opentelemetry.io --all-namespaces -o json`, stdout: json(s.opentelemetrycollectors) },
        { args: `${t} get certificates.cert-manager.io --all-namespaces -o json`, stdout: json(s.certificates) },
        s.gateways === null ? missingType("gateways.gateway.networking.k8s.io") : { args: `${t} get gateways.gateway.networking.k8s.io --all-namespaces -o json`, stdout: json(s.gateways) },
        { args: `${t} get jobs -n trace-check -o json`, stdout: json(s.jobs) },
        { args: `${t} get pods -n trace-check -l batch.kubernetes.io/controller-uid=0b7e8f3a-2c1d-4e5f-9a8b-7c6d5e4f3a2b -o json`, stdout: json(s.pods) },
        { args: `${t} get services -n observability -l ${COLLECTOR_SELECTOR} -o json`, stdout: json(s.collectorServices) },
        ...Object.entries(s.metrics).map(([service, text]) => ({ args: `${t} get --raw /api/v1/namespaces/observability/services/${service}:monitoring/proxy/metrics`, stdout: text })),
        { args: `${t} get --raw ${RULES_PATH}`, stdout: json(s.alertRules) },
    ];
}

const fakes: FakeTools[] = [];
after(() => fakes.forEach((f) => f.cleanup()));

function status(rules: FakeRule[] | undefined, ...args: string[]) {
    const tools = new FakeTools();
    fakes.push(tools);
    if (rules) tools.add("kubectl", rules);
    const run = spawnSync(process.execPath, ["--import", "./scripts/compile-cache.ts", "scripts/mesh/main.ts", "status", ...args], { cwd: root, env: tools.env(), encoding: "utf8", timeout: 60_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, calls: tools.commandLines() };
}

describe("status: reading the objects", () => {
    it("reads the platform's namespaces from the program's constants, plus the demo's", () => {
        const namespaces = statusNamespaces().map((n) => n.namespace);
        assert.deepEqual(namespaces, [...Object.values(PLATFORM_NAMESPACES), "bookinfo"]);
    });

    it("counts a Deployment without spec.replicas as wanting one, and a DaemonSet by its scheduled pods", () => {
        assert.deepEqual(readiness({ kind: "Deployment", metadata: { name: "x" }, spec: {}, status: {} }), { ready: 0, wanted: 1 });
        assert.deepEqual(readiness({ kind: "DaemonSet", metadata: { name: "x" }, status: { desiredNumberScheduled: 3, numberReady: 2 } }), { ready: 2, wanted: 3 });
    });

    it("flags a namespace with a workload behind, and says what to run", () => {
        const findings = workloadFindings(scenario("broken").workloads as never, new Set(["tempo"]));
        const tempo = findings.find((f) => f.subject === "Tempo (tempo)");
        assert.equal(tempo?.level, "problem");
        assert.equal(tempo?.detail, "not ready: statefulset/tempo 0/1");
        assert.match(tempo?.next ?? "", /^kubectl -n tempo describe statefulset\/tempo; kubectl -n tempo get pods/);
        assert.equal(findings.find((f) => f.subject === "Loki (loki)")?.level, "absent", "a namespace that is not there is not a problem");
    });

    it("keeps the newest revision of each release, and only the platform's", () => {
        const releases = latestReleases(scenario("broken").helm);
        assert.deepEqual(
            releases.filter((r) => r.name === "kube-prometheus-stack"),
            [{ namespace: "monitoring", name: "kube-prometheus-stack", version: 2, status: "pending-upgrade" }],
        );
        const findings = helmFindings(releases, new Set(statusNamespaces().map((n) => n.namespace)));
        assert.ok(!findings.some((f) => f.subject.includes("someone-elses-chart")));
        const pending = findings.find((f) => f.subject === "release monitoring/kube-prometheus-stack");
        assert.equal(pending?.level, "problem");
        assert.match(pending?.next ?? "", /pulumi refresh/);
    });

    it("takes the newest revision by number, whatever order the Secrets come in (v10 sorts before v9 by name)", () => {
        assert.deepEqual(latestReleases("monitoring kube-prometheus-stack 10 deployed\nmonitoring kube-prometheus-stack 9 superseded\n"), [
            { namespace: "monitoring", name: "kube-prometheus-stack", version: 10, status: "deployed" },
        ]);
    });

    it("the trace check: the verdict line from the pod's termination message; no Job is not a problem", () => {
        const broken = scenario("broken");
        const failed = traceCheckFinding(broken.jobs as never, broken.pods as never);
        assert.equal(failed.level, "problem");
        assert.match(failed.detail, /^TRACE CHECK FAILED \(no-trace\): /);
        assert.equal(traceCheckFinding({ items: [] }, undefined).level, "absent");
    });

    it("reads the exporters' counters and queues from the collector's Prometheus text", () => {
        const stats = exporterStats(scenario("broken").metrics["otel-collector-monitoring"]);
        assert.deepEqual(stats.find((s) => s.exporter === "otlp_grpc/tempo"), { exporter: "otlp_grpc/tempo", sent: 1200, failed: 5400, dropped: 0, queueSize: 950, queueCapacity: 1000 });
    });

    it("a few failures since start are a warning; a share above the alerts' threshold, or a queue past theirs, a problem", () => {
        const base = { exporter: "otlp_grpc/tempo", sent: 100_000, failed: 0, dropped: 0, queueSize: 0, queueCapacity: 1000 };
        assert.equal(exporterFindings("otel-collector-monitoring", [{ ...base, failed: 12 }])[0].level, "warn");
        assert.equal(exporterFindings("otel-collector-monitoring", [{ ...base, failed: 100_000 * THRESHOLDS.failureRatio * 2 }])[0].level, "problem");
        assert.equal(exporterFindings("otel-collector-monitoring", [{ ...base, queueSize: 1000 * THRESHOLDS.queueFill }])[0].level, "problem");
        assert.equal(exporterFindings("otel-collector-monitoring", [{ ...base, queueSize: 1000 * THRESHOLDS.queueFill - 1 }])[0].level, "ok");
    });

    it("the pipeline's alerts: firing critical is a problem, pending a warning, with the series they hold on", () => {
        const findings = alertFindings(JSON.stringify(scenario("broken").alertRules));
        assert.deepEqual(
            findings.map((f) => [f.level, f.subject, f.detail]),
            [
                ["problem", "OtelCollectorExporterQueueStalled", "firing (critical) on pod=otel-collector-0 job=otel-collector-monitoring exporter=otlp_grpc/tempo data_type=traces: A collector exporter holds data and sends none"],
                ["warn", "OtelCollectorExporterQueueNearlyFull", "pending (warning) on pod=otel-collector-0 job=otel-collector-monitoring exporter=otlp_grpc/tempo: A collector's sending queue is nearly full"],
            ],
        );
    });

    it("the pipeline's alerts: other groups' alerts are not the platform's; none active is one ok line", () => {
        const findings = alertFindings(JSON.stringify(scenario("healthy").alertRules));
        assert.deepEqual(findings, [{ level: "ok", subject: "pipeline alerts", detail: "none firing or pending (4 rules)" }]);
    });

    it("the pipeline's alerts: rules not loaded, or an answer that is no JSON, are warnings", () => {
        assert.match(alertFindings(JSON.stringify({ status: "success", data: { groups: [] } }))[0].detail, /the pipeline's rules are not loaded in Prometheus/);
        assert.equal(alertFindings("<html>")[0].level, "warn");
    });
});

describe("./mesh status against a stand-in kubectl", () => {
    it("a healthy lab: every component ok, exit 0", () => {
        const run = status(kubectlFor(scenario("healthy")));
        assert.equal(run.status, 0, run.stdout + run.stderr);
        assert.match(run.stdout, /^cluster: kube context kind-mesh$/m);
        assert.match(run.stdout, /ok {6}Tempo \(tempo\): statefulset\/tempo 1\/1/);
        assert.match(run.stdout, /ok {6}OpenTelemetry collectors \(observability\): statefulset\/otel-collector 1\/1, daemonset\/otel-logs-collector 1\/1/);
        assert.match(run.stdout, /ok {6}release istio-system\/istio-istiod: revision 2 deployed/);
        assert.match(run.stdout, /ok {6}OpenTelemetryCollector observability\/otel: Ready \(1\/1 ready\)/);
        assert.match(run.stdout, /ok {6}trace check \(job trace-check\/trace-check\): TRACE CHECK PASSED: trace 4bf92f3577b34da6a3ce929d0e0e4736/);
        assert.match(run.stdout, /warn {4}otel-collector-monitoring otlp_grpc\/tempo: sent 91234, failed 12, dropped 0 since start, queue 0\/1000 \(0%\) \(under 1% of what was sent\)/);
        assert.match(run.stdout, /ok {6}otel-logs-collector-monitoring otlp_http\/logs: sent 18234/);
        assert.doesNotMatch(run.stdout, /coredns|someone-elses-chart/);
        assert.match(run.stdout, /\nPipeline alerts\n {2}ok {6}pipeline alerts: none firing or pending \(4 rules\)\n/);
        assert.match(run.stdout, /\nhealthy \(1 warning\)\n$/);
    });

    it("a broken lab: each problem with what to look at next, exit 1", () => {
        const run = status(kubectlFor(scenario("broken")));
        assert.equal(run.status, 1, run.stdout + run.stderr);
        const problems = run.stdout.split("\n").filter((line) => line.startsWith("  PROBLEM"));
        assert.deepEqual(
            problems.map((line) => line.split(":")[0]),
            [
                "  PROBLEM Tempo (tempo)",
                "  PROBLEM release monitoring/kube-prometheus-stack",
                "  PROBLEM OpenTelemetryCollector observability/otel",
                "  PROBLEM trace check (job trace-check/trace-check)",
                "  PROBLEM otel-collector-monitoring otlp_grpc/tempo",
                "  PROBLEM OtelCollectorExporterQueueStalled",
            ],
        );
        assert.match(run.stdout, /OpenTelemetryCollector observability\/otel: Ready=False ReconcileError: failed to create objects for otel/);
        assert.match(run.stdout, /otlp_grpc\/tempo: sent 1200, failed 5400, dropped 0 since start, queue 950\/1000 \(95%\)\n {10}next: kubectl -n observability logs svc\/otel-collector \| grep -F 'otlp_grpc\/tempo'/);
        assert.match(run.stdout, /\n6 problems, 1 warning: see "next" above/);
    });

    it("Prometheus out of reach: the alerts section says so as a warning, the rest is read", () => {
        const rules = kubectlFor(scenario("healthy")).map((r) =>
            r.args === `--request-timeout=20s get --raw ${RULES_PATH}` ? { args: r.args, status: 1, stderr: 'Error from server (ServiceUnavailable): no endpoints available for service "kube-prometheus-stack-prometheus:9090"\n' } : r,
        );
        const run = status(rules);
        assert.equal(run.status, 0, run.stdout + run.stderr);
        assert.match(run.stdout, /warn {4}pipeline alerts: Prometheus not reachable: Error from server \(ServiceUnavailable\): no endpoints available/);
    });

    it("--context is passed to every kubectl call", () => {
        const s = scenario("healthy");
        const rules = kubectlFor(s).map((r) => ({ ...r, args: typeof r.args === "string" ? `--context kind-mesh ${r.args}` : new RegExp(r.args.source.replace("^", "^--context kind-mesh ")) }));
        const run = status(rules, "--context", "kind-mesh");
        assert.equal(run.status, 0, run.stdout + run.stderr);
        assert.ok(run.calls.every((c) => c.startsWith("kubectl --context kind-mesh ")), run.calls.join("\n"));
    });

    it("an empty cluster is a problem: nothing of the platform there", () => {
        const s = scenario("healthy");
        const empty = { ...s, namespaces: { items: [{ metadata: { name: "default" } }] }, workloads: { items: [] }, helm: "", opentelemetrycollectors: null, certificates: null, jobs: { items: [] } };
        const rules = kubectlFor(empty).map((r) =>
            r.stdout === "null" ? { args: r.args, status: 1, stderr: `error: the server doesn't have a resource type "x"\n` } : r,
        );
        const run = status(rules);
        assert.equal(run.status, 1, run.stdout + run.stderr);
        assert.match(run.stdout, /PROBLEM mesh-observability: nothing of the platform is installed in this cluster\n {10}next: \.\/mesh lab/);
    });

    it("no kubectl: says where to get it, exit 2", () => {
        const run = status(undefined);
        assert.equal(run.status, 2);
        assert.equal(run.stderr, "status: kubectl is not on PATH; get it: https://kubernetes.io/docs/tasks/tools/#kubectl\n");
    });

    it("a cluster that does not answer: kubectl's words, what to check, exit 2", () => {
        const run = status(kubectlFor(scenario("healthy"), false));
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^status: the cluster of kube context kind-mesh does not answer: Unable to connect to the server: dial tcp 127\.0\.0\.1:41234: connect: connection refused\n/);
        assert.doesNotMatch(run.stderr, /^\s+at /m);
    });

    it("an unknown argument is one line, exit 2", () => {
        const run = status([], "--bogus");
        assert.equal(run.status, 2);
        assert.equal(run.stderr, 'status: unexpected argument "--bogus" (./mesh status --help)\n');
    });
});
