// The post-deploy trace check: a Job that runs scripts/trace-check.ts once the platform and the demo are ready,
// and fails `pulumi up` with a verdict naming the missing piece unless a request through the ingress gateway
// becomes one stitched trace in Tempo with service-graph series in Prometheus.
//
// How `pulumi up` reports it (@pulumi/kubernetes 4.x, provider/pkg/await/job.go and checker/job, checker/pod):
// a batch/v1 Job is awaited until its `Complete` condition (within the stack's await timeouts, stacks/timeouts.ts);
// a `Failed` condition with reason BackoffLimitExceeded or DeadlineExceeded fails the resource at once, and the
// error lists the failed container's `[<reason>] <termination message>`: the script writes its verdict there. The
// Job's `activeDeadlineSeconds` ends it well before the await would time out.
// The script runs behind a guard (VERDICT_GUARD): a run that ends without a verdict, whatever its exit code, fails the
// Job with the `no-verdict` message, so a check that silently did nothing can never pass `pulumi up` again.
// `pulumi.com/replaceUnready` makes the next `up` replace a Job that did not complete, so a fixed platform is
// checked again without a manual step. A Job's pod template is immutable, so a change of the fingerprint in it
// (script, settings, stack config, pinned versions) replaces the Job and re-runs the check.
import { createHash } from "node:crypto";
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
import { TEMPO_CHART, TEMPO_DISTRIBUTED_CHART, type TempoEndpoints } from "./tempo.ts";

export const TRACE_CHECK_NAMESPACE = PLATFORM_NAMESPACES.traceCheck;
const NAME = "trace-check";
/** The official Node.js image (docker-library `node`, its `<version>-alpine` tag): it runs the script's TypeScript natively. */
export const TRACE_CHECK_IMAGE = "node:24.19.0-alpine";
/** The script's files, mounted into the Job as they are in the repository: the entry the Job runs, the check it imports. */
export const TRACE_CHECK_FILES = ["trace-check.ts", "trace-check-lib.ts"] as const;
const SCRIPTS = path.join(import.meta.dirname, "..", "scripts");
/** Where the ConfigMap's files appear in the container. */
export const TRACE_CHECK_MOUNT = "/check";
/** The container's termination message file (the Kubernetes default, set explicitly: the script and the guard write it). */
export const TERMINATION_LOG = "/dev/termination-log";

/**
 * The container's command (busybox sh in node:*-alpine): runs its arguments, then passes only if they left a verdict.
 * The script writes its verdict line (`TRACE CHECK PASSED: …` / `TRACE CHECK FAILED (<verdict>): …`) to
 * $TRACE_CHECK_TERMINATION_LOG, which Kubernetes turns into the termination message `pulumi up` prints. Without one
 * (the script never ran its check, crashed, or was killed) the guard writes a `no-verdict` line there and fails;
 * with one, the script's exit code stands, except that a failed verdict never exits 0. POSIX sh only.
 */
export const VERDICT_GUARD = [
    '"$@"',
    "code=$?",
    'verdict=""',
    '[ -r "$TRACE_CHECK_TERMINATION_LOG" ] && IFS= read -r verdict < "$TRACE_CHECK_TERMINATION_LOG"',
    'case "$verdict" in',
    '  "TRACE CHECK PASSED:"*) exit "$code" ;;',
    '  "TRACE CHECK FAILED ("*) [ "$code" -ne 0 ] || code=1; exit "$code" ;;',
    "esac",
    'message="TRACE CHECK FAILED (no-verdict): $* exited $code and wrote no verdict: the check did not run to its end (see the Job log)"',
    'echo "$message" >&2',
    'printf "%s" "$message" > "$TRACE_CHECK_TERMINATION_LOG"',
    '[ "$code" -ne 0 ] || code=1',
    'exit "$code"',
].join("\n");
/** The image's unprivileged `node` user. */
const NODE_UID = 1000;

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

/** 16 hex digits over everything the verdict depends on. */
export function fingerprint(...parts: string[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex").slice(0, 16);
}

/** The Job: one attempt, outside the mesh, read-only, no API access; the verdict as its termination message. */
export function traceCheckJob(namespace: string, settings: TraceCheckSettings, runFingerprint: string): k8s.types.input.batch.v1.Job {
    const labels = { "app.kubernetes.io/name": NAME, "app.kubernetes.io/part-of": "mesh-observability" };
    return {
        metadata: {
            name: NAME,
            namespace,
            labels,
            annotations: { "pulumi.com/replaceUnready": "true" },
        },
        spec: {
            // one attempt: a failed check fails `pulumi up` now, with this pod's verdict
            backoffLimit: 0,
            activeDeadlineSeconds: settings.timing.deadline + SCHEDULING_SLACK_SECONDS,
            template: {
                metadata: { labels, annotations: { "mesh-observability.io/trace-check-fingerprint": runFingerprint } },
                spec: {
                    restartPolicy: "Never",
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, runAsUser: NODE_UID, runAsGroup: NODE_UID, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [
                        {
                            name: NAME,
                            image: TRACE_CHECK_IMAGE,
                            command: ["sh", "-c", VERDICT_GUARD, NAME],
                            args: ["node", `${TRACE_CHECK_MOUNT}/${TRACE_CHECK_FILES[0]}`, `${TRACE_CHECK_MOUNT}/settings.json`],
                            env: [
                                { name: "TRACE_CHECK_TERMINATION_LOG", value: TERMINATION_LOG },
                                // Node.js 24 strips the script's types; its notice about that is noise here
                                { name: "NODE_OPTIONS", value: "--disable-warning=ExperimentalWarning" },
                            ],
                            terminationMessagePath: TERMINATION_LOG,
                            terminationMessagePolicy: "FallbackToLogsOnError",
                            resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
                            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
                            volumeMounts: [{ name: "check", mountPath: TRACE_CHECK_MOUNT, readOnly: true }],
                        },
                    ],
                    volumes: [{ name: "check", configMap: { name: NAME } }],
                },
            },
        },
    };
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
        const settingsJson = `${JSON.stringify(this.settings, null, 2)}\n`;

        // its own namespace, enrolled in nothing: the Job is a client from outside the mesh
        const namespace = componentNamespace(`${name}-namespace`, TRACE_CHECK_NAMESPACE, childOpts);
        const files = new k8s.core.v1.ConfigMap(
            `${name}-script`,
            { metadata: { name: NAME, namespace: TRACE_CHECK_NAMESPACE }, data: { ...scripts, "settings.json": settingsJson } },
            { ...childOpts, dependsOn: [namespace] },
        );
        const runFingerprint = fingerprint(...Object.values(scripts), settingsJson, JSON.stringify(checkedVersions()), args.rerunKey ?? "");
        this.job = new k8s.batch.v1.Job(`${name}-job`, traceCheckJob(TRACE_CHECK_NAMESPACE, this.settings, runFingerprint), {
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
