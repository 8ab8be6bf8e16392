// `./mesh status`: the live cluster, per component — is it healthy, and if not, what to look at next. Everything is
// read through kubectl (the project has no Kubernetes client library; kubectl is what a user has anyway):
//   - workloads (Deployments, StatefulSets, DaemonSets) ready, in the platform's namespaces;
//   - Helm releases (the charts installed as releases keep their state in `sh.helm.release.v1.*` Secrets);
//   - custom resources' conditions: OpenTelemetryCollector (Ready), cert-manager Certificates (Ready), Gateway API
//     Gateways of Istio's classes, waypoints included (Programmed);
//   - the trace check's last verdict (its Job's conditions and its pod's termination message);
//   - the collectors' own metrics through the API server's service proxy: export failures and queue fill;
//   - the pipeline's alerts, firing or pending, from Prometheus' rules API through the same proxy (what one scrape
//     cannot show, such as a queue from which nothing was sent for minutes).
// Namespaces, names and thresholds come from the program's own constants. Exit 0 healthy, 1 problems, 2 no cluster.
import { PLATFORM_NAMESPACES } from "../../components/namespaces.ts";
import { BOOKINFO_NAMESPACE } from "../../components/demo/bookinfo.ts";
import { COLLECTOR_METRICS_PORT_NAME } from "../../components/collector-telemetry.ts";
import { collectorScrapeTarget } from "../../components/pipeline-health/targets.ts";
import { PIPELINE_GROUP_PREFIX, THRESHOLDS } from "../../components/pipeline-health/rules.ts";
import { PROMETHEUS_SERVICE } from "../../components/kube-prometheus-stack.ts";
import { type Finding, type KubeList, type Level, type KubeObject, Kubectl, KubectlError, readTraceCheck, type Section, traceCheckFinding } from "./kube.ts";
import { findExecutable, firstLine, INSTALL_HINTS } from "./tools.ts";

/** What each platform namespace holds, as a person calls it. The namespaces themselves are the program's. */
const COMPONENT_NAMES: Readonly<Record<keyof typeof PLATFORM_NAMESPACES, string>> = {
    certManager: "cert-manager",
    metallb: "MetalLB",
    ingressNginx: "ingress-nginx",
    istio: "Istio control plane, Kiali",
    istioIngress: "Istio ingress gateway",
    openTelemetryOperator: "OpenTelemetry operator",
    collector: "OpenTelemetry collectors",
    tempo: "Tempo",
    monitoring: "Prometheus, Grafana, Alertmanager",
    traceCheck: "trace check",
    loki: "Loki",
};

/** The namespaces whose workloads `status` reads, with their component: the platform's and the demo's. */
export function statusNamespaces(): { namespace: string; component: string }[] {
    return [
        ...Object.entries(PLATFORM_NAMESPACES).map(([key, namespace]) => ({ namespace, component: COMPONENT_NAMES[key as keyof typeof PLATFORM_NAMESPACES] })),
        { namespace: BOOKINFO_NAMESPACE, component: "Bookinfo demo" },
    ];
}

const num = (value: unknown): number => (typeof value === "number" ? value : 0);

/** Ready and wanted pods of a Deployment, StatefulSet or DaemonSet. */
export function readiness(workload: KubeObject): { ready: number; wanted: number } {
    const spec = workload.spec ?? {};
    const status = workload.status ?? {};
    if (workload.kind === "DaemonSet") return { ready: num(status.numberReady), wanted: num(status.desiredNumberScheduled) };
    // a missing spec.replicas means 1 (apps/v1 defaulting)
    return { ready: num(status.readyReplicas), wanted: typeof spec.replicas === "number" ? spec.replicas : 1 };
}

