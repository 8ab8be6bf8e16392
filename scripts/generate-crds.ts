// Regenerates crds/generated/ (typed models + compiled JSON-schema validators) from upstream CRD files with
// @kubernetes-models/crd-generate. The upstream YAML is not part of this repository: pass the folder that holds it.
//
//   npm run generate:crds -- <crd-dir>          e.g. npm run generate:crds -- ../shared/crds
//
// <crd-dir> holds <source>/<plural>.<group>.yaml (or the files directly). Only the kinds and versions listed in
// MODELS are generated. Before generating, each CRD is narrowed to that one version and its schema is given the
// Kubernetes structural-schema semantics that crd-generate leaves out (see `structural`), so that model.validate()
// rejects what the API server would. The generated models are compiled to ES-module JavaScript with declarations,
// and crds/generated/manifest.json records where every model came from.
// The output depends only on the input files and the pinned generator: running it twice gives the same bytes.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import * as YAML from "yaml";
import { createRequire } from "node:module";

// through require: the package's ES-module build imports a folder of ajv's (ERR_UNSUPPORTED_DIR_IMPORT)
const { generate } = createRequire(import.meta.url)("@kubernetes-models/crd-generate") as typeof import("@kubernetes-models/crd-generate");

/** One generated model: which CRD file, which version of it, and where the file comes from. */
export interface ModelSource {
    readonly kind: string;
    readonly group: string;
    readonly version: string;
    /** Folder under <crd-dir> that holds the file (the upstream project and release). */
    readonly sourceDir: string;
    /** `<plural>.<group>.yaml` */
    readonly file: string;
    /** Human-readable origin, for crds/README.md and manifest.json. */
    readonly source: string;
}

export const MODELS: readonly ModelSource[] = [
    { kind: "IPAddressPool", group: "metallb.io", version: "v1beta1", sourceDir: "metallb-0.16.1", file: "ipaddresspools.metallb.io.yaml", source: "MetalLB 0.16.1 chart CRDs" },
    { kind: "L2Advertisement", group: "metallb.io", version: "v1beta1", sourceDir: "metallb-0.16.1", file: "l2advertisements.metallb.io.yaml", source: "MetalLB 0.16.1 chart CRDs" },
    { kind: "Telemetry", group: "telemetry.istio.io", version: "v1", sourceDir: "istio-1.30.3", file: "telemetries.telemetry.istio.io.yaml", source: "Istio 1.30.3 base chart CRDs" },
    { kind: "PeerAuthentication", group: "security.istio.io", version: "v1", sourceDir: "istio-1.30.3", file: "peerauthentications.security.istio.io.yaml", source: "Istio 1.30.3 base chart CRDs" },
    { kind: "Gateway", group: "networking.istio.io", version: "v1", sourceDir: "istio-1.30.3", file: "gateways.networking.istio.io.yaml", source: "Istio 1.30.3 base chart CRDs" },
    { kind: "VirtualService", group: "networking.istio.io", version: "v1", sourceDir: "istio-1.30.3", file: "virtualservices.networking.istio.io.yaml", source: "Istio 1.30.3 base chart CRDs" },
    { kind: "OpenTelemetryCollector", group: "opentelemetry.io", version: "v1beta1", sourceDir: "opentelemetry-operator-0.158.0", file: "opentelemetrycollectors.opentelemetry.io.yaml", source: "OpenTelemetry Operator 0.158.0 CRDs (opentelemetry-operator chart 0.122.0)" },
    { kind: "Instrumentation", group: "opentelemetry.io", version: "v1alpha1", sourceDir: "opentelemetry-operator-0.158.0", file: "instrumentations.opentelemetry.io.yaml", source: "OpenTelemetry Operator 0.158.0 CRDs (opentelemetry-operator chart 0.122.0)" },
    { kind: "PodMonitor", group: "monitoring.coreos.com", version: "v1", sourceDir: "kube-prometheus-stack-88.5.3", file: "podmonitors.monitoring.coreos.com.yaml", source: "kube-prometheus-stack 88.5.3 chart CRDs (prometheus-operator 0.93.1)" },
    { kind: "ServiceMonitor", group: "monitoring.coreos.com", version: "v1", sourceDir: "kube-prometheus-stack-88.5.3", file: "servicemonitors.monitoring.coreos.com.yaml", source: "kube-prometheus-stack 88.5.3 chart CRDs (prometheus-operator 0.93.1)" },
    { kind: "PrometheusRule", group: "monitoring.coreos.com", version: "v1", sourceDir: "kube-prometheus-stack-88.5.3", file: "prometheusrules.monitoring.coreos.com.yaml", source: "kube-prometheus-stack 88.5.3 chart CRDs (prometheus-operator 0.93.1)" },
    { kind: "Gateway", group: "gateway.networking.k8s.io", version: "v1", sourceDir: "gateway-api-from-istio-1.30.3", file: "gateways.gateway.networking.k8s.io.yaml", source: "Gateway API v1.5.1 (experimental channel) CRDs, as Istio 1.30.3 builds against" },
    { kind: "DestinationRule", group: "networking.istio.io", version: "v1", sourceDir: "istio-1.30.3", file: "destinationrules.networking.istio.io.yaml", source: "Istio 1.30.3 base chart CRDs" },
    { kind: "Certificate", group: "cert-manager.io", version: "v1", sourceDir: "cert-manager-v1.21.1", file: "certificates.cert-manager.io.yaml", source: "cert-manager v1.21.1 chart CRDs" },
    { kind: "ClusterIssuer", group: "cert-manager.io", version: "v1", sourceDir: "cert-manager-v1.21.1", file: "clusterissuers.cert-manager.io.yaml", source: "cert-manager v1.21.1 chart CRDs" },
];

