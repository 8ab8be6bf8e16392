// A one-shot Job that runs a TypeScript script from a ConfigMap in the official Node.js image: the trace check, the
// admission probes and Kiali's Grafana viewer. What they share is built here, once: the image, the unprivileged and
// read-only pod, the ConfigMap mounted where the command looks, the fingerprint that re-runs the Job, and the result
// guard.
//
// How `pulumi up` reports such a Job (@pulumi/kubernetes 4.x, provider/pkg/await/job.go and checker/job, checker/pod):
// a batch/v1 Job is awaited until its `Complete` condition; a `Failed` condition (BackoffLimitExceeded,
// DeadlineExceeded) fails the resource at once, and the error lists the failed container's
// `[<reason>] <termination message>`. So each script writes one result line to its termination log, and the guard
// (resultGuard) fails the Job unless it did: a script that exits 0 without doing its job (a main-module test defeated
// by the kubelet's ConfigMap symlinks, issue 22 item 1) can never pass `pulumi up`.
// `pulumi.com/replaceUnready` makes the next `up` replace a Job that did not complete; a Job's pod template is
// immutable, so a new fingerprint in it (the files, or anything the caller names) replaces the Job and runs it again.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { resultFileVariable } from "../scripts/script-result.ts";

export { resultFileVariable };

/** The official Node.js image (docker-library `node`, its `<version>-alpine` tag): it runs TypeScript natively. One pull serves every script Job. */
export const SCRIPT_IMAGE = "node:24.19.0-alpine";
/** The container's termination message file (the Kubernetes default, set explicitly: the script and the guard write it). */
export const TERMINATION_LOG = "/dev/termination-log";
/** The image's unprivileged `node` user: runAsNonRoot needs it numerically. */
const NODE_UID = 1000;

