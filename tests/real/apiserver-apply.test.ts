// Every Kubernetes object the program declares itself, in every stack variant, handed to a real kube-apiserver
// 1.36.3 (binaries/kube-apiserver, with etcd 3.6.8; tests/binaries/control-plane.ts) as Pulumi's provider hands it
// over: server-side apply, here with ?dryRun=All, in the program's dependency order, namespaces first. The server
// runs what our offline JSON-schema checks cannot: built-in validation (name, label and port-name formats,
// selectors, required fields), defaulting, admission, and, for custom resources, the CRDs' CEL rules and structural
// pruning. `fieldValidation=Strict` turns a field the server would silently drop into a refusal.
//
// CRDs: the pinned charts ship them (Istio base, the OpenTelemetry operator, kube-prometheus-stack, cert-manager,
// MetalLB) and the program applies the Gateway API's from their release URL at deploy time; none of them is in this
// repository. The build lays them from their Go modules at the pinned releases (binaries/crds.json, scripts/crds.ts)
// and they are installed first; CRDS_DIR (a folder of CRD files, any layout) overrides that folder. A custom
// resource is skipped only when the module proxy refused its group's source, and the test says which and why.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { DesiredState } from "../../scripts/desired-state.ts";
import { startControlPlane, type ControlPlane } from "../binaries/control-plane.ts";
import { chartSource, helmBinary, releasesOf, render, type Release } from "../binaries/helm.ts";
import { KubeError, type KubeObject } from "../binaries/kube-client.ts";
import {
    DEV_UI, PROD_UI, TAIL_SAMPLING, TRACE_EXPORTERS, declaredObjects, describeObject, pinnedCrds, refusedSources, synthAll, undeclaredNamespaces, unexplainedSkips, withValue,
    type Declared, type PinnedCrds, type Variant,
} from "../binaries/stack-objects.ts";

const VARIANTS: readonly Variant[] = [
    { name: "dev", base: "dev" },
    { name: "prod", base: "prod" },
    { name: "ambient", base: "dev", set: { meshMode: "ambient" } },
    { name: "dev-tail-one-tier", base: "dev", set: TAIL_SAMPLING },
    { name: "prod-tail-two-tiers-exporters", base: "prod", set: { ...TAIL_SAMPLING, ...TRACE_EXPORTERS } },
    { name: "dev-ui", base: "dev", set: DEV_UI },
    { name: "prod-ui", base: "prod", set: PROD_UI },
    { name: "dev-logs-off", base: "dev", set: { logs: { backend: "none" } } },
    { name: "dev-logs-external", base: "dev", set: { logs: { backend: "external", url: "https://loki.example.com" } } },
];

const HELM_CHARTS_DIR = process.env.HELM_CHARTS_DIR;

/** Every value we set that the server stored differently (defaulting adds fields; this lists only changed ones). */
export function changedValues(sent: unknown, stored: unknown, at = ""): string[] {
    if (typeof sent === "object" && sent !== null && !Array.isArray(sent)) {
        if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return [`${at || "/"}: sent an object, stored ${JSON.stringify(stored)}`];
        return Object.entries(sent).flatMap(([key, value]) =>
            value === undefined || value === null ? [] : changedValues(value, (stored as Record<string, unknown>)[key], `${at}/${key}`));
    }
    if (Array.isArray(sent)) {
        if (!Array.isArray(stored)) return [`${at}: sent a list, stored ${JSON.stringify(stored)}`];
        if (sent.length !== stored.length) return [`${at}: sent ${sent.length} items, stored ${stored.length}`];
        return sent.flatMap((value, i) => changedValues(value, stored[i], `${at}/${i}`));
    }
    return JSON.stringify(sent) === JSON.stringify(stored) ? [] : [`${at}: sent ${JSON.stringify(sent)}, stored ${JSON.stringify(stored)}`];
}

