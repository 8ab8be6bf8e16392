// kubectl as `status` and the lab use it, the objects as far as they read them, and the trace check's verdict from its
// Job: kept apart from status.ts so that the lab starts without loading the program's components.
import { PLATFORM_NAMESPACES } from "../../components/namespaces.ts";
import { firstLine, run, type RunResult } from "./tools.ts";

export type Level = "ok" | "warn" | "problem" | "absent";

/** One line of the report: a component or object, how it is, and what to run when it is not well. */
export interface Finding {
    readonly level: Level;
    readonly subject: string;
    readonly detail: string;
    readonly next?: string;
}

export interface Section {
    readonly title: string;
    readonly findings: readonly Finding[];
}

// ---- the objects, as far as status reads them ----

export interface Condition {
    readonly type: string;
    readonly status: string;
    readonly reason?: string;
    readonly message?: string;
}
export interface KubeObject {
    readonly kind?: string;
    readonly metadata: { readonly name: string; readonly namespace?: string; readonly generation?: number; readonly creationTimestamp?: string };
    readonly spec?: Record<string, unknown>;
    readonly status?: Record<string, unknown> & { readonly conditions?: readonly Condition[] };
}
export interface KubeList {
    readonly items: readonly KubeObject[];
}

/** The newest Job of a list (a replaced check's Job may linger for a moment beside the new one). */
export const latestJob = (jobs: KubeList): KubeObject | undefined =>
    [...jobs.items].sort((a, b) => (a.metadata.creationTimestamp ?? "").localeCompare(b.metadata.creationTimestamp ?? "")).at(-1);

/** The trace check's last verdict: its Job's conditions, and the verdict line its pod left as termination message. */
export function traceCheckFinding(jobs: KubeList, pods: KubeList | undefined): Finding {
    const namespace = PLATFORM_NAMESPACES.traceCheck;
    const job = latestJob(jobs);
    if (!job) return { level: "absent", subject: "trace check", detail: "no Job (verifyTraces is off, or the stack is not up yet)" };
    const subject = `trace check (job ${namespace}/${job.metadata.name})`;
    const logs = `kubectl -n ${namespace} logs job/${job.metadata.name}`;
    const message = (pods?.items ?? [])
        .flatMap((pod) => ((pod.status?.containerStatuses ?? []) as { state?: { terminated?: { message?: string } } }[]).map((c) => c.state?.terminated?.message ?? ""))
        .map(firstLine)
        .find((line) => line.length > 0);
    const conditions = job.status?.conditions ?? [];
    if (conditions.some((c) => c.type === "Complete" && c.status === "True")) return { level: "ok", subject, detail: message ?? "passed" };
    const failed = conditions.find((c) => c.type === "Failed" && c.status === "True");
    if (failed) {
        return {
            level: "problem",
            subject,
            detail: message ?? `failed (${failed.reason ?? "no reason"}${failed.message ? `: ${failed.message}` : ""})`,
            next: `${logs}; what each verdict means and what to look at: docs/troubleshooting.md, "The trace check's verdicts"; once fixed, \`pulumi up\` runs it again`,
        };
    }
    return { level: "warn", subject, detail: "still running", next: `${logs} -f` };
}

/** kubectl with the chosen context; JSON answers parsed, and whether the server knows a resource type at all. */
export class Kubectl {
    readonly context?: string;
    private readonly env: NodeJS.ProcessEnv;

    constructor(env: NodeJS.ProcessEnv, context?: string) {
        this.env = env;
        this.context = context;
    }

    run(args: readonly string[]): RunResult {
        return run("kubectl", [...(this.context ? ["--context", this.context] : []), "--request-timeout=20s", ...args], { env: this.env });
    }

    /** The list, undefined when the server has no such resource type; throws with kubectl's message otherwise. */
    list(args: readonly string[]): KubeList | undefined {
        const result = this.run(["get", ...args, "-o", "json"]);
        if (result.status !== 0) {
            if (/doesn't have a resource type|the server could not find the requested resource/.test(result.stderr)) return undefined;
            throw new KubectlError(args, result);
        }
        return JSON.parse(result.stdout) as KubeList;
    }
}

export class KubectlError extends Error {
    constructor(args: readonly string[], result: RunResult) {
        super(`kubectl get ${args.join(" ")}: ${firstLine(result.stderr) || `exit ${result.status}`}`);
    }
}

/** The trace check's Job and its pod, read from the cluster (also what `./mesh lab` ends with). */
export function readTraceCheck(kubectl: Kubectl): Finding {
    const namespace = PLATFORM_NAMESPACES.traceCheck;
    const jobs = kubectl.list(["jobs", "-n", namespace]) ?? { items: [] };
    const job = latestJob(jobs);
    // the Job's own selector (its controller-uid): only this Job's pods, whatever labels the cluster version adds
    const selector = Object.entries((job?.spec?.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(",");
    const pods = job && selector ? kubectl.list(["pods", "-n", namespace, "-l", selector]) : undefined;
    return traceCheckFinding(jobs, pods);
}