/** What manifest.json records per model (read by crds/custom-resource.ts for the scope). */
export interface ManifestEntry {
    readonly kind: string;
    readonly apiVersion: string;
    readonly plural: string;
    readonly scope: "Namespaced" | "Cluster";
    /** The fields the root object may have (apiVersion, kind, metadata, spec, status, …). */
    readonly fields: readonly string[];
    readonly crd: string;
    readonly source: string;
}

type Schema = Record<string, unknown>;

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "crds", "generated");

const isMap = (v: unknown): v is Schema => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Kubernetes structural-schema semantics, which crd-generate does not apply:
 * - an object schema with `properties` knows only those fields (the API server prunes or, with strict field
 *   validation, rejects the others) unless it has `x-kubernetes-preserve-unknown-fields` or `additionalProperties`:
 *   add `additionalProperties: false`. Not inside anyOf/oneOf/allOf/not: those branches only constrain values.
 * - `x-kubernetes-embedded-resource` objects also take apiVersion, kind and metadata.
 * - a required field that has a `default` may be omitted (the API server fills defaults before validating).
 * The root object stays open: a model instance's prototype carries an enumerable `validate`, which the compiled
 * validator's for-in would report as unknown. crds/custom-resource.ts checks the root's fields itself, against
 * the `fields` that manifest.json lists.
 */
export function structural(node: unknown, inStructure = true, root = false): unknown {
    if (Array.isArray(node)) return node.map((n) => structural(n, inStructure));
    if (!isMap(node)) return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === "properties" && isMap(value)) {
            out.properties = Object.fromEntries(Object.entries(value).map(([p, s]) => [p, structural(s, inStructure)]));
        } else if (key === "items" || key === "additionalProperties") {
            out[key] = structural(value, inStructure);
        } else if (key === "anyOf" || key === "oneOf" || key === "allOf" || key === "not") {
            out[key] = structural(value, false);
        } else {
            out[key] = value;
        }
    }
    const properties = isMap(out.properties) ? out.properties : undefined;
    if (node["x-kubernetes-embedded-resource"] === true && properties) {
        out.properties = { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, ...properties };
    }
    if (Array.isArray(out.required) && properties) {
        const required = out.required.filter((p) => !(isMap(properties[p as string]) && (properties[p as string] as Schema).default !== undefined));
        if (required.length > 0) out.required = required;
        else delete out.required;
    }
    if (inStructure && !root && properties && node["x-kubernetes-preserve-unknown-fields"] !== true && out.additionalProperties === undefined) {
        out.additionalProperties = false;
    }
    return out;
}

function findCrdFile(dir: string, model: ModelSource): string {
    const candidates = [path.join(dir, model.sourceDir, model.file), path.join(dir, model.file)];
    const found = candidates.find((f) => fs.existsSync(f));
    if (!found) throw new Error(`${model.group}/${model.version} ${model.kind}: none of ${candidates.join(", ")} exists`);
    return found;
}

interface Crd {
    kind: string;
    metadata: { name: string };
    spec: {
        group: string;
        scope: "Namespaced" | "Cluster";
        names: { kind: string; plural: string };
        versions: { name: string; served: boolean; schema?: { openAPIV3Schema?: Schema } }[];
    };
}

