// The production rules: every request-path component replicated and guarded by a PodDisruptionBudget, mesh-wide
// STRICT mTLS, no anonymous UI. They apply to the stacks whose policy config enforces them (policy/config.prod.json;
// config.dev.json disables them): an environment difference as data, not a stack name in code.
//
// Replicas and budgets are read from the chart keys that decide them, with the chart's own defaults where a key is
// unset (chart versions as pinned in components/; the template named beside each entry), where the policies see a
// chart's inputs (a Release always; a Chart v4 in the desired state). Where they do not (a Chart v4 in a real preview),
// from the workloads, autoscalers and PodDisruptionBudgets the chart renders (policy/rendered-workloads.ts).
import { parse as parseYaml } from "yaml";
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { CERT_MANAGER_CHART } from "../components/cert-manager.ts";
import { ISTIO_CHARTS } from "../components/istio/version.ts";
import { KIALI_SERVER_CHART } from "../components/kiali.ts";
import { KUBE_PROMETHEUS_STACK_CHART } from "../components/kube-prometheus-stack.ts";
import { LOKI_CHART } from "../components/loki.ts";
import { OPENTELEMETRY_OPERATOR_CHART } from "../components/opentelemetry.ts";
import { TEMPO_CHART, TEMPO_DISTRIBUTED_CHART } from "../components/tempo.ts";
import { at, count, isObject, type Plain, type PlainObject, showPath, toPlain, UNKNOWN } from "./read.ts";
import { CHART_INPUTS_UNSEEN, COLLECTOR, CONFIG_MAP, describeHelm, describeObject, helmInputs, HELM_TYPES, PEER_AUTHENTICATION_TYPES, resourceOf } from "./resources.ts";
import { type PlainResource, renderedBudget, renderedComponent, renderedReplicas } from "./rendered-workloads.ts";

/** How many replicas a component runs, and the key that sets it. */
interface Replicas {
    readonly count: number | undefined;
    readonly key: string;
}

/** One replicated component of a chart: its replicas and whether its PodDisruptionBudget is rendered. */
interface Replicated {
    readonly component: string;
    readonly replicas: (values: PlainObject) => Replicas;
    /** The key that turns the budget on, and whether the values leave it on. */
    readonly budget: (values: PlainObject) => { readonly on: boolean; readonly key: string };
    /** Further requirements (e.g. the ingesters' replication factor), as messages. */
    readonly also?: (values: PlainObject, minReplicas: number) => string[];
}

const nonEmpty = (value: Plain | undefined) => isObject(value) && Object.keys(value).length > 0;
const joined = (prefix: readonly string[], key: string) => [...prefix, key].join(".");

/** `<prefix>.replicas`, or the autoscaler's floor where `<prefix>.autoscaling.enabled` (tempo-distributed, Grafana). */
function replicasOrAutoscaled(prefix: readonly string[], fallback: number, autoscaledByDefault = false): (values: PlainObject) => Replicas {
    return (values) => {
        const enabled = at(values, [...prefix, "autoscaling", "enabled"]);
        if (enabled === true || (autoscaledByDefault && enabled !== false)) {
            return { count: count(at(values, [...prefix, "autoscaling", "minReplicas"])) ?? 1, key: joined(prefix, "autoscaling.minReplicas") };
        }
        return { count: count(at(values, [...prefix, "replicas"])) ?? fallback, key: joined(prefix, "replicas") };
    };
}

/** A tempo-distributed component: `<component>.replicas` (chart defaults), a PDB per component unless disabled. */
function tempoComponent(component: string, key: string, fallback: number, also?: Replicated["also"]): Replicated {
    return {
        component: `Tempo ${component}`,
        replicas: replicasOrAutoscaled([key], fallback),
        // tempo-distributed 2.26.2 templates/<component>/poddisruptionbudget-*.yaml: replicas > 1 and podDisruptionBudget.enabled (default true)
        budget: (values) => ({ on: at(values, [key, "podDisruptionBudget", "enabled"]) !== false, key: `${key}.podDisruptionBudget.enabled` }),
        also,
    };
}

