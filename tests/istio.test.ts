import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { istioEndpoints, IstioMesh, type IstioMeshArgs } from "../components/istio/index.ts";
import { waypointSpansUseServiceName } from "../components/istio/version.ts";
import { at, Harness, labelsOf } from "./harness.ts";

const RELEASE = "kubernetes:helm.sh/v3:Release";
const CHART = "kubernetes:helm.sh/v4:Chart";
const TELEMETRY = "kubernetes:telemetry.istio.io/v1:Telemetry";
const GATEWAY = "kubernetes:gateway.networking.k8s.io/v1:Gateway";
const NAMESPACE = "kubernetes:core/v1:Namespace";
const collector = { host: "otel-collector.observability.svc.cluster.local", otlpGrpcPort: 4317, otlpHttpPort: 4318 };

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<IstioMeshArgs> = {}) =>
    harness.run(
        () =>
            new IstioMesh("istio", {
                provider: new k8s.Provider("k8s", {}),
                mode: "sidecar",
                samplingPercent: 10,
                meshNamespaces: ["shop"],
                collector,
                ...args,
            }),
    );

describe("IstioMesh charts", () => {
    it("names the releases as Istio's install docs do: istio-base and istiod", async () => {
        const reg = await build();
        assert.deepEqual([reg.get(RELEASE, "istio-base").inputs.name, reg.get(RELEASE, "istio-istiod").inputs.name], ["istio-base", "istiod"]);
    });
    it("pins base, istiod and the gateway to one Istio version and repo", async () => {
        const reg = await build();
        for (const [type, name, chart] of [[RELEASE, "istio-base", "base"], [RELEASE, "istio-istiod", "istiod"], [CHART, "istio-gateway", "gateway"]]) {
            const r = reg.get(type, name);
            assert.deepEqual([r.inputs.chart, r.inputs.version, at(r.inputs, "repositoryOpts.repo")], [chart, "1.30.3", "https://istio-release.storage.googleapis.com/charts"]);
        }
    });
    it("installs the control plane as Helm releases in istio-system", async () => {
        const reg = await build();
        assert.deepEqual([reg.get(RELEASE, "istio-base").inputs.namespace, reg.get(RELEASE, "istio-istiod").inputs.namespace], ["istio-system", "istio-system"]);
    });
    it("names the gateway release istio-ingressgateway in istio-ingress", async () => {
        const gateway = (await build()).get(CHART, "istio-gateway");
        assert.deepEqual([gateway.inputs.name, gateway.inputs.namespace], ["istio-ingressgateway", "istio-ingress"]);
    });
    it("selects the gateway pods by the label the chart derives from the release name", async () => {
        const gateway = (await build()).get(CHART, "istio-gateway");
        assert.deepEqual(istioEndpoints().gatewaySelector, { istio: String(gateway.inputs.name).replace(/^istio-/, "") });
        assert.equal(istioEndpoints().gatewayService, `${String(gateway.inputs.name)}.${String(gateway.inputs.namespace)}.svc.cluster.local`);
    });
    it("gives the gateway a LoadBalancer Service", async () => {
        assert.equal(at((await build()).get(CHART, "istio-gateway").inputs, "values.service.type"), "LoadBalancer");
    });
});

describe("IstioMesh mode on the gateway's pods", () => {
    const annotations = async (mode: "sidecar" | "ambient") => at((await build({ mode })).get(CHART, "istio-gateway").inputs, "values.podAnnotations");
    it("names the mesh mode in the gateway's pod template, so that a mode change rolls it (its HBONE setting is injected env)", async () => {
        assert.deepEqual([await annotations("sidecar"), await annotations("ambient")], [{ "mesh-observability.io/mesh-mode": "sidecar" }, { "mesh-observability.io/mesh-mode": "ambient" }]);
    });
});

