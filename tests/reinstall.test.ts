// `pulumi destroy`, then `pulumi up` on the same cluster. Destroy keeps some objects on purpose (docs/upgrades.md,
// "Destroying, and starting from nothing"; components/kept.ts); they leave the state, so the next `up` creates them
// again while they exist. Each must be taken back (adopted), not fail with AlreadyExists: by the provider's upsert,
// under the fixed field manager, or by Helm.
// What else stays is not Pulumi's: the StatefulSets' volume claims in the kept namespaces, which their StatefulSets
// bind again by name, and the Secrets cert-manager issued there, which it reuses.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import type * as pulumi from "@pulumi/pulumi";
import { KEPT_FIELD_MANAGER } from "../components/kept.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, type Registrations, type ResourceRecord } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const CRD = "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition";

/** What `pulumi destroy` leaves in the cluster, per stack: the namespaces (with what is in them). */
const KEPT_NAMESPACES: Record<string, readonly string[]> = {
    dev: ["bookinfo", "demo", "loki", "monitoring", "observability", "tempo"],
    prod: ["loki", "monitoring", "observability", "payments", "shop", "tempo"],
};
/** The resources that render CRDs Pulumi applies itself: a stack transform keeps those (ambient mode has all three). */
const CRD_RENDERERS = ["istio-gateway-api-crds", "metallb-chart", "opentelemetry-operator"];
/** The Helm releases that keep their CRDs: the release name and namespace Helm adopts them under again. */
const CRD_KEEPING_RELEASES = {
    "cert-manager-release": ["cert-manager", "cert-manager"],
    "istio-base": ["istio-base", "istio-system"],
    "monitoring-release": ["kube-prometheus-stack", "monitoring"],
};

let harness: Harness;
const built = new Map<string, Registrations<unknown>>();
before(async () => {
    harness = await Harness.create();
    for (const stack of ["dev", "prod"]) {
        const files = loadStackConfigFiles(root, stack);
        const config = parseStackConfig({ ...files.config, "mesh-observability:meshMode": "ambient" }, new Set(files.secretKeys));
        built.set(stack, await harness.run(() => buildPlatform(config)));
    }
});
const stack = (name: string) => built.get(name) ?? assert.fail(name);
const provider = (reg: Registrations<unknown>) => reg.get("pulumi:providers:kubernetes", "kubernetes");
/** Whether the resource's provider turns a create of an existing object into an apply (pulumi-kubernetes >= 4.29.0 needs both). */
const upserts = (reg: Registrations<unknown>, r: ResourceRecord | undefined) => {
    const inputs = r?.provider ? reg.byUrn(r.provider).inputs : {};
    return inputs.enableServerSideApply === "true" && inputs.upsertExistingObjects === "true";
};
const kept = (reg: Registrations<unknown>) => reg.resources.filter((r) => reg.retainedOnDelete(r));
const annotationsOf = (r: { inputs: Record<string, unknown> } | Record<string, unknown>, at_ = "metadata.annotations") =>
    (at("inputs" in r ? r.inputs : r, at_) ?? {}) as Record<string, string>;