/** 16 hex digits over `parts`: a run's fingerprint. */
export function fingerprint(...parts: string[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex").slice(0, 16);
}

/** The module every script writes its result line with, mounted beside it in each Job's ConfigMap (the scripts import it as `./script-result.ts`). */
export const SCRIPT_RESULT_FILE = "script-result.ts";
export const SCRIPT_RESULT_PATH = path.join(import.meta.dirname, "..", "scripts", SCRIPT_RESULT_FILE);
let scriptResultSource: string | undefined;
/** Read once, when the first script Job is built (not at the program's start). */
const scriptResult = (): string => (scriptResultSource ??= fs.readFileSync(SCRIPT_RESULT_PATH, "utf8"));

/**
 * The container's command (busybox sh in node:*-alpine): runs its arguments, then passes only if they left a result.
 * The script writes its result line (`<RESULT> PASSED: …` / `<RESULT> FAILED (<reason>): …`) to the file its
 * resultFileVariable names, which Kubernetes turns into the termination message `pulumi up` prints. Without one (the
 * script never ran its job, crashed, or was killed) the guard writes a `no-verdict` line there and fails; with one,
 * the script's exit code stands, except that a failed result never exits 0. POSIX sh only.
 */
export function resultGuard(result: string): string {
    const file = `"$${resultFileVariable(result)}"`;
    return [
        '"$@"',
        "code=$?",
        'verdict=""',
        `[ -r ${file} ] && IFS= read -r verdict < ${file}`,
        'case "$verdict" in',
        `  "${result} PASSED:"*) exit "$code" ;;`,
        `  "${result} FAILED ("*) [ "$code" -ne 0 ] || code=1; exit "$code" ;;`,
        "esac",
        `message="${result} FAILED (no-verdict): $* exited $code and wrote no verdict: the check did not run to its end (see the Job log)"`,
        'echo "$message" >&2',
        `printf "%s" "$message" > ${file}`,
        '[ "$code" -ne 0 ] || code=1',
        'exit "$code"',
    ].join("\n");
}

/** What a script Job runs and how; everything else is the same for all of them. */
export interface ScriptJobSpec {
    /** What the Job is (`trace-check`): its container's name, `app.kubernetes.io/name`, the fingerprint's annotation. */
    readonly app: string;
    /** The Job's and its ConfigMap's name. */
    readonly name: string;
    readonly namespace: string;
    /** Labels besides `app.kubernetes.io/name` and `part-of` (e.g. `instance`). @default {} */
    readonly labels?: Readonly<Record<string, string>>;
    /** The result line's head, capitals and spaces (`TRACE CHECK`); the guard and the script agree on it. */
    readonly result: string;
    /** Where the ConfigMap's files appear in the container (`/check`); its last segment names the volume. */
    readonly mount: string;
    /** The ConfigMap's files, by name: the script, what it imports, its settings (SCRIPT_RESULT_FILE is added). */
    readonly files: Readonly<Record<string, string>>;
    /** The file `node` runs. */
    readonly entry: string;
    /** The script's arguments (a file as `${mount}/<name>`). @default [] */
    readonly args?: readonly string[];
    /** The script's environment, besides its result file and NODE_OPTIONS. @default [] */
    readonly env?: readonly k8s.types.input.core.v1.EnvVar[];
    /** Requests and a memory limit, as the policy pack asks of every container. */
    readonly resources: k8s.types.input.core.v1.ResourceRequirements;
    /** The Job's activeDeadlineSeconds: the script's own deadline plus scheduling and the image pull. */
    readonly deadlineSeconds: number;
    /** 0: one attempt, the first failure fails `pulumi up`. */
    readonly backoffLimit: number;
    /** What re-runs the Job besides its files (stack config, pinned versions, a password): part of the fingerprint. @default [] */
    readonly rerunOn?: readonly pulumi.Input<string>[];
    /** The ServiceAccount whose token the pod gets; without one, no token is mounted. */
    readonly serviceAccountName?: string;
}

/** The Job, and the ConfigMap its volume mounts. */
export interface ScriptJob {
    readonly job: k8s.types.input.batch.v1.Job;
    readonly configMap: { readonly metadata: { readonly name: string; readonly namespace: string }; readonly data: Readonly<Record<string, string>> };
}

const RESULT_SHAPE = /^[A-Z]+( [A-Z]+)*$/;
const MOUNT_SHAPE = /^(\/[a-z0-9][a-z0-9-]*)+$/;

/**
 * The script Job for `spec`: one pod, restartPolicy Never, outside the API unless given a ServiceAccount, as the
 * image's `node` user with a read-only root and no capabilities, the script behind resultGuard.
 * @throws Error naming the field, for a result head or mount the guard or the volume cannot take, or an entry that is not a file.
 */
export function scriptJob(spec: ScriptJobSpec): ScriptJob {
    const problems = [
        ...(RESULT_SHAPE.test(spec.result) ? [] : [`result "${spec.result}": capitals and single spaces only (the guard matches it in sh)`]),
        ...(MOUNT_SHAPE.test(spec.mount) ? [] : [`mount "${spec.mount}": an absolute path of lower-case segments`]),
        ...(spec.entry in spec.files ? [] : [`entry "${spec.entry}": not one of the files (${Object.keys(spec.files).join(", ")})`]),
        ...(SCRIPT_RESULT_FILE in spec.files ? [`files: ${SCRIPT_RESULT_FILE} is the Job's own`] : []),
    ];
    if (problems.length > 0) throw new Error(`scriptJob ${spec.name}: ${problems.join("; ")}`);

    const labels = { ...spec.labels, "app.kubernetes.io/name": spec.app, "app.kubernetes.io/part-of": "mesh-observability" };
    const volume = path.posix.basename(spec.mount);
    const rerunOn = spec.rerunOn ?? [];
    const data = { ...spec.files, [SCRIPT_RESULT_FILE]: scriptResult() };
    const files = Object.values(data);
    const runFingerprint = rerunOn.every((part) => typeof part === "string")
        ? fingerprint(...files, ...(rerunOn as string[]))
        : pulumi.all([...rerunOn]).apply((parts) => fingerprint(...files, ...parts));
    const job: k8s.types.input.batch.v1.Job = {
        metadata: { name: spec.name, namespace: spec.namespace, labels, annotations: { "pulumi.com/replaceUnready": "true" } },
        spec: {
            backoffLimit: spec.backoffLimit,
            activeDeadlineSeconds: spec.deadlineSeconds,
            template: {
                metadata: { labels, annotations: { [`mesh-observability.io/${spec.app}-fingerprint`]: runFingerprint } },
                spec: {
                    restartPolicy: "Never",
                    ...(spec.serviceAccountName ? { serviceAccountName: spec.serviceAccountName } : { automountServiceAccountToken: false }),
                    securityContext: { runAsNonRoot: true, runAsUser: NODE_UID, runAsGroup: NODE_UID, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [
                        {
                            name: spec.app,
                            image: SCRIPT_IMAGE,
                            command: ["sh", "-c", resultGuard(spec.result), spec.app],
                            args: ["node", `${spec.mount}/${spec.entry}`, ...(spec.args ?? [])],
                            env: [
                                ...(spec.env ?? []),
                                { name: resultFileVariable(spec.result), value: TERMINATION_LOG },
                                // Node.js 24 strips the script's types; its notice about that is noise here
                                { name: "NODE_OPTIONS", value: "--disable-warning=ExperimentalWarning" },
                            ],
                            terminationMessagePath: TERMINATION_LOG,
                            // the script's last log lines where it wrote no message (a crash the guard did not outlive)
                            terminationMessagePolicy: "FallbackToLogsOnError",
                            resources: spec.resources,
                            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
                            volumeMounts: [{ name: volume, mountPath: spec.mount, readOnly: true }],
                        },
                    ],
                    volumes: [{ name: volume, configMap: { name: spec.name } }],
                },
            },
        },
    };
    return { job, configMap: { metadata: { name: spec.name, namespace: spec.namespace }, data } };
}
