import * as pulumi from "@pulumi/pulumi";
import { FIRST_SCHEMA_PERIOD } from "../components/loki.ts";
import { PLATFORM_NAMESPACES } from "../components/namespaces.ts";
import { LOG_BACKENDS, type LogBackend, type LogsConfig, LOKI_OBJECT_STORES, type LokiObjectStore, type LokiSchemaPeriod } from "../model/logs.ts";
import { CLUSTER_PLATFORMS, type ClusterPlatform, type MeshMode, MTLS_MODES, type MtlsMode } from "../model/mesh.ts";
import type { ObjectStorageCredentials, TempoConfig, TempoMode, TempoStorageBackend, TempoStorageConfig } from "../model/tempo.ts";
import type { TailSamplingConfig, TraceExporterConfig } from "../model/tracing.ts";
import type { EntryPointAddresses, UiConfig } from "../model/ui.ts";
import { chartValuesProblems } from "./chart-values.ts";
import {
    type AddressSpan,
    checkAnnotationKey,
    checkDns1123Label,
    closestKey,
    parseAddressBlock,
    isPrometheusDuration,
    parseGoDuration,
    spansOverlap,
} from "./validators.ts";

import { isPlainObject, PROJECT, Problems, rejectUnknownFields } from "./problems.ts";
import { readSizing, type SizingConfig } from "./sizing-config.ts";
import { readTailSampling, readTraceExporters } from "./tracing-config.ts";
import { readEntryPoints, readUi } from "./ui-config.ts";

export { PROJECT } from "./problems.ts";
// The domain vocabulary lives in model/, below the components; re-exported here for the stack's readers and the tests.
export { CLUSTER_PLATFORMS, LOG_BACKENDS, MTLS_MODES };
export type { ClusterPlatform, LogBackend, LogsConfig, MeshMode, MtlsMode, ObjectStorageCredentials, TempoConfig, TempoMode, TempoStorageBackend, TempoStorageConfig };
export type { ConfigReference, TailSamplingConfig, TraceExporterConfig, TraceExportProtocol } from "../model/tracing.ts";
export type { EntryPointAddresses, UiConfig, UiIssuer } from "../model/ui.ts";

/** Demo workloads the platform can deploy and route from the ingress gateway. */
export const DEMOS = ["bookinfo", "none"] as const;
export type Demo = (typeof DEMOS)[number];

/** Charts whose values a stack can override (`chartValues`), by component. */
export const CHART_VALUE_TARGETS = [
    "certManager",
    "metallb",
    "ingressNginx",
    "istioBase",
    "istiod",
    "istioGateway",
    "istioCni",
    "ztunnel",
    "openTelemetryOperator",
    "tempo",
    "kubePrometheusStack",
    "kiali",
    "loki",
] as const;
export type ChartValueTarget = (typeof CHART_VALUE_TARGETS)[number];
/** Raw Helm values per chart, merged over what the platform sets. */
export type ChartValues = Partial<Record<ChartValueTarget, Record<string, unknown>>>;

