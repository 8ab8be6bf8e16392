// The policy pack against the stacks with the UIs on host names: dev (self-signed CA, fixed entry addresses) and prod
// (ACME, both mesh modes) pass their policy configs as the stacks without a domain do.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { blocking, type Outcome, readPolicyConfig, type RecordedResource, runPolicies } from "../policy/offline.ts";
import { mergeValues, type Values } from "../components/helm.ts";
import { POLICIES } from "../policy/policies.ts";
import { type DesiredState, RegistrationRecorder, SECRET_PLACEHOLDER, synthesize } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, PROJECT } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";

const root = path.resolve(import.meta.dirname, "..");

let recorder: RegistrationRecorder;
before(async () => (recorder = await RegistrationRecorder.install(PROJECT, "ui-policy")));

const variants = [
    { stack: "dev", overrides: { ui: { domain: "172.18.255.200.nip.io" }, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.201" } } },
    { stack: "prod", overrides: { ui: { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" } } },
    { stack: "prod", overrides: { meshMode: "ambient", ui: { domain: "observability.example.org", issuer: "corporate-pki" }, entryPointAddresses: { istioGateway: "10.20.0.10" } } },
];

describe("policy pack with the UIs on host names", () => {
    for (const { stack, overrides } of variants) {
        it(`${stack} with ${JSON.stringify(overrides)} passes`, async () => {
            const files = loadStackConfigFiles(root, stack);
            const raw = { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [`${PROJECT}:${key}`, typeof value === "string" ? value : JSON.stringify(value)])) };
            const config = parseStackConfig(raw, new Set(files.secretKeys));
            recorder.reset();
            const state = await synthesize(recorder, PROJECT, stack, () => Promise.resolve({ ...buildPlatform(config) }));
            const policyConfig = { ...readPolicyConfig(path.join(root, "policy", `config.${stack}.json`)), "secrets-stay-secret": { secretPlaceholder: SECRET_PLACEHOLDER } };
            const outcome = await runPolicies(POLICIES, state.resources, { config: policyConfig, stackOutputs: state.outputs });
            assert.deepEqual(outcome.violations, []);
            assert.deepEqual(blocking(outcome), []);
        });
    }
});

describe("published-uis-sign-in", () => {
    async function stateOf(stack: string, overrides: Record<string, unknown>): Promise<DesiredState> {
        const stackFiles = loadStackConfigFiles(root, stack);
        const raw = { ...stackFiles.config, ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [`${PROJECT}:${key}`, typeof value === "string" ? value : JSON.stringify(value)])) };
        recorder.reset();
        return synthesize(recorder, PROJECT, stack, () => Promise.resolve({ ...buildPlatform(parseStackConfig(raw, new Set(stackFiles.secretKeys))) }));
    }
    const judge = async (state: DesiredState, stack: string, resources: readonly RecordedResource[] = state.resources) => {
        const policyConfig = { ...readPolicyConfig(path.join(root, "policy", `config.${stack}.json`)), "secrets-stay-secret": { secretPlaceholder: SECRET_PLACEHOLDER } };
        return runPolicies(POLICIES, resources, { config: policyConfig, stackOutputs: state.outputs });
    };
    const messages = (outcome: Outcome) => outcome.violations.filter((v) => v.policy === "published-uis-sign-in").map((v) => [v.message, v.enforcementLevel]);
    const extra = (state: DesiredState, type: string, name: string, inputs: Record<string, unknown>): RecordedResource[] => [
        ...state.resources,
        { urn: `urn:pulumi:dev::${PROJECT}::${type}::${name}`, type, name, parent: null, dependencies: [], inputs },
    ];
    const ui = { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" };
    let published: DesiredState;
    before(async () => (published = await stateOf("dev", { ui })));

    for (const stack of ["dev", "prod"]) {
        it(`refuses Prometheus published on the gateway, blocking in ${stack}`, async () => {
            const state = await stateOf(stack, { ui: { ...ui, publishPrometheus: true } });
            assert.deepEqual(messages(await judge(state, stack)), [
                [
                    "VirtualService istio-ingress/prometheus-ui (hosts prometheus.observability.example.org) publishes kube-prometheus-stack-prometheus.monitoring:9090, which signs no one in (only Grafana and Kiali do; Prometheus, Alertmanager, Tempo, Loki and the collectors do not): leave it unpublished (Prometheus: ui.publishPrometheus false) or put the route behind authentication",
                    "mandatory",
                ],
            ]);
        });
    }
    it("refuses Grafana published with anonymous access (values past the config check, which refuses the key)", async () => {
        const resources = published.resources.map((r) =>
            r.type === "kubernetes:helm.sh/v3:Release" && r.inputs.chart === "kube-prometheus-stack"
                ? { ...r, inputs: { ...r.inputs, values: mergeValues(r.inputs.values as Values, { grafana: { "grafana.ini": { "auth.anonymous": { enabled: true } } } }) } }
                : r,
        );
        assert.deepEqual(messages(await judge(published, "dev", resources)), [
            [
                'VirtualService istio-ingress/grafana-ui (hosts grafana.observability.example.org) publishes Grafana (kube-prometheus-stack-grafana.monitoring:80), which lets anonymous users in: helm release "kube-prometheus-stack" (chart kube-prometheus-stack 88.5.3) sets values.grafana.grafana.ini.auth.anonymous.enabled',
                "mandatory",
            ],
        ]);
    });
    it("refuses Kiali published with anonymous access, read from its rendered config (what a real preview shows of the Chart v4)", async () => {
        const kialiChart = (r: RecordedResource) => r.type === "kubernetes:helm.sh/v4:Chart" && r.inputs.chart === "kiali-server";
        const configMap = {
            metadata: { name: "kiali", namespace: "istio-system", labels: { "app.kubernetes.io/name": "kiali" } },
            data: { "config.yaml": "auth:\n  strategy: anonymous\ndeployment:\n  instance_name: kiali\n  namespace: istio-system\n" },
        };
        const resources = extra(published, "kubernetes:core/v1:ConfigMap", "kiali-chart:istio-system/kiali", configMap).filter((r) => !kialiChart(r));
        assert.deepEqual(messages(await judge(published, "dev", resources)), [
            [
                "VirtualService istio-ingress/kiali-ui (hosts kiali.observability.example.org) publishes Kiali (kiali.istio-system:20001), which lets anonymous users in: ConfigMap istio-system/kiali sets auth.strategy anonymous",
                "mandatory",
            ],
        ]);
    });
    it("refuses kube-prometheus-stack's own Ingress for Prometheus and a LoadBalancer Alertmanager", async () => {
        const state = await stateOf("dev", { chartValues: { kubePrometheusStack: { prometheus: { ingress: { enabled: true } }, alertmanager: { service: { type: "LoadBalancer" } } } } });
        assert.deepEqual(messages(await judge(state, "dev")).map(([m]) => m), [
            'helm release "kube-prometheus-stack" (chart kube-prometheus-stack 88.5.3): values.prometheus.ingress.enabled publishes a UI that signs no one in (Prometheus, Alertmanager and Thanos Ruler have no sign-in); turn it off, or put it behind authentication',
            'helm release "kube-prometheus-stack" (chart kube-prometheus-stack 88.5.3): values.alertmanager.service.type LoadBalancer publishes a UI that signs no one in (Prometheus, Alertmanager and Thanos Ruler have no sign-in); turn it off, or put it behind authentication',
        ]);
    });
    it("refuses an Ingress to Tempo's query API (a chart's rendered Ingress, say)", async () => {
        const ingress = {
            metadata: { name: "tempo-query", namespace: "tempo" },
            spec: { ingressClassName: "nginx", rules: [{ host: "tempo.example.org", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "tempo", port: { number: 3200 } } } }] } }] },
        };
        assert.deepEqual(messages(await judge(published, "dev", extra(published, "kubernetes:networking.k8s.io/v1:Ingress", "tempo-chart:tempo/tempo-query", ingress))).map(([m]) => m), [
            "Ingress tempo/tempo-query publishes tempo.tempo:3200, which signs no one in (only Grafana and Kiali do; Prometheus, Alertmanager, Tempo, Loki and the collectors do not): leave it unpublished (Prometheus: ui.publishPrometheus false) or put the route behind authentication",
        ]);
    });
    it("refuses a Gateway API route to Loki and a LoadBalancer Service of it; leaves a mesh route (GAMMA) and an application's route alone", async () => {
        const route = (name: string, parentRefs: unknown[], backend: { name: string; namespace: string }) => ({
            metadata: { name, namespace: "shop" },
            spec: { parentRefs, rules: [{ backendRefs: [{ ...backend, port: 3100 }] }] },
        });
        const resources = [
            ...extra(published, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute", "loki-public", route("loki-public", [{ name: "public", namespace: "istio-ingress" }], { name: "loki", namespace: "loki" })),
            ...extra(published, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute", "loki-mesh", route("loki-mesh", [{ group: "", kind: "Service", name: "loki", namespace: "loki" }], { name: "loki", namespace: "loki" })).slice(-1),
            ...extra(published, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute", "shop", route("shop", [{ name: "public", namespace: "istio-ingress" }], { name: "shop", namespace: "shop" })).slice(-1),
            ...extra(published, "kubernetes:core/v1:Service", "loki-lb", { metadata: { name: "loki-lb", namespace: "loki" }, spec: { type: "LoadBalancer", ports: [{ port: 3100 }] } }).slice(-1),
        ];
        assert.deepEqual(messages(await judge(published, "dev", resources)).map(([m]) => m.split(", which")[0]), [
            "HTTPRoute shop/loki-public publishes loki.loki:3100",
            "Service loki/loki-lb (type LoadBalancer) publishes loki-lb.loki",
        ]);
    });
});
