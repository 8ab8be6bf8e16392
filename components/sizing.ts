// Sizing as data: requests, limits, replicas and volume size of every workload the stack deploys, as two built-in
// profiles a stack picks from (`sizing.profile`) and overrides per component (`sizing.components`). Each component
// maps its entry to its chart's own keys; containers that are helpers of a component (config reloaders, dashboard
// sidecars, cert-manager's webhook and cainjector) get fixed small requests there.
//
// lab: one small node (kind, k3d; 4 CPUs / 8 GiB) with room for an application; one replica of everything.
// production: the numbers the charts' own docs suggest for a modest production cluster, and at least two replicas
// of everything that serves a request path (istiod, the gateway, the collector, Tempo's stateless components,
// Grafana, Kiali, Loki), so that a node drain or a rollout never takes the last replica (each gets a PodDisruptionBudget
// and is spread across nodes). Prometheus stays single: two replicas behind one Service would each receive half of
// Tempo's remote writes.
//
// samplingCollector is the second collector tier that tail sampling adds when the collector runs more than one
// replica: it holds every trace for decisionWait before deciding, so its memory grows with spans/s × decisionWait ×
// span size (docs/production.md, "Tail sampling in production"); the queue to Tempo moves to its volumes.

export const SIZING_PROFILES = ["lab", "production"] as const;
export type SizingProfile = (typeof SIZING_PROFILES)[number];

export const SIZED_COMPONENTS = [
    "certManager",
    "metallbController",
    "metallbSpeaker",
    "ingressNginx",
    "istiod",
    "istioGateway",
    "istioCni",
    "ztunnel",
    "waypoint",
    "openTelemetryOperator",
    "collector",
    "samplingCollector",
    "tempo",
    "tempoDistributor",
    "tempoIngester",
    "tempoQuerier",
    "tempoQueryFrontend",
    "tempoCompactor",
    "tempoMetricsGenerator",
    "tempoMemcached",
    "prometheus",
    "alertmanager",
    "grafana",
    "prometheusOperator",
    "kubeStateMetrics",
    "nodeExporter",
    "kiali",
    "loki",
    "logCollector",
] as const;
export type SizedComponent = (typeof SIZED_COMPONENTS)[number];

/** One pod per node (DaemonSets), or one pod per mesh namespace (waypoints): a replica count does not apply. */
export const FIXED_REPLICA_COMPONENTS: readonly SizedComponent[] = ["metallbSpeaker", "istioCni", "ztunnel", "nodeExporter", "waypoint", "logCollector"];
/** Components with a volume, whose size `storage` sets. */
export const STORAGE_COMPONENTS: readonly SizedComponent[] = ["tempo", "tempoIngester", "tempoMetricsGenerator", "prometheus", "alertmanager", "grafana", "collector", "samplingCollector", "loki"];

export interface Quantities {
    /** CPU, e.g. "100m" or "1". */
    readonly cpu?: string;
    /** Memory, e.g. "256Mi" or "1Gi". */
    readonly memory?: string;
}

export interface ComponentSizing {
    readonly replicas: number;
    readonly requests: Required<Quantities>;
    /** Memory limits always; no CPU limits by default (throttling a proxy or the collector adds latency, not safety). */
    readonly limits: Quantities;
    /** Volume size, for the components in STORAGE_COMPONENTS. */
    readonly storage?: string;
}

export type Sizing = Readonly<Record<SizedComponent, ComponentSizing>>;

const size = (replicas: number, cpu: string, memory: string, memoryLimit: string, storage?: string): ComponentSizing => ({
    replicas,
    requests: { cpu, memory },
    limits: { memory: memoryLimit },
    ...(storage ? { storage } : {}),
});

