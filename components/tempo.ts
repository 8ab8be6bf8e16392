import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { ObjectStorageCredentials, TempoConfig } from "../model/tempo.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, dataNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { type ComponentSizing, PROFILES, resourceRequirements, type Sizing } from "./sizing.ts";
import { OTLP_EXEMPLAR_TRACE_ID_LABEL } from "./tail-sampling.ts";

// Both charts moved to grafana-community; the grafana repo is frozen and deprecated.
export const GRAFANA_COMMUNITY = "https://grafana-community.github.io/helm-charts";
/** Single binary (Tempo 2.10). */
export const TEMPO_CHART: ChartRef = { chart: "tempo", version: "2.2.4", repo: GRAFANA_COMMUNITY };
/** Microservices on object storage; the last 2.x line (3.x needs Kafka). */
export const TEMPO_DISTRIBUTED_CHART: ChartRef = { chart: "tempo-distributed", version: "2.26.2", repo: GRAFANA_COMMUNITY };

export const TEMPO_NAMESPACE = PLATFORM_NAMESPACES.tempo;
const RELEASE = "tempo";
const CREDENTIALS_SECRET = "tempo-s3-credentials";
/** The generator's processors for Grafana's service map and span RED metrics. */
const RED_PROCESSORS = ["service-graphs", "span-metrics"];
/**
 * The generator's processor that answers TraceQL metrics (`{ } | rate()`): without it every such query fails with
 * "localblocks processor not found" (tempo v2.10.7 `modules/generator/instance.go` QueryRange; docs
 * `metrics-from-traces/metrics-queries/configure-traceql-metrics.md`).
 */
const TRACEQL_METRICS_PROCESSOR = "local-blocks";
/**
 * `local_blocks`: the query-frontend sends the last 30 minutes (`query_backend_after`) to the generators and older
 * time ranges to the queriers, which read only the generators' own (RF1) blocks from the trace store
 * (`modules/frontend/metrics_query_range_sharder.go`: `m.ReplicationFactor == MetricsGeneratorReplicationFactor`),
 * so the generator flushes its blocks there. Server spans only (Tempo's default, said explicitly): every hop's server
 * side (sidecar inbound, waypoint, the gateway's downstream span, SDK servers), half the copy all spans would take.
 */
const LOCAL_BLOCKS = { flush_to_storage: true, filter_server_spans: true };
/** The single binary's local-blocks WAL and blocks, on its volume (the chart's default `/tmp/traces` is an emptyDir). */
const MONOLITHIC_GENERATOR_TRACES = "/var/tempo/generator/traces";

export interface TempoEndpoints {
    readonly namespace: string;
    /** Service of the OTLP receivers (the single binary, or the distributor). */
    readonly ingestService: string;
    readonly otlpGrpcPort: number;
    readonly otlpHttpPort: number;
    /**
     * The gRPC target of the OTLP/gRPC receivers: `host:port` of the single binary's Service; for the distributors,
     * `dns:///` and their headless discovery Service, so a client's round-robin balancer connects to each ready
     * distributor instead of one connection through the ClusterIP to whichever pod kube-proxy picked.
     */
    readonly otlpGrpcAddress: string;
    /** The largest OTLP/gRPC message the receivers take, MiB (configgrpc `max_recv_msg_size_mib`). */
    readonly otlpGrpcMaxRecvMiB: number;
    /** Service of the query API (the single binary, or the query-frontend). */
    readonly queryService: string;
    /** Tempo's HTTP API (TraceQL search, trace by id), port 3200. */
    readonly queryUrl: string;
    /**
     * Streaming TraceQL over the HTTP port (`stream_over_http_enabled`): Grafana's Tempo datasource streams search
     * results when this is on, and its search fails when it streams against a Tempo that does not (grafana/grafana#92179).
     */
    readonly streamOverHttp: boolean;
    /**
     * The exemplar label holding the trace id on the RED series: the one Prometheus' OTLP receiver gives the
     * collector's exemplars, which Tempo's metrics-generator is told to write too, so one Grafana link serves both.
     */
    readonly exemplarTraceIdLabel: string;
}

