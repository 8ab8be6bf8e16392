// The desired state for a person (`synth --summary`): one line per component of the stack — its charts and versions,
// namespaces, mode, replicas and requests, the endpoints it exposes — then the stack's totals.
// Charts, namespaces and endpoints come from the synthesised document (what `pulumi up` would send); replicas and
// requests of the charts' workloads from the stack's resolved sizing (`sizing.profile` with its overrides: what each
// component hands its chart, whose rendered objects the offline document does not hold), and those of the collectors,
// the demo and the trace check from their own objects in the document.
import { FIXED_REPLICA_COMPONENTS, parseQuantity, type SizedComponent, type Sizing } from "../components/sizing.ts";
import { tempoEndpoints } from "../components/tempo.ts";
import type { StackConfig } from "../stacks/config.ts";
import type { DesiredState, ResourceRecord } from "./desired-state.ts";

/** Replicas and requests of one workload. `perNode`: a DaemonSet, one pod on every node. */
export interface WorkloadLine {
    readonly name: string;
    readonly replicas: number;
    readonly perNode: boolean;
    readonly cpu: string;
    readonly memory: string;
    readonly storage?: string;
}

export interface ComponentSummary {
    readonly component: string;
    readonly charts: readonly string[];
    readonly namespaces: readonly string[];
    readonly mode: string;
    readonly workloads: readonly WorkloadLine[];
    readonly endpoints: readonly string[];
    /** Counted in the platform's totals (the demo and the trace check are not: they are the platform's guests). */
    readonly platform: boolean;
}

export interface Totals {
    /** CPU cores requested. */
    readonly cpu: number;
    /** Bytes of memory requested. */
    readonly memory: number;
    /** Bytes of volumes claimed. */
    readonly storage: number;
}

export interface StackSummary {
    readonly stack: string;
    readonly meshMode: string;
    readonly sizingProfile: string;
    readonly resources: number;
    readonly components: readonly ComponentSummary[];
    readonly platformTotals: Totals;
    readonly guestTotals: Totals;
}

const HELM_TYPES = new Set(["kubernetes:helm.sh/v3:Release", "kubernetes:helm.sh/v4:Chart"]);
const WAYPOINT_TYPE = "kubernetes:gateway.networking.k8s.io/v1:Gateway";
const COLLECTOR_TYPE = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
/**
 * Components that are not part of the platform's standing footprint (docs/production.md's sizing totals leave them out too): the
 * demo, and the Jobs that run once per change and are gone (the trace check, Kiali's Grafana viewer).
 */
const GUESTS = new Set(["Bookinfo", "TraceCheck", "GrafanaViewer"]);

type Inputs = Record<string, unknown>;
const field = (value: unknown, ...path: string[]): unknown =>
    path.reduce<unknown>((at, key) => (typeof at === "object" && at !== null ? (at as Inputs)[key] : undefined), value);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Every resource under each top-level component, by the component's URN. */
function descendantsOf(state: DesiredState, components: readonly ResourceRecord[]): Map<string, ResourceRecord[]> {
    const byUrn = new Map(state.resources.map((r) => [r.urn, r]));
    const top = new Set(components.map((c) => c.urn));
    const result = new Map<string, ResourceRecord[]>(components.map((c) => [c.urn, []]));
    for (const resource of state.resources) {
        let at: ResourceRecord | undefined = resource;
        while (at && !top.has(at.urn)) at = at.parent ? byUrn.get(at.parent) : undefined;
        if (at && at.urn !== resource.urn) result.get(at.urn)?.push(resource);
    }
    return result;
}

/** "base+istiod+gateway 1.30.3": the charts of one version together. */
function chartsOf(children: readonly ResourceRecord[]): string[] {
    const byVersion = new Map<string, string[]>();
    for (const r of children.filter((c) => HELM_TYPES.has(c.type))) {
        const version = str(r.inputs.version) ?? "?";
        byVersion.set(version, [...(byVersion.get(version) ?? []), str(r.inputs.chart) ?? r.name]);
    }
    return [...byVersion].map(([version, charts]) => `${charts.join("+")} ${version}`);
}

