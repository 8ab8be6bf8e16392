// The policy pack against the desired state of both stacks (each with its policy config: dev and prod pass), and
// each rule against a deliberately bad stack config or resource, its message asserted. The rules run as the pack's
// server runs them (policy/offline.ts); the pack's entry is never imported here (it starts a gRPC server).
import * as assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { blocking, type Outcome, type PolicyConfigFile, readPolicyConfig, type RecordedResource, runPolicies } from "../policy/offline.ts";
import { POLICIES } from "../policy/policies.ts";
import { requestPaths, SIZED_CHARTS } from "../policy/sizing-paths.ts";
import { CHART_INPUTS_UNSEEN } from "../policy/resources.ts";
import { type DesiredState, RegistrationRecorder, SECRET_PLACEHOLDER, synthesize } from "../scripts/desired-state.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, PROJECT, type StackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";

const root = path.resolve(import.meta.dirname, "..");
const configFile = (stack: string) => readPolicyConfig(path.join(root, "policy", `config.${stack}.json`));
/** The desired state prints secrets as the placeholder: the offline run tells `secrets-stay-secret` so. */
const offline = (config: PolicyConfigFile): PolicyConfigFile => ({ ...config, "secrets-stay-secret": { secretPlaceholder: SECRET_PLACEHOLDER } });
// @pulumi/policy's sentinel for a string the engine does not know yet during preview (proxy.js, @internal)
const UNKNOWN_STRING = (createRequire(import.meta.url)("@pulumi/policy/proxy") as { unknownStringValue: string }).unknownStringValue;

let recorder: RegistrationRecorder;
before(async () => (recorder = await RegistrationRecorder.install(PROJECT, "policy")));

/**
 * The desired state of a stack file, with config keys (full names) overridden and `secrets` stored as secrets.
 * `chartValues` go in past the config check, which refuses most of these bad inputs itself (unknown keys, keys the
 * platform owns): the pack must catch them in whatever desired state it is shown.
 */
async function desiredState(stack: string, overrides: Record<string, unknown> = {}, secrets: string[] = []): Promise<DesiredState> {
    const { chartValues, ...others } = overrides;
    const files = loadStackConfigFiles(root, stack);
    const raw = { ...files.config, ...Object.fromEntries(Object.entries(others).map(([key, value]) => [`${PROJECT}:${key}`, typeof value === "string" ? value : JSON.stringify(value)])) };
    const parsed = parseStackConfig(raw, new Set([...files.secretKeys, ...secrets.map((key) => `${PROJECT}:${key}`)]));
    const config: StackConfig = chartValues === undefined ? parsed : { ...parsed, chartValues: chartValues as StackConfig["chartValues"] };
    recorder.reset();
    return synthesize(recorder, PROJECT, stack, () => Promise.resolve({ ...buildPlatform(config) }));
}

function judge(state: DesiredState, config: PolicyConfigFile, resources: readonly RecordedResource[] = state.resources): Promise<Outcome> {
    return runPolicies(POLICIES, resources, { config: offline(config), stackOutputs: state.outputs });
}

const messages = (outcome: Outcome, policy: string) => outcome.violations.filter((v) => v.policy === policy).map((v) => v.message);

/** The state's resources with one resource's inputs replaced. */
function patched(state: DesiredState, match: (r: RecordedResource) => boolean, patch: (inputs: Record<string, unknown>) => Record<string, unknown>): RecordedResource[] {
    let hits = 0;
    const resources = state.resources.map((r) => (match(r) ? (hits++, { ...r, inputs: patch(structuredClone(r.inputs)) }) : r));
    assert.equal(hits, 1, "the patch meets one resource");
    return resources;
}
const chartNamed = (chart: string) => (r: RecordedResource) => r.type.startsWith("kubernetes:helm.sh/") && r.inputs.chart === chart;
const extra = (state: DesiredState, resource: Omit<RecordedResource, "urn" | "parent" | "dependencies">): RecordedResource[] => [
    ...state.resources,
    { urn: `urn:pulumi:policy::${PROJECT}::${resource.type}::${resource.name}`, parent: null, dependencies: [], ...resource },
];

