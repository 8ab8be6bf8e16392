// Every rule of the pack, in the order a report lists them. The pack's entry (index.mts) serves these; the tests run
// the same objects against the desired state of each stack (tests/policy.test.ts).
import type { Policies } from "@pulumi/policy";
import { PRODUCTION_POLICIES } from "./production.ts";
import { helmChartPinned, noPlaintextCredentials, requestsSet, secretsStaySecret } from "./rules.ts";
import { publishedUisSignIn } from "./ui-exposure.ts";

export const POLICY_PACK_NAME = "mesh-observability";

export const POLICIES: Policies = [helmChartPinned, noPlaintextCredentials, secretsStaySecret, requestsSet, publishedUisSignIn, ...PRODUCTION_POLICIES];
