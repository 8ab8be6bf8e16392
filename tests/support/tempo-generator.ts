// What Tempo's metrics-generator runs, read from either chart's values as the chart renders them, for the contract
// tests of TraceQL metrics and exemplars. Chart defaults are the pinned ones (not read from ../shared):
// - tempo 2.2.4: `tempo.metricsGenerator.enabled` renders the `metrics_generator` section; `traces_storage.path`
//   defaults to /tmp/traces, an emptyDir the StatefulSet mounts at /tmp when the generator is on; `persistence.enabled`
//   mounts the volume at /var/tempo (values.yaml, templates/statefulset.yaml).
// - tempo-distributed 2.26.2: `metricsGenerator.config.traces_storage.path` defaults to /var/tempo/traces; the data
//   volume (`wal`) is mounted at /var/tempo, a PersistentVolumeClaim only with `kind: StatefulSet` and
//   `persistence.enabled`, else an emptyDir (values.yaml, templates/_pod.tpl, metrics-generator/statefulset-*.yaml).
// Both: `overrides.defaults.metrics_generator.processors` are every tenant's processors.
import { at, type ResourceRecord } from "../harness.ts";

export interface TempoGenerator {
    readonly enabled: boolean;
    readonly processors: readonly string[];
    /** `metrics_generator.processor.local_blocks` as configured. */
    readonly localBlocks: Readonly<Record<string, unknown>>;
    /** Where local-blocks keeps its WAL and blocks. */
    readonly tracesStoragePath: string;
    /** Where a volume that outlives the pod is mounted, if there is one. */
    readonly volumeMount?: string;
    /** The trace store's backend (flush_to_storage writes there). */
    readonly storageBackend: unknown;
    /** The exemplar label the generator writes the trace id under (Tempo's default `traceID`). */
    readonly traceIdLabel: string;
    readonly sendsExemplars: boolean;
}

export function tempoGenerator(tempo: ResourceRecord): TempoGenerator {
    const values = tempo.inputs.values;
    const processors = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
    const text = (v: unknown, otherwise: string) => (typeof v === "string" ? v : otherwise);
    const sendsExemplars = (writes: unknown) => Array.isArray(writes) && writes.length > 0 && (writes as { send_exemplars?: boolean }[]).every((w) => w.send_exemplars === true);
    if (tempo.inputs.chart === "tempo") {
        return {
            enabled: at(values, "tempo.metricsGenerator.enabled") === true,
            processors: processors(at(values, "tempo.overrides.defaults.metrics_generator.processors")),
            localBlocks: (at(values, "tempo.metricsGenerator.processor.local_blocks") ?? {}) as Record<string, unknown>,
            tracesStoragePath: text(at(values, "tempo.metricsGenerator.traces_storage.path"), "/tmp/traces"),
            ...(at(values, "persistence.enabled") === true ? { volumeMount: "/var/tempo" } : {}),
            storageBackend: at(values, "tempo.storage.trace.backend") ?? "local",
            traceIdLabel: text(at(values, "tempo.overrides.defaults.metrics_generator.trace_id_label_name"), "traceID"),
            sendsExemplars: sendsExemplars(at(values, "tempo.metricsGenerator.storage.remote_write")),
        };
    }
    const persistent = at(values, "metricsGenerator.kind") === "StatefulSet" && at(values, "metricsGenerator.persistence.enabled") === true;
    return {
        enabled: at(values, "metricsGenerator.enabled") === true,
        processors: processors(at(values, "overrides.defaults.metrics_generator.processors")),
        localBlocks: (at(values, "metricsGenerator.config.processor.local_blocks") ?? {}) as Record<string, unknown>,
        tracesStoragePath: text(at(values, "metricsGenerator.config.traces_storage.path"), "/var/tempo/traces"),
        ...(persistent ? { volumeMount: "/var/tempo" } : {}),
        storageBackend: at(values, "storage.trace.backend"),
        traceIdLabel: text(at(values, "overrides.defaults.metrics_generator.trace_id_label_name"), "traceID"),
        sendsExemplars: sendsExemplars(at(values, "metricsGenerator.config.storage.remote_write")),
    };
}

/** The processor a TraceQL metrics query needs on the generators (tempo v2.10.7 modules/generator/instance.go QueryRange). */
export const TRACEQL_METRICS_PROCESSOR = "local-blocks";