describe("IstioMesh tracing", () => {
    it("points the OpenTelemetry provider at the collector's gRPC port", async () => {
        const providers = at((await build()).get(RELEASE, "istio-istiod").inputs, "values.meshConfig.extensionProviders") as unknown[];
        assert.deepEqual(at(providers[0], "opentelemetry"), { service: collector.host, port: 4317, resourceDetectors: { environment: {} } });
        assert.equal(at(providers[0], "name"), "otel-tracing");
    });
    it("makes the provider the default tracer", async () => {
        assert.deepEqual(at((await build()).get(RELEASE, "istio-istiod").inputs, "values.meshConfig.defaultProviders.tracing"), ["otel-tracing"]);
    });
    it("logs access to stdout as text, one line per request ending in its trace id", async () => {
        const mesh = at((await build()).get(RELEASE, "istio-istiod").inputs, "values.meshConfig") as Record<string, string>;
        assert.deepEqual([mesh.accessLogFile, mesh.accessLogEncoding], ["/dev/stdout", "TEXT"]);
        assert.match(mesh.accessLogFormat, /^\[%START_TIME%\] "%REQ\(:METHOD\)% [^\n]* trace_id=%TRACE_ID%\n$/);
    });
    it("logs Istio's own default text format (why a request failed, its request id) and then the trace id", async () => {
        const format = String(at((await build()).get(RELEASE, "istio-istiod").inputs, "values.meshConfig.accessLogFormat"));
        // istio/istio 1.30.3 pilot/pkg/model/telemetry_logging.go EnvoyTextLogFormat, as written there
        const istioDefault =
            "[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% " +
            "%PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% " +
            "%RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% " +
            "\"%UPSTREAM_TRANSPORT_FAILURE_REASON%\" %BYTES_RECEIVED% %BYTES_SENT% " +
            "%DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" " +
            "\"%REQ(USER-AGENT)%\" \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\" " +
            "%UPSTREAM_CLUSTER_RAW% %UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% " +
            "%DOWNSTREAM_REMOTE_ADDRESS% %REQUESTED_SERVER_NAME% %ROUTE_NAME%\n";
        assert.equal(format, istioDefault.replace(/\n$/, " trace_id=%TRACE_ID%\n"));
    });
    it("samples the percentage in the mesh-wide Telemetry", async () => {
        const telemetry = (await build({ samplingPercent: 0.5 })).get(TELEMETRY, "istio-mesh-telemetry");
        assert.equal(at(telemetry.inputs, "metadata.namespace"), "istio-system");
        assert.deepEqual(at(telemetry.inputs, "spec.tracing"), [{ providers: [{ name: "otel-tracing" }], randomSamplingPercentage: 0.5 }]);
    });
    it("sets istiod's fallback sampling to the same percentage", async () => {
        assert.equal(at((await build({ samplingPercent: 0.5 })).get(RELEASE, "istio-istiod").inputs, "values.traceSampling"), 0.5);
    });
});

describe("IstioMesh sidecar mode", () => {
    it("labels every mesh namespace for injection", async () => {
        const reg = await build({ meshNamespaces: ["shop", "pay"] });
        for (const ns of ["shop", "pay"]) assert.deepEqual(labelsOf(reg.get(NAMESPACE, `istio-app-${ns}`)), { "istio-injection": "enabled" });
    });
    it("keeps application namespaces on destroy", async () => {
        const reg = await build();
        assert.equal(reg.retainedOnDelete(reg.get(NAMESPACE, "istio-app-shop")), true);
        assert.equal(reg.retainedOnDelete(reg.get(NAMESPACE, "istio-namespace")), false);
    });
    it("installs no ambient components", async () => {
        const reg = await build();
        assert.deepEqual([reg.find(CHART, "istio-cni"), reg.find(CHART, "istio-ztunnel"), reg.ofType(GATEWAY).length, reg.ofType("kubernetes:yaml/v2:ConfigFile").length], [undefined, undefined, 0, 0]);
    });
    it("sets no profile", async () => assert.equal(at((await build()).get(RELEASE, "istio-istiod").inputs, "values.profile"), undefined));
    it("lets applications' OTLP exports to the collector bypass their sidecar", async () => {
        assert.equal(at((await build()).get(RELEASE, "istio-istiod").inputs, "values.global.proxy.excludeOutboundPorts"), "4317,4318");
    });
});

describe("IstioMesh ambient platform", () => {
    it("sets no platform on a generic cluster", async () => {
        assert.equal(at((await build({ mode: "ambient" })).get(CHART, "istio-cni").inputs, "values.global"), undefined);
    });
    it("gives every chart of the mesh the cluster's platform profile", async () => {
        const reg = await build({ mode: "ambient", platform: "k3d" });
        for (const r of [reg.get(CHART, "istio-cni"), reg.get(CHART, "istio-ztunnel"), reg.get(RELEASE, "istio-istiod")]) {
            assert.equal(at(r.inputs, "values.global.platform"), "k3d", r.name);
        }
    });
});

describe("IstioMesh order", () => {
    it("installs istiod after base, and base after its namespace", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(RELEASE, "istio-base")), ["kubernetes:core/v1:Namespace::istio-namespace"]);
        assert.deepEqual(reg.dependenciesOf(reg.get(RELEASE, "istio-istiod")).sort(), ["kubernetes:core/v1:Namespace::istio-namespace", "kubernetes:helm.sh/v3:Release::istio-base"]);
    });
    it("installs the gateway after istiod, whose injector builds its pod", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(CHART, "istio-gateway")).sort(), ["kubernetes:core/v1:Namespace::istio-ingress-namespace", "kubernetes:helm.sh/v3:Release::istio-istiod"]);
    });
    it("creates the Telemetry once istiod's webhook answers", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(TELEMETRY, "istio-mesh-telemetry")), ["kubernetes:helm.sh/v3:Release::istio-istiod"]);
    });
    it("lets the gateway wait for the load balancer when there is one", async () => {
        const reg = await harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const pool = new k8s.core.v1.ConfigMap("pool", {}, { provider });
            return new IstioMesh("istio", { provider, mode: "sidecar", samplingPercent: 1, meshNamespaces: [], collector, loadBalancer: [pool] });
        });
        assert.ok(reg.dependenciesOf(reg.get(CHART, "istio-gateway")).includes("kubernetes:core/v1:ConfigMap::pool"));
    });
});