/** One finding per component namespace: every workload ready, or the ones that are not (the trace check has a section of its own). */
export function workloadFindings(workloads: KubeList, existingNamespaces: ReadonlySet<string>): Finding[] {
    const withWorkloads = statusNamespaces().filter(({ namespace }) => namespace !== PLATFORM_NAMESPACES.traceCheck);
    return withWorkloads.map(({ namespace, component }) => {
        const subject = `${component} (${namespace})`;
        const here = workloads.items.filter((w) => w.metadata.namespace === namespace);
        if (!existingNamespaces.has(namespace)) return { level: "absent", subject, detail: "not installed" };
        if (here.length === 0) return { level: "absent", subject, detail: "no workloads" };
        const states = here.map((w) => ({ name: `${(w.kind ?? "").toLowerCase()}/${w.metadata.name}`, ...readiness(w) }));
        const behind = states.filter((s) => s.ready < s.wanted);
        if (behind.length === 0) return { level: "ok", subject, detail: states.map((s) => `${s.name} ${s.ready}/${s.wanted}`).join(", ") };
        const first = behind[0].name;
        return {
            level: "problem",
            subject,
            detail: `not ready: ${behind.map((s) => `${s.name} ${s.ready}/${s.wanted}`).join(", ")}`,
            next: `kubectl -n ${namespace} describe ${first}; kubectl -n ${namespace} get pods; kubectl -n ${namespace} get events --sort-by=.lastTimestamp | tail -20`,
        };
    });
}

/** A Helm release as its storage Secret's labels describe it (helm v3 pkg/storage/driver/secrets.go: name, status, version). */
export interface HelmRelease {
    readonly namespace: string;
    readonly name: string;
    readonly version: number;
    readonly status: string;
}

/** The jsonpath lines `<namespace> <name> <version> <status>` of the release Secrets; the newest version of each release. */
export function latestReleases(lines: string): HelmRelease[] {
    const latest = new Map<string, HelmRelease>();
    for (const line of lines.split("\n")) {
        const [namespace, name, version, status] = line.trim().split(/\s+/);
        if (!namespace || !name || !status) continue;
        const release = { namespace, name, version: Number(version), status };
        const key = `${namespace}/${name}`;
        if ((latest.get(key)?.version ?? -1) < release.version) latest.set(key, release);
    }
    return [...latest.values()].sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}

export function helmFindings(releases: readonly HelmRelease[], namespaces: ReadonlySet<string>): Finding[] {
    return releases
        .filter((r) => namespaces.has(r.namespace))
        .map((r) => {
            const subject = `release ${r.namespace}/${r.name}`;
            const detail = `revision ${r.version} ${r.status}`;
            if (r.status === "deployed") return { level: "ok", subject, detail };
            return {
                level: "problem",
                subject,
                detail,
                // a pending-* status is an operation that never finished: Helm refuses the next one until it is resolved
                next: r.status.startsWith("pending")
                    ? "an interrupted install or upgrade: `pulumi refresh`, then `pulumi up` (docs/status.md, pending releases)"
                    : `kubectl -n ${r.namespace} get events --sort-by=.lastTimestamp | tail -20; then \`pulumi up\` again`,
            };
        });
}

/** The custom resources whose conditions say whether they work, and the condition that does. */
export const CONDITION_KINDS: readonly { resource: string; kind: string; condition: string; platformOnly: boolean; applies?: (o: KubeObject) => boolean }[] = [
    // operator 0.158.0 internal/status/collector/handle.go: conditionTypeReady, set on every reconcile
    { resource: "opentelemetrycollectors.opentelemetry.io", kind: "OpenTelemetryCollector", condition: "Ready", platformOnly: true },
    // cert-manager's Certificate Ready condition (cert-manager.io/v1 CertificateConditionReady)
    { resource: "certificates.cert-manager.io", kind: "Certificate", condition: "Ready", platformOnly: true },
    // Gateway API v1 GatewayConditionProgrammed; Istio's waypoints and gateways live in application namespaces too
    {
        resource: "gateways.gateway.networking.k8s.io",
        kind: "Gateway",
        condition: "Programmed",
        platformOnly: false,
        applies: (o) => typeof o.spec?.gatewayClassName === "string" && o.spec.gatewayClassName.startsWith("istio"),
    },
];

