// Where the tests find the real binaries: the env var (OTELCOL_BIN, PROMETHEUS_BIN, PROMTOOL_BIN,
// TEST_ASSET_KUBE_APISERVER, TEST_ASSET_ETCD) when set, else the build cache for the committed recipe
// (scripts/binaries.ts: .ci/.bin/<name>-<key12>/), else an error naming the build command.
// `npm test` builds what is missing before the tests (pretest), so the error means the build was skipped.
// The pinned CRDs likewise: CRDS_DIR, else the folder laid for binaries/crds.json (findCrds).
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILD_COMMAND, OTELCOL_EXECUTABLE, SPECS, cacheFolder, goEnv, type BinarySpec } from "../../scripts/binaries.ts";
import { CRDS_LIST, crdsFolder, laidCrds, unavailableSources, type Unavailable } from "../../scripts/crds.ts";

export type Binary = "otelcol" | "prometheus" | "promtool" | "kube-apiserver" | "etcd";

const FROM: Readonly<Record<Binary, { spec: BinarySpec; executable: string; env: string }>> = {
    otelcol: { spec: SPECS.otelcol, executable: OTELCOL_EXECUTABLE, env: "OTELCOL_BIN" },
    prometheus: { spec: SPECS.prometheus, executable: "prometheus", env: "PROMETHEUS_BIN" },
    promtool: { spec: SPECS.prometheus, executable: "promtool", env: "PROMTOOL_BIN" },
    // envtest's variable names (controller-runtime process/bin_path_finder.go), so its binaries can stand in
    "kube-apiserver": { spec: SPECS["kube-apiserver"], executable: "kube-apiserver", env: "TEST_ASSET_KUBE_APISERVER" },
    etcd: { spec: SPECS.etcd, executable: "etcd", env: "TEST_ASSET_ETCD" },
};

/** The path of a real binary; throws with the command that builds it. */
export function findBinary(name: Binary): string {
    const { spec, executable, env } = FROM[name];
    const fromEnv = process.env[env];
    if (fromEnv) {
        if (!fs.existsSync(fromEnv)) throw new Error(`${env}=${fromEnv}: no such file`);
        return fromEnv;
    }
    let folder: string;
    try {
        folder = cacheFolder(spec, goEnv());
    } catch (err) {
        throw new Error(`${name}: cannot locate the build cache (${(err as Error).message}); or set ${env}=<path>`);
    }
    const file = path.join(folder, executable);
    if (!fs.existsSync(file)) {
        throw new Error(`${name} is not built for the committed recipe (no ${path.relative(process.cwd(), file)}): run \`${BUILD_COMMAND}\` (the first build takes many minutes; npm test runs it first), or set ${env}=<path>`);
    }
    return file;
}

export interface CrdFolder {
    readonly dir: string;
    /** Where the folder came from: CRDS_DIR, or the laid cache of binaries/crds.json. */
    readonly from: string;
    /** Sources the module proxy refused (their groups stay uninstalled), with its answer. */
    readonly unavailable: readonly Unavailable[];
}

/** The pinned CRDs: CRDS_DIR when set, else the folder the build laid for binaries/crds.json (scripts/crds.ts). */
export function findCrds(): CrdFolder {
    const fromEnv = process.env.CRDS_DIR;
    if (fromEnv) {
        if (!fs.existsSync(fromEnv)) throw new Error(`CRDS_DIR=${fromEnv}: no such folder`);
        return { dir: fromEnv, from: `CRDS_DIR=${fromEnv}`, unavailable: [] };
    }
    const dir = laidCrds();
    if (!dir) throw new Error(`the pinned CRDs are not laid for ${CRDS_LIST} (no ${path.relative(process.cwd(), crdsFolder())}): run \`${BUILD_COMMAND}\` (seconds), or set CRDS_DIR=<folder>`);
    return { dir, from: `${CRDS_LIST} (${path.relative(process.cwd(), dir)})`, unavailable: unavailableSources(dir) };
}
