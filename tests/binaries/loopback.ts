// The ONE place where a generated collector config is changed so that it runs on this machine instead of in a cluster,
// and the pod environment the kubelet would fill is given values. Only what the cluster's world provides is replaced:
//   listen       a receiver's or the metrics endpoint's `0.0.0.0:<port>` → a reserved loopback address (the pod's IP)
//   service      a cluster Service address in an exporter endpoint → the loopback address of the test's stand-in or binary
//   directory    a volume's mount path (file_storage, /var/log/pods) → a folder of the test (the pod's volumes)
//   resolver     load_balancing's `k8s` resolver (EndpointSlices from the API server) → `static` with the replicas' addresses
//   k8s_attributes (pod metadata from the API server) → `transform/k8s_attributes` setting the attributes the test names,
//                at the same place in every pipeline
//   env          spec.env's fieldRef/secretKeyRef values (POD_NAME, K8S_NODE_NAME) → values the test names
// and, for Prometheus scraping a collector through the program's ServiceMonitor:
//   discovery    the ServiceMonitor's Kubernetes service discovery (Endpoints of the selected Services) → a static
//                target on loopback with the labels prometheus-operator's relabeling gives it
//   interval     the scrape and rule-evaluation interval (kube-prometheus-stack: 30 s) → what the test names (1 s),
//                so a test waits seconds, not minutes; no rule's `for:` or range is changed
// Every change is returned; the tests assert the list, so a test cannot quietly run a different pipeline. After the
// rewrite, undoing the listed changes must give back the generated config exactly (checked here), and no string may
// still name a cluster address or a non-loopback host (checked here).
import { isDeepStrictEqual } from "node:util";
import { monitoringEndpoints } from "../../components/kube-prometheus-stack.ts";
import { lokiEndpoints } from "../../components/loki.ts";
import { tempoEndpoints } from "../../components/tempo.ts";
import { type Endpoint, hostPort, reservePort } from "./ports.ts";

type Tree = Record<string, unknown>;
type Path = readonly (string | number)[];

/** One substitution: where, what the generated config had, what the test runs, and which kind it is. */
export interface Change {
    readonly kind: "listen" | "service" | "directory" | "resolver" | "k8s_attributes" | "env" | "discovery" | "interval";
    /** Dotted path in the config (`env.<NAME>` for the environment). */
    readonly at: string;
    readonly from: unknown;
    readonly to: unknown;
}

/** The pod metadata the stand-in for k8s_attributes sets on records whose resource attribute `match` has `value`. */
export interface PodMetadata {
    readonly match: { readonly attribute: string; readonly value: string };
    readonly set: Readonly<Record<string, string>>;
}

export interface LoopbackWorld {
    /** The collector's own address (its pod IP), 127.0.0.x: every listen address moves here, each port reserved anew. */
    readonly host: string;
    /** Cluster addresses (`host:port`, as the config names them) → the loopback endpoint serving them in the test. */
    readonly services?: Readonly<Record<string, Endpoint>>;
    /** Mount paths (volume, hostPath) → local folders. */
    readonly directories?: Readonly<Record<string, string>>;
    /** The sampling tier's replicas, for load_balancing's static resolver. */
    readonly samplingReplicas?: readonly Endpoint[];
    /** What k8s_attributes would have looked up; required when the config has k8s_attributes. */
    readonly podMetadata?: readonly PodMetadata[];
    /** Values of spec.env entries the kubelet fills (fieldRef, secretKeyRef), by variable name. */
    readonly env?: Readonly<Record<string, string>>;
}

export interface EnvVar {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: unknown;
}

export interface OnLoopback {
    readonly config: Tree;
    readonly env: Record<string, string>;
    readonly changes: readonly Change[];
    /** Where the generated config's listen port `port` (4317, 4318, 8888…) now listens. */
    listen(port: number): Endpoint;
}

const K8S_ATTRIBUTES = "k8s_attributes";
export const K8S_ATTRIBUTES_STAND_IN = "transform/k8s_attributes";

const at = (path: Path) => path.join(".");

function getIn(tree: unknown, path: Path): unknown {
    let node = tree;
    for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
    return node;
}

