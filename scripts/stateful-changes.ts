// What a change does to stored data that the changed inputs alone do not say: a volume template that no update can
// change, volumes a replaced or removed release leaves behind, a Loki schema period rewritten. Pure rules over one
// resource's two records and its changed paths; scripts/state-diff.ts applies them to every resource of a diff.
import type { ResourceRecord } from "./desired-state.ts";

export type StatefulChangeKind = "volume-template" | "left-behind" | "schema-rewrite" | "queue-dropped";

export interface StatefulChange {
    /** The resource's name in the program (`tempo-chart`). */
    readonly name: string;
    readonly kind: StatefulChangeKind;
    /** What happens to the data, and where the manual step is. */
    readonly message: string;
}

/** A changed input path with both values, as the diff reports it. */
export interface ChangedPath {
    readonly path: string;
    readonly before: unknown;
    readonly after: unknown;
}

const HELM_TYPES = new Set(["kubernetes:helm.sh/v4:Chart", "kubernetes:helm.sh/v3:Release"]);
const COLLECTOR_TYPE = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
const STATEFULSET_TYPE = "kubernetes:apps/v1:StatefulSet";
const SIZES = 'docs/upgrades.md, "Volume sizes"';

/** Values of each chart that end up in a StatefulSet's `volumeClaimTemplates` (or, for Grafana, its claim). */
const CHART_VOLUMES: Readonly<Record<string, readonly { readonly prefix: string; readonly workload: string }[]>> = {
    // tempo 2.2.4 templates/statefulset.yaml
    tempo: [{ prefix: "values.persistence", workload: "Tempo's StatefulSet" }],
    // tempo-distributed 2.26.2 templates/ingester/statefulset-ingester.yaml
    "tempo-distributed": [{ prefix: "values.ingester.persistence", workload: "the ingesters' StatefulSet" }],
    // loki 18.11.0 templates/_workload.tpl
    loki: [{ prefix: "values.singleBinary.persistence", workload: "Loki's StatefulSet" }],
    // the Prometheus and Alertmanager custom resources' storage, which the operator turns into StatefulSets
    "kube-prometheus-stack": [
        { prefix: "values.prometheus.prometheusSpec.storageSpec", workload: "Prometheus' StatefulSet" },
        { prefix: "values.alertmanager.alertmanagerSpec.storage", workload: "Alertmanager's StatefulSet" },
        { prefix: "values.grafana.persistence", workload: "Grafana's volume" },
    ],
};

/** Where each chart keeps data on volumes that outlive it: what a replaced or removed release leaves behind. */
const CHART_DATA: Readonly<Record<string, string>> = {
    tempo: "the single binary's WAL and local blocks (claim storage-tempo-0)",
    "tempo-distributed": "the ingesters' WALs (claims data-tempo-ingester-*)",
    loki: "Loki's chunks and index on its volume (claims storage-loki-*)",
    "kube-prometheus-stack": "Prometheus', Alertmanager's and Grafana's volumes",
};

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
/** Keys beside the template in the charts' `persistence` blocks that change what happens to claims, not the template. */
const CLAIM_POLICY_KEYS = new Set(["enableStatefulSetAutoDeletePVC", "enableStatefulSetRecreationForSizeChange", "whenDeleted", "whenScaled"]);
const isTemplatePath = (path: string, prefix: string) => under(path, prefix) && !CLAIM_POLICY_KEYS.has(path.split(".").at(-1) ?? "");
const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const chartOf = (record: ResourceRecord | undefined) => (record && HELM_TYPES.has(record.type) && typeof record.inputs.chart === "string" ? record.inputs.chart : undefined);
const specOf = (record: ResourceRecord | undefined) => (record?.inputs.spec ?? {}) as { mode?: unknown; volumeClaimTemplates?: unknown };

/** A changed volume template: no update can change one, and claims never follow it. */
function volumeTemplateChanges(before: ResourceRecord, after: ResourceRecord, changes: readonly ChangedPath[]): StatefulChange[] {
    const chart = chartOf(after);
    const templates =
        chart !== undefined && chart === chartOf(before)
            ? (CHART_VOLUMES[chart] ?? [])
            : after.type === COLLECTOR_TYPE && specOf(before).mode === "statefulset" && specOf(after).mode === "statefulset"
              ? [{ prefix: "spec.volumeClaimTemplates", workload: "the collector's StatefulSet" }]
              : after.type === STATEFULSET_TYPE
                ? [{ prefix: "spec.volumeClaimTemplates", workload: "the StatefulSet" }]
                : [];
    return templates.flatMap(({ prefix, workload }) => {
        const changed = changes.filter((c) => isTemplatePath(c.path, prefix));
        if (changed.length === 0) return [];
        const what = changed.map((c) => `${c.path} ${text(c.before)} → ${text(c.after)}`).join(", ");
        const owner =
            after.type === COLLECTOR_TYPE
                ? "the OpenTelemetry operator deletes the StatefulSet and creates it again (every replica restarts at once)"
                : "the volume template is immutable";
        return [{ name: after.name, kind: "volume-template" as const, message: `${what}: ${workload}: ${owner}; existing claims keep their size (${SIZES})` }];
    });
}

