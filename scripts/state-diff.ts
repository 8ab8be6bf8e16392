// What changes between two desired-state documents (`npm run synth` output): resources added, removed, replaced
// and changed, with every changed input path and its old and new value. Pure: no git, no files; scripts/diff.ts
// feeds it and tests/state-diff.test.ts pins it.
//
// A resource is the same resource when its URN is (type, name and parent chain are in the URN, as Pulumi keys
// state). It counts as **replaced** (deleted and created again, not updated in place) when:
// - its type changed while its name and parent stayed (Pulumi deletes the old type and creates the new one);
// - a Kubernetes object's `metadata.name` or `metadata.namespace`, or its `apiVersion` or `kind`, changed: an
//   object cannot be renamed or moved, the provider creates a new one and deletes the old;
// - a Helm resource's release `name`, `namespace` or `chart` changed: every object the release renders is named
//   after the release and lives in its namespace, and another chart is another set of objects;
// - an input that the Kubernetes provider cannot update in place changed (its force-new table, below): a Job's pod
//   template, a StatefulSet's volume templates, a Secret's or ConfigMap's data (the stack's provider keeps them
//   immutable), a Service's cluster IP, a RoleBinding's roleRef;
// - any input of a `random:` resource changed: each of them forces a new value (a new password, a new key).
// Secrets stay `"[secret]"` on both sides: a changed secret value cannot be seen offline, only a value that
// becomes or stops being secret.
import type { DesiredState, ResourceRecord } from "./desired-state.ts";

/** Marks a side where a path does not exist. */
export const ABSENT: unique symbol = Symbol("absent");
type Side = unknown;

export interface PathChange {
    /** Dotted path from the resource's inputs (`values.grafana.admin.existingSecret`, `spec.tracing[0].providers`). */
    readonly path: string;
    readonly before: Side;
    readonly after: Side;
}

export interface ResourceDiff {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** For replacements: what forces them (changed paths, or the type). */
    readonly replacedBy?: readonly string[];
    readonly changes: readonly PathChange[];
    /** A short identity: `chart version` for Helm, `namespace/name` for Kubernetes objects. */
    readonly label?: string;
}

