// The Bookinfo demo: the sample's objects as Istio 1.30.3 ships them, its route from the ingress gateway, its order.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import {
    Bookinfo,
    BOOKINFO_WORKLOADS,
    bookinfoDeployment,
    bookinfoGatewaySpec,
    bookinfoImage,
    bookinfoService,
    bookinfoVirtualServiceSpec,
} from "../components/demo/bookinfo.ts";
import { istioEndpoints } from "../components/istio/index.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, labelsOf, Registrations } from "./harness.ts";

const DEPLOYMENT = "kubernetes:apps/v1:Deployment";
const SERVICE = "kubernetes:core/v1:Service";
const ISTIO_GATEWAY = "kubernetes:networking.istio.io/v1:Gateway";
const VIRTUAL_SERVICE = "kubernetes:networking.istio.io/v1:VirtualService";

const root = path.resolve(import.meta.dirname, "..");
function devConfig(overrides: Record<string, string> = {}): StackConfig {
    const files = loadStackConfigFiles(root, "dev");
    return parseStackConfig({ ...files.config, ...overrides }, new Set(files.secretKeys));
}

let harness: Harness;
before(async () => (harness = await Harness.create()));

describe("Bookinfo objects", () => {
    it("names the mesh mode in every workload's pod template and differs by nothing else between modes: a mode change rolls them", () => {
        for (const workload of BOOKINFO_WORKLOADS) {
            const [sidecar, ambient] = (["sidecar", "ambient"] as const).map((mode) => bookinfoDeployment(workload, "bookinfo", mode));
            const modeOf = (deployment: unknown) => (at(deployment, "spec.template.metadata.annotations") as Record<string, string>)["mesh-observability.io/mesh-mode"];
            assert.deepEqual([modeOf(sidecar), modeOf(ambient)], ["sidecar", "ambient"]);
            const withoutMode = (deployment: unknown) => JSON.stringify(deployment, (key, value: unknown) => (key === "mesh-observability.io/mesh-mode" ? undefined : value));
            assert.equal(withoutMode(sidecar), withoutMode(ambient));
        }
    });
    it("keeps productpage's metrics annotations beside the mode", () => {
        assert.deepEqual(at(bookinfoDeployment({ app: "productpage", version: "v1" }, "bookinfo", "ambient"), "spec.template.metadata.annotations"), {
            "mesh-observability.io/mesh-mode": "ambient",
            "prometheus.io/scrape": "true",
            "prometheus.io/port": "9080",
            "prometheus.io/path": "/metrics",
        });
    });
    it("runs the six workloads of the sample at its pinned image tag", () => {
        assert.deepEqual(
            BOOKINFO_WORKLOADS.map(bookinfoImage),
            ["details-v1", "ratings-v1", "reviews-v1", "reviews-v2", "reviews-v3", "productpage-v1"].map((w) => `registry.istio.io/release/examples-bookinfo-${w}:1.20.3`),
        );
    });
    it("selects each Deployment's pods by app and version, with the service's own account", () => {
        const deployment = bookinfoDeployment({ app: "reviews", version: "v2" }, "bookinfo", "sidecar");
        assert.deepEqual(at(deployment, "spec.selector.matchLabels"), { app: "reviews", version: "v2" });
        assert.deepEqual(at(deployment, "spec.template.metadata.labels"), { app: "reviews", version: "v2" });
        assert.equal(at(deployment, "spec.template.spec.serviceAccountName"), "bookinfo-reviews");
    });
    it("gives reviews (WebSphere Liberty) writable /tmp and output folders and its log directory", () => {
        const container = at(bookinfoDeployment({ app: "reviews", version: "v1" }, "bookinfo", "sidecar"), "spec.template.spec.containers.0");
        assert.deepEqual(at(container, "volumeMounts"), [{ name: "tmp", mountPath: "/tmp" }, { name: "wlp-output", mountPath: "/opt/ibm/wlp/output" }]);
        assert.deepEqual(at(container, "env"), [{ name: "LOG_DIR", value: "/tmp/logs" }]);
    });
    it("gives productpage (Flask) a writable /tmp for its session files", () => {
        const spec = at(bookinfoDeployment({ app: "productpage", version: "v1" }, "bookinfo", "sidecar"), "spec.template.spec");
        assert.deepEqual(at(spec, "containers.0.volumeMounts"), [{ name: "tmp", mountPath: "/tmp" }]);
        assert.deepEqual(at(spec, "volumes"), [{ name: "tmp", emptyDir: {} }]);
    });
    it("gives the other services, which write nothing, no volume at all", () => {
        for (const app of ["details", "ratings"] as const) {
            const spec = at(bookinfoDeployment({ app, version: "v1" }, "bookinfo", "sidecar"), "spec.template.spec") as Record<string, unknown>;
            assert.deepEqual([at(spec, "containers.0.volumeMounts"), "volumes" in spec], [undefined, false], app);
        }
    });
    it("serves HTTP for any host, on a named port: istiod's validation refuses a server port without a name", () => {
        // istio 1.30.3 pkg/config/validation validateServerPort: "port name must be set"; any host, because users
        // reach the sample by the gateway's address or a port-forward, with whatever Host header that gives
        const spec = bookinfoGatewaySpec(istioEndpoints());
        assert.deepEqual(spec.servers, [{ port: { number: 80, name: "http", protocol: "HTTP" }, hosts: ["*"] }]);
    });
    it("requests CPU and memory and limits memory for every container, as the platform's sizing does", () => {
        for (const workload of BOOKINFO_WORKLOADS) {
            const resources = at(bookinfoDeployment(workload, "bookinfo", "sidecar"), "spec.template.spec.containers.0.resources") as Record<string, Record<string, string>>;
            assert.ok(resources.requests.cpu && resources.requests.memory && resources.limits.memory, `${workload.app}-${workload.version}`);
            assert.equal(resources.limits.cpu, undefined, "no CPU limits: throttling adds latency");
        }
    });
    it("names every Service port http on 9080, so that Istio treats the traffic as HTTP", () => {
        assert.deepEqual(at(bookinfoService("details", "bookinfo"), "spec"), { ports: [{ port: 9080, name: "http" }], selector: { app: "details" } });
    });
    it("routes the hosts its Gateway serves", () => {
        // Istio binds a VirtualService to a gateway server only for the hosts both name; with no hosts it routes nothing
        const gatewayHosts = bookinfoGatewaySpec(istioEndpoints()).servers?.flatMap((s) => s.hosts ?? []);
        assert.deepEqual(bookinfoVirtualServiceSpec("bookinfo").hosts, gatewayHosts);
    });
    it("routes the sample's paths to productpage", () => {
        const spec = bookinfoVirtualServiceSpec("bookinfo");
        assert.deepEqual(at(spec, "http.0.match"), [
            { uri: { exact: "/productpage" } },
            { uri: { prefix: "/static" } },
            { uri: { exact: "/login" } },
            { uri: { exact: "/logout" } },
            { uri: { prefix: "/api/v1/products" } },
        ]);
    });
});