/** A Loki schema period that existed before and is changed or gone: the logs written under it become unreadable. */
function schemaRewrites(before: ResourceRecord, after: ResourceRecord | undefined): StatefulChange[] {
    if (chartOf(before) !== "loki" || (after && chartOf(after) !== "loki")) return [];
    const periods = (record: ResourceRecord | undefined) =>
        ((record?.inputs.values as { loki?: { schemaConfig?: { configs?: unknown[] } } } | undefined)?.loki?.schemaConfig?.configs ?? []) as Record<string, unknown>[];
    const was = periods(before);
    const now = periods(after);
    if (!after) return [];
    return was.flatMap((period, i) =>
        JSON.stringify(period) === JSON.stringify(now[i])
            ? []
            : [
                  {
                      name: before.name,
                      kind: "schema-rewrite" as const,
                      message: `Loki's schema period ${i} (from ${text(period.from)}, on ${text(period.object_store)}) ${now[i] ? `becomes ${JSON.stringify(now[i])}` : "is removed"}: the logs stored under it become unreadable; append a period instead (logs.schemaPeriods)`,
                  },
              ],
    );
}

/** Data on volumes that a release, collector or StatefulSet leaves behind when it is replaced by another or removed. */
function leftBehind(before: ResourceRecord, after: ResourceRecord | undefined): StatefulChange[] {
    const chart = chartOf(before);
    if (chart !== undefined && CHART_DATA[chart] && chartOf(after) !== chart) {
        const how = after ? `replaced by ${chartOf(after) ?? after.type}` : "removed";
        return [{ name: before.name, kind: "left-behind", message: `${chart} ${how}: ${CHART_DATA[chart]} stay behind, not carried over` }];
    }
    if (before.type === COLLECTOR_TYPE && specOf(before).mode === "statefulset" && specOf(after).mode !== "statefulset") {
        const name = text((before.inputs.metadata as { name?: unknown } | undefined)?.name);
        const how = after ? `becomes a ${text(specOf(after).mode)}` : "is removed";
        return [{ name: before.name, kind: "left-behind", message: `collector ${name} ${how}: its queue's claims (queue-${name}-collector-*) stay behind with what it had not sent` }];
    }
    if (before.type === STATEFULSET_TYPE && !after && specOf(before).volumeClaimTemplates) {
        return [{ name: before.name, kind: "left-behind", message: "StatefulSet removed: its claims stay behind" }];
    }
    return [];
}

/** The exporters of a collector's config that queue on disk (`sending_queue.storage`). */
function diskQueuedExporters(record: ResourceRecord | undefined): string[] {
    const config = (record?.inputs.spec as { config?: { exporters?: Record<string, { sending_queue?: { storage?: unknown } }> } } | undefined)?.config;
    return Object.entries(config?.exporters ?? {})
        .filter(([, exporter]) => exporter?.sending_queue?.storage !== undefined)
        .map(([id]) => id);
}

/**
 * A collector that keeps its volume but stops exporting through a disk-queued exporter: the collector drops the
 * queue's consumers with the exporter, so what that queue held stays in its file storage, never sent.
 */
function droppedQueues(before: ResourceRecord, after: ResourceRecord | undefined): StatefulChange[] {
    if (before.type !== COLLECTOR_TYPE || after?.type !== COLLECTOR_TYPE || specOf(after).mode !== "statefulset") return [];
    const kept = new Set(diskQueuedExporters(after));
    const name = text((before.inputs.metadata as { name?: unknown } | undefined)?.name);
    return diskQueuedExporters(before)
        .filter((id) => !kept.has(id))
        .map((id) => ({ name: before.name, kind: "queue-dropped" as const, message: `collector ${name} stops exporting through ${id}: what its disk queue held stays on the queue volume, unsent` }));
}

/**
 * The stateful consequences of one resource's change: `before` absent for an added resource, `after` absent for a
 * removed one, both for a changed or replaced one (`changes` its changed input paths).
 */
export function statefulChanges(before: ResourceRecord | undefined, after: ResourceRecord | undefined, changes: readonly ChangedPath[] = []): StatefulChange[] {
    if (!before) return [];
    return [...(after ? volumeTemplateChanges(before, after, changes) : []), ...schemaRewrites(before, after), ...leftBehind(before, after), ...droppedQueues(before, after)];
}
