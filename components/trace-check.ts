// The post-deploy trace check: a Job that runs scripts/trace-check.ts once the platform and the demo are ready,
// and fails `pulumi up` with a verdict naming the missing piece unless a request through the ingress gateway
// becomes one stitched trace in Tempo with service-graph series in Prometheus.
//
// A script Job (components/script-job.ts: how `pulumi up` awaits it and prints the termination message, the guard,
// the hardening): the script writes its verdict (`TRACE CHECK PASSED: …` / `TRACE CHECK FAILED (<verdict>): …`) as
// the termination message, and a run that ends without one, whatever its exit code, fails the Job with the
// `no-verdict` message, so a check that silently did nothing can never pass `pulumi up` again. The Job's
// `activeDeadlineSeconds` ends it well before the stack's await timeout (stacks/timeouts.ts). A change of the
// fingerprint in its pod template (script, settings, stack config, pinned versions) replaces the Job and re-runs the check.
import * as fs from "node:fs";
import * as path from "node:path";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { MeshMode } from "../model/mesh.ts";
import type { TraceCheckSettings } from "../scripts/trace-check-lib.ts";
import { BOOKINFO_IMAGE_TAG, type BookinfoEndpoints } from "./demo/bookinfo.ts";
import { componentNamespace } from "./helm.ts";
import { ISTIO_VERSION, type IstioEndpoints } from "./istio/index.ts";
import { KUBE_PROMETHEUS_STACK_CHART, type MonitoringEndpoints } from "./kube-prometheus-stack.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type CollectorEndpoints, OPENTELEMETRY_OPERATOR_CHART } from "./opentelemetry.ts";
import { resultGuard, SCRIPT_IMAGE, type ScriptJob, scriptJob } from "./script-job.ts";
import { TEMPO_CHART, TEMPO_DISTRIBUTED_CHART, type TempoEndpoints } from "./tempo.ts";

export const TRACE_CHECK_NAMESPACE = PLATFORM_NAMESPACES.traceCheck;
const NAME = "trace-check";
/** The image the Job runs: every script Job's (components/script-job.ts). */
export const TRACE_CHECK_IMAGE = SCRIPT_IMAGE;
/** The script's files, mounted into the Job as they are in the repository: the entry the Job runs, the check it imports. */
export const TRACE_CHECK_FILES = ["trace-check.ts", "trace-check-lib.ts"] as const;
const SCRIPTS = path.join(import.meta.dirname, "..", "scripts");
/** Where the ConfigMap's files appear in the container. */
export const TRACE_CHECK_MOUNT = "/check";
/** The head of the verdict line the script writes to $TRACE_CHECK_TERMINATION_LOG (trace-check-lib.ts `formatResult`). */
const RESULT = "TRACE CHECK";
/** The container's command: the script runs behind it and passes only with a verdict (components/script-job.ts `resultGuard`). */
export const VERDICT_GUARD = resultGuard(RESULT);

/** Seconds the check may take; the Job's deadline and Pulumi's wait allow for scheduling and the image pull. */
export const DEFAULT_TIMING: TraceCheckSettings["timing"] = { deadline: 420, ready: 240, round: 60, rounds: 3, serviceGraph: 150, poll: 2 };
const SCHEDULING_SLACK_SECONDS = 120;

/** The demo's services, namespace and entry path, and its waypoint's name (ambient). */
export interface CheckedDemo extends BookinfoEndpoints {
    readonly waypoint: string;
}

export interface TraceCheckSettingsArgs {
    readonly meshMode: MeshMode;
    readonly gateway: IstioEndpoints;
    readonly demo: CheckedDemo;
    readonly tempo: TempoEndpoints;
    readonly monitoring: MonitoringEndpoints;
    readonly collector: CollectorEndpoints;
    readonly timing?: Partial<TraceCheckSettings["timing"]>;
}

/** The script's settings: every address from the endpoints of the component that owns it. */
export function traceCheckSettings(args: TraceCheckSettingsArgs): TraceCheckSettings {
    return {
        meshMode: args.meshMode,
        targetUrl: `http://${args.gateway.gatewayService}:${args.gateway.gatewayHttpPort}${args.demo.entryPath}`,
        tempoUrl: args.tempo.queryUrl,
        prometheusUrl: args.monitoring.prometheusUrl,
        collectorUrl: args.collector.otlpHttpUrl,
        gateway: { namespace: args.gateway.gatewayNamespace, service: args.gateway.gatewayServiceName },
        demo: { namespace: args.demo.namespace, services: [...args.demo.services], waypoint: args.demo.waypoint },
        timing: { ...DEFAULT_TIMING, ...args.timing },
        extraRequests: 10,
    };
}