export interface StateDiff {
    readonly project: string;
    readonly stack: string;
    readonly added: readonly ResourceDiff[];
    readonly removed: readonly ResourceDiff[];
    readonly replaced: readonly ResourceDiff[];
    readonly changed: readonly ResourceDiff[];
    readonly unchanged: number;
    readonly outputs: readonly PathChange[];
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const HELM_TYPES = new Set(["kubernetes:helm.sh/v4:Chart", "kubernetes:helm.sh/v3:Release"]);

function step(path: string, key: string | number): string {
    if (typeof key === "number") return `${path}[${key}]`;
    const shown = /^[\w-]+$/.test(key) ? key : JSON.stringify(key);
    return path === "" ? shown : `${path}.${shown}`;
}

/** Every leaf-level difference between two JSON values; lists are compared item by item. */
export function changedPaths(before: unknown, after: unknown, path = ""): PathChange[] {
    if (isMap(before) && isMap(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((key) =>
            changedPaths(Object.hasOwn(before, key) ? before[key] : ABSENT, Object.hasOwn(after, key) ? after[key] : ABSENT, step(path, key)),
        );
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        const length = Math.max(before.length, after.length);
        return Array.from({ length }, (_, i) => changedPaths(i < before.length ? before[i] : ABSENT, i < after.length ? after[i] : ABSENT, step(path, i))).flat();
    }
    if (JSON.stringify(before) === JSON.stringify(after) && before !== ABSENT && after !== ABSENT) return [];
    if (before === ABSENT && after === ABSENT) return [];
    return [{ path: path || "(inputs)", before, after }];
}

/**
 * Inputs the Kubernetes provider replaces an object for, by `group/version:Kind` (pulumi-kubernetes v4.32.0
 * provider/pkg/provider/diff.go `forceNew`; Secrets and ConfigMaps as the provider treats them without
 * `enableSecretMutable` / `enableConfigMapMutable`, which the stack's provider does not set). The kinds the stack creates.
 */
const FORCE_NEW: Readonly<Record<string, readonly string[]>> = {
    "apps/v1:Deployment": ["spec.selector"],
    "apps/v1:DaemonSet": ["spec.selector"],
    "apps/v1:StatefulSet": ["spec.podManagementPolicy", "spec.revisionHistoryLimit", "spec.selector", "spec.serviceName", "spec.volumeClaimTemplates"],
    "batch/v1:Job": ["spec.completions", "spec.parallelism", "spec.selector", "spec.template"],
    "core/v1:ConfigMap": ["binaryData", "data"],
    "core/v1:PersistentVolumeClaim": ["spec.accessModes", "spec.selector", "spec.storageClassName", "spec.volumeName"],
    "core/v1:Secret": ["data", "stringData", "type"],
    "core/v1:Service": ["spec.clusterIP"],
    "rbac.authorization.k8s.io/v1:ClusterRoleBinding": ["roleRef"],
    "rbac.authorization.k8s.io/v1:RoleBinding": ["roleRef"],
    "storage.k8s.io/v1:StorageClass": ["parameters", "provisioner"],
};

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The input paths whose change replaces a resource of this type. */
function replacementPaths(type: string): ((path: string) => boolean) | undefined {
    if (type.startsWith("random:")) return () => true;
    if (HELM_TYPES.has(type)) return (path) => path === "name" || path === "namespace" || path === "chart";
    if (type.startsWith("kubernetes:") && !type.startsWith("kubernetes:yaml/") && !type.startsWith("pulumi:")) {
        const forceNew = FORCE_NEW[type.slice("kubernetes:".length)] ?? [];
        return (path) => ["apiVersion", "kind", "metadata.name", "metadata.namespace"].includes(path) || forceNew.some((prefix) => under(path, prefix));
    }
    return undefined;
}

/** `<last type>::<name>` of a URN: short enough to read in a list of dependencies. */
export function shortUrn(urn: string): string {
    const parts = urn.split("::");
    const types = parts.at(-2) ?? "";
    return `${types.split("$").at(-1)}::${parts.at(-1)}`;
}

function labelOf(resource: ResourceRecord): string | undefined {
    const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
    const inputs = resource.inputs;
    if (HELM_TYPES.has(resource.type)) return `${text(inputs.chart)} ${text(inputs.version)}`;
    const metadata = isMap(inputs.metadata) ? inputs.metadata : undefined;
    if (resource.type.startsWith("kubernetes:") && metadata?.name !== undefined) {
        return metadata.namespace !== undefined ? `${text(metadata.namespace)}/${text(metadata.name)}` : text(metadata.name);
    }
    return undefined;
}

function resourceDiff(resource: ResourceRecord, changes: PathChange[] = [], replacedBy?: string[]): ResourceDiff {
    const label = labelOf(resource);
    return { urn: resource.urn, type: resource.type, name: resource.name, ...(label ? { label } : {}), ...(replacedBy ? { replacedBy } : {}), changes };
}

/** Dependencies compare as sets: report what was added and removed rather than shifted list positions. */
function edgeChanges(before: ResourceRecord, after: ResourceRecord): PathChange[] {
    const was = new Set(before.dependencies.map(shortUrn));
    const now = new Set(after.dependencies.map(shortUrn));
    const added = [...now].filter((d) => !was.has(d)).sort();
    const removed = [...was].filter((d) => !now.has(d)).sort();
    return [
        ...removed.map((d) => ({ path: "(dependsOn)", before: d, after: ABSENT })),
        ...added.map((d) => ({ path: "(dependsOn)", before: ABSENT, after: d })),
    ];
}

/** Changed inputs, then the explicit provider and the dependency edges. */
function inputChanges(before: ResourceRecord, after: ResourceRecord): PathChange[] {
    const provider = (r: ResourceRecord) => (r.provider === null ? null : shortUrn(r.provider));
    const providerChange = provider(before) === provider(after) ? [] : [{ path: "(provider)", before: provider(before), after: provider(after) }];
    return [...changedPaths(before.inputs, after.inputs), ...providerChange, ...edgeChanges(before, after)];
}

/** Compares the desired state at the base (`before`) with the one at the head (`after`) of one stack. */
export function diffStates(before: DesiredState, after: DesiredState): StateDiff {
    const was = new Map(before.resources.map((r) => [r.urn, r]));
    const now = new Map(after.resources.map((r) => [r.urn, r]));
    const added = after.resources.filter((r) => !was.has(r.urn));
    const removed = before.resources.filter((r) => !now.has(r.urn));

    // a type change under the same name and parent is a replacement, not an unrelated removal and addition
    const replaced: ResourceDiff[] = [];
    const paired = new Set<string>();
    for (const old of removed) {
        const candidates = added.filter((r) => r.name === old.name && r.parent === old.parent && !paired.has(r.urn));
        if (candidates.length !== 1) continue;
        const [successor] = candidates;
        paired.add(old.urn).add(successor.urn);
        replaced.push(resourceDiff(successor, [{ path: "(type)", before: old.type, after: successor.type }, ...inputChanges(old, successor)], ["(type)"]));
    }

    const changed: ResourceDiff[] = [];
    let unchanged = 0;
    for (const resource of after.resources) {
        const old = was.get(resource.urn);
        if (!old) continue;
        const changes = inputChanges(old, resource);
        if (changes.length === 0) {
            unchanged++;
            continue;
        }
        const forces = replacementPaths(resource.type);
        const triggers = forces ? [...new Set(changes.filter((c) => forces(c.path) && c.path !== "(provider)" && c.path !== "(dependsOn)").map((c) => c.path))] : [];
        if (triggers.length > 0) replaced.push(resourceDiff(resource, changes, triggers));
        else changed.push(resourceDiff(resource, changes));
    }

    const byUrn = (a: ResourceDiff, b: ResourceDiff) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0);
    return {
        project: after.project,
        stack: after.stack,
        added: added.filter((r) => !paired.has(r.urn)).map((r) => resourceDiff(r)).sort(byUrn),
        removed: removed.filter((r) => !paired.has(r.urn)).map((r) => resourceDiff(r)).sort(byUrn),
        replaced: replaced.sort(byUrn),
        changed: changed.sort(byUrn),
        unchanged,
        outputs: changedPaths(before.outputs, after.outputs),
    };
}

/** A value as it reads in the summary: JSON, cut short, `(absent)` where the path does not exist. */
export function showValue(value: Side, max = 100): string {
    if (value === ABSENT) return "(absent)";
    const text = JSON.stringify(value) ?? "undefined";
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

export function summaryLine(diff: StateDiff): string {
    const counts = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.replaced.length} replaced, ${diff.changed.length} changed`;
    return `${counts}; ${diff.unchanged} unchanged${diff.outputs.length > 0 ? `; ${diff.outputs.length} output value${diff.outputs.length === 1 ? "" : "s"} changed` : ""}`;
}

export const hasChanges = (diff: StateDiff) =>
    diff.added.length + diff.removed.length + diff.replaced.length + diff.changed.length + diff.outputs.length > 0;

function changeLines(changes: readonly PathChange[]): string[] {
    return changes.map((c) => {
        if (c.path === "(dependsOn)") return c.after === ABSENT ? `    (dependsOn) - ${String(c.before)}` : `    (dependsOn) + ${String(c.after)}`;
        return `    ${c.path}: ${showValue(c.before)} → ${showValue(c.after)}`;
    });
}

/**
 * The readable summary: one line per resource (`+` added, `-` removed, `!` replaced, `~` changed), the changed
 * paths below it, then the stack outputs. Lines start with the marks a `diff` code block colours.
 */
export function formatDiff(diff: StateDiff): string[] {
    const title = (mark: string, r: ResourceDiff, note = "") => `${mark} ${r.type} ${r.name}${r.label ? ` (${r.label})` : ""}${note}`;
    const lines: string[] = [];
    for (const r of diff.removed) lines.push(title("-", r));
    for (const r of diff.replaced) lines.push(title("!", r, `, replaced: ${(r.replacedBy ?? []).join(", ")} changed`), ...changeLines(r.changes));
    for (const r of diff.changed) lines.push(title("~", r), ...changeLines(r.changes));
    for (const r of diff.added) lines.push(title("+", r));
    if (diff.outputs.length > 0) lines.push("~ stack outputs", ...changeLines(diff.outputs));
    return lines;
}

export interface ReportOptions {
    /** What the base is, for the title (`origin/main (1a2b3c4)`). */
    readonly base: string;
    readonly format: "text" | "markdown";
    /** Cut the listing after this many characters (a pull-request comment holds 65536). */
    readonly maxChars?: number;
}

/** The whole report for one stack, as plain text or as a Markdown comment body. */
export function report(diff: StateDiff, options: ReportOptions): string {
    const heading = `${diff.project} ${diff.stack}: desired state against ${options.base}`;
    const summary = hasChanges(diff) ? summaryLine(diff) : `no change (${diff.unchanged} resources)`;
    let lines = formatDiff(diff);
    const limit = options.maxChars ?? Infinity;
    let cut = 0;
    while (lines.join("\n").length > limit && lines.length > 0) {
        lines = lines.slice(0, -1);
        cut++;
    }
    if (cut > 0) lines.push(`… ${cut} more lines: run \`npm run diff -- <base-ref> --stack ${diff.stack}\` for the whole summary`);
    if (options.format === "text") return [heading, summary, ...(lines.length > 0 ? ["", ...lines] : [])].join("\n") + "\n";
    const body = lines.length > 0 ? ["", "```diff", ...lines, "```"] : [];
    return [`#### ${heading}`, "", `**${summary}**`, ...body].join("\n") + "\n";
}
