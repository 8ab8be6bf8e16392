// published-uis-sign-in: every route that publishes a Service of the platform (Istio VirtualServices bound to a
// gateway, Ingresses, Gateway API routes, LoadBalancer and NodePort Services, the routes and Services
// kube-prometheus-stack renders from its values) leads to a UI that signs users in. Grafana and Kiali do, unless they
// are told to let anonymous users in; Prometheus, Alertmanager, Tempo, Loki, the collectors and the operators sign no
// one in, so publishing them publishes their data (and, for Prometheus, its write and admin endpoints) to whoever
// reaches the gateway: with the ACME issuer, the internet. A stack rule: it reads the route and the UI's settings
// from different resources. It applies to every environment (a dev cluster's gateway is as reachable as its network).
import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { parse as parseYaml } from "yaml";
import { KIALI_SERVER_CHART } from "../components/kiali.ts";
import { KUBE_PROMETHEUS_STACK_CHART } from "../components/kube-prometheus-stack.ts";
import { PLATFORM_NAMESPACES } from "../components/namespaces.ts";
import { at, isObject, type Plain, type PlainObject, toPlain, UNKNOWN } from "./read.ts";
import { CONFIG_MAP, describeHelm, describeObject, helmInputs } from "./resources.ts";

/**
 * The namespaces whose Services are the platform's own: every platform namespace but the entry points' (the ingress
 * gateway's and ingress-nginx's own Services are what publishes, not what is published).
 */
export const PLATFORM_SERVICE_NAMESPACES: readonly string[] = Object.values(PLATFORM_NAMESPACES).filter(
    (namespace) => namespace !== PLATFORM_NAMESPACES.istioIngress && namespace !== PLATFORM_NAMESPACES.ingressNginx,
);

interface PlainResource {
    readonly type: string;
    readonly name: string;
    readonly urn: string;
    readonly props: PlainObject;
}

/** A UI that signs users in, at `<service>.<namespace>`, or the reason it does not. */
interface SignedInUi {
    readonly what: string;
    /** Why anonymous users get in after all; undefined when they do not. */
    readonly anonymous?: string;
}

const isOn = (value: Plain | undefined) => value === true || value === "true";

/** `<service>.<namespace>`; a namespace not known yet during a preview matches any. */
const uiKey = (service: string, namespace: Plain | undefined) => `${service}.${typeof namespace === "string" ? namespace : "*"}`;

/**
 * Grafana as kube-prometheus-stack runs it: the grafana subchart's Service (grafana chart 12.11.1
 * templates/_helpers.tpl `grafana.fullname`: fullnameOverride, else the release name when it contains "grafana", else
 * `<release>-grafana`; `grafana.namespace`: namespaceOverride, else the release's).
 */
function grafanaOf(resource: PlainResource, found: Map<string, SignedInUi>): void {
    const helm = helmInputs(resource.type, resource.name, resource.props);
    if (helm?.chart !== KUBE_PROMETHEUS_STACK_CHART.chart) return;
    const override = at(helm.values, ["grafana", "fullnameOverride"]);
    const service = typeof override === "string" && override !== "" ? override : helm.release.includes("grafana") ? helm.release : `${helm.release}-grafana`;
    const namespaceOverride = at(helm.values, ["grafana", "namespaceOverride"]);
    const namespace = typeof namespaceOverride === "string" && namespaceOverride !== "" ? namespaceOverride : helm.namespace;
    const path = ["grafana", "grafana.ini", "auth.anonymous", "enabled"];
    found.set(uiKey(service, namespace), {
        what: "Grafana",
        ...(isOn(at(helm.values, path)) ? { anonymous: `${describeHelm(helm)} sets values.${path.join(".")}` } : {}),
    });
}

/**
 * Kiali: from the kiali-server chart's values (the Kiali CR's spec; `deployment.instance_name`, default "kiali", names
 * the Service in the release's namespace), or, where a preview shows only what the chart renders, from its ConfigMap
 * (kiali-server 2.29.0 templates/configmap.yaml writes `deployment.instance_name`, `deployment.namespace` and the
 * effective `auth.strategy` into config.yaml).
 */