/** A cert-manager Deployment: `<prefix>replicaCount`, `<prefix>podDisruptionBudget.enabled` (off by default). */
function certManagerDeployment(component: string, prefix: readonly string[]): Replicated {
    return {
        component: `cert-manager ${component}`,
        replicas: (values) => ({ count: count(at(values, [...prefix, "replicaCount"])) ?? 1, key: joined(prefix, "replicaCount") }),
        budget: (values) => ({ on: at(values, [...prefix, "podDisruptionBudget", "enabled"]) === true, key: joined(prefix, "podDisruptionBudget.enabled") }),
    };
}

/** The replicated components of each chart the production profile runs highly available. */
export const REPLICATED: Readonly<Record<string, readonly Replicated[]>> = {
    [ISTIO_CHARTS.istiod.chart]: [
        {
            component: "istiod",
            // the HPA's floor (autoscaleEnabled defaults to true), else replicaCount
            replicas: (values) =>
                at(values, ["autoscaleEnabled"]) !== false
                    ? { count: count(at(values, ["autoscaleMin"])) ?? 1, key: "autoscaleMin" }
                    : { count: count(at(values, ["replicaCount"])) ?? 1, key: "replicaCount" },
            // istiod 1.30.3 templates/poddisruptionbudget.yaml: global.defaultPodDisruptionBudget.enabled (default true) and more than one replica
            budget: (values) => ({ on: at(values, ["global", "defaultPodDisruptionBudget", "enabled"]) !== false, key: "global.defaultPodDisruptionBudget.enabled" }),
        },
    ],
    [ISTIO_CHARTS.gateway.chart]: [
        {
            component: "the ingress gateway",
            replicas: replicasOrAutoscaled([], 1, true),
            // gateway 1.30.3 templates/poddisruptionbudget.yaml: a non-empty podDisruptionBudget (default {})
            budget: (values) => ({ on: nonEmpty(at(values, ["podDisruptionBudget"])), key: "podDisruptionBudget" }),
        },
    ],
    [TEMPO_DISTRIBUTED_CHART.chart]: [
        tempoComponent("distributor", "distributor", 1),
        tempoComponent("querier", "querier", 1),
        tempoComponent("query-frontend", "queryFrontend", 1),
        tempoComponent("metrics-generator", "metricsGenerator", 1),
        tempoComponent("ingester", "ingester", 3, (values, min) => {
            const factor = at(values, ["ingester", "config", "replication_factor"]);
            const replication = count(factor) ?? (factor === UNKNOWN ? undefined : 3);
            return replication !== undefined && replication < min
                ? [`ingester.config.replication_factor is ${replication}: each trace is on fewer than ${min} ingesters, so losing one loses traces`]
                : [];
        }),
    ],
    [KUBE_PROMETHEUS_STACK_CHART.chart]: [
        {
            component: "Grafana",
            replicas: replicasOrAutoscaled(["grafana"], 1),
            // grafana chart templates/poddisruptionbudget.yaml: a non-empty podDisruptionBudget (default {})
            budget: (values) => ({ on: nonEmpty(at(values, ["grafana", "podDisruptionBudget"])), key: "grafana.podDisruptionBudget" }),
        },
    ],
    [KIALI_SERVER_CHART.chart]: [
        {
            component: "Kiali",
            replicas: (values) => {
                const hpaFloor = count(at(values, ["deployment", "hpa", "spec", "minReplicas"]));
                return hpaFloor !== undefined ? { count: hpaFloor, key: "deployment.hpa.spec.minReplicas" } : { count: count(at(values, ["deployment", "replicas"])) ?? 1, key: "deployment.replicas" };
            },
            // kiali-server 2.29.0 templates/pdb.yaml: a non-empty deployment.pod_disruption_budget.spec
            budget: (values) => ({ on: nonEmpty(at(values, ["deployment", "pod_disruption_budget", "spec"])), key: "deployment.pod_disruption_budget.spec" }),
        },
    ],
    [LOKI_CHART.chart]: [
        {
            component: "Loki",
            // loki 18.11.0 values.yaml: singleBinary.replicas defaults to 0
            replicas: (values) => ({ count: count(at(values, ["singleBinary", "replicas"])) ?? 0, key: "singleBinary.replicas" }),
            // loki 18.11.0 templates/_pdb.tpl: singleBinary.podDisruptionBudget.enabled (default true) and a minAvailable or maxUnavailable (defaults null)
            budget: (values) => {
                const budget = at(values, ["singleBinary", "podDisruptionBudget"]);
                const bounded = isObject(budget) && [budget.minAvailable, budget.maxUnavailable].some((bound) => bound !== undefined && bound !== null);
                return { on: bounded && at(values, ["singleBinary", "podDisruptionBudget", "enabled"]) !== false, key: "singleBinary.podDisruptionBudget" };
            },
            also: (values, min) => {
                const replication = count(at(values, ["loki", "commonConfig", "replication_factor"])) ?? 3;
                return replication < min ? [`loki.commonConfig.replication_factor is ${replication}: each stream is on fewer than ${min} replicas, so losing one stops its writes`] : [];
            },
        },
    ],
    [CERT_MANAGER_CHART.chart]: [certManagerDeployment("controller", []), certManagerDeployment("webhook", ["webhook"]), certManagerDeployment("cainjector", ["cainjector"])],
    [OPENTELEMETRY_OPERATOR_CHART.chart]: [
        {
            component: "the OpenTelemetry operator",
            replicas: (values) => ({ count: count(at(values, ["replicaCount"])) ?? 1, key: "replicaCount" }),
            // opentelemetry-operator 0.122.0 templates/pdb.yaml: pdb.create
            budget: (values) => ({ on: at(values, ["pdb", "create"]) === true, key: "pdb.create" }),
        },
    ],
};