/** What the server makes of a Secret's stringData (merged into data, base64; stringData is write-only). */
function asStored(object: KubeObject): KubeObject {
    if (object.kind !== "Secret" || typeof object.stringData !== "object" || object.stringData === null) return object;
    const { stringData, ...rest } = object;
    const encoded = Object.fromEntries(Object.entries(stringData as Record<string, string>).map(([k, v]) => [k, Buffer.from(v).toString("base64")]));
    return { ...rest, data: { ...((rest.data) ?? {}), ...encoded } };
}

interface Outcome {
    readonly refused: string[];
    readonly changed: string[];
    readonly skippedKinds: Map<string, number>;
    /** The api versions of the program's own objects that were skipped (the server does not serve them). */
    readonly skippedApiVersions: Set<string>;
    applied: number;
    chartObjects: number;
}

/** One variant's rendered releases (HELM_CHARTS_DIR): objects by release resource URN, and the releases without a chart. */
interface Rendered {
    readonly objects: Map<string, KubeObject[]>;
    readonly missing: string[];
}

const namespaceOf = (name: string): KubeObject => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } });

/**
 * Namespaces for real (a namespaced dry run needs its namespace), then, in the program's dependency order, every
 * object it declares and every object its releases render, each as a dry run. Only the program's own objects are
 * compared with what the server stored (a chart's values are the chart's).
 */
async function applyVariant(cp: ControlPlane, state: DesiredState, rendered: Rendered | undefined, t: TestContext): Promise<Outcome> {
    const outcome: Outcome = { refused: [], changed: [], skippedKinds: new Map(), skippedApiVersions: new Set(), applied: 0, chartObjects: 0 };
    const declared = declaredObjects(state);
    const releases = releasesOf(state.resources);
    const declaredNamespaces = new Set(declared.filter((d) => d.object.kind === "Namespace").map((d) => d.object.metadata.name));
    const helpers = [...new Set([...undeclaredNamespaces(declared), ...releases.map((r) => r.namespace).filter((ns) => !declaredNamespaces.has(ns))])].sort();
    if (helpers.length > 0) t.diagnostic(`namespaces a Helm release creates (createNamespace), made here first: ${helpers.join(", ")}`);
    for (const name of helpers) await cp.client.apply(namespaceOf(name), { fieldManager: "test-helper" });

    const apply = async (object: KubeObject, dryRun: boolean, fromChart: string | undefined) => {
        if (!(await cp.client.serves(object.apiVersion, object.kind))) {
            const kind = `${object.kind} (${object.apiVersion})${fromChart ? ` of chart ${fromChart}` : ""}`;
            outcome.skippedKinds.set(kind, (outcome.skippedKinds.get(kind) ?? 0) + 1);
            if (!fromChart) outcome.skippedApiVersions.add(object.apiVersion);
            return;
        }
        try {
            const stored = await cp.client.apply(object, { dryRun, force: true });
            if (fromChart) outcome.chartObjects++;
            else {
                outcome.applied++;
                for (const change of changedValues(asStored(object), stored)) outcome.changed.push(`${describeObject(object)} ${change}`);
            }
        } catch (err) {
            if (!(err instanceof KubeError)) throw err;
            outcome.refused.push(`${fromChart ? `(chart ${fromChart}) ` : ""}${err.message}`);
        }
    };
    for (const { object } of declared.filter((d) => d.object.kind === "Namespace")) await apply(object, false, undefined);
    const byUrn = new Map(declared.map((d) => [d.resource.urn, d.object]));
    for (const resource of state.resources) {
        const object = byUrn.get(resource.urn);
        if (object && object.kind !== "Namespace") await apply(object, true, undefined);
        const release = releases.find((r) => r.resource.urn === resource.urn);
        for (const chartObject of (release && rendered?.objects.get(resource.urn)) ?? []) {
            if (chartObject.kind === "CustomResourceDefinition") continue; // installed before the tests
            const placed = await placeInNamespace(cp, chartObject, (release as Release).namespace);
            if (placed.kind === "Namespace") await cp.client.apply(placed, { fieldManager: "test-helper" });
            else await apply(placed, true, `${(release as Release).chart} ${(release as Release).version}`);
        }
    }
    return outcome;
}

