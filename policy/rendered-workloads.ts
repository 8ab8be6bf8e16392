// The request-path workloads a Chart v4 renders, as a real preview shows them (the chart's inputs never reach the
// policies there: policy/resources.ts CHART_INPUTS_UNSEEN), with the replicas they run (their own `spec.replicas`, or
// the floor of the HorizontalPodAutoscaler that scales them) and whether a PodDisruptionBudget selects their pods.
// A workload is recognised by the `helm.sh/chart: <chart>-<version>` label every pinned chart puts on it (istio
// gateway 1.30.3 templates/zzz_profile.yaml `istio.labels`; tempo-distributed 2.26.2, loki 18.11.0, kiali-server
// 2.29.0, opentelemetry-operator 0.122.0 `<chart>.labels` helpers) and, where a chart renders several, by its
// `app.kubernetes.io/component`.
import { ISTIO_CHARTS } from "../components/istio/version.ts";
import { KIALI_SERVER_CHART } from "../components/kiali.ts";
import { LOKI_CHART } from "../components/loki.ts";
import { OPENTELEMETRY_OPERATOR_CHART } from "../components/opentelemetry.ts";
import { TEMPO_CHART, TEMPO_DISTRIBUTED_CHART } from "../components/tempo.ts";
import { at, count, isObject, type Plain, type PlainObject } from "./read.ts";
import { describeObject } from "./resources.ts";

export interface PlainResource {
    readonly type: string;
    readonly name: string;
    readonly urn: string;
    readonly props: PlainObject;
}

const WORKLOAD_TYPES: readonly string[] = ["kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:StatefulSet"];
const HPA_TYPES: readonly string[] = ["kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "kubernetes:autoscaling/v1:HorizontalPodAutoscaler"];
const PDB_TYPE = "kubernetes:policy/v1:PodDisruptionBudget";

/** An object's namespace; a rendered object without one goes into the release's, which its siblings share. */
const namespaceOf = (resource: PlainResource) => {
    const namespace = at(resource.props, ["metadata", "namespace"]);
    return typeof namespace === "string" ? namespace : "default";
};

/** A rendered workload of the request path. */
export interface RenderedComponent {
    readonly resource: PlainResource;
    /** How messages name it: `Deployment tempo/tempo-distributor (chart tempo-distributed)`. */
    readonly subject: string;
    readonly component: string;
    readonly chart: string;
    readonly namespace: string;
    readonly podLabels: Readonly<Record<string, string>>;
}

/** Which rendered workloads of a chart are on the request path, and what messages call them. */
const RENDERED: Readonly<Record<string, (component: Plain | undefined) => string | undefined>> = {
    [ISTIO_CHARTS.gateway.chart]: () => "the ingress gateway",
    [KIALI_SERVER_CHART.chart]: () => "Kiali",
    [OPENTELEMETRY_OPERATOR_CHART.chart]: () => "the OpenTelemetry operator",
    [LOKI_CHART.chart]: (component) => (component === "single-binary" ? "Loki" : undefined),
    [TEMPO_CHART.chart]: () => "Tempo's single binary",
    [TEMPO_DISTRIBUTED_CHART.chart]: (component) =>
        typeof component === "string" && ["distributor", "querier", "query-frontend", "metrics-generator", "ingester"].includes(component) ? `Tempo ${component}` : undefined,
};

/** `tempo-distributed-2.26.2` → `tempo-distributed` (Helm's `<name>-<version>`, `+` made `_`). */
export function chartOfLabel(label: Plain | undefined): string | undefined {
    return typeof label === "string" ? /^(.+)-v?\d+\.\d+\.\d+([-_][0-9A-Za-z._-]+)?$/.exec(label)?.[1] : undefined;
}

const stringMap = (value: Plain | undefined): Record<string, string> =>
    Object.fromEntries(Object.entries(isObject(value) ? value : {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

/** The request-path workload a rendered resource is, if it is one. */
export function renderedComponent(resource: PlainResource): RenderedComponent | undefined {
    if (!WORKLOAD_TYPES.includes(resource.type)) return undefined;
    const labels = stringMap(at(resource.props, ["metadata", "labels"]));
    const chart = chartOfLabel(labels["helm.sh/chart"]);
    const component = chart ? RENDERED[chart]?.(labels["app.kubernetes.io/component"]) : undefined;
    if (!chart || !component) return undefined;
    return {
        resource,
        subject: `${describeObject(resource.type, resource.name, resource.props)} (chart ${chart})`,
        component,
        chart,
        namespace: namespaceOf(resource),
        podLabels: stringMap(at(resource.props, ["spec", "template", "metadata", "labels"])),
    };
}

/** Its replicas: the floor of an autoscaler that targets it, else `spec.replicas` (Kubernetes' default 1). */
export function renderedReplicas(workload: RenderedComponent, resources: readonly PlainResource[]): { count: number; key: string } {
    const kind = workload.resource.type.split(":").pop();
    const name = at(workload.resource.props, ["metadata", "name"]);
    const hpa = resources.find(
        (r) =>
            HPA_TYPES.includes(r.type) &&
            namespaceOf(r) === workload.namespace &&
            at(r.props, ["spec", "scaleTargetRef", "kind"]) === kind &&
            at(r.props, ["spec", "scaleTargetRef", "name"]) === name,
    );
    if (hpa) return { count: count(at(hpa.props, ["spec", "minReplicas"])) ?? 1, key: `${describeObject(hpa.type, hpa.name, hpa.props)} spec.minReplicas` };
    return { count: count(at(workload.resource.props, ["spec", "replicas"])) ?? 1, key: "spec.replicas" };
}

/** Whether a label selector (matchLabels, matchExpressions In/NotIn/Exists/DoesNotExist) selects these labels. */
export function selects(selector: Plain | undefined, labels: Readonly<Record<string, string>>): boolean {
    if (!isObject(selector)) return false;
    const matchLabels = stringMap(selector.matchLabels);
    const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    if (Object.keys(matchLabels).length === 0 && expressions.length === 0) return false;
    if (!Object.entries(matchLabels).every(([key, value]) => labels[key] === value)) return false;
    return expressions.every((expression) => {
        const key = at(expression, ["key"]);
        const values = at(expression, ["values"]);
        const list = Array.isArray(values) ? values : [];
        if (typeof key !== "string") return false;
        switch (at(expression, ["operator"])) {
            case "In":
                return key in labels && list.includes(labels[key]);
            case "NotIn":
                return !(key in labels) || !list.includes(labels[key]);
            case "Exists":
                return key in labels;
            case "DoesNotExist":
                return !(key in labels);
            default:
                return false;
        }
    });
}

/** The PodDisruptionBudget in its namespace that selects its pods, if any. */
export function renderedBudget(workload: RenderedComponent, resources: readonly PlainResource[]): PlainResource | undefined {
    return resources.find((r) => r.type === PDB_TYPE && namespaceOf(r) === workload.namespace && selects(at(r.props, ["spec", "selector"]), workload.podLabels));
}
