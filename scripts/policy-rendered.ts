// node scripts/policy-rendered.ts <rendered-dir> <policy-config.json>
// Runs the policy pack over the objects the charts render (render-releases --out writes one YAML file per release),
// as a real `pulumi preview --policy-pack` sees a Chart v4's children; under mocks the charts render nothing, so this
// is how the pack's rules on rendered objects (requests, credentials and the config files in ConfigMaps, UI auth,
// replicas and disruption budgets, published UIs) are exercised against the pinned charts.
// Exit 1 on a mandatory violation. check-upstream.sh runs it where a folder of the pinned charts is set.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseAllDocuments } from "yaml";
import { blocking, readPolicyConfig, type RecordedResource, runPolicies } from "../policy/offline.ts";
import { POLICIES } from "../policy/policies.ts";

const [dir, configFile] = process.argv.slice(2);
if (!dir || !configFile) throw new Error("usage: node scripts/policy-rendered.ts <rendered-dir> <policy-config.json>");

const resources: RecordedResource[] = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml") && !f.startsWith("_")).sort()) {
    for (const document of parseAllDocuments(fs.readFileSync(path.join(dir, file), "utf8"))) {
        const object = document.toJS() as { apiVersion?: string; kind?: string; metadata?: { name?: string } } | null;
        if (!object?.apiVersion || !object.kind) continue;
        const groupVersion = object.apiVersion.includes("/") ? object.apiVersion : `core/${object.apiVersion}`;
        const name = `${path.basename(file, ".yaml")}/${object.metadata?.name ?? "-"}`;
        resources.push({ urn: `urn:rendered::${groupVersion}:${object.kind}::${name}`, type: `kubernetes:${groupVersion}:${object.kind}`, name, parent: null, dependencies: [], inputs: object });
    }
}
// mesh-wide mTLS looks for the program's own PeerAuthentication, which no chart renders (render-releases writes the
// program's objects to _stack-objects.yaml, left out here): tests/policy.test.ts judges it. The other stack rules
// (replicas, budgets, published UIs) judge rendered objects as a real preview shows them.
const PROGRAM_ONLY = new Set(["production-mesh-mtls-strict"]);
const outcome = await runPolicies(POLICIES, resources, { config: readPolicyConfig(configFile) });
const violations = outcome.violations.filter((v) => !PROGRAM_ONLY.has(v.policy));
const blockingCount = blocking({ ...outcome, violations }).length;
for (const v of violations) console.log(`${v.enforcementLevel.toUpperCase()} ${v.policy} ${v.message}`);
console.log(`policies on ${resources.length} rendered objects: ${violations.length} violations, ${blockingCount} blocking`);
process.exitCode = blockingCount > 0 ? 1 : 0;
