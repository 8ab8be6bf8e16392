// The recipes of the real binaries the tests run (binaries/): one collector release across all modules, the
// releases the pinned charts run, and a cache key that changes with everything that changes a binary.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import * as YAML from "yaml";
import { KUBE_PROMETHEUS_STACK_CHART } from "../components/kube-prometheus-stack.ts";
import { OPENTELEMETRY_OPERATOR_CHART } from "../components/opentelemetry.ts";
import { ROOT, SPECS, cacheKey, readVersions, type GoEnv } from "../scripts/binaries.ts";

const versions = readVersions();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

interface Manifest {
    dist: { name: string; version: string };
    [kind: string]: unknown;
}
const manifest = YAML.parse(read("binaries/otelcol/manifest.yaml")) as Manifest;
const modules = (kind: string) => ((manifest[kind] ?? []) as { gomod: string }[]).map((m) => m.gomod.split(" "));

describe("the collector's builder manifest", () => {
    it("is the collector release the pinned operator chart runs", () => {
        assert.equal(versions.follows["opentelemetry-operator"].chart, OPENTELEMETRY_OPERATOR_CHART.version);
        assert.match(versions.follows["opentelemetry-operator"].runs, new RegExp(`^collector ${manifest.dist.version} `));
        assert.equal(versions.ocb, manifest.dist.version);
    });

    it("names its executable otelcol*, as the collector distributions do", () => assert.match(manifest.dist.name, /^otelcol/));

    it("keeps every component module at the one release, and the providers on its stable line", () => {
        const components = ["receivers", "processors", "exporters", "connectors", "extensions"].flatMap(modules);
        assert.ok(components.length > 0);
        for (const [module, version] of components) assert.equal(version, `v${manifest.dist.version}`, module);
        // stable modules are v1.(minor - 94): 0.158.0 goes with v1.64.0 (otelcol-k8s v0.158.0 manifest)
        const minor = Number(manifest.dist.version.split(".")[1]);
        for (const [module, version] of modules("providers")) assert.equal(version, `v1.${minor - 94}.0`, module);
    });
});

describe("the Prometheus wrapper module", () => {
    const gomod = read("binaries/prometheus/go.mod");

    it("requires the module of the Prometheus release kube-prometheus-stack runs (3.X.Y = v0.3XX.Y)", () => {
        assert.equal(versions.follows["kube-prometheus-stack"].chart, KUBE_PROMETHEUS_STACK_CHART.version);
        const [major, minor, patch] = versions.prometheus.version.split(".").map(Number);
        assert.match(versions.follows["kube-prometheus-stack"].runs, new RegExp(`^Prometheus ${versions.prometheus.version} `));
        assert.match(gomod, new RegExp(`\\tgithub\\.com/prometheus/prometheus v0\\.${major * 100 + minor}\\.${patch}\\b`));
    });

    it("builds the server and promtool, and repeats the module's replace", () => {
        assert.match(gomod, /tool \(\n\tgithub\.com\/prometheus\/prometheus\/cmd\/prometheus\n\tgithub\.com\/prometheus\/prometheus\/cmd\/promtool\n\)/);
        assert.match(gomod, /^replace cloud\.google\.com\/go => cloud\.google\.com\/go v[\d.]+$/m);
    });
});

describe("the build cache key", () => {
    const env: GoEnv = { go: "/usr/local/go/bin/go", version: "go1.26.8", goos: "linux", goarch: "amd64" };

    it("is 12 hex digits, the same for the same inputs", () => {
        assert.match(cacheKey(SPECS.otelcol, env), /^[0-9a-f]{12}$/);
        assert.equal(cacheKey(SPECS.otelcol, env), cacheKey(SPECS.otelcol, { ...env }));
    });

    it("changes with the Go version, the platform and the builder version", () => {
        const key = cacheKey(SPECS.otelcol, env, versions);
        assert.notEqual(cacheKey(SPECS.otelcol, { ...env, version: "go1.26.9" }, versions), key);
        assert.notEqual(cacheKey(SPECS.otelcol, { ...env, goarch: "arm64" }, versions), key);
        assert.notEqual(cacheKey(SPECS.otelcol, env, { ...versions, ocb: "0.159.0" }), key);
    });

    it("changes with Prometheus' version stamp, and differs between the binaries", () => {
        const key = cacheKey(SPECS.prometheus, env, versions);
        assert.notEqual(cacheKey(SPECS.prometheus, env, { ...versions, prometheus: { ...versions.prometheus, version: "3.14.1" } }), key);
        assert.notEqual(cacheKey(SPECS.otelcol, env, versions), key);
    });
});
