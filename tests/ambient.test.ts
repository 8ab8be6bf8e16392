// meshMode ambient against sidecar, from the same stack config: what flips, labels, waypoints, order.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, labelsOf, Registrations, type ResourceRecord } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const devConfig = (meshMode: string): StackConfig => {
    const files = loadStackConfigFiles(root, "dev");
    return parseStackConfig({ ...files.config, "mesh-observability:meshMode": meshMode }, new Set(files.secretKeys));
};

const GATEWAY = "kubernetes:gateway.networking.k8s.io/v1:Gateway";
const TELEMETRY = "kubernetes:telemetry.istio.io/v1:Telemetry";
const CHART = "kubernetes:helm.sh/v4:Chart";
const RELEASE = "kubernetes:helm.sh/v3:Release";

let sidecar: Registrations<unknown>;
let ambient: Registrations<unknown>;
before(async () => {
    const harness = await Harness.create();
    sidecar = await harness.run(() => buildPlatform(devConfig("sidecar")));
    ambient = await harness.run(() => buildPlatform(devConfig("ambient")));
});

const key = (r: ResourceRecord) => `${r.type}::${r.name}`;
/** What a resource asks for: its inputs and the names of what it waits for. */
const desired = (reg: Registrations<unknown>, r: ResourceRecord) => JSON.stringify([r.inputs, reg.dependenciesOf(r).sort()]);

describe("switching meshMode", () => {
    it("adds exactly the ambient-only resources and removes none", () => {
        const before = new Set(sidecar.resources.map(key));
        const after = new Set(ambient.resources.map(key));
        assert.deepEqual([...after].filter((k) => !before.has(k)).sort(), [
            `${CHART}::istio-cni`,
            `${CHART}::istio-ztunnel`,
            `${GATEWAY}::istio-waypoint-bookinfo`,
            `${GATEWAY}::istio-waypoint-demo`,
            `${TELEMETRY}::istio-waypoint-telemetry-bookinfo`,
            `${TELEMETRY}::istio-waypoint-telemetry-demo`,
            "kubernetes:yaml/v2:ConfigFile::istio-gateway-api-crds",
        ].sort());
        assert.deepEqual([...before].filter((k) => !after.has(k)), []);
    });
    it("changes only the resources whose settings differ between the modes", () => {
        const changed = ambient.resources
            .filter((r) => {
                const old = sidecar.find(r.type, r.name);
                return old !== undefined && desired(sidecar, old) !== desired(ambient, r);
            })
            .map(key)
            .sort();
        assert.deepEqual(changed, [
            ...["details-v1", "productpage-v1", "ratings-v1", "reviews-v1", "reviews-v2", "reviews-v3"].map((d) => `kubernetes:apps/v1:Deployment::bookinfo-${d}`), // wait for istio-cni and ztunnel
            "kubernetes:core/v1:Namespace::istio-app-bookinfo", // enrolment labels
            "kubernetes:core/v1:Namespace::istio-app-demo", // enrolment labels
            `${RELEASE}::istio-base`, // waits for the Gateway API CRDs
            `${RELEASE}::istio-istiod`, // ambient profile, no sidecar port exclusions
            `${RELEASE}::monitoring-release`, // ztunnel dashboard
            `${CHART}::istio-gateway`, // waits for cni and ztunnel
            `${CHART}::ingress-nginx-chart`, // service-upstream, so nginx reaches the waypoints
            "kubernetes:core/v1:Namespace::ingress-nginx-namespace", // nginx joins ambient as a client
            `${CHART}::kiali-chart`, // looks waypoint traces up by the waypoint's name
            "kubernetes:core/v1:ConfigMap::trace-check-script", // the check looks for waypoint spans
            "kubernetes:batch/v1:Job::trace-check-job", // waits for the waypoints; a new run
        ].sort());
    });
});

