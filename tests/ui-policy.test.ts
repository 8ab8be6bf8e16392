// The policy pack against the stacks with the UIs on host names: dev (self-signed CA, fixed entry addresses) and prod
// (ACME, both mesh modes) pass their policy configs as the stacks without a domain do.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { blocking, readPolicyConfig, runPolicies } from "../policy/offline.ts";
import { POLICIES } from "../policy/policies.ts";
import { RegistrationRecorder, SECRET_PLACEHOLDER, synthesize } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, PROJECT } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";

const root = path.resolve(import.meta.dirname, "..");

let recorder: RegistrationRecorder;
before(async () => (recorder = await RegistrationRecorder.install(PROJECT, "ui-policy")));

const variants = [
    { stack: "dev", overrides: { ui: { domain: "172.18.255.200.nip.io" }, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.201" } } },
    { stack: "prod", overrides: { ui: { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" } } },
    { stack: "prod", overrides: { meshMode: "ambient", ui: { domain: "observability.example.org", issuer: "corporate-pki" }, entryPointAddresses: { istioGateway: "10.20.0.10" } } },
];

describe("policy pack with the UIs on host names", () => {
    for (const { stack, overrides } of variants) {
        it(`${stack} with ${JSON.stringify(overrides)} passes`, async () => {
            const files = loadStackConfigFiles(root, stack);
            const raw = { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [`${PROJECT}:${key}`, typeof value === "string" ? value : JSON.stringify(value)])) };
            const config = parseStackConfig(raw, new Set(files.secretKeys));
            recorder.reset();
            const state = await synthesize(recorder, PROJECT, stack, () => Promise.resolve({ ...buildPlatform(config) }));
            const policyConfig = { ...readPolicyConfig(path.join(root, "policy", `config.${stack}.json`)), "secrets-stay-secret": { secretPlaceholder: SECRET_PLACEHOLDER } };
            const outcome = await runPolicies(POLICIES, state.resources, { config: policyConfig, stackOutputs: state.outputs });
            assert.deepEqual(outcome.violations, []);
            assert.deepEqual(blocking(outcome), []);
        });
    }
});