/** The validated stack configuration: everything that differs between environments. */
export interface StackConfig {
    /** @default "sidecar" */
    readonly meshMode: MeshMode;
    /** Percentage (0-100) of requests traced at the mesh edge. @default 1 */
    readonly samplingPercent: number;
    /** Application namespaces enrolled in the mesh. @default [] */
    readonly meshNamespaces: readonly string[];
    /** MetalLB address blocks; MetalLB is installed only when there is at least one. @default [] */
    readonly loadBalancerAddresses: readonly string[];
    /** Install ingress-nginx. @default true */
    readonly ingressNginx: boolean;
    /** The cluster's distribution, for istio-cni's paths in ambient mode. @default "generic" */
    readonly clusterPlatform: ClusterPlatform;
    readonly tempo: TempoConfig;
    /** Per-environment escape hatch: raw values per chart, merged last. @default {} */
    readonly chartValues: ChartValues;
    /** A demo workload in its own mesh namespace, routed from the ingress gateway. @default "none" */
    readonly demo: Demo;
    /** After `up`, prove with a Job that a request through the demo becomes one stitched trace. @default false */
    readonly verifyTraces: boolean;
    /** Static S3 keys; absent means the default AWS credential chain (environment, IRSA, instance profile). */
    readonly objectStorageCredentials?: ObjectStorageCredentials;
    /** Requests, limits, replicas and volumes of every workload. @default - the lab profile */
    readonly sizing: SizingConfig;
    readonly prometheus: PrometheusConfig;
    /** The mesh-wide mTLS mode (PeerAuthentication in the root namespace). @default "PERMISSIVE" */
    readonly mtls: MtlsMode;
    /** Decide in the collector, once traces are complete, what to keep. @default - off: head sampling */
    readonly tailSampling: TailSamplingConfig;
    /** Further trace backends, fed with the same traces as Tempo. @default [] */
    readonly traceExporters: readonly TraceExporterConfig[];
    /** Grafana, Kiali and Prometheus on `<app>.<domain>` with TLS. @default - none (port-forwards) */
    readonly ui?: UiConfig;
    /** Fixed addresses of the MetalLB pool for the Istio gateway and ingress-nginx. @default {} */
    readonly entryPointAddresses: EntryPointAddresses;
    /** Log store, log shipping and the logs ↔ traces links. @default { backend: "none" } */
    readonly logs: LogsConfig;
}

export interface PrometheusConfig {
    /** How long Prometheus keeps metrics (a Prometheus duration). @default "10d" */
    readonly retention: string;
}

/**
 * The stack config as plain data (the object-storage keys are secret Outputs and are left out): the trace check's
 * `rerunKey`, so that any change of the config runs the check again. The component takes the string, not the config.
 */
export function configFingerprint(config: StackConfig): string {
    return JSON.stringify(config, (key, value: unknown) => (key === "objectStorageCredentials" ? undefined : value));
}

/** Raised when the stack config is invalid; lists every problem at once. */
export class ConfigError extends pulumi.RunError {
    readonly problems: readonly string[];