/** Service names follow the charts: the release name when it contains "tempo", plus the component. */
export function tempoEndpoints(mode: TempoConfig["mode"], namespace = TEMPO_NAMESPACE): TempoEndpoints {
    const ingestService = mode === "distributed" ? `${RELEASE}-distributor` : RELEASE;
    const queryService = mode === "distributed" ? `${RELEASE}-query-frontend` : RELEASE;
    const fqdn = (service: string) => `${service}.${namespace}.svc.cluster.local`;
    // the OTLP ports both charts open (tempo-distributed's distributor Service has them fixed)
    const [otlpGrpcPort, otlpHttpPort] = [4317, 4318];
    // tempo-distributed 2.26.2 templates/distributor/service-distributor-discovery.yaml: `<distributor>-discovery`,
    // clusterIP None, port 4317 when the OTLP gRPC receiver is on; ready pods only (no publishNotReadyAddresses)
    const otlpGrpcAddress = mode === "distributed" ? `dns:///${fqdn(`${ingestService}-discovery`)}:${otlpGrpcPort}` : `${fqdn(ingestService)}:${otlpGrpcPort}`;
    return {
        namespace,
        ingestService,
        otlpGrpcPort,
        otlpHttpPort,
        otlpGrpcAddress,
        otlpGrpcMaxRecvMiB: TEMPO_OTLP_GRPC_MAX_RECV_MIB,
        queryService,
        queryUrl: `http://${fqdn(queryService)}:3200`,
        streamOverHttp: true,
        // Tempo's `trace_id_label_name` (default "traceID", tempo v2.10.7 generator/registry/histogram.go) set to
        // what Prometheus names an OTLP exemplar's trace id: kube-prometheus-stack links exemplars by one label only
        exemplarTraceIdLabel: OTLP_EXEMPLAR_TRACE_ID_LABEL,
    };
}

/**
 * What Tempo's OTLP/gRPC receivers take in one message: twice the collector's largest request
 * (opentelemetry.ts TEMPO_EXPORT_MAX_BYTES), where neither chart sets one and gRPC's 4 MiB applies (configgrpc v0.150,
 * which Tempo 2.10 builds its receivers with: max_recv_msg_size_mib unset).
 */
export const TEMPO_OTLP_GRPC_MAX_RECV_MIB = 8;
/**
 * What Tempo's own gRPC servers take, bytes: Tempo's default (cmd/tempo/app/config.go: 16 MiB), which tempo-distributed
 * 2.26.2 lowers to 4 MiB (`server.grpc_server_max_recv_msg_size`). An ingester receives a distributor's push of every
 * trace of a request, each trace with its resource again (modules/distributor/distributor.go sendToIngestersViaBytes):
 * more than the request, so more than the receivers' limit.
 */
export const TEMPO_GRPC_SERVER_MAX_RECV_BYTES = 16 * 2 ** 20;
/**
 * A distributor closes a client's connection after this long (configgrpc keepalive `max_connection_age`), so that the
 * client's DNS resolver, which looks again only when a connection ends (grpc-go internal/resolver/dns), finds
 * distributors added since.
 */
export const DISTRIBUTOR_MAX_CONNECTION_AGE = "5m";

/** Tempo's S3 settings; keys are never here (they come from the environment, see credentialsSecret). */
function s3Settings(storage: TempoConfig["storage"]): Record<string, unknown> {
    return {
        bucket: storage.bucket,
        endpoint: storage.endpoint,
        ...(storage.region ? { region: storage.region } : {}),
        insecure: storage.insecure,
    };
}

/** Per-tenant defaults of the metrics-generator: which processors run, and the exemplars' trace-id label. */
function generatorOverrides(endpoints: TempoEndpoints, redMetrics: boolean): Record<string, unknown> {
    const processors = [...(redMetrics ? RED_PROCESSORS : []), TRACEQL_METRICS_PROCESSOR];
    return { defaults: { metrics_generator: { processors, trace_id_label_name: endpoints.exemplarTraceIdLabel } } };
}

