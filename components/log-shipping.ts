// Container logs to the log store: an OpenTelemetry collector on every node (a DaemonSet the operator runs) tails
// /var/log/pods, parses the CRI lines, finds the trace id in Envoy's access log line and in JSON or logfmt lines, puts
// it in the log record's trace id (Loki stores it as the structured metadata `trace_id`), adds Kubernetes metadata
// and pushes OTLP to Loki. Components are those of the collector-k8s distribution 0.158 (file_log, k8s_attributes,
// otlp_http, file_storage); stanza operators from opentelemetry-collector-contrib pkg/stanza (container,
// regex_parser with its `trace` parser, remove).
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { createCustomResource, OpenTelemetryCollector, type OpenTelemetryCollectorSpec } from "../crds/index.ts";
import { collectorTelemetry } from "./collector-telemetry.ts";
import { logExportBatch } from "./log-push.ts";
import type { LogStoreApi } from "./loki.ts";
import { COLLECTOR_NAMESPACE, type ExistingNamespace } from "./opentelemetry.ts";
import { type ComponentSizing, PROFILES, resourceRequirements } from "./sizing.ts";

export const LOG_COLLECTOR_NAME = "otel-logs";

/**
 * Where a log line carries its trace id, as the collector's regex_parser runs it (Go RE2): `trace_id=<32 hex>` at a
 * word start (Envoy's access log line, whose format ends with `trace_id=%TRACE_ID%`; logfmt's `trace_id`, `traceId`,
 * `trace.id`) or a JSON string field named `trace_id`, `traceId`, `traceid`, `TraceId` (the OTel SDKs' and
 * log-bridges' names), `trace.id` (ECS) or `otelTraceID` (Python's logging instrumentation). Keys match in any case;
 * the id is W3C's 32 hex digits (Envoy prints `-` for a request without one: no match). The last one on the line
 * wins (the greedy `^.*`): Envoy's own id ends its line, after fields a client chooses (the path with its query, the
 * user agent, the request id), which must not pass for it. (A line whose own id is `-` still yields one a client
 * wrote earlier in it: RE2 has no lookahead to refuse that.)
 */
export const TRACE_ID_PATTERN = '(?is:^.*(?:\\btrace[_.]?id=|"(?:trace[_.]?id|oteltraceid)"\\s*:\\s*"))(?P<trace_id>[0-9a-fA-F]{32})\\b';
/** The capture group's name: the attribute the parser writes, the trace parser reads and the pipeline then removes. */
export const TRACE_ID_GROUP = "trace_id";

/** The same pattern for JavaScript (named groups are `(?<name>` there; RE2 accepts `(?P<name>`, and Go 1.22+ both). */
export const traceIdRegExp = (pattern = TRACE_ID_PATTERN) => new RegExp(pattern.replaceAll("(?P<", "(?<"));

/**
 * The trace id a log line leads to, as Loki stores it (lower-case hex: the trace parser decodes the hex, Loki encodes
 * it again), or undefined. A pure twin of the collector's parsing, for tests and for review.
 */
export function extractTraceId(line: string, pattern = TRACE_ID_PATTERN): string | undefined {
    const id = traceIdRegExp(pattern).exec(line)?.groups?.[TRACE_ID_GROUP]?.toLowerCase();
    return id && !/^0+$/.test(id) ? id : undefined;
}

const LOG_STORAGE = "file_storage/logs";
/** Where the collector keeps its read offsets and export queue: a host directory, so they outlive the pod. */
const STATE_DIRECTORY = `/var/lib/otelcol/${LOG_COLLECTOR_NAME}`;
const PODS_LOG_DIRECTORY = "/var/log/pods";
/** The export queue's bytes on the node (exporterhelper `sizer: bytes`); logs beyond it are refused while Loki is away. */
export const LOG_QUEUE_BYTES = 256 * 2 ** 20;
/** The environment variable with the node's name: k8s_attributes watches only this node's pods. */
const NODE_NAME_ENV = "K8S_NODE_NAME";

type CollectorConfig = NonNullable<OpenTelemetryCollectorSpec["config"]>;

