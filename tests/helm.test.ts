import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeValues } from "../components/helm.ts";
import { samplingRatio } from "../components/sampling.ts";

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