describe("Bookinfo component", () => {
    const build = () =>
        harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const namespace = new k8s.core.v1.Namespace("ns", { metadata: { name: "bookinfo" } }, { provider });
            const injector = new k8s.core.v1.ConfigMap("injector", {}, { provider });
            const istiod = new k8s.core.v1.ConfigMap("istiod", {}, { provider });
            return new Bookinfo("bookinfo", { provider, namespace: { name: "bookinfo", resource: namespace }, gateway: istioEndpoints(), dataPlane: [injector], istiod, meshMode: "sidecar" });
        });
    it("names every object itself (no auto-naming) in the namespace it was given", async () => {
        const reg = await build();
        const objects = reg.resources.filter((r) => r.custom && r.parent === reg.resources.find((c) => c.type === "mesh-observability:demo:Bookinfo")?.urn);
        assert.equal(objects.length, 4 + 4 + 6 + 2);
        for (const r of objects) {
            assert.ok(at(r.inputs, "metadata.name"), `${r.name} has no name`);
            assert.equal(at(r.inputs, "metadata.namespace"), "bookinfo", r.name);
        }
    });
    it("starts pods only after the data plane that meshes them, the namespace and their service account", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(DEPLOYMENT, "bookinfo-productpage-v1")).sort(), [
            "kubernetes:core/v1:ConfigMap::injector",
            "kubernetes:core/v1:Namespace::ns",
            "kubernetes:core/v1:ServiceAccount::bookinfo-productpage-account",
        ]);
    });
    it("creates the Istio routing objects once istiod's webhook can validate them", async () => {
        const reg = await build();
        for (const r of [reg.get(ISTIO_GATEWAY, "bookinfo-gateway"), reg.get(VIRTUAL_SERVICE, "bookinfo-route")]) {
            assert.deepEqual(reg.dependenciesOf(r).sort(), ["kubernetes:core/v1:ConfigMap::istiod", "kubernetes:core/v1:Namespace::ns"], r.name);
        }
    });
});

/** The demo within the whole stack, in a mesh mode. */
const platform = (overrides: Record<string, string> = {}) => harness.run(() => buildPlatform(devConfig(overrides)));

