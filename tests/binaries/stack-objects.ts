// The Kubernetes objects the program declares itself, per stack variant, for the tests that hand them to a real API
// server: `npm run synth` (with --reveal-secrets: the server checks what a Secret holds) in child processes, two at
// a time, then every `kubernetes:<group>/<version>:<Kind>` resource in the program's dependency order. Helm releases
// and charts (their objects come from upstream charts: HELM_CHARTS_DIR) and `kubernetes:yaml/*` (files Pulumi reads
// at deploy time, e.g. the Gateway API CRDs from their release URL) are not objects the program spells out.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as YAML from "yaml";
import type { DesiredState, ResourceRecord } from "../../scripts/desired-state.ts";
import type { Unavailable } from "../../scripts/crds.ts";
import { findCrds } from "./find.ts";
import type { KubeObject } from "./kube-client.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** A stack file: Pulumi.<base>.yaml with the keys of `set` replaced (mesh-observability:<key>). */
export interface Variant {
    readonly name: string;
    /** The stack name synth runs under (default: `name`); URNs carry it, so states to be diffed need the same one. */
    readonly stack?: string;
    readonly base: "dev" | "prod";
    readonly set?: Readonly<Record<string, unknown>>;
}

const SECRET = { secure: "v1:AAAAAAAAAAAAAAAA:dG9rZW4=" };
export const TAIL_SAMPLING = { tailSampling: { enabled: true } };
export const TRACE_EXPORTERS = {
    traceExporters: [
        { name: "lightstep", endpoint: "ingest.lightstep.com:443", headers: { "lightstep-access-token": "lightstepAccessToken" } },
        { name: "vendor", protocol: "http", endpoint: "https://otlp.vendor.example", headers: { authorization: "vendorAuthorization" } },
    ],
    lightstepAccessToken: SECRET,
    vendorAuthorization: SECRET,
};
// the UIs on host names, as scripts/check-upstream.sh builds dev-ui and prod-ui
export const DEV_UI = {
    ui: { domain: "172.18.255.200.nip.io" },
    entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.201" },
};
export const PROD_UI = {
    meshMode: "ambient",
    ui: { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" },
    entryPointAddresses: { istioGateway: "10.20.0.10" },
};

/** The program's desired state for one variant: `npm run synth` in a child process, as reviewers and checkers run it. */
export function synth(variant: Variant, dir: string): Promise<DesiredState> {
    // edited as a document, so every other scalar keeps its quoting: a quoted "2024-04-01" written back plain would
    // become a date for the stack-file reader (js-yaml, YAML 1.1 timestamps)
    const doc = YAML.parseDocument(fs.readFileSync(path.join(root, `Pulumi.${variant.base}.yaml`), "utf8"));
    for (const [key, value] of Object.entries(variant.set ?? {})) doc.setIn(["config", `mesh-observability:${key}`], doc.createNode(value));
    const file = path.join(dir, `Pulumi.${variant.name}.yaml`);
    fs.writeFileSync(file, doc.toString());
    const args = ["--import", "./scripts/compile-cache.ts", "scripts/synth.ts", "--stack", variant.stack ?? variant.name, "--config-file", file, "--reveal-secrets"];
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: root });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on("data", (b: Buffer) => out.push(b));
        child.stderr.on("data", (b: Buffer) => err.push(b));
        child.on("error", reject);
        child.on("exit", (code) => {
            if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as DesiredState);
            else reject(new Error(`synth ${variant.name} exited with ${code}:\n${Buffer.concat(err).toString("utf8")}`));
        });
    });
}

/** Every variant's desired state, two synths at a time (one per core). */
export async function synthAll(variants: readonly Variant[], dir: string): Promise<Map<string, DesiredState>> {
    const queue = [...variants];
    const states = new Map<string, DesiredState>();
    const worker = async () => {
        for (let variant = queue.shift(); variant; variant = queue.shift()) states.set(variant.name, await synth(variant, dir));
    };
    await Promise.all([worker(), worker()]);
    return states;
}

const OBJECT_TYPE = /^kubernetes:([\w.-]+)\/(v[\w]+):(\w+)$/;
const NOT_OBJECTS = new Set(["helm.sh", "yaml", "kustomize"]);

export interface Declared {
    readonly resource: ResourceRecord;
    readonly object: KubeObject;
}

