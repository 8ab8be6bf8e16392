// What the rules recognise in a resource: Helm resources and their inputs, workloads and their containers.
import type { ResourceValidationArgs } from "@pulumi/policy";
import { at, isObject, type Plain, type PlainObject, toPlain } from "./read.ts";

export const HELM_RELEASE = "kubernetes:helm.sh/v3:Release";
export const HELM_CHART = "kubernetes:helm.sh/v4:Chart";
export const HELM_TYPES: readonly string[] = [HELM_RELEASE, HELM_CHART];
export const SECRET = "kubernetes:core/v1:Secret";
export const CONFIG_MAP = "kubernetes:core/v1:ConfigMap";
export const STACK = "pulumi:pulumi:Stack";
export const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
export const PEER_AUTHENTICATION_TYPES: readonly string[] = ["kubernetes:security.istio.io/v1:PeerAuthentication", "kubernetes:security.istio.io/v1beta1:PeerAuthentication"];

/**
 * A Chart v4 is a component the Kubernetes provider constructs: the engine gets the program's registration only as a
 * Construct call (remote components skip the step generator: pulumi/pulumi pkg/resource/deploy/source_eval.go), and
 * the provider registers the component itself without inputs (pulumi-kubernetes provider/pkg/provider/helm/v4/chart.go,
 * `RegisterComponentResource(typ, name, comp, options)`). In a real preview a policy sees it with no chart, version or
 * values; it sees the objects it renders instead, as resources of their own. The desired state (npm run synth, the
 * tests) records the program's inputs, so there the same rules read them.
 */
export const CHART_INPUTS_UNSEEN =
    "a Chart v4's inputs do not reach policies in a real preview (the provider registers the component without them); its rendered objects are checked instead, and its inputs in the desired state (npm test)";

export interface HelmInputs {
    readonly kind: "release" | "chart";
    readonly release: string;
    readonly chart: string;
    readonly version: Plain | undefined;
    readonly repo: Plain | undefined;
    readonly values: PlainObject;
    readonly namespace: Plain | undefined;
}

/** The inputs of a Helm resource, or undefined where the policy cannot see them (see CHART_INPUTS_UNSEEN). */
export function helmInputs(type: string, name: string, props: PlainObject): HelmInputs | undefined {
    if (!HELM_TYPES.includes(type) || props.chart === undefined) return undefined;
    return {
        kind: type === HELM_RELEASE ? "release" : "chart",
        release: typeof props.name === "string" ? props.name : name,
        chart: typeof props.chart === "string" ? props.chart : "(not known yet)",
        version: props.version,
        repo: at(props, ["repositoryOpts", "repo"]),
        values: isObject(props.values) ? props.values : {},
        namespace: props.namespace,
    };
}

/** How a message names a Helm resource: `helm release "istiod" (chart istiod 1.30.3)`. */
export function describeHelm(helm: HelmInputs): string {
    const version = typeof helm.version === "string" && helm.version !== "" ? ` ${helm.version}` : "";
    return `helm ${helm.kind} "${helm.release}" (chart ${helm.chart}${version})`;
}

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
    "kubernetes:core/v1:Pod": ["spec"],
    "kubernetes:apps/v1:Deployment": ["spec", "template", "spec"],
    "kubernetes:apps/v1:StatefulSet": ["spec", "template", "spec"],
    "kubernetes:apps/v1:DaemonSet": ["spec", "template", "spec"],
    "kubernetes:apps/v1:ReplicaSet": ["spec", "template", "spec"],
    "kubernetes:batch/v1:Job": ["spec", "template", "spec"],
    "kubernetes:batch/v1:CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
};

export interface Container {
    /** e.g. `containers[0] "manager"`. */
    readonly label: string;
    readonly value: PlainObject;
}

/** The containers and init containers of a workload, or undefined for anything that is not one. */
export function workloadContainers(type: string, props: PlainObject): Container[] | undefined {
    const specPath = POD_SPEC_PATHS[type];
    if (!specPath) return undefined;
    const spec = at(props, specPath);
    return ["initContainers", "containers"].flatMap((field) => {
        const list = at(spec, [field]);
        return Array.isArray(list)
            ? list.filter(isObject).map((value, i) => ({ label: `${field}[${i}]${typeof value.name === "string" ? ` "${value.name}"` : ""}`, value }))
            : [];
    });
}

/** `kind namespace/name` of a Kubernetes object, for messages. */
export function describeObject(type: string, name: string, props: PlainObject): string {
    const kind = type.split(":").pop() ?? type;
    const metaName = at(props, ["metadata", "name"]);
    const namespace = at(props, ["metadata", "namespace"]);
    const shown = typeof metaName === "string" ? metaName : name;
    return `${kind} ${typeof namespace === "string" ? `${namespace}/` : ""}${shown}`;
}

/** The resource a resource rule judges, read once as plain data. */
export function resourceOf(args: ResourceValidationArgs): { type: string; name: string; props: PlainObject } {
    const props = toPlain(args.props);
    return { type: args.type, name: args.name, props: isObject(props) ? props : {} };
}