/** A rendered object of a namespaced kind without a namespace lands in the release's (as Helm and Pulumi place it). */
async function placeInNamespace(cp: ControlPlane, object: KubeObject, namespace: string): Promise<KubeObject> {
    if (object.metadata.namespace || !(await cp.client.serves(object.apiVersion, object.kind))) return object;
    return (await cp.client.namespaced(object.apiVersion, object.kind)) ? { ...object, metadata: { ...object.metadata, namespace } } : object;
}

/** The group/versions and group/version/kinds CRDs add, as helm's --api-versions takes them. */
const crdApiVersions = (crds: readonly KubeObject[]): string[] =>
    crds.flatMap((crd) => {
        const spec = crd.spec as { group: string; names: { kind: string }; versions: { name: string; served: boolean }[] };
        return spec.versions.filter((v) => v.served).flatMap((v) => [`${spec.group}/${v.name}`, `${spec.group}/${v.name}/${spec.names.kind}`]);
    });

/** Every variant's releases rendered from HELM_CHARTS_DIR, two helm processes at a time. */
async function renderAll(states: Map<string, DesiredState>, chartsDir: string, crds: readonly KubeObject[], kubeVersion: string): Promise<Map<string, Rendered>> {
    const helm = helmBinary();
    const jobs: { variant: string; release: Release; source: string }[] = [];
    const result = new Map<string, Rendered>();
    for (const [variant, state] of states) {
        const rendered: Rendered = { objects: new Map(), missing: [] };
        result.set(variant, rendered);
        for (const release of releasesOf(state.resources)) {
            const source = chartSource(chartsDir, release);
            if (source) jobs.push({ variant, release, source });
            else rendered.missing.push(`${release.chart} ${release.version}`);
        }
    }
    const options = { kubeVersion, apiVersions: crdApiVersions(crds) };
    const queue = [...jobs];
    const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
            (result.get(job.variant) as Rendered).objects.set(job.release.resource.urn, await render(helm, job.source, job.release, options));
        }
    };
    await Promise.all([worker(), worker()]);
    return result;
}

/** The CRDs the rendered releases ship, one per name (the first release that renders it wins, as on a cluster). */
function renderedCrds(rendered: Map<string, Rendered>): KubeObject[] {
    const crds = new Map<string, KubeObject>();
    for (const { objects } of rendered.values()) {
        for (const list of objects.values()) for (const o of list) if (o.kind === "CustomResourceDefinition" && !crds.has(o.metadata.name as string)) crds.set(o.metadata.name as string, o);
    }
    return [...crds.values()];
}

