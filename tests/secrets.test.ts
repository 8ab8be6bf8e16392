// The whole program as `npm run synth` runs it, but with the secret config in plain text (as `pulumi up` decrypts it):
// no secret value, neither a secret config value nor a generated one, reaches the desired state or the stack outputs
// unmarked. (Stack files' `secure:` values cannot be decrypted offline, so synth itself never sees them.)
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { type DesiredState, RegistrationRecorder, SECRET_PLACEHOLDER, synthesize } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";

const root = path.resolve(import.meta.dirname, "..");
const PLAINTEXTS = { "mesh-observability:tempoStorageAccessKey": "plain-access-key", "mesh-observability:tempoStorageSecretKey": "plain-secret-key" };

let state: DesiredState;
before(async () => {
    const files = loadStackConfigFiles(root, "secrets", path.join(import.meta.dirname, "fixtures/Pulumi.secrets.yaml"));
    pulumi.runtime.setAllConfig({ ...files.config, ...PLAINTEXTS }, files.secretKeys);
    const recorder = await RegistrationRecorder.install(files.project, "secrets");
    state = await synthesize(recorder, files.project, "secrets", async () => ({ ...(await import("../index.ts")) }));
});

const document = () => JSON.stringify(state);

describe("secrets in the desired state", () => {
    it("never prints a secret config value", () => {
        for (const plaintext of Object.values(PLAINTEXTS)) assert.ok(!document().includes(plaintext), `${plaintext} is in the document`);
    });
    it("never prints a generated password or key", () => {
        // the mocks return mock-<resource name> as every random result
        assert.deepEqual(document().match(/mock-[a-z-]+/g), null);
    });
    it("did receive both: the keys' Secret and the generated values exist", () => {
        const names = state.resources.map((r) => `${r.type}::${r.name}`);
        assert.ok(names.includes("kubernetes:core/v1:Secret::tempo-s3-credentials"));
        // Grafana's admin password, Kiali's signing key and Kiali's Grafana viewer password
        assert.equal(state.resources.filter((r) => r.type === "random:index/randomPassword:RandomPassword").length, 3);
    });
    it("exports Grafana's admin password as a secret", () => {
        assert.equal(state.outputs.grafanaAdminPassword, SECRET_PLACEHOLDER);
    });
});
