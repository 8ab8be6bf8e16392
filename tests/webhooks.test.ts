// The admission-webhook table of components/README.md against the desired state: every custom resource kind the
// stacks create has a row (none of the rows is stale), and every object of a kind depends on what the row says
// guarantees its webhook serves. The kinds come from the synthesised stacks, so a new kind fails here until the
// table says what admits it and what it waits for.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { Harness, type Registrations, type ResourceRecord } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");

/** The API groups Kubernetes itself serves (and Pulumi's own pseudo-groups): anything else is a custom resource. */
const BUILT_IN_GROUPS = new Set([
    "core",
    "apps",
    "batch",
    "policy",
    "autoscaling",
    "rbac.authorization.k8s.io",
    "networking.k8s.io",
    "storage.k8s.io",
    "admissionregistration.k8s.io",
    "apiextensions.k8s.io",
    "apiregistration.k8s.io",
    "scheduling.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
    "certificates.k8s.io",
    "node.k8s.io",
    "events.k8s.io",
    "flowcontrol.apiserver.k8s.io",
    "resource.k8s.io",
    "helm.sh",
    "yaml",
    "kustomize",
]);

/** `kubernetes:<group>/<version>:<Kind>` of a custom resource, as `<group>/<version>` and the kind; undefined for anything else. */
export function customResourceKind(resource: ResourceRecord): { apiVersion: string; kind: string } | undefined {
    const match = /^kubernetes:(([^/:]+)\/[^/:]+):(\w+)$/.exec(resource.type);
    if (!resource.custom || !match || BUILT_IN_GROUPS.has(match[2])) return undefined;
    return { apiVersion: match[1], kind: match[3] };
}

interface Row {
    readonly key: string;
    readonly webhook: string;
    /** `Kind::name` of each resource every object of the kind depends on. */
    readonly waitsFor: readonly string[];
}

/** The rows of the table under "## Admission webhooks", keyed `<apiVersion> <Kind>`. */
function webhookTable(markdown: string): Row[] {
    const section = markdown.split(/^## /m).find((part) => part.startsWith("Admission webhooks"));
    assert.ok(section, 'components/README.md has a section "## Admission webhooks"');
    const rows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| kind "));
    return rows.map((line) => {
        const cells = line.split(" | ").map((cell) => cell.replace(/^\| ?| ?\|$/g, "").trim());
        const kind = /^(\w+) \(`([^`]+)`\)$/.exec(cells[0]);
        assert.ok(kind, `a row's first cell reads "Kind (\`group/version\`)": ${cells[0]}`);
        return { key: `${kind[2]} ${kind[1]}`, webhook: cells[1], waitsFor: [...cells[4].matchAll(/`([^`]+)`/g)].map((m) => m[1]) };
    });
}

/** The stacks as users run them, both mesh modes, and with the UIs on host names (cert-manager's and Istio's kinds). */
const VARIANTS: { stack: string; overrides: Record<string, unknown> }[] = [
    { stack: "dev", overrides: {} },
    { stack: "prod", overrides: {} },
    { stack: "dev", overrides: { meshMode: "ambient" } },
    { stack: "prod", overrides: { meshMode: "ambient" } },
    { stack: "dev", overrides: { ui: { domain: "172.18.255.200.nip.io" }, entryPointAddresses: { istioGateway: "172.18.255.200" } } },
    { stack: "prod", overrides: { ui: { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" } } },
];

let stacks: { name: string; stack: Registrations<unknown> }[];
const table = webhookTable(fs.readFileSync(path.join(root, "components", "README.md"), "utf8"));
before(async () => {
    const harness = await Harness.create();
    stacks = [];
    for (const { stack, overrides } of VARIANTS) {
        const files = loadStackConfigFiles(root, stack);
        const config = parseStackConfig(
            { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [`mesh-observability:${key}`, typeof value === "string" ? value : JSON.stringify(value)])) },
            new Set(files.secretKeys),
        );
        stacks.push({ name: `${stack} ${JSON.stringify(overrides)}`, stack: await harness.run(() => buildPlatform(config)) });
    }
});

/** Every custom resource of every variant, with its `<apiVersion> <Kind>` key. */
const customResources = () =>
    stacks.flatMap(({ name, stack }) =>
        stack.resources.flatMap((resource) => {
            const kind = customResourceKind(resource);
            return kind ? [{ variant: name, stack, resource, key: `${kind.apiVersion} ${kind.kind}` }] : [];
        }),
    );

describe("the admission-webhook table (components/README.md)", () => {
    it("has one row per kind", () => {
        const keys = table.map((row) => row.key);
        assert.deepEqual(keys, [...new Set(keys)]);
    });
    it("lists every custom resource kind the stacks create", () => {
        const missing = [...new Set(customResources().map((cr) => cr.key))].filter((key) => !table.some((row) => row.key === key));
        assert.deepEqual(missing, [], "kinds created but not in the table");
    });
    it("lists no kind the stacks do not create", () => {
        const created = new Set(customResources().map((cr) => cr.key));
        assert.deepEqual(table.map((row) => row.key).filter((key) => !created.has(key)), []);
    });
    it("names what every kind waits for", () => {
        for (const row of table) assert.ok(row.waitsFor.length > 0, `${row.key}: the "waits for" cell names a resource`);
    });
    it("every custom resource depends on what guarantees its webhook serves", () => {
        const unguarded: string[] = [];
        for (const { variant, stack, resource, key } of customResources()) {
            const row = table.find((r) => r.key === key);
            if (!row) continue;
            const dependencies = stack.dependenciesOf(resource);
            for (const needed of row.waitsFor) {
                if (!dependencies.some((dependency) => dependency.endsWith(`:${needed}`))) unguarded.push(`${variant}: ${resource.name} (${key}) does not wait for ${needed}`);
            }
        }
        assert.deepEqual(unguarded, []);
    });
});

describe("customResourceKind", () => {
    const record = (type: string, custom = true) => ({ type, custom }) as ResourceRecord;
    it("reads a custom resource's group, version and kind", () => {
        assert.deepEqual(customResourceKind(record("kubernetes:gateway.networking.k8s.io/v1:Gateway")), { apiVersion: "gateway.networking.k8s.io/v1", kind: "Gateway" });
    });
    it("skips Kubernetes' own kinds, Pulumi's Helm and YAML resources and components", () => {
        for (const type of ["kubernetes:core/v1:Secret", "kubernetes:batch/v1:Job", "kubernetes:rbac.authorization.k8s.io/v1:Role", "kubernetes:helm.sh/v3:Release", "kubernetes:yaml/v2:ConfigFile"]) {
            assert.equal(customResourceKind(record(type)), undefined, type);
        }
        assert.equal(customResourceKind(record("mesh-observability:addons:MetalLb", false)), undefined);
    });
});