function kialiOf(resource: PlainResource, found: Map<string, SignedInUi>): void {
    const helm = helmInputs(resource.type, resource.name, resource.props);
    let config: Plain | undefined;
    let namespace: Plain | undefined;
    let subject: string;
    if (helm?.chart === KIALI_SERVER_CHART.chart) {
        config = helm.values;
        namespace = helm.namespace;
        subject = describeHelm(helm);
    } else if (resource.type === CONFIG_MAP && at(resource.props, ["metadata", "labels", "app.kubernetes.io/name"]) === "kiali") {
        const text = at(resource.props, ["data", "config.yaml"]);
        if (typeof text !== "string") return;
        config = toPlain(parseYaml(text));
        namespace = at(config, ["deployment", "namespace"]) ?? at(resource.props, ["metadata", "namespace"]);
        subject = describeObject(resource.type, resource.name, resource.props);
    } else return;
    const instance = at(config, ["deployment", "instance_name"]);
    const service = typeof instance === "string" && instance !== "" ? instance : "kiali";
    found.set(uiKey(service, namespace), {
        what: "Kiali",
        ...(at(config, ["auth", "strategy"]) === "anonymous" ? { anonymous: `${subject} sets auth.strategy anonymous` } : {}),
    });
}

/** A Service a route publishes. */
interface Published {
    readonly service: string;
    readonly namespace: string;
    readonly port?: Plain;
    /** How it is published, for the message. */
    readonly by: string;
    readonly urn: string;
}