export const PROFILES: Readonly<Record<SizingProfile, Sizing>> = {
    lab: {
        certManager: size(1, "10m", "64Mi", "256Mi"),
        metallbController: size(1, "10m", "32Mi", "128Mi"),
        metallbSpeaker: size(1, "10m", "32Mi", "128Mi"),
        ingressNginx: size(1, "50m", "90Mi", "256Mi"),
        istiod: size(1, "100m", "256Mi", "1Gi"),
        istioGateway: size(1, "50m", "64Mi", "512Mi"),
        istioCni: size(1, "20m", "64Mi", "256Mi"),
        ztunnel: size(1, "50m", "128Mi", "512Mi"),
        waypoint: size(1, "20m", "64Mi", "512Mi"),
        openTelemetryOperator: size(1, "20m", "64Mi", "256Mi"),
        collector: size(1, "100m", "256Mi", "512Mi", "2Gi"),
        samplingCollector: size(1, "100m", "256Mi", "1Gi", "2Gi"),
        tempo: size(1, "100m", "512Mi", "2Gi", "10Gi"),
        tempoDistributor: size(1, "50m", "128Mi", "512Mi"),
        tempoIngester: size(1, "100m", "256Mi", "1Gi", "5Gi"),
        tempoQuerier: size(1, "50m", "128Mi", "512Mi"),
        tempoQueryFrontend: size(1, "20m", "64Mi", "256Mi"),
        tempoCompactor: size(1, "50m", "128Mi", "512Mi"),
        tempoMetricsGenerator: size(1, "50m", "128Mi", "512Mi", "5Gi"),
        tempoMemcached: size(1, "20m", "64Mi", "128Mi"),
        prometheus: size(1, "100m", "512Mi", "2Gi", "10Gi"),
        alertmanager: size(1, "10m", "32Mi", "128Mi", "1Gi"),
        grafana: size(1, "50m", "128Mi", "512Mi", "1Gi"),
        prometheusOperator: size(1, "20m", "64Mi", "256Mi"),
        kubeStateMetrics: size(1, "10m", "64Mi", "256Mi"),
        nodeExporter: size(1, "10m", "32Mi", "64Mi"),
        kiali: size(1, "10m", "64Mi", "1Gi"),
        loki: size(1, "100m", "256Mi", "1Gi", "10Gi"),
        logCollector: size(1, "50m", "64Mi", "256Mi"),
    },
    production: {
        certManager: size(2, "50m", "128Mi", "512Mi"),
        metallbController: size(1, "50m", "64Mi", "256Mi"),
        metallbSpeaker: size(1, "50m", "64Mi", "256Mi"),
        ingressNginx: size(2, "100m", "128Mi", "512Mi"),
        istiod: size(2, "500m", "2Gi", "4Gi"),
        istioGateway: size(2, "200m", "256Mi", "1Gi"),
        istioCni: size(1, "100m", "100Mi", "512Mi"),
        ztunnel: size(1, "200m", "512Mi", "1Gi"),
        waypoint: size(1, "100m", "128Mi", "1Gi"),
        openTelemetryOperator: size(2, "100m", "128Mi", "512Mi"),
        collector: size(2, "500m", "1Gi", "2Gi", "10Gi"),
        samplingCollector: size(2, "1", "2Gi", "4Gi", "10Gi"),
        tempo: size(1, "500m", "2Gi", "4Gi", "50Gi"),
        tempoDistributor: size(2, "200m", "256Mi", "1Gi"),
        tempoIngester: size(3, "500m", "1Gi", "3Gi", "20Gi"),
        tempoQuerier: size(2, "200m", "256Mi", "1Gi"),
        tempoQueryFrontend: size(2, "100m", "128Mi", "512Mi"),
        tempoCompactor: size(1, "200m", "512Mi", "2Gi"),
        tempoMetricsGenerator: size(2, "200m", "512Mi", "2Gi", "10Gi"),
        tempoMemcached: size(1, "100m", "128Mi", "256Mi"),
        prometheus: size(1, "500m", "2Gi", "4Gi", "50Gi"),
        alertmanager: size(2, "50m", "64Mi", "256Mi", "5Gi"),
        grafana: size(2, "200m", "256Mi", "1Gi", "5Gi"),
        prometheusOperator: size(1, "100m", "128Mi", "512Mi"),
        kubeStateMetrics: size(1, "50m", "128Mi", "512Mi"),
        nodeExporter: size(1, "50m", "64Mi", "128Mi"),
        kiali: size(2, "100m", "256Mi", "1Gi"),
        // three single binaries on object storage, each stream on all three (replication factor 3)
        loki: size(3, "500m", "1Gi", "4Gi", "20Gi"),
        logCollector: size(1, "100m", "128Mi", "512Mi"),
    },
};

