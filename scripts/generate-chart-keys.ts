// Regenerates stacks/chart-keys.json: for every chart the platform pins, the tree of value keys the chart
// accepts, read from the chart's own values files. `chartValues` is checked against it (stacks/chart-values.ts),
// and the tests check the platform's own values against it. The upstream files are not part of this repository:
// pass the folder that holds them.
//
//   npm run generate:chart-keys -- <charts-dir> [--crds <crd-dir>] [--out <file>]
//        e.g. npm run generate:chart-keys -- ../shared/charts            (--crds defaults to <charts-dir>/../crds)
// (--out writes elsewhere than stacks/chart-keys.json: scripts/check-upstream.sh compares the two.)
//
// <charts-dir> holds <chart>/<version>/values.yaml (Istio's charts as istio-<chart>/<version>/ or <chart>/<version>/),
// plus <chart>/<version>/charts/<subchart>/values.yaml where a chart has subcharts; `helm show values` prints the
// file, `helm pull --untar` unpacks the subcharts. <crd-dir> holds kiali-operator-<version>/kialis.kiali.io.yaml:
// kiali-server's values are the Kiali CR's spec, so the CRD's spec fields count as keys too.
//
// How keys are judged (the rules of the reference checker, ../shared/tools/README.md "How keys are judged"):
// where the defaults hold a non-empty mapping, a key must be one of its keys; below an empty mapping, null, a
// scalar or a list everything is accepted (free-form: the chart copies it as it is). Free-form too: Kubernetes
// objects charts copy into manifests (`resources`, `affinity`, …, any `*labels`/`*annotations`), maps whose keys
// all hold `.` or `/` (label-style), sections that the values' own templates render with `toYaml`, and the
// pass-through sections listed in PASS_THROUGH. Keys that templates in the values read (`.Values.a.b`) count.
// The output depends only on the input files: running it twice gives the same bytes.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import * as YAML from "yaml";
import type { ChartRef } from "../components/helm.ts";
import { type ChartKeyEntry, type ChartKeyIndex, type KeyNode, PINNED_CHARTS, chartKeyId } from "../stacks/chart-values.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "stacks", "chart-keys.json");

const ISTIO_CHARTS = new Set(["base", "istiod", "gateway", "cni", "ztunnel"]);
/** Istio charts copy `pilot.*` (istiod, templates/zzy_descope_legacy.yaml) and `cni.*` (cni) to the root of their values. */
const ISTIO_ALIASES: Record<string, string> = { istiod: "pilot", cni: "cni" };
/** Read by every Istio chart's zzz_profile.yaml, set top-level or under `global` (chart-facts.md, Istio). */
const ISTIO_PROFILE_KEYS = ["profile", "compatibilityVersion", "platform", "revision"];
/**
 * Sections a chart hands on as they are (a config file; a subchart whose values are not in the charts folder).
 * Istio's meshConfig is a MeshConfig message (istio/api), not judged by the chart's defaults.
 */
const PASS_THROUGH: Record<string, string[][]> = {
    istiod: [["meshConfig"]],
    ztunnel: [["meshConfig"]],
    "kube-prometheus-stack": [
        ["grafana", "grafana.ini"],
        ["alertmanager", "config"],
        ["kube-state-metrics"],
        ["prometheus-node-exporter"],
        ["prometheus-windows-exporter"],
    ],
    "tempo-distributed": [["minio"], ["rollout_operator"]],
    metallb: [["frr-k8s"]],
};
/**
 * Keys a chart's templates read although its values.yaml lists them only in a comment, with the template that
 * reads them: they count as keys. Empty today; an unknown-key message names this list when a comment mentions the key.
 */
const EXTRA_KEYS: Record<string, string[][]> = {};
/** Names that appear as keys in commented-out lines (`# adminPassword: …`): a hint in the unknown-key message. */
const COMMENTED_KEY = /^\s*#+\s*["']?([A-Za-z_][\w.-]*)["']?:(?:\s|$)/gm;

