// What Prometheus scrapes of the trace pipeline that no chart monitors itself: the collectors the operator runs and
// the operator. Each target names a Service by the labels its owner gives it; one ServiceMonitor per target.
import { ServiceMonitor } from "../../crds/index.ts";
import { COLLECTOR_METRICS_PORT_NAME } from "../collector-telemetry.ts";
import { OPERATOR_RELEASE } from "../opentelemetry.ts";

/** A Service whose metrics Prometheus scrapes. Another component (Loki, when present) adds its own. */
export interface ScrapeTarget {
    /** Name of the ServiceMonitor (also what it is called on the dashboard and in the tests). */
    readonly name: string;
    /** Namespace of the Service. */
    readonly namespace: string;
    /** Labels that select the Service (its own labels, not its pods'). */
    readonly serviceLabels: Readonly<Record<string, string>>;
    /** Name of the Service's metrics port. */
    readonly port: string;
    /**
     * The endpoint serves HTTPS behind Kubernetes authentication: Prometheus sends its ServiceAccount token (its
     * ClusterRole may GET `/metrics`) and accepts the self-signed certificate. @default false
     */
    readonly kubernetesAuth?: boolean;
}

/**
 * Every collector the operator runs in `namespace`: its `<name>-collector-monitoring` Service, labelled as an operator
 * collector Service of type `monitoring` (operator 0.158.0 `internal/manifests/collector/service.go` MonitoringService,
 * `internal/manifests/manifestutils/labels.go` SelectorLabels). One monitor covers a second collector tier too.
 */
export function collectorScrapeTarget(namespace: string): ScrapeTarget {
    return {
        name: "opentelemetry-collectors",
        namespace,
        serviceLabels: {
            "app.kubernetes.io/managed-by": "opentelemetry-operator",
            "app.kubernetes.io/component": "opentelemetry-collector",
            "operator.opentelemetry.io/collector-service-type": "monitoring",
        },
        port: COLLECTOR_METRICS_PORT_NAME,
    };
}

/**
 * The operator's manager: its `<release>` Service, port `metrics` (8443), HTTPS with controller-runtime's
 * authentication and authorization (`manager.metrics.secure: true`, the chart's default) — as the chart's own
 * `manager.serviceMonitor` would scrape it (opentelemetry-operator chart 0.122.0 `templates/service.yaml`,
 * `templates/servicemonitor.yaml`, values `manager.serviceMonitor.metricsEndpoints`). The webhook Service carries
 * the same labels but no `metrics` port, so it yields no target.
 */
export function operatorScrapeTarget(namespace: string, release = OPERATOR_RELEASE): ScrapeTarget {
    return {
        name: "opentelemetry-operator",
        namespace,
        serviceLabels: {
            "app.kubernetes.io/name": "opentelemetry-operator",
            "app.kubernetes.io/instance": release,
            "app.kubernetes.io/component": "controller-manager",
        },
        port: "metrics",
        kubernetesAuth: true,
    };
}

/** The Prometheus ServiceAccount's token, mounted where kube-prometheus-stack's own kubelet monitor reads it. */
const SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/** The ServiceMonitor for `target`, in `namespace` (Prometheus' own), with the labels this Prometheus selects by. */
export function serviceMonitorFor(target: ScrapeTarget, namespace: string, selectedBy: Readonly<Record<string, string>>): ServiceMonitor {
    const auth = target.kubernetesAuth ? { scheme: "https" as const, bearerTokenFile: SERVICE_ACCOUNT_TOKEN, tlsConfig: { insecureSkipVerify: true } } : {};
    return new ServiceMonitor({
        metadata: { name: target.name, namespace, labels: { ...selectedBy } },
        spec: {
            namespaceSelector: { matchNames: [target.namespace] },
            selector: { matchLabels: { ...target.serviceLabels } },
            endpoints: [{ port: target.port, ...auth }],
        },
    });
}