    constructor(problems: readonly string[]) {
        super(
            `Invalid stack configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
                problems.map((p) => `  - ${p}`).join("\n"),
        );
        this.name = "ConfigError";
        this.problems = problems;
    }
}

/** Keys namespaced with the project; everything else under the namespace is rejected. */
export const CONFIG_KEYS = [
    "meshMode",
    "samplingPercent",
    "meshNamespaces",
    "loadBalancerAddresses",
    "ingressNginx",
    "clusterPlatform",
    "tempo",
    "chartValues",
    "demo",
    "verifyTraces",
    "tempoStorageAccessKey",
    "tempoStorageSecretKey",
    "sizing",
    "prometheus",
    "mtls",
    "tailSampling",
    "traceExporters",
    "ui",
    "entryPointAddresses",
    "logs",
] as const;
type ConfigKey = (typeof CONFIG_KEYS)[number];

const SECRET_KEYS: readonly ConfigKey[] = ["tempoStorageAccessKey", "tempoStorageSecretKey"];

/** Namespaces the platform itself owns or Kubernetes reserves; applications cannot be enrolled there. */
export const RESERVED_NAMESPACES: readonly string[] = [
    "default",
    "kube-system",
    "kube-public",
    "kube-node-lease",
    ...Object.values(PLATFORM_NAMESPACES),
];

const TEMPO_DEFAULTS: TempoConfig = { mode: "monolithic", retention: "24h", storage: { backend: "local", insecure: false, serviceAccountAnnotations: {} } };
const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const HOST_PORT = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/;

/**
 * Validates the raw stack config (full keys such as `mesh-observability:meshMode` mapped to the strings
 * the CLI stores: objects and lists as JSON) and returns the typed config. `secretKeys` are the keys
 * stored as secrets. Throws {@link ConfigError} listing every problem.
 */
export function parseStackConfig(raw: Readonly<Record<string, string>>, secretKeys: ReadonlySet<string> = new Set()): StackConfig {
    const problems = new Problems();
    const prefix = `${PROJECT}:`;
    const isConfigKey = (key: string): key is ConfigKey => (CONFIG_KEYS as readonly string[]).includes(key);
    // the platform's own keys; the others are either named by a trace exporter or unknown (checked at the end)
    const values = new Map<ConfigKey, string>();
    const otherKeys: string[] = [];
    for (const fullKey of Object.keys(raw).sort()) {
        if (!fullKey.startsWith(prefix)) continue;
        const key = fullKey.slice(prefix.length);
        if (isConfigKey(key)) values.set(key, raw[fullKey]);
        else otherKeys.push(key);
    }

    const meshMode = readEnum(values, problems, "meshMode", ["sidecar", "ambient"] as const, "sidecar");
    const samplingPercent = readSamplingPercent(values, problems);
    const meshNamespaces = readNamespaces(values, problems);
    const loadBalancerAddresses = readAddressBlocks(values, problems);
    const ingressNginx = readBoolean(values, problems, "ingressNginx", true);
    const clusterPlatform = readEnum(values, problems, "clusterPlatform", CLUSTER_PLATFORMS, "generic");
    const tempo = readTempo(values, problems);
    const chartValues = readChartValues(values, problems);
    const demo = readEnum(values, problems, "demo", DEMOS, "none");
    const verifyTraces = readBoolean(values, problems, "verifyTraces", false);
    if (verifyTraces && demo === "none") {
        problems.add("verifyTraces", values.get("verifyTraces"), "the trace check sends its requests through the demo: set mesh-observability:demo to bookinfo, or verifyTraces to false");
    }
    const objectStorageCredentials = readCredentials(values, problems, secretKeys, tempo);
    const sizing = readSizing(readJson(values, problems, "sizing", "an object { profile, components, load }"), problems);
    const prometheus = readPrometheus(values, problems);
    const mtls = readEnum(values, problems, "mtls", MTLS_MODES, "PERMISSIVE");
    const tailSampling = readTailSampling(readJson(values, problems, "tailSampling", "an object { enabled, slowRequestMs, decisionWait }"), problems);
    const referencedKeys = new Set<string>();
    const traceExporters = readTraceExporters(
        readJson(values, problems, "traceExporters", "a list of { name, endpoint, protocol, insecure, headers, caCertificate }"),
        problems,
        { value: (key) => raw[`${prefix}${key}`], isSecret: (key) => secretKeys.has(`${prefix}${key}`), isReserved: isConfigKey },
        referencedKeys,
    );
    const ui = readUi(readJson(values, problems, "ui", "an object { domain, issuer, acmeEmail, publishPrometheus }"), problems);
    const entryPointAddresses = readEntryPoints(
        readJson(values, problems, "entryPointAddresses", "an object { istioGateway, ingressNginx }"),
        problems,
        loadBalancerAddresses,
        ingressNginx,
    );
    const logs = readLogs(values, problems, tempo);
    if (mtls === "STRICT" && ingressNginx && meshMode === "sidecar") {
        problems.add(
            "ingressNginx",
            true,
            "with mtls STRICT in sidecar mode ingress-nginx, which is outside the mesh, cannot reach the applications (they refuse its plaintext); set ingressNginx: false (retired upstream; the Istio gateway is the north-south path), meshMode: ambient (nginx then joins the mesh), or mtls: PERMISSIVE",
        );
    }

    const unknownKeys = otherKeys.filter((key) => !referencedKeys.has(key)).map((key) => unknownKeyProblem(key));
    const config: StackConfig = {
        meshMode,
        samplingPercent,
        meshNamespaces,
        loadBalancerAddresses,
        ingressNginx,
        clusterPlatform,
        tempo,
        chartValues,
        demo,
        verifyTraces,
        objectStorageCredentials,
        sizing,
        prometheus,
        mtls,
        tailSampling,
        traceExporters,
        ui,
        entryPointAddresses,
        logs,
    };
    // each chart's keys, and the keys the platform owns (stacks/chart-values.ts)
    for (const problem of chartValuesProblems(config, PROJECT)) problems.list.push(`${PROJECT}:chartValues.${problem.key}: ${problem.message}`);
    if (unknownKeys.length + problems.list.length > 0) throw new ConfigError([...unknownKeys, ...problems.list]);
    return config;
}

/** A key under the project's namespace that neither the platform reads nor a trace exporter names. */
function unknownKeyProblem(key: string): string {
    const suggestion = closestKey(key, CONFIG_KEYS);
    return `${PROJECT}:${key}: unknown key` + (suggestion ? `; did you mean ${PROJECT}:${suggestion}?` : `; known keys: ${CONFIG_KEYS.join(", ")} (and the keys traceExporters name)`);
}

function readJson(values: Map<ConfigKey, string>, problems: Problems, key: ConfigKey, expected: string): unknown {
    const text = values.get(key);
    if (text === undefined) return undefined;
    try {
        return JSON.parse(text) as unknown;
    } catch {
        problems.add(key, text, `expected ${expected}`);
        return undefined;
    }
}

function readEnum<T extends string>(
    values: Map<ConfigKey, string>,
    problems: Problems,
    key: ConfigKey,
    allowed: readonly T[],
    fallback: T,
): T {
    const value = values.get(key);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.add(key, value, `expected one of ${allowed.join(", ")}`);
    return fallback;
}

function readBoolean(values: Map<ConfigKey, string>, problems: Problems, key: ConfigKey, fallback: boolean): boolean {
    const value = values.get(key);
    if (value === undefined) return fallback;
    if (value === "true" || value === "false") return value === "true";
    problems.add(key, value, "expected true or false");
    return fallback;
}

function readSamplingPercent(values: Map<ConfigKey, string>, problems: Problems): number {
    const text = values.get("samplingPercent");
    if (text === undefined) return 1;
    const value = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN;
    if (Number.isFinite(value) && value >= 0 && value <= 100) return value;
    problems.add("samplingPercent", text, "expected a number from 0 to 100 (a percentage; decimals allowed, e.g. 0.5)");
    return 1;
}

function readStringList(values: Map<ConfigKey, string>, problems: Problems, key: ConfigKey): string[] {
    const list = readJson(values, problems, key, "a list of strings");
    if (list === undefined) return [];
    if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
        problems.add(key, list, "expected a list of strings");
        return [];
    }
    return list as string[];
}

function readNamespaces(values: Map<ConfigKey, string>, problems: Problems): string[] {
    const namespaces = readStringList(values, problems, "meshNamespaces");
    namespaces.forEach((namespace, index) => {
        const key = `meshNamespaces[${index}]`;
        const syntax = checkDns1123Label(namespace);
        if (syntax) problems.add(key, namespace, `expected ${syntax}`);
        else if (RESERVED_NAMESPACES.includes(namespace)) {
            problems.add(key, namespace, "this namespace belongs to the platform or to Kubernetes; enrol application namespaces only");
        } else if (namespaces.indexOf(namespace) !== index) {
            problems.add(key, namespace, "each namespace may be listed once");
        }
    });
    return namespaces;
}

function readAddressBlocks(values: Map<ConfigKey, string>, problems: Problems): string[] {
    const blocks = readStringList(values, problems, "loadBalancerAddresses");
    const spans: (AddressSpan | undefined)[] = [];
    blocks.forEach((block, index) => {
        const key = `loadBalancerAddresses[${index}]`;
        const span = parseAddressBlock(block);
        if (typeof span === "string") {
            problems.add(key, block, span);
            spans.push(undefined);
            return;
        }
        const overlapping = spans.findIndex((other) => other !== undefined && spansOverlap(other, span));
        if (overlapping >= 0) problems.add(key, block, `overlaps loadBalancerAddresses[${overlapping}] (${blocks[overlapping]}); address blocks must be disjoint`);
        spans.push(span);
    });
    return blocks;
}

function readTempo(values: Map<ConfigKey, string>, problems: Problems): TempoConfig {
    const raw = readJson(values, problems, "tempo", "an object { mode, retention, storage }");
    if (raw === undefined) return TEMPO_DEFAULTS;
    if (!isPlainObject(raw)) {
        problems.add("tempo", raw, "expected an object { mode, retention, storage }");
        return TEMPO_DEFAULTS;
    }
    const key = (path: string) => `tempo.${path}`;
    rejectUnknownFields(raw, ["mode", "retention", "storage"], "tempo", problems);

    let mode = TEMPO_DEFAULTS.mode;
    if (raw.mode !== undefined) {
        if (raw.mode === "monolithic" || raw.mode === "distributed") mode = raw.mode;
        else problems.add(key("mode"), raw.mode, "expected one of monolithic, distributed");
    }

    let retention = TEMPO_DEFAULTS.retention;
    if (raw.retention !== undefined) {
        const seconds = typeof raw.retention === "string" ? parseGoDuration(raw.retention) : undefined;
        if (seconds !== undefined && seconds > 0) retention = raw.retention as string;
        else problems.add(key("retention"), raw.retention, 'expected a positive Go duration such as "24h", "168h" or "720h"');
    }

    const storage = readTempoStorage(raw.storage, problems);
    if (mode === "distributed" && storage.backend !== "s3") {
        problems.add(key("storage.backend"), storage.backend, "tempo.mode distributed needs object storage: set storage.backend to s3 with bucket and endpoint");
    }
    return { mode, retention, storage };
}

function readTempoStorage(raw: unknown, problems: Problems): TempoStorageConfig {
    const key = (path: string) => `tempo.storage${path}`;
    if (raw === undefined) return TEMPO_DEFAULTS.storage;
    if (!isPlainObject(raw)) {
        problems.add(key(""), raw, "expected an object { backend, bucket, endpoint, region, insecure, serviceAccountAnnotations }");
        return TEMPO_DEFAULTS.storage;
    }
    rejectUnknownFields(raw, ["backend", "bucket", "endpoint", "region", "insecure", "serviceAccountAnnotations"], "tempo.storage", problems);

    let backend: TempoStorageBackend = "local";
    if (raw.backend !== undefined) {
        if (raw.backend === "local" || raw.backend === "s3") backend = raw.backend;
        else problems.add(key(".backend"), raw.backend, "expected one of local, s3");
    }
    const optionalString = (field: string, pattern: RegExp, allowed: string): string | undefined => {
        const value = raw[field];
        if (value === undefined) return undefined;
        if (typeof value === "string" && pattern.test(value)) return value;
        problems.add(key(`.${field}`), value, allowed);
        return undefined;
    };
    const bucket = optionalString("bucket", S3_BUCKET, "expected an S3 bucket name (3-63 lower-case letters, digits, '.' and '-')");
    const endpoint = optionalString("endpoint", HOST_PORT, 'expected host[:port] without a scheme, e.g. "s3.eu-west-1.amazonaws.com" or "minio.storage:9000"');
    const region = optionalString("region", /^[a-z0-9-]+$/, 'expected a region name such as "eu-west-1"');
    let insecure = false;
    if (raw.insecure !== undefined) {
        if (typeof raw.insecure === "boolean") insecure = raw.insecure;
        else problems.add(key(".insecure"), raw.insecure, "expected true or false");
    }
    const serviceAccountAnnotations = readAnnotations(raw.serviceAccountAnnotations, "tempo.storage.serviceAccountAnnotations", problems);

    if (backend === "s3") {
        if (raw.bucket === undefined) problems.add(key(".bucket"), null, "required when tempo.storage.backend is s3");
        if (raw.endpoint === undefined) problems.add(key(".endpoint"), null, "required when tempo.storage.backend is s3");
    } else {
        for (const field of ["bucket", "endpoint", "region", "insecure", "serviceAccountAnnotations"]) {
            if (raw[field] !== undefined) problems.add(key(`.${field}`), raw[field], "only used when tempo.storage.backend is s3; remove it or set backend: s3");
        }
    }
    return { backend, bucket, endpoint, region, insecure, serviceAccountAnnotations };
}

/** A map of Kubernetes annotations: keys `[prefix/]name`, string values. */
function readAnnotations(raw: unknown, path: string, problems: Problems): Record<string, string> {
    if (raw === undefined) return {};
    if (!isPlainObject(raw)) {
        problems.add(path, raw, 'expected a map of annotations, e.g. { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/tempo" }');
        return {};
    }
    const annotations: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) {
        const syntax = checkAnnotationKey(name);
        if (syntax) problems.add(`${path}.${name}`, name, `expected ${syntax}`);
        else if (typeof value !== "string") problems.add(`${path}.${name}`, value, "expected a string value");
        else annotations[name] = value;
    }
    return annotations;
}

const LOGS_FIELDS = ["backend", "url", "bucket", "schemaPeriods"];
const LOGS_SHAPE = "an object { backend, url, bucket, schemaPeriods }";

function readLogs(values: Map<ConfigKey, string>, problems: Problems, tempo: TempoConfig): LogsConfig {
    const fallback: LogsConfig = { backend: "none" };
    const raw = readJson(values, problems, "logs", LOGS_SHAPE);
    if (raw === undefined) return fallback;
    if (!isPlainObject(raw)) {
        problems.add("logs", raw, `expected ${LOGS_SHAPE}`);
        return fallback;
    }
    rejectUnknownFields(raw, LOGS_FIELDS, "logs", problems);
    let backend: LogBackend = "none";
    if (raw.backend !== undefined) {
        if ((LOG_BACKENDS as readonly unknown[]).includes(raw.backend)) backend = raw.backend as LogBackend;
        else problems.add("logs.backend", raw.backend, `expected one of ${LOG_BACKENDS.join(", ")}`);
    }

    let url: string | undefined;
    if (raw.url !== undefined) {
        const checked = typeof raw.url === "string" ? checkHttpUrl(raw.url) : "expected a string";
        if (backend !== "external") problems.add("logs.url", raw.url, "only used when logs.backend is external; remove it or set backend: external");
        else if (typeof checked === "string") problems.add("logs.url", raw.url, checked);
        else url = checked.url;
    } else if (backend === "external") {
        problems.add("logs.url", null, 'required when logs.backend is external: the base URL of the Loki to ship to and read from, e.g. "https://loki.example.com"');
    }

    const onObjectStorage = backend === "loki" && tempo.storage.backend === "s3";
    let bucket: string | undefined;
    if (raw.bucket !== undefined) {
        if (!onObjectStorage) problems.add("logs.bucket", raw.bucket, "only used when logs.backend is loki and tempo.storage.backend is s3 (Loki then keeps its chunks on Tempo's object storage)");
        else if (typeof raw.bucket !== "string" || !S3_BUCKET.test(raw.bucket)) problems.add("logs.bucket", raw.bucket, "expected an S3 bucket name (3-63 lower-case letters, digits, '.' and '-')");
        else if (raw.bucket === tempo.storage.bucket) problems.add("logs.bucket", raw.bucket, "must differ from tempo.storage.bucket: Tempo takes every top-level folder of its bucket for a tenant");
        else bucket = raw.bucket;
    } else if (onObjectStorage) {
        problems.add("logs.bucket", null, "required when logs.backend is loki and tempo.storage.backend is s3: the bucket Loki keeps chunks and rules in, on Tempo's endpoint with Tempo's identity");
    }
    // the profiles' Loki replicas apply on object storage; on a volume Loki runs one (see components/loki.ts)
    const replicas = overriddenReplicas(values, "loki");
    if (backend === "loki" && !onObjectStorage && typeof replicas === "number" && replicas > 1) {
        problems.add("sizing.components.loki.replicas", replicas, "Loki on a filesystem volume runs one replica; more need object storage (tempo.storage.backend s3)");
    }
    if (backend !== "loki") {
        if (raw.schemaPeriods !== undefined) problems.add("logs.schemaPeriods", raw.schemaPeriods, "only used when logs.backend is loki; remove it or set backend: loki");
        return { backend, ...(url ? { url } : {}), ...(bucket ? { bucket } : {}) };
    }
    // where Loki writes now (as components/loki.ts decides: in its bucket when it has one); with object storage asked
    // for but no valid bucket, that problem is reported already and the periods are not checked against it
    const store: LokiObjectStore = bucket !== undefined ? "s3" : "filesystem";
    const schemaPeriods = readSchemaPeriods(raw.schemaPeriods, store, onObjectStorage && bucket === undefined, problems);
    return { backend, ...(bucket ? { bucket } : {}), schemaPeriods };
}

const SCHEMA_DOCS = "https://grafana.com/docs/loki/latest/operations/storage/schema/#changing-the-schema";

/**
 * Loki's schema periods, as the stack file keeps them: data the user owns, because only the user knows which periods
 * Loki has written under. Loki reads each day's logs with the period in effect that day, so a past period must never
 * change; a change of store is a period appended with a date after the day it is deployed (00:00 UTC; Loki v3.7.6
 * docs/sources/operations/storage/schema/_index.md, "Changing the schema"). That date cannot be checked here without
 * making the program depend on the clock; what can be is checked: the order, and that the newest period is on the
 * store Loki uses now, so that moving Loki onto object storage without a new period is refused.
 */
function readSchemaPeriods(raw: unknown, store: LokiObjectStore, storeUnknown: boolean, problems: Problems): LokiSchemaPeriod[] {
    const key = "logs.schemaPeriods";
    const shape = "a list of { from: YYYY-MM-DD, objectStore: filesystem | s3 }, oldest first";
    if (raw !== undefined && (!Array.isArray(raw) || raw.length === 0)) {
        problems.add(key, raw, `expected ${shape}`);
        return [FIRST_SCHEMA_PERIOD];
    }
    const periods: LokiSchemaPeriod[] = [];
    const entries: unknown[] = raw === undefined ? [FIRST_SCHEMA_PERIOD] : raw;
    entries.forEach((entry, index) => {
        const at = `${key}[${index}]`;
        if (!isPlainObject(entry)) {
            problems.add(at, entry, `expected ${shape}`);
            return;
        }
        rejectUnknownFields(entry, ["from", "objectStore"], at, problems);
        const from = entry.from;
        const objectStore = entry.objectStore;
        const fromOk = typeof from === "string" && isCalendarDate(from);
        if (!fromOk) problems.add(`${at}.from`, from ?? null, 'expected a date YYYY-MM-DD (Loki starts the period at 00:00 UTC that day), e.g. "2026-10-01"');
        const storeOk = (LOKI_OBJECT_STORES as readonly unknown[]).includes(objectStore);
        if (!storeOk) problems.add(`${at}.objectStore`, objectStore ?? null, `expected one of ${LOKI_OBJECT_STORES.join(", ")}`);
        if (!fromOk || !storeOk) return;
        const previous = periods.at(-1);
        if (previous && from <= previous.from) {
            problems.add(`${at}.from`, from, `must be after ${key}[${periods.length - 1}].from (${previous.from}): periods are listed oldest first`);
        }
        periods.push({ from, objectStore: objectStore as LokiObjectStore });
    });
    // what the rest of the checks read when the periods are refused (the config is rejected anyway): one on the store
    const standIn = [{ from: FIRST_SCHEMA_PERIOD.from, objectStore: store }];
    if (periods.length !== entries.length || storeUnknown) return standIn;
    const newest = periods[periods.length - 1];
    const problem =
        store === "filesystem" && periods.some((p) => p.objectStore === "s3")
            ? "Loki now keeps its logs on its volume (it does with tempo.storage.backend local), but a period is on s3: the logs written then would be unreadable without the bucket; keep Loki on object storage (tempo.storage.backend s3 and logs.bucket)"
            : newest.objectStore !== store
              ? `Loki's newest schema period keeps logs on ${newest.objectStore}, but with tempo.storage.backend s3 and logs.bucket Loki now keeps them on ${store}; ` +
                `append a period, never change one in use: schemaPeriods: [${periods.map((p) => `{ from: "${p.from}", objectStore: ${p.objectStore} }`).join(", ")}, ` +
                `{ from: "<a date after the day you deploy, UTC>", objectStore: ${store} }] (${SCHEMA_DOCS}). ` +
                `A stack whose Loki has used ${store} since it was installed declares that instead: [{ from: "${FIRST_SCHEMA_PERIOD.from}", objectStore: ${store} }]`
              : undefined;
    if (problem === undefined) return periods;
    problems.add(key, raw ?? null, problem);
    return standIn;
}

/** A real day of the Gregorian calendar as YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const [year, month, day] = text.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The replicas a stack file sets for one component, if it sets any (readSizing validates them). */
function overriddenReplicas(values: Map<ConfigKey, string>, component: string): unknown {
    try {
        return (JSON.parse(values.get("sizing") ?? "{}") as { components?: Record<string, { replicas?: unknown }> }).components?.[component]?.replicas;
    } catch {
        return undefined;
    }
}

/** An http(s) URL without credentials, query or fragment, returned without a trailing slash; or what is wrong with it. */
function checkHttpUrl(text: string): { url: string } | string {
    const allowed = 'expected an http(s) URL such as "https://loki.example.com" (no credentials, query or fragment)';
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return allowed;
    }
    if (!["http:", "https:"].includes(url.protocol) || url.hostname === "" || url.username || url.password || url.search || url.hash) return allowed;
    return { url: text.replace(/\/+$/, "") };
}

function readPrometheus(values: Map<ConfigKey, string>, problems: Problems): PrometheusConfig {
    const fallback: PrometheusConfig = { retention: "10d" };
    const raw = readJson(values, problems, "prometheus", "an object { retention }");
    if (raw === undefined) return fallback;
    if (!isPlainObject(raw)) {
        problems.add("prometheus", raw, "expected an object { retention }");
        return fallback;
    }
    rejectUnknownFields(raw, ["retention"], "prometheus", problems);
    if (raw.retention === undefined) return fallback;
    if (typeof raw.retention === "string" && isPrometheusDuration(raw.retention)) return { retention: raw.retention };
    problems.add("prometheus.retention", raw.retention, 'expected a positive Prometheus duration such as "15d", "2w" or "12h"');
    return fallback;
}

function readChartValues(values: Map<ConfigKey, string>, problems: Problems): ChartValues {
    const raw = readJson(values, problems, "chartValues", "an object of raw Helm values per chart");
    if (raw === undefined) return {};
    if (!isPlainObject(raw)) {
        problems.add("chartValues", raw, `expected an object with keys among ${CHART_VALUE_TARGETS.join(", ")}`);
        return {};
    }
    rejectUnknownFields(raw, CHART_VALUE_TARGETS, "chartValues", problems);
    const chartValues: ChartValues = {};
    for (const target of CHART_VALUE_TARGETS) {
        const chart = raw[target];
        if (chart === undefined) continue;
        if (isPlainObject(chart)) chartValues[target] = chart;
        else problems.add(`chartValues.${target}`, chart, "expected an object of Helm values");
    }
    return chartValues;
}

function readCredentials(
    values: Map<ConfigKey, string>,
    problems: Problems,
    secretKeys: ReadonlySet<string>,
    tempo: TempoConfig,
): ObjectStorageCredentials | undefined {
    for (const key of SECRET_KEYS) {
        const value = values.get(key);
        if (value === undefined) continue;
        if (!secretKeys.has(`${PROJECT}:${key}`)) {
            problems.list.push(`${PROJECT}:${key}: stored in plain text; set it with \`pulumi config set --secret ${key} <value>\``);
        } else if (tempo.storage.backend !== "s3") {
            problems.list.push(`${PROJECT}:${key}: only used when tempo.storage.backend is s3; remove it or set backend: s3`);
        }
    }
    if (tempo.storage.backend !== "s3") return undefined;
    const accessKey = values.get("tempoStorageAccessKey");
    const secretKey = values.get("tempoStorageSecretKey");
    // neither key: Tempo uses the default AWS credential chain (environment, IRSA, instance profile)
    if (accessKey === undefined && secretKey === undefined) return undefined;
    if (accessKey === undefined || secretKey === undefined) {
        const [missing, present] = accessKey === undefined ? ["tempoStorageAccessKey", "tempoStorageSecretKey"] : ["tempoStorageSecretKey", "tempoStorageAccessKey"];
        problems.list.push(
            `${PROJECT}:${missing}: required together with ${PROJECT}:${present}; set it with \`pulumi config set --secret ${missing} <value>\``,
        );
        return undefined;
    }
    return { accessKey: pulumi.secret(accessKey), secretKey: pulumi.secret(secretKey) };
}
