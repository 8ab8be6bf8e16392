import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { MetalLb } from "../components/metallb.ts";
import { at, Harness, labelsOf } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const POOL = "kubernetes:metallb.io/v1beta1:IPAddressPool";
const L2 = "kubernetes:metallb.io/v1beta1:L2Advertisement";
let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<ConstructorParameters<typeof MetalLb>[1]> = {}) =>
    harness.run(() => new MetalLb("lb", { provider: new k8s.Provider("k8s", {}), addresses: ["10.0.0.0/28", "10.0.1.1-10.0.1.9"], ...args }));

describe("MetalLb", () => {
    it("installs the pinned chart", async () => {
        const chart = (await build()).get(CHART, "lb-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name], ["metallb", "0.16.1", "https://metallb.github.io/metallb", "metallb"]);
    });
    it("puts every configured block into the pool", async () => {
        assert.deepEqual(at((await build()).get(POOL, "lb-pool").inputs, "spec"), { addresses: ["10.0.0.0/28", "10.0.1.1-10.0.1.9"], autoAssign: true });
    });
    it("names the pool default-pool and announces it over layer 2", async () => {
        const reg = await build();
        assert.equal(at(reg.get(POOL, "lb-pool").inputs, "metadata.name"), "default-pool");
        assert.deepEqual(at(reg.get(L2, "lb-l2").inputs, "spec.ipAddressPools"), ["default-pool"]);
    });
    it("uses another pool name when asked", async () => {
        const reg = await build({ poolName: "lab" });
        assert.equal(at(reg.get(POOL, "lb-pool").inputs, "metadata.name"), "lab");
        assert.deepEqual(at(reg.get(L2, "lb-l2").inputs, "spec.ipAddressPools"), ["lab"]);
    });
    it("creates the custom resources in MetalLB's namespace", async () => {
        const reg = await build({ namespace: "lb-system" });
        assert.equal(at(reg.get(POOL, "lb-pool").inputs, "metadata.namespace"), "lb-system");
        assert.equal(reg.get(CHART, "lb-chart").inputs.namespace, "lb-system");
    });
    it("admits the privileged speaker in its namespace, without audit or warning noise", async () => {
        assert.deepEqual(labelsOf((await build()).get("kubernetes:core/v1:Namespace", "lb-namespace")), {
            "pod-security.kubernetes.io/enforce": "privileged",
            "pod-security.kubernetes.io/audit": "privileged",
            "pod-security.kubernetes.io/warn": "privileged",
        });
    });
    it("registers its namespace and pool name as the component's outputs", async () => {
        const reg = await build({ poolName: "lab" });
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:MetalLb", "lb")), { namespace: "metallb-system", poolName: "lab" });
    });
    it("creates the pool only after the controller's webhook", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(POOL, "lb-pool")), ["kubernetes:helm.sh/v4:Chart::lb-chart"]);
        assert.deepEqual(reg.dependenciesOf(reg.get(L2, "lb-l2")), ["kubernetes:helm.sh/v4:Chart::lb-chart"]);
    });
    it("merges raw values last", async () => {
        const values = (await build({ values: { frrk8s: { enabled: true }, speaker: { logLevel: "debug" } } })).get(CHART, "lb-chart").inputs.values;
        assert.deepEqual([at(values, "frrk8s.enabled"), at(values, "speaker.logLevel"), at(values, "speaker.resources.requests.cpu")], [true, "debug", "10m"]);
    });
    it("runs layer 2 only: no frr-k8s BGP DaemonSet", async () => {
        assert.equal(at((await build()).get(CHART, "lb-chart").inputs, "values.frrk8s.enabled"), false);
    });
});
