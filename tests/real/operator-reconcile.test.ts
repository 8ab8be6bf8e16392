// Issue 25, test 3: the OpenTelemetry operator 0.158.0 (tests/binaries/operator.ts) reconciles the program's
// OpenTelemetryCollector and Instrumentation resources on a real kube-apiserver 1.36.3, and the test asserts on what
// it produced, against what the rest of the program assumes of it:
// - every client of a collector (any address of a Service in the collectors' namespace in any resource: Istio's
//   tracing provider, ingress-nginx, the Instrumentation, the trace check, the webhook probe, the gateway's
//   load_balancing resolver) reaches a Service the operator made, on a port it has; the collector ServiceMonitor
//   selects each collector's monitoring Service and its port;
// - the collector config the operator writes into its ConfigMap passes the real collector's `otelcol validate`
//   (binaries/otelcol) in the environment of the workload the operator made;
// - the collectors' ServiceAccounts may do what their processors and resolvers read (SubjectAccessReview);
// - a pod of each SDK language, created in an instrumented namespace with the inject annotation, gets from the
//   mutating webhook the environment tests/support/operator-injection.ts (our model of the injection, which the
//   contract tests rely on) predicts, and the sampler, propagators and resource attributes of the Instrumentation.
// Variants: dev (one tier, the log DaemonSet), prod, prod with tail sampling on two tiers and trace exporters, applied
// one after the other on one control plane (everything of the previous one deleted in between; no garbage collector).
// Skipped, saying why, without the operator binary (OTEL_OPERATOR_BIN) or the opentelemetry.io CRDs.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import * as YAML from "yaml";
import type { InstrumentationSpec } from "../../crds/index.ts";
import type { DesiredState } from "../../scripts/desired-state.ts";
import { startControlPlane, type ControlPlane } from "../binaries/control-plane.ts";
import { findBinary } from "../binaries/find.ts";
import { KubeError, type KubeObject } from "../binaries/kube-client.ts";
import { releasesOf } from "../binaries/helm.ts";
import { operatorBinary, startOperator, type Operator } from "../binaries/operator.ts";
import { parseQuantity } from "../../components/sizing.ts";
import { waitUntil } from "../binaries/process-group.ts";
import { serviceRefs } from "../binaries/service-refs.ts";
import { TAIL_SAMPLING, TRACE_EXPORTERS, declaredObjects, describeObject, pinnedCrds, synthAll, undeclaredNamespaces, type PinnedCrds, type Variant } from "../binaries/stack-objects.ts";
import { effectiveExporter, type Language } from "../support/operator-injection.ts";

const COLLECTOR_NAMESPACE = "observability";
const VARIANTS: readonly Variant[] = [
    { name: "dev", base: "dev" },
    { name: "prod", base: "prod" },
    { name: "prod-tail-two-tiers", base: "prod", set: { ...TAIL_SAMPLING, ...TRACE_EXPORTERS } },
];
const SDK_LANGUAGES: readonly Language[] = ["java", "nodejs", "python", "dotnet", "go"];
const MANAGED = "app.kubernetes.io/managed-by=opentelemetry-operator";
const WORKLOAD_KIND: Record<string, string> = { deployment: "Deployment", statefulset: "StatefulSet", daemonset: "DaemonSet" };

const binary = operatorBinary();
let pinned: PinnedCrds | undefined;
let skipReason = binary.reason;
if (!skipReason) {
    pinned = pinnedCrds();
    const served = pinned.crds.some((c) => (c.spec as { group: string }).group === "opentelemetry.io");
    if (!served) {
        skipReason = `no opentelemetry.io CRDs in ${pinned.from}` +
            (pinned.unavailable.length > 0 ? ` (${pinned.unavailable.map((u) => `${u.module}@${u.version} refused by the Go module proxy`).join("; ")}); set CRDS_DIR` : "");
    }
}