/** Tempo's ServiceAccount: the cloud identity its pods reach the bucket with (IRSA, workload identity), if any. */
function serviceAccountValues(storage: TempoConfig["storage"]): Values {
    return Object.keys(storage.serviceAccountAnnotations).length > 0 ? { serviceAccount: { annotations: { ...storage.serviceAccountAnnotations } } } : {};
}

/** Pods read static S3 keys from these variables (minio-go's credential chain), so no key is in a values file. */
function credentialsEnvFrom(secretName: string | undefined): Record<string, unknown>[] {
    return secretName ? [{ secretRef: { name: secretName } }] : [];
}

/** Sizes of the single binary, or of each tempo-distributed component. */
export interface TempoSizing {
    readonly tempo: ComponentSizing;
    readonly distributor: ComponentSizing;
    readonly ingester: ComponentSizing;
    readonly querier: ComponentSizing;
    readonly queryFrontend: ComponentSizing;
    readonly compactor: ComponentSizing;
    readonly metricsGenerator: ComponentSizing;
    readonly memcached: ComponentSizing;
}

/** Tempo's share of the platform's sizing. */
export function tempoSizingOf(sizing: Sizing): TempoSizing {
    return {
        tempo: sizing.tempo,
        distributor: sizing.tempoDistributor,
        ingester: sizing.tempoIngester,
        querier: sizing.tempoQuerier,
        queryFrontend: sizing.tempoQueryFrontend,
        compactor: sizing.tempoCompactor,
        metricsGenerator: sizing.tempoMetricsGenerator,
        memcached: sizing.tempoMemcached,
    };
}

export const LAB_TEMPO_SIZING: TempoSizing = tempoSizingOf(PROFILES.lab);

/**
 * The single binary: one replica (it keeps its WAL and blocks on its volume), its requests and its volume's size. The
 * claim outlives the StatefulSet (the chart's default, set explicitly: with `enableStatefulSetAutoDeletePVC` deleting
 * the StatefulSet would delete the blocks, tempo 2.2.4 templates/statefulset.yaml).
 */
export function monolithicSizingValues(sizing: TempoSizing): Values {
    return {
        tempo: { resources: resourceRequirements(sizing.tempo) },
        persistence: { size: sizing.tempo.storage ?? "10Gi", enableStatefulSetAutoDeletePVC: false },
    };
}

/**
 * Each tempo-distributed component's replicas and requests (the chart adds a PodDisruptionBudget, soft anti-affinity
 * and zone spreading to each). Ingesters keep their WAL on a volume, and traces are written to as many ingesters as
 * there are, up to 3 (`replication_factor`; quorum RF/2+1, so 3 ingesters tolerate one down).
 */
export function distributedSizingValues(sizing: TempoSizing): Values {
    const component = (s: ComponentSizing) => ({ replicas: s.replicas, resources: resourceRequirements(s) });
    return {
        distributor: component(sizing.distributor),
        ingester: {
            ...component(sizing.ingester),
            persistence: { enabled: true, size: sizing.ingester.storage ?? "10Gi" },
            config: { replication_factor: Math.min(3, sizing.ingester.replicas) },
        },
        querier: component(sizing.querier),
        queryFrontend: component(sizing.queryFrontend),
        compactor: component(sizing.compactor),
        // local-blocks keeps its WAL and recent blocks under /var/tempo (traces_storage): a volume per replica,
        // which the chart gives the StatefulSet kind only (a Deployment gets an emptyDir)
        metricsGenerator: { ...component(sizing.metricsGenerator), kind: "StatefulSet", persistence: { enabled: true, size: sizing.metricsGenerator.storage ?? "10Gi" } },
        memcached: component(sizing.memcached),
    };
}