/** The pinned versions of what the check exercises: a new one re-runs the check. */
export function checkedVersions(): Record<string, string> {
    return {
        istio: ISTIO_VERSION,
        tempo: TEMPO_CHART.version,
        tempoDistributed: TEMPO_DISTRIBUTED_CHART.version,
        kubePrometheusStack: KUBE_PROMETHEUS_STACK_CHART.version,
        openTelemetryOperator: OPENTELEMETRY_OPERATOR_CHART.version,
        bookinfo: BOOKINFO_IMAGE_TAG,
    };
}

/**
 * The Job and its ConfigMap: one attempt, outside the mesh, read-only, no API access; the verdict as its termination
 * message. `scripts` are TRACE_CHECK_FILES' texts; `rerunOn` what else re-runs the check (pinned versions, stack config).
 */
export function traceCheckJob(namespace: string, settings: TraceCheckSettings, scripts: Readonly<Record<string, string>>, rerunOn: readonly string[]): ScriptJob {
    return scriptJob({
        app: NAME,
        name: NAME,
        namespace,
        result: RESULT,
        mount: TRACE_CHECK_MOUNT,
        files: { ...scripts, "settings.json": `${JSON.stringify(settings, null, 2)}\n` },
        entry: TRACE_CHECK_FILES[0],
        args: [`${TRACE_CHECK_MOUNT}/settings.json`],
        resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
        deadlineSeconds: settings.timing.deadline + SCHEDULING_SLACK_SECONDS,
        // one attempt: a failed check fails `pulumi up` now, with this pod's verdict
        backoffLimit: 0,
        rerunOn,
    });
}

export interface TraceCheckArgs extends TraceCheckSettingsArgs {
    readonly provider: k8s.Provider;
    /**
     * What must be ready before a request can prove anything: the demo's Deployments and route, the ingress gateway,
     * the waypoints, Tempo, Prometheus' release and the collector. The script also waits (bounded) for Tempo,
     * Prometheus and the collector to answer, since operators start some of their pods after Pulumi is done.
     */
    readonly after: readonly pulumi.Resource[];
    /** Anything else whose change should re-run the check (the stack config). @default "" */
    readonly rerunKey?: string;
}

/** The check's Job, its script and settings; `output` is what the stack exports. */
export class TraceCheck extends pulumi.ComponentResource {
    readonly settings: TraceCheckSettings;
    readonly job: k8s.batch.v1.Job;
    readonly output: TraceCheckOutput;

    constructor(name: string, args: TraceCheckArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:TraceCheck", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        this.settings = traceCheckSettings(args);
        const scripts = Object.fromEntries(TRACE_CHECK_FILES.map((file) => [file, fs.readFileSync(path.join(SCRIPTS, file), "utf8")]));
        const { job, configMap } = traceCheckJob(TRACE_CHECK_NAMESPACE, this.settings, scripts, [JSON.stringify(checkedVersions()), args.rerunKey ?? ""]);

        // its own namespace, enrolled in nothing: the Job is a client from outside the mesh
        const namespace = componentNamespace(`${name}-namespace`, TRACE_CHECK_NAMESPACE, childOpts);
        const files = new k8s.core.v1.ConfigMap(`${name}-script`, configMap, { ...childOpts, dependsOn: [namespace] });
        this.job = new k8s.batch.v1.Job(`${name}-job`, job, {
            ...childOpts,
            // the pod mounts the ConfigMap; the rest are what the request crosses (see `after`)
            dependsOn: [files, ...args.after],
        });
        this.output = {
            enabled: true,
            job: `${TRACE_CHECK_NAMESPACE}/${NAME}`,
            status: this.job.status.apply((status) => (status?.succeeded ? "passed" : status?.failed ? "failed" : "pending")),
            verdict: `kubectl -n ${TRACE_CHECK_NAMESPACE} logs job/${NAME}`,
            rerun: this.job.urn.apply((urn) => `pulumi up --target-replace '${urn}'`),
        };
        this.registerOutputs({ output: this.output });
    }
}

/** The stack output: how the last check went and how to read or repeat it; `{ enabled: false }` without one. */
export type TraceCheckOutput =
    | { readonly enabled: false }
    | { readonly enabled: true; readonly job: string; readonly status: pulumi.Output<string>; readonly verdict: string; readonly rerun: pulumi.Output<string> };
