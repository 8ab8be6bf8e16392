// Where each chart's values carry container requests, derived from what the components themselves produce: each
// chart's sizing builder (the function its component merges into the values) is run once, and every `resources`
// block with CPU or memory in it is an expected path. Change a builder and the expectation follows; add a chart to
// the platform without adding it here and `requests-set` fails on it ("no sizing known"), so a new chart cannot ship
// without requests. The numbers do not matter (any profile yields the same paths); the lab profile is used.
import { CERT_MANAGER_CHART, certManagerSizingValues } from "../components/cert-manager.ts";
import { mergeValues, type Values } from "../components/helm.ts";
import { INGRESS_NGINX_CHART, controllerSizingValues } from "../components/ingress-nginx.ts";
import { GATEWAY_SELECTOR } from "../components/istio/index.ts";
import { cniValues, gatewayValues, istiodSizingValues, ztunnelValues } from "../components/istio/values.ts";
import { ISTIO_CHARTS } from "../components/istio/version.ts";
import { KIALI_SERVER_CHART, kialiSizingValues } from "../components/kiali.ts";
import { KUBE_PROMETHEUS_STACK_CHART, kubePrometheusStackValues, LAB_MONITORING_SIZING, monitoringSizingValues } from "../components/kube-prometheus-stack.ts";
import { LOKI_CHART, lokiSizingValues } from "../components/loki.ts";
import { METALLB_CHART, metalLbValues } from "../components/metallb.ts";
import { OPENTELEMETRY_OPERATOR_CHART, operatorSizingValues } from "../components/opentelemetry.ts";
import { PROFILES } from "../components/sizing.ts";
import { distributedSizingValues, LAB_TEMPO_SIZING, monolithicSizingValues, TEMPO_CHART, TEMPO_DISTRIBUTED_CHART, tempoEndpoints } from "../components/tempo.ts";
import { isObject, objects, type Plain, toPlain } from "./read.ts";

const lab = PROFILES.lab;

/** The values with requests in them that each chart gets from its component, as the component composes them. */
const SIZED_VALUES: Readonly<Record<string, () => Values>> = {
    [CERT_MANAGER_CHART.chart]: () => certManagerSizingValues(lab.certManager),
    [METALLB_CHART.chart]: () => metalLbValues(lab.metallbController, lab.metallbSpeaker),
    // IngressNginx nests the controller's sizing under `controller`
    [INGRESS_NGINX_CHART.chart]: () => ({ controller: controllerSizingValues(lab.ingressNginx) }),
    // CRDs and the validating webhook's configuration only: no containers
    [ISTIO_CHARTS.base.chart]: () => ({}),
    [ISTIO_CHARTS.istiod.chart]: () => istiodSizingValues(lab.istiod, lab.waypoint),
    [ISTIO_CHARTS.gateway.chart]: () => gatewayValues(lab.istioGateway, GATEWAY_SELECTOR),
    [ISTIO_CHARTS.cni.chart]: () => cniValues("generic", lab.istioCni),
    [ISTIO_CHARTS.ztunnel.chart]: () => ztunnelValues("generic", lab.ztunnel),
    [OPENTELEMETRY_OPERATOR_CHART.chart]: () => operatorSizingValues(lab.openTelemetryOperator),
    [TEMPO_CHART.chart]: () => monolithicSizingValues(LAB_TEMPO_SIZING),
    [TEMPO_DISTRIBUTED_CHART.chart]: () => distributedSizingValues(LAB_TEMPO_SIZING),
    // the CRD upgrade Job's requests are set with the rest of the chart's values
    [KUBE_PROMETHEUS_STACK_CHART.chart]: () =>
        mergeValues(
            kubePrometheusStackValues({ tempo: tempoEndpoints("monolithic"), grafanaAdminSecret: "grafana-admin", retention: "10d", includeZtunnelDashboard: false }),
            monitoringSizingValues(LAB_MONITORING_SIZING),
        ),
    [KIALI_SERVER_CHART.chart]: () => kialiSizingValues(lab.kiali),
    [LOKI_CHART.chart]: () => lokiSizingValues(lab.loki, false),
};

/** A Kubernetes `resources` block that requests CPU or memory (a volume claim's `resources.requests.storage` is not one). */
export function isContainerResources(value: Plain | undefined): boolean {
    return isObject(value) && isObject(value.requests) && ("cpu" in value.requests || "memory" in value.requests);
}

const cache = new Map<string, string[][]>();

/** The values paths of `chart` that hold container requests, or undefined when the platform sizes no such chart. */
export function requestPaths(chart: string): string[][] | undefined {
    const build = SIZED_VALUES[chart];
    if (!build) return undefined;
    if (!cache.has(chart)) {
        const paths = [...objects(toPlain(build()))]
            .flatMap(({ path, value }) => Object.entries(value).filter(([key, block]) => key === "resources" && isContainerResources(block)).map(([key]) => [...path, key].map(String)));
        cache.set(chart, paths);
    }
    return cache.get(chart);
}

/** Charts the platform sizes (for messages). */
export const SIZED_CHARTS: readonly string[] = Object.keys(SIZED_VALUES).sort();
