// Day-2 changes against a real kube-apiserver 1.36.3 (tests/binaries/control-plane.ts): each stack's objects are
// applied for real (server-side apply, as Pulumi's provider does), then the stack after the change, the way
// `pulumi up` would take it there. scripts/state-diff.ts says what Pulumi does with each resource: a replaced one
// is deleted and created again (both must be accepted), a removed one deleted, every other one updated in place by a
// server-side apply, which the server must accept: a refusal here (an immutable field, a selector) is a change
// the program makes to a live object without replacing it, and `pulumi up` would fail on it.
// Custom resources need their CRDs: the pinned ones (binaries/crds.json, or CRDS_DIR), as in apiserver-apply.test.ts. The objects
// Helm releases render (volumes of Tempo, Loki, Prometheus among them) are not part of this test.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { DesiredState } from "../../scripts/desired-state.ts";
import { diffStates } from "../../scripts/state-diff.ts";
import { startControlPlane, type ControlPlane } from "../binaries/control-plane.ts";
import { KubeError, type KubeObject } from "../binaries/kube-client.ts";
import {
    TAIL_SAMPLING, declaredObjects, describeObject, pinnedCrds, refusedSources, synthAll, undeclaredNamespaces, unexplainedSkips, withValue, type Declared, type PinnedCrds, type Variant,
} from "../binaries/stack-objects.ts";

const prodTempo = { mode: "distributed", retention: "720h", storage: { backend: "s3", bucket: "mesh-traces-prod", endpoint: "s3.eu-west-1.amazonaws.com", region: "eu-west-1" } };
// one stack name for all: a day-2 change is the same stack synthesised before and after (URNs carry the stack's name)
const STACK = "day2";
const VARIANTS: readonly Variant[] = ([] as Omit<Variant, "stack">[]).concat([
    { name: "dev", base: "dev" },
    { name: "ambient", base: "dev", set: { meshMode: "ambient" } },
    { name: "prod", base: "prod" },
    { name: "prod-ambient", base: "prod", set: { meshMode: "ambient" } },
    { name: "prod-monolithic", base: "prod", set: { tempo: { ...prodTempo, mode: "monolithic" } } },
    // the collector's volume (its persistent sending queue), 2Gi in the lab profile
    { name: "dev-collector-volume", base: "dev", set: { sizing: { profile: "lab", components: { collector: { storage: "5Gi" } } } } },
    { name: "dev-tail", base: "dev", set: TAIL_SAMPLING },
    { name: "prod-tail", base: "prod", set: TAIL_SAMPLING },
]).map((v) => ({ ...v, stack: STACK }));

// meshMode both ways, tempo.mode both ways, a volume size, tail sampling on and off (one tier in dev, two in prod)
const CHANGES: readonly (readonly [string, string, string])[] = [
    ["meshMode sidecar to ambient", "dev", "ambient"],
    ["meshMode ambient to sidecar", "ambient", "dev"],
    ["meshMode sidecar to ambient in prod", "prod", "prod-ambient"],
    ["tempo.mode distributed to monolithic", "prod", "prod-monolithic"],
    ["tempo.mode monolithic to distributed", "prod-monolithic", "prod"],
    ["the collector's volume 2Gi to 5Gi", "dev", "dev-collector-volume"],
    ["tail sampling on (one tier)", "dev", "dev-tail"],
    ["tail sampling off (one tier)", "dev-tail", "dev"],
    ["tail sampling on (two tiers)", "prod", "prod-tail"],
    ["tail sampling off (two tiers)", "prod-tail", "prod"],
];