/**
 * Values of the single-binary chart. The metrics-generator always runs local-blocks (TraceQL metrics); without
 * `redMetrics` (tail sampling: the collector computes span metrics and the service graph from every span, and Tempo,
 * which sees only the kept traces, must not count them again) it runs no other processor.
 */
export function monolithicValues(tempo: TempoConfig, remoteWriteUrl: string, credentialsSecret?: string, redMetrics = true): Values {
    const endpoints = tempoEndpoints("monolithic");
    const trace =
        tempo.storage.backend === "s3"
            ? { backend: "s3", s3: s3Settings(tempo.storage) }
            : { backend: "local", local: { path: "/var/tempo/traces" }, wal: { path: "/var/tempo/wal" } };
    return {
        tempo: {
            retention: tempo.retention,
            reportingEnabled: false,
            streamOverHttpEnabled: endpoints.streamOverHttp,
            // the collector exports here (set, not left to the chart's default)
            receivers: {
                otlp: {
                    protocols: {
                        grpc: { endpoint: `0.0.0.0:${endpoints.otlpGrpcPort}`, max_recv_msg_size_mib: endpoints.otlpGrpcMaxRecvMiB },
                        http: { endpoint: `0.0.0.0:${endpoints.otlpHttpPort}` },
                    },
                },
            },
            storage: { trace },
            metricsGenerator: {
                enabled: true,
                processor: { local_blocks: LOCAL_BLOCKS },
                // a remote_write list, not remoteWriteUrl: only the list form can send exemplars (tempo chart 2.2.4 values)
                storage: { remote_write: [{ url: remoteWriteUrl, send_exemplars: true }] },
                traces_storage: { path: MONOLITHIC_GENERATOR_TRACES },
            },
            overrides: generatorOverrides(endpoints, redMetrics),
            extraEnvFrom: credentialsEnvFrom(credentialsSecret),
        },
        // the WAL and local blocks survive restarts
        persistence: { enabled: true },
        ...serviceAccountValues(tempo.storage),
    };
}

/** Values of tempo-distributed (2.x): OTLP on, S3 storage, compactor retention, the generator (RED metrics unless told not to). */
export function distributedValues(tempo: TempoConfig, remoteWriteUrl: string, credentialsSecret?: string, redMetrics = true): Values {
    const endpoints = tempoEndpoints("distributed");
    return {
        streamOverHTTPEnabled: endpoints.streamOverHttp,
        // the distributor's OTLP receivers are off by default; receiverConfig merges into the gRPC receiver's config
        traces: {
            otlp: {
                grpc: {
                    enabled: true,
                    receiverConfig: {
                        max_recv_msg_size_mib: endpoints.otlpGrpcMaxRecvMiB,
                        keepalive: { server_parameters: { max_connection_age: DISTRIBUTOR_MAX_CONNECTION_AGE, max_connection_age_grace: "30s" } },
                    },
                },
                http: { enabled: true },
            },
        },
        server: { grpc_server_max_recv_msg_size: TEMPO_GRPC_SERVER_MAX_RECV_BYTES },
        storage: { trace: { backend: "s3", s3: s3Settings(tempo.storage) } },
        compactor: { config: { compaction: { block_retention: tempo.retention } } },
        // traces_storage stays the chart's /var/tempo/traces, on the generator's volume (distributedSizingValues)
        metricsGenerator: { enabled: true, config: { processor: { local_blocks: LOCAL_BLOCKS }, storage: { remote_write: [{ url: remoteWriteUrl, send_exemplars: true }] } } },
        overrides: generatorOverrides(endpoints, redMetrics),
        global: { extraEnvFrom: credentialsEnvFrom(credentialsSecret) },
        reportingEnabled: false,
        ...serviceAccountValues(tempo.storage),
    };
}

/** The chart for the mode: the single binary, or tempo-distributed. */
export function tempoChart(mode: TempoConfig["mode"]): ChartRef {
    return mode === "distributed" ? TEMPO_DISTRIBUTED_CHART : TEMPO_CHART;
}

