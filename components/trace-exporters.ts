// Further trace backends (Lightstep/ServiceNow Cloud Observability, Honeycomb, Grafana Cloud, any OTLP intake): one
// OTLP exporter each, fed with the same traces as Tempo. Credentials never enter the collector's spec: they sit in a
// Kubernetes Secret and reach the collector as environment variables, which its config reads as `${env:NAME}`.
import type * as pulumi from "@pulumi/pulumi";
import type { TraceExporterConfig } from "../model/tracing.ts";
import { itemsExportBatch } from "./export-batch.ts";

export type TraceExporter = TraceExporterConfig;

/** Secret with every exporter credential, in the collector's namespace. */
export const TRACE_EXPORTER_SECRET = "trace-exporter-credentials";

/** The exporter's component id: `otlp_grpc/<name>` or `otlp_http/<name>` (otelcol-k8s 0.158 type names). */
export function traceExporterId(exporter: TraceExporter): string {
    return `${exporter.protocol === "grpc" ? "otlp_grpc" : "otlp_http"}/${exporter.name}`;
}

/**
 * The environment variable holding a config key's value: `TRACE_EXPORT_` and the key in SNAKE_CASE
 * (lightstepAccessToken → TRACE_EXPORT_LIGHTSTEP_ACCESS_TOKEN; camelCase keys map one-to-one). Not `OTEL_…`: the
 * collector's own SDK reads those.
 */
export function credentialEnvName(key: string): string {
    return `TRACE_EXPORT_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/**
 * Exporter config (collector v0.158 configgrpc / confighttp, configtls `insecure`, `ca_pem`): headers and the CA
 * bundle as `${env:…}` references, in-memory queue and retries (the defaults): a vendor outage drops what its queue
 * cannot hold and never holds up Tempo's export. It batches in its queue as the batch processor did before it
 * (the pipeline it shares with Tempo's export has none: export-batch.ts).
 */
export function traceExporterConfig(exporter: TraceExporter): Record<string, unknown> {
    const headers = Object.fromEntries(Object.entries(exporter.headers).map(([header, ref]) => [header, `\${env:${credentialEnvName(ref.key)}}`]));
    const tls = {
        ...(exporter.protocol === "grpc" && exporter.insecure ? { insecure: true } : {}),
        ...(exporter.caCertificate ? { ca_pem: `\${env:${credentialEnvName(exporter.caCertificate.key)}}` } : {}),
    };
    return {
        endpoint: exporter.endpoint,
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...(Object.keys(tls).length > 0 ? { tls } : {}),
        sending_queue: { batch: itemsExportBatch() },
    };
}

export function traceExporterConfigs(exporters: readonly TraceExporter[]): Record<string, Record<string, unknown>> {
    return Object.fromEntries(exporters.map((e) => [traceExporterId(e), traceExporterConfig(e)]));
}

/** Every credential the exporters read: environment variable → value (a key named twice is one variable). */
export function exporterCredentials(exporters: readonly TraceExporter[]): Map<string, pulumi.Output<string>> {
    const credentials = new Map<string, pulumi.Output<string>>();
    for (const exporter of exporters) {
        for (const ref of [...Object.values(exporter.headers), ...(exporter.caCertificate ? [exporter.caCertificate] : [])]) {
            credentials.set(credentialEnvName(ref.key), ref.value);
        }
    }
    return new Map([...credentials].sort(([a], [b]) => a.localeCompare(b)));
}

/** The collector's `spec.env` entries that read the credentials from the Secret. */
export function credentialEnv(envNames: Iterable<string>, secretName = TRACE_EXPORTER_SECRET): { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } }[] {
    return [...envNames].map((name) => ({ name, valueFrom: { secretKeyRef: { name: secretName, key: name } } }));
}
