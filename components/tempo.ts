import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { ObjectStorageCredentials, TempoConfig } from "../stacks/config.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";

// Both charts moved to grafana-community; the grafana repo is frozen and deprecated.
const GRAFANA_COMMUNITY = "https://grafana-community.github.io/helm-charts";
/** Single binary (Tempo 2.10). */
export const TEMPO_CHART: ChartRef = { chart: "tempo", version: "2.2.4", repo: GRAFANA_COMMUNITY };
/** Microservices on object storage; the last 2.x line (3.x needs Kafka). */
export const TEMPO_DISTRIBUTED_CHART: ChartRef = { chart: "tempo-distributed", version: "2.26.2", repo: GRAFANA_COMMUNITY };

export const TEMPO_NAMESPACE = PLATFORM_NAMESPACES.tempo;
const RELEASE = "tempo";
const CREDENTIALS_SECRET = "tempo-s3-credentials";
/** Processors the metrics-generator runs: Grafana's service map and span RED metrics. */
const GENERATOR_PROCESSORS = ["service-graphs", "span-metrics"];

export interface TempoEndpoints {
    readonly namespace: string;
    /** Service of the OTLP receivers (the single binary, or the distributor). */
    readonly ingestService: string;
    /** `host:port` of the OTLP/gRPC receiver. */
    readonly otlpGrpcAddress: string;
    /** Service of the query API (the single binary, or the query-frontend). */
    readonly queryService: string;
    /** Tempo's HTTP API (TraceQL search, trace by id), port 3200. */
    readonly queryUrl: string;
}

/** Service names follow the charts: the release name when it contains "tempo", plus the component. */
export function tempoEndpoints(mode: TempoConfig["mode"], namespace = TEMPO_NAMESPACE): TempoEndpoints {
    const ingestService = mode === "distributed" ? `${RELEASE}-distributor` : RELEASE;
    const queryService = mode === "distributed" ? `${RELEASE}-query-frontend` : RELEASE;
    const fqdn = (service: string) => `${service}.${namespace}.svc.cluster.local`;
    return {
        namespace,
        ingestService,
        otlpGrpcAddress: `${fqdn(ingestService)}:4317`,
        queryService,
        queryUrl: `http://${fqdn(queryService)}:3200`,
    };
}

/** Tempo's S3 settings; keys are never here (they come from the environment, see credentialsSecret). */
function s3Settings(storage: TempoConfig["storage"]): Record<string, unknown> {
    return {
        bucket: storage.bucket,
        endpoint: storage.endpoint,
        ...(storage.region ? { region: storage.region } : {}),
        insecure: storage.insecure,
    };
}

/** Pods read static S3 keys from these variables (minio-go's credential chain), so no key is in a values file. */
function credentialsEnvFrom(secretName: string | undefined): Record<string, unknown>[] {
    return secretName ? [{ secretRef: { name: secretName } }] : [];
}

/** Values of the single-binary chart. */
export function monolithicValues(tempo: TempoConfig, remoteWriteUrl: string, credentialsSecret?: string): Values {
    const trace =
        tempo.storage.backend === "s3"
            ? { backend: "s3", s3: s3Settings(tempo.storage) }
            : { backend: "local", local: { path: "/var/tempo/traces" }, wal: { path: "/var/tempo/wal" } };
    return {
        tempo: {
            retention: tempo.retention,
            reportingEnabled: false,
            storage: { trace },
            metricsGenerator: { enabled: true, remoteWriteUrl },
            overrides: { defaults: { metrics_generator: { processors: GENERATOR_PROCESSORS } } },
            extraEnvFrom: credentialsEnvFrom(credentialsSecret),
        },
        // the WAL and local blocks survive restarts
        persistence: { enabled: true, size: "10Gi" },
    };
}

/** Values of tempo-distributed (2.x): OTLP on, S3 storage, compactor retention, generator remote-write. */
export function distributedValues(tempo: TempoConfig, remoteWriteUrl: string, credentialsSecret?: string): Values {
    return {
        // the distributor's OTLP receivers are off by default
        traces: { otlp: { grpc: { enabled: true }, http: { enabled: true } } },
        storage: { trace: { backend: "s3", s3: s3Settings(tempo.storage) } },
        compactor: { config: { compaction: { block_retention: tempo.retention } } },
        metricsGenerator: { enabled: true, config: { storage: { remote_write: [{ url: remoteWriteUrl, send_exemplars: true }] } } },
        overrides: { defaults: { metrics_generator: { processors: GENERATOR_PROCESSORS } } },
        global: { extraEnvFrom: credentialsEnvFrom(credentialsSecret) },
        reportingEnabled: false,
    };
}

export interface TempoArgs {
    readonly provider: k8s.Provider;
    readonly tempo: TempoConfig;
    readonly objectStorageCredentials?: ObjectStorageCredentials;
    /** Prometheus remote-write URL for the metrics-generator (service graph, span metrics). */
    readonly remoteWriteUrl: string;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/** Grafana Tempo: the single binary (dev) or tempo-distributed on object storage (prod), chosen by `tempo.mode`. */
export class Tempo extends pulumi.ComponentResource {
    readonly endpoints: TempoEndpoints;
    readonly chart: k8s.helm.v4.Chart;

    constructor(name: string, args: TempoArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:Tempo", name, {}, opts);
        this.endpoints = tempoEndpoints(args.tempo.mode);
        const childOpts = { parent: this, provider: args.provider };
        const namespace = componentNamespace(`${name}-namespace`, this.endpoints.namespace, childOpts);

        let credentialsSecret: k8s.core.v1.Secret | undefined;
        if (args.objectStorageCredentials) {
            credentialsSecret = new k8s.core.v1.Secret(
                `${name}-s3-credentials`,
                {
                    metadata: { name: CREDENTIALS_SECRET, namespace: namespace.metadata.name },
                    stringData: {
                        AWS_ACCESS_KEY_ID: args.objectStorageCredentials.accessKey,
                        AWS_SECRET_ACCESS_KEY: args.objectStorageCredentials.secretKey,
                    },
                },
                childOpts,
            );
        }
        const secretName = credentialsSecret ? CREDENTIALS_SECRET : undefined;
        const values =
            args.tempo.mode === "distributed"
                ? distributedValues(args.tempo, args.remoteWriteUrl, secretName)
                : monolithicValues(args.tempo, args.remoteWriteUrl, secretName);
        this.chart = renderedChart(
            `${name}-chart`,
            {
                ref: args.tempo.mode === "distributed" ? TEMPO_DISTRIBUTED_CHART : TEMPO_CHART,
                release: RELEASE,
                namespace: namespace.metadata.name,
                values: mergeValues(values, args.values),
            },
            // pods read the keys at start: the Secret must exist first
            { ...childOpts, dependsOn: credentialsSecret ? [credentialsSecret] : [] },
        );
        this.registerOutputs({ endpoints: this.endpoints });
    }
}
