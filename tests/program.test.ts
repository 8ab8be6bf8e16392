// The entry point under mocks: config is validated before anything is registered.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../stacks/config.ts";
import { RegistrationRecorder, settle } from "../scripts/desired-state.ts";

describe("program with invalid config", () => {
    it("throws every problem before registering any resource", async () => {
        pulumi.runtime.setAllConfig({ "mesh-observability:meshMode": "sidecars", "mesh-observability:ingressNginx": "no" });
        const recorder = await RegistrationRecorder.install("mesh-observability", "invalid");
        await assert.rejects(import("../index.ts"), (err: unknown) => err instanceof ConfigError && err.problems.length === 2);
        await settle();
        assert.deepEqual(recorder.resources, []);
    });
});
