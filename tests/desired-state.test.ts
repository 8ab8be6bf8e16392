// The rules that make the synth document deterministic, tested on their own: the order resources are listed in
// and the order of every object's keys. (Two runs agreeing would not show either rule.)
import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { deployOrder, redact, RegistrationRecorder, type ResourceRecord, SECRET_PLACEHOLDER, settle } from "../scripts/desired-state.ts";

/** A resource that waits for `waits` (its parent, provider and dependencies); only the URN and the waits matter. */
function resource(urn: string, waits: { parent?: string; provider?: string; dependencies?: string[] } = {}): ResourceRecord {
    return { urn, type: "test:index:Thing", name: urn, custom: true, parent: waits.parent ?? null, dependencies: waits.dependencies ?? [], provider: waits.provider ?? null, inputs: {} };
}

const urnsOf = (resources: readonly ResourceRecord[]) => resources.map((r) => r.urn);

/** Every order of `items` (Heap's algorithm would do; the lists here are short). */
function permutations<T>(items: readonly T[]): T[][] {
    if (items.length <= 1) return [[...items]];
    return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("deployOrder", () => {
    it("lists a resource after its parent, its provider and its dependencies", () => {
        const resources = [
            resource("a", { parent: "z-stack", provider: "y-provider", dependencies: ["x-dep"] }),
            resource("x-dep", { parent: "z-stack" }),
            resource("y-provider", { parent: "z-stack" }),
            resource("z-stack"),
        ];
        assert.deepEqual(urnsOf(deployOrder(resources)), ["z-stack", "x-dep", "y-provider", "a"]);
    });
    it("waits for the provider alone", () => {
        assert.deepEqual(urnsOf(deployOrder([resource("a", { provider: "b" }), resource("b")])), ["b", "a"]);
    });
    it("waits for the parent alone", () => {
        assert.deepEqual(urnsOf(deployOrder([resource("a", { parent: "b" }), resource("b")])), ["b", "a"]);
    });
    it("waits for every dependency", () => {
        assert.deepEqual(urnsOf(deployOrder([resource("a", { dependencies: ["c", "b"] }), resource("c"), resource("b", { dependencies: ["d"] }), resource("d")])), ["c", "d", "b", "a"]);
    });
    it("breaks ties by URN", () => {
        assert.deepEqual(urnsOf(deployOrder([resource("c"), resource("a"), resource("b")])), ["a", "b", "c"]);
    });
    it("gives one order for every order the registrations arrive in", () => {
        const resources = [
            resource("stack"),
            resource("provider", { parent: "stack" }),
            resource("chart", { parent: "component", provider: "provider", dependencies: ["namespace"] }),
            resource("component", { parent: "stack" }),
            resource("namespace", { parent: "component", provider: "provider" }),
        ];
        const expected = ["stack", "component", "provider", "namespace", "chart"];
        for (const order of permutations(resources)) assert.deepEqual(urnsOf(deployOrder(order)), expected, urnsOf(order).join(","));
    });
    it("does not wait for what is not in the list", () => {
        assert.deepEqual(urnsOf(deployOrder([resource("b"), resource("a", { dependencies: ["elsewhere"] })])), ["a", "b"]);
    });
    it("keeps the resources it is given, once each", () => {
        const resources = [resource("b", { dependencies: ["a", "a"] }), resource("a")];
        assert.deepEqual(deployOrder(resources), [resources[1], resources[0]]);
    });
    it("ends a cycle in URN order rather than hang", () => {
        assert.deepEqual(urnsOf(deployOrder([resource("b", { dependencies: ["a"] }), resource("a", { dependencies: ["b"] }), resource("c", { dependencies: ["a"] })])), ["a", "b", "c"]);
    });
});

describe("redact", () => {
    const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    it("sorts the keys of every object, nested ones and those in lists too", () => {
        const redacted = redact({ b: 1, a: { d: [{ f: 1, e: 2 }], c: 2 } }) as Record<string, Record<string, unknown[]>>;
        assert.deepEqual(Object.keys(redacted), ["a", "b"]);
        assert.deepEqual(Object.keys(redacted.a), ["c", "d"]);
        assert.deepEqual(Object.keys(redacted.a.d[0] as object), ["e", "f"]);
    });
    it("prints a secret as the placeholder, wherever it is", () => {
        const secret = { [SIGNATURE_KEY]: "1b47061264138c4ac30d75fd1eb44270", value: "hunter2" };
        assert.deepEqual(redact({ password: secret, list: [secret] }), { list: [SECRET_PLACEHOLDER], password: SECRET_PLACEHOLDER });
        assert.equal(SECRET_PLACEHOLDER, "[secret]");
    });
    it("prints a resource reference as its URN", () => {
        const reference = { [SIGNATURE_KEY]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:pulumi:dev::p::t::n", id: "n-id" };
        assert.deepEqual(redact({ ref: reference }), { ref: "urn:pulumi:dev::p::t::n" });
    });
    it("keeps scalars, null and list order", () => {
        assert.deepEqual(redact({ list: [3, "x", null, true], nothing: null }), { list: [3, "x", null, true], nothing: null });
        assert.equal(redact("x"), "x");
    });
});

describe("the mocks and the recorder", () => {
    let recorder: RegistrationRecorder;
    before(async () => (recorder = await RegistrationRecorder.install("mesh-observability", "test")));

    it("run the program as `pulumi up` does, not a preview: an output the provider leaves out is known, and applies on it run", async () => {
        // in a preview the SDK marks outputs missing from the state unknown and skips their applies (a Job's status)
        let applied = false;
        new k8s.batch.v1.Job("job", {}).status.apply(() => (applied = true));
        await settle();
        assert.ok(applied);
    });
    it("refuse a provider function the program calls, naming it", async () => {
        await assert.rejects(pulumi.runtime.invoke("kubernetes:helm:template", {}), /the program called kubernetes:helm:template, which the mocks do not implement/);
    });
    it("forget, between two runs, which resources were kept on delete", async () => {
        new k8s.core.v1.ConfigMap("kept", {}, { retainOnDelete: true });
        await settle();
        assert.equal(recorder.retainedOnDelete.size, 1);
        recorder.reset();
        new k8s.core.v1.ConfigMap("kept", {}, { retainOnDelete: false });
        await settle();
        assert.deepEqual([recorder.resources.length, recorder.retainedOnDelete.size], [1, 0]);
    });
});
