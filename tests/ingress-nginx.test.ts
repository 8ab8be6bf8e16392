import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { ambientClientConfig, IngressNginx, type IngressNginxArgs, openTelemetryConfig } from "../components/ingress-nginx.ts";
import { PROFILES } from "../components/sizing.ts";
import { at, Harness } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const collector = { host: "otel-collector.observability.svc.cluster.local", otlpGrpcPort: 4317 };
const NAMESPACE = "kubernetes:core/v1:Namespace";

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<IngressNginxArgs> = {}) =>
    harness.run(() => {
        const provider = new k8s.Provider("k8s", {});
        const certChart = new k8s.core.v1.ConfigMap("cert-manager", {}, { provider });
        return new IngressNginx("nginx", { provider, certManager: { release: certChart }, collector, samplingPercent: 5, ...args });
    });

describe("ingress-nginx OpenTelemetry config", () => {
    it("sends spans to the collector over gRPC", () => {
        const config = openTelemetryConfig(collector, 5, "edge");
        assert.deepEqual([config["enable-opentelemetry"], config["otlp-collector-host"], config["otlp-collector-port"]], ["true", collector.host, "4317"]);
    });
    it("samples the percentage as a ratio, parent-based", () => {
        const config = openTelemetryConfig(collector, 5, "edge");
        assert.deepEqual([config["otel-sampler"], config["otel-sampler-ratio"], config["otel-sampler-parent-based"]], ["TraceIdRatioBased", "0.05", "true"]);
    });
    it("joins incoming traces", () => assert.equal(openTelemetryConfig(collector, 5, "edge")["opentelemetry-trust-incoming-span"], "true"));
});

describe("IngressNginx", () => {
    it("installs the pinned (final) chart", async () => {
        const chart = (await build()).get(CHART, "nginx-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name], ["ingress-nginx", "4.15.1", "https://kubernetes.github.io/ingress-nginx", "ingress-nginx"]);
    });
    it("names its spans ingress-nginx unless told otherwise", async () => {
        assert.equal(at((await build()).get(CHART, "nginx-chart").inputs, "values.controller.config.otel-service-name"), "ingress-nginx");
        assert.equal(at((await build({ serviceName: "edge" })).get(CHART, "nginx-chart").inputs, "values.controller.config.otel-service-name"), "edge");
    });
    it("takes its webhook certificate from cert-manager and waits for it", async () => {
        const reg = await build();
        assert.equal(at(reg.get(CHART, "nginx-chart").inputs, "values.controller.admissionWebhooks.certManager.enabled"), true);
        assert.ok(reg.dependenciesOf(reg.get(CHART, "nginx-chart")).includes("kubernetes:core/v1:ConfigMap::cert-manager"));
    });
    it("exposes a LoadBalancer Service", async () => {
        assert.equal(at((await build()).get(CHART, "nginx-chart").inputs, "values.controller.service.type"), "LoadBalancer");
    });
    it("stays out of the mesh and balances across endpoints itself in sidecar mode", async () => {
        const reg = await build({ meshMode: "sidecar" });
        assert.deepEqual(at(reg.get(NAMESPACE, "nginx-namespace").inputs, "metadata.labels"), {});
        assert.equal(at(reg.get(CHART, "nginx-chart").inputs, "values.controller.config.service-upstream"), undefined);
    });
    it("joins ambient as a client and sends to Service addresses, so the waypoints see its traffic", async () => {
        const reg = await build({ meshMode: "ambient" });
        assert.deepEqual(at(reg.get(NAMESPACE, "nginx-namespace").inputs, "metadata.labels"), { "istio.io/dataplane-mode": "ambient" });
        assert.equal(at(reg.get(CHART, "nginx-chart").inputs, "values.controller.config.service-upstream"), "true");
    });
    it("names the mesh mode in the controller's pod template, so that a mode change starts nginx afresh in the new mode", async () => {
        const annotations = async (meshMode: "sidecar" | "ambient") => at((await build({ meshMode })).get(CHART, "nginx-chart").inputs, "values.controller.podAnnotations");
        assert.deepEqual([await annotations("sidecar"), await annotations("ambient")], [{ "mesh-observability.io/mesh-mode": "sidecar" }, { "mesh-observability.io/mesh-mode": "ambient" }]);
    });
    it("installs into the namespace asked for", async () => {
        assert.equal((await build({ namespace: "edge" })).get(CHART, "nginx-chart").inputs.namespace, "edge");
    });
    it("registers its namespace as the component's output", async () => {
        const reg = await build();
        assert.deepEqual(reg.outputsOf(reg.get("mesh-observability:addons:IngressNginx", "nginx")), { namespace: "ingress-nginx" });
    });
    it("spreads two or more controllers over nodes by the labels the chart gives their pods", async () => {
        // ingress-nginx 4.15.1 templates/controller-deployment.yaml: the pod's labels are selectorLabels (name: the
        // chart's name, instance: the release) and component: controller
        const chart = (await build({ sizing: { ...PROFILES.production.ingressNginx, replicas: 2 } })).get(CHART, "nginx-chart").inputs;
        assert.deepEqual(at(chart, "values.controller.topologySpreadConstraints.0.labelSelector.matchLabels"), {
            "app.kubernetes.io/name": chart.chart,
            "app.kubernetes.io/instance": chart.name,
            "app.kubernetes.io/component": "controller",
        });
    });
    it("adds neither a namespace label nor a ConfigMap key in sidecar mode", () => assert.deepEqual(ambientClientConfig("sidecar"), { namespaceLabels: {}, config: {} }));
    it("merges raw values last", async () => {
        assert.equal(at((await build({ values: { controller: { replicaCount: 3 } } })).get(CHART, "nginx-chart").inputs, "values.controller.replicaCount"), 3);
    });
});