/** The collector, defined by the program (an OpenTelemetryCollector the operator runs). */
const COLLECTOR_REPLICATED: Replicated = {
    component: "the collector",
    replicas: (spec) => {
        const floor = count(at(spec, ["autoscaler", "minReplicas"]));
        return floor !== undefined ? { count: floor, key: "spec.autoscaler.minReplicas" } : { count: count(at(spec, ["replicas"])) ?? 1, key: "spec.replicas" };
    },
    budget: (spec) => ({ on: isObject(at(spec, ["podDisruptionBudget"])), key: "spec.podDisruptionBudget" }),
};

export interface ReplicasConfig {
    /** @default 2 */
    readonly minReplicas?: number;
}

/** The replicated components a resource carries, with the values they are read from. */
function replicatedIn(resource: PlainResource): { subject: string; values: PlainObject; components: readonly Replicated[]; chart?: string } | undefined {
    const { type, name, props } = resource;
    if (type === COLLECTOR) {
        const spec = at(props, ["spec"]);
        // one collector per node (the log collectors) or per pod: no replicas to count
        if (isObject(spec) && (spec.mode === "daemonset" || spec.mode === "sidecar")) return undefined;
        return { subject: describeObject(type, name, props), values: isObject(spec) ? spec : {}, components: [COLLECTOR_REPLICATED] };
    }
    // a Chart v4 whose inputs a real preview hides: its rendered workloads are judged instead (renderedComponent)
    const helm = helmInputs(type, name, props);
    if (!helm) return undefined;
    const chart = helm.chart;
    return { subject: describeHelm(helm), values: helm.values, components: REPLICATED[chart] ?? [], chart };
}

const plainResources = (resources: readonly PolicyResource[]): PlainResource[] =>
    resources.map((r) => {
        const props = toPlain(r.props);
        return { type: r.type, name: r.name, urn: r.urn, props: isObject(props) ? props : {} };
    });

const replicaCount = (n: number) => `${n} replica${n === 1 ? "" : "s"}`;