describe("the pack", () => {
    it("names each rule once, with a description", () => {
        assert.equal(new Set(POLICIES.map((p) => p.name)).size, POLICIES.length);
        for (const policy of POLICIES) assert.ok(policy.description.length > 20, policy.name);
    });
    it("has config files that name only its rules", async () => {
        for (const stack of ["dev", "prod"]) await runPolicies(POLICIES, [], { config: configFile(stack) });
        await assert.rejects(runPolicies(POLICIES, [], { config: { "production-replica": "disabled" } }), /the config names no policy of the pack: production-replica/);
    });
    it("derives the request paths of every chart from its component's sizing", () => {
        assert.deepEqual(requestPaths("kiali-server"), [["deployment", "resources"]]);
        assert.deepEqual(requestPaths("cert-manager")?.map((p) => p.join(".")).sort(), ["cainjector.resources", "resources", "startupapicheck.resources", "webhook.resources"]);
        // a volume claim's `resources.requests.storage` is not a container's requests
        assert.ok(!requestPaths("kube-prometheus-stack")?.some((p) => p.includes("storageSpec")));
        assert.ok(SIZED_CHARTS.includes("tempo-distributed"));
    });
});

// both mesh modes: ambient adds istio-cni, ztunnel and waypoints
const variants = [
    { stack: "dev", meshMode: "sidecar" },
    { stack: "dev", meshMode: "ambient" },
    { stack: "prod", meshMode: "sidecar" },
    { stack: "prod", meshMode: "ambient" },
];
for (const { stack, meshMode } of variants) {
    describe(`${stack} (${meshMode}) with policy/config.${stack}.json`, () => {
        let outcome: Outcome;
        before(async () => (outcome = await judge(await desiredState(stack, { meshMode }), configFile(stack))));
        it("passes every rule, advisory ones included", () => assert.deepEqual(outcome.violations, []));
        it("is judged by every rule that applies offline", () => {
            // offline the desired state holds each Chart v4's inputs and marks secrets: nothing is out of sight
            assert.deepEqual(outcome.notApplicable, []);
        });
    });
}

describe("prod with tail sampling and a trace exporter, with policy/config.prod.json", () => {
    it("passes every rule: the sampling tier is sized and replicated, the exporter's token is a ${env:…} reference", async () => {
        const exporters = [{ name: "lightstep", endpoint: "ingest.lightstep.com:443", headers: { "lightstep-access-token": "lightstepAccessToken" } }];
        const state = await desiredState("prod", { tailSampling: { enabled: true }, traceExporters: exporters, lightstepAccessToken: "token" }, ["lightstepAccessToken"]);
        assert.deepEqual((await judge(state, configFile("prod"))).violations, []);
    });
});

describe("dev judged as production", () => {
    it("fails exactly the production rules: single replicas, no budgets, PERMISSIVE mTLS, Tempo's single binary", async () => {
        const outcome = await judge(await desiredState("dev"), configFile("prod"));
        assert.deepEqual([...new Set(blocking(outcome).map((v) => v.policy))].sort(), ["production-disruption-budgets", "production-mesh-mtls-strict", "production-replicas"]);
        assert.ok(messages(outcome, "production-replicas").some((m) => m.includes("Tempo runs as the single binary")));
    });
});

