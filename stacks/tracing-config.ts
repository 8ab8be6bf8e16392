// Reads `mesh-observability:tailSampling` and `mesh-observability:traceExporters`. Exporter headers and CA bundles
// name other config keys (secret ones for headers); those keys are resolved here and reported back so that the
// unknown-key check accepts them.
import * as pulumi from "@pulumi/pulumi";
import { isPlainObject, PROJECT, type Problems, rejectUnknownFields } from "./problems.ts";
import { checkDns1123Label, parseGoDuration } from "./validators.ts";
import { type ConfigReference, type TailSamplingConfig, TRACE_EXPORT_PROTOCOLS, type TraceExporterConfig, type TraceExportProtocol } from "../model/tracing.ts";

export const TAIL_SAMPLING_DEFAULTS: TailSamplingConfig = { enabled: false, slowRequestMs: 2000, decisionWait: "10s" };

/** Exporter names the platform's own exporters use (`otlp_grpc/tempo`, `otlp_http/prometheus`). */
export const RESERVED_EXPORTER_NAMES: readonly string[] = ["tempo", "prometheus"];

/** How a referenced key looks in the stack's config. */
export interface KeyLookup {
    /** The raw value, or undefined when the stack does not set the key. */
    value(key: string): string | undefined;
    isSecret(key: string): boolean;
    /** A key the platform reads itself (CONFIG_KEYS). */
    isReserved(key: string): boolean;
}

export function readTailSampling(raw: unknown, problems: Problems): TailSamplingConfig {
    const fallback = TAIL_SAMPLING_DEFAULTS;
    if (raw === undefined) return fallback;
    if (!isPlainObject(raw)) {
        problems.add("tailSampling", raw, 'expected an object { enabled, slowRequestMs, decisionWait }, e.g. { enabled: true, slowRequestMs: 2000, decisionWait: "10s" }');
        return fallback;
    }
    rejectUnknownFields(raw, ["enabled", "slowRequestMs", "decisionWait"], "tailSampling", problems);
    let enabled = fallback.enabled;
    if (raw.enabled !== undefined) {
        if (typeof raw.enabled === "boolean") enabled = raw.enabled;
        else problems.add("tailSampling.enabled", raw.enabled, "expected true or false");
    }
    let slowRequestMs = fallback.slowRequestMs;
    if (raw.slowRequestMs !== undefined) {
        // the latency policy's threshold_ms is a whole number of milliseconds
        if (Number.isInteger(raw.slowRequestMs) && (raw.slowRequestMs as number) > 0) slowRequestMs = raw.slowRequestMs as number;
        else problems.add("tailSampling.slowRequestMs", raw.slowRequestMs, "expected a whole number of milliseconds above 0, e.g. 2000");
    }
    let decisionWait = fallback.decisionWait;
    let waitSeconds = parseGoDuration(decisionWait);
    if (raw.decisionWait !== undefined) {
        const seconds = typeof raw.decisionWait === "string" ? parseGoDuration(raw.decisionWait) : undefined;
        if (seconds !== undefined && seconds > 0) [decisionWait, waitSeconds] = [raw.decisionWait as string, seconds];
        else {
            problems.add("tailSampling.decisionWait", raw.decisionWait, 'expected a positive Go duration such as "10s" or "30s"');
            waitSeconds = undefined;
        }
    }
    // the decision is taken decisionWait after a trace's first span: a request slower than that is decided before
    // its root span arrives, and the latency policy never sees it whole
    if (waitSeconds !== undefined && waitSeconds * 1000 <= slowRequestMs) {
        problems.add(
            "tailSampling.decisionWait",
            decisionWait,
            `must be longer than tailSampling.slowRequestMs (${slowRequestMs} ms): the collector decides decisionWait after a trace's first span, so a slower request would be decided before it ends`,
        );
    }
    return { enabled, slowRequestMs, decisionWait };
}

// RFC 9110 token: what an HTTP header (and a gRPC metadata key) may be named
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// camelCase like every key of this project; also what makes the environment variable derived from it unambiguous
const CONFIG_KEY_NAME = /^[a-z][a-zA-Z0-9]*$/;
const HOST_PORT = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:(\d{1,5})$/;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/;
const EXPORTER_FIELDS = ["name", "endpoint", "protocol", "insecure", "headers", "caCertificate"];