const keyOf = (o: KubeObject) => `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;

describe("day-2 changes applied to live objects in kube-apiserver 1.36.3: accepted, or replaced on purpose", () => {
    let cp: ControlPlane;
    let dir: string;
    let states = new Map<string, DesiredState>();
    /** What is live now (between tests: nothing but namespaces; no namespace controller runs to delete them). */
    const live = new Map<string, KubeObject>();
    let pinned: PinnedCrds;

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "apiserver-day2-"));
        [cp, states] = await Promise.all([startControlPlane(), synthAll(VARIANTS, dir)]);
        pinned = pinnedCrds();
        await cp.installCrds(pinned.crds);
    });
    after(async () => {
        await cp?.stop();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const served = async (o: KubeObject) => cp.client.serves(o.apiVersion, o.kind);

    /** Server-side apply for real; returns the refusal's message, if any. */
    async function apply(object: KubeObject): Promise<string | undefined> {
        try {
            live.set(keyOf(object), await cp.client.apply(object, { force: true }));
            return undefined;
        } catch (err) {
            if (err instanceof KubeError) return err.message;
            throw err;
        }
    }

    async function remove(object: KubeObject): Promise<void> {
        await cp.client.remove(object);
        live.delete(keyOf(object));
    }

    /** Namespaces first (those a Helm release would create as well), then the rest in dependency order. */
    async function applyAll(declared: readonly Declared[], skipped: Set<string>): Promise<string[]> {
        const refused: string[] = [];
        for (const name of undeclaredNamespaces(declared)) await cp.client.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name } }, { fieldManager: "test-helper" });
        const ordered = [...declared.filter((d) => d.object.kind === "Namespace"), ...declared.filter((d) => d.object.kind !== "Namespace")];
        for (const { object } of ordered) {
            if (!(await served(object))) {
                skipped.add(object.apiVersion);
                continue;
            }
            const message = await apply(object);
            if (message) refused.push(message);
        }
        return refused;
    }

    /** Back to no objects but namespaces (deleting a namespace needs the namespace controller, which does not run). */
    async function clean(): Promise<void> {
        for (const object of [...live.values()].reverse()) if (object.kind !== "Namespace") await remove(object);
    }

    for (const [change, from, to] of CHANGES) {
        it(`${change} (${from} to ${to})`, async (t: TestContext) => {
            const before = states.get(from) as DesiredState;
            const afterState = states.get(to) as DesiredState;
            const skipped = new Set<string>();
            await clean();
            const refusedFirst = await applyAll(declaredObjects(before), skipped);
            assert.deepEqual(refusedFirst, [], `${from} itself was refused:\n${refusedFirst.join("\n")}`);

            const diff = diffStates(before, afterState);
            const beforeObjects = new Map(declaredObjects(before).map((d) => [d.resource.urn, d.object]));
            // the objects among what the diff replaces or removes (components and Helm releases are not objects here)
            const replaced = new Set(diff.replaced.map((r) => r.urn).filter((urn) => beforeObjects.has(urn)));
            const removed = new Set(diff.removed.map((r) => r.urn).filter((urn) => beforeObjects.has(urn)));
            const refused: string[] = [];
            const notes: string[] = [];

            // what Pulumi deletes: removed resources, and the old object of each replaced one (delete-before-create is
            // what a Kubernetes object needs: the same name cannot exist twice)
            for (const urn of [...removed, ...replaced]) {
                const old = beforeObjects.get(urn);
                if (old && (await served(old)) && old.kind !== "Namespace") await remove(old);
            }
            let updated = 0;
            let created = 0;
            for (const { resource, object } of [...declaredObjects(afterState)].sort((a, b) => Number(b.object.kind === "Namespace") - Number(a.object.kind === "Namespace"))) {
                if (!(await served(object))) {
                    skipped.add(object.apiVersion);
                    continue;
                }
                const existed = live.has(keyOf(object));
                const message = await apply(object);
                if (existed) updated++;
                else created++;
                if (message) refused.push(`${replaced.has(resource.urn) ? "re-creating" : existed ? "updating" : "creating"} ${describeObject(object)}: ${message}`);
            }
            for (const r of diff.replaced.filter((x) => replaced.has(x.urn))) notes.push(`replaced (${(r.replacedBy ?? []).join(", ")}): ${r.label ?? r.name}`);
            if (notes.length > 0) t.diagnostic(notes.join("; "));
            if (skipped.size > 0) t.diagnostic(`skipped, no CRD installed from ${pinned.from}: ${[...skipped].sort().join(", ")}; ${refusedSources(pinned.unavailable)}`);
            assert.deepEqual(unexplainedSkips(skipped, pinned.unavailable), [], `custom resources without a CRD from ${pinned.from}`);
            t.diagnostic(`${updated} updated in place, ${created} created, ${removed.size} removed, ${replaced.size} replaced; ` +
                "the Helm releases' own objects are not applied here (their day-2 path is helm upgrade or Chart v4's children)");
            assert.deepEqual(refused, [], `refused by the server:\n${refused.join("\n")}`);
            assert.ok(updated > 0, "nothing was updated in place: the change was not applied over live objects");
        });
    }

    it("refuses an in-place change of a Job's pod template (immutable), which is why the program replaces the trace-check Job", async () => {
        const dev = declaredObjects(states.get("dev") as DesiredState);
        await clean();
        assert.deepEqual(await applyAll(dev, new Set()), []);
        const job = dev.find((d) => d.object.kind === "Job");
        assert.ok(job, "no Job in dev");
        const changed = withValue(job.object, ["spec", "template", "metadata", "annotations", "mesh-observability.io/trace-check-fingerprint"], "0000000000000000");
        const message = await apply(changed);
        assert.match(message ?? "accepted", /spec\.template: Invalid value: .*field is immutable/);
    });
});