function setIn(tree: unknown, path: Path, value: unknown): void {
    const parent = getIn(tree, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (value === undefined) delete parent[key];
    else parent[key] = value;
}

/** Every string leaf with its path. */
function leaves(node: unknown, path: Path = []): [Path, string][] {
    if (typeof node === "string") return [[path, node]];
    if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, [...path, i]));
    if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [];
}

/** `host:port` of an exporter endpoint (`http://h:p/path`, `h:p`, gRPC's `dns:///h:p` with its empty DNS authority). */
function authorityOf(endpoint: string): string {
    const m = /^(?:dns:\/\/\/|[a-z]+:\/\/)?([^/]+)/.exec(endpoint);
    return m ? m[1] : endpoint;
}

/** The backends' cluster addresses as the program writes them into exporter endpoints (`host:port`). */
export const CLUSTER_ADDRESSES = {
    /** Tempo's OTLP/gRPC ingest: the single binary (dev) and the distributor (prod). */
    tempo: [authorityOf(tempoEndpoints("monolithic").otlpGrpcAddress), authorityOf(tempoEndpoints("distributed").otlpGrpcAddress)],
    loki: authorityOf(lokiEndpoints().otlpUrl),
    prometheus: authorityOf(monitoringEndpoints().otlpUrl),
} as const;

/** `services` for LoopbackWorld: where the test serves Tempo's, Loki's and Prometheus' ingest. */
export function backendsAt(at: { readonly tempo: Endpoint; readonly loki: Endpoint; readonly prometheus: Endpoint }): Record<string, Endpoint> {
    return {
        ...Object.fromEntries(CLUSTER_ADDRESSES.tempo.map((a) => [a, at.tempo])),
        [CLUSTER_ADDRESSES.loki]: at.loki,
        [CLUSTER_ADDRESSES.prometheus]: at.prometheus,
    };
}

const LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Rewrites one generated collector config (spec.config) and its spec.env for the loopback world. */
export async function toLoopback(spec: { readonly config: unknown; readonly env?: readonly EnvVar[] }, world: LoopbackWorld): Promise<OnLoopback> {
    if (!LOOPBACK.test(world.host)) throw new Error(`${world.host}: a collector listens on loopback only`);
    const original = spec.config as Tree;
    const config = structuredClone(original);
    const changes: Change[] = [];
    const record = (kind: Change["kind"], path: Path, to: unknown) => {
        changes.push({ kind, at: at(path), from: structuredClone(getIn(config, path)), to });
        setIn(config, path, to);
    };
    const listening = new Map<number, Endpoint>();

    // listen: receivers' endpoints and the collector's own metrics reader
    for (const [path, value] of leaves(config.receivers, ["receivers"])) {
        const m = /^0\.0\.0\.0:(\d+)$/.exec(value);
        if (!m || path[path.length - 1] !== "endpoint") continue;
        const to = await reservePort(world.host);
        listening.set(Number(m[1]), to);
        record("listen", path, hostPort(to));
    }
    const readers = (getIn(config, ["service", "telemetry", "metrics", "readers"]) ?? []) as unknown[];
    for (const [i, reader] of readers.entries()) {
        const base = ["service", "telemetry", "metrics", "readers", i, "pull", "exporter", "prometheus"];
        const prometheus = getIn(reader, base.slice(5)) as { host?: string; port?: number } | undefined;
        if (!prometheus) continue;
        const to = await reservePort(world.host);
        listening.set(prometheus.port ?? 8888, to);
        record("listen", [...base, "host"], to.host);
        record("listen", [...base, "port"], to.port);
    }

    // service: exporters' endpoints
    for (const [id, exporter] of Object.entries((config.exporters ?? {}) as Tree)) {
        const endpoint = (exporter as Tree).endpoint;
        if (typeof endpoint !== "string") continue;
        const authority = authorityOf(endpoint);
        const to = world.services?.[authority];
        if (!to) throw new Error(`exporters.${id}.endpoint names ${authority}: the test gives no loopback address for it (LoopbackWorld.services)`);
        record("service", ["exporters", id, "endpoint"], endpoint.replace(authority, hostPort(to)));
    }

    // directory: mount paths in any string (file_storage directories, file_log include/exclude)
    for (const [from, to] of Object.entries(world.directories ?? {})) {
        for (const [path, value] of leaves(config)) {
            if (value === from || value.startsWith(`${from}/`)) record("directory", path, to + value.slice(from.length));
        }
    }

    // the cluster's volumes are never this machine's folders: every storage directory must have been given one above
    for (const [id, extension] of Object.entries((config.extensions ?? {}) as Tree)) {
        const directory = (extension as Tree | null)?.directory;
        if (typeof directory === "string" && !Object.values(world.directories ?? {}).some((to) => directory === to || directory.startsWith(`${to}/`))) {
            throw new Error(`extensions.${id}.directory is ${directory}, a volume in the cluster: the test gives no folder for it (LoopbackWorld.directories)`);
        }
    }

    // resolver: load_balancing's k8s resolver
    for (const [id, exporter] of Object.entries((config.exporters ?? {}) as Tree)) {
        const resolver = (exporter as Tree).resolver as Tree | undefined;
        if (!resolver?.k8s) continue;
        if (!world.samplingReplicas?.length) throw new Error(`exporters.${id} resolves its backends through the API server: the test names no sampling replicas`);
        record("resolver", ["exporters", id, "resolver"], { static: { hostnames: world.samplingReplicas.map(hostPort) } });
    }

    // k8s_attributes: the API server's pod metadata → the attributes the test sets, where the processor was
    const processors = (config.processors ?? {}) as Tree;
    if (K8S_ATTRIBUTES in processors) {
        if (!world.podMetadata) throw new Error("the config has k8s_attributes: the test names the pod metadata it stands for (LoopbackWorld.podMetadata)");
        const pipelines = getIn(config, ["service", "pipelines"]) as Record<string, { processors?: string[] }>;
        const signals = new Set(Object.entries(pipelines).filter(([, p]) => p.processors?.includes(K8S_ATTRIBUTES)).map(([id]) => id.split("/")[0]));
        const statements = world.podMetadata.flatMap((pod) =>
            Object.entries(pod.set).map(([k, v]) => `set(resource.attributes[${JSON.stringify(k)}], ${JSON.stringify(v)}) where resource.attributes[${JSON.stringify(pod.match.attribute)}] == ${JSON.stringify(pod.match.value)}`),
        );
        const key = { traces: "trace_statements", metrics: "metric_statements", logs: "log_statements" } as Record<string, string>;
        const standIn = { error_mode: "propagate", ...Object.fromEntries([...signals].sort().map((s) => [key[s], statements])) };
        record("k8s_attributes", ["processors", K8S_ATTRIBUTES], undefined);
        record("k8s_attributes", ["processors", K8S_ATTRIBUTES_STAND_IN], standIn);
        for (const [id, pipeline] of Object.entries(pipelines)) {
            const i = pipeline.processors?.indexOf(K8S_ATTRIBUTES) ?? -1;
            if (i >= 0) record("k8s_attributes", ["service", "pipelines", id, "processors", i], K8S_ATTRIBUTES_STAND_IN);
        }
    }

    // env: what the kubelet fills from fieldRef / secretKeyRef
    const env: Record<string, string> = {};
    for (const v of spec.env ?? []) {
        if (v.value !== undefined) {
            env[v.name] = v.value;
            continue;
        }
        const value = world.env?.[v.name];
        if (value === undefined) throw new Error(`spec.env ${v.name} comes from ${JSON.stringify(v.valueFrom)}: the test names no value for it (LoopbackWorld.env)`);
        env[v.name] = value;
        changes.push({ kind: "env", at: `env.${v.name}`, from: v.valueFrom, to: value });
    }

    assertOnlyListed(original, config, changes);
    assertLoopbackOnly(config);
    return {
        config,
        env,
        changes,
        listen(port: number) {
            const e = listening.get(port);
            if (!e) throw new Error(`the generated config listens on no port ${port} (it listens on ${[...listening.keys()].join(", ")})`);
            return e;
        },
    };
}