describe("each rule fails on a bad input", () => {
    let prod: DesiredState;
    before(async () => (prod = await desiredState("prod")));
    const prodConfig = () => configFile("prod");

    describe("helm-chart-pinned", () => {
        it("fails on a version range", async () => {
            const outcome = await judge(prod, prodConfig(), patched(prod, chartNamed("istiod"), (i) => ({ ...i, version: "^1.2" })));
            assert.deepEqual(messages(outcome, "helm-chart-pinned"), ['helm release "istiod" (chart istiod ^1.2): version "^1.2" is a range or tag, not one release; pin an exact version (e.g. "1.2.3")']);
        });
        it("fails on a missing version and a missing repository", async () => {
            const outcome = await judge(prod, prodConfig(), patched(prod, chartNamed("kiali-server"), ({ version: _v, repositoryOpts: _r, ...rest }) => rest));
            assert.deepEqual(messages(outcome, "helm-chart-pinned"), [
                'helm chart "kiali" (chart kiali-server) has no version: Helm would install whatever the repository serves as latest; pin an exact version (e.g. "1.2.3")',
                'helm chart "kiali" (chart kiali-server) names no repository: set repositoryOpts.repo (or an oci:// chart) so the chart cannot come from a local repo cache or another source',
            ]);
        });
        it("accepts cert-manager's v-prefixed version and an oci:// chart without a repository", async () => {
            const oci = patched(prod, chartNamed("kiali-server"), ({ repositoryOpts: _r, ...rest }) => ({ ...rest, chart: "oci://ghcr.io/kiali/kiali-server" }));
            assert.deepEqual(messages(await judge(prod, prodConfig(), oci), "helm-chart-pinned"), []);
        });
        it("cannot see a Chart v4's inputs as a real preview delivers it, and says so", async () => {
            const outcome = await judge(prod, prodConfig(), patched(prod, chartNamed("kiali-server"), () => ({})));
            assert.deepEqual(messages(outcome, "helm-chart-pinned"), []);
            assert.ok(outcome.notApplicable.some((n) => n.policy === "helm-chart-pinned" && n.reason === CHART_INPUTS_UNSEEN));
        });
    });

    describe("no-plaintext-credentials", () => {
        it("fails on a password typed into a chart's values", async () => {
            const outcome = await judge(await desiredState("prod", { chartValues: { kubePrometheusStack: { grafana: { adminPassword: "hunter2" } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "no-plaintext-credentials"), [
                'helm release "kube-prometheus-stack" (chart kube-prometheus-stack 88.5.3): values.grafana.adminPassword holds a literal credential; reference a Secret instead',
            ]);
        });
        it("fails on a literal AWS key in a container's environment, naming the variable and the key id", async () => {
            const env = [{ name: "AWS_SECRET_ACCESS_KEY", value: "wJalrXUtnFEMI" }, { name: "AWS_ACCESS_KEY_ID", value: "AKIAIOSFODNN7EXAMPLE" }];
            const outcome = await judge(await desiredState("prod", { chartValues: { tempo: { global: { extraEnv: env } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "no-plaintext-credentials"), [
                'helm chart "tempo" (chart tempo-distributed 2.26.2): values.global.extraEnv.0 sets AWS_SECRET_ACCESS_KEY to a literal; use valueFrom.secretKeyRef',
                'helm chart "tempo" (chart tempo-distributed 2.26.2): values.global.extraEnv.1 sets AWS_ACCESS_KEY_ID to a literal; use valueFrom.secretKeyRef',
                'helm chart "tempo" (chart tempo-distributed 2.26.2): values.global.extraEnv.1.value contains an AWS access key id; give the pods an identity (IRSA) or keep keys in secret config',
            ]);
        });
        it("fails on a token in a ConfigMap", async () => {
            const outcome = await judge(prod, prodConfig(), extra(prod, { type: "kubernetes:core/v1:ConfigMap", name: "app", inputs: { metadata: { name: "app", namespace: "shop" }, data: { api_token: "s3cr3t" } } }));
            assert.deepEqual(messages(outcome, "no-plaintext-credentials"), ["ConfigMap shop/app: data.api_token holds a literal credential; reference a Secret instead"]);
        });
        it("accepts references to Secrets (Kiali's secret:<name>:<key>, env from secretKeyRef)", async () => {
            const env = [{ name: "GF_SECURITY_ADMIN_PASSWORD", valueFrom: { secretKeyRef: { name: "grafana-admin", key: "admin-password" } } }];
            const outcome = await judge(await desiredState("prod", { chartValues: { kiali: { external_services: { prometheus: { auth: { password: "secret:prom:password" } } } }, kubePrometheusStack: { grafana: { env } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "no-plaintext-credentials"), []);
        });
    });

    describe("secrets-stay-secret", () => {
        it("fails on a Secret holding a plain string", async () => {
            const secret = { type: "kubernetes:core/v1:Secret", name: "db", inputs: { metadata: { name: "db", namespace: "shop" }, stringData: { username: "app", password: "plain" } } };
            const outcome = await judge(prod, prodConfig(), extra(prod, secret));
            assert.deepEqual(messages(outcome, "secrets-stay-secret"), ["Secret shop/db: stringData.password is not a Pulumi secret; wrap it in pulumi.secret() or take it from secret config"]);
        });
        it("fails on a credential-named stack output that is not a secret", async () => {
            const outcome = await runPolicies(POLICIES, prod.resources, { config: offline(prodConfig()), stackOutputs: { ...prod.outputs, grafanaAdminPassword: "plain" } });
            assert.deepEqual(messages(outcome, "secrets-stay-secret"), ["stack output grafanaAdminPassword is not a secret; export it with pulumi.secret()"]);
        });
        it("cannot tell a secret in a real preview (the policy SDK unwraps them), and says so", async () => {
            const outcome = await runPolicies(POLICIES, prod.resources, { config: prodConfig(), stackOutputs: prod.outputs });
            assert.deepEqual(outcome.notApplicable.filter((n) => n.policy === "secrets-stay-secret").map((n) => n.reason), [
                "a real preview hands policies secrets unwrapped, so whether a value is a secret cannot be seen; the desired state is checked in npm test",
            ]);
        });
    });

    describe("requests-set", () => {
        it("fails on a chart's sized container left without requests", async () => {
            const outcome = await judge(await desiredState("prod", { chartValues: { kiali: { deployment: { resources: { requests: null } } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "requests-set"), ['helm chart "kiali" (chart kiali-server 2.29.0): values.deployment.resources requests no cpu or memory']);
        });
        it("fails on a chart the platform does not size", async () => {
            const outcome = await judge(prod, prodConfig(), patched(prod, chartNamed("kiali-server"), (i) => ({ ...i, chart: "mimir-distributed", version: "6.0.0" })));
            assert.match(messages(outcome, "requests-set")[0], /^helm chart "kiali" \(chart mimir-distributed 6.0.0\): the platform sets no requests for chart mimir-distributed \(sized charts: .*\); give its component sizing and add its builder to policy\/sizing-paths.ts$/);
        });
        it("fails on the collector without a memory request", async () => {
            const collector = (r: RecordedResource) => r.type === "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector" && r.name === "opentelemetry-collector";
            const outcome = await judge(prod, prodConfig(), patched(prod, collector, (i) => ({ ...i, spec: { ...(i.spec as object), resources: { requests: { cpu: "1" } } } })));
            assert.deepEqual(messages(outcome, "requests-set"), ["OpenTelemetryCollector observability/otel: spec.resources requests no memory"]);
        });
        it("fails on a rendered workload's container without requests (what a real preview shows of a Chart v4)", async () => {
            const spec = { template: { spec: { initContainers: [{ name: "init", resources: { requests: { cpu: "10m", memory: "16Mi" } } }], containers: [{ name: "kiali" }] } } };
            const outcome = await judge(prod, prodConfig(), extra(prod, { type: "kubernetes:apps/v1:Deployment", name: "kiali-chart:istio-system/kiali", inputs: { metadata: { name: "kiali", namespace: "istio-system" }, spec } }));
            assert.deepEqual(messages(outcome, "requests-set"), ['Deployment istio-system/kiali: containers[0] "kiali" requests no cpu or memory']);
        });
        it("is advisory in dev: reported, not blocking", async () => {
            const outcome = await judge(await desiredState("dev", { chartValues: { kiali: { deployment: { resources: { requests: null } } } } }), configFile("dev"));
            assert.deepEqual(outcome.violations.map((v) => [v.policy, v.enforcementLevel]), [["requests-set", "advisory"]]);
            assert.deepEqual(blocking(outcome), []);
        });
    });

    describe("production-replicas", () => {
        it("fails on istiod with one replica", async () => {
            const outcome = await judge(await desiredState("prod", { sizing: { profile: "production", components: { istiod: { replicas: 1 } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "production-replicas"), [
                'helm release "istiod" (chart istiod 1.30.3): istiod runs 1 replica (autoscaleMin); production needs at least 2 (sizing.components in the stack file)',
            ]);
        });
        it("fails on the collector, Kiali and the ingesters' replication below two", async () => {
            const sizing = { profile: "production", components: { collector: { replicas: 1 }, kiali: { replicas: 1 } } };
            const outcome = await judge(await desiredState("prod", { sizing, chartValues: { tempo: { ingester: { config: { replication_factor: 1 } } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "production-replicas").sort(), [
                'OpenTelemetryCollector observability/otel: the collector runs 1 replica (spec.replicas); production needs at least 2 (sizing.components in the stack file)',
                'helm chart "kiali" (chart kiali-server 2.29.0): Kiali runs 1 replica (deployment.replicas); production needs at least 2 (sizing.components in the stack file)',
                'helm chart "tempo" (chart tempo-distributed 2.26.2): ingester.config.replication_factor is 1: each trace is on fewer than 2 ingesters, so losing one loses traces',
            ]);
        });
        it("fails on Loki with one replica, each stream then on one", async () => {
            const outcome = await judge(await desiredState("prod", { sizing: { profile: "production", components: { loki: { replicas: 1 } } } }), prodConfig());
            assert.deepEqual(messages(outcome, "production-replicas").sort(), [
                'helm chart "loki" (chart loki 18.11.0): Loki runs 1 replica (singleBinary.replicas); production needs at least 2 (sizing.components in the stack file)',
                'helm chart "loki" (chart loki 18.11.0): loki.commonConfig.replication_factor is 1: each stream is on fewer than 2 replicas, so losing one stops its writes',
            ]);
        });
        it("counts no replicas of the node log collectors (one per node)", async () => {
            const outcome = await judge(prod, prodConfig());
            assert.ok(!messages(outcome, "production-replicas").some((m) => m.includes("otel-logs")));
            assert.ok(prod.resources.some((r) => r.type.endsWith(":OpenTelemetryCollector") && (r.inputs as { spec?: { mode?: string } }).spec?.mode === "daemonset"));
        });
        it("fails on Tempo's single binary", async () => {
            const tempo = { mode: "monolithic", retention: "720h", storage: { backend: "s3", bucket: "mesh-traces-prod", endpoint: "s3.eu-west-1.amazonaws.com" } };
            const outcome = await judge(await desiredState("prod", { tempo }), prodConfig());
            assert.deepEqual(messages(outcome, "production-replicas"), [
                'helm chart "tempo" (chart tempo 2.2.4): Tempo runs as the single binary, one replica by design; production runs tempo-distributed (tempo.mode: distributed)',
            ]);
        });
        it("takes its floor from the policy config", async () => {
            const outcome = await judge(prod, { ...prodConfig(), "production-replicas": { minReplicas: 3 } });
            assert.ok(messages(outcome, "production-replicas").some((m) => m.includes("istiod runs 2 replicas (autoscaleMin); production needs at least 3")));
        });
    });

    describe("production-disruption-budgets", () => {
        it("fails where a replicated component's budget is turned off", async () => {
            const values = { kiali: { deployment: { pod_disruption_budget: null } }, istiod: { global: { defaultPodDisruptionBudget: { enabled: false } } }, loki: { singleBinary: { podDisruptionBudget: { enabled: false } } } };
            const outcome = await judge(await desiredState("prod", { chartValues: values }), prodConfig());
            assert.deepEqual(messages(outcome, "production-disruption-budgets").sort(), [
                'helm chart "kiali" (chart kiali-server 2.29.0): Kiali has no PodDisruptionBudget (deployment.pod_disruption_budget.spec); a node drain can evict every replica at once',
                'helm chart "loki" (chart loki 18.11.0): Loki has no PodDisruptionBudget (singleBinary.podDisruptionBudget); a node drain can evict every replica at once',
                'helm release "istiod" (chart istiod 1.30.3): istiod has no PodDisruptionBudget (global.defaultPodDisruptionBudget.enabled); a node drain can evict every replica at once',
            ]);
        });
    });

    describe("production-mesh-mtls-strict", () => {
        it("fails on PERMISSIVE mesh-wide mTLS", async () => {
            const outcome = await judge(await desiredState("prod", { mtls: "PERMISSIVE" }), prodConfig());
            assert.deepEqual(messages(outcome, "production-mesh-mtls-strict"), [
                "PeerAuthentication istio-system/default is the mesh-wide policy with mode PERMISSIVE; production needs STRICT (mtls: STRICT in the stack file)",
            ]);
        });
        it("fails without a mesh-wide PeerAuthentication", async () => {
            const outcome = await judge(prod, prodConfig(), prod.resources.filter((r) => !r.type.endsWith(":PeerAuthentication")));
            assert.deepEqual(messages(outcome, "production-mesh-mtls-strict"), [
                "no mesh-wide PeerAuthentication (in istio-system, without a selector): workloads accept plaintext; set mtls: STRICT in the stack file",
            ]);
        });
        it("fails on a namespace's PeerAuthentication that weakens it", async () => {
            const weak = { metadata: { name: "legacy", namespace: "shop" }, spec: { mtls: { mode: "DISABLE" }, portLevelMtls: { "8080": { mode: "PERMISSIVE" } } } };
            const outcome = await judge(prod, prodConfig(), extra(prod, { type: "kubernetes:security.istio.io/v1:PeerAuthentication", name: "legacy", inputs: weak }));
            assert.deepEqual(messages(outcome, "production-mesh-mtls-strict"), [
                "PeerAuthentication shop/legacy sets mode DISABLE, weakening the mesh-wide STRICT mTLS for its workloads",
                "PeerAuthentication shop/legacy sets port 8080 to PERMISSIVE, weakening the mesh-wide STRICT mTLS",
            ]);
        });
    });

    describe("production-ui-auth", () => {
        it("fails on anonymous Kiali and anonymous Grafana", async () => {
            const values = { kiali: { auth: { strategy: "anonymous" } }, kubePrometheusStack: { grafana: { "grafana.ini": { "auth.anonymous": { enabled: true } } } } };
            const outcome = await judge(await desiredState("prod", { chartValues: values }), prodConfig());
            assert.deepEqual(messages(outcome, "production-ui-auth").sort(), [
                'helm chart "kiali" (chart kiali-server 2.29.0): values.auth.strategy is anonymous: anyone who reaches Kiali sees and changes the mesh; use token (the default) or openid',
                'helm release "kube-prometheus-stack" (chart kube-prometheus-stack 88.5.3): values.grafana.grafana.ini.auth.anonymous.enabled lets anyone who reaches Grafana read every dashboard and trace; turn it off',
            ]);
        });
        it("fails on Kiali's rendered config with anonymous access (what a real preview shows of the Chart v4)", async () => {
            const configMap = { metadata: { name: "kiali", namespace: "istio-system", labels: { "app.kubernetes.io/name": "kiali" } }, data: { "config.yaml": "auth:\n  strategy: anonymous\n" } };
            const outcome = await judge(prod, prodConfig(), extra(prod, { type: "kubernetes:core/v1:ConfigMap", name: "kiali-chart:istio-system/kiali", inputs: configMap }));
            assert.deepEqual(messages(outcome, "production-ui-auth"), [
                "ConfigMap istio-system/kiali: config.yaml auth.strategy is anonymous: anyone who reaches Kiali sees and changes the mesh; use token (the default) or openid",
            ]);
        });
    });

    describe("values unknown during preview", () => {
        it("do not stop a rule from judging the rest of the resource", async () => {
            const unknownSecret = patched(prod, chartNamed("kube-prometheus-stack"), (i) => {
                const values = i.values as { grafana: Record<string, unknown> };
                values.grafana.admin = { existingSecret: UNKNOWN_STRING };
                values.grafana["grafana.ini"] = { "auth.anonymous": { enabled: true } };
                return i;
            });
            const outcome = await judge(prod, prodConfig(), unknownSecret);
            assert.equal(messages(outcome, "production-ui-auth").length, 1);
            assert.deepEqual(messages(outcome, "no-plaintext-credentials"), []);
        });
    });
});

// A real preview shows a Chart v4 without its inputs, and the objects it renders as resources of their own: the rules
// then judge those. The objects here are what the pinned charts render for the platform's values, cut to the fields
// the rules read (labels as each chart's helpers write them: tempo-distributed 2.26.2 `tempo.labels`, istio gateway
// 1.30.3 `istio.labels`/`gateway.labels`, loki 18.11.0 `loki.labels`; Tempo's config file as tempo-distributed renders
// it into its ConfigMap).
describe("each rule on what a Chart v4 renders (a real preview)", () => {
    let prod: DesiredState;
    before(async () => (prod = await desiredState("prod")));
    const prodConfig = () => configFile("prod");
    /** The state as a real preview shows it: the chart's inputs gone, its rendered objects there. */
    const preview = (chart: string, rendered: { type: string; name: string; inputs: Record<string, unknown> }[]) => [
        ...patched(prod, chartNamed(chart), () => ({})),
        ...rendered.map((r) => ({ urn: `urn:pulumi:policy::${PROJECT}::kubernetes:helm.sh/v4:Chart$${r.type}::${r.name}`, parent: null, dependencies: [], ...r })),
    ];
    const workload = (kind: "Deployment" | "StatefulSet", namespace: string, name: string, labels: Record<string, string>, replicas?: number) => ({
        type: `kubernetes:apps/v1:${kind}`,
        name: `chart:${namespace}/${name}`,
        inputs: {
            apiVersion: "apps/v1",
            kind,
            metadata: { name, namespace, labels },
            spec: { ...(replicas === undefined ? {} : { replicas }), selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name, resources: { requests: { cpu: "1", memory: "1Gi" } } }] } } },
        },
    });
    const budget = (namespace: string, name: string, matchLabels: Record<string, string>) => ({
        type: "kubernetes:policy/v1:PodDisruptionBudget",
        name: `chart:${namespace}/${name}`,
        inputs: { metadata: { name, namespace }, spec: { maxUnavailable: 1, selector: { matchLabels } } },
    });
    const distributor = { "helm.sh/chart": "tempo-distributed-2.26.2", "app.kubernetes.io/name": "tempo", "app.kubernetes.io/instance": "tempo", "app.kubernetes.io/component": "distributor" };
    const selectorOf = (labels: Record<string, string>) => ({ "app.kubernetes.io/name": labels["app.kubernetes.io/name"], "app.kubernetes.io/instance": labels["app.kubernetes.io/instance"], "app.kubernetes.io/component": labels["app.kubernetes.io/component"] });

    it("production-replicas fails on a rendered Tempo distributor with one replica", async () => {
        const outcome = await judge(prod, prodConfig(), preview("tempo-distributed", [workload("Deployment", "tempo", "tempo-distributor", distributor, 1), budget("tempo", "tempo-distributor", selectorOf(distributor))]));
        assert.deepEqual(messages(outcome, "production-replicas"), [
            "Deployment tempo/tempo-distributor (chart tempo-distributed): Tempo distributor runs 1 replica (spec.replicas); production needs at least 2 (sizing.components in the stack file)",
        ]);
    });
    it("production-replicas reads the gateway's replicas from the autoscaler the chart renders for it", async () => {
        const labels = { app: "istio-ingressgateway", istio: "ingressgateway", "app.kubernetes.io/name": "istio-ingressgateway", "helm.sh/chart": "gateway-1.30.3" };
        const hpa = {
            type: "kubernetes:autoscaling/v2:HorizontalPodAutoscaler",
            name: "chart:istio-ingress/istio-ingressgateway",
            inputs: { metadata: { name: "istio-ingressgateway", namespace: "istio-ingress" }, spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "istio-ingressgateway" }, minReplicas: 1, maxReplicas: 5 } },
        };
        const rendered = [workload("Deployment", "istio-ingress", "istio-ingressgateway", labels), hpa, budget("istio-ingress", "istio-ingressgateway", { app: "istio-ingressgateway", istio: "ingressgateway" })];
        const outcome = await judge(prod, prodConfig(), preview("gateway", rendered));
        assert.deepEqual(messages(outcome, "production-replicas"), [
            "Deployment istio-ingress/istio-ingressgateway (chart gateway): the ingress gateway runs 1 replica (HorizontalPodAutoscaler istio-ingress/istio-ingressgateway spec.minReplicas); production needs at least 2 (sizing.components in the stack file)",
        ]);
    });
    it("production-disruption-budgets fails on a rendered Loki whose pods no PodDisruptionBudget selects", async () => {
        const loki = { "helm.sh/chart": "loki-18.11.0", "app.kubernetes.io/name": "loki", "app.kubernetes.io/instance": "loki", "app.kubernetes.io/component": "single-binary" };
        // a budget for another component of the release selects none of the single binary's pods
        const outcome = await judge(prod, prodConfig(), preview("loki", [workload("StatefulSet", "loki", "loki", loki, 3), budget("loki", "loki-memcached", { ...selectorOf(loki), "app.kubernetes.io/component": "memcached" })]));
        assert.deepEqual(messages(outcome, "production-disruption-budgets"), [
            "StatefulSet loki/loki (chart loki): Loki has no PodDisruptionBudget selecting its pods; a node drain can evict every replica at once",
        ]);
        assert.deepEqual(messages(outcome, "production-replicas"), []);
    });
    it("both pass a rendered component that is replicated and guarded", async () => {
        const outcome = await judge(prod, prodConfig(), preview("tempo-distributed", [workload("Deployment", "tempo", "tempo-distributor", distributor, 2), budget("tempo", "tempo-distributor", selectorOf(distributor))]));
        assert.deepEqual([...messages(outcome, "production-replicas"), ...messages(outcome, "production-disruption-budgets")], []);
    });
    it("no-plaintext-credentials fails on a literal key inside the config file a Chart v4 renders into its ConfigMap", async () => {
        const tempoYaml = ["storage:", "  trace:", "    backend: s3", "    s3:", "      bucket: mesh-traces-prod", "      access_key: AKIAIOSFODNN7EXAMPLE", "      secret_key: wJalrXUtnFEMI", ""].join("\n");
        const configMap = { type: "kubernetes:core/v1:ConfigMap", name: "chart:tempo/tempo-config", inputs: { metadata: { name: "tempo-config", namespace: "tempo", labels: distributor }, data: { "tempo.yaml": tempoYaml } } };
        const outcome = await judge(prod, prodConfig(), preview("tempo-distributed", [configMap]));
        assert.deepEqual(messages(outcome, "no-plaintext-credentials"), [
            // the whole text, searched for key ids as before; the file inside, now, for credential-named keys
            "ConfigMap tempo/tempo-config: data.tempo.yaml contains an AWS access key id; give the pods an identity (IRSA) or keep keys in secret config",
            "ConfigMap tempo/tempo-config: data.tempo.yaml: storage.trace.s3.access_key holds a literal credential; reference a Secret instead",
            "ConfigMap tempo/tempo-config: data.tempo.yaml: storage.trace.s3.secret_key holds a literal credential; reference a Secret instead",
        ]);
    });
    it("no-plaintext-credentials accepts the references Tempo expands from its environment (-config.expand-env)", async () => {
        const tempoYaml = "storage:\n  trace:\n    s3:\n      access_key: ${AWS_ACCESS_KEY_ID}\n      secret_key: ${AWS_SECRET_ACCESS_KEY}\n";
        const configMap = { type: "kubernetes:core/v1:ConfigMap", name: "chart:tempo/tempo-config", inputs: { metadata: { name: "tempo-config", namespace: "tempo" }, data: { "tempo.yaml": tempoYaml, "overrides.yaml": "overrides: {}\n" } } };
        assert.deepEqual(messages(await judge(prod, prodConfig(), preview("tempo-distributed", [configMap])), "no-plaintext-credentials"), []);
    });
});
