import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { createCustomResource, PrometheusRule } from "../../crds/index.ts";
import { pipelineDashboard, PIPELINE_DASHBOARD_UID } from "./dashboard.ts";
import { pipelineAlertGroups, type PipelineScope } from "./rules.ts";
import { type ScrapeTarget, serviceMonitorFor } from "./targets.ts";

export { collectorScrapeTarget, operatorScrapeTarget, type ScrapeTarget } from "./targets.ts";
export { pipelineAlertGroups, type PipelineScope, type RuleGroup, type TailSamplingScope, THRESHOLDS } from "./rules.ts";
export { dashboardQueries, pipelineDashboard, PIPELINE_DASHBOARD_UID } from "./dashboard.ts";

/** What of kube-prometheus-stack the pipeline's monitors, rules and dashboard need. */
export interface MonitoringStack {
    /** Installs the monitoring CRDs and prometheus-operator's webhook, which validates PrometheusRules. */
    readonly release: pulumi.Resource;
    /** Prometheus' and Grafana's namespace, where the monitors, rules and dashboard go. */
    readonly namespace: { readonly name: string; readonly resource: pulumi.Resource };
    /** Labels this Prometheus selects ServiceMonitors and PrometheusRules by. */
    readonly selectorLabels: Readonly<Record<string, string>>;
    /** uid of Grafana's Prometheus datasource. */
    readonly prometheusDatasourceUid: string;
    /** The label (and value) Grafana's dashboard sidecar loads ConfigMaps by. */
    readonly dashboardLabel: { readonly name: string; readonly value: string };
}

export interface PipelineHealthArgs {
    readonly provider: k8s.Provider;
    readonly monitoring: MonitoringStack;
    /** Where the collectors and Tempo run, and the job of the tier applications send to: the rules' and dashboard's scope. */
    readonly scope: PipelineScope & { readonly operatorNamespace: string; readonly receivingCollectorJob: string };
    /**
     * Services scraped through a ServiceMonitor of this component: the collectors and the operator, plus what other
     * components bring (Loki, when present). Tempo is not here: its charts' own monitors cover every component.
     */
    readonly targets: readonly ScrapeTarget[];
}

/**
 * The trace pipeline watching itself: ServiceMonitors for the collectors and the operator (Tempo's come with its
 * chart), the pipeline's alert rules, and its Grafana dashboard. Monitors and rules wait for kube-prometheus-stack's
 * release (their CRDs, and the webhook that validates rules); the dashboard ConfigMap only for the namespace.
 */
export class PipelineHealth extends pulumi.ComponentResource {
    readonly monitors: k8s.apiextensions.CustomResource[];
    readonly rules: k8s.apiextensions.CustomResource;
    readonly dashboard: k8s.core.v1.ConfigMap;

    constructor(name: string, args: PipelineHealthArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:PipelineHealth", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        const monitoring = args.monitoring;
        const afterRelease = { ...childOpts, dependsOn: [monitoring.release] };

        this.monitors = args.targets.map((target) =>
            createCustomResource(`${name}-${target.name}`, serviceMonitorFor(target, monitoring.namespace.name, monitoring.selectorLabels), afterRelease),
        );
        const groups = pipelineAlertGroups(args.scope);
        this.rules = createCustomResource(
            `${name}-alerts`,
            new PrometheusRule({ metadata: { name: "trace-pipeline", namespace: monitoring.namespace.name, labels: { ...monitoring.selectorLabels } }, spec: { groups } }),
            afterRelease,
        );
        const dashboard = pipelineDashboard({ ...args.scope, prometheusDatasourceUid: monitoring.prometheusDatasourceUid, alertGroups: groups });
        this.dashboard = new k8s.core.v1.ConfigMap(
            `${name}-dashboard`,
            {
                metadata: { name: "trace-pipeline-dashboard", namespace: monitoring.namespace.name, labels: { [monitoring.dashboardLabel.name]: monitoring.dashboardLabel.value } },
                data: { [`${PIPELINE_DASHBOARD_UID}.json`]: JSON.stringify(dashboard) },
            },
            { ...childOpts, dependsOn: [monitoring.namespace.resource] },
        );
        this.registerOutputs({});
    }
}
