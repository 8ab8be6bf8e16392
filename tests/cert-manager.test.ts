import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { CertManager } from "../components/cert-manager.ts";
import { at, Harness } from "./harness.ts";

const RELEASE = "kubernetes:helm.sh/v3:Release";
let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<ConstructorParameters<typeof CertManager>[1]> = {}) =>
    harness.run(() => new CertManager("cm", { provider: new k8s.Provider("k8s", {}), ...args }));

describe("CertManager", () => {
    it("installs the pinned jetstack chart as a Helm release, so its startupapicheck hook holds dependants until the webhook serves", async () => {
        const chart = (await build()).get(RELEASE, "cm-release");
        assert.equal(chart.inputs.chart, "cert-manager");
        assert.equal(chart.inputs.version, "v1.21.1");
        assert.deepEqual(chart.inputs.repositoryOpts, { repo: "https://charts.jetstack.io" });
        assert.equal(chart.inputs.name, "cert-manager");
    });
    it("installs and keeps the CRDs", async () => {
        assert.deepEqual(at((await build()).get(RELEASE, "cm-release").inputs, "values.crds"), { enabled: true, keep: true });
    });
    it("uses the cert-manager namespace by default", async () => {
        const reg = await build();
        assert.equal(at(reg.get("kubernetes:core/v1:Namespace", "cm-namespace").inputs, "metadata.name"), "cert-manager");
        assert.equal(reg.get(RELEASE, "cm-release").inputs.namespace, "cert-manager");
    });
    it("installs into another namespace when asked", async () => {
        assert.equal((await build({ namespace: "certs" })).get(RELEASE, "cm-release").inputs.namespace, "certs");
    });
    it("merges raw values last", async () => {
        const values = (await build({ values: { crds: { keep: false }, replicaCount: 3 } })).get(RELEASE, "cm-release").inputs.values;
        assert.deepEqual([at(values, "crds"), at(values, "replicaCount")], [{ enabled: true, keep: false }, 3]);
    });
    it("registers its namespace as the component's output", async () => {
        const reg = await build();
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:CertManager", "cm")), { namespace: "cert-manager" });
    });
    it("parents every child to the component and waits for the namespace", async () => {
        const reg = await build();
        const component = reg.get("mesh-observability:addons:CertManager", "cm");
        for (const child of [reg.get(RELEASE, "cm-release"), reg.get("kubernetes:core/v1:Namespace", "cm-namespace")]) assert.equal(child.parent, component.urn);
        assert.deepEqual(reg.dependenciesOf(reg.get(RELEASE, "cm-release")), ["kubernetes:core/v1:Namespace::cm-namespace"]);
    });
});
