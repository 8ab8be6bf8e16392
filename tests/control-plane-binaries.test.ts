// The recipes of kube-apiserver and etcd (binaries/kube-apiserver, binaries/etcd; scripts/control-plane-binaries.ts):
// one Kubernetes release across k8s.io/kubernetes and its staging modules, the etcd that release tests against, the
// version stamp Kubernetes' own build gives, and cache keys of their own.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { ROOT, SPECS, cacheKey, type GoEnv } from "../scripts/binaries.ts";
import { ETCD_MODULE, KUBE_APISERVER_MODULE, kubeVersionLdflags, requiredVersion } from "../scripts/control-plane-binaries.ts";

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const kubeGomod = read(`${KUBE_APISERVER_MODULE}/go.mod`);
const etcdGomod = read(`${ETCD_MODULE}/go.mod`);

describe("the kube-apiserver wrapper module", () => {
    const kubernetes = requiredVersion(kubeGomod, "k8s.io/kubernetes");

    it("requires a Kubernetes 1.36 patch release", () => assert.match(kubernetes, /^v1\.36\.\d+$/));

    it("replaces every staging module with its own release of the same patch (v1.36.N = v0.36.N)", () => {
        const replaces = [...kubeGomod.matchAll(/^\t(k8s\.io\/[\w-]+) => (k8s\.io\/[\w-]+) (v\S+)$/gm)];
        assert.ok(replaces.length >= 25, `${replaces.length} replaced staging modules`);
        for (const [, from, to, version] of replaces) {
            assert.equal(to, from);
            assert.equal(version, kubernetes.replace(/^v1\./, "v0."), from);
        }
        // the ones kube-apiserver is made of, at least
        for (const module of ["k8s.io/api", "k8s.io/apimachinery", "k8s.io/apiserver", "k8s.io/apiextensions-apiserver", "k8s.io/client-go", "k8s.io/component-base", "k8s.io/kube-aggregator", "k8s.io/kms"]) {
            assert.ok(replaces.some(([, from]) => from === module), module);
        }
    });

    it("builds the upstream main package unchanged (a tool directive, no main.go of ours)", () => {
        assert.match(kubeGomod, /^tool k8s\.io\/kubernetes\/cmd\/kube-apiserver$/m);
        assert.ok(!fs.existsSync(path.join(ROOT, KUBE_APISERVER_MODULE, "main.go")));
    });

    it("stamps the release as hack/lib/version.sh does, in both version packages", () => {
        const flags = kubeVersionLdflags("v1.36.3");
        for (const pkg of ["k8s.io/component-base/version", "k8s.io/client-go/pkg/version"]) {
            assert.ok(flags.includes(`-X ${pkg}.gitVersion=v1.36.3`), pkg);
            assert.ok(flags.includes(`-X ${pkg}.gitMajor=1`), pkg);
            assert.ok(flags.includes(`-X ${pkg}.gitMinor=36`), pkg);
        }
        assert.throws(() => kubeVersionLdflags("v0.36.3-rc.1"), /not a Kubernetes release: v0\.36\.3-rc\.1/);
    });
});

describe("the etcd wrapper module", () => {
    it("requires etcd 3.6.8, the etcd Kubernetes 1.36 tests against (hack/lib/etcd.sh ETCD_VERSION)", () => {
        assert.equal(requiredVersion(etcdGomod, "go.etcd.io/etcd/server/v3"), "v3.6.8");
        assert.match(etcdGomod, /^tool go\.etcd\.io\/etcd\/server\/v3$/m);
    });

    it("reads a version whether the go.mod requires it alone or in a block", () => {
        assert.equal(requiredVersion("require example.com/a v1.2.3\n", "example.com/a"), "v1.2.3");
        assert.equal(requiredVersion("require (\n\texample.com/a v1.2.3 // indirect\n)\n", "example.com/a"), "v1.2.3");
        assert.throws(() => requiredVersion("require example.com/ab v1.2.3\n", "example.com/a"), /go\.mod does not require example\.com\/a/);
    });
});

describe("their cache keys", () => {
    const env: GoEnv = { go: "/usr/local/go/bin/go", version: "go1.26.8", goos: "linux", goarch: "amd64" };

    it("differ from each other and from the other binaries, and change with the Go version", () => {
        const keys = (["otelcol", "prometheus", "kube-apiserver", "etcd"] as const).map((name) => cacheKey(SPECS[name], env));
        assert.equal(new Set(keys).size, keys.length);
        assert.notEqual(cacheKey(SPECS["kube-apiserver"], { ...env, version: "go1.26.9" }), cacheKey(SPECS["kube-apiserver"], env));
        assert.notEqual(cacheKey(SPECS.etcd, { ...env, goarch: "arm64" }), cacheKey(SPECS.etcd, env));
    });
});
