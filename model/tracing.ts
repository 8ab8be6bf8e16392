// The traces' vocabulary beyond Tempo: tail sampling in the collector, and further OTLP backends.
import type * as pulumi from "@pulumi/pulumi";

export interface TailSamplingConfig {
    /** Decide in the collector, after the trace is complete; every head-deciding layer then records 100 %. @default false */
    readonly enabled: boolean;
    /** Keep every trace lasting longer than this many milliseconds. @default 2000 */
    readonly slowRequestMs: number;
    /** How long the collector waits after a trace's first span before deciding (Go duration). @default "10s" */
    readonly decisionWait: string;
}

export const TRACE_EXPORT_PROTOCOLS = ["grpc", "http"] as const;
export type TraceExportProtocol = (typeof TRACE_EXPORT_PROTOCOLS)[number];

/** A value taken from another config key: the key's name and its value, a Pulumi secret. */
export interface ConfigReference {
    readonly key: string;
    readonly value: pulumi.Output<string>;
}

/** A second trace backend: an OTLP exporter fed with the same (sampled) traces as Tempo. */
export interface TraceExporterConfig {
    /** DNS-1123 label, unique: the exporter is `otlp_grpc/<name>` or `otlp_http/<name>`. */
    readonly name: string;
    /** `host:port` or an `https://` URL (gRPC); an `http(s)://` base URL (HTTP: `/v1/traces` is appended). */
    readonly endpoint: string;
    /** @default "grpc" */
    readonly protocol: TraceExportProtocol;
    /** Plain text instead of TLS. @default false */
    readonly insecure: boolean;
    /** Header name → the secret config key holding its value. @default {} */
    readonly headers: Readonly<Record<string, ConfigReference>>;
    /** A PEM CA bundle for private TLS (on-premise satellites). @default - the system roots */
    readonly caCertificate?: ConfigReference;
}
