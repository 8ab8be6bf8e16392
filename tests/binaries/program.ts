// The program's own objects for the real-binary tests: `npm run synth` of a stack file (Pulumi.dev.yaml or
// Pulumi.prod.yaml with some keys set) in a child process, as reviewers run it, and the objects a test runs: the
// OpenTelemetryCollector specs, the PrometheusRule's groups, the dashboards, Grafana's datasources and Prometheus'
// chart values. Never copies: a test that runs these runs what `pulumi up` would apply.
import type { DesiredState } from "../../scripts/desired-state.ts";
import type { EnvVar } from "./loopback.ts";
import { synth, type Variant } from "./stack-objects.ts";

export type { Variant } from "./stack-objects.ts";

export interface CollectorSpec {
    readonly mode: string;
    readonly config: Record<string, unknown>;
    readonly env?: readonly EnvVar[];
}

export interface RuleGroup {
    readonly name: string;
    readonly rules: readonly { alert?: string; record?: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> }[];
}

export interface ProgramObjects {
    readonly state: DesiredState;
    /** OpenTelemetryCollector specs by the CR's metadata.name. */
    readonly collectors: Readonly<Record<string, CollectorSpec>>;
    /** Every PrometheusRule's spec.groups. */
    readonly ruleGroups: readonly RuleGroup[];
    /** Grafana dashboards the program provisions as ConfigMaps (file name → dashboard JSON). */
    readonly dashboards: Readonly<Record<string, Record<string, unknown>>>;
    /** kube-prometheus-stack's values (the Helm release's). */
    readonly monitoringValues: Record<string, unknown>;
    /** Grafana's additional datasources, from those values. */
    readonly datasources: readonly Record<string, unknown>[];
    /** ServiceMonitors by metadata.name. */
    readonly serviceMonitors: Readonly<Record<string, ServiceMonitor>>;
}

export interface ServiceMonitor {
    readonly metadata: { readonly name: string; readonly namespace: string };
    readonly spec: { readonly namespaceSelector: { readonly matchNames: readonly string[] }; readonly endpoints: readonly { readonly port: string; readonly interval?: string }[] };
}

/** `npm run synth` for one variant, in a child process. */

export async function programObjects(variant: Variant, dir: string): Promise<ProgramObjects> {
    const state = await synth(variant, dir);
    const collectors: Record<string, CollectorSpec> = {};
    const ruleGroups: RuleGroup[] = [];
    const dashboards: Record<string, Record<string, unknown>> = {};
    let monitoringValues: Record<string, unknown> = {};
    const serviceMonitors: Record<string, ServiceMonitor> = {};
    for (const r of state.resources) {
        const inputs = r.inputs as { metadata?: { name?: string; labels?: Record<string, string> }; spec?: unknown; data?: Record<string, string>; chart?: string; values?: Record<string, unknown> };
        if (r.type === "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector") collectors[inputs.metadata?.name ?? r.name] = inputs.spec as CollectorSpec;
        else if (r.type === "kubernetes:monitoring.coreos.com/v1:ServiceMonitor") serviceMonitors[inputs.metadata?.name ?? r.name] = inputs as unknown as ServiceMonitor;
        else if (r.type === "kubernetes:monitoring.coreos.com/v1:PrometheusRule") ruleGroups.push(...((inputs.spec as { groups: RuleGroup[] }).groups ?? []));
        else if (r.type === "kubernetes:core/v1:ConfigMap" && inputs.metadata?.labels?.grafana_dashboard === "1") {
            for (const [file, json] of Object.entries(inputs.data ?? {})) dashboards[file] = JSON.parse(json) as Record<string, unknown>;
        } else if (r.type === "kubernetes:helm.sh/v3:Release" && inputs.chart === "kube-prometheus-stack") monitoringValues = inputs.values ?? {};
    }
    const grafana = (monitoringValues.grafana ?? {}) as { additionalDataSources?: Record<string, unknown>[] };
    return { state, collectors, ruleGroups, dashboards, monitoringValues, datasources: grafana.additionalDataSources ?? [], serviceMonitors };
}

/** The collector named `name` (the CR's metadata.name), or an error listing those there are. */
export function collector(objects: ProgramObjects, name: string): CollectorSpec {
    const spec = objects.collectors[name];
    if (!spec) throw new Error(`no OpenTelemetryCollector ${name}; the program makes ${Object.keys(objects.collectors).join(", ")}`);
    return spec;
}