describe("IstioMesh outputs", () => {
    it("name the ingress gateway's Service in its namespace", () => {
        assert.deepEqual(istioEndpoints(), {
            gatewayNamespace: "istio-ingress",
            gatewayServiceName: "istio-ingressgateway",
            gatewayService: "istio-ingressgateway.istio-ingress.svc.cluster.local",
            gatewayHttpPort: 80,
            gatewayHttpsPort: 443,
            gatewaySelector: { istio: "ingressgateway" },
        });
    });
    it("are registered as the component's outputs", async () => {
        const reg = await build();
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:IstioMesh", "istio")), { endpoints: istioEndpoints() });
    });
});

describe("IstioMesh values escape hatch", () => {
    it("merges raw values per chart last", async () => {
        const reg = await build({ values: { istiod: { meshConfig: { accessLogEncoding: "JSON" } }, gateway: { service: { type: "NodePort" } } } });
        assert.equal(at(reg.get(RELEASE, "istio-istiod").inputs, "values.meshConfig.accessLogEncoding"), "JSON");
        assert.equal(at(reg.get(RELEASE, "istio-istiod").inputs, "values.meshConfig.enableTracing"), true);
        assert.equal(at(reg.get(CHART, "istio-gateway").inputs, "values.service.type"), "NodePort");
    });
});

describe("waypoint span names", () => {
    it("are the destination service's only in Istio 1.28 and 1.29", () => {
        assert.deepEqual(["1.27.4", "1.28.0", "1.29.6", "1.30.3", "1.31.0"].map(waypointSpansUseServiceName), [false, true, true, false, false]);
    });
    it("are the waypoint's own at the pinned version", () => assert.equal(waypointSpansUseServiceName(), false));
});