/**
 * The log collector's pipeline: file_log (from the end of each file at first start, then from the saved offsets;
 * its own logs excluded, so an export error is not shipped and retried in a loop) → memory limiter, Kubernetes
 * metadata (pods matched by the uid the container operator reads from the file path; the workload's `service.name`
 * by the semantic-conventions rules) → OTLP/HTTP to the log store, queued on the node's disk and split there under
 * what one push to Loki may carry (log-push.ts); no batch processor holds records in memory in front of the queue
 * (export-batch.ts).
 */
export function logCollectorConfig(store: LogStoreApi, namespace: string = COLLECTOR_NAMESPACE, name = LOG_COLLECTOR_NAME): CollectorConfig {
    return {
        extensions: {
            [LOG_STORAGE]: { directory: STATE_DIRECTORY, create_directory: true, compaction: { on_rebound: true, directory: STATE_DIRECTORY } },
        },
        receivers: {
            file_log: {
                include: [`${PODS_LOG_DIRECTORY}/*/*/*.log`],
                // <namespace>_<pod>_<uid>/<container>/<n>.log; the operator names the DaemonSet's pods <name>-collector-<hash>
                exclude: [`${PODS_LOG_DIRECTORY}/${namespace}_${name}-collector-*/*/*.log`],
                start_at: "end",
                include_file_path: true,
                storage: LOG_STORAGE,
                operators: [
                    // CRI/Docker line format, partial lines joined; k8s.namespace.name, k8s.pod.name, k8s.pod.uid, k8s.container.name from the path
                    { type: "container", id: "container" },
                    {
                        type: "regex_parser",
                        id: "trace-id",
                        regex: TRACE_ID_PATTERN,
                        parse_from: "body",
                        parse_to: "attributes",
                        // most lines carry no trace id: pass them on unchanged, without an error log per line
                        on_error: "send_quiet",
                        trace: { trace_id: { parse_from: `attributes.${TRACE_ID_GROUP}` } },
                    },
                    // the id now is the record's trace id; as an attribute too, Loki would store it twice
                    { type: "remove", id: "trace-id-attribute", if: `"${TRACE_ID_GROUP}" in attributes`, field: `attributes.${TRACE_ID_GROUP}` },
                ],
            },
        },
        processors: {
            memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 25 },
            k8s_attributes: {
                // this node's pods only (the variable is expanded when the config loads)
                filter: { node: `\${env:${NODE_NAME_ENV}}` },
                pod_association: [{ sources: [{ from: "resource_attribute", name: "k8s.pod.uid" }] }],
                extract: {
                    metadata: ["k8s.namespace.name", "k8s.pod.name", "k8s.pod.uid", "k8s.node.name", "k8s.deployment.name", "k8s.statefulset.name", "k8s.daemonset.name", "service.name"],
                },
            },
        },
        exporters: {
            "otlp_http/logs": {
                endpoint: store.otlpUrl,
                sending_queue: { enabled: true, storage: LOG_STORAGE, sizer: "bytes", queue_size: LOG_QUEUE_BYTES, batch: logExportBatch() },
                // retryable failures (Loki restarting, 429) are retried until Loki answers; a 4xx rejection is not
                retry_on_failure: { enabled: true, initial_interval: "1s", max_interval: "30s", max_elapsed_time: "0s" },
            },
        },
        service: {
            extensions: [LOG_STORAGE],
            pipelines: {
                logs: { receivers: ["file_log"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["otlp_http/logs"] },
            },
            // its own metrics, as the gateway's: the collectors' ServiceMonitor scrapes every collector's monitoring Service
            telemetry: collectorTelemetry(),
        },
    };
}

/**
 * The Pod Security level the log collectors' namespace must enforce at most: `privileged`, the only level that admits
 * hostPath volumes (Pod Security Standards: baseline forbids them; k8s.io/pod-security-admission
 * policy/check_hostPathVolumes.go). Without the label a cluster whose default level is baseline or restricted refuses
 * the DaemonSet's pods. The label opens the namespace, not the pods: the gateway collector beside them keeps its spec.
 * The namespace's owner puts it on while log shipping runs (OpenTelemetry's `collectorNamespaceLabels`).
 */