export const productionReplicas: StackValidationPolicy = {
    name: "production-replicas",
    description:
        "In production, istiod, the ingress gateway, the collector, Tempo's distributor, querier, query-frontend, metrics-generator and ingesters (replication factor 2 or more), Loki, Grafana, Kiali, cert-manager and the OpenTelemetry operator each run at least two replicas; Tempo is distributed. Read from the chart keys where the inputs are seen, from the rendered workloads and their autoscalers where a Chart v4 hides them.",
    severity: "high",
    configSchema: { properties: { minReplicas: { type: "integer", minimum: 2, default: 2, description: "replicas each request-path component runs at least" } } },
    validateStack: (args, reportViolation) => {
        const min = args.getConfig<ReplicasConfig>().minReplicas ?? 2;
        const resources = plainResources(args.resources);
        for (const resource of resources) {
            const found = replicatedIn(resource);
            if (found) {
                if (found.chart === TEMPO_CHART.chart) {
                    reportViolation(`${found.subject}: Tempo runs as the single binary, one replica by design; production runs tempo-distributed (tempo.mode: distributed)`, resource.urn);
                }
                for (const component of found.components) {
                    const replicas = component.replicas(found.values);
                    if (replicas.count !== undefined && replicas.count < min) {
                        reportViolation(`${found.subject}: ${component.component} runs ${replicaCount(replicas.count)} (${replicas.key}); production needs at least ${min} (sizing.components in the stack file)`, resource.urn);
                    }
                    for (const problem of component.also?.(found.values, min) ?? []) reportViolation(`${found.subject}: ${problem}`, resource.urn);
                }
                continue;
            }
            const workload = renderedComponent(resource);
            if (!workload) continue;
            if (workload.chart === TEMPO_CHART.chart) {
                reportViolation(`${workload.subject}: Tempo runs as the single binary, one replica by design; production runs tempo-distributed (tempo.mode: distributed)`, resource.urn);
                continue;
            }
            const replicas = renderedReplicas(workload, resources);
            if (replicas.count < min) {
                reportViolation(`${workload.subject}: ${workload.component} runs ${replicaCount(replicas.count)} (${replicas.key}); production needs at least ${min} (sizing.components in the stack file)`, resource.urn);
            }
        }
    },
};

export const productionDisruptionBudgets: StackValidationPolicy = {
    name: "production-disruption-budgets",
    description:
        "In production, every replicated request-path component has a PodDisruptionBudget, so a node drain never takes its last replica: the chart switch where the inputs are seen, a rendered PodDisruptionBudget selecting the rendered workload's pods where a Chart v4 hides them.",
    severity: "high",
    validateStack: (args, reportViolation) => {
        const resources = plainResources(args.resources);
        for (const resource of resources) {
            const found = replicatedIn(resource);
            if (found) {
                for (const component of found.components) {
                    const budget = component.budget(found.values);
                    if (!budget.on) reportViolation(`${found.subject}: ${component.component} has no PodDisruptionBudget (${budget.key}); a node drain can evict every replica at once`, resource.urn);
                }
                continue;
            }
            const workload = renderedComponent(resource);
            // the single binary is one replica by design: production-replicas says so
            if (!workload || workload.chart === TEMPO_CHART.chart) continue;
            if (!renderedBudget(workload, resources)) {
                reportViolation(`${workload.subject}: ${workload.component} has no PodDisruptionBudget selecting its pods; a node drain can evict every replica at once`, resource.urn);
            }
        }
    },
};

// ---------------------------------------------------------------------------------------------------------------
// production-mesh-mtls-strict

const WEAK_MODES = ["PERMISSIVE", "DISABLE", "UNSET"];

/** Istio's root namespace: istiod 1.30.3 templates/configmap.yaml `meshConfig.rootNamespace | default global.istioNamespace` (istio-system). */
function rootNamespace(resources: readonly { type: string; name: string; props: PlainObject }[]): string {
    for (const resource of resources) {
        const helm = helmInputs(resource.type, resource.name, resource.props);
        if (helm?.chart !== ISTIO_CHARTS.istiod.chart) continue;
        for (const path of [["meshConfig", "rootNamespace"], ["global", "istioNamespace"]]) {
            const value = at(helm.values, path);
            if (typeof value === "string" && value !== "") return value;
        }
    }
    return "istio-system";
}