/** Reads the exporters; `referenced` receives every key an exporter names, set or not. */
export function readTraceExporters(raw: unknown, problems: Problems, keys: KeyLookup, referenced: Set<string>): TraceExporterConfig[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
        problems.add("traceExporters", raw, 'expected a list of { name, endpoint, protocol, insecure, headers, caCertificate }, e.g. [{ name: lightstep, endpoint: "ingest.lightstep.com:443", headers: { lightstep-access-token: lightstepAccessToken } }]');
        return [];
    }
    const exporters: TraceExporterConfig[] = [];
    raw.forEach((entry, index) => {
        const path = `traceExporters[${index}]`;
        if (!isPlainObject(entry)) {
            problems.add(path, entry, "expected an object { name, endpoint, protocol, insecure, headers, caCertificate }");
            return;
        }
        rejectUnknownFields(entry, EXPORTER_FIELDS, path, problems);
        const before = problems.list.length;
        const name = readExporterName(entry.name, `${path}.name`, problems, raw);
        let protocol: TraceExportProtocol = "grpc";
        if (entry.protocol !== undefined) {
            if ((TRACE_EXPORT_PROTOCOLS as readonly unknown[]).includes(entry.protocol)) protocol = entry.protocol as TraceExportProtocol;
            else problems.add(`${path}.protocol`, entry.protocol, `expected one of ${TRACE_EXPORT_PROTOCOLS.join(", ")}`);
        }
        let insecure = false;
        if (entry.insecure !== undefined) {
            if (typeof entry.insecure === "boolean") insecure = entry.insecure;
            else problems.add(`${path}.insecure`, entry.insecure, "expected true or false");
        }
        const endpoint = readEndpoint(entry.endpoint, path, protocol, insecure, problems);
        const headers = readHeaders(entry.headers, `${path}.headers`, problems, keys, referenced);
        let caCertificate: ConfigReference | undefined;
        if (entry.caCertificate !== undefined) {
            caCertificate = readReference(entry.caCertificate, `${path}.caCertificate`, problems, keys, referenced, { secret: false });
            if (insecure) problems.add(`${path}.caCertificate`, entry.caCertificate, `a CA bundle verifies TLS, which ${path}.insecure: true turns off; remove one of them`);
        }
        if (problems.list.length === before && name && endpoint) {
            exporters.push({ name, endpoint, protocol, insecure, headers, ...(caCertificate ? { caCertificate } : {}) });
        }
    });
    return exporters;
}

function readExporterName(raw: unknown, path: string, problems: Problems, all: unknown[]): string | undefined {
    if (raw === undefined) {
        problems.add(path, null, "required: a DNS-1123 label naming the exporter, e.g. lightstep");
        return undefined;
    }
    const syntax = typeof raw === "string" ? checkDns1123Label(raw) : "a DNS-1123 label";
    if (syntax) problems.add(path, raw, `expected ${syntax}`);
    else if (RESERVED_EXPORTER_NAMES.includes(raw as string)) problems.add(path, raw, `the platform's own exporters use ${RESERVED_EXPORTER_NAMES.join(" and ")}; pick another name`);
    else if (all.filter((e) => isPlainObject(e) && e.name === raw).length > 1) {
        problems.add(path, raw, "each exporter name may be used once");
    } else return raw as string;
    return undefined;
}

/**
 * gRPC: `host:port` or an `http(s)://host:port` URL (the exporter strips the scheme and needs the port:
 * collector v0.158 config/configgrpc `sanitizedEndpoint`). HTTP: an `http(s)://` base URL. An `http://` URL is plain
 * text and must say so with `insecure: true`; an `https://` one cannot be insecure.
 */