/** Reads one CRD and narrows it to the wanted version, with structural semantics applied. */
function loadCrd(file: string, model: ModelSource): { crd: Crd; entry: ManifestEntry } {
    const crd = YAML.parse(fs.readFileSync(file, "utf8")) as Crd;
    const what = `${file} (${model.group}/${model.version} ${model.kind})`;
    if (crd?.kind !== "CustomResourceDefinition") throw new Error(`${what}: not a CustomResourceDefinition`);
    if (crd.spec.group !== model.group || crd.spec.names.kind !== model.kind) {
        throw new Error(`${what}: the file defines ${crd.spec.group} ${crd.spec.names.kind}`);
    }
    const version = crd.spec.versions.find((v) => v.name === model.version);
    if (!version?.served) throw new Error(`${what}: version ${model.version} is not served (versions: ${crd.spec.versions.map((v) => v.name).join(", ")})`);
    if (!version.schema?.openAPIV3Schema) throw new Error(`${what}: version ${model.version} has no openAPIV3Schema`);
    const openAPIV3Schema = structural(version.schema.openAPIV3Schema, true, true) as Schema;
    const narrowed: Crd = { ...crd, spec: { ...crd.spec, versions: [{ ...version, schema: { openAPIV3Schema } }] } };
    const fields = new Set([...Object.keys(isMap(openAPIV3Schema.properties) ? openAPIV3Schema.properties : {}), "apiVersion", "kind", "metadata"]);
    const entry: ManifestEntry = {
        kind: model.kind,
        apiVersion: `${model.group}/${model.version}`,
        plural: crd.spec.names.plural,
        scope: crd.spec.scope,
        fields: [...fields].sort(),
        crd: `${model.sourceDir}/${model.file}`,
        source: model.source,
    };
    return { crd: narrowed, entry };
}

/** Relative module specifiers of a generated file, given the `.js` extension ES modules need (`./v1` → `./v1/index.js`). */
function withJsExtensions(source: string, fileDir: string): string {
    return source.replace(/(from |import\()"(\.{1,2}\/[^"]*)"/g, (whole, prefix: string, specifier: string) => {
        if (/\.js$/.test(specifier)) return whole;
        const target = path.resolve(fileDir, specifier);
        const resolved = fs.existsSync(`${target}.ts`) || fs.existsSync(`${target}.js`) ? `${specifier}.js` : `${specifier}/index.js`;
        return `${prefix}"${resolved}"`;
    });
}

/**
 * crd-generate writes TypeScript models and ES-module validators (`_schemas/*.js`). The models are compiled here to
 * ES-module JavaScript with declarations, as a package ships them: Node.js loads plain JavaScript (no type stripping
 * of 2 MB of generated types at every start), and tsc reads the declarations.
 */
function compileModels(dir: string): void {
    const sources = listFiles(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => path.join(dir, f));
    for (const file of sources) fs.writeFileSync(file, withJsExtensions(fs.readFileSync(file, "utf8"), path.dirname(file)));
    const program = ts.createProgram(sources, {
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        declaration: true,
        strict: true,
        skipLibCheck: true,
        newLine: ts.NewLineKind.LineFeed,
    });
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
    if (diagnostics.length > 0) {
        const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
        throw new Error(`the generated models do not compile:\n${ts.formatDiagnostics(diagnostics, host)}`);
    }
    for (const file of sources) fs.rmSync(file);
}

function listFiles(dir: string, prefix = ""): string[] {
    return fs
        .readdirSync(path.join(dir, prefix), { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
        .sort();
}

async function main(argv: string[]): Promise<void> {
    if (argv.length !== 1 || argv[0].startsWith("-")) {
        throw new Error("usage: npm run generate:crds -- <folder with <source>/<plural>.<group>.yaml CRD files>");
    }
    const dir = path.resolve(argv[0]);
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${argv[0]} is not a folder`);

    const models = [...MODELS].sort((a, b) => `${a.group}/${a.version}/${a.kind}`.localeCompare(`${b.group}/${b.version}/${b.kind}`));
    const loaded = models.map((m) => loadCrd(findCrdFile(dir, m), m));

    // inside the project, so that the compiler resolves @kubernetes-models/* from node_modules
    const tmp = fs.mkdtempSync(path.join(ROOT, ".generate-crds-"));
    try {
        const log = console.log;
        console.log = () => undefined; // crd-generate prints a line per file written
        try {
            await generate({ input: loaded.map(({ crd }) => JSON.stringify(crd)).join("\n---\n"), outputPath: tmp });
        } finally {
            console.log = log;
        }
        compileModels(tmp);
        for (const { entry } of loaded) {
            const model = path.join(tmp, entry.apiVersion, `${entry.kind}.js`);
            if (!fs.existsSync(model)) throw new Error(`crd-generate wrote no ${path.relative(tmp, model)}`);
        }
        const manifest = {
            "//": "Generated by `npm run generate:crds -- <crd-dir>` (scripts/generate-crds.ts). Do not edit crds/generated/ by hand.",
            generator: "@kubernetes-models/crd-generate",
            models: loaded.map(({ entry }) => entry),
        };
        fs.writeFileSync(path.join(tmp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

        fs.rmSync(OUT, { recursive: true, force: true });
        fs.cpSync(tmp, OUT, { recursive: true });
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
    const files = listFiles(OUT);
    console.log(`wrote ${files.length} files to ${path.relative(process.cwd(), OUT) || "."}:`);
    for (const { entry } of loaded) console.log(`  ${entry.apiVersion} ${entry.kind}  <- ${entry.crd}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).catch((e: unknown) => {
        console.error(`generate-crds: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 1;
    });
}
