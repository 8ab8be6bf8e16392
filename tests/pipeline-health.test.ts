// The trace pipeline watching itself: its scrape targets, alert rules and dashboard as pure data (every expression read
// with Prometheus 3.14's grammar, every metric and label traced to tests/fixtures/pipeline-metrics.json), and the
// component's registrations. promtool runs the rules in tests/pipeline-alerts.test.ts.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { collectorTelemetry } from "../components/collector-telemetry.ts";
import {
    collectorScrapeTarget,
    dashboardQueries,
    operatorScrapeTarget,
    PIPELINE_DASHBOARD_UID,
    pipelineAlertGroups,
    pipelineDashboard,
    PipelineHealth,
    type PipelineHealthArgs,
} from "../components/pipeline-health/index.ts";
import { serviceMonitorFor } from "../components/pipeline-health/targets.ts";
import { checkCustomResource } from "../crds/index.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import fixture from "./fixtures/pipeline-metrics.json" with { type: "json" };
import { at, Harness, labelsOf, type Registrations } from "./harness.ts";
import { parsePromql, withoutGrafanaVariables } from "./support/promql.ts";

const SCOPE = { collectorNamespace: "observability", tempoNamespace: "tempo", operatorNamespace: "opentelemetry-operator-system", receivingCollectorJob: "otel-collector-monitoring" };
/** The collector tail-samples: every rule and panel the component can ship (a buffer size of its own, to be followed). */
const SAMPLING_SCOPE = { ...SCOPE, tailSampling: { numTraces: 20000 } };
const groups = pipelineAlertGroups(SAMPLING_SCOPE);
const rules = groups.flatMap((g) => g.rules ?? []);
const dashboard = pipelineDashboard({ ...SAMPLING_SCOPE, prometheusDatasourceUid: "prometheus", alertGroups: groups });
const alertNames = (scope: Parameters<typeof pipelineAlertGroups>[0]) => pipelineAlertGroups(scope).flatMap((g) => (g.rules ?? []).map((r) => r.alert));
const TAIL_ALERT = "OtelCollectorTailSamplingDroppingTraces";
const metrics = fixture.metrics as Record<string, { component: string; type: string; labels: string[] }>;

/** Every PromQL expression the component ships: alert rules and dashboard queries, named for messages. */
const expressions = [
    ...rules.map((r) => ({ where: `alert ${r.alert}`, expr: String(r.expr) })),
    ...dashboardQueries(dashboard).map((expr, i) => ({ where: `dashboard query ${i}`, expr: withoutGrafanaVariables(expr) })),
];

describe("scrape targets", () => {
    it("select every collector's monitoring Service by the labels the operator gives it", () => {
        const target = collectorScrapeTarget("observability");
        assert.deepEqual([target.namespace, target.port], ["observability", "monitoring"]);
        assert.deepEqual(target.serviceLabels, {
            "app.kubernetes.io/managed-by": "opentelemetry-operator",
            "app.kubernetes.io/component": "opentelemetry-collector",
            "operator.opentelemetry.io/collector-service-type": "monitoring",
        });
    });
    it("scrape the operator over HTTPS with Prometheus' ServiceAccount token", () => {
        const monitor = serviceMonitorFor(operatorScrapeTarget("opentelemetry-operator-system"), "monitoring", { release: "kube-prometheus-stack" });
        assert.deepEqual(monitor.spec?.endpoints, [
            { port: "metrics", scheme: "https", bearerTokenFile: "/var/run/secrets/kubernetes.io/serviceaccount/token", tlsConfig: { insecureSkipVerify: true } },
        ]);
        assert.deepEqual(monitor.spec?.selector.matchLabels?.["app.kubernetes.io/instance"], "opentelemetry-operator");
    });
    it("become ServiceMonitors in Prometheus' namespace, labelled for it, watching the target's namespace", () => {
        const monitor = serviceMonitorFor(collectorScrapeTarget("observability"), "monitoring", { release: "kube-prometheus-stack" });
        const object = checkCustomResource(monitor);
        assert.deepEqual(object.metadata, { name: "opentelemetry-collectors", namespace: "monitoring", labels: { release: "kube-prometheus-stack" } });
        assert.deepEqual(at(object, "spec.namespaceSelector"), { matchNames: ["observability"] });
        assert.deepEqual(at(object, "spec.endpoints"), [{ port: "monitoring" }]);
    });
});

