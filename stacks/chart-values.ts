// The `chartValues` escape hatch, checked: every key path against the pinned chart's own value keys (the
// generated index stacks/chart-keys.json, see scripts/generate-chart-keys.ts), and no key the platform itself
// sets, as its values builders produce them for this stack (a few declared platform defaults stay tunable).
import * as fs from "node:fs";
import { CERT_MANAGER_CHART, certManagerSizingValues, certManagerValues } from "../components/cert-manager.ts";
import { type ChartRef, mergeValues, type Values } from "../components/helm.ts";
import { INGRESS_NGINX_CHART, ingressNginxValues } from "../components/ingress-nginx.ts";
import { GATEWAY_SELECTOR } from "../components/istio/index.ts";
import { cniValues, gatewayValues, istiodSizingValues, istiodValues, kubernetesIngressValues, ztunnelValues } from "../components/istio/values.ts";
import { ISTIO_CHARTS } from "../components/istio/version.ts";
import { kialiPublicValues, KIALI_SERVER_CHART, kialiSizingValues, kialiValues } from "../components/kiali.ts";
import {
    GRAFANA_ADMIN_SECRET,
    KUBE_PROMETHEUS_STACK_CHART,
    kubePrometheusStackValues,
    monitoringEndpoints,
    monitoringSizingOf,
    monitoringSizingValues,
    PROMETHEUS_SELECTOR_LABELS,
    publicUrlValues,
} from "../components/kube-prometheus-stack.ts";
import { LOKI_CHART, lokiChartValues, logStoreApi } from "../components/loki.ts";
import { fixedAddressAnnotations, METALLB_CHART, metalLbValues } from "../components/metallb.ts";
import { collectorEndpoints, OPENTELEMETRY_OPERATOR_CHART, operatorValues } from "../components/opentelemetry.ts";
import { samplingPolicy } from "../components/sampling.ts";
import { OTLP_TRANSLATION_STRATEGY } from "../components/tail-sampling.ts";
import { serviceMonitorValues, TEMPO_CHART, TEMPO_DISTRIBUTED_CHART, tempoChart, tempoEndpoints, tempoSizingOf, tempoValues } from "../components/tempo.ts";
import type { ChartValueTarget, StackConfig } from "./config.ts";
import { ISTIO_INGRESS_CLASS, uiHosts } from "../components/ui/index.ts";
import { kialiLinks, uiPublicUrls } from "./platform.ts";
import { closestKey, parseGoDuration } from "./validators.ts";

/** Every chart the platform can install, at its pinned version: what the key index covers. */
export const PINNED_CHARTS: readonly ChartRef[] = [
    CERT_MANAGER_CHART,
    METALLB_CHART,
    INGRESS_NGINX_CHART,
    ...Object.values(ISTIO_CHARTS),
    OPENTELEMETRY_OPERATOR_CHART,
    TEMPO_CHART,
    TEMPO_DISTRIBUTED_CHART,
    KUBE_PROMETHEUS_STACK_CHART,
    KIALI_SERVER_CHART,
    LOKI_CHART,
];

/**
 * Pinned charts the reference data (../shared/charts) has no values for: their keys are indexed from the chart's own
 * release instead (loki 18.11.0: values.yaml of grafana-community/helm-charts tag loki-18.11.0), into
 * stacks/chart-keys.own.json, by `npm run generate:chart-keys -- <charts-dir> --own`. check-upstream's comparison
 * with the reference data covers the others.
 */
export const OWN_SOURCE_CHARTS: readonly ChartRef[] = [LOKI_CHART];