/** Undoing every listed change must give back the generated config exactly: nothing else was touched. */
function assertOnlyListed(original: Tree, rewritten: Tree, changes: readonly Change[]): void {
    const undone = structuredClone(rewritten);
    for (const c of [...changes].reverse()) {
        if (c.kind === "env") continue;
        const path = c.at.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        // component ids may contain dots? they do not in our configs; a dotted id would make this path ambiguous
        setIn(undone, path, structuredClone(c.from));
    }
    if (!isDeepStrictEqual(undone, original)) throw new Error("loopback rewrite changed more than it lists (undoing the listed changes does not give back the generated config)");
}

/** No string of the running config names a cluster address, an unspecified address or a host off loopback. */
function assertLoopbackOnly(config: Tree): void {
    for (const [path, value] of leaves(config)) {
        if (/svc\.cluster\.local|0\.0\.0\.0/.test(value)) throw new Error(`${at(path)} = ${value}: not on loopback`);
        const url = /^[a-z]+:\/\/([^/:]+)/.exec(value);
        if (url && !LOOPBACK.test(url[1])) throw new Error(`${at(path)} = ${value}: not on loopback`);
        if (path[path.length - 1] === "endpoint" && !LOOPBACK.test(authorityOf(value).split(":")[0])) throw new Error(`${at(path)} = ${value}: not on loopback`);
    }
}

/** The changes as one line each, for assertion messages and the report. */
export const describeChanges = (changes: readonly Change[]) => changes.map((c) => `${c.kind} ${c.at}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`);

/** A pod behind a Service the ServiceMonitor selects, as Kubernetes would list it. */
export interface MonitoredPod {
    /** Where its metrics port listens here. */
    readonly at: Endpoint;
    /** The Service's name (the operator names a collector's `<cr>-collector-monitoring`). */
    readonly service: string;
    readonly pod: string;
    readonly container: string;
}

export interface ScrapeOnLoopback {
    readonly scrapeConfig: Record<string, unknown>;
    /** prometheus.yml's `global`: the rules evaluated at the same interval. */
    readonly global: Record<string, unknown>;
    readonly changes: readonly Change[];
}

interface ServiceMonitorLike {
    readonly metadata: { readonly name: string; readonly namespace: string };
    readonly spec: { readonly namespaceSelector: { readonly matchNames: readonly string[] }; readonly endpoints: readonly { readonly port: string; readonly interval?: string }[] };
}

/**
 * The scrape job prometheus-operator makes of a ServiceMonitor's first endpoint (pkg/prometheus/promcfg.go,
 * generateServiceMonitorConfig: job `serviceMonitor/<ns>/<name>/0`; target labels namespace, service, pod, container,
 * endpoint (the port's name) and job (the Service's name, no jobLabel set)), with Kubernetes discovery replaced by the
 * pods the test runs, and the interval the test names.
 */
export function serviceMonitorOnLoopback(monitor: ServiceMonitorLike, pods: readonly MonitoredPod[], interval: string): ScrapeOnLoopback {
    const endpoint = monitor.spec.endpoints[0];
    const namespace = monitor.spec.namespaceSelector.matchNames[0];
    for (const p of pods) if (!LOOPBACK.test(p.at.host)) throw new Error(`${hostPort(p.at)}: not on loopback`);
    const staticConfigs = pods.map((p) => ({
        targets: [hostPort(p.at)],
        labels: { namespace, service: p.service, pod: p.pod, container: p.container, endpoint: endpoint.port, job: p.service },
    }));
    const job = `serviceMonitor/${monitor.metadata.namespace}/${monitor.metadata.name}/0`;
    return {
        scrapeConfig: { job_name: job, scrape_interval: interval, static_configs: staticConfigs },
        global: { scrape_interval: interval, evaluation_interval: interval },
        changes: [
            { kind: "interval", at: "global.evaluation_interval", from: "30s (kube-prometheus-stack's default)", to: interval },
            { kind: "discovery", at: `${job}.kubernetes_sd_configs`, from: { role: "endpoints", namespaces: [namespace], port: endpoint.port }, to: staticConfigs },
            { kind: "interval", at: `${job}.scrape_interval`, from: endpoint.interval ?? "30s (kube-prometheus-stack's default)", to: interval },
        ],
    };
}