/** Kubernetes objects and maps that charts copy into manifests as they are. */
const KUBERNETES_FIELDS = new Set([
    "resources", "securityContext", "podSecurityContext", "containerSecurityContext", "affinity", "nodeSelector",
    "tolerations", "topologySpreadConstraints", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
    "strategy", "updateStrategy", "deploymentStrategy", "seccompProfile", "seLinuxOptions", "dnsConfig",
]);
const isKubernetesField = (key: string) => KUBERNETES_FIELDS.has(key) || /(labels|annotations)$/i.test(key);

/** A tree of keys as it is built: mappings, and null where a default is a leaf or anything goes. */
type RawTree = { [key: string]: RawTree | null };

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrict = (v: unknown): v is RawTree => isMap(v) && Object.keys(v).length > 0;

function rawTree(value: unknown): RawTree | null {
    if (!isMap(value)) return null;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rawTree(v)]));
}

/** Keys either tree allows; a side that allows anything makes the union allow anything. */
function union(a: RawTree | null | undefined, b: RawTree | null | undefined): RawTree | null {
    if (a === undefined) return b ?? null;
    if (b === undefined) return a;
    if (!isStrict(a) || !isStrict(b)) return null;
    const out: RawTree = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = union(out[k], v);
    return out;
}

/** Walks to `keys`, creating mappings on the way; `freeForm` makes the end accept anything, else only a missing key is added. */
function reach(tree: RawTree, keys: string[], freeForm: boolean): void {
    let node = tree;
    for (const [i, key] of keys.entries()) {
        if (i === keys.length - 1) {
            if (freeForm || !(key in node)) node[key] = null;
            return;
        }
        if (!(key in node)) node[key] = {};
        else if (!isStrict(node[key])) return; // already free-form
        node = node[key];
    }
}

// Templates in the values (tempo's `config`) name the keys they read; `toYaml` passes a section through.
const VALUES_REF = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const TO_YAML = [
    /toYaml\s+\(?\s*\$?\.Values((?:\.[\w-]+)+)/g,
    /\$?\.Values((?:\.[\w-]+)+)\s*\|\s*toYaml/g,
    /with\s+\$?\.Values((?:\.[\w-]+)+)\s*-?}}(?:(?!{{-?\s*end)[\s\S]){0,200}?toYaml\s+\.\s/g,
];
function addTemplateReferences(value: unknown, tree: RawTree): void {
    if (Array.isArray(value) || isMap(value)) {
        for (const item of Object.values(value)) addTemplateReferences(item, tree);
        return;
    }
    if (typeof value !== "string" || !value.includes("{{")) return;
    const keys = (dotted: string) => dotted.split(".").filter(Boolean);
    for (const m of value.matchAll(VALUES_REF)) reach(tree, keys(m[1]), false);
    for (const pattern of TO_YAML) for (const m of value.matchAll(pattern)) reach(tree, keys(m[1]), true);
}

type Schema = { properties?: Record<string, Schema>; "x-kubernetes-preserve-unknown-fields"?: boolean };

/** The keys of a CRD schema: null where any key is accepted. */
function schemaTree(schema: Schema | undefined): RawTree | null {
    if (!isMap(schema?.properties) || schema["x-kubernetes-preserve-unknown-fields"]) return null;
    return Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, schemaTree(v)]));
}

/** The CRD's keys over the defaults: the schema decides where it lists fields, the defaults keep keys only they have. */
function overlay(defaults: RawTree | null | undefined, spec: RawTree | null | undefined): RawTree | null {
    if (spec === undefined) return defaults ?? null;
    if (spec === null) return null;
    const out: RawTree = isMap(defaults) ? { ...defaults } : {};
    for (const [k, v] of Object.entries(spec)) out[k] = overlay(out[k], v);
    return out;
}

/** The index form: 0 where anything goes, else the known keys (sorted, so the file is stable). */
function compile(node: RawTree | null, key?: string): KeyNode {
    if (key !== undefined && isKubernetesField(key)) return 0;
    if (!isStrict(node)) return 0;
    const keys = Object.keys(node).sort();
    if (keys.every((k) => /[./]/.test(k))) return 0;
    return Object.fromEntries(keys.map((k) => [k, compile(node[k], k)]));
}