/** The chart each `chartValues` target goes to in this stack (Tempo's depends on `tempo.mode`). */
export function chartOf(target: ChartValueTarget, config: Pick<StackConfig, "tempo">): ChartRef {
    const charts: Record<ChartValueTarget, ChartRef> = {
        certManager: CERT_MANAGER_CHART,
        metallb: METALLB_CHART,
        ingressNginx: INGRESS_NGINX_CHART,
        istioBase: ISTIO_CHARTS.base,
        istiod: ISTIO_CHARTS.istiod,
        istioGateway: ISTIO_CHARTS.gateway,
        istioCni: ISTIO_CHARTS.cni,
        ztunnel: ISTIO_CHARTS.ztunnel,
        openTelemetryOperator: OPENTELEMETRY_OPERATOR_CHART,
        tempo: tempoChart(config.tempo.mode),
        kubePrometheusStack: KUBE_PROMETHEUS_STACK_CHART,
        kiali: KIALI_SERVER_CHART,
        loki: LOKI_CHART,
    };
    return charts[target];
}

/** A chart's value keys: 0 where anything is accepted (free-form), else the keys allowed at that level. */
export type KeyNode = 0 | { readonly [key: string]: KeyNode };

export interface ChartKeyEntry {
    readonly chart: string;
    readonly version: string;
    readonly repo: string;
    /** The files the keys were read from, relative to the charts folder the generator was given. */
    readonly sources: readonly string[];
    /** Root keys whose contents the chart copies to its root (Istio's `pilot.*`, `cni.*`). */
    readonly aliases?: readonly string[];
    /** Names that values.yaml has only in commented-out lines (and nowhere as a key): a hint for the message. */
    readonly commented?: readonly string[];
    readonly keys: KeyNode;
}

export interface ChartKeyIndex {
    readonly "//": string;
    /** By `chartKeyId`. */
    readonly charts: Readonly<Record<string, ChartKeyEntry>>;
}

export const chartKeyId = (ref: Pick<ChartRef, "chart" | "version">) => `${ref.chart}@${ref.version}`;