export const productionMeshMtlsStrict: StackValidationPolicy = {
    name: "production-mesh-mtls-strict",
    description: "In production, a mesh-wide PeerAuthentication (root namespace, no selector) is STRICT, and no other PeerAuthentication weakens it.",
    severity: "critical",
    validateStack: (args, reportViolation) => {
        const resources = args.resources.map((r) => {
            const props = toPlain(r.props);
            return { type: r.type, name: r.name, urn: r.urn, props: isObject(props) ? props : {} };
        });
        const root = rootNamespace(resources);
        const peerAuthentications = resources.filter((r) => PEER_AUTHENTICATION_TYPES.includes(r.type));
        const meshWide = peerAuthentications.filter((r) => at(r.props, ["metadata", "namespace"]) === root && !nonEmpty(at(r.props, ["spec", "selector"])));
        if (meshWide.length === 0) {
            reportViolation(`no mesh-wide PeerAuthentication (in ${root}, without a selector): workloads accept plaintext; set mtls: STRICT in the stack file`);
        }
        for (const r of peerAuthentications) {
            const what = describeObject(r.type, r.name, r.props);
            const mode = at(r.props, ["spec", "mtls", "mode"]);
            if (mode === UNKNOWN) continue;
            if (meshWide.includes(r) && mode !== "STRICT") {
                reportViolation(`${what} is the mesh-wide policy with mode ${typeof mode === "string" ? mode : "unset"}; production needs STRICT (mtls: STRICT in the stack file)`, r.urn);
            } else if (!meshWide.includes(r) && typeof mode === "string" && WEAK_MODES.includes(mode)) {
                reportViolation(`${what} sets mode ${mode}, weakening the mesh-wide STRICT mTLS for its workloads`, r.urn);
            }
            const ports = at(r.props, ["spec", "portLevelMtls"]);
            for (const [port, setting] of Object.entries(isObject(ports) ? ports : {})) {
                const portMode = at(setting, ["mode"]);
                if (typeof portMode === "string" && WEAK_MODES.includes(portMode)) reportViolation(`${what} sets port ${port} to ${portMode}, weakening the mesh-wide STRICT mTLS`, r.urn);
            }
        }
    },
};

// ---------------------------------------------------------------------------------------------------------------
// production-ui-auth

const isOn = (value: Plain | undefined) => value === true || value === "true";

/** What is wrong with a Kiali config (the kiali-server chart's values are the Kiali CR's spec, so the same keys). */
function kialiAuthProblems(config: Plain | undefined, where: string): string[] {
    const strategy = at(config, ["auth", "strategy"]);
    return strategy === "anonymous" ? [`${where}auth.strategy is anonymous: anyone who reaches Kiali sees and changes the mesh; use token (the default) or openid`] : [];
}

export const productionUiAuth: ResourceValidationPolicy = {
    name: "production-ui-auth",
    description: "In production, Grafana allows no anonymous access and Kiali signs users in (its auth strategy is not anonymous).",
    severity: "high",
    validateResource: (args, reportViolation) => {
        const { type, name, props } = resourceOf(args);
        if (type === CONFIG_MAP) {
            // Kiali's rendered config (what a real preview shows of a Chart v4): kiali-server 2.29.0 templates/configmap.yaml
            const config = at(props, ["data", "config.yaml"]);
            if (at(props, ["metadata", "labels", "app.kubernetes.io/name"]) !== "kiali" || typeof config !== "string") return;
            for (const problem of kialiAuthProblems(toPlain(parseYaml(config)), "config.yaml ")) reportViolation(`${describeObject(type, name, props)}: ${problem}`);
            return;
        }
        if (!HELM_TYPES.includes(type)) return;
        const helm = helmInputs(type, name, props);
        if (!helm) return args.notApplicable(CHART_INPUTS_UNSEEN);
        if (helm.chart === KUBE_PROMETHEUS_STACK_CHART.chart) {
            const path = ["grafana", "grafana.ini", "auth.anonymous", "enabled"];
            if (isOn(at(helm.values, path))) reportViolation(`${describeHelm(helm)}: values.${showPath(path)} lets anyone who reaches Grafana read every dashboard and trace; turn it off`);
        }
        if (helm.chart === KIALI_SERVER_CHART.chart) {
            for (const problem of kialiAuthProblems(helm.values, "values.")) reportViolation(`${describeHelm(helm)}: ${problem}`);
        }
    },
};

export const PRODUCTION_POLICIES = [productionReplicas, productionDisruptionBudgets, productionMeshMtlsStrict, productionUiAuth];