function keyNames(node: KeyNode, into = new Set<string>()): Set<string> {
    if (node === 0) return into;
    for (const [key, child] of Object.entries(node)) keyNames(child, into.add(key));
    return into;
}

function readYaml(file: string): unknown {
    return YAML.parse(fs.readFileSync(file, "utf8"), { uniqueKeys: false }) ?? {};
}

function chartDir(chartsDir: string, ref: ChartRef): string {
    const candidates = [ref.chart, ...(ISTIO_CHARTS.has(ref.chart) ? [`istio-${ref.chart}`] : [])].map((d) => path.join(chartsDir, d, ref.version));
    const found = candidates.find((d) => fs.existsSync(path.join(d, "values.yaml")));
    if (!found) throw new Error(`${ref.chart} ${ref.version}: no values.yaml in ${candidates.join(" or ")}`);
    return found;
}

/** The defaults a chart's templates see: Istio charts keep theirs under `_internal_defaults_do_not_set`. */
function defaultsOf(ref: ChartRef, values: unknown): unknown {
    return ISTIO_CHARTS.has(ref.chart) && isMap(values) ? (values._internal_defaults_do_not_set ?? {}) : values;
}

function indexChart(chartsDir: string, crdDir: string, ref: ChartRef): ChartKeyEntry {
    const dir = chartDir(chartsDir, ref);
    const sources = [path.join(dir, "values.yaml")];
    const values = readYaml(sources[0]);
    let tree = rawTree(defaultsOf(ref, values)) ?? {};
    addTemplateReferences(values, tree);

    const subchartsDir = path.join(dir, "charts");
    const subcharts = fs.existsSync(subchartsDir) ? fs.readdirSync(subchartsDir).sort() : [];
    for (const sub of subcharts) {
        const file = path.join(subchartsDir, sub, "values.yaml");
        if (!fs.existsSync(file)) continue;
        sources.push(file);
        const subValues = readYaml(file);
        const subTree = rawTree(subValues) ?? {};
        addTemplateReferences(subValues, subTree);
        tree[sub] = union(tree[sub], subTree);
        if (isStrict(subTree.global)) tree.global = union(tree.global, subTree.global);
    }

    let aliases: string[] = [];
    if (ISTIO_CHARTS.has(ref.chart)) {
        // every Istio chart takes the others' `global` (they share one) and the profile keys
        for (const other of [...ISTIO_CHARTS].sort()) {
            if (other === ref.chart) continue;
            const otherDir = chartDir(chartsDir, { ...ref, chart: other });
            const otherDefaults = defaultsOf({ ...ref, chart: other }, readYaml(path.join(otherDir, "values.yaml")));
            if (isMap(otherDefaults)) tree.global = union(tree.global, rawTree(otherDefaults.global));
            sources.push(path.join(otherDir, "values.yaml") + " (global)");
        }
        for (const key of ISTIO_PROFILE_KEYS) if (!(key in tree)) tree[key] = null;
        for (const key of ["profile", "platform"]) reach(tree, ["global", key], true);
        const alias = ISTIO_ALIASES[ref.chart];
        if (alias && !(alias in tree)) aliases = [alias];
    }
    for (const section of PASS_THROUGH[ref.chart] ?? []) reach(tree, section, true);
    for (const extra of EXTRA_KEYS[ref.chart] ?? []) reach(tree, extra, false);

    if (ref.chart === "kiali-server") {
        const crd = path.join(crdDir, `kiali-operator-${ref.version}`, "kialis.kiali.io.yaml");
        if (!fs.existsSync(crd)) throw new Error(`kiali-server ${ref.version}: its values are the Kiali CR's spec; no ${crd}`);
        const definition = readYaml(crd) as { spec?: { versions?: { storage?: boolean; schema?: { openAPIV3Schema?: Schema } }[] } };
        const stored = definition.spec?.versions?.find((v) => v.storage);
        tree = overlay(tree, schemaTree(stored?.schema?.openAPIV3Schema?.properties?.spec)) ?? {};
        sources.push(crd);
    }

    const keys = compile(tree);
    const known = keyNames(keys);
    const valuesFiles = [path.join(dir, "values.yaml"), ...subcharts.map((sub) => path.join(subchartsDir, sub, "values.yaml")).filter((f) => fs.existsSync(f))];
    const commented = [...new Set(valuesFiles.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(COMMENTED_KEY)].map((m) => m[1])))]
        .filter((name) => !known.has(name))
        .sort();
    return {
        chart: ref.chart,
        version: ref.version,
        repo: ref.repo,
        sources: sources.map((s) => path.relative(chartsDir, s).split(path.sep).join("/")),
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(commented.length > 0 ? { commented } : {}),
        keys,
    };
}

