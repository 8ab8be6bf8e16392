// The pinned-CRD list (binaries/crds.json) and the pure helpers the API-server and operator tests judge with.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isRefusal, readCrdSources } from "../scripts/crds.ts";
import { serviceRefs } from "./binaries/service-refs.ts";
import { unexplainedSkips } from "./binaries/stack-objects.ts";

describe("binaries/crds.json", () => {
    const sources = readCrdSources();
    it("names each source once, with a module, a release version, files and the groups it defines", () => {
        assert.equal(new Set(sources.map((s) => s.name)).size, sources.length);
        for (const s of sources) {
            assert.match(s.version, /^v\d+\.\d+\.\d+$/, s.name);
            assert.ok(s.module.includes(".") && s.paths.length > 0 && s.groups.length > 0 && s.standsFor.length > 0, s.name);
        }
    });
    it("gives every API group one source", () => {
        const groups = sources.flatMap((s) => s.groups);
        assert.equal(new Set(groups).size, groups.length);
    });
    it("covers every custom resource group the program creates", () => {
        const groups = new Set(sources.flatMap((s) => s.groups));
        for (const g of ["telemetry.istio.io", "security.istio.io", "networking.istio.io", "gateway.networking.k8s.io", "monitoring.coreos.com", "metallb.io", "cert-manager.io", "opentelemetry.io"]) assert.ok(groups.has(g), g);
    });
});

describe("isRefusal", () => {
    it("takes the proxy's 403 as its final answer", () => {
        assert.equal(isRefusal("reading https://proxy.golang.org/x/@v/v1.0.0.info: 403 Forbidden\n\tserver response: This module version is not available."), true);
    });
    it("does not take a network failure for one", () => assert.equal(isRefusal("dial tcp: lookup proxy.golang.org: i/o timeout"), false));
});

describe("unexplainedSkips", () => {
    const refused = [{ name: "otel", module: "m", version: "v1.0.0", groups: ["opentelemetry.io"], reason: "403" }];
    it("lets only the groups of refused sources go uninstalled", () => {
        assert.deepEqual(unexplainedSkips(["opentelemetry.io/v1beta1", "telemetry.istio.io/v1", "v1"], refused), ["telemetry.istio.io/v1", "v1"]);
    });
});

describe("serviceRefs", () => {
    const refs = (value: unknown) => serviceRefs(value, "r", "observability").map((r) => `${r.service}:${r.ports.join(",")}`);
    it("reads a URL's host and port", () => assert.deepEqual(refs({ url: "http://otel-collector.observability.svc.cluster.local:4318/v1/traces" }), ["otel-collector:4318"]));
    it("takes the port from a key beside the host", () => {
        assert.deepEqual(refs({ service: "otel-collector.observability.svc.cluster.local", port: 4317 }), ["otel-collector:4317"]);
        assert.deepEqual(refs({ "otlp-collector-host": "otel-collector.observability.svc.cluster.local", "otlp-collector-port": "4317" }), ["otel-collector:4317"]);
    });
    it("reads a resolver's service and ports list", () => assert.deepEqual(refs({ k8s: { service: "otel-sampling-collector-headless.observability", ports: [4317] } }), ["otel-sampling-collector-headless:4317"]));
    it("finds addresses inside a script", () => assert.deepEqual(refs({ script: 'curl -s "http://otel-collector.observability.svc:4318/v1/traces"' }), ["otel-collector:4318"]));
    it("ignores other namespaces", () => assert.deepEqual(refs({ url: "http://tempo.tempo.svc:3200" }), []));
});
