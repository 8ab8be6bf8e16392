// Grafana Loki as one binary (the chart's Monolithic mode): container logs and agents' OTLP logs, queried by Grafana.
// On a volume, or on Tempo's object storage (same endpoint, region and identity, a bucket of its own) when Tempo uses
// S3. Chart facts are from grafana-community/helm-charts tag loki-18.11.0 (values.yaml, templates/validate.yaml,
// templates/_helpers.tpl) and Loki v3.7.6 (pkg/loki/modules.go, pkg/loghttp/push/otlp.go).
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { LogsConfig, LokiObjectStore, LokiSchemaPeriod } from "../model/logs.ts";
import type { ObjectStorageCredentials, TempoStorageConfig } from "../model/tempo.ts";
import { type ChartRef, dataNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { LOKI_DEFAULT_LIMITS_MIB, LOKI_PUSH_MAX_BYTES } from "./log-push.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ComponentSizing, isReplicated, PROFILE_LOADS, type ProfileLoad, PROFILES, resourceRequirements, spreadOverNodes } from "./sizing.ts";
import { GRAFANA_COMMUNITY } from "./tempo.ts";

/**
 * Loki 3.7.6. The chart left the grafana/loki repository for grafana-community on 2026-03-16 (grafana/loki#20705);
 * the copy there is kept for Grafana Enterprise Logs only.
 */
export const LOKI_CHART: ChartRef = { chart: "loki", version: "18.11.0", repo: GRAFANA_COMMUNITY };

export const LOKI_NAMESPACE = PLATFORM_NAMESPACES.loki;
/** The release name; the chart names the single binary's Service after it (it contains the chart's name). */
const RELEASE = "loki";
const CREDENTIALS_SECRET = "loki-s3-credentials";
/** The single binary's pod labels (templates/monolithic/workload.yaml). */
const POD_LABELS = { "app.kubernetes.io/name": "loki", "app.kubernetes.io/instance": RELEASE, "app.kubernetes.io/component": "single-binary" };

/** What the log collectors push to and Grafana reads from: an in-cluster Loki or an external one. */
export interface LogStoreApi {
    /** Loki's HTTP API: Grafana's Loki datasource. */
    readonly queryUrl: string;
    /** Loki's native OTLP endpoint; the collectors' `otlp_http` exporters append `/v1/logs` (Loki's route `/otlp/v1/logs`). */
    readonly otlpUrl: string;
}

export interface LokiEndpoints extends LogStoreApi {
    readonly namespace: string;
    /** The single binary's Service: HTTP (API, OTLP, push) on `http-metrics` 3100. */
    readonly service: string;
    readonly httpPort: number;
}

export function lokiEndpoints(namespace = LOKI_NAMESPACE): LokiEndpoints {
    const httpPort = 3100;
    const queryUrl = `http://${RELEASE}.${namespace}.svc.cluster.local:${httpPort}`;
    return { namespace, service: RELEASE, httpPort, queryUrl, otlpUrl: `${queryUrl}/otlp` };
}

/** The log store a stack's `logs` config names, or none. */
export function logStoreApi(logs: LogsConfig): LogStoreApi | undefined {
    if (logs.backend === "loki") return lokiEndpoints();
    if (logs.backend === "external" && logs.url) return { queryUrl: logs.url, otlpUrl: `${logs.url}/otlp` };
    return undefined;
}

/**
 * Loki keeps logs as long as Tempo keeps traces (given in seconds), so that a log line's trace link leads somewhere;
 * at least 24 hours, Loki's minimum (docs/sources/operations/storage/retention.md), in whole hours.
 */
export function lokiRetention(tempoRetentionSeconds: number): string {
    return `${Math.max(24, Math.ceil(tempoRetentionSeconds / 3600))}h`;
}

/**
 * Path-style bucket addresses unless the endpoint is one of the clouds that serve virtual-hosted buckets: what Tempo's
 * S3 client (minio-go `s3utils.IsVirtualHostSupported`) decides by itself, and what MinIO and Ceph need. Loki's
 * (aws-sdk-go-v2) uses virtual-hosted addresses unless told.
 */
export function s3ForcePathStyle(endpoint: string): boolean {
    const host = endpoint.split(":")[0];
    return !/(^|\.)amazonaws\.com(\.cn)?$|^storage\.googleapis\.com$|(^|\.)aliyuncs\.com$/.test(host);
}

/**
 * The one period every Loki of the platform started with: on its volume, from a date in the past, as a new install
 * needs (Loki v3.7.6 docs/sources/operations/storage/schema/_index.md, "New Loki installs").
 */
export const FIRST_SCHEMA_PERIOD: LokiSchemaPeriod = { from: "2024-04-01", objectStore: "filesystem" };

export interface LokiStorage {
    /** Tempo's storage: its endpoint, region and identity are Loki's too. */
    readonly tempo: TempoStorageConfig;
    /** Loki's own bucket, when Tempo is on S3. */
    readonly bucket?: string;
    /**
     * Loki's schema periods, oldest first; the newest must be on the store Loki uses now. Logs stay readable only under
     * the period they were written in: a change of store is a new period with a future date, never an edited one.
     * @default [FIRST_SCHEMA_PERIOD]
     */
    readonly schemaPeriods?: readonly LokiSchemaPeriod[];
}

export const onObjectStorage = (storage: LokiStorage): boolean => storage.tempo.backend === "s3" && storage.bucket !== undefined;

/** The store Loki writes to now: its bucket on Tempo's S3, or its volume. */
export const currentObjectStore = (storage: LokiStorage): LokiObjectStore => (onObjectStorage(storage) ? "s3" : "filesystem");

/** Where the chart keeps chunks on the volume (`loki.storage.filesystem.chunks_directory`, loki 18.11.0 values). */
const FILESYSTEM_CHUNKS = "/var/loki/chunks";

/**
 * `schema_config.configs`: one TSDB v13 period per schema period, each on its own store. Refuses periods whose newest
 * is not on the store Loki uses now: writing to a store under a period that names another would rewrite history.
 */
export function schemaConfigs(storage: LokiStorage): Record<string, unknown>[] {
    const periods = storage.schemaPeriods ?? [FIRST_SCHEMA_PERIOD];
    const newest = periods.at(-1);
    const store = currentObjectStore(storage);
    if (newest?.objectStore !== store) {
        throw new Error(`Loki stores on ${store} but its newest schema period is on ${newest?.objectStore ?? "nothing"}: append a period with a future date`);
    }
    return periods.map((p) => ({ from: p.from, store: "tsdb", object_store: p.objectStore, schema: "v13", index: { prefix: "index_", period: "24h" } }));
}

/**
 * Earlier periods on the volume stay readable after the move to S3 only if Loki still knows the directory: the chart
 * gives it to Loki only while the volume is the common store (Loki v3.7.6 pkg/loki/config_wrapper.go sets
 * `storage_config.filesystem.directory` from `common.storage.filesystem.chunks_directory`), so it is set here, through
 * `structuredConfig`, which the chart merges over the config it renders (loki 18.11.0 templates/_helpers.tpl).
 */
function earlierStoreValues(storage: LokiStorage): Values {
    const periods = storage.schemaPeriods ?? [FIRST_SCHEMA_PERIOD];
    const keepsVolumePeriod = currentObjectStore(storage) !== "filesystem" && periods.some((p) => p.objectStore === "filesystem");
    return keepsVolumePeriod ? { loki: { structuredConfig: { storage_config: { filesystem: { directory: FILESYSTEM_CHUNKS } } } } } : {};
}

/** Loki's storage section: chunks and rules in Loki's bucket on Tempo's S3 endpoint, or on the volume. */
function storageValues(storage: LokiStorage): Record<string, unknown> {
    if (!onObjectStorage(storage)) return { type: "filesystem" };
    const s3 = storage.tempo;
    return {
        type: "s3",
        // one bucket: rules live under rules/ (Loki pkg/ruler/rulestore/objectclient), chunks under the tenant
        bucketNames: { chunks: storage.bucket, ruler: storage.bucket },
        s3: { endpoint: s3.endpoint, ...(s3.region ? { region: s3.region } : {}), insecure: s3.insecure, s3ForcePathStyle: s3ForcePathStyle(s3.endpoint ?? "") },
    };
}

/**
 * Values of the Loki chart: the single binary alone (the simple-scalable targets at zero, as templates/validate.yaml
 * requires; no gateway, caches, canary or rules sidecar), one tenant, TSDB schema v13 (structured metadata, which
 * carries OTLP trace ids, needs it) in the stack's schema periods, retention by the compactor, delete requests on the
 * current store. Static S3 keys reach the pods as environment from a Secret (the AWS SDK's credential chain), so no
 * key is in a values file.
 */
export function lokiValues(storage: LokiStorage, retention: string, credentialsSecret?: string): Values {
    const objectStore = currentObjectStore(storage);
    const annotations = storage.tempo.serviceAccountAnnotations;
    return mergeValues(earlierStoreValues(storage), {
        deploymentMode: "Monolithic",
        loki: {
            // one tenant: the collectors send no X-Scope-OrgID
            auth_enabled: false,
            // the Service's http-metrics port follows it; Grafana and the collectors use it (the default, set explicitly)
            server: { http_listen_port: lokiEndpoints().httpPort },
            storage: storageValues(storage),
            schemaConfig: { configs: schemaConfigs(storage) },
            // trace ids arrive as structured metadata (Loki's default, set explicitly: the trace links depend on it)
            limits_config: { allow_structured_metadata: true, retention_period: retention },
            compactor: { retention_enabled: true, delete_request_store: objectStore },
            analytics: { reporting_enabled: false },
        },
        singleBinary: {
            // the rules sidecar watches ConfigMaps cluster-wide; no rules are shipped
            sidecar: false,
            ...(credentialsSecret ? { extraEnvFrom: [{ secretRef: { name: credentialsSecret } }] } : {}),
        },
        // a Role in Loki's namespace instead of a ClusterRole reading every Secret
        rbac: { namespaced: true },
        // unready replicas out of the Services: the chart's default is true for every Service it renders (the
        // single binary's and its headless one: templates/_service.tpl reads `<component>.service.publishNotReadyAddresses`,
        // else this key, else true), so a starting or stopping Loki kept receiving pushes and queries
        defaults: { service: { publishNotReadyAddresses: false } },
        backend: { replicas: 0 },
        read: { replicas: 0 },
        write: { replicas: 0 },
        gateway: { enabled: false },
        chunksCache: { enabled: false },
        resultsCache: { enabled: false },
        lokiCanary: { enabled: false },
        test: { enabled: false },
        ...(Object.keys(annotations).length > 0 && onObjectStorage(storage) ? { serviceAccount: { annotations: { ...annotations } } } : {}),
    });
}

/**
 * Replicas, requests and the volume. On a volume Loki runs one replica (the chart refuses more without object storage);
 * on object storage each stream goes to three replicas when there are three or more (a write quorum of two tolerates
 * one down), else to one. Replicas are spread over nodes softly (the chart's default is a hard anti-affinity).
 */
export function lokiSizingValues(sizing: ComponentSizing, objectStorage: boolean): Values {
    const replicas = objectStorage ? sizing.replicas : 1;
    const replicated = isReplicated({ ...sizing, replicas });
    return {
        loki: { commonConfig: { replication_factor: replicas >= 3 ? 3 : 1 } },
        singleBinary: {
            replicas,
            resources: resourceRequirements(sizing),
            // the claims outlive the StatefulSet (the chart's default, set explicitly: its whenDeleted is Delete)
            persistence: { enabled: true, size: sizing.storage ?? "10Gi", enableStatefulSetAutoDeletePVC: false },
            ...(replicated ? { affinity: null, podDisruptionBudget: { maxUnavailable: 1 }, topologySpreadConstraints: spreadOverNodes(POD_LABELS) } : {}),
        },
    };
}

/**
 * The tenant's ingestion limits (MiB as Loki reads them, 2^20 bytes), from the load the stack is sized for, never below
 * Loki's defaults: the rate is the load's log volume; the burst, which every single push must fit into (it applies per
 * replica even with the default `global` strategy, where each replica refills at rate ÷ replicas:
 * pkg/distributor/ingestion_rate_strategy.go), holds two of the largest pushes the collectors send (log-push.ts) and
 * one second at the full rate. Above the rate Loki answers 429 and the collectors queue and retry.
 */
export function lokiIngestionLimits(load: ProfileLoad): { ingestion_rate_mb: number; ingestion_burst_size_mb: number } {
    const rate = Math.max(LOKI_DEFAULT_LIMITS_MIB.rate, Math.ceil(load.logMiBPerSecond));
    const twoPushes = Math.ceil((2 * LOKI_PUSH_MAX_BYTES) / 2 ** 20);
    return { ingestion_rate_mb: rate, ingestion_burst_size_mb: Math.max(LOKI_DEFAULT_LIMITS_MIB.burst, twoPushes, rate) };
}

/** The chart's ServiceMonitor for the single binary (its `http-metrics` port, `/metrics`): loki 18.11.0 values `monitoring.serviceMonitor`. */
export function lokiServiceMonitorValues(labels: Readonly<Record<string, string>>): Values {
    return { monitoring: { serviceMonitor: { enabled: true, labels: { ...labels } } } };
}

/** Everything the platform sets in the chart's values (the component merges `values` over it). */
export function lokiChartValues(args: {
    readonly storage: LokiStorage;
    readonly retentionSeconds: number;
    /** Whether static S3 keys reach the pods (from the credentials Secret). */
    readonly staticKeys: boolean;
    readonly sizing: ComponentSizing;
    /** The load the stack is sized for: Loki's ingestion limits follow its log volume. */
    readonly load: ProfileLoad;
    readonly serviceMonitorLabels?: Readonly<Record<string, string>>;
}): Values {
    const objectStorage = onObjectStorage(args.storage);
    return mergeValues(
        lokiValues(args.storage, lokiRetention(args.retentionSeconds), objectStorage && args.staticKeys ? CREDENTIALS_SECRET : undefined),
        { loki: { limits_config: lokiIngestionLimits(args.load) } },
        lokiSizingValues(args.sizing, objectStorage),
        args.serviceMonitorLabels ? lokiServiceMonitorValues(args.serviceMonitorLabels) : {},
    );
}

/** Prometheus Operator monitoring for Loki. */
export interface LokiServiceMonitors {
    /** Labels the Prometheus that should scrape Loki selects ServiceMonitors by. */
    readonly labels: Readonly<Record<string, string>>;
    /** What installs the ServiceMonitor CRD: the chart waits for it. */
    readonly crds: pulumi.Resource;
}

export interface LokiArgs {
    readonly provider: k8s.Provider;
    readonly storage: LokiStorage;
    /** The same keys as Tempo's, when Tempo uses static keys. */
    readonly objectStorageCredentials?: ObjectStorageCredentials;
    /** Tempo's retention in seconds; see lokiRetention. */
    readonly retentionSeconds: number;
    /** @default - the lab profile */
    readonly sizing?: ComponentSizing;
    /** The load the stack is sized for; Loki's ingestion limits follow it. @default - the lab profile's */
    readonly load?: ProfileLoad;
    /** The chart's ServiceMonitor; without it, none. @default - none */
    readonly serviceMonitors?: LokiServiceMonitors;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/** Loki, single binary. A rendered chart: it has no Helm hooks with these values. */
export class Loki extends pulumi.ComponentResource {
    readonly endpoints: LokiEndpoints;
    readonly chart: k8s.helm.v4.Chart;

    constructor(name: string, args: LokiArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:Loki", name, {}, opts);
        this.endpoints = lokiEndpoints();
        const childOpts = { parent: this, provider: args.provider };
        const namespace = dataNamespace(`${name}-namespace`, this.endpoints.namespace, childOpts);
        const objectStorage = onObjectStorage(args.storage);

        const credentials =
            objectStorage && args.objectStorageCredentials
                ? new k8s.core.v1.Secret(
                      `${name}-s3-credentials`,
                      {
                          metadata: { name: CREDENTIALS_SECRET, namespace: namespace.metadata.name },
                          stringData: { AWS_ACCESS_KEY_ID: args.objectStorageCredentials.accessKey, AWS_SECRET_ACCESS_KEY: args.objectStorageCredentials.secretKey },
                      },
                      childOpts,
                  )
                : undefined;
        this.chart = renderedChart(
            `${name}-chart`,
            {
                ref: LOKI_CHART,
                release: RELEASE,
                namespace: namespace.metadata.name,
                values: mergeValues(
                    lokiChartValues({
                        storage: args.storage,
                        retentionSeconds: args.retentionSeconds,
                        staticKeys: credentials !== undefined,
                        sizing: args.sizing ?? PROFILES.lab.loki,
                        load: args.load ?? PROFILE_LOADS.lab,
                        serviceMonitorLabels: args.serviceMonitors?.labels,
                    }),
                    args.values,
                ),
            },
            // pods read the keys at start: the Secret must exist first; the chart's ServiceMonitor needs its CRD
            { ...childOpts, dependsOn: [...(credentials ? [credentials] : []), ...(args.serviceMonitors ? [args.serviceMonitors.crds] : [])] },
        );
        this.registerOutputs({ endpoints: this.endpoints });
    }
}