interface EnvVar {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: { fieldRef?: { fieldPath: string }; secretKeyRef?: { name: string; key: string }; resourceFieldRef?: { resource: string; divisor?: string } };
}
interface Container {
    readonly name: string;
    readonly env?: EnvVar[];
    readonly resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
    readonly ports?: { name?: string; containerPort: number }[];
}
interface Workload extends KubeObject {
    readonly spec: { template: { metadata: { labels?: Record<string, string> }; spec: { serviceAccountName?: string; containers: Container[] } } };
}
interface ServiceObject extends KubeObject {
    readonly spec: { ports: { name?: string; port: number }[]; clusterIP?: string };
}

/** What the operator made for one collector resource. */
interface Reconciled {
    readonly name: string;
    readonly mode: string;
    readonly specConfig: unknown;
    readonly workload: Workload;
    readonly configMap: KubeObject;
    readonly services: ServiceObject[];
}

/** The container's environment as the kubelet fills it: field references and Secret keys get stand-in values. */
function containerEnv(container: Container, pod: string): Record<string, string> {
    const env: Record<string, string> = {};
    for (const v of container.env ?? []) {
        const field = v.valueFrom?.fieldRef?.fieldPath;
        if (v.value !== undefined) env[v.name] = v.value.replace(/\$\((\w+)\)/g, (_, name: string) => env[name] ?? "");
        else if (field === "metadata.name") env[v.name] = pod;
        else if (field === "spec.nodeName") env[v.name] = "node-a";
        else if (field === "metadata.namespace") env[v.name] = COLLECTOR_NAMESPACE;
        else if (field === "status.podIP" || field === "status.hostIP") env[v.name] = "10.0.0.10";
        else if (field === "metadata.uid") env[v.name] = "00000000-0000-0000-0000-000000000000";
        else if (v.valueFrom?.resourceFieldRef) {
            // the kubelet's value: the container's limit (else request) in units of the divisor, rounded up
            const [kind, resource] = v.valueFrom.resourceFieldRef.resource.split(".");
            const quantity = (kind === "limits" ? container.resources?.limits : container.resources?.requests)?.[resource] ?? container.resources?.requests?.[resource];
            const divisor = parseQuantity(v.valueFrom.resourceFieldRef.divisor && v.valueFrom.resourceFieldRef.divisor !== "0" ? v.valueFrom.resourceFieldRef.divisor : "1") ?? 1;
            assert.ok(quantity, `${container.name}: ${v.name} reads ${v.valueFrom.resourceFieldRef.resource}, which the container does not set`);
            env[v.name] = String(Math.ceil((parseQuantity(quantity) ?? 0) / divisor));
        } else if (v.valueFrom?.secretKeyRef) env[v.name] = `value-of-${v.valueFrom.secretKeyRef.name}-${v.valueFrom.secretKeyRef.key}`;
        else env[v.name] = `stand-in-for-${JSON.stringify(v.valueFrom)}`;
    }
    return env;
}

/** The collector config the operator wrote (its ConfigMap's collector.yaml). */
function configText(r: Reconciled): string {
    const data = (r.configMap.data ?? {}) as Record<string, string>;
    assert.ok(data["collector.yaml"], `${r.configMap.metadata.name} has no collector.yaml: ${Object.keys(data).join(", ")}`);
    return data["collector.yaml"];
}