export function conditionFindings(kind: (typeof CONDITION_KINDS)[number], list: KubeList, namespaces: ReadonlySet<string>): Finding[] {
    return list.items
        .filter((o) => !kind.platformOnly || namespaces.has(o.metadata.namespace ?? ""))
        .filter((o) => kind.applies?.(o) ?? true)
        .map((o) => {
            const subject = `${kind.kind} ${o.metadata.namespace}/${o.metadata.name}`;
            const scale = (o.status?.scale as { statusReplicas?: string } | undefined)?.statusReplicas;
            const condition = o.status?.conditions?.find((c) => c.type === kind.condition);
            const extra = scale ? ` (${scale} ready)` : "";
            if (condition?.status === "True") return { level: "ok", subject, detail: `${kind.condition}${extra}` };
            const why = condition ? `${kind.condition}=${condition.status}${condition.reason ? ` ${condition.reason}` : ""}${condition.message ? `: ${condition.message}` : ""}` : `no ${kind.condition} condition yet`;
            return {
                level: "problem",
                subject,
                detail: `${why}${extra}`,
                next: `kubectl -n ${o.metadata.namespace} describe ${kind.resource}/${o.metadata.name}`,
            };
        });
}

// ---- the collector's own metrics ----

export interface ExporterStats {
    readonly exporter: string;
    sent: number;
    failed: number;
    dropped: number;
    queueSize: number;
    queueCapacity: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/;

/** The label set of a sample, `a="x",b="y"` (escaped quotes allowed). */
function labelsOf(text: string): Record<string, string> {
    const labels: Record<string, string> = {};
    for (const match of text.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[match[1]] = match[2].replace(/\\(.)/g, "$1");
    return labels;
}

/**
 * Per exporter, from the collector's Prometheus text: items sent, failed to send (given up after retries), dropped at
 * a full queue, and the sending queue's size and capacity — the metrics the pipeline's alerts read
 * (tests/fixtures/pipeline-metrics.json: exporterhelper's generated telemetry, counters with `_total`).
 */
export function exporterStats(metricsText: string): ExporterStats[] {
    const byExporter = new Map<string, ExporterStats>();
    for (const line of metricsText.split("\n")) {
        if (line.startsWith("#")) continue;
        const match = SAMPLE.exec(line);
        if (!match) continue;
        const [, name, , labelText, rawValue] = match;
        const exporter = labelsOf(labelText ?? "").exporter;
        const value = Number(rawValue);
        if (!exporter || !Number.isFinite(value) || !name.startsWith("otelcol_exporter_")) continue;
        const stats = byExporter.get(exporter) ?? { exporter, sent: 0, failed: 0, dropped: 0, queueSize: 0, queueCapacity: 0 };
        byExporter.set(exporter, stats);
        if (/^otelcol_exporter_sent_\w+_total$/.test(name)) stats.sent += value;
        else if (/^otelcol_exporter_send_failed_\w+_total$/.test(name)) stats.failed += value;
        else if (/^otelcol_exporter_enqueue_failed_\w+_total$/.test(name)) stats.dropped += value;
        else if (name === "otelcol_exporter_queue_size") stats.queueSize += value;
        else if (name === "otelcol_exporter_queue_capacity") stats.queueCapacity += value;
    }
    return [...byExporter.values()].sort((a, b) => a.exporter.localeCompare(b.exporter));
}

/**
 * One finding per exporter. The counters count since the collector started, so a few failures while Tempo was still
 * starting are a warning; a problem is a failed or dropped share above the alerts' threshold, or a queue filled beyond
 * the alert's share (components/pipeline-health/rules.ts THRESHOLDS).
 */
export function exporterFindings(service: string, stats: readonly ExporterStats[]): Finding[] {
    return stats.map((s) => {
        const subject = `${service} ${s.exporter}`;
        const fill = s.queueCapacity > 0 ? s.queueSize / s.queueCapacity : 0;
        const lost = s.failed + s.dropped;
        const share = lost / Math.max(1, s.sent + lost);
        const queue = s.queueCapacity > 0 ? `, queue ${s.queueSize}/${s.queueCapacity} (${Math.round(fill * 100)}%)` : "";
        const detail = `sent ${s.sent}, failed ${s.failed}, dropped ${s.dropped} since start${queue}`;
        const next = `kubectl -n ${PLATFORM_NAMESPACES.collector} logs svc/${service.replace(/-monitoring$/, "")} | grep -F '${s.exporter}' | tail; Grafana's "Trace pipeline" dashboard`;
        if (fill >= THRESHOLDS.queueFill || share > THRESHOLDS.failureRatio) return { level: "problem", subject, detail, next };
        if (lost > 0) return { level: "warn", subject, detail: `${detail} (under ${THRESHOLDS.failureRatio * 100}% of what was sent)`, next };
        return { level: "ok", subject, detail };
    });
}

/** An alerting rule as Prometheus' `/api/v1/rules` reports it (Prometheus 3.14 web/api/v1 AlertingRule). */
interface AlertingRule {
    readonly name: string;
    readonly type?: string;
    /** firing, pending or inactive */
    readonly state?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly alerts?: readonly { readonly labels: Readonly<Record<string, string>>; readonly state: string }[];
}

/** The labels that tell one series of a pipeline alert from another, as a person reads them. */
const ALERT_SUBJECT_LABELS = ["pod", "job", "exporter", "data_type", "receiver", "url", "reason"] as const;

/**
 * One finding per pipeline alert (the rule groups named PIPELINE_GROUP_PREFIX…) that fires or waits out its `for:`:
 * firing critical is a problem, firing warning or pending a warning; none is one `ok` line. From the JSON of
 * Prometheus' `/api/v1/rules?type=alert`.
 */
export function alertFindings(rulesJson: string): Finding[] {
    let groups: { name: string; rules: AlertingRule[] }[];
    try {
        groups = (JSON.parse(rulesJson) as { data?: { groups?: { name: string; rules: AlertingRule[] }[] } }).data?.groups ?? [];
    } catch {
        return [{ level: "warn", subject: "pipeline alerts", detail: "Prometheus' rules API answered no JSON", next: "Grafana: Alerting, or Prometheus' /alerts page" }];
    }
    const pipeline = groups.filter((g) => g.name.startsWith(PIPELINE_GROUP_PREFIX));
    if (pipeline.length === 0) {
        return [{ level: "warn", subject: "pipeline alerts", detail: "the pipeline's rules are not loaded in Prometheus", next: `kubectl -n ${PLATFORM_NAMESPACES.monitoring} get prometheusrules` }];
    }
    const rules = pipeline.flatMap((g) => g.rules.filter((r) => r.type === undefined || r.type === "alerting"));
    const active = rules.filter((r) => r.state === "firing" || r.state === "pending");
    if (active.length === 0) return [{ level: "ok", subject: "pipeline alerts", detail: `none firing or pending (${rules.length} rules)` }];
    return active.map((rule) => {
        const severity = rule.labels?.severity ?? "none";
        const series = (rule.alerts ?? [])
            .filter((a) => a.state === rule.state)
            .map((a) => ALERT_SUBJECT_LABELS.filter((l) => a.labels[l] !== undefined).map((l) => `${l}=${a.labels[l]}`).join(" "));
        const on = series.length > 0 ? ` on ${series.join("; ")}` : "";
        return {
            level: rule.state === "firing" && severity === "critical" ? "problem" : "warn",
            subject: rule.name,
            detail: `${rule.state} (${severity})${on}${rule.annotations?.summary ? `: ${rule.annotations.summary}` : ""}`,
            next: `Grafana's "Trace pipeline" dashboard; what the alert means and what to do: docs/troubleshooting.md`,
        };
    });
}

// ---- reading the cluster ----

/** A platform component's collectors: their monitoring Services, found by the labels the pipeline's monitor selects. */
function collectorSections(kubectl: Kubectl): Finding[] {
    const target = collectorScrapeTarget(PLATFORM_NAMESPACES.collector);
    const selector = Object.entries(target.serviceLabels)
        .map(([k, v]) => `${k}=${v}`)
        .join(",");
    const services = kubectl.list(["services", "-n", target.namespace, "-l", selector]);
    if (!services || services.items.length === 0) return [{ level: "absent", subject: "collector metrics", detail: `no collector monitoring Service in ${target.namespace}` }];
    return services.items.flatMap((service) => {
        const name = service.metadata.name;
        // the API server's service proxy: reachable wherever kubectl is, no port-forward
        const metrics = kubectl.run(["get", "--raw", `/api/v1/namespaces/${target.namespace}/services/${name}:${COLLECTOR_METRICS_PORT_NAME}/proxy/metrics`]);
        if (metrics.status !== 0) {
            return [{ level: "warn" as const, subject: name, detail: `metrics not reachable: ${firstLine(metrics.stderr)}`, next: `kubectl -n ${target.namespace} get endpoints ${name}` }];
        }
        const stats = exporterStats(metrics.stdout);
        return stats.length > 0 ? exporterFindings(name, stats) : [{ level: "warn" as const, subject: name, detail: "no exporter metrics (has it exported anything yet?)" }];
    });
}

/** The pipeline's alerts from Prometheus, through the API server's service proxy. */
function pipelineAlerts(kubectl: Kubectl): Finding[] {
    const namespace = PLATFORM_NAMESPACES.monitoring;
    const rules = kubectl.run(["get", "--raw", `/api/v1/namespaces/${namespace}/services/${PROMETHEUS_SERVICE.name}:${PROMETHEUS_SERVICE.port}/proxy/api/v1/rules?type=alert`]);
    if (rules.status !== 0) {
        return [{ level: "warn", subject: "pipeline alerts", detail: `Prometheus not reachable: ${firstLine(rules.stderr)}`, next: `kubectl -n ${namespace} get pods -l app.kubernetes.io/name=prometheus` }];
    }
    return alertFindings(rules.stdout);
}

export interface StatusReport {
    readonly context: string;
    readonly sections: readonly Section[];
    /** 0 healthy, 1 problems. */
    readonly exitCode: number;
}

/** Reads the cluster behind `kubectl`; throws KubectlError when a read fails for another reason than a missing type. */
export function collectStatus(kubectl: Kubectl, context: string): StatusReport {
    const namespaces = new Set(statusNamespaces().map((n) => n.namespace));
    const existing = new Set((kubectl.list(["namespaces"])?.items ?? []).map((n) => n.metadata.name));
    const workloads = kubectl.list(["deployments,statefulsets,daemonsets", "--all-namespaces"]) ?? { items: [] };
    const sections: Section[] = [{ title: "Workloads", findings: workloadFindings(workloads, existing) }];

    const helm = kubectl.run([
        "get",
        "secrets",
        "--all-namespaces",
        "-l",
        "owner=helm",
        "-o",
        'jsonpath={range .items[*]}{.metadata.namespace}{" "}{.metadata.labels.name}{" "}{.metadata.labels.version}{" "}{.metadata.labels.status}{"\\n"}{end}',
    ]);
    if (helm.status !== 0) throw new KubectlError(["secrets -l owner=helm"], helm);
    sections.push({ title: "Helm releases", findings: helmFindings(latestReleases(helm.stdout), namespaces) });

    const custom = CONDITION_KINDS.flatMap((kind) => {
        const list = kubectl.list([kind.resource, "--all-namespaces"]);
        return list ? conditionFindings(kind, list, namespaces) : [];
    });
    sections.push({ title: "Custom resources", findings: custom });

    const noJobs = { items: [] };
    sections.push({ title: "Trace check", findings: [existing.has(PLATFORM_NAMESPACES.traceCheck) ? readTraceCheck(kubectl) : traceCheckFinding(noJobs, undefined)] });

    if (existing.has(PLATFORM_NAMESPACES.collector)) sections.push({ title: "Collector pipeline", findings: collectorSections(kubectl) });
    if (existing.has(PLATFORM_NAMESPACES.monitoring)) sections.push({ title: "Pipeline alerts", findings: pipelineAlerts(kubectl) });

    const all = sections.flatMap((s) => s.findings);
    if (!all.some((f) => f.level !== "absent")) {
        sections.push({
            title: "Platform",
            findings: [{ level: "problem", subject: "mesh-observability", detail: "nothing of the platform is installed in this cluster", next: "./mesh lab (a local cluster), or `pulumi up` on your stack" }],
        });
    }
    const problems = sections.flatMap((s) => s.findings).filter((f) => f.level === "problem").length;
    return { context, sections, exitCode: problems > 0 ? 1 : 0 };
}

const MARK: Readonly<Record<Level, string>> = { ok: "ok     ", warn: "warn   ", problem: "PROBLEM", absent: "-      " };

export function formatReport(report: StatusReport): string {
    const lines = [`cluster: kube context ${report.context}`];
    for (const section of report.sections) {
        lines.push("", section.title);
        if (section.findings.length === 0) lines.push("  (none)");
        for (const f of section.findings) {
            lines.push(`  ${MARK[f.level]} ${f.subject}: ${f.detail}`);
            if (f.next && f.level !== "ok") lines.push(`          next: ${f.next}`);
        }
    }
    const all = report.sections.flatMap((s) => s.findings);
    const problems = all.filter((f) => f.level === "problem").length;
    const warnings = all.filter((f) => f.level === "warn").length;
    lines.push("", problems > 0 ? `${problems} problem${problems === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}: see "next" above (docs/status.md)` : `healthy${warnings > 0 ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : ""}`);
    return lines.join("\n");
}

export const STATUS_USAGE = `usage: ./mesh status [--context <kube context>]

Reads the live cluster (kubectl's current context, or --context) and prints, per component, whether it is healthy:
workloads ready, Helm releases deployed, the custom resources' conditions, the trace check's last verdict, and the
collectors' export failures and queue fill, and the pipeline's alerts firing or pending in Prometheus. Exit 0 healthy,
1 problems (each with what to run next), 2 no cluster.`;

/** The command: exit code 0, 1 or 2. */
export function status(argv: readonly string[], env: NodeJS.ProcessEnv, out: (text: string) => void, err: (text: string) => void): number {
    let context: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = argv[i].split("=", 2);
        if (flag === "--help" || flag === "-h") {
            out(STATUS_USAGE);
            return 0;
        }
        const value = inline ?? argv[++i];
        if (flag === "--context" && value) context = value;
        else {
            err(`status: unexpected argument ${JSON.stringify(argv[i] ?? flag)} (./mesh status --help)`);
            return 2;
        }
    }
    if (!findExecutable("kubectl", env)) {
        err(`status: kubectl is not on PATH; get it: ${INSTALL_HINTS.kubectl}`);
        return 2;
    }
    const kubectl = new Kubectl(env, context);
    const current = context ?? kubectl.run(["config", "current-context"]).stdout.trim();
    if (!current) {
        err("status: kubectl has no current context: point it at the cluster (kubectl config use-context <name>, or --context); ./mesh lab creates a local one");
        return 2;
    }
    const ready = kubectl.run(["get", "--raw", "/readyz"]);
    if (ready.status !== 0) {
        err(`status: the cluster of kube context ${current} does not answer: ${firstLine(ready.stderr) || `kubectl exit ${ready.status}`}`);
        err("        is it running (docker ps; kind get clusters)? ./mesh lab creates the lab cluster");
        return 2;
    }
    try {
        const report = collectStatus(kubectl, current);
        out(formatReport(report));
        return report.exitCode;
    } catch (e) {
        err(`status: ${e instanceof Error ? e.message : String(e)}`);
        return 2;
    }
}