/** The values of the mode's chart, sized; with static S3 keys, the pods read them from the credentials Secret. */
export function tempoValues(tempo: TempoConfig, remoteWriteUrl: string, withCredentials: boolean, sizing: TempoSizing = LAB_TEMPO_SIZING, redMetrics = true): Values {
    const secretName = withCredentials ? CREDENTIALS_SECRET : undefined;
    return tempo.mode === "distributed"
        ? mergeValues(distributedValues(tempo, remoteWriteUrl, secretName, redMetrics), distributedSizingValues(sizing))
        : mergeValues(monolithicValues(tempo, remoteWriteUrl, secretName, redMetrics), monolithicSizingValues(sizing));
}

const MEMCACHED_EXPORTER_RESOURCES = { requests: { cpu: "10m", memory: "16Mi" }, limits: { memory: "64Mi" } };

/**
 * The charts' own ServiceMonitors, labelled for the Prometheus that selects them: the single binary's (port
 * `tempo-prom-metrics`, 3200), and in tempo-distributed one per component (`http-metrics`, job `<namespace>/<component>`)
 * plus memcached's through its exporter (tempo 2.2.4 `templates/servicemonitor.yaml`; tempo-distributed 2.26.2
 * `templates/lib/service-monitor.tpl`, values `metaMonitoring.serviceMonitor`, `memcachedExporter`).
 */
export function serviceMonitorValues(mode: TempoConfig["mode"], labels: Readonly<Record<string, string>>): Values {
    return mode === "distributed"
        ? {
              metaMonitoring: { serviceMonitor: { enabled: true, labels: { ...labels } } },
              // a sidecar that only relays memcached's stats: small, fixed requests
              memcachedExporter: { enabled: true, resources: MEMCACHED_EXPORTER_RESOURCES },
          }
        : { serviceMonitor: { enabled: true, additionalLabels: { ...labels } } };
}

/** Prometheus Operator ServiceMonitors for Tempo's components. */
export interface TempoServiceMonitors {
    /** Labels the Prometheus that should scrape Tempo selects ServiceMonitors by. */
    readonly labels: Readonly<Record<string, string>>;
    /** What installs the ServiceMonitor CRD: the chart waits for it. */
    readonly crds: pulumi.Resource;
}

export interface TempoArgs {
    readonly provider: k8s.Provider;
    readonly tempo: TempoConfig;
    readonly objectStorageCredentials?: ObjectStorageCredentials;
    /** Prometheus remote-write URL for the metrics-generator (service graph, span metrics). */
    readonly remoteWriteUrl: string;
    /**
     * The metrics-generator's RED series (span metrics, service graph). Off when the collector computes them from
     * every span; the generator still runs local-blocks for TraceQL metrics. @default true
     */
    readonly redMetrics?: boolean;
    /** @default - the lab profile */
    readonly sizing?: TempoSizing;
    /** The charts' ServiceMonitors for every component; without it, none. @default - none */
    readonly serviceMonitors?: TempoServiceMonitors;
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
        const namespace = dataNamespace(`${name}-namespace`, this.endpoints.namespace, childOpts);

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
        this.chart = renderedChart(
            `${name}-chart`,
            {
                ref: tempoChart(args.tempo.mode),
                release: RELEASE,
                namespace: namespace.metadata.name,
                values: mergeValues(
                    tempoValues(args.tempo, args.remoteWriteUrl, credentialsSecret !== undefined, args.sizing, args.redMetrics ?? true),
                    args.serviceMonitors ? serviceMonitorValues(args.tempo.mode, args.serviceMonitors.labels) : {},
                    args.values,
                ),
            },
            // pods read the keys at start: the Secret must exist first; the chart's ServiceMonitors need their CRD
            { ...childOpts, dependsOn: [...(credentialsSecret ? [credentialsSecret] : []), ...(args.serviceMonitors ? [args.serviceMonitors.crds] : [])] },
        );
        this.registerOutputs({ endpoints: this.endpoints });
    }
}