describe("alert rules", () => {
    it("cover each failure of the pipeline", () => {
        assert.deepEqual(
            alertNames(SCOPE),
            [
                "OtelCollectorRefusingSpans",
                "OtelCollectorDroppingSpans",
                "OtelCollectorExporterSendFailing",
                "OtelCollectorExporterQueueStalled",
                "OtelCollectorExporterQueueNearlyFull",
                "TempoDistributorRefusingSpans",
                "TempoDistributorIngesterAppendsFailing",
                "TempoIngesterFlushesFailing",
                "TempoDiscardingSpans",
                "TempoMetricsGeneratorRemoteWriteFailing",
                "TempoMetricsGeneratorRemoteWriteBehind",
            ],
        );
    });
    it("add the tail sampler's alert, in a group of its own, when the collector samples", () => {
        assert.deepEqual(
            groups.map((g) => g.name),
            ["trace-pipeline.collector", "trace-pipeline.tail-sampling", "trace-pipeline.tempo", "trace-pipeline.metrics-generator"],
        );
        assert.deepEqual(groups[1].rules?.map((r) => r.alert), [TAIL_ALERT]);
        assert.deepEqual(alertNames(SAMPLING_SCOPE).filter((a) => a !== TAIL_ALERT), alertNames(SCOPE));
    });
    it("have no tail-sampling rule when the collector does not sample", () => {
        const names = pipelineAlertGroups(SCOPE).map((g) => g.name);
        assert.ok(!names.includes("trace-pipeline.tail-sampling"), names.join(", "));
        assert.ok(!alertNames(SCOPE).includes(TAIL_ALERT));
    });
    it("fire on any trace the tail sampler lost undecided, per collector tier (job)", () => {
        const rule = rules.find((r) => r.alert === TAIL_ALERT);
        assert.equal(
            rule?.expr,
            'sum by (namespace, job) (rate(otelcol_processor_tail_sampling_sampling_trace_dropped_too_early_total{namespace="observability"}[5m])) > 0',
        );
        assert.deepEqual([rule?.for, rule?.labels?.severity], ["5m", "critical"]);
    });
    it("tell the on-call the tail sampler's buffer as the scope gives it, and what to change", () => {
        const description = String(rules.find((r) => r.alert === TAIL_ALERT)?.annotations?.description);
        assert.ok(description.includes("the 20,000 each replica holds (num_traces)"), description);
        for (const key of ["sizing.components.samplingCollector.replicas", "sizing.components.collector.replicas", "tailSampling.decisionWait"]) assert.ok(description.includes(key), key);
    });
    it("each have a pending period, a severity and a summary and description", () => {
        for (const rule of rules) {
            assert.match(String(rule.for), /^\d+m$/, `${rule.alert} for`);
            assert.ok(["warning", "critical"].includes(String(rule.labels?.severity)), `${rule.alert} severity`);
            assert.ok(rule.annotations?.summary && rule.annotations.description, `${rule.alert} annotations`);
        }
    });
    it("read only the pipeline's namespaces: every selector matches its component's namespace", () => {
        for (const rule of rules) {
            const namespaces = [...String(rule.expr).matchAll(/namespace="([^"]+)"/g)].map((m) => m[1]);
            const selectors = parsePromql(String(rule.expr)).selectors;
            assert.equal(namespaces.length, selectors.length, `${rule.alert}: a selector without a namespace`);
            const expected = rule.alert?.startsWith("OtelCollector") ? SCOPE.collectorNamespace : SCOPE.tempoNamespace;
            assert.deepEqual([...new Set(namespaces)], [expected], String(rule.alert));
        }
    });
    it("state their thresholds in the description, as the expression compares them", () => {
        // the description is what the on-call reads in the notification; a ratio is written as a percentage
        for (const rule of rules) {
            // an expression ending in a comparison states its threshold there (the stalled queues' ends in `)`: > 0 each)
            const threshold = Number(/> ([0-9.]+)$/.exec(String(rule.expr))?.[1] ?? 0);
            if (threshold === 0) continue;
            const stated = threshold < 1 ? `more than ${Math.round(threshold * 100)}%` : `more than ${threshold} s`;
            assert.ok(String(rule.annotations?.description).toLowerCase().includes(stated), `${rule.alert}: ${rule.annotations?.description} does not say ${stated}`);
        }
    });
    it("follow the scope they are given", () => {
        const other = pipelineAlertGroups({ collectorNamespace: "otel-system", tempoNamespace: "traces", tailSampling: { numTraces: 1 } });
        const exprs = other.flatMap((g) => g.rules ?? []).map((r) => String(r.expr));
        assert.ok(exprs.every((e) => !e.includes('namespace="observability"') && !e.includes('namespace="tempo"')));
        assert.ok(exprs.some((e) => e.includes('namespace="otel-system"')) && exprs.some((e) => e.includes('namespace="traces"')));
    });
});