describe("every object the program declares, server-side applied (dry run) to kube-apiserver 1.36.3", () => {
    let cp: ControlPlane;
    let dir: string;
    let states = new Map<string, DesiredState>();
    let rendered: Map<string, Rendered> | undefined;
    let pinned: PinnedCrds;
    const declaredIn = (variant: string): Declared[] => declaredObjects(states.get(variant) as DesiredState);

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "apiserver-apply-"));
        // the synths (Node) and the control plane's start (Go) overlap
        [cp, states] = await Promise.all([startControlPlane(), synthAll(VARIANTS, dir)]);
        pinned = pinnedCrds();
        const crds = [...pinned.crds];
        if (HELM_CHARTS_DIR) {
            // helm's .Capabilities.KubeVersion: the server's own
            const kubeVersion = ((await cp.client.request("GET", "/version")).body as { gitVersion: string }).gitVersion;
            // a first render for the CRDs the charts ship, a second with their APIs known (.Capabilities.APIVersions)
            const chartCrds = renderedCrds(await renderAll(states, HELM_CHARTS_DIR, crds, kubeVersion));
            const names = new Set(chartCrds.map((c) => c.metadata.name));
            crds.splice(0, crds.length, ...chartCrds, ...crds.filter((c) => !names.has(c.metadata.name)));
            rendered = await renderAll(states, HELM_CHARTS_DIR, crds, kubeVersion);
        }
        if (crds.length > 0) await cp.installCrds(crds);
    });
    after(async () => {
        await cp?.stop();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    for (const variant of VARIANTS) {
        it(`${variant.name}: no object refused, none changed by the server`, async (t) => {
            const state = states.get(variant.name) as DesiredState;
            const declared = declaredObjects(state);
            const outcome = await applyVariant(cp, state, rendered?.get(variant.name), t);
            if (outcome.skippedKinds.size > 0) {
                t.diagnostic(`skipped, no CRD installed from ${pinned.from}: ${[...outcome.skippedKinds].map(([k, n]) => `${n} ${k}`).join(", ")}` +
                    (pinned.unavailable.length > 0 ? `; ${refusedSources(pinned.unavailable)}` : ""));
            }
            const releases = releasesOf(state.resources).length;
            const missing = rendered?.get(variant.name)?.missing ?? [];
            t.diagnostic(`${outcome.applied} of ${declared.length} objects applied; ` + (rendered
                ? `${outcome.chartObjects} objects of ${releases - missing.length} rendered releases${missing.length > 0 ? `; no chart in HELM_CHARTS_DIR for ${missing.join(", ")}` : ""}`
                : `the ${releases} Helm releases' objects skipped: set HELM_CHARTS_DIR to the pinned charts`));
            assert.deepEqual(unexplainedSkips(outcome.skippedApiVersions, pinned.unavailable), [], `custom resources without a CRD from ${pinned.from}`);
            assert.deepEqual(outcome.refused, [], `refused by the server:\n${outcome.refused.join("\n")}\n${cp.logs(5)}`);
            assert.deepEqual(outcome.changed, [], `values the server stored differently from what the program sent:\n${outcome.changed.join("\n")}`);
            const skipped = [...outcome.skippedKinds].filter(([kind]) => !kind.includes(" of chart ")).reduce((a, [, n]) => a + n, 0);
            assert.equal(outcome.applied + skipped, declared.length);
            assert.ok(outcome.applied > 0);
        });
    }

    /** The first object of `kind` in dev, with the value at `at` set. */
    const broken = (kind: string, at: readonly (string | number)[], value: unknown): KubeObject => {
        const found = declaredIn("dev").find((d) => d.object.kind === kind);
        assert.ok(found, `no ${kind} in dev`);
        return withValue(found.object, at, value);
    };
    const refusal = async (object: KubeObject): Promise<KubeError> => {
        try {
            await cp.client.apply(object, { dryRun: true, force: true });
        } catch (err) {
            if (err instanceof KubeError) return err;
            throw err;
        }
        assert.fail(`${describeObject(object)} was accepted`);
    };

    it("refuses a container port name longer than 15 characters (IANA service name)", async () => {
        const deployment = broken("Deployment", ["spec", "template", "spec", "containers", 0, "ports", 0, "name"], "http-productpage");
        const err = await refusal(deployment);
        assert.equal(err.status, 422);
        assert.match(err.serverMessage, /spec\.template\.spec\.containers\[0\]\.ports\[0\]\.name: Invalid value: "http-productpage": must be no more than 15 characters/);
    });

    it("refuses an uppercase Service port name (DNS-1123 label)", async () => {
        const service = broken("Service", ["spec", "ports", 0, "name"], "HTTP");
        const err = await refusal(service);
        assert.equal(err.status, 422);
        assert.match(err.serverMessage, /spec\.ports\[0\]\.name: Invalid value: "HTTP": a lowercase RFC 1123 label must consist of/);
    });

    it("refuses, by the Telemetry CRD's CEL rule, a Telemetry with both a selector and a targetRef", async () => {
        assert.ok(await cp.client.serves("telemetry.istio.io/v1", "Telemetry"), `no Telemetry CRD from ${pinned.from}`);
        const withSelector = broken("Telemetry", ["spec", "selector"], { matchLabels: { app: "productpage" } });
        const telemetry = withValue(withSelector, ["spec", "targetRef"], { group: "gateway.networking.k8s.io", kind: "Gateway", name: "waypoint" });
        const err = await refusal(telemetry);
        assert.equal(err.status, 422);
        assert.match(err.serverMessage, /only one of targetRefs or selector can be set/);
    });
});