function readEndpoint(raw: unknown, path: string, protocol: TraceExportProtocol, insecure: boolean, problems: Problems): string | undefined {
    const key = `${path}.endpoint`;
    const allowed =
        protocol === "grpc"
            ? 'expected host:port or an https:// URL with a port, e.g. "ingest.lightstep.com:443"'
            : 'expected an http(s):// URL (the exporter appends /v1/traces), e.g. "https://api.honeycomb.io"';
    if (raw === undefined) {
        problems.add(key, null, `required; ${allowed}`);
        return undefined;
    }
    if (typeof raw !== "string") {
        problems.add(key, raw, allowed);
        return undefined;
    }
    if (!raw.includes("://")) {
        const match = HOST_PORT.exec(raw);
        if (protocol !== "grpc" || !match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
            problems.add(key, raw, allowed);
            return undefined;
        }
        return raw;
    }
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        problems.add(key, raw, allowed);
        return undefined;
    }
    const bad =
        (url.protocol !== "http:" && url.protocol !== "https:") ||
        url.username !== "" ||
        url.password !== "" ||
        url.search !== "" ||
        url.hash !== "" ||
        (protocol === "grpc" && (!/:\d+\/?$/.test(raw) || url.pathname !== "/"));
    if (bad) {
        problems.add(key, raw, allowed);
        return undefined;
    }
    if (url.protocol === "http:" && !insecure) {
        problems.add(`${path}.insecure`, false, `${raw} sends in plain text; set insecure: true to say so, or use https://`);
        return undefined;
    }
    if (url.protocol === "https:" && insecure) {
        problems.add(`${path}.insecure`, true, `${raw} is TLS; insecure: true applies to plain-text endpoints only`);
        return undefined;
    }
    return raw;
}

function readHeaders(raw: unknown, path: string, problems: Problems, keys: KeyLookup, referenced: Set<string>): Record<string, ConfigReference> {
    if (raw === undefined) return {};
    if (!isPlainObject(raw)) {
        problems.add(path, raw, "expected a map from header name to the name of a secret config key, e.g. { lightstep-access-token: lightstepAccessToken }");
        return {};
    }
    const headers: Record<string, ConfigReference> = {};
    for (const [header, key] of Object.entries(raw)) {
        if (!HEADER_NAME.test(header)) {
            // the key it names is still the exporter's: no second, "unknown key" problem for it
            if (typeof key === "string") referenced.add(key);
            problems.add(`${path}.${header}`, header, "expected an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)");
            continue;
        }
        const reference = readReference(key, `${path}.${header}`, problems, keys, referenced, { secret: true });
        if (reference) headers[header] = reference;
    }
    return headers;
}

/** A config key named by an exporter: it must be set, not one of the platform's keys, and for credentials secret. */
function readReference(
    raw: unknown,
    path: string,
    problems: Problems,
    keys: KeyLookup,
    referenced: Set<string>,
    { secret }: { secret: boolean },
): ConfigReference | undefined {
    if (typeof raw !== "string" || !CONFIG_KEY_NAME.test(raw)) {
        problems.add(path, raw, `expected the name of a config key under ${PROJECT}: (camelCase letters and digits), e.g. ${secret ? "lightstepAccessToken" : "satelliteCaBundle"}`);
        return undefined;
    }
    const full = `${PROJECT}:${raw}`;
    if (keys.isReserved(raw)) {
        problems.list.push(`${PROJECT}:${path}: names ${full}, a key the platform reads itself; keep the value in a key of its own`);
        return undefined;
    }
    referenced.add(raw);
    const value = keys.value(raw);
    const how = `pulumi config set --secret ${raw} <value>`;
    if (value === undefined) {
        problems.list.push(`${PROJECT}:${path}: names ${full}, which the stack does not set; set it with \`${how}\``);
        return undefined;
    }
    // the value is never repeated in a message: it may be a credential
    if (secret && !keys.isSecret(raw)) {
        problems.list.push(`${PROJECT}:${path}: ${full} is stored in plain text, and header values are credentials; set it with \`${how}\``);
        return undefined;
    }
    if (!secret && !keys.isSecret(raw) && !PEM_CERTIFICATE.test(value)) {
        problems.list.push(`${PROJECT}:${path}: ${full} does not hold a PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)`);
        return undefined;
    }
    return { key: raw, value: pulumi.secret(value) };
}