let loaded: ChartKeyIndex | undefined;
/** The committed index, the reference charts' and the own-source ones' together (read once, when first needed). */
export function chartKeyIndex(): ChartKeyIndex {
    const read = (file: string) => JSON.parse(fs.readFileSync(new URL(file, import.meta.url), "utf8")) as ChartKeyIndex;
    if (!loaded) {
        const [reference, own] = [read("./chart-keys.json"), read("./chart-keys.own.json")];
        loaded = { "//": reference["//"], charts: { ...reference.charts, ...own.charts } };
    }
    return loaded;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A key path as users write it: dotted, keys with dots, slashes or spaces quoted (`grafana."grafana.ini".server`). */
export function showPath(path: readonly string[]): string {
    return path.map((key) => (/^[\w-]+$/.test(key) ? key : JSON.stringify(key))).join(".");
}

export interface UnknownKey {
    readonly path: readonly string[];
    /** The likely intended key at the same level. */
    readonly suggestion?: string;
    /** The keys allowed at that level, when there are few. */
    readonly known?: readonly string[];
}

/** Every key path of `values` the chart does not have, in document order. */
export function unknownKeys(entry: ChartKeyEntry, values: Values): UnknownKey[] {
    const found: UnknownKey[] = [];
    const walk = (value: unknown, node: KeyNode, path: string[]): void => {
        if (node === 0 || !isMap(value)) return;
        const atRoot = path.length === 0;
        for (const [key, child] of Object.entries(value)) {
            if (atRoot && entry.aliases?.includes(key)) {
                walk(child, entry.keys, [key]);
                continue;
            }
            if (Object.hasOwn(node, key)) {
                walk(child, node[key], [...path, key]);
                continue;
            }
            const candidates = [...Object.keys(node), ...(atRoot ? (entry.aliases ?? []) : [])];
            const suggestion = closestKey(key, candidates);
            found.push({ path: [...path, key], ...(suggestion ? { suggestion } : candidates.length <= 12 ? { known: candidates } : {}) });
        }
    };
    walk(values, entry.keys, []);
    return found;
}

/**
 * The values the platform's builders produce for each chart of this stack, exactly as the components get them
 * from stacks/platform.ts (the tests compare them with the synthesised document in several variants, so a change
 * there that is not made here fails). Charts the stack does not install are left out.
 */
export function platformChartValues(config: StackConfig): Partial<Record<ChartValueTarget, Values>> {
    const collector = collectorEndpoints();
    const monitoringAt = monitoringEndpoints();
    const ambient = config.meshMode === "ambient";
    const size = config.sizing.components;
    const sampling = samplingPolicy(config.samplingPercent, config.tailSampling);
    return {
        certManager: mergeValues(certManagerValues(), certManagerSizingValues(size.certManager)),
        ...(config.loadBalancerAddresses.length > 0 ? { metallb: metalLbValues(size.metallbController, size.metallbSpeaker) } : {}),
        ...(config.ingressNginx ? { ingressNginx: ingressNginxValues(collector, sampling.headPercent, config.meshMode, size.ingressNginx, undefined, fixedAddressAnnotations(config.entryPointAddresses.ingressNginx)) } : {}),
        istioBase: {},
        istiod: mergeValues(
            istiodValues(config.meshMode, config.clusterPlatform, collector, sampling.headPercent),
            istiodSizingValues(size.istiod, size.waypoint),
            kubernetesIngressValues(config.ui?.issuer.kind === "acme" ? ISTIO_INGRESS_CLASS : undefined, GATEWAY_SELECTOR),
        ),
        istioGateway: gatewayValues(size.istioGateway, GATEWAY_SELECTOR, fixedAddressAnnotations(config.entryPointAddresses.istioGateway), config.meshMode),
        ...(ambient ? { istioCni: cniValues(config.clusterPlatform, size.istioCni), ztunnel: ztunnelValues(config.clusterPlatform, size.ztunnel) } : {}),
        openTelemetryOperator: operatorValues(size.openTelemetryOperator),
        tempo: mergeValues(
            tempoValues(config.tempo, monitoringAt.remoteWriteUrl, config.objectStorageCredentials !== undefined, tempoSizingOf(size), !sampling.tail),
            serviceMonitorValues(config.tempo.mode, PROMETHEUS_SELECTOR_LABELS),
        ),
        kubePrometheusStack: mergeValues(
            kubePrometheusStackValues({
                tempo: tempoEndpoints(config.tempo.mode),
                grafanaAdminSecret: GRAFANA_ADMIN_SECRET,
                retention: config.prometheus.retention,
                includeZtunnelDashboard: ambient,
                ...(sampling.tail ? { otlpTranslationStrategy: OTLP_TRANSLATION_STRATEGY } : {}),
                logs: logStoreApi(config.logs),
            }),
            monitoringSizingValues(monitoringSizingOf(size)),
            publicUrlValues(uiPublicUrls(config)),
        ),
        kiali: mergeValues(kialiValues(kialiLinks(config)), kialiSizingValues(size.kiali), kialiPublicValues(config.ui ? uiHosts(config.ui.domain).kiali : undefined)),
        ...(config.logs.backend === "loki"
            ? {
                  loki: lokiChartValues({
                      storage: { tempo: config.tempo.storage, bucket: config.logs.bucket, schemaPeriods: config.logs.schemaPeriods },
                      retentionSeconds: parseGoDuration(config.tempo.retention) ?? 0,
                      staticKeys: config.objectStorageCredentials !== undefined,
                      sizing: size.loki,
                      load: config.sizing.load,
                      serviceMonitorLabels: PROMETHEUS_SELECTOR_LABELS,
                  }),
              }
            : {}),
    };
}

/**
 * Keys the platform sets that stay open to `chartValues`: its sizing and presentation defaults, which no other
 * part of the stack reads. Every other key the builders produce is owned: an override would break a link, an
 * output or a typed option (Grafana's admin Secret, the Tempo datasource, the collector address, the sampling
 * rate, Tempo's storage…). tests/chart-values.test.ts checks that each entry is a key the platform really sets.
 */
export const TUNABLE_PLATFORM_KEYS: Readonly<Partial<Record<ChartValueTarget, readonly (readonly string[])[]>>> = {
    // NodePort or ClusterIP where no load balancer hands out addresses
    ingressNginx: [["controller", "service", "type"]],
    istioGateway: [["service", "type"]],
    // access logs cost volume: turn them off or change their format
    istiod: [["meshConfig", "accessLogFile"], ["meshConfig", "accessLogEncoding"], ["meshConfig", "accessLogFormat"]],
    // Istio's dashboards, fetched from GitHub: drop them on air-gapped clusters
    kubePrometheusStack: [["grafana", "dashboards"], ["grafana", "dashboardProviders"]],
};

/** Leaf paths of a values tree: where a scalar, a list, null or an empty map sits. */
function leaves(values: unknown, path: string[] = []): { path: string[]; value: unknown }[] {
    if (!isMap(values) || (Object.keys(values).length === 0 && path.length > 0)) return [{ path, value: values }];
    return Object.entries(values).flatMap(([key, value]) => leaves(value, [...path, key]));
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

export interface OwnedKeyOverride {
    /** The path `chartValues` sets. */
    readonly path: readonly string[];
    /** The platform-owned leaves it would replace, with the platform's values. */
    readonly owned: readonly { readonly path: readonly string[]; readonly value: unknown }[];
}

/**
 * Where `user` would override a key the platform owns in `platform` (tunable keys excepted). `aliases` are root
 * keys whose contents the chart copies to its root (`pilot.traceSampling` is `traceSampling`).
 */
export function ownedKeyOverrides(
    platform: Values,
    user: Values,
    tunable: readonly (readonly string[])[] = [],
    aliases: readonly string[] = [],
): OwnedKeyOverride[] {
    const owned = leaves(platform).filter((leaf) => !tunable.some((t) => startsWith(leaf.path, t)));
    const found: OwnedKeyOverride[] = [];
    for (const set of leaves(user)) {
        // an empty map merges nothing
        if (isMap(set.value) && Object.keys(set.value).length === 0) continue;
        const at = aliases.includes(set.path[0]) ? set.path.slice(1) : set.path;
        const replaced = owned.filter(
            // the user replaces the leaf or a map above it, or sets keys inside a leaf that is not a map
            (leaf) => startsWith(leaf.path, at) || (startsWith(at, leaf.path) && !isMap(leaf.value)),
        );
        if (replaced.length > 0) found.push({ path: set.path, owned: replaced });
    }
    return found;
}

/** A problem with one `chartValues` key: the key after `chartValues.` and what is wrong. */
export interface ChartValuesProblem {
    readonly key: string;
    readonly message: string;
}

const brief = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Stack options whose value flows into chart values: a key that changes with one names the option to set instead. */
const TYPED_OPTIONS: readonly { readonly key: string; readonly vary: (config: StackConfig) => StackConfig }[] = [
    { key: "samplingPercent", vary: (c) => ({ ...c, samplingPercent: c.samplingPercent === 37 ? 38 : 37 }) },
    { key: "tempo.retention", vary: (c) => ({ ...c, tempo: { ...c.tempo, retention: `${c.tempo.retention}1s` } }) },
    {
        key: "tempo.storage",
        vary: (c) => ({ ...c, tempo: { ...c.tempo, storage: { ...c.tempo.storage, bucket: `${c.tempo.storage.bucket}-x`, endpoint: `${c.tempo.storage.endpoint}x`, region: `${c.tempo.storage.region}x`, insecure: !c.tempo.storage.insecure } } }),
    },
    { key: "clusterPlatform", vary: (c) => ({ ...c, clusterPlatform: c.clusterPlatform === "k3s" ? "gke" : "k3s" }) },
    {
        key: "entryPointAddresses",
        // another address for each entry point that has one (a string is all the chart values carry)
        vary: (c) => ({ ...c, entryPointAddresses: Object.fromEntries(Object.entries(c.entryPointAddresses).map(([entry, address]) => [entry, `${address}0`])) }),
    },
    { key: "prometheus.retention", vary: (c) => ({ ...c, prometheus: { ...c.prometheus, retention: `${c.prometheus.retention}1h` } }) },
    {
        key: "sizing",
        // every number of every component, and the load, changes: whatever follows the sizing changes with it
        vary: (c) => ({
            ...c,
            sizing: {
                ...c.sizing,
                components: Object.fromEntries(
                    Object.entries(c.sizing.components).map(([component, s]) => [
                        component,
                        { replicas: s.replicas + 2, requests: { cpu: "123m", memory: "123Mi" }, limits: { cpu: "321m", memory: "321Mi" }, storage: "77Gi" },
                    ]),
                ) as StackConfig["sizing"]["components"],
                load: { spansPerSecond: c.sizing.load.spansPerSecond + 17, logMiBPerSecond: c.sizing.load.logMiBPerSecond + 17 },
            },
        }),
    },
];

function valueAt(values: unknown, path: readonly string[]): unknown {
    return path.reduce<unknown>((node, key) => (isMap(node) ? node[key] : undefined), values);
}

/** The typed option a platform-set key follows, found by varying each option and seeing which keys change. */
function typedOptionOf(config: StackConfig, target: ChartValueTarget, path: readonly string[]): string | undefined {
    const value = JSON.stringify(valueAt(platformChartValues(config)[target], path));
    return TYPED_OPTIONS.find((option) => JSON.stringify(valueAt(platformChartValues(option.vary(config))[target], path)) !== value)?.key;
}

/**
 * Every problem with the stack's `chartValues`: keys its chart does not have (with the likely intended key), and
 * keys the platform owns. `project` prefixes the option names in the hints.
 */
export function chartValuesProblems(config: StackConfig, project: string): ChartValuesProblem[] {
    const problems: ChartValuesProblem[] = [];
    const platform = platformChartValues(config);
    for (const [target, values] of Object.entries(config.chartValues) as [ChartValueTarget, Values][]) {
        const ref = chartOf(target, config);
        const entry = chartKeyIndex().charts[chartKeyId(ref)];
        const where = (path: readonly string[]) => `${target}.${showPath(path)}`;
        if (!entry) {
            problems.push({ key: target, message: `no key index for ${ref.chart} ${ref.version}; regenerate it: npm run generate:chart-keys -- <charts-dir>` });
            continue;
        }
        for (const unknown of unknownKeys(entry, values)) {
            const hint = unknown.suggestion
                ? `did you mean chartValues.${where([...unknown.path.slice(0, -1), unknown.suggestion])}?`
                : unknown.known
                  ? `keys here: ${unknown.known.join(", ")}`
                  : `see \`helm show values ${ref.chart} --repo ${ref.repo} --version ${ref.version}\``;
            const name = unknown.path[unknown.path.length - 1];
            const comment = entry.commented?.includes(name)
                ? ` (values.yaml has ${name} only in a comment; if the chart reads it, list it in EXTRA_KEYS of scripts/generate-chart-keys.ts)`
                : "";
            problems.push({ key: where(unknown.path), message: `unknown key of ${ref.chart} ${ref.version}${comment}; ${hint}` });
        }
        const platformValues = platform[target];
        if (!platformValues) continue;
        for (const override of ownedKeyOverrides(platformValues, values, TUNABLE_PLATFORM_KEYS[target], entry.aliases)) {
            const got = `got ${brief(valueAt(values, override.path))}`;
            const [first] = override.owned;
            if (override.owned.length === 1 && showPath(first.path) === showPath(override.path.slice(override.path.length - first.path.length))) {
                const option = typedOptionOf(config, target, first.path);
                const instead = option ? `set ${project}:${option} instead` : "other parts of the stack rely on it; remove it from chartValues";
                problems.push({ key: where(override.path), message: `${got}; the platform sets this key (to ${brief(first.value)}); ${instead}` });
            } else {
                const names = override.owned.map((leaf) => showPath(leaf.path));
                const listed = names.length > 4 ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more` : names.join(", ");
                problems.push({ key: where(override.path), message: `${got}; it would replace keys the platform sets (${listed}); set keys beside them instead` });
            }
        }
    }
    return problems;
}