describe("every expression (rules and dashboard)", () => {
    it("parses with Prometheus 3.14's PromQL grammar", () => {
        assert.ok(expressions.length >= 30, `only ${expressions.length} expressions`);
        for (const { where, expr } of expressions) assert.deepEqual(parsePromql(expr).errors, [], `${where}: ${expr}`);
    });
    it("names only metrics traced to the pinned components (tests/fixtures/pipeline-metrics.json)", () => {
        for (const { where, expr } of expressions) {
            for (const { metric } of parsePromql(expr).selectors) assert.ok(metric in metrics, `${where} names ${metric}, which the fixture does not trace`);
        }
    });
    it("leaves no traced metric unused", () => {
        const used = new Set(expressions.flatMap(({ expr }) => parsePromql(expr).selectors.map((s) => s.metric)));
        assert.deepEqual(Object.keys(metrics).filter((m) => !used.has(m)), []);
    });
    it("matches and groups only by labels the metric has, or the target's", () => {
        const known = (metric: string, label: string) => fixture.targetLabels.includes(label) || metrics[metric]?.labels.includes(label);
        for (const { where, expr } of expressions) {
            const parsed = parsePromql(expr);
            for (const s of parsed.selectors) for (const label of s.labels) assert.ok(known(s.metric, label), `${where}: ${s.metric} has no label ${label}`);
            for (const g of parsed.groupings) for (const label of g.labels) for (const metric of g.metrics) assert.ok(known(metric, label), `${where}: by (${label}) over ${metric}`);
        }
    });
    it("takes rates of counters only", () => {
        for (const { where, expr } of expressions) {
            for (const [, metric] of expr.matchAll(/(?:rate|increase)\(([a-zA-Z_:][a-zA-Z0-9_:]*)/g)) assert.equal(metrics[metric]?.type, "counter", `${where}: rate of ${metric}`);
        }
    });
});

describe("collector metric names", () => {
    it("end in _total for counters because the collector's reader adds type suffixes", () => {
        const reader = at(collectorTelemetry(), "metrics.readers.0.pull.exporter.prometheus") as Record<string, unknown>;
        assert.deepEqual([reader.without_type_suffix, reader.without_units], [false, false]);
        // the contrib components' (the tail sampler's) are the collector's instruments too, served by the same reader
        for (const [name, m] of Object.entries(metrics).filter(([, m]) => m.component.startsWith("collector"))) {
            assert.equal(name.endsWith("_total"), m.type === "counter", name);
        }
    });
    it("are served on every interface, where the monitoring Service's port points", () => {
        assert.deepEqual(at(collectorTelemetry(), "metrics.readers.0.pull.exporter.prometheus.host"), "0.0.0.0");
        assert.equal(at(collectorTelemetry(), "metrics.readers.0.pull.exporter.prometheus.port"), 8888);
    });
});

interface PanelJson {
    id: number;
    type: string;
    title: string;
    description?: string;
    gridPos: { x: number; y: number; w: number; h: number };
    datasource?: { uid: string };
    fieldConfig?: { defaults?: { unit?: string }; overrides?: unknown[] };
    options?: { reduceOptions?: unknown };
    targets?: { expr: string; legendFormat: string }[];
}

/**
 * The Grafana unit (packages/grafana-data/src/valueFormats/categories.ts ids) a panel's queries call for: `ops`
 * (per second) for rates, `percentunit` (0.0–1.0) for a queue's size over its capacity, `bytes` for memory, `s` for a
 * lag in seconds, `short` for counts of things.
 */
function unitFor(exprs: readonly string[]): string {
    if (exprs.every((e) => e.includes("rate("))) return "ops";
    if (exprs.every((e) => /_size\{[^}]*\} \/ \w+_capacity\{/.test(e))) return "percentunit";
    if (exprs.every((e) => /_bytes\{/.test(e))) return "bytes";
    if (exprs.every((e) => /_seconds\{[^}]*\} - \w+_seconds\{/.test(e))) return "s";
    return "short";
}

describe("dashboard", () => {
    const panels = dashboard.panels as PanelJson[];
    const queryPanels = panels.filter((p) => p.type !== "row");
    const scopeNamespaces = [SCOPE.collectorNamespace, SCOPE.tempoNamespace, SCOPE.operatorNamespace];
    it("has a fixed uid and unique panel ids", () => {
        assert.equal(dashboard.uid, PIPELINE_DASHBOARD_UID);
        assert.equal(new Set(panels.map((p) => p.id)).size, panels.length);
    });
    it("lays panels out within the 24-column grid without overlap", () => {
        const cells = new Set<string>();
        for (const { gridPos: g } of panels) {
            assert.ok(g.x >= 0 && g.x + g.w <= 24, JSON.stringify(g));
            for (let x = g.x; x < g.x + g.w; x++) for (let y = g.y; y < g.y + g.h; y++) {
                assert.ok(!cells.has(`${x},${y}`), `overlap at ${x},${y}`);
                cells.add(`${x},${y}`);
            }
        }
    });
    it("queries the Prometheus datasource it is given", () => {
        const other = pipelineDashboard({ ...SCOPE, prometheusDatasourceUid: "prom-2", alertGroups: groups });
        for (const p of (other.panels as typeof panels).filter((p) => p.type !== "row")) assert.equal(p.datasource?.uid, "prom-2");
    });
    it("titles every row and panel, each title once", () => {
        const titles = panels.map((p) => p.title);
        assert.ok(titles.every((t) => t.length > 0), JSON.stringify(titles));
        assert.equal(new Set(titles).size, titles.length, titles.join(", "));
    });
    it("refreshes itself at an interval Grafana accepts", () => {
        // a Grafana duration, no shorter than its default [dashboards] min_refresh_interval of 5s (conf/defaults.ini)
        const match = /^(\d+)(s|m|h)$/.exec(String(dashboard.refresh));
        assert.ok(match, `refresh ${JSON.stringify(dashboard.refresh)}`);
        assert.ok(Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as "s" | "m" | "h"] >= 5, String(dashboard.refresh));
    });
    it("gives every panel at least one query and a description (Grafana's tooltip on the panel's title)", () => {
        for (const p of queryPanels) {
            assert.ok((p.targets ?? []).length > 0, `${p.title}: no query`);
            assert.ok(p.description, `${p.title}: no description`);
        }
    });
    it("shows each panel in the unit its queries measure", () => {
        for (const p of queryPanels) assert.equal(p.fieldConfig?.defaults?.unit, unitFor((p.targets ?? []).map((t) => t.expr)), p.title);
    });
    it("names every series: a legend per query, distinct in its panel, from labels the query keeps", () => {
        for (const p of queryPanels) {
            const legends = (p.targets ?? []).map((t) => t.legendFormat);
            assert.ok(legends.every((l) => l.length > 0), `${p.title}: a query without a legend`);
            assert.equal(new Set(legends).size, legends.length, `${p.title}: ${legends.join(", ")}`);
            for (const { expr, legendFormat } of p.targets ?? []) {
                const kept = parsePromql(withoutGrafanaVariables(expr)).groupings.flatMap((g) => g.labels);
                for (const [, label] of legendFormat.matchAll(/\{\{(\w+)\}\}/g)) assert.ok(kept.includes(label), `${p.title}: legend ${legendFormat} names ${label}, which ${expr} drops`);
            }
        }
    });
    it("reads only the pipeline's namespaces, the scrape-health query all three of them", () => {
        for (const p of queryPanels) {
            for (const { expr } of p.targets ?? []) {
                const selectors = parsePromql(withoutGrafanaVariables(expr)).selectors.filter((s) => s.metric !== "ALERTS");
                const matchers = [...expr.matchAll(/namespace(=~?)"([^"]*)"/g)].map(([, op, value]) => ({ op, value }));
                assert.equal(matchers.length, selectors.length, `${p.title}: a selector without a namespace: ${expr}`);
                for (const { op, value } of matchers) {
                    // =~ is anchored by Prometheus: it must match each namespace of the pipeline and nothing else
                    const matches = (ns: string) => (op === "=" ? value === ns : new RegExp(`^(?:${value})$`).test(ns));
                    assert.ok(scopeNamespaces.some(matches), `${p.title}: namespace${op}"${value}"`);
                    assert.ok(!matches("apps") && !matches(""), `${p.title}: namespace${op}"${value}" reads other namespaces`);
                    if (op === "=~") assert.deepEqual(scopeNamespaces.filter(matches), scopeNamespaces, `${p.title}: namespace=~"${value}"`);
                }
            }
        }
        const scrapeHealth = dashboardQueries(dashboard).find((q) => q.startsWith("count(up{")) as string;
        assert.ok(scrapeHealth.includes("namespace=~"), scrapeHealth);
    });
    it("shows each stat's last value, one per series", () => {
        const stats = queryPanels.filter((p) => p.type === "stat");
        assert.ok(stats.length > 0);
        // lastNotNull: the current rate or count, not an average over the range; values false: reduce each series
        // to one value rather than list its rows. Set, not left to the stat plugin's defaults (Grafana 7.0's was mean).
        for (const p of stats) assert.deepEqual(p.options?.reduceOptions, { calcs: ["lastNotNull"], fields: "", values: false }, p.title);
    });
    it("has field overrides only in Grafana's shape (a matcher and properties), none today", () => {
        for (const p of queryPanels) {
            const overrides = p.fieldConfig?.overrides;
            assert.ok(Array.isArray(overrides), p.title);
            for (const o of overrides) assert.ok(typeof o === "object" && o !== null && "matcher" in o && "properties" in o, `${p.title}: override ${JSON.stringify(o)}`);
        }
    });
    it("adds no annotation queries of its own (Grafana adds its built-in Annotations & Alerts one)", () => {
        // Grafana reads a missing list as empty (DashboardModel ensureListExist, the Go migrator's ensureAnnotationsExist)
        const annotations = dashboard.annotations as { list?: unknown[] };
        assert.deepEqual(annotations.list ?? [], []);
    });
    it("is tagged with the project and the components it watches, for Grafana's dashboard search", () => {
        assert.deepEqual(dashboard.tags, ["mesh-observability", "opentelemetry", "tempo"]);
    });
    it("lists the firing alerts of exactly the pipeline's rules", () => {
        const alertQuery = dashboardQueries(dashboard).find((q) => q.includes("ALERTS")) as string;
        const names = (alertQuery.match(/alertname=~"([^"]+)"/) as RegExpMatchArray)[1].split("|");
        assert.deepEqual(names, rules.map((r) => r.alert));
    });
    it("shows the tail sampler after the collector, only when the collector samples", () => {
        const rows = (d: Record<string, unknown>) => (d.panels as PanelJson[]).filter((p) => p.type === "row").map((p) => p.title);
        const without = pipelineDashboard({ ...SCOPE, prometheusDatasourceUid: "prometheus", alertGroups: pipelineAlertGroups(SCOPE) });
        assert.deepEqual(rows(dashboard), ["Overview", "OpenTelemetry Collector", "Tail sampling", "Tempo", "Metrics-generator", "OpenTelemetry Operator"]);
        assert.deepEqual(rows(without), rows(dashboard).filter((t) => t !== "Tail sampling"));
        assert.deepEqual(dashboardQueries(without).filter((q) => q.includes("tail_sampling")), []);
    });
    it("plots the traces the alert counts next to the traces coming in, and states num_traces by the held traces", () => {
        const lost = queryPanels.find((p) => p.title === "Traces in, and lost before their decision");
        const alertExpr = String(rules.find((r) => r.alert === TAIL_ALERT)?.expr);
        const counted = parsePromql(alertExpr).selectors.map((s) => s.metric);
        assert.ok(lost?.targets?.some((t) => parsePromql(withoutGrafanaVariables(t.expr)).selectors.some((s) => counted.includes(s.metric))), JSON.stringify(lost?.targets));
        assert.match(String(queryPanels.find((p) => p.title === "Traces held awaiting their decision")?.description), /num_traces \(20,000\)/);
    });
});

describe("PipelineHealth", () => {
    let harness: Harness;
    before(async () => (harness = await Harness.create()));
    const build = () =>
        harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const release = new k8s.core.v1.ConfigMap("crds-stand-in", { metadata: { name: "release" } }, { provider });
            const namespace = new k8s.core.v1.Namespace("monitoring-ns", { metadata: { name: "monitoring" } }, { provider });
            const args: PipelineHealthArgs = {
                provider,
                monitoring: {
                    release,
                    namespace: { name: "monitoring", resource: namespace },
                    selectorLabels: { release: "kube-prometheus-stack" },
                    prometheusDatasourceUid: "prometheus",
                    dashboardLabel: { name: "grafana_dashboard", value: "1" },
                },
                scope: SAMPLING_SCOPE,
                targets: [collectorScrapeTarget("observability"), operatorScrapeTarget("opentelemetry-operator-system")],
            };
            return new PipelineHealth("health", args);
        });

    it("creates a ServiceMonitor per target and the rules, after the release that brings their CRDs", async () => {
        const reg = await build();
        for (const [type, name] of [
            ["kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "health-opentelemetry-collectors"],
            ["kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "health-opentelemetry-operator"],
            ["kubernetes:monitoring.coreos.com/v1:PrometheusRule", "health-alerts"],
        ]) {
            const r = reg.get(type, name);
            assert.deepEqual(reg.dependenciesOf(r), ["kubernetes:core/v1:ConfigMap::crds-stand-in"], name);
            assert.deepEqual(labelsOf(r), { release: "kube-prometheus-stack" }, name);
        }
    });
    it("puts the rule groups into the PrometheusRule", async () => {
        const rule = (await build()).get("kubernetes:monitoring.coreos.com/v1:PrometheusRule", "health-alerts");
        assert.deepEqual(at(rule.inputs, "spec.groups"), JSON.parse(JSON.stringify(groups)));
    });
    it("provisions the dashboard as a ConfigMap the sidecar loads, waiting only for the namespace", async () => {
        const reg = await build();
        const configMap = reg.get("kubernetes:core/v1:ConfigMap", "health-dashboard");
        assert.deepEqual(labelsOf(configMap), { grafana_dashboard: "1" });
        assert.deepEqual(reg.dependenciesOf(configMap), ["kubernetes:core/v1:Namespace::monitoring-ns"]);
        assert.deepEqual(JSON.parse(String((configMap.inputs.data as Record<string, string>)[`${PIPELINE_DASHBOARD_UID}.json`])), dashboard);
    });
});

describe("PipelineHealth in the stack", () => {
    let harness: Harness;
    before(async () => (harness = await Harness.create()));
    const root = path.resolve(import.meta.dirname, "..");
    function stackConfig(stack: string, overrides: Record<string, unknown> = {}): StackConfig {
        const files = loadStackConfigFiles(root, stack);
        const raw = { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [`mesh-observability:${k}`, JSON.stringify(v)])) };
        return parseStackConfig(raw, new Set(files.secretKeys));
    }
    const groupsOf = (reg: Registrations<unknown>) => at(reg.get("kubernetes:monitoring.coreos.com/v1:PrometheusRule", "pipeline-health-alerts").inputs, "spec.groups") as typeof groups;
    /** num_traces of the collector that runs tail_sampling: the one tier, or the sampling tier. */
    const numTracesOf = (reg: Registrations<unknown>) =>
        reg
            .ofType("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector")
            .map((r) => at(r.inputs, "spec.config.processors.tail_sampling.num_traces"))
            .filter((n) => n !== undefined);

    it("has no tail-sampling rules when tail sampling is off (the stacks' default)", async () => {
        const reg = await harness.run(() => buildPlatform(stackConfig("dev")));
        assert.deepEqual(numTracesOf(reg), []);
        assert.ok(!JSON.stringify(groupsOf(reg)).includes(TAIL_ALERT));
    });
    for (const stack of ["dev", "prod"]) {
        // dev: one collector replica samples itself; prod: a sampling tier behind the gateway
        it(`alerts on the tail sampler with the buffer its collector holds, when tailSampling.enabled (${stack})`, async () => {
            const reg = await harness.run(() => buildPlatform(stackConfig(stack, { tailSampling: { enabled: true } })));
            const tail = groupsOf(reg).find((g) => g.name === "trace-pipeline.tail-sampling");
            assert.deepEqual(tail?.rules?.map((r) => r.alert), [TAIL_ALERT]);
            const [numTraces] = numTracesOf(reg) as number[];
            assert.ok(String(tail?.rules?.[0].annotations?.description).includes(`the ${numTraces.toLocaleString("en-US")} each replica holds`));
        });
    }
});