/** Builds the index for the pinned charts; the order is the id's, so the file is stable. */
export function buildIndex(chartsDir: string, crdDir: string, charts: readonly ChartRef[] = PINNED_CHARTS): ChartKeyIndex {
    const entries = [...charts].sort((a, b) => chartKeyId(a).localeCompare(chartKeyId(b))).map((ref) => [chartKeyId(ref), indexChart(chartsDir, crdDir, ref)] as const);
    return {
        "//": "Generated by `npm run generate:chart-keys -- <charts-dir>` (scripts/generate-chart-keys.ts) from each pinned chart's values.yaml. Do not edit by hand. 0 marks a free-form section.",
        charts: Object.fromEntries(entries),
    };
}

/** One chart per line block: the key trees are written compactly, one top-level key per line, so a bump diffs readably. */
export function serialize(index: ChartKeyIndex): string {
    const lines = ["{", `  "//": ${JSON.stringify(index["//"])},`, '  "charts": {'];
    const ids = Object.keys(index.charts);
    ids.forEach((id, i) => {
        const { keys, ...meta } = index.charts[id];
        lines.push(`    ${JSON.stringify(id)}: {`);
        for (const [field, value] of Object.entries(meta)) lines.push(`      ${JSON.stringify(field)}: ${JSON.stringify(value)},`);
        if (keys === 0) lines.push('      "keys": 0');
        else {
            lines.push('      "keys": {');
            const top = Object.keys(keys);
            top.forEach((key, j) => lines.push(`        ${JSON.stringify(key)}: ${JSON.stringify(keys[key])}${j < top.length - 1 ? "," : ""}`));
            lines.push("      }");
        }
        lines.push(`    }${i < ids.length - 1 ? "," : ""}`);
    });
    lines.push("  }", "}");
    return `${lines.join("\n")}\n`;
}

function main(argv: string[]): void {
    const usage = "usage: npm run generate:chart-keys -- <charts-dir> [--crds <crd-dir>] [--out <file>]";
    const positional: string[] = [];
    let crdDir: string | undefined;
    let out = OUT;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === "--crds" && argv[i + 1]) crdDir = argv[++i];
        else if (argv[i] === "--out" && argv[i + 1]) out = path.resolve(argv[++i]);
        else if (argv[i].startsWith("-")) throw new Error(usage);
        else positional.push(argv[i]);
    }
    if (positional.length !== 1) throw new Error(usage);
    const chartsDir = path.resolve(positional[0]);
    if (!fs.statSync(chartsDir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${positional[0]} is not a folder\n${usage}`);
    const index = buildIndex(chartsDir, path.resolve(crdDir ?? path.join(chartsDir, "..", "crds")));
    fs.writeFileSync(out, serialize(index));
    console.log(`wrote ${path.relative(process.cwd(), out)}:`);
    for (const [id, entry] of Object.entries(index.charts)) console.log(`  ${id}  <- ${entry.sources.join(", ")}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    try {
        main(process.argv.slice(2));
    } catch (e) {
        console.error(`generate-chart-keys: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 1;
    }
}