function routeMeetsGateway(reg: Registrations<unknown>): void {
    const gatewayChart = reg.get("kubernetes:helm.sh/v4:Chart", "istio-gateway");
    const gateway = reg.get(ISTIO_GATEWAY, "bookinfo-gateway");
    const route = reg.get(VIRTUAL_SERVICE, "bookinfo-route");
    // the Istio Gateway selects the pods the gateway release labels istio=<release without "istio-">
    assert.deepEqual(at(gateway.inputs, "spec.selector"), { istio: String(gatewayChart.inputs.name).replace(/^istio-/, "") });
    // ... binds the port of the release's http2 Service port (80, targetPort 80: the chart's default)
    assert.equal(at(gateway.inputs, "spec.servers.0.port.number"), 80);
    assert.equal(at(gatewayChart.inputs, "values.service.ports"), undefined, "the platform keeps the chart's default ports");
    // ... and the VirtualService names that Gateway and sends to a Service and port the demo creates
    assert.deepEqual(at(route.inputs, "spec.gateways"), [at(gateway.inputs, "metadata.name")]);
    const destination = at(route.inputs, "spec.http.0.route.0.destination") as { host: string; port: { number: number } };
    const [service, namespace] = destination.host.split(".");
    const target = reg.resources.find((r) => r.type === SERVICE && at(r.inputs, "metadata.name") === service && at(r.inputs, "metadata.namespace") === namespace);
    assert.ok(target, `no Service ${destination.host}`);
    assert.deepEqual(at(target.inputs, "spec.ports.0.port"), destination.port.number);
}

describe("the demo in the stack", () => {
    it("enrols the bookinfo namespace for sidecar injection in sidecar mode", async () => {
        assert.deepEqual(labelsOf((await platform()).get("kubernetes:core/v1:Namespace", "istio-app-bookinfo")), { "istio-injection": "enabled" });
    });
    it("gives the bookinfo namespace its waypoint in ambient mode", async () => {
        const reg = await platform({ "mesh-observability:meshMode": "ambient" });
        assert.equal(at(reg.get("kubernetes:gateway.networking.k8s.io/v1:Gateway", "istio-waypoint-bookinfo").inputs, "metadata.namespace"), "bookinfo");
        assert.deepEqual(labelsOf(reg.get("kubernetes:core/v1:Namespace", "istio-app-bookinfo")), { "istio.io/dataplane-mode": "ambient", "istio.io/use-waypoint": "waypoint" });
    });
    it("routes from the ingress gateway release in sidecar mode", async () => routeMeetsGateway(await platform()));
    it("routes from the ingress gateway release in ambient mode, with the same objects", async () => {
        const sidecar = await platform();
        const ambient = await platform({ "mesh-observability:meshMode": "ambient" });
        routeMeetsGateway(ambient);
        for (const [type, name] of [[ISTIO_GATEWAY, "bookinfo-gateway"], [VIRTUAL_SERVICE, "bookinfo-route"]]) {
            assert.deepEqual(ambient.get(type, name).inputs, sidecar.get(type, name).inputs, name);
        }
    });
    it("waits in ambient mode for istio-cni and ztunnel before starting pods", async () => {
        const reg = await platform({ "mesh-observability:meshMode": "ambient" });
        const waits = reg.dependenciesOf(reg.get(DEPLOYMENT, "bookinfo-details-v1")).map((d) => d.split("::")[1]).sort();
        assert.deepEqual(waits, ["bookinfo-details-account", "istio-app-bookinfo", "istio-cni", "istio-istiod", "istio-ztunnel"]);
    });
    it("registers nothing of the demo with demo none", async () => {
        const reg = await platform({ "mesh-observability:demo": "none", "mesh-observability:verifyTraces": "false" });
        assert.deepEqual(reg.resources.filter((r) => r.name.includes("bookinfo")).map((r) => r.name), []);
        assert.deepEqual((reg.result as { demo: unknown }).demo, { app: "none" });
    });
    it("does not enrol the namespace twice when meshNamespaces lists it too", async () => {
        const reg = await platform({ "mesh-observability:meshNamespaces": JSON.stringify(["demo", "bookinfo"]) });
        assert.equal(reg.ofType("kubernetes:core/v1:Namespace").filter((r) => at(r.inputs, "metadata.name") === "bookinfo").length, 1);
    });
    it("exports how to reach the demo through the gateway", async () => {
        assert.deepEqual((await platform()).result.demo, {
            app: "bookinfo",
            namespace: "bookinfo",
            portForward: "kubectl -n istio-ingress port-forward svc/istio-ingressgateway 8080:80",
            url: "http://localhost:8080/productpage",
            traffic: "for i in $(seq 1 50); do curl -s -o /dev/null -w '%{http_code} ' http://localhost:8080/productpage; done; echo",
        });
    });
});