describe("pulumi destroy, then pulumi up on the same cluster", () => {
    it("the provider upserts: a create of an object that exists applies it (server-side) instead of failing", () => {
        const inputs = provider(stack("dev")).inputs;
        // pulumi-kubernetes >= 4.29.0 applies on create only with both (provider/pkg/await/await.go `Creation`)
        assert.deepEqual([inputs.enableServerSideApply, inputs.upsertExistingObjects], ["true", "true"]);
    });

    for (const name of ["dev", "prod"]) {
        it(`destroy keeps these namespaces of ${name}, and no other object Pulumi registers`, () => {
            const reg = stack(name);
            assert.deepEqual(kept(reg).map((r) => r.type).filter((type) => type !== "kubernetes:core/v1:Namespace"), []);
            assert.deepEqual(kept(reg).map((r) => String(at(r.inputs, "metadata.name"))).sort(), KEPT_NAMESPACES[name]);
        });

        it(`the next up of ${name} adopts each kept namespace: through the upserting provider, under the fixed field manager`, () => {
            const reg = stack(name);
            for (const r of kept(reg)) {
                assert.ok(upserts(reg, r), r.name);
                assert.equal(annotationsOf(r)["pulumi.com/patchFieldManager"], KEPT_FIELD_MANAGER, r.name);
            }
        });
    }

    it("keeps the CRDs Pulumi applies and adopts them the same way: the stack transform, the renderers' provider", () => {
        const reg = stack("dev");
        for (const name of CRD_RENDERERS) assert.ok(upserts(reg, reg.resources.find((r) => r.name === name)), name);
        // what the engine does with a CRD a chart renders: every registered stack transform, in order
        const rendered: pulumi.ResourceTransformArgs = {
            type: CRD,
            name: "ipaddresspools.metallb.io",
            custom: true,
            props: { apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", metadata: { name: "ipaddresspools.metallb.io", annotations: { "controller-gen.kubebuilder.io/version": "v0.16.3" } }, spec: {} },
            opts: {},
        };
        const applied = reg.stackTransforms.reduce((args, transform) => {
            const result = transform(args) as pulumi.ResourceTransformResult | undefined;
            return result ? { ...args, props: result.props, opts: result.opts } : args;
        }, rendered);
        assert.equal(applied.opts.retainOnDelete, true);
        assert.deepEqual(annotationsOf(applied.props), { "controller-gen.kubebuilder.io/version": "v0.16.3", "pulumi.com/patchFieldManager": KEPT_FIELD_MANAGER });
    });

    it("leaves the CRDs the Helm releases keep to Helm, which adopts them under the same release name and namespace", () => {
        // helm v3.20.2 pkg/action/validate.go existingResourceConflict: an existing object is taken into the release when
        // its meta.helm.sh/release-name and -namespace annotations match; a renamed release would refuse it
        const reg = stack("dev");
        for (const [resource, release] of Object.entries(CRD_KEEPING_RELEASES)) {
            const r: ResourceRecord = reg.get("kubernetes:helm.sh/v3:Release", resource);
            assert.deepEqual([r.inputs.name, r.inputs.namespace], release, resource);
        }
    });
});

describe("the recipe to start from nothing (docs/upgrades.md)", () => {
    /** The recipe's shell block, continuation lines joined. */
    const recipe = () => /To start from\s+nothing instead[^]*?```sh\n([^]*?)```/.exec(fs.readFileSync(path.join(root, "docs", "upgrades.md"), "utf8"))?.[1] ?? assert.fail("no recipe in docs/upgrades.md");
    const recipeLines = () => recipe().replace(/\\\n\s*/g, " ").split("\n");
    it("deletes every namespace dev's destroy keeps", () => {
        const lines = recipeLines();
        const line = lines.find((l) => l.startsWith("kubectl delete namespace ")) ?? assert.fail(lines.join("\n"));
        assert.deepEqual(line.replace(/#.*/, "").trim().split(/\s+/).slice(3).sort(), KEPT_NAMESPACES.dev);
    });
    it("deletes the CRDs of every custom-resource group the platform creates objects of (crds/generated)", () => {
        const pattern = /grep -E '([^']+)'/.exec(recipe())?.[1] ?? assert.fail(recipe());
        const groups = fs.readdirSync(path.join(root, "crds", "generated"), { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith("_")).map((d) => d.name);
        assert.ok(groups.length >= 8, groups.join());
        for (const group of [...groups, "acme.cert-manager.io"]) assert.match(`customresourcedefinition.apiextensions.k8s.io/kinds.${group}`, new RegExp(pattern), group);
        assert.doesNotMatch("customresourcedefinition.apiextensions.k8s.io/widgets.example.com", new RegExp(pattern));
    });
    it("destroys before it deletes, and ends with an up", () => {
        const lines = recipeLines();
        assert.deepEqual([lines[0], lines.filter((l) => l.trim()).at(-1)], ["pulumi destroy -s dev", "pulumi up -s dev"]);
    });
});
