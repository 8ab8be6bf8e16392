import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { componentNamespace, type HelmInstallArgs, helmRelease, mergeValues, renderedChart } from "../components/helm.ts";
import { samplingRatio } from "../components/sampling.ts";
import { Harness } from "./harness.ts";

let harness: Harness;
before(async () => (harness = await Harness.create()));
const install: HelmInstallArgs = { ref: { chart: "c", version: "1.2.3", repo: "https://charts.example.com" }, release: "rel", namespace: "ns", values: { a: 1 } };

describe("mergeValues", () => {
    it("merges nested maps key by key", () => {
        assert.deepEqual(mergeValues({ a: { b: 1, c: 2 } }, { a: { c: 3 } }), { a: { b: 1, c: 3 } });
    });
    it("replaces lists instead of concatenating them", () => {
        assert.deepEqual(mergeValues({ list: [1, 2] }, { list: [3] }), { list: [3] });
    });
    it("lets the last override win", () => {
        assert.deepEqual(mergeValues({ a: 1 }, { a: 2 }, { a: 3 }), { a: 3 });
    });
    it("replaces a map by a scalar", () => {
        assert.deepEqual(mergeValues({ a: { b: 1 } }, { a: null }), { a: null });
    });
    it("ignores an absent override", () => assert.deepEqual(mergeValues({ a: 1 }, undefined), { a: 1 }));
    it("does not modify its arguments", () => {
        const base = { a: { b: 1 } };
        mergeValues(base, { a: { b: 2 } });
        assert.deepEqual(base, { a: { b: 1 } });
    });
});

describe("samplingRatio", () => {
    it("turns 100 % into 1", () => assert.equal(samplingRatio(100), 1));
    it("turns 1 % into 0.01", () => assert.equal(samplingRatio(1), 0.01));
    it("keeps small percentages free of floating-point noise", () => assert.equal(String(samplingRatio(0.07)), "0.0007"));
});

describe("Helm resources", () => {
    const chartInputs = { name: "rel", chart: "c", version: "1.2.3", repositoryOpts: { repo: "https://charts.example.com" }, namespace: "ns", values: { a: 1 } };
    it("render a chart from its pinned reference, release name, namespace and values", async () => {
        const reg = await harness.run(() => renderedChart("chart", install, { provider: new k8s.Provider("k8s", {}) }));
        assert.deepEqual(reg.get("kubernetes:helm.sh/v4:Chart", "chart").inputs, chartInputs);
    });
    it("install a release the same way, waiting 15 minutes and rolling a failed upgrade back", async () => {
        const reg = await harness.run(() => helmRelease("release", install, { provider: new k8s.Provider("k8s", {}) }));
        const inputs = reg.get("kubernetes:helm.sh/v3:Release", "release").inputs;
        assert.deepEqual([inputs.timeout, inputs.atomic, inputs.cleanupOnFail], [900, true, true]);
        for (const [key, value] of Object.entries(chartInputs)) assert.deepEqual(inputs[key], value, key);
    });
    it("label a component's namespace as asked, and not at all by default", async () => {
        const reg = await harness.run(() => {
            const opts = { provider: new k8s.Provider("k8s", {}) };
            return [componentNamespace("plain", "a", opts), componentNamespace("labelled", "b", opts, { team: "mesh" })];
        });
        assert.deepEqual(reg.get("kubernetes:core/v1:Namespace", "plain").inputs.metadata, { labels: {}, name: "a" });
        assert.deepEqual(reg.get("kubernetes:core/v1:Namespace", "labelled").inputs.metadata, { labels: { team: "mesh" }, name: "b" });
    });
});
