// The policy pack `pulumi preview --policy-pack policy` starts. The CLI runs it through @pulumi/pulumi's
// cmd/run-policy-pack, which always registers ts-node (its vendored 7.0.1, type-checking) for `.ts` files that are
// require()d, whatever PulumiPolicy.yaml says; it then require()s this directory. This entry is `.mts`, so Node
// itself loads it as an ES module with the types stripped, and everything it imports is loaded by Node the same way.
// Never import this file from a test: new PolicyPack() starts a gRPC server and can exit the process.
import { PolicyPack } from "@pulumi/policy";
import { POLICIES, POLICY_PACK_NAME } from "./policies.ts";

new PolicyPack(POLICY_PACK_NAME, {
    description: "mesh-observability: pinned charts, no plaintext credentials, requests on every container, no published UI without sign-in; in production HA, disruption budgets, STRICT mTLS and signed-in UIs.",
    enforcementLevel: "mandatory",
    policies: POLICIES,
});