/** Every path where `after` differs from `before` (added, removed or changed leaves): what the operator rewrote. */
function rewrites(before: unknown, after: unknown, at = ""): string[] {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    if (typeof before === "object" && before !== null && typeof after === "object" && after !== null && !Array.isArray(before) && !Array.isArray(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((k) => rewrites((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], `${at}.${k}`));
    }
    return [`${at.slice(1)}: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`];
}

describe(`the OpenTelemetry operator 0.158.0 reconciles the program's collectors and Instrumentations (kube-apiserver 1.36.3)`, { skip: skipReason }, () => {
    let cp: ControlPlane;
    let operator: Operator | undefined;
    let dir: string;
    let states = new Map<string, DesiredState>();
    const reconciled = new Map<string, Reconciled[]>();
    /** What the test created, so the next variant starts from namespaces only. */
    const created: KubeObject[] = [];

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "operator-reconcile-"));
        [cp, states] = await Promise.all([startControlPlane(), synthAll(VARIANTS, dir)]);
        await cp.installCrds((pinned as PinnedCrds).crds);
        // the operator chart's values as the program sets them (the same in every variant)
        const release = releasesOf((states.get("dev") as DesiredState).resources).find((r) => r.chart === "opentelemetry-operator");
        assert.ok(release, "no opentelemetry-operator release in dev");
        operator = await startOperator(cp, binary.bin as string, dir, release.values);
    });
    after(async () => {
        await operator?.stop();
        await cp?.stop();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const operatorLog = (lines = 30) => (operator ? `\n--- ${operator.child.logFile}\n${operator.child.tail(lines)}` : "");

    /** The objects of a kind (in one namespace, or in all), optionally by label selector; retried while the storage of a new CRD initialises (429). */
    async function list(apiVersion: string, kind: string, namespace: string | undefined, selector?: string): Promise<KubeObject[]> {
        const resource = (await cp.client.resources(apiVersion))?.find((r) => r.kind === kind);
        if (!resource) return [];
        const base = `${apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`}${resource.namespaced && namespace ? `/namespaces/${namespace}` : ""}/${resource.name}`;
        const url = selector ? `${base}?labelSelector=${encodeURIComponent(selector)}` : base;
        for (let attempt = 1; ; attempt++) {
            const res = await cp.client.request("GET", url);
            if (res.status === 429 && attempt < 50) {
                await new Promise((r) => setTimeout(r, 200));
                continue;
            }
            assert.equal(res.status, 200, `list ${kind}: ${res.text}`);
            return ((res.body as { items: KubeObject[] }).items).map((o) => ({ ...o, apiVersion, kind }));
        }
    }

    const MANAGED_KINDS: readonly [string, string, boolean][] = [
        ["apps/v1", "Deployment", true], ["apps/v1", "StatefulSet", true], ["apps/v1", "DaemonSet", true], ["v1", "Service", true],
        ["v1", "ConfigMap", true], ["v1", "ServiceAccount", true], ["policy/v1", "PodDisruptionBudget", true],
        ["autoscaling/v2", "HorizontalPodAutoscaler", true], ["monitoring.coreos.com/v1", "ServiceMonitor", true], ["monitoring.coreos.com/v1", "PodMonitor", true],
        ["rbac.authorization.k8s.io/v1", "ClusterRole", false], ["rbac.authorization.k8s.io/v1", "ClusterRoleBinding", false],
    ];
    const managedObjects = async () =>
        (await Promise.all(MANAGED_KINDS.map(([v, k, namespaced]) => list(v, k, namespaced ? COLLECTOR_NAMESPACE : undefined, MANAGED)))).flat();

    /** Deletes what the previous variant created, the collector resources first (the operator removes their finalizers). */
    async function clean(): Promise<void> {
        const isCustom = (o: KubeObject) => o.apiVersion.startsWith("opentelemetry.io/");
        for (const o of [...created.filter(isCustom), ...created.filter((o) => !isCustom(o))].reverse()) if (o.kind !== "Namespace") await cp.client.remove(o);
        created.length = 0;
        for (const o of await list("opentelemetry.io/v1beta1", "OpenTelemetryCollector", COLLECTOR_NAMESPACE)) await cp.client.remove(o);
        await waitUntil("the collector resources gone", (operator as Operator).child, async () => ((await list("opentelemetry.io/v1beta1", "OpenTelemetryCollector", COLLECTOR_NAMESPACE)).length === 0 ? true : undefined), 60_000, 250);
        for (const o of await managedObjects()) await cp.client.remove(o);
        const pods = await list("v1", "Pod", undefined);
        for (const p of pods.filter((p) => p.metadata.name?.startsWith("inject-"))) await cp.client.remove(p);
    }

    /** Applies every object the variant declares (for real, as `pulumi up` would), then waits for the operator. */
    async function deploy(variant: string): Promise<Reconciled[]> {
        const state = states.get(variant) as DesiredState;
        const declared = declaredObjects(state);
        for (const name of undeclaredNamespaces(declared)) await cp.client.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name } }, { fieldManager: "test-helper" });
        const ordered = [...declared.filter((d) => d.object.kind === "Namespace"), ...declared.filter((d) => d.object.kind !== "Namespace")];
        for (const { object } of ordered) {
            try {
                created.push(await cp.client.apply(object, { force: true }).then(() => object));
            } catch (err) {
                if (err instanceof KubeError) assert.fail(`${describeObject(object)} refused: ${err.message}${operatorLog()}`);
                throw err;
            }
        }
        const collectors = declared.map((d) => d.object).filter((o) => o.kind === "OpenTelemetryCollector");
        const out: Reconciled[] = [];
        for (const cr of collectors) {
            const name = cr.metadata.name as string;
            const spec = cr.spec as { mode: string; config: unknown };
            const instance = `app.kubernetes.io/instance=${COLLECTOR_NAMESPACE}.${name}`;
            const found = await waitUntil(`the operator's objects for ${name}`, (operator as Operator).child, async () => {
                const workload = await cp.client.get("apps/v1", WORKLOAD_KIND[spec.mode], COLLECTOR_NAMESPACE, `${name}-collector`);
                const configMaps = await list("v1", "ConfigMap", COLLECTOR_NAMESPACE, instance);
                return workload && configMaps.length > 0 ? { workload: workload as Workload, configMap: configMaps[0] } : undefined;
            }, 60_000, 250);
            // the Services come in the same reconcile pass; a second look lets it finish
            await new Promise((r) => setTimeout(r, 1_000));
            const services = (await list("v1", "Service", COLLECTOR_NAMESPACE, instance)) as ServiceObject[];
            out.push({ name, mode: spec.mode, specConfig: spec.config, ...found, services });
        }
        return out;
    }

    for (const variant of VARIANTS) {
        const get = (): Reconciled[] => {
            const r = reconciled.get(variant.name);
            assert.ok(r, `${variant.name} was not reconciled (see the first test of the variant)`);
            return r;
        };

        it(`${variant.name}: every collector resource is admitted and reconciled into a workload, Services and a ConfigMap`, async (t: TestContext) => {
            await clean();
            const result = await deploy(variant.name);
            reconciled.set(variant.name, result);
            for (const r of result) t.diagnostic(`${r.name}: ${r.workload.kind} ${r.workload.metadata.name}, ConfigMap ${r.configMap.metadata.name}, Services ${r.services.map((s) => `${s.metadata.name} [${s.spec.ports.map((p) => `${p.name}:${p.port}`).join(" ")}]`).join(", ")}`);
            assert.ok(result.length > 0);
        });

        it(`${variant.name}: every address of a collector Service in the program reaches a Service the operator made, on a port it has`, async () => {
            const state = states.get(variant.name) as DesiredState;
            const services = [...get().flatMap((r) => r.services), ...((await list("v1", "Service", COLLECTOR_NAMESPACE)) as ServiceObject[])];
            const refs = state.resources.flatMap((r) => serviceRefs(r.inputs, `${r.type} ${r.name}`, COLLECTOR_NAMESPACE));
            assert.ok(refs.some((r) => r.from.includes("helm.sh") && r.from.includes("istiod")), "no reference from Istio's tracing provider found");
            assert.ok(refs.some((r) => r.from.includes("Instrumentation")), "no reference from an Instrumentation found");
            const broken = refs.flatMap((ref) => {
                const service = services.find((s) => s.metadata.name === ref.service);
                if (!service) return [`${ref.from}: no Service ${ref.service}`];
                return ref.ports.filter((p) => !service.spec.ports.some((sp) => sp.port === p)).map((p) => `${ref.from}: Service ${ref.service} has no port ${p} (${service.spec.ports.map((sp) => sp.port).join(", ")})`);
            });
            assert.deepEqual([...new Set(broken)], [], operatorLog(10));
        });

        it(`${variant.name}: the collector ServiceMonitor selects every collector's monitoring Service, on its port`, async () => {
            const state = states.get(variant.name) as DesiredState;
            const monitors = declaredObjects(state).map((d) => d.object).filter((o) => o.kind === "ServiceMonitor" &&
                ((o.spec as { namespaceSelector?: { matchNames?: string[] } }).namespaceSelector?.matchNames ?? []).includes(COLLECTOR_NAMESPACE));
            assert.ok(monitors.length > 0, "no ServiceMonitor for the collectors' namespace");
            const services = (await list("v1", "Service", COLLECTOR_NAMESPACE)) as ServiceObject[];
            for (const monitor of monitors) {
                const spec = monitor.spec as { selector: { matchLabels?: Record<string, string> }; endpoints: { port?: string }[] };
                const selected = services.filter((s) => Object.entries(spec.selector.matchLabels ?? {}).every(([k, v]) => (s.metadata.labels as Record<string, string> | undefined)?.[k] === v));
                const collectorsWithMetrics = get().filter((r) => r.services.some((s) => s.metadata.name === `${r.name}-collector-monitoring`));
                assert.deepEqual(selected.map((s) => s.metadata.name).sort(), collectorsWithMetrics.map((r) => `${r.name}-collector-monitoring`).sort(), describeObject(monitor));
                for (const s of selected) for (const e of spec.endpoints) assert.ok(s.spec.ports.some((p) => p.name === e.port), `${s.metadata.name} has no port ${e.port}`);
            }
        });

        it(`${variant.name}: the config the operator writes into each ConfigMap passes otelcol validate in its workload's environment`, (t: TestContext) => {
            const otelcol = findBinary("otelcol");
            const failures: string[] = [];
            for (const r of get()) {
                const text = configText(r);
                const changed = rewrites(r.specConfig, YAML.parse(text));
                t.diagnostic(`${r.name}: the operator changed ${changed.length === 0 ? "nothing" : changed.join("; ")}`);
                const container = r.workload.spec.template.spec.containers.find((c) => c.name === "otc-container") ?? r.workload.spec.template.spec.containers[0];
                const file = path.join(dir, `${variant.name}-${r.name}.yaml`);
                fs.writeFileSync(file, text);
                const run = spawnSync(otelcol, ["validate", `--config=file:${file}`], { env: containerEnv(container, `${r.name}-collector-0`), encoding: "utf8", timeout: 60_000 });
                if (run.status !== 0) failures.push(`${r.name} (exit ${run.status}): ${run.stdout}${run.stderr}`);
            }
            assert.deepEqual(failures, []);
        });

        it(`${variant.name}: each collector's ServiceAccount may read what its processors and resolvers watch`, async () => {
            const denied: string[] = [];
            for (const r of get()) {
                const config = YAML.parse(configText(r)) as { processors?: Record<string, unknown>; exporters?: Record<string, { resolver?: { k8s?: { service: string } } }> };
                const account = r.workload.spec.template.spec.serviceAccountName ?? "default";
                const needs: { verb: string; group: string; resource: string; namespace?: string }[] = [];
                // contrib k8sattributesprocessor v0.158.0 README: pods, namespaces and replicasets (for the Deployment name)
                if (Object.keys(config.processors ?? {}).some((id) => id.split("/")[0] === "k8s_attributes")) {
                    for (const verb of ["get", "list", "watch"]) needs.push({ verb, group: "", resource: "pods" }, { verb, group: "", resource: "namespaces" }, { verb, group: "apps", resource: "replicasets" });
                }
                // loadbalancingexporter's k8s resolver watches the Service's EndpointSlices in its namespace
                for (const exporter of Object.values(config.exporters ?? {})) {
                    const service = exporter?.resolver?.k8s?.service;
                    if (service) for (const verb of ["get", "list", "watch"]) needs.push({ verb, group: "discovery.k8s.io", resource: "endpointslices", namespace: service.split(".")[1] ?? COLLECTOR_NAMESPACE });
                }
                for (const need of needs) {
                    const review = {
                        apiVersion: "authorization.k8s.io/v1",
                        kind: "SubjectAccessReview",
                        spec: {
                            user: `system:serviceaccount:${COLLECTOR_NAMESPACE}:${account}`,
                            groups: ["system:serviceaccounts", `system:serviceaccounts:${COLLECTOR_NAMESPACE}`, "system:authenticated"],
                            resourceAttributes: need,
                        },
                    };
                    const res = await cp.client.request("POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", JSON.stringify(review));
                    if (!(res.body as { status?: { allowed?: boolean } }).status?.allowed) denied.push(`${r.name} (${account}): ${need.verb} ${need.group || "core"}/${need.resource}${need.namespace ? ` in ${need.namespace}` : ""}`);
                }
            }
            assert.deepEqual(denied, []);
        });

        it(`${variant.name}: a pod of each SDK language gets the environment our model of the operator's injection predicts`, async (t: TestContext) => {
            const state = states.get(variant.name) as DesiredState;
            const instrumentation = declaredObjects(state).map((d) => d.object).find((o) => o.kind === "Instrumentation");
            assert.ok(instrumentation, "no Instrumentation");
            const spec = instrumentation.spec as InstrumentationSpec;
            const namespace = instrumentation.metadata.namespace as string;
            const differences: string[] = [];
            for (const language of SDK_LANGUAGES) {
                const pod: KubeObject = {
                    apiVersion: "v1",
                    kind: "Pod",
                    metadata: {
                        name: `inject-${language}`,
                        namespace,
                        annotations: {
                            [`instrumentation.opentelemetry.io/inject-${language}`]: "true",
                            // the Go agent attaches to a process by its path (operator internal/instrumentation/golang.go)
                            ...(language === "go" ? { "instrumentation.opentelemetry.io/otel-go-auto-target-exe": "/app/server" } : {}),
                        },
                    },
                    spec: { containers: [{ name: "app", image: "registry.invalid/app:1" }] },
                };
                await cp.client.remove(pod);
                const stored = await cp.client.apply(pod, { fieldManager: "test-helper" });
                created.push(pod);
                const containers = (stored.spec as { containers: Container[]; initContainers?: Container[] }).containers;
                // Go's agent is a sidecar of its own, which gets the environment (internal/instrumentation/golang.go)
                const app = containers.find((c) => c.name === (language === "go" ? "opentelemetry-auto-instrumentation" : "app")) ?? containers[0];
                const env = containerEnv(app, pod.metadata.name as string);
                const injected = Object.keys(env).filter((k) => k.startsWith("OTEL_"));
                t.diagnostic(`${language}: ${injected.length === 0 ? "nothing injected" : injected.map((k) => `${k}=${env[k]}`).join(" ")}`);
                const model = effectiveExporter(spec, language);
                for (const [name, value] of Object.entries(model.env)) if (env[name] !== value) differences.push(`${language}: ${name} is ${JSON.stringify(env[name])}, the model says ${JSON.stringify(value)}`);
                const expect = (name: string, value: string | undefined) => {
                    if (value !== undefined && env[name] !== value) differences.push(`${language}: ${name} is ${JSON.stringify(env[name])}, the Instrumentation says ${JSON.stringify(value)}`);
                };
                expect("OTEL_TRACES_SAMPLER", spec.sampler?.type);
                expect("OTEL_TRACES_SAMPLER_ARG", spec.sampler?.argument);
                expect("OTEL_PROPAGATORS", spec.propagators?.join(","));
                if (!env.OTEL_SERVICE_NAME) differences.push(`${language}: no OTEL_SERVICE_NAME`);
                if (!(env.OTEL_RESOURCE_ATTRIBUTES ?? "").includes(`k8s.namespace.name=${namespace}`)) differences.push(`${language}: OTEL_RESOURCE_ATTRIBUTES without k8s.namespace.name=${namespace}: ${env.OTEL_RESOURCE_ATTRIBUTES}`);
            }
            assert.deepEqual(differences, [], operatorLog(10));
        });
    }
});