/** Kinds that only serve the others (accounts, Services, credentials): left out when a component has others. */
const PLUMBING_KINDS = new Set(["ServiceAccount", "Service", "Secret", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"]);

/** Kinds of the objects a component without a chart creates, e.g. "Deployment×6, Gateway, VirtualService". */
function kindsOf(children: readonly ResourceRecord[]): string[] {
    const counts = new Map<string, number>();
    for (const r of children.filter((c) => c.custom && c.type.startsWith("kubernetes:") && c.type !== "kubernetes:core/v1:Namespace")) {
        const kind = r.type.split(":").at(-1) as string;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const kinds = [...counts].filter(([kind]) => !PLUMBING_KINDS.has(kind));
    return (kinds.length > 0 ? kinds : [...counts]).map(([kind, n]) => (n > 1 ? `${kind}×${n}` : kind));
}

/** Object types whose namespace is where a component runs (besides its charts'). */
const RUNNING_TYPES = new Set([COLLECTOR_TYPE, "kubernetes:apps/v1:Deployment", "kubernetes:batch/v1:Job"]);

/**
 * Where a component runs: its charts' and workloads' namespaces; for a component of other objects only, theirs. The
 * namespaces it merely touches (the mesh namespaces Istio labels, the Instrumentation in each) are not listed.
 */
function namespacesOf(children: readonly ResourceRecord[]): string[] {
    const namespaceOf = (r: ResourceRecord) => str(r.inputs.namespace) ?? str(field(r.inputs, "metadata", "namespace"));
    const running = children.filter((r) => HELM_TYPES.has(r.type) || RUNNING_TYPES.has(r.type));
    const names = (running.length > 0 ? running : children.filter((r) => r.type !== "kubernetes:core/v1:Namespace")).map(namespaceOf);
    return [...new Set(names.filter((n): n is string => n !== undefined))];
}

/** The sized workloads each component deploys, given what the document shows it deploys. */
function sizedComponentsOf(component: string, children: readonly ResourceRecord[]): SizedComponent[] {
    const charts = new Set(children.filter((c) => HELM_TYPES.has(c.type)).map((c) => str(c.inputs.chart)));
    switch (component) {
        case "CertManager":
            return ["certManager"];
        case "MetalLb":
            return ["metallbController", "metallbSpeaker"];
        case "IngressNginx":
            return ["ingressNginx"];
        case "IstioMesh":
            // waypoints are counted apart: one per mesh namespace
            return ["istiod", "istioGateway", ...(charts.has("cni") ? (["istioCni"] as const) : []), ...(charts.has("ztunnel") ? (["ztunnel"] as const) : [])];
        case "OpenTelemetry":
            // its collectors are read from their OpenTelemetryCollector objects (collectorWorkloads)
            return ["openTelemetryOperator"];
        case "Tempo": {
            if (!charts.has("tempo-distributed")) return ["tempo"];
            const chart = children.find((c) => str(c.inputs.chart) === "tempo-distributed");
            const generator = field(chart?.inputs, "values", "metricsGenerator", "enabled") !== false;
            return ["tempoDistributor", "tempoIngester", "tempoQuerier", "tempoQueryFrontend", "tempoCompactor", ...(generator ? (["tempoMetricsGenerator"] as const) : []), "tempoMemcached"];
        }
        case "KubePrometheusStack":
            return ["prometheus", "alertmanager", "grafana", "prometheusOperator", "kubeStateMetrics", "nodeExporter"];
        case "Kiali":
            return ["kiali"];
        case "Loki":
            return ["loki"];
        default:
            return [];
    }
}

function sizedLine(name: SizedComponent, sizing: Sizing, replicas?: number): WorkloadLine {
    const s = sizing[name];
    const perNode = FIXED_REPLICA_COMPONENTS.includes(name) && name !== "waypoint";
    return { name, replicas: replicas ?? (perNode ? 1 : s.replicas), perNode, cpu: s.requests.cpu, memory: s.requests.memory, ...(s.storage ? { storage: s.storage } : {}) };
}

/**
 * The collectors as their OpenTelemetryCollector objects run them: replicas (a DaemonSet: per node), requests, and
 * the queue's volume where there is one (the gateway tier in front of a sampling tier has none).
 */
function collectorWorkloads(children: readonly ResourceRecord[]): WorkloadLine[] {
    return children
        .filter((c) => c.type === COLLECTOR_TYPE)
        .map((c) => {
            const spec = field(c.inputs, "spec");
            const replicas = field(spec, "replicas");
            const storage = str(field(spec, "volumeClaimTemplates", "0", "spec", "resources", "requests", "storage"));
            return {
                name: str(field(c.inputs, "metadata", "name")) ?? c.name,
                replicas: typeof replicas === "number" ? replicas : 1,
                perNode: field(spec, "mode") === "daemonset",
                cpu: str(field(spec, "resources", "requests", "cpu")) ?? "0",
                memory: str(field(spec, "resources", "requests", "memory")) ?? "0",
                ...(storage ? { storage } : {}),
            };
        });
}

/** Workloads of the unsized components, read from their objects: Deployments (replicas × containers) and Jobs. */
function objectWorkloads(children: readonly ResourceRecord[]): WorkloadLine[] {
    return children
        .filter((r) => r.type === "kubernetes:apps/v1:Deployment" || r.type === "kubernetes:batch/v1:Job")
        .map((r) => {
            const containers = (field(r.inputs, "spec", "template", "spec", "containers") ?? []) as { resources?: { requests?: { cpu?: string; memory?: string } } }[];
            const sum = (key: "cpu" | "memory") => containers.reduce((total, c) => total + (parseQuantity(c.resources?.requests?.[key] ?? "0") ?? 0), 0);
            const replicas = typeof field(r.inputs, "spec", "replicas") === "number" ? (field(r.inputs, "spec", "replicas") as number) : 1;
            return { name: str(field(r.inputs, "metadata", "name")) ?? r.name, replicas, perNode: false, cpu: formatCpu(sum("cpu")), memory: formatBytes(sum("memory")) };
        });
}

function modeOf(component: string, config: StackConfig, children: readonly ResourceRecord[]): string {
    switch (component) {
        case "IstioMesh": {
            // the namespaces it enrols: labelled for sidecar injection, or for ambient's data plane
            const enrolled = children
                .filter((c) => c.type === "kubernetes:core/v1:Namespace")
                .filter((c) => Object.keys((field(c.inputs, "metadata", "labels") ?? {}) as Inputs).some((l) => l === "istio-injection" || l === "istio.io/dataplane-mode"))
                .map((c) => str(field(c.inputs, "metadata", "name")));
            return `${config.meshMode}, mTLS ${config.mtls}${enrolled.length > 0 ? `, mesh namespaces ${enrolled.join(", ")}` : ""}`;
        }
        case "Bookinfo":
            return config.meshMode;
        case "Tempo":
            return `${config.tempo.mode}, ${config.tempo.storage.backend} storage, retention ${config.tempo.retention}`;
        case "OpenTelemetry":
        case "LogShipping": {
            const modes = children.filter((c) => c.type === COLLECTOR_TYPE).map((c) => `${str(field(c.inputs, "metadata", "name"))}: ${str(field(c.inputs, "spec", "mode"))}`);
            return [...modes, ...(component === "OpenTelemetry" && config.tailSampling.enabled ? ["tail sampling"] : [])].join(", ");
        }
        case "KubePrometheusStack":
            return `retention ${config.prometheus.retention}`;
        case "Loki":
            return `single binary, logs kept ${config.tempo.retention}`;
        default:
            return "";
    }
}

function endpointsOf(component: string, config: StackConfig, outputs: Inputs): string[] {
    const out = (...path: string[]) => str(field(outputs, ...path));
    const listed = (...values: (string | undefined)[]) => values.filter((v): v is string => v !== undefined && v !== "");
    switch (component) {
        case "IstioMesh":
            return listed(out("ingressGateway", "service"), out("ingressGateway", "address"));
        case "OpenTelemetry":
            return listed(out("otlpEndpoints", "grpc"), out("otlpEndpoints", "http"));
        case "Tempo":
            return [tempoEndpoints(config.tempo.mode).queryUrl];
        case "KubePrometheusStack":
            return listed(out("grafana", "url") && `Grafana ${out("grafana", "url")}`, out("prometheus", "url") && `Prometheus ${out("prometheus", "url")}`);
        case "Kiali":
            return listed(out("kiali", "url"));
        case "Loki":
            return listed(out("logs", "otlpEndpoint"));
        case "MetalLb":
            return [...config.loadBalancerAddresses];
        case "Bookinfo":
            return listed(out("demo", "url"));
        case "TraceCheck":
            return listed(out("traceCheck", "verdict"));
        default:
            return [];
    }
}

function totalsOf(components: readonly ComponentSummary[]): Totals {
    let cpu = 0;
    let memory = 0;
    let storage = 0;
    for (const w of components.flatMap((c) => c.workloads)) {
        cpu += w.replicas * (parseQuantity(w.cpu) ?? 0);
        memory += w.replicas * (parseQuantity(w.memory) ?? 0);
        storage += w.replicas * (parseQuantity(w.storage ?? "0") ?? 0);
    }
    return { cpu, memory, storage };
}

/** The summary of a synthesised stack, with the config it was synthesised from. */
export function summarize(state: DesiredState, config: StackConfig): StackSummary {
    const stackUrn = state.resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn;
    const top = state.resources.filter((r) => !r.custom && r.parent === stackUrn && r.type.startsWith(`${state.project}:`));
    const children = descendantsOf(state, top);
    const components = top.map((resource): ComponentSummary => {
        const component = resource.type.split(":").at(-1) as string;
        const mine = children.get(resource.urn) ?? [];
        const waypoints = mine.filter((c) => c.type === WAYPOINT_TYPE && field(c.inputs, "spec", "gatewayClassName") === "istio-waypoint").length;
        const sized = sizedComponentsOf(component, mine).map((name) => sizedLine(name, config.sizing.components));
        const charts = chartsOf(mine);
        return {
            component,
            charts: charts.length > 0 ? charts : kindsOf(mine),
            namespaces: namespacesOf(mine),
            mode: modeOf(component, config, mine),
            workloads: [
                ...sized,
                ...collectorWorkloads(mine),
                ...(waypoints > 0 ? [sizedLine("waypoint", config.sizing.components, waypoints)] : []),
                ...(sized.length === 0 ? objectWorkloads(mine) : []),
            ],
            endpoints: endpointsOf(component, config, state.outputs),
            platform: !GUESTS.has(component),
        };
    });
    return {
        stack: state.stack,
        meshMode: config.meshMode,
        sizingProfile: config.sizing.profile,
        resources: state.resources.length,
        components,
        platformTotals: totalsOf(components.filter((c) => c.platform)),
        guestTotals: totalsOf(components.filter((c) => !c.platform)),
    };
}

// ---- text ----

export function formatCpu(cores: number): string {
    return cores < 1 ? `${Math.round(cores * 1000)}m` : `${Number(cores.toFixed(2))}`;
}

export function formatBytes(bytes: number): string {
    const gib = bytes / 2 ** 30;
    return gib >= 1 ? `${Number(gib.toFixed(2))}Gi` : `${Math.round(bytes / 2 ** 20)}Mi`;
}

function workloadText(w: WorkloadLine): string {
    const count = w.perNode ? "per node " : `${w.replicas}×`;
    return `${w.name} ${count}${w.cpu}/${w.memory}${w.storage ? `+${w.storage}` : ""}`;
}

/** In-cluster URLs without the cluster domain: `<service>.<namespace>.svc` resolves the same in every pod. */
const shortHost = (endpoint: string) => endpoint.replace(".svc.cluster.local", ".svc");

function totalsText(t: Totals): string {
    return `${formatCpu(t.cpu)} CPU, ${formatBytes(t.memory)} memory requested, ${formatBytes(t.storage)} of volumes`;
}

/** One line per component: name, charts, namespaces (aligned), then mode, workloads and endpoints, separated by " | ". */
export function formatSummary(summary: StackSummary): string {
    const rows = summary.components.map((c) => [
        c.component,
        c.charts.join(", ") || "-",
        c.namespaces.join(", ") || "-",
        c.mode || "-",
        c.workloads.map(workloadText).join(", ") || "-",
        c.endpoints.map(shortHost).join(", ") || "-",
    ]);
    const header = ["component", "chart / objects", "namespace", "mode", "replicas×cpu/memory+volume", "endpoints"];
    const aligned = 3;
    const widths = header.slice(0, aligned).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => [cells.slice(0, aligned).map((cell, i) => cell.padEnd(widths[i])).join("  "), ...cells.slice(aligned)].join(" | ");
    const guests = summary.components.filter((c) => !c.platform).map((c) => c.component);
    return [
        `stack ${summary.stack}: ${summary.meshMode} mesh, sizing profile ${summary.sizingProfile}, ${summary.components.length} components, ${summary.resources} resources`,
        "",
        line(header),
        ...rows.map(line),
        "",
        `totals, the platform: ${totalsText(summary.platformTotals)}`,
        ...(guests.length > 0 ? [`  ${[guests.slice(0, -1).join(", "), guests.at(-1)].filter(Boolean).join(" and ")} add: ${totalsText(summary.guestTotals)}`] : []),
        "  (DaemonSets counted once, for one node; the charts' helper containers, which have small fixed requests — config",
        "  reloaders, Grafana's sidecars, cert-manager's webhook and cainjector — are not counted)",
    ].join("\n");
}
