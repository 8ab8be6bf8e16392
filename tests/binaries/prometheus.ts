// The real Prometheus (3.14.0, binaries/prometheus) as a child process of a test: flags and the `otlp` block from the
// program's kube-prometheus-stack values (prometheusSpec), as prometheus-operator renders them, the PrometheusRule's
// groups as a rule file, scrape targets the test names; ready on /-/ready (Prometheus' own reload_test.go), queried
// over its HTTP API.
import * as fs from "node:fs";
import * as path from "node:path";
import * as YAML from "yaml";
import { findBinary } from "./find.ts";
import { type Endpoint, hostPort, reservePort } from "./ports.ts";
import type { RuleGroup } from "./program.ts";
import { start, type Supervised } from "./supervise.ts";

/**
 * prometheusSpec keys that change how Prometheus ingests and names what it receives, as prometheus-operator turns them
 * into flags and configuration (v0.9x: pkg/prometheus/server/statefulset.go `--web.enable-otlp-receiver`,
 * `--web.enable-remote-write-receiver`, `--enable-feature`; pkg/prometheus/promcfg.go `otlp:` with the OTLPConfig
 * fields in snake case). Keys about the pod (replicas, resources, storage, retention) do not change what a query sees.
 */
const POD_KEYS = new Set(["replicas", "resources", "retention", "retentionSize", "storageSpec", "externalUrl"]);
const OTLP_KEYS: Readonly<Record<string, string>> = {
    translationStrategy: "translation_strategy",
    promoteResourceAttributes: "promote_resource_attributes",
    promoteAllResourceAttributes: "promote_all_resource_attributes",
    ignoreResourceAttributes: "ignore_resource_attributes",
    keepIdentifyingResourceAttributes: "keep_identifying_resource_attributes",
    convertHistogramsToNHCB: "convert_histograms_to_nhcb",
    promoteScopeMetadata: "promote_scope_metadata",
};

export interface PrometheusSettings {
    readonly flags: readonly string[];
    /** The `otlp:` block of prometheus.yml, when prometheusSpec.otlp is set. */
    readonly otlp?: Record<string, unknown>;
}

/** Flags and the otlp block from the program's kube-prometheus-stack values; throws on a key it does not know. */
export function prometheusSettings(monitoringValues: Record<string, unknown>): PrometheusSettings {
    const spec = ((monitoringValues.prometheus ?? {}) as { prometheusSpec?: Record<string, unknown> }).prometheusSpec ?? {};
    const flags: string[] = [];
    let otlp: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(spec)) {
        if (POD_KEYS.has(key)) continue;
        if (key === "enableOTLPReceiver") {
            if (value === true) flags.push("--web.enable-otlp-receiver");
        } else if (key === "enableRemoteWriteReceiver") {
            if (value === true) flags.push("--web.enable-remote-write-receiver");
        } else if (key === "enableFeatures") {
            if ((value as string[]).length) flags.push(`--enable-feature=${(value as string[]).join(",")}`);
        } else if (key === "otlp") {
            otlp = {};
            for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
                if (!OTLP_KEYS[k]) throw new Error(`prometheusSpec.otlp.${k}: not mapped to Prometheus' otlp block here (tests/binaries/prometheus.ts)`);
                otlp[OTLP_KEYS[k]] = v;
            }
        } else {
            throw new Error(`prometheusSpec.${key}: not mapped to a Prometheus flag here (tests/binaries/prometheus.ts); add it or list it among the pod's keys`);
        }
    }
    return { flags, ...(otlp ? { otlp } : {}) };
}

export interface PrometheusRun {
    readonly endpoint: Endpoint;
    readonly url: string;
    readonly process: Supervised;
    /** An instant query; throws on an error answer. */
    query(expr: string, time?: number): Promise<InstantResult[]>;
    /** The `/api/v1/alerts` list. */
    alerts(): Promise<{ labels: Record<string, string>; state: string }[]>;
    /** The body of an API path as Prometheus sent it (e.g. `/api/v1/rules?type=alert`, which `./mesh status` reads). */
    raw(apiPath: string): Promise<string>;
    /** Every series matching `match` (`/api/v1/series`). */
    series(match: string): Promise<Record<string, string>[]>;
    stop(): Promise<void>;
}

export interface InstantResult {
    readonly metric: Record<string, string>;
    readonly value: [number, string];
}

export interface PrometheusOptions {
    readonly name: string;
    readonly dir: string;
    readonly settings: PrometheusSettings;
    readonly global?: Record<string, unknown>;
    readonly scrapeConfigs?: readonly Record<string, unknown>[];
    readonly ruleGroups?: readonly RuleGroup[];
    readonly host?: string;
    /** A loopback endpoint reserved beforehand (when a config written earlier names it). @default a new one on `host` */
    readonly at?: Endpoint;
}

/** The PrometheusRule's spec.groups as a Prometheus rule file (the operator writes the same groups to its rule ConfigMap). */
export const ruleFile = (groups: readonly RuleGroup[]) => YAML.stringify({ groups });

export async function startPrometheus(opts: PrometheusOptions): Promise<PrometheusRun> {
    const endpoint = opts.at ?? (await reservePort(opts.host ?? "127.0.0.1"));
    const folder = path.join(opts.dir, opts.name);
    fs.mkdirSync(folder, { recursive: true });
    const config: Record<string, unknown> = {
        global: opts.global ?? {},
        ...(opts.settings.otlp ? { otlp: opts.settings.otlp } : {}),
        ...(opts.ruleGroups ? { rule_files: [path.join(folder, "rules.yaml")] } : {}),
        scrape_configs: opts.scrapeConfigs ?? [],
    };
    if (opts.ruleGroups) fs.writeFileSync(path.join(folder, "rules.yaml"), ruleFile(opts.ruleGroups));
    fs.writeFileSync(path.join(folder, "prometheus.yml"), YAML.stringify(config));
    const url = `http://${hostPort(endpoint)}`;
    const proc = await start({
        name: opts.name,
        bin: findBinary("prometheus"),
        args: [`--config.file=${path.join(folder, "prometheus.yml")}`, `--storage.tsdb.path=${path.join(folder, "data")}`, `--web.listen-address=${hostPort(endpoint)}`, ...opts.settings.flags],
        ready: { http: `${url}/-/ready` },
        logDir: opts.dir,
        timeoutMs: 60_000,
    });
    const api = async <T>(p: string): Promise<T> => {
        const res = await fetch(`${url}${p}`, { signal: AbortSignal.timeout(10_000) });
        const body = (await res.json()) as { status: string; data: T; error?: string };
        if (body.status !== "success") throw new Error(`Prometheus ${p}: ${body.error ?? res.status}`);
        return body.data;
    };
    return {
        endpoint,
        url,
        process: proc,
        async query(expr, time) {
            const data = await api<{ result: InstantResult[] }>(`/api/v1/query?query=${encodeURIComponent(expr)}${time ? `&time=${time}` : ""}`);
            return data.result;
        },
        async alerts() {
            return (await api<{ alerts: { labels: Record<string, string>; state: string }[] }>("/api/v1/alerts")).alerts;
        },
        async raw(apiPath) {
            const res = await fetch(`${url}${apiPath}`, { signal: AbortSignal.timeout(10_000) });
            return res.text();
        },
        series: (match) => api<Record<string, string>[]>(`/api/v1/series?match[]=${encodeURIComponent(match)}`),
        stop: () => proc.stop(),
    };
}