describe("ambient enrolment", () => {
    it("labels mesh namespaces for ztunnel and their waypoint, not for injection", () => {
        assert.deepEqual(labelsOf(ambient.get("kubernetes:core/v1:Namespace", "istio-app-demo")), {
            "istio.io/dataplane-mode": "ambient",
            "istio.io/use-waypoint": "waypoint",
        });
    });
    it("runs istiod, istio-cni and ztunnel with the ambient profile", () => {
        for (const r of [ambient.get(RELEASE, "istio-istiod"), ambient.get(CHART, "istio-cni"), ambient.get(CHART, "istio-ztunnel")]) {
            assert.equal(at(r.inputs, "values.profile"), "ambient", r.name);
        }
    });
    it("installs istio-cni and ztunnel into istiod's namespace", () => {
        const namespace = ambient.get(RELEASE, "istio-istiod").inputs.namespace;
        assert.equal(namespace, "istio-system");
        for (const r of [ambient.get(CHART, "istio-cni"), ambient.get(CHART, "istio-ztunnel")]) assert.equal(r.inputs.namespace, namespace, r.name);
    });
    it("names the istio-cni and ztunnel releases as Istio's docs do", () => {
        assert.deepEqual([ambient.get(CHART, "istio-cni").inputs.name, ambient.get(CHART, "istio-ztunnel").inputs.name], ["istio-cni", "ztunnel"]);
    });
    it("pins istio-cni and ztunnel to the control plane's version", () => {
        for (const r of [ambient.get(CHART, "istio-cni"), ambient.get(CHART, "istio-ztunnel")]) assert.equal(r.inputs.version, "1.30.3");
    });
    it("applies the Gateway API CRDs Istio 1.30 is built against", () => {
        assert.equal(
            ambient.get("kubernetes:yaml/v2:ConfigFile", "istio-gateway-api-crds").inputs.file,
            "https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.5.1/standard-install.yaml",
        );
    });
    it("loads the ztunnel dashboard", () => {
        assert.ok(at(ambient.get(RELEASE, "monitoring-release").inputs, "values.grafana.dashboards.istio.istio-ztunnel"));
    });
});

describe("waypoints", () => {
    it("gives each mesh namespace an HBONE waypoint for its services", () => {
        const waypoint = ambient.get(GATEWAY, "istio-waypoint-demo");
        assert.deepEqual(at(waypoint.inputs, "metadata"), {
            annotations: { "pulumi.com/waitFor": "condition=Programmed" },
            labels: { "istio.io/waypoint-for": "service" },
            name: "waypoint",
            namespace: "demo",
        });
        assert.deepEqual(at(waypoint.inputs, "spec"), { gatewayClassName: "istio-waypoint", listeners: [{ name: "mesh", port: 15008, protocol: "HBONE" }] });
    });
    it("attaches tracing with the environment's sampling rate to each waypoint", () => {
        const telemetry = ambient.get(TELEMETRY, "istio-waypoint-telemetry-demo");
        assert.equal(at(telemetry.inputs, "metadata.namespace"), "demo");
        assert.deepEqual(at(telemetry.inputs, "spec"), {
            targetRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: "waypoint" }],
            tracing: [{ providers: [{ name: "otel-tracing" }], randomSamplingPercentage: 100 }],
        });
    });
});

describe("ambient install order", () => {
    const waitsFor = (type: string, name: string) => ambient.dependenciesOf(ambient.get(type, name)).map((d) => d.split("::")[1]).sort();
    it("Gateway API CRDs before base", () => assert.deepEqual(waitsFor(RELEASE, "istio-base"), ["istio-gateway-api-crds", "istio-namespace"]));
    it("base before istiod", () => assert.ok(waitsFor(RELEASE, "istio-istiod").includes("istio-base")));
    it("istiod before istio-cni and ztunnel", () => {
        assert.deepEqual(waitsFor(CHART, "istio-cni"), ["istio-istiod"]);
        assert.deepEqual(waitsFor(CHART, "istio-ztunnel"), ["istio-istiod"]);
    });
    it("the data plane before the ingress gateway", () => {
        assert.deepEqual(waitsFor(CHART, "istio-gateway"), ["istio-cni", "istio-ingress-namespace", "istio-istiod", "istio-ztunnel", "metallb-l2", "metallb-pool"]);
    });
    it("the data plane, the CRDs and the namespace before each waypoint", () => {
        assert.deepEqual(waitsFor(GATEWAY, "istio-waypoint-demo"), ["istio-app-demo", "istio-cni", "istio-gateway-api-crds", "istio-istiod", "istio-ztunnel"]);
    });
    it("istiod's webhook and the namespace, not the waypoint, before the waypoint's Telemetry", () => {
        assert.deepEqual(waitsFor(TELEMETRY, "istio-waypoint-telemetry-demo"), ["istio-app-demo", "istio-istiod"]);
    });
    it("the Gateway API CRDs first of all", () => {
        assert.deepEqual(waitsFor("kubernetes:yaml/v2:ConfigFile", "istio-gateway-api-crds"), []);
    });
});
