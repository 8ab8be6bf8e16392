// The monitoring Service the OpenTelemetry operator (0.158.0) makes for an OpenTelemetryCollector, so that a contract
// test reads the collector's end of the Prometheus → collector link the way the cluster will. Modelled on the
// operator's source at tag v0.158.0:
// - internal/manifests/collector/service.go MonitoringService: name `<name>-collector-monitoring`, the common labels
//   plus `operator.opentelemetry.io/collector-monitoring-service: Exists` and `…/collector-service-type: monitoring`,
//   one port named `monitoring` on the metrics endpoint's port;
// - internal/manifests/manifestutils/labels.go Labels/SelectorLabels: managed-by, instance `<namespace>.<name>`,
//   part-of, component `opentelemetry-collector`, name `<name>-collector-monitoring`, version;
// - internal/otelconfig/config.go MetricsEndpoint: the port of the first Prometheus pull reader of
//   `service.telemetry.metrics.readers`, else 8888; the host the reader listens on comes from the same reader
//   (0.0.0.0 when there is no reader: ServiceApplyDefaults then injects one on 0.0.0.0:8888).

export interface OperatorService {
    readonly name: string;
    readonly namespace: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly ports: readonly { readonly name: string; readonly port: number }[];
    /** Where the collector process listens for the scrape (host of the reader). */
    readonly listenHost: string;
}

interface CollectorObject {
    readonly metadata: { readonly name: string; readonly namespace: string };
    readonly spec: { readonly config?: { readonly service?: { readonly telemetry?: unknown } } };
}

interface PrometheusReader {
    readonly host?: string;
    readonly port?: number;
}

function prometheusReader(telemetry: unknown): PrometheusReader | undefined {
    const readers = (telemetry as { metrics?: { readers?: { pull?: { exporter?: { prometheus?: PrometheusReader } } }[] } } | undefined)?.metrics?.readers ?? [];
    return readers.map((r) => r.pull?.exporter?.prometheus).find((p) => p !== undefined);
}

export function monitoringService(collector: CollectorObject): OperatorService {
    const { name, namespace } = collector.metadata;
    const reader = prometheusReader(collector.spec.config?.service?.telemetry);
    return {
        name: `${name}-collector-monitoring`,
        namespace,
        labels: {
            "app.kubernetes.io/managed-by": "opentelemetry-operator",
            "app.kubernetes.io/instance": `${namespace}.${name}`,
            "app.kubernetes.io/part-of": "opentelemetry",
            "app.kubernetes.io/component": "opentelemetry-collector",
            "app.kubernetes.io/name": `${name}-collector-monitoring`,
            "operator.opentelemetry.io/collector-monitoring-service": "Exists",
            "operator.opentelemetry.io/collector-service-type": "monitoring",
        },
        ports: [{ name: "monitoring", port: reader?.port ?? 8888 }],
        // a reader without a host fails the collector's start (otelconf: "host must be specified")
        listenHost: reader ? (reader.host ?? "") : "0.0.0.0",
    };
}
