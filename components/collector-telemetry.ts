// The collector's own metrics (`service.telemetry`): where it serves them and under which names. Set here, not left
// to defaults, because both defaults moved in 2026: the collector's Prometheus reader now drops type suffixes and
// units (0.158.0 `service/telemetry/otelconftelemetry/factory.go`: without_type_suffix/without_units/
// without_scope_info true, listening on localhost), and the operator stopped pinning the old shape (operator 0.158.0
// CHANGELOG, feature gate operator.collector.usedefaulttelemetryshape stable, #5075). The alert rules and the
// dashboard name the metrics as this reader exposes them (tests/fixtures/pipeline-metrics.json).

/** Port of the collector's metrics endpoint: the operator gives its `<name>-collector-monitoring` Service this port, named `monitoring`. */
export const COLLECTOR_METRICS_PORT = 8888;
/** Name of the port on the operator's monitoring Service (operator 0.158.0 `internal/manifests/collector/service.go`). */
export const COLLECTOR_METRICS_PORT_NAME = "monitoring";

/**
 * The Prometheus `job` of a collector's metrics: the operator's `<name>-collector-monitoring` Service (operator 0.158.0
 * `internal/naming/main.go` MonitoringService), since a ServiceMonitor without `jobLabel` names the job after the
 * Service (kube-prometheus-stack 88.5.3 CRD `servicemonitors.monitoring.coreos.com`, `spec.jobLabel`).
 */
export const collectorMonitoringJob = (name: string): string => `${name}-collector-monitoring`;

/**
 * A Prometheus pull reader on every interface (the collector's default, localhost, is unreachable for Prometheus) with
 * type suffixes and units: otelconf v0.24.0 (`otelconf/v0.3.0/metric.go`, prometheusReaderOpts) then uses the
 * `NoUTF8EscapingWithSuffixes` translation, so counters end in `_total` (`otelcol_receiver_refused_spans_total`) and
 * gauges keep their names (`otelcol_exporter_queue_size`; `{batch}`-style units add nothing). The collector serves
 * the Prometheus text format only (promhttp without OpenMetrics), so these are the names Prometheus stores. No scope
 * labels. The operator derives the monitoring Service's port from this reader and adds no reader of its own when one
 * is set (operator 0.158.0 `internal/otelconfig/config.go` MetricsEndpoint, ServiceApplyDefaults).
 */
export function collectorTelemetry(): Record<string, unknown> {
    return {
        metrics: {
            // the level the receiver, processor and exporter counters the rules read are emitted at (the default)
            level: "normal",
            readers: [
                {
                    pull: {
                        exporter: {
                            prometheus: { host: "0.0.0.0", port: COLLECTOR_METRICS_PORT, without_type_suffix: false, without_units: false, without_scope_info: true },
                        },
                    },
                },
            ],
        },
    };
}
