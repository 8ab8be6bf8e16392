// The trace check's Job in the stack (verifyTraces): what it runs, where its settings come from, what it waits for,
// how `pulumi up` learns the verdict, and when it runs again. The script itself: tests/trace-check.test.ts; the Job's
// command run as the kubelet runs it: tests/trace-check-pod.test.ts.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { collectorEndpoints } from "../components/opentelemetry.ts";
import { monitoringEndpoints } from "../components/kube-prometheus-stack.ts";
import { tempoEndpoints } from "../components/tempo.ts";
import { DEFAULT_TIMING, TRACE_CHECK_FILES, VERDICT_GUARD } from "../components/trace-check.ts";
import { readSettings, type TraceCheckSettings } from "../scripts/trace-check-lib.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { awaitTimeouts } from "../stacks/timeouts.ts";
import { at, Harness, labelsOf, type Registrations, type ResourceRecord, valueOf } from "./harness.ts";

const JOB = "kubernetes:batch/v1:Job";
const CONFIG_MAP = "kubernetes:core/v1:ConfigMap";
const root = path.resolve(import.meta.dirname, "..");

let harness: Harness;
before(async () => (harness = await Harness.create()));
function stack(stackName: string, overrides: Record<string, string> = {}) {
    const files = loadStackConfigFiles(root, stackName);
    const config = parseStackConfig({ ...files.config, ...overrides }, new Set(files.secretKeys));
    return harness.run(() => buildPlatform(config));
}
const dev = (overrides: Record<string, string> = {}) => stack("dev", overrides);
const ambient = { "mesh-observability:meshMode": "ambient" };

const job = (reg: Registrations<unknown>) => reg.get(JOB, "trace-check-job");
const container = (r: ResourceRecord) => at(r.inputs, "spec.template.spec.containers.0") as Record<string, unknown>;
/** The ConfigMap's files (keys with dots: not reachable by `at`). */
const filesOf = (reg: Registrations<unknown>) => reg.get(CONFIG_MAP, "trace-check-script").inputs.data as Record<string, string>;
const settingsOf = (reg: Registrations<unknown>) => JSON.parse(filesOf(reg)["settings.json"]) as TraceCheckSettings;
const annotationsOf = (r: ResourceRecord, path = "metadata.annotations") => at(r.inputs, path) as Record<string, string>;

describe("trace check settings", () => {
    it("address Tempo, Prometheus and the collector by their owners' endpoint functions", async () => {
        const settings = settingsOf(await dev());
        assert.deepEqual(
            [settings.tempoUrl, settings.prometheusUrl, settings.collectorUrl],
            [tempoEndpoints("monolithic").queryUrl, monitoringEndpoints().prometheusUrl, collectorEndpoints().otlpHttpUrl],
        );
    });
    it("follow Tempo to its query-frontend when Tempo is distributed", async () => {
        const tempo = JSON.stringify({ mode: "distributed", storage: { backend: "s3", bucket: "traces", endpoint: "minio.storage:9000" } });
        // Loki follows Tempo onto object storage, in a bucket of its own, from a new schema period
        const schemaPeriods = [{ from: "2024-04-01", objectStore: "filesystem" }, { from: "2026-10-01", objectStore: "s3" }];
        const logs = JSON.stringify({ backend: "loki", bucket: "logs", schemaPeriods });
        assert.equal(settingsOf(await dev({ "mesh-observability:tempo": tempo, "mesh-observability:logs": logs })).tempoUrl, tempoEndpoints("distributed").queryUrl);
    });
    it("send requests to the demo's entry path on the gateway Service's HTTP port, the one its Istio Gateway binds", async () => {
        const reg = await dev();
        const port = at(reg.get("kubernetes:networking.istio.io/v1:Gateway", "bookinfo-gateway").inputs, "spec.servers.0.port.number");
        assert.equal(settingsOf(reg).targetUrl, `http://istio-ingressgateway.istio-ingress.svc.cluster.local:${String(port)}/productpage`);
    });
    it("name the demo's namespace, services and waypoint, and the gateway, as the spans will", async () => {
        const settings = settingsOf(await dev(ambient));
        assert.equal(settings.meshMode, "ambient");
        assert.deepEqual(settings.demo, { namespace: "bookinfo", services: ["productpage", "details", "reviews", "ratings"], waypoint: "waypoint" });
        assert.deepEqual(settings.gateway, { namespace: "istio-ingress", service: "istio-ingressgateway" });
    });
    it("are what the script accepts", async () => {
        const file = path.join(fs.mkdtempSync(path.join(root, ".trace-check-")), "settings.json");
        try {
            fs.writeFileSync(file, filesOf(await dev())["settings.json"]);
            assert.equal(readSettings(file).meshMode, "sidecar");
        } finally {
            fs.rmSync(path.dirname(file), { recursive: true, force: true });
        }
    });
});