const bareHost = (host: string) => host.replace(/^[^/]*\//, "");

/** `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local` relative to `namespace`. */
function serviceOf(host: string, namespace: string): { service: string; namespace: string } {
    const [service, ns] = bareHost(host).split(".");
    return { service, namespace: ns ?? namespace };
}

/** What a routing object of the stack publishes. */
function publishedBy(resource: PlainResource): Published[] {
    const { type, props } = resource;
    const metaNamespace = at(props, ["metadata", "namespace"]);
    const namespace = typeof metaNamespace === "string" ? metaNamespace : "default";
    const what = describeObject(type, resource.name, props);
    const found: Published[] = [];
    if (/^kubernetes:networking\.istio\.io\/[^:]+:VirtualService$/.test(type)) {
        const gateways = at(props, ["spec", "gateways"]);
        // without gateways (or only `mesh`) a VirtualService routes inside the mesh: nothing is published
        if (!Array.isArray(gateways) || gateways.every((g) => g === "mesh")) return [];
        const hosts = at(props, ["spec", "hosts"]);
        const by = `${what} (hosts ${Array.isArray(hosts) ? hosts.filter((h) => typeof h === "string").join(", ") : "?"})`;
        for (const kind of ["http", "tls", "tcp"]) {
            const routes = at(props, ["spec", kind]);
            for (const route of Array.isArray(routes) ? routes : []) {
                const destinations = at(route, ["route"]);
                for (const destination of Array.isArray(destinations) ? destinations : []) {
                    const host = at(destination, ["destination", "host"]);
                    if (typeof host === "string") found.push({ ...serviceOf(host, namespace), port: at(destination, ["destination", "port", "number"]), by, urn: resource.urn });
                }
            }
        }
    } else if (type === "kubernetes:networking.k8s.io/v1:Ingress") {
        const backends: (Plain | undefined)[] = [at(props, ["spec", "defaultBackend"])];
        const rules = at(props, ["spec", "rules"]);
        for (const rule of Array.isArray(rules) ? rules : []) {
            const paths = at(rule, ["http", "paths"]);
            for (const p of Array.isArray(paths) ? paths : []) backends.push(at(p, ["backend"]));
        }
        for (const backend of backends) {
            const service = at(backend, ["service", "name"]);
            if (typeof service === "string") found.push({ service, namespace, port: at(backend, ["service", "port", "number"]) ?? at(backend, ["service", "port", "name"]), by: what, urn: resource.urn });
        }
    } else if (/^kubernetes:gateway\.networking\.k8s\.io\/[^:]+:(HTTPRoute|GRPCRoute|TLSRoute|TCPRoute)$/.test(type)) {
        const parents = at(props, ["spec", "parentRefs"]);
        // a route whose parents are Services (the mesh, GAMMA) publishes nothing
        if (!Array.isArray(parents) || !parents.some((p) => (at(p, ["kind"]) ?? "Gateway") === "Gateway")) return [];
        const rules = at(props, ["spec", "rules"]);
        for (const rule of Array.isArray(rules) ? rules : []) {
            const refs = at(rule, ["backendRefs"]);
            for (const ref of Array.isArray(refs) ? refs : []) {
                const name = at(ref, ["name"]);
                if (typeof name === "string" && (at(ref, ["kind"]) ?? "Service") === "Service") {
                    const ns = at(ref, ["namespace"]);
                    found.push({ service: name, namespace: typeof ns === "string" ? ns : namespace, port: at(ref, ["port"]), by: what, urn: resource.urn });
                }
            }
        }
    } else if (type === "kubernetes:core/v1:Service") {
        const serviceType = at(props, ["spec", "type"]);
        if (serviceType === "LoadBalancer" || serviceType === "NodePort") {
            const name = at(props, ["metadata", "name"]);
            found.push({ service: typeof name === "string" ? name : resource.name, namespace, by: `${what} (type ${serviceType})`, urn: resource.urn });
        }
    }
    return found;
}

/**
 * What kube-prometheus-stack publishes through its values: Prometheus', Alertmanager's and Thanos Ruler's Ingress,
 * per-replica Ingresses, Gateway API routes (`route.<name>.enabled`) and Service types (88.5.3 values.yaml). A
 * Release's rendered objects never reach a preview, so its values are read instead.
 */
function kubePrometheusStackPublishes(resource: PlainResource): string[] {
    const helm = helmInputs(resource.type, resource.name, resource.props);
    if (helm?.chart !== KUBE_PROMETHEUS_STACK_CHART.chart) return [];
    const found: string[] = [];
    for (const component of ["prometheus", "alertmanager", "thanosRuler"]) {
        for (const key of ["ingress", "ingressPerReplica"]) if (isOn(at(helm.values, [component, key, "enabled"]))) found.push(`values.${component}.${key}.enabled`);
        const routes = at(helm.values, [component, "route"]);
        for (const [name, route] of Object.entries(isObject(routes) ? routes : {})) if (isOn(at(route, ["enabled"]))) found.push(`values.${component}.route.${name}.enabled`);
        for (const key of ["service", "servicePerReplica"]) {
            const type = at(helm.values, [component, key, "type"]);
            const enabled = key === "service" || isOn(at(helm.values, [component, key, "enabled"]));
            if (enabled && (type === "LoadBalancer" || type === "NodePort")) found.push(`values.${component}.${key}.type ${type}`);
        }
    }
    return found.map((path) => `${describeHelm(helm)}: ${path} publishes a UI that signs no one in (Prometheus, Alertmanager and Thanos Ruler have no sign-in); turn it off, or put it behind authentication`);
}

export const publishedUisSignIn: StackValidationPolicy = {
    name: "published-uis-sign-in",
    description:
        "Every route, Ingress or exposed Service that publishes a platform Service leads to a UI that signs users in: Grafana or Kiali without anonymous access. Prometheus, Alertmanager, Tempo, Loki and the collectors sign no one in and stay unpublished.",
    severity: "critical",
    validateStack: (args, reportViolation) => {
        const resources: PlainResource[] = args.resources.map((r: PolicyResource) => {
            const props = toPlain(r.props);
            return { type: r.type, name: r.name, urn: r.urn, props: isObject(props) ? props : {} };
        });
        const signedIn = new Map<string, SignedInUi>();
        for (const resource of resources) {
            grafanaOf(resource, signedIn);
            kialiOf(resource, signedIn);
            for (const problem of kubePrometheusStackPublishes(resource)) reportViolation(problem, resource.urn);
        }
        for (const resource of resources) {
            for (const published of publishedBy(resource)) {
                if (!PLATFORM_SERVICE_NAMESPACES.includes(published.namespace)) continue;
                const port = typeof published.port === "number" || typeof published.port === "string" ? `:${published.port}` : "";
                const target = `${published.service}.${published.namespace}${port}`;
                const ui = signedIn.get(uiKey(published.service, published.namespace)) ?? signedIn.get(uiKey(published.service, UNKNOWN));
                if (!ui) {
                    reportViolation(
                        `${published.by} publishes ${target}, which signs no one in (only Grafana and Kiali do; Prometheus, Alertmanager, Tempo, Loki and the collectors do not): leave it unpublished (Prometheus: ui.publishPrometheus false) or put the route behind authentication`,
                        published.urn,
                    );
                } else if (ui.anonymous) {
                    reportViolation(`${published.by} publishes ${ui.what} (${target}), which lets anonymous users in: ${ui.anonymous}`, published.urn);
                }
            }
        }
    },
};