/** `Kind namespace/name` */
export const describeObject = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name ?? ""}`;

/** The Kubernetes objects `state` declares itself, in its dependency order (the order `pulumi up` could create them). */
export function declaredObjects(state: DesiredState): Declared[] {
    const declared: Declared[] = [];
    for (const resource of state.resources) {
        const match = OBJECT_TYPE.exec(resource.type);
        if (!match || NOT_OBJECTS.has(match[1])) continue;
        const [, group, version, kind] = match;
        const inputs = resource.inputs as Partial<KubeObject>;
        const object = { ...inputs, apiVersion: inputs.apiVersion ?? (group === "core" ? version : `${group}/${version}`), kind: inputs.kind ?? kind, metadata: { ...(inputs.metadata ?? {}) } } as KubeObject;
        // Pulumi names an object without metadata.name `<resource name>-<random suffix>`: the program names them all,
        // and a test that meets one without a name says so rather than inventing the suffix
        if (!object.metadata.name) throw new Error(`${resource.type} ${resource.name} has no metadata.name (Pulumi would auto-name it)`);
        declared.push({ resource, object });
    }
    return declared;
}

/** The namespaces the objects live in that no Namespace object of the same state declares (a Helm release creates them). */
export function undeclaredNamespaces(declared: readonly Declared[]): string[] {
    const made = new Set(declared.filter((d) => d.object.kind === "Namespace").map((d) => d.object.metadata.name));
    const used = new Set(declared.map((d) => d.object.metadata.namespace).filter((ns): ns is string => typeof ns === "string"));
    return [...used].filter((ns) => !made.has(ns)).sort();
}

/** CustomResourceDefinitions in every .yaml/.yml/.json file under `dir` (any depth; several documents a file). */
export function readCrds(dir: string): KubeObject[] {
    const crds: KubeObject[] = [];
    const walk = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const file = path.join(folder, entry.name);
            if (entry.isDirectory()) walk(file);
            else if (/\.(ya?ml|json)$/.test(entry.name)) {
                for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, "utf8"))) {
                    const value = doc.toJS() as KubeObject | null;
                    if (value?.kind === "CustomResourceDefinition" && value.apiVersion === "apiextensions.k8s.io/v1") crds.push(value);
                }
            }
        }
    };
    walk(dir);
    return crds;
}

/** A copy of `object` with the value at `path` (keys and list indexes) set; the path must exist up to its last step. */
export function withValue(object: KubeObject, path: readonly (string | number)[], value: unknown): KubeObject {
    const copy = structuredClone(object) as Record<string | number, unknown>;
    let at: Record<string | number, unknown> = copy;
    for (const step of path.slice(0, -1)) {
        const next = at[step];
        if (typeof next !== "object" || next === null) throw new Error(`${describeObject(object)} has nothing at ${path.join(".")} (stopped at ${step})`);
        at = next as Record<string | number, unknown>;
    }
    at[path[path.length - 1]] = value;
    return copy as KubeObject;
}

/** The pinned CRDs the API-server tests install (tests/binaries/find.ts findCrds), and the groups left out and why. */
export interface PinnedCrds {
    readonly crds: KubeObject[];
    readonly from: string;
    readonly unavailable: readonly Unavailable[];
}

export function pinnedCrds(): PinnedCrds {
    const { dir, from, unavailable } = findCrds();
    return { crds: readCrds(dir), from, unavailable };
}

const groupOf = (apiVersion: string) => (apiVersion.includes("/") ? apiVersion.split("/")[0] : "");

/**
 * The skipped api versions no refused source explains: with the pinned CRDs installed, a custom resource may only be
 * skipped because the module proxy refused the source of its group (binaries/crds.json), never for want of a CRD.
 */
export function unexplainedSkips(apiVersions: Iterable<string>, unavailable: readonly Unavailable[]): string[] {
    const refused = new Set(unavailable.flatMap((u) => u.groups));
    return [...new Set(apiVersions)].filter((v) => !refused.has(groupOf(v))).sort();
}

/** One line per refused source, for a test's diagnostic. */
export const refusedSources = (unavailable: readonly Unavailable[]): string =>
    unavailable.map((u) => `${u.groups.join(", ")}: ${u.module}@${u.version} refused by the Go module proxy (${u.reason.split("\n").at(-1)?.trim() ?? ""})`).join("; ");