export const LOG_COLLECTOR_POD_SECURITY = { "pod-security.kubernetes.io/enforce": "privileged" } as const;

/**
 * One collector per node: the pods' log directory read-only and a host directory for offsets and the queue. It runs as
 * root, without capabilities, privilege escalation or a writable root filesystem: root as the owner, not by privilege.
 * The log files are root's, 0640 on containerd and 0600 on CRI-O before conmon 2.1.13 (cri-o/cri-o#9013), and the
 * state directory is one the kubelet creates root-owned 0755 (fsGroup does not apply to hostPath volumes); the
 * collector chart does the same for its checkpoints (opentelemetry-helm-charts charts/opentelemetry-collector
 * values.yaml `presets.logsCollection.storeCheckpoints`: "changes collector's user to root, so that it can write to
 * host directory"). A non-root user with group 0 could read 0640 files but not write the state, and running as
 * non-root would not lower the Pod Security level the hostPath volumes need anyway. `seLinuxType` (SELinux-enforcing
 * nodes, OpenShift): see docs/log-collector-privileges.md. It tolerates NoSchedule taints, so control-plane nodes
 * ship too.
 */
export function logCollectorWorkload(sizing: ComponentSizing, seLinuxType?: string): Omit<OpenTelemetryCollectorSpec, "config"> {
    return {
        mode: "daemonset",
        resources: resourceRequirements(sizing),
        env: [{ name: NODE_NAME_ENV, valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
        volumes: [
            { name: "pod-logs", hostPath: { path: PODS_LOG_DIRECTORY, type: "Directory" } },
            { name: "state", hostPath: { path: STATE_DIRECTORY, type: "DirectoryOrCreate" } },
        ],
        volumeMounts: [
            { name: "pod-logs", mountPath: PODS_LOG_DIRECTORY, readOnly: true },
            { name: "state", mountPath: STATE_DIRECTORY },
        ],
        securityContext: {
            runAsUser: 0,
            runAsGroup: 0,
            runAsNonRoot: false,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ["ALL"] },
            ...(seLinuxType ? { seLinuxOptions: { type: seLinuxType } } : {}),
        },
        tolerations: [{ operator: "Exists", effect: "NoSchedule" }],
    };
}

export interface LogShippingArgs {
    readonly provider: k8s.Provider;
    /** What guarantees the OTel operator's webhooks serve (its AdmissionProbe's Job): they default and validate the collector. */
    readonly operator: pulumi.Resource;
    /** The collectors' namespace; it must carry LOG_COLLECTOR_POD_SECURITY (the pods are refused otherwise). */
    readonly namespace: ExistingNamespace;
    readonly store: LogStoreApi;
    /** Requests and limits of each node's collector. @default - the lab profile */
    readonly sizing?: ComponentSizing;
    /**
     * The SELinux type the collector runs as, on nodes where SELinux is enforcing: `spc_t` reads the pods' logs and
     * writes the state directory on the host (docs/log-collector-privileges.md). @default - the runtime's (container_t)
     */
    readonly seLinuxType?: string;
}

/**
 * Node-level log shipping. An OpenTelemetry collector rather than the Loki chart's own agent: the chart has none left
 * (grafana-community/helm-charts#187 removed its Grafana Agent, end of life since 2025-11-01; Promtail's end of life was
 * 2026-03-02), the operator and its RBAC for k8s_attributes are already here, and the logs reach Loki as OTLP with the
 * trace id as structured metadata, exactly like the agents' OTLP logs.
 */
export class LogShipping extends pulumi.ComponentResource {
    readonly collector: k8s.apiextensions.CustomResource;

    constructor(name: string, args: LogShippingArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:LogShipping", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        this.collector = createCustomResource(
            `${name}-collector`,
            new OpenTelemetryCollector({
                metadata: { name: LOG_COLLECTOR_NAME, namespace: args.namespace.name },
                spec: { ...logCollectorWorkload(args.sizing ?? PROFILES.lab.logCollector, args.seLinuxType), config: logCollectorConfig(args.store, args.namespace.name) },
            }),
            { ...childOpts, dependsOn: [args.operator, args.namespace.resource] },
        );
        this.registerOutputs({});
    }
}