/**
 * The load a profile is sized for, as data: what its collectors and Loki take before something refuses or queues.
 * - spans/s: half what the profile's collector CPU requests carry by `npm run bench:pipeline` (the real collector
 *   0.158.0 on the program's configs; docs/real-pipeline-tests.md "Benchmark", 2026-12-06): the one-tier gateway,
 *   which writes every span to its disk queue, takes 22,200 spans per CPU-second of Istio-sidecar-sized spans (20
 *   attributes, ~1 KiB) and 136,800 of one-attribute ones (~100 B); the tail-sampling tier 24,000 and 56,500. So the
 *   lab's 100m carries ~2,200 sidecar spans/s, production's 2 × 500m ~22,000 (its sampling tier's 2 × 1 CPU ~48,000);
 *   the other half is left for what the benchmark does not run (k8s_attributes' own lookups, bursts, Go's GC under a
 *   memory limit). Tempo's default ingestion limit, 15 MB/s per distributor (tempo v2.10.7
 *   modules/overrides/config.go), is ~15,000 spans/s at 1 KiB a span: above both.
 * - log MiB/s, as Loki counts a line (its text plus its structured metadata, pkg/util/entry_size.go): production takes
 *   the docs' example load (docs/production.md), 1,000 requests/s through three sidecar hops: 7 access-log lines a request (the gateway,
 *   two per hop) at ~0.6 KiB each with their metadata ≈ 4 MiB/s, doubled for the applications' own logs; the lab a tenth
 *   of that. Loki's ingestion limits are derived from it (loki.ts lokiIngestionLimits).
 */
export interface ProfileLoad {
    /** Spans per second reaching the collector tier (after the head sampling). */
    readonly spansPerSecond: number;
    /** Log bytes per second (MiB) reaching Loki, as Loki counts them: lines plus structured metadata. */
    readonly logMiBPerSecond: number;
}

export const PROFILE_LOADS: Readonly<Record<SizingProfile, ProfileLoad>> = {
    lab: { spansPerSecond: 1_000, logMiBPerSecond: 0.8 },
    production: { spansPerSecond: 10_000, logMiBPerSecond: 8 },
};

const QUANTITY = /^(\d+(\.\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const QUANTITY_FACTOR: Record<string, number> = {
    "": 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
    Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The value of a Kubernetes quantity ("100m" → 0.1, "1Gi" → 1073741824), or undefined when it is not one. */
export function parseQuantity(value: string): number | undefined {
    const match = QUANTITY.exec(value);
    return match ? Number(match[1]) * QUANTITY_FACTOR[match[3] ?? ""] : undefined;
}

/** The requests and limits as a Kubernetes `resources` block. */
export function resourceRequirements(sizing: ComponentSizing): { requests: Record<string, string>; limits?: Record<string, string> } {
    const limits = Object.fromEntries(Object.entries(sizing.limits).filter(([, v]) => v !== undefined)) as Record<string, string>;
    return { requests: { ...sizing.requests }, ...(Object.keys(limits).length > 0 ? { limits } : {}) };
}

/** Whether a component runs more than one replica, and so needs a disruption budget and spreading. */
export const isReplicated = (sizing: ComponentSizing) => sizing.replicas > 1;

/**
 * Spread a component's replicas over nodes where the cluster has several; `ScheduleAnyway` keeps a single-node
 * cluster schedulable. The selector must match the component's pod labels.
 */
export interface TopologySpread {
    readonly maxSkew: number;
    readonly topologyKey: string;
    readonly whenUnsatisfiable: string;
    readonly labelSelector: { readonly matchLabels: Record<string, string> };
}

export function spreadOverNodes(matchLabels: Record<string, string>): TopologySpread[] {
    return [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels } }];
}

/** Merges per-component overrides over a profile (field by field; limits and requests by quantity). */
export function resolveSizing(profile: SizingProfile, overrides: Partial<Record<SizedComponent, SizingOverride>> = {}): Sizing {
    const base = PROFILES[profile];
    return Object.fromEntries(
        SIZED_COMPONENTS.map((component) => {
            const o = overrides[component] ?? {};
            const b = base[component];
            const merged: ComponentSizing = {
                replicas: o.replicas ?? b.replicas,
                requests: { ...b.requests, ...o.requests },
                limits: { ...b.limits, ...o.limits },
                ...(o.storage ?? b.storage ? { storage: o.storage ?? b.storage } : {}),
            };
            return [component, merged];
        }),
    ) as Record<SizedComponent, ComponentSizing>;
}

/** What a stack file may override of one component's sizing. */
export interface SizingOverride {
    readonly replicas?: number;
    readonly requests?: Quantities;
    readonly limits?: Quantities;
    readonly storage?: string;
}
