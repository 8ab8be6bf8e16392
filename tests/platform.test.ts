// The whole stack as composed from the stack files: wiring, sampling units, dependency edges, variants.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { chartKeyId, chartKeyIndex, chartOf, platformChartValues } from "../stacks/chart-values.ts";
import { type ChartValueTarget, parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform, meshModeRestart, type PlatformOutputs } from "../stacks/platform.ts";
import { keepVolumeClaimTemplates } from "../stacks/stateful.ts";
import { awaitTimeouts, keepCustomResourceDefinitions } from "../stacks/timeouts.ts";
import { at, Harness, Registrations, type ResourceRecord } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
function stackConfig(stack: string, overrides: Record<string, string> = {}): StackConfig {
    const files = loadStackConfigFiles(root, stack);
    return parseStackConfig({ ...files.config, ...overrides }, new Set(files.secretKeys));
}

let harness: Harness;
const build = (config: StackConfig) => harness.run(() => buildPlatform(config));
/** The dev and prod stacks as their files configure them, built once and read by many tests. */
const stacks = new Map<string, Registrations<PlatformOutputs>>();
before(async () => {
    harness = await Harness.create();
    for (const stack of ["dev", "prod"]) stacks.set(stack, await build(stackConfig(stack)));
});
const built = (stack: string) => stacks.get(stack) as Registrations<PlatformOutputs>;

/** Services the stack creates, as `<name>.<namespace>` -> ports: what each chart or operator makes of our inputs. */
function servicesOf(reg: Registrations<unknown>): Map<string, Set<number>> {
    const services = new Map<string, Set<number>>();
    const add = (name: string, namespace: string, ports: number[]) => services.set(`${name}.${namespace}`, new Set(ports));
    for (const r of reg.resources) {
        const ns = String(r.inputs.namespace ?? at(r.inputs, "metadata.namespace"));
        const release = String(r.inputs.name);
        switch (r.type.startsWith("kubernetes:helm.sh/") ? r.inputs.chart : r.type) {
            case "tempo":
                add(release, ns, [3200, 4317, 4318]);
                break;
            case "tempo-distributed":
                add(`${release}-distributor`, ns, [4317, 4318]);
                // templates/distributor/service-distributor-discovery.yaml (2.26.2): headless, the OTLP ports when on
                add(`${release}-distributor-discovery`, ns, [3200, ...(at(r.inputs, "values.traces.otlp.grpc.enabled") ? [4317] : []), ...(at(r.inputs, "values.traces.otlp.http.enabled") ? [4318] : [])]);
                add(`${release}-query-frontend`, ns, [3200]);
                break;
            case "kube-prometheus-stack":
                add(`${release}-prometheus`, ns, [9090]);
                add(`${release}-grafana`, ns, [80]);
                break;
            case "kiali-server":
                add("kiali", ns, [20001]);
                break;
            case "gateway": // Istio's gateway chart: the release's Service with the chart's default service.ports
                add(release, ns, [15021, 80, 443]);
                break;
            case "loki":
                add(release, ns, [Number(at(r.inputs, "values.loki.server.http_listen_port"))]);
                break;
            case "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector": {
                const ports = JSON.stringify(at(r.inputs, "spec.config.receivers")).match(/0\.0\.0\.0:\d+/g) ?? [];
                add(`${String(at(r.inputs, "metadata.name"))}-collector`, ns, ports.map((p) => Number(p.split(":")[1])));
                break;
            }
        }
    }
    return services;
}