describe("trace check Job", () => {
    it("runs the repository's script, mounted from the ConfigMap it waits for, with the pinned Node.js image", async () => {
        const reg = await dev();
        assert.deepEqual(TRACE_CHECK_FILES, ["trace-check.ts", "trace-check-lib.ts"]);
        for (const file of TRACE_CHECK_FILES) assert.equal(filesOf(reg)[file], fs.readFileSync(path.join(root, "scripts", file), "utf8"), file);
        const c = container(job(reg));
        assert.equal(c.image, "node:24.19.0-alpine");
        assert.deepEqual(c.args, ["node", "/check/trace-check.ts", "/check/settings.json"]);
        assert.equal(at(job(reg).inputs, "spec.template.spec.volumes.0.configMap.name"), at(reg.get(CONFIG_MAP, "trace-check-script").inputs, "metadata.name"));
    });
    it("fails `pulumi up` on the first failed attempt, with the verdict as the container's termination message", async () => {
        const r = job(await dev());
        assert.equal(at(r.inputs, "spec.backoffLimit"), 0);
        assert.equal(at(r.inputs, "spec.template.spec.restartPolicy"), "Never");
        const c = container(r);
        assert.deepEqual(c.env, [
            { name: "TRACE_CHECK_TERMINATION_LOG", value: "/dev/termination-log" },
            { name: "NODE_OPTIONS", value: "--disable-warning=ExperimentalWarning" },
        ]);
        assert.deepEqual([c.terminationMessagePath, c.terminationMessagePolicy], ["/dev/termination-log", "FallbackToLogsOnError"]);
    });
    it("runs the script behind the guard that fails the Job when it leaves no verdict", async () => {
        // the guard's behaviour, run: tests/trace-check-pod.test.ts
        assert.deepEqual(container(job(await dev())).command, ["sh", "-c", VERDICT_GUARD, "trace-check"]);
    });
    it("is bounded: the script's deadline < the Job's deadline < Pulumi's wait for the Job (the stack's await timeout)", async () => {
        const r = job(await dev());
        const activeDeadline = Number(at(r.inputs, "spec.activeDeadlineSeconds"));
        const timeouts = awaitTimeouts({ type: r.type, name: r.name, custom: true, props: {}, opts: {} })?.opts.customTimeouts;
        const pulumiWait = Number(/^(\d+)m$/.exec(timeouts?.create ?? "")?.[1]) * 60;
        assert.ok(DEFAULT_TIMING.deadline < activeDeadline && activeDeadline < pulumiWait, `${DEFAULT_TIMING.deadline} < ${activeDeadline} < ${pulumiWait}`);
        assert.ok(DEFAULT_TIMING.ready + DEFAULT_TIMING.round <= DEFAULT_TIMING.deadline);
    });
    it("is replaced on the next `up` when it did not complete", async () => {
        assert.equal(annotationsOf(job(await dev()))["pulumi.com/replaceUnready"], "true");
    });
    it("runs unprivileged, read-only and without API access", async () => {
        const r = job(await dev());
        assert.equal(at(r.inputs, "spec.template.spec.automountServiceAccountToken"), false);
        // the node image runs as root unless told: its `node` user is uid/gid 1000, which runAsNonRoot needs numerically
        assert.deepEqual(at(r.inputs, "spec.template.spec.securityContext"), { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: "RuntimeDefault" } });
        assert.deepEqual(at(container(r), "securityContext"), { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: true });
    });
    it("requests what the script needs and caps its memory, as the policy pack asks of every container", async () => {
        assert.deepEqual(at(container(job(await dev())), "resources"), { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } });
    });
    it("mounts the script's volume, read-only, where its command looks", async () => {
        const r = job(await dev());
        assert.deepEqual(at(container(r), "volumeMounts"), [{ name: at(r.inputs, "spec.template.spec.volumes.0.name"), mountPath: "/check", readOnly: true }]);
    });
    it("is a client from outside the mesh: its namespace is enrolled in neither mode", async () => {
        for (const reg of [await dev(), await dev(ambient)]) assert.deepEqual(labelsOf(reg.get("kubernetes:core/v1:Namespace", "trace-check-namespace")), {});
    });
});

