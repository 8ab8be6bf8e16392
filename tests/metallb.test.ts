import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { MetalLb } from "../components/metallb.ts";
import { at, Harness, labelsOf } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const POOL = "kubernetes:metallb.io/v1beta1:IPAddressPool";
const L2 = "kubernetes:metallb.io/v1beta1:L2Advertisement";
const JOB = "kubernetes:batch/v1:Job";
const PROBE_JOB = `${JOB}::lb-webhook-probe-job`;
let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<ConstructorParameters<typeof MetalLb>[1]> = {}) =>
    harness.run(() => new MetalLb("lb", { provider: new k8s.Provider("k8s", {}), addresses: ["10.0.0.0/28", "10.0.1.1-10.0.1.9"], ...args }));

describe("MetalLb", () => {
    it("installs the pinned chart", async () => {
        const chart = (await build()).get(CHART, "lb-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name], ["metallb", "0.16.1", "https://metallb.github.io/metallb", "metallb"]);
    });
    it("puts every configured block into the automatic pool", async () => {
        assert.deepEqual(at((await build()).get(POOL, "lb-pool").inputs, "spec"), { addresses: ["10.0.0.0/28", "10.0.1.1-10.0.1.9"], autoAssign: true });
    });
    it("puts the fixed addresses into a pool of their own that MetalLB never assigns automatically", async () => {
        const pool = (await build({ fixedAddresses: ["10.0.2.1/32", "fd00::10/128"] })).get(POOL, "lb-fixed-pool");
        assert.deepEqual([at(pool.inputs, "metadata.name"), at(pool.inputs, "spec")], ["fixed-addresses", { addresses: ["10.0.2.1/32", "fd00::10/128"], autoAssign: false }]);
    });
    it("creates no fixed pool without fixed addresses", async () => {
        assert.deepEqual((await build()).ofType(POOL).map((p) => p.name), ["lb-pool"]);
    });
    it("creates only the fixed pool when no address is left for automatic assignment", async () => {
        assert.deepEqual((await build({ addresses: [], fixedAddresses: ["10.0.2.1/32"] })).ofType(POOL).map((p) => p.name), ["lb-fixed-pool"]);
    });
    it("refuses to run without any address", () => {
        assert.throws(() => new MetalLb("empty", { provider: new k8s.Provider("k8s-empty", {}), addresses: [] }), /no addresses and no fixed addresses/);
    });
    it("announces both pools over layer 2", async () => {
        assert.deepEqual(at((await build({ fixedAddresses: ["10.0.2.1/32"] })).get(L2, "lb-l2").inputs, "spec.ipAddressPools"), ["default-pool", "fixed-addresses"]);
    });
    it("creates the fixed pool after the automatic one: an address leaves one before the other claims it", async () => {
        const reg = await build({ fixedAddresses: ["10.0.2.1/32"] });
        assert.ok(reg.dependenciesOf(reg.get(POOL, "lb-fixed-pool")).includes(`${POOL}::lb-pool`));
    });
    it("names the automatic pool default-pool and announces it over layer 2", async () => {
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
    it("creates the pools and the advertisement only after the probe that the controller's webhook answered", async () => {
        const reg = await build({ fixedAddresses: ["10.0.2.1/32"] });
        assert.deepEqual(reg.dependenciesOf(reg.get(POOL, "lb-pool")), [PROBE_JOB]);
        assert.deepEqual(reg.dependenciesOf(reg.get(POOL, "lb-fixed-pool")).sort(), [PROBE_JOB, `${POOL}::lb-pool`]);
        assert.deepEqual(reg.dependenciesOf(reg.get(L2, "lb-l2")), [PROBE_JOB]);
    });
    it("probes the webhook after the chart, with a dry run of a pool and of the advertisement in MetalLB's namespace", async () => {
        const reg = await build();
        assert.ok(reg.dependenciesOf(reg.get(JOB, "lb-webhook-probe-job")).includes(`${CHART}::lb-chart`));
        const probes = reg.result.webhookProbe.settings.probes.map((p) => [p.path, p.object.kind, (p.object.metadata as { name: string }).name, p.webhooks]);
        assert.deepEqual(probes, [
            ["/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools", "IPAddressPool", "default-pool-admission-probe", ["ipaddresspoolvalidationwebhook.metallb.io"]],
            ["/apis/metallb.io/v1beta1/namespaces/metallb-system/l2advertisements", "L2Advertisement", "default-pool-l2-admission-probe", ["l2advertisementvalidationwebhook.metallb.io"]],
        ]);
    });
    it("probes again when the chart's values change", async () => {
        const fingerprint = async (args: Partial<ConstructorParameters<typeof MetalLb>[1]>) =>
            (at((await build(args)).get(JOB, "lb-webhook-probe-job").inputs, "spec.template.metadata.annotations") as Record<string, string>)["mesh-observability.io/admission-probe-fingerprint"];
        assert.notEqual(await fingerprint({}), await fingerprint({ values: { controller: { logLevel: "debug" } } }));
    });
    it("merges raw values last", async () => {
        const values = (await build({ values: { frrk8s: { enabled: true }, speaker: { logLevel: "debug" } } })).get(CHART, "lb-chart").inputs.values;
        assert.deepEqual([at(values, "frrk8s.enabled"), at(values, "speaker.logLevel"), at(values, "speaker.resources.requests.cpu")], [true, "debug", "10m"]);
    });
    it("runs layer 2 only: no frr-k8s BGP DaemonSet", async () => {
        assert.equal(at((await build()).get(CHART, "lb-chart").inputs, "values.frrk8s.enabled"), false);
    });
});