/** In-cluster addresses the inputs configure: `svc.ns.svc[.cluster.local]:port` in any string, and host/port pairs. */
function addressesOf(resource: ResourceRecord): string[] {
    const found: string[] = [];
    const walk = (value: unknown): void => {
        if (typeof value === "string") {
            for (const m of value.matchAll(/([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?:(\d+)/g)) found.push(`${m[1]}.${m[2]}:${m[3]}`);
        } else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === "object") {
            const o = value as Record<string, unknown>;
            const host = o.service ?? o["otlp-collector-host"];
            const port = (o.port ?? o["otlp-collector-port"]) as string | number | undefined;
            if (typeof host === "string" && port !== undefined) {
                const m = host.match(/^([a-z0-9-]+)\.([a-z0-9-]+)\.svc/);
                if (m) found.push(`${m[1]}.${m[2]}:${String(port)}`);
            }
            Object.values(o).forEach(walk);
        }
    };
    walk(resource.inputs);
    return found;
}

for (const stack of ["dev", "prod"]) {
    describe(`${stack} wiring`, () => {
        it("points every in-cluster address at a Service and port the stack creates", () => {
            const reg = built(stack);
            const services = servicesOf(reg);
            const addresses = reg.resources.flatMap((r) => addressesOf(r).map((a) => ({ at: `${r.type}::${r.name}`, address: a })));
            assert.ok(addresses.length >= 8, `only ${addresses.length} addresses found`);
            for (const { at: where, address } of addresses) {
                const [host, port] = address.split(":");
                assert.ok(services.get(host)?.has(Number(port)), `${where} -> ${address}: no such Service/port (have ${[...services.keys()].join(", ")})`);
            }
        });
    });
}

describe("Tempo's metrics-generator", () => {
    for (const stack of ["dev", "prod"]) {
        it(`remote-writes to Prometheus' remote-write receiver, which is on (${stack})`, () => {
            const reg = built(stack);
            const values = reg.get("kubernetes:helm.sh/v4:Chart", "tempo-chart").inputs.values;
            const url = String(at(values, "tempo.metricsGenerator.storage.remote_write.0.url") ?? at(values, "metricsGenerator.config.storage.remote_write.0.url"));
            // Prometheus serves the receiver at /api/v1/write when --web.enable-remote-write-receiver is set
            assert.equal(new URL(url).pathname, "/api/v1/write");
            assert.equal(at(reg.get("kubernetes:helm.sh/v3:Release", "monitoring-release").inputs, "values.prometheus.prometheusSpec.enableRemoteWriteReceiver"), true);
        });
    }
});

describe("stack outputs", () => {
    let reg: Registrations<PlatformOutputs>;
    before(() => (reg = built("dev")));
    const PORT_FORWARD = /^kubectl -n (\S+) port-forward svc\/(\S+) (\d+):(\d+)$/;
    /** The namespace, Service, local and remote port of a port-forward command. */
    function portForward(command: string): { namespace: string; service: string; local: number; remote: number } {
        const match = PORT_FORWARD.exec(command);
        assert.ok(match, `not a port-forward command: ${command}`);
        return { namespace: match[1], service: match[2], local: Number(match[3]), remote: Number(match[4]) };
    }

    it("port-forward Grafana's Service and port to the URL they give", () => {
        const { namespace, service, local, remote } = portForward(reg.result.grafana.portForward);
        assert.ok(servicesOf(reg).get(`${service}.${namespace}`)?.has(remote), `${service}.${namespace}:${remote}`);
        assert.equal(reg.result.grafana.url, `http://localhost:${local}`);
    });
    it("port-forward Kiali's Service and port to the URL they give", () => {
        const { namespace, service, local, remote } = portForward(reg.result.kiali.portForward);
        assert.ok(servicesOf(reg).get(`${service}.${namespace}`)?.has(remote), `${service}.${namespace}:${remote}`);
        assert.equal(reg.result.kiali.url, `http://localhost:${local}`);
    });
    it("give Kiali the Grafana URL that the outputs give the browser", () => {
        const tracing = at(reg.get("kubernetes:helm.sh/v4:Chart", "kiali-chart").inputs, "values.external_services") as Record<string, Record<string, unknown>>;
        assert.deepEqual([tracing.grafana.external_url, tracing.tracing.external_url], [reg.result.grafana.url, reg.result.grafana.url]);
    });
    it("name the ingress gateway's Service and the command that prints its address", () => {
        const gateway = reg.get("kubernetes:helm.sh/v4:Chart", "istio-gateway").inputs;
        assert.equal(reg.result.ingressGateway.service, `${String(gateway.name)}.${String(gateway.namespace)}.svc.cluster.local`);
        assert.equal(
            reg.result.ingressGateway.addressCommand,
            `kubectl -n ${String(gateway.namespace)} get svc ${String(gateway.name)} -o jsonpath='{.status.loadBalancer.ingress[0].ip}'`,
        );
    });
    it("give the collector's OTLP/gRPC and OTLP/HTTP receivers", () => {
        const collector = reg.get("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector", "opentelemetry-collector").inputs;
        const host = `${String(at(collector, "metadata.name"))}-collector.${String(at(collector, "metadata.namespace"))}.svc.cluster.local`;
        const port = (protocol: string) => String(at(collector, `spec.config.receivers.otlp.protocols.${protocol}.endpoint`)).split(":")[1];
        assert.deepEqual(reg.result.otlpEndpoints, { grpc: `http://${host}:${port("grpc")}`, http: `http://${host}:${port("http")}` });
    });
    it("export the mesh mode", () => assert.equal(reg.result.meshMode, "sidecar"));
    it("give the command that restarts the applications of the mesh namespaces after a mode change, or say there are none", () => {
        assert.deepEqual(meshModeRestart(["shop", "payments"]), {
            namespaces: ["shop", "payments"],
            command: 'for ns in shop payments; do kubectl -n "$ns" rollout restart deployment,statefulset,daemonset; done',
        });
        assert.deepEqual(meshModeRestart([]), { namespaces: [], command: "none: meshNamespaces is empty (the platform's own workloads roll by themselves)" });
    });
});

describe("sampling in every layer's unit", () => {
    it("is a percentage for Istio and a ratio for the SDKs and ingress-nginx", async () => {
        const reg = await build(stackConfig("dev", { "mesh-observability:samplingPercent": "2.5" }));
        assert.equal(at(reg.get("kubernetes:telemetry.istio.io/v1:Telemetry", "istio-mesh-telemetry").inputs, "spec.tracing.0.randomSamplingPercentage"), 2.5);
        assert.equal(at(reg.get("kubernetes:helm.sh/v3:Release", "istio-istiod").inputs, "values.traceSampling"), 2.5);
        assert.equal(at(reg.get("kubernetes:opentelemetry.io/v1alpha1:Instrumentation", "opentelemetry-instrumentation-demo").inputs, "spec.sampler.argument"), "0.025");
        assert.equal(at(reg.get("kubernetes:helm.sh/v4:Chart", "ingress-nginx-chart").inputs, "values.controller.config.otel-sampler-ratio"), "0.025");
    });
    it("is exported per layer for review", async () => {
        const reg = await build(stackConfig("dev", { "mesh-observability:samplingPercent": "2.5" }));
        assert.deepEqual(reg.result.sampling, { istioPercent: 2.5, sdkRatio: 0.025, ingressNginxRatio: 0.025 });
    });
});

/** Every resource of the Bookinfo component: depending on the component waits for all of them. */
const bookinfoResources = (reg: Registrations<unknown>) => {
    const component = reg.get("mesh-observability:demo:Bookinfo", "bookinfo");
    return reg.resources.filter((r) => r.parent === component.urn).map((r) => r.name);
};

/** The edges of an AdmissionProbe named `name` that starts after `serving`: its RBAC, script and Job. */
const probeEdges = (name: string, serving: string): Record<string, string[]> => ({
    [`${name}-account`]: [serving],
    [`${name}-role`]: [serving],
    [`${name}-binding`]: [`${name}-account`, `${name}-role`, serving].sort(),
    [`${name}-script`]: [serving],
    [`${name}-job`]: [`${name}-binding`, `${name}-script`, serving].sort(),
});

describe("dependency edges", () => {
    it("are exactly the needed ones (dev)", () => {
        const reg = built("dev");
        const edges = Object.fromEntries(reg.resources.filter((r) => r.dependencies.length > 0).map((r) => [r.name, reg.dependenciesOf(r).map((d) => d.split("::")[1]).sort()]));
        assert.deepEqual(edges, {
            "cert-manager-release": ["cert-manager-namespace"],
            "metallb-chart": ["metallb-namespace"],
            // the pools wait for a dry run their webhook answered (components/admission-probe.ts), after the chart
            ...probeEdges("metallb-webhook-probe", "metallb-chart"),
            "metallb-pool": ["metallb-webhook-probe-job"],
            "metallb-l2": ["metallb-webhook-probe-job"],
            "monitoring-grafana-admin": ["monitoring-grafana-admin-password", "monitoring-namespace"],
            "monitoring-release": ["monitoring-grafana-admin", "monitoring-namespace"],
            "monitoring-istio-proxies": ["monitoring-release"],
            "monitoring-istiod": ["monitoring-release"],
            // the chart's ServiceMonitors need the CRD the monitoring release installs
            "tempo-chart": ["monitoring-release", "tempo-namespace"],
            "loki-chart": ["loki-namespace", "monitoring-release"],
            "istio-base": ["istio-namespace"],
            "istio-istiod": ["istio-base", "istio-namespace"],
            "istio-gateway": ["istio-ingress-namespace", "istio-istiod", "metallb-l2", "metallb-pool"],
            "istio-mesh-telemetry": ["istio-istiod"],
            "istio-mesh-mtls": ["istio-istiod"],
            "opentelemetry-operator": ["cert-manager-release", "opentelemetry-operator-namespace"],
            ...probeEdges("opentelemetry-webhook-probe", "opentelemetry-operator"),
            "opentelemetry-collector": ["opentelemetry-collector-namespace", "opentelemetry-webhook-probe-job"],
            "opentelemetry-instrumentation-demo": ["istio-app-demo", "opentelemetry-webhook-probe-job"],
            "log-shipping-collector": ["opentelemetry-collector-namespace", "opentelemetry-webhook-probe-job"],
            "ingress-nginx-chart": ["cert-manager-release", "ingress-nginx-namespace", "metallb-l2", "metallb-pool"],
            "kiali-signing-key": ["istio-namespace", "kiali-signing-key-value"],
            // Kiali's Grafana viewer: its generated password in a Secret beside Grafana and in Kiali's, set in Grafana by
            // a Job once Grafana's release is there (tests/grafana-viewer.test.ts)
            "kiali-grafana-viewer-secret": ["kiali-grafana-viewer-password", "monitoring-namespace"],
            "kiali-grafana-viewer-script": ["monitoring-namespace"],
            "kiali-grafana-viewer-job": ["kiali-grafana-viewer-password", "kiali-grafana-viewer-script", "kiali-grafana-viewer-secret", "monitoring-release"],
            "kiali-grafana-credentials": ["istio-namespace", "kiali-grafana-viewer-password"],
            "kiali-chart": ["istio-namespace", "kiali-grafana-credentials", "kiali-signing-key"],
            // monitors and rules need the monitoring CRDs (rules also the operator's webhook); the dashboard its namespace
            "pipeline-health-opentelemetry-collectors": ["monitoring-release"],
            "pipeline-health-opentelemetry-operator": ["monitoring-release"],
            "pipeline-health-alerts": ["monitoring-release"],
            "pipeline-health-dashboard": ["monitoring-namespace"],
            // the demo (tests/bookinfo.test.ts explains its edges)
            "opentelemetry-instrumentation-bookinfo": ["istio-app-bookinfo", "opentelemetry-webhook-probe-job"],
            ...Object.fromEntries(["details", "productpage", "ratings", "reviews"].flatMap((app) => [[`bookinfo-${app}`, ["istio-app-bookinfo"]], [`bookinfo-${app}-account`, ["istio-app-bookinfo"]]])),
            ...Object.fromEntries(
                ["details-v1", "productpage-v1", "ratings-v1", "reviews-v1", "reviews-v2", "reviews-v3"].map((d) => [`bookinfo-${d}`, [`bookinfo-${d.split("-")[0]}-account`, "istio-app-bookinfo", "istio-istiod"]]),
            ),
            "bookinfo-gateway": ["istio-app-bookinfo", "istio-istiod"],
            "bookinfo-route": ["istio-app-bookinfo", "istio-istiod"],
            // the trace check (tests/trace-check-job.test.ts explains its edges)
            "trace-check-script": ["trace-check-namespace"],
            "trace-check-job": [...bookinfoResources(reg), "istio-gateway", "monitoring-release", "opentelemetry-collector", "tempo-chart", "trace-check-script"].sort(),
        });
    });
});

describe("chartValues", () => {
    it("reach each chart, merged over the platform's values", async () => {
        const targets: Record<string, [string, string]> = {
            certManager: ["kubernetes:helm.sh/v3:Release", "cert-manager-release"],
            metallb: ["kubernetes:helm.sh/v4:Chart", "metallb-chart"],
            ingressNginx: ["kubernetes:helm.sh/v4:Chart", "ingress-nginx-chart"],
            istioBase: ["kubernetes:helm.sh/v3:Release", "istio-base"],
            istiod: ["kubernetes:helm.sh/v3:Release", "istio-istiod"],
            istioGateway: ["kubernetes:helm.sh/v4:Chart", "istio-gateway"],
            istioCni: ["kubernetes:helm.sh/v4:Chart", "istio-cni"],
            ztunnel: ["kubernetes:helm.sh/v4:Chart", "istio-ztunnel"],
            openTelemetryOperator: ["kubernetes:helm.sh/v4:Chart", "opentelemetry-operator"],
            tempo: ["kubernetes:helm.sh/v4:Chart", "tempo-chart"],
            kubePrometheusStack: ["kubernetes:helm.sh/v3:Release", "monitoring-release"],
            kiali: ["kubernetes:helm.sh/v4:Chart", "kiali-chart"],
            loki: ["kubernetes:helm.sh/v4:Chart", "loki-chart"],
        };
        // per chart, a real top-level leaf key of the pinned chart that the platform leaves alone
        const base = stackConfig("dev", { "mesh-observability:meshMode": "ambient" });
        const platform = platformChartValues(base);
        const markers = Object.keys(targets).map((target) => {
            const keys = chartKeyIndex().charts[chartKeyId(chartOf(target as ChartValueTarget, base))].keys as Record<string, unknown>;
            const key = Object.keys(keys).find((k) => keys[k] === 0 && !(k in (platform[target as ChartValueTarget] ?? {})));
            assert.ok(key, `no free leaf key for ${target}`);
            return [target, key] as const;
        });
        const chartValues = Object.fromEntries(markers.map(([target, key]) => [target, { [key]: `marker-${target}` }]));
        const reg = await build(
            stackConfig("dev", { "mesh-observability:meshMode": "ambient", "mesh-observability:chartValues": JSON.stringify(chartValues) }),
        );
        for (const [target, key] of markers) {
            const [type, name] = targets[target];
            assert.equal((reg.get(type, name).inputs.values as Record<string, unknown>)[key], `marker-${target}`, target);
        }
    });
    it("override the platform's tunable defaults, merged with the rest", async () => {
        const reg = await build(stackConfig("dev", { "mesh-observability:chartValues": JSON.stringify({ istioGateway: { service: { type: "NodePort" } } }) }));
        const values = reg.get("kubernetes:helm.sh/v4:Chart", "istio-gateway").inputs.values as Record<string, unknown>;
        assert.equal(at(values, "service.type"), "NodePort");
        assert.ok(Object.keys(values).length > 1, "the platform's other gateway values stay");
    });
});

describe("stack variants", () => {
    it("installs no MetalLB without addresses, and nothing waits for one", async () => {
        const reg = await build(stackConfig("dev", { "mesh-observability:loadBalancerAddresses": "[]" }));
        assert.equal(reg.resources.filter((r) => r.name.startsWith("metallb")).length, 0);
        assert.deepEqual(reg.dependenciesOf(reg.get("kubernetes:helm.sh/v4:Chart", "istio-gateway")).sort(), ["kubernetes:core/v1:Namespace::istio-ingress-namespace", "kubernetes:helm.sh/v3:Release::istio-istiod"]);
    });
    it("installs no Loki and ships no logs without a log store, and agents export no logs", async () => {
        const reg = await build(stackConfig("dev", { "mesh-observability:logs": JSON.stringify({ backend: "none" }) }));
        assert.equal(reg.resources.filter((r) => r.name.startsWith("loki") || r.name.startsWith("log-shipping")).length, 0);
        const java = at(reg.get("kubernetes:opentelemetry.io/v1alpha1:Instrumentation", "opentelemetry-instrumentation-demo").inputs, "spec.java.env") as { name: string; value: string }[];
        assert.equal(java.find((e) => e.name === "OTEL_LOGS_EXPORTER")?.value, "none");
        assert.deepEqual(reg.result.logs, { backend: "none" });
    });
    it("exports the log store's OTLP endpoint", async () => {
        assert.deepEqual((await build(stackConfig("dev"))).result.logs, { backend: "loki", otlpEndpoint: "http://loki.loki.svc.cluster.local:3100/otlp" });
    });
    it("installs no ingress-nginx when it is off", async () => {
        const reg = await build(stackConfig("dev", { "mesh-observability:ingressNginx": "false" }));
        assert.equal(reg.resources.filter((r) => r.name.startsWith("ingress-nginx")).length, 0);
    });
    it("runs tempo-distributed in prod and the single binary in dev", () => {
        const chartOf = (stack: string) => built(stack).get("kubernetes:helm.sh/v4:Chart", "tempo-chart").inputs.chart;
        assert.deepEqual([chartOf("dev"), chartOf("prod")], ["tempo", "tempo-distributed"]);
    });
    it("passes every Kubernetes resource the one explicit provider", () => {
        const reg = built("dev");
        const provider = reg.get("pulumi:providers:kubernetes", "kubernetes");
        assert.equal(provider.inputs.enableServerSideApply, "true");
        const kubernetes = reg.resources.filter((r) => r.custom && r.type.startsWith("kubernetes:"));
        assert.ok(kubernetes.length > 20);
        for (const r of kubernetes) assert.equal(r.provider, provider.urn, `${r.type}::${r.name}`);
    });
    it("hands the provider the kubernetes: context and kubeconfig when the stack sets them", async () => {
        const reg = await harness.run(() => buildPlatform(stackConfig("dev"), { context: "kind-dev", kubeconfig: "/home/me/.kube/lab" }));
        const provider = reg.get("pulumi:providers:kubernetes", "kubernetes").inputs;
        assert.deepEqual([provider.context, provider.kubeconfig], ["kind-dev", "/home/me/.kube/lab"]);
    });
    it("leaves the provider to the ambient kubeconfig otherwise", () => {
        const provider = built("dev").get("pulumi:providers:kubernetes", "kubernetes").inputs;
        assert.deepEqual([provider.context, provider.kubeconfig], [undefined, undefined]);
    });
    it("bounds every Kubernetes resource's wait, keeps the CRDs and every StatefulSet's volume template with the stack's three transforms", () => {
        assert.deepEqual(built("dev").stackTransforms, [awaitTimeouts, keepCustomResourceDefinitions, keepVolumeClaimTemplates]);
    });
    it("parents every add-on resource to its component", () => {
        const reg = built("dev");
        for (const r of reg.resources.filter((r) => r.type.startsWith("kubernetes:") || r.type.startsWith("random:"))) {
            assert.match(reg.byUrn(r.parent as string).type, /^mesh-observability:(addons|demo):/, `${r.type}::${r.name}`);
        }
    });
});
