// The Kubernetes control plane the API-server tests run (tests/binaries/control-plane.ts): kube-apiserver and etcd,
// each built from its Go module through a committed wrapper module (binaries/kube-apiserver, binaries/etcd), because
// both upstream go.mod files map sibling modules with `replace ... => ./...` and `go install` refuses such modules.
// The specs join scripts/binaries.ts' SPECS (same cache, same key); the build steps join scripts/build-binaries.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import type { BinarySpec, GoEnv } from "./binaries.ts";

// Bump when the build steps change in a way the committed go.mod/go.sum do not show (flags, tags, layout).
const RECIPE = 1;

export const KUBE_APISERVER_MODULE = "binaries/kube-apiserver";
export const ETCD_MODULE = "binaries/etcd";

export const CONTROL_PLANE_SPECS = {
    "kube-apiserver": {
        name: "kube-apiserver",
        executables: ["kube-apiserver"],
        sources: [`${KUBE_APISERVER_MODULE}/go.mod`, `${KUBE_APISERVER_MODULE}/go.sum`],
        recipe: () => `recipe ${RECIPE}; cgo off; trimpath; version stamp from go.mod`,
    },
    etcd: {
        name: "etcd",
        executables: ["etcd"],
        sources: [`${ETCD_MODULE}/go.mod`, `${ETCD_MODULE}/go.sum`],
        recipe: () => `recipe ${RECIPE}; cgo off; trimpath`,
    },
} as const satisfies Record<string, Omit<BinarySpec, "name"> & { name: string }>;

/** The version a wrapper module requires of `module` (its `vX.Y.Z`), read from its go.mod. */
export function requiredVersion(gomod: string, module: string): string {
    const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const match = new RegExp(`^\\s*(?:require\\s+)?${escaped} (v\\S+)`, "m").exec(gomod);
    if (!match) throw new Error(`go.mod does not require ${module}`);
    return match[1];
}

/**
 * The version stamp Kubernetes' own build gives its binaries (hack/lib/version.sh `kube::version::ldflags`): the
 * same -X keys in k8s.io/component-base/version and k8s.io/client-go/pkg/version, so `kube-apiserver --version`
 * and /version name the release rather than the unstamped master version. gitCommit is left out: the module proxy does not carry it.
 */
export function kubeVersionLdflags(version: string): string {
    const match = /^v(\d+)\.(\d+)\.\d+$/.exec(version);
    if (!match) throw new Error(`not a Kubernetes release: ${version}`);
    const stamp: Record<string, string> = { gitVersion: version, gitMajor: match[1], gitMinor: match[2], gitTreeState: "clean" };
    const flags = Object.entries(stamp).flatMap(([key, value]) => [
        `-X k8s.io/component-base/version.${key}=${value}`,
        `-X k8s.io/client-go/pkg/version.${key}=${value}`,
    ]);
    return ["-s", "-w", ...flags].join(" ");
}

export type Run = (command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }) => Promise<void>;

export interface BuildStep {
    readonly root: string;
    readonly env: GoEnv;
    readonly goEnv: NodeJS.ProcessEnv;
    readonly out: string;
    readonly log: string;
    readonly run: Run;
}

/** kube-apiserver: k8s.io/kubernetes' cmd/kube-apiserver unchanged, statically linked as Kubernetes releases it. */
export async function buildKubeApiserver(step: BuildStep): Promise<void> {
    const cwd = path.join(step.root, KUBE_APISERVER_MODULE);
    const version = requiredVersion(fs.readFileSync(path.join(cwd, "go.mod"), "utf8"), "k8s.io/kubernetes");
    const args = ["build", "-v", "-trimpath", `-ldflags=${kubeVersionLdflags(version)}`, "-o", path.join(step.out, "kube-apiserver"),
        "k8s.io/kubernetes/cmd/kube-apiserver"];
    await step.run(step.env.go, args, { cwd, env: { ...step.goEnv, CGO_ENABLED: "0" }, log: step.log });
}

/** etcd: the root package of go.etcd.io/etcd/server/v3 is etcd's main (etcdmain.Main). */
export async function buildEtcd(step: BuildStep): Promise<void> {
    const args = ["build", "-v", "-trimpath", "-ldflags=-s -w", "-o", path.join(step.out, "etcd"), "go.etcd.io/etcd/server/v3"];
    await step.run(step.env.go, args, { cwd: path.join(step.root, ETCD_MODULE), env: { ...step.goEnv, CGO_ENABLED: "0" }, log: step.log });
}