describe("trace check order", () => {
    const waits = (reg: Registrations<unknown>) => reg.dependenciesOf(job(reg)).map((d) => d.split("::")[1]);
    it("starts after the demo is ready: every object of it", async () => {
        const reg = await dev();
        for (const name of ["bookinfo-productpage-v1", "bookinfo-reviews-v3", "bookinfo-productpage", "bookinfo-gateway", "bookinfo-route"]) assert.ok(waits(reg).includes(name), name);
    });
    it("starts after the gateway, Tempo, Prometheus' release and the collector", async () => {
        const reg = await dev();
        for (const name of ["istio-gateway", "tempo-chart", "monitoring-release", "opentelemetry-collector", "trace-check-script"]) assert.ok(waits(reg).includes(name), name);
    });
    it("starts after the waypoints are Programmed in ambient mode", async () => {
        const reg = await dev(ambient);
        assert.deepEqual(waits(reg).filter((name) => name.includes("waypoint")).sort(), ["istio-waypoint-bookinfo", "istio-waypoint-demo"]);
        assert.equal(annotationsOf(reg.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "istio-waypoint-bookinfo"))["pulumi.com/waitFor"], "condition=Programmed");
    });
    it("waits for nothing else: not Kiali, ingress-nginx, cert-manager or MetalLB", async () => {
        assert.deepEqual(waits(await dev()).filter((name) => /^(kiali|ingress-nginx|cert-manager|metallb)/.test(name)), []);
    });
});

describe("trace check runs", () => {
    const fingerprintOf = (reg: Registrations<unknown>) => annotationsOf(job(reg), "spec.template.metadata.annotations")["mesh-observability.io/trace-check-fingerprint"];
    it("keep the same pod template while nothing changes (no re-run on a plain `up`)", async () => {
        assert.equal(fingerprintOf(await dev()), fingerprintOf(await dev()));
    });
    it("change the pod template (a replacement, a new run) when the stack config changes", async () => {
        assert.notEqual(fingerprintOf(await dev()), fingerprintOf(await dev({ "mesh-observability:samplingPercent": "50" })));
        assert.notEqual(fingerprintOf(await dev()), fingerprintOf(await dev(ambient)));
    });
    it("exist only with verifyTraces", async () => {
        const reg = await dev({ "mesh-observability:verifyTraces": "false" });
        assert.deepEqual(reg.resources.filter((r) => r.name.startsWith("trace-check")), []);
        assert.deepEqual((reg.result as { traceCheck: unknown }).traceCheck, { enabled: false });
        assert.deepEqual((await stack("prod")).result.traceCheck, { enabled: false });
    });
    it("are exported: where the verdict is and how to run the check again", async () => {
        const output = (await dev()).result.traceCheck;
        assert.ok(output.enabled);
        assert.equal(output.job, "trace-check/trace-check");
        assert.equal(output.verdict, "kubectl -n trace-check logs job/trace-check");
        assert.match(await valueOf(output.rerun), /^pulumi up --target-replace 'urn:pulumi:test::mesh-observability::.*kubernetes:batch\/v1:Job::trace-check-job'$/);
    });
    it("are named by 16 hex digits of the run's inputs", async () => assert.match(fingerprintOf(await dev()), /^[0-9a-f]{16}$/));
    it("report the Job's state as Kubernetes reports it: passed, failed, or pending until the pod ends", async () => {
        // the mocks answer with the inputs; here the Job's status is what the Job controller writes (batch/v1 JobStatus)
        const monitor = pulumi.runtime.getMonitor() as unknown as { mocks: pulumi.runtime.Mocks };
        const mocks = monitor.mocks;
        const statusWith = async (status: Record<string, number> | undefined) => {
            monitor.mocks = {
                ...mocks,
                newResource: async (args) => {
                    const result = await mocks.newResource(args);
                    return args.type === JOB && status ? { ...result, state: { ...result.state, status } } : result;
                },
            };
            try {
                const output = (await dev()).result.traceCheck;
                assert.ok(output.enabled);
                return await valueOf(output.status);
            } finally {
                monitor.mocks = mocks;
            }
        };
        assert.deepEqual([await statusWith({ succeeded: 1 }), await statusWith({ failed: 1 }), await statusWith(undefined), await statusWith({ active: 1 })], ["passed", "failed", "pending", "pending"]);
    });
    it("are the component's registered outputs", async () => {
        const reg = await dev();
        const outputs = reg.outputsOf(reg.get("mesh-observability:addons:TraceCheck", "trace-check")) as { output: { job: string } };
        assert.equal(outputs.output.job, "trace-check/trace-check");
    });
});
