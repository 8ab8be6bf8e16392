// The data path's links read at both ends from a stack's desired state, for the contract tests: what each collector
// sends in one request against what the backend takes in one, where the collector's spans go, and what each exporter
// does while its backend is away. Each check returns the problems it finds (empty when the ends agree).
//
// Upstream behaviour modelled here (pinned versions):
// - batchprocessor v0.158.0: `send_batch_max_size` 0 or unset is no maximum; exporterhelper v0.158.0
//   `sending_queue.batch`: with `min_size` 0 each request is flushed at once (split above `max_size`, merged with none),
//   one sizer per batch (internal/queuebatch/config.go).
// - What one request reaching an exporter carries without a batch processor: what its receiver got in one; log
//   records per request as components/log-push.ts LOG_REQUEST_MAX_RECORDS cites (file_log 298, the SDK agents
//   OTEL_BLRP_MAX_EXPORT_BATCH_SIZE, 512 unless set).
// - The batch processor acknowledges what it holds in memory (batchprocessor v0.158.0 consume); the persistent queue
//   stores a request before the receiver answers (exporterhelper persistent_queue.go Offer).
// - gRPC's receive limit is 4 MiB where a server sets none (configgrpc `max_recv_msg_size_mib` unset).
// - Loki v3.7.6 refuses a push above the tenant's burst (`ingestion_burst_size_mb`, default 6, MiB).
import { LOG_REQUEST_MAX_RECORDS, LOKI_DEFAULT_LIMITS_MIB, LOKI_LINE_OVERHEAD_BYTES } from "../../components/log-push.ts";
import { QUEUE_SHARE_OF_VOLUME } from "../../components/opentelemetry.ts";
import { parseQuantity } from "../../components/sizing.ts";
import { at, type Registrations, type ResourceRecord } from "../harness.ts";

type Stack = Registrations<unknown>;
type Config = Record<string, unknown>;
interface Pipeline {
    readonly receivers: string[];
    readonly processors?: string[];
    readonly exporters: string[];
}

const MiB = 2 ** 20;
const GRPC_DEFAULT_MAX_RECV = 4 * MiB;
const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";

const nameOf = (cr: ResourceRecord) => String(at(cr.inputs, "metadata.name"));
const configOf = (cr: ResourceRecord) => at(cr.inputs, "spec.config") as Config;
const pipelinesOf = (cr: ResourceRecord) => Object.entries(at(configOf(cr), "service.pipelines") as Record<string, Pipeline>);
const helmValues = (stack: Stack, chart: (name: string) => boolean) => stack.resources.find((r) => r.type.startsWith("kubernetes:helm.sh/") && chart(String(r.inputs.chart)))?.inputs.values as Config | undefined;

const INSTRUMENTATION = "kubernetes:opentelemetry.io/v1alpha1:Instrumentation";
/** file_log's largest request: batches of 100 file tokens through two emitters that each hold under 100 (log-push.ts). */
const FILE_LOG_REQUEST_RECORDS = 298;
/** The OpenTelemetry SDK's default OTEL_BLRP_MAX_EXPORT_BATCH_SIZE. */
const SDK_LOG_EXPORT_BATCH = 512;

const isBatchProcessor = (p: string) => p === "batch" || p.startsWith("batch/");

/** The most log records the SDK agents the stack's Instrumentation injects put in one export. */
function agentLogRecords(stack: Stack): number {
    const spec = (stack.ofType(INSTRUMENTATION)[0]?.inputs.spec ?? {}) as Record<string, { env?: { name: string; value?: string }[] } | undefined>;
    const set = Object.values(spec).flatMap((language) => (typeof language === "object" && Array.isArray(language?.env) ? language.env : [])).filter((e) => e.name === "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE");
    return Math.max(SDK_LOG_EXPORT_BATCH, ...set.map((e) => Number(e.value)));
}

/** The most log records one request from `receiver` carries (Infinity: no bound known). */
function receiverLogRecords(stack: Stack, receiver: string): number {
    if (receiver === "file_log" || receiver.startsWith("file_log/")) return FILE_LOG_REQUEST_RECORDS;
    if (receiver === "otlp" || receiver.startsWith("otlp/")) return agentLogRecords(stack);
    return Infinity;
}

/** The records and OTLP bytes one request of `exporter` in `pipeline` carries at most (Infinity: no bound). */
function requestBounds(stack: Stack, config: Config, pipeline: Pipeline, exporter: string): { records: number; bytes: number } {
    const batcher = at(config, `exporters.${exporter}.sending_queue.batch`) as { sizer?: string; min_size?: number; max_size?: number } | undefined;
    const cap = (sizer: string) => (batcher?.sizer === sizer && (batcher.max_size ?? 0) > 0 ? (batcher.max_size as number) : Infinity);
    // a batcher that waits for a minimum merges requests: their records add up to its items cap, if it has one
    const merges = batcher !== undefined && (batcher.min_size ?? 8192) > 0;
    const batchProcessors = (pipeline.processors ?? []).filter(isBatchProcessor);
    const processorMax = batchProcessors.map((p) => Number(at(config, `processors.${p}.send_batch_max_size`) ?? 0)).map((max) => (max > 0 ? max : Infinity));
    const received = batchProcessors.length > 0 ? Math.min(...processorMax) : Math.max(...pipeline.receivers.map((r) => receiverLogRecords(stack, r)));
    return { records: Math.min(merges ? Infinity : received, cap("items")), bytes: cap("bytes") };
}

/** Every exporter of a logs pipeline, with the collector it belongs to. */
function logExports(stack: Stack): { cr: ResourceRecord; pipeline: Pipeline; exporter: string }[] {
    return stack.ofType(COLLECTOR).flatMap((cr) =>
        pipelinesOf(cr)
            .filter(([id]) => id === "logs" || id.startsWith("logs/"))
            .flatMap(([, pipeline]) => pipeline.exporters.map((exporter) => ({ cr, pipeline, exporter }))),
    );
}

/**
 * Loki's end: the burst of the Loki chart's values (the in-cluster Loki), else Loki's default (an external one). The
 * collectors' end: each logs exporter's largest push as Loki counts it (bytes + records × per-line overhead).
 */
export function lokiPushProblems(stack: Stack): string[] {
    const limits = at(helmValues(stack, (c) => c === "loki"), "loki.limits_config") as { ingestion_burst_size_mb?: number } | undefined;
    const burst = (limits?.ingestion_burst_size_mb ?? LOKI_DEFAULT_LIMITS_MIB.burst) * MiB;
    const exports = logExports(stack);
    if (exports.length === 0) return ["no collector ships logs"];
    return exports.flatMap(({ cr, pipeline, exporter }) => {
        const { records, bytes } = requestBounds(stack, configOf(cr), pipeline, exporter);
        const largest = bytes + records * LOKI_LINE_OVERHEAD_BYTES;
        if (records > LOG_REQUEST_MAX_RECORDS) return [`${nameOf(cr)} ${exporter}: a push may carry ${records} records, over the ${LOG_REQUEST_MAX_RECORDS} Loki's limits are derived for`];
        return largest <= burst ? [] : [`${nameOf(cr)} ${exporter}: a push may weigh ${largest} B as Loki counts it (${records} records, ${bytes} B), over Loki's burst of ${burst} B`];
    });
}

/** Tempo's chart values and mode. */
function tempoSide(stack: Stack): { values: Config; distributed: boolean } {
    const tempo = stack.resources.find((r) => r.type.startsWith("kubernetes:helm.sh/") && String(r.inputs.chart).startsWith("tempo")) as ResourceRecord;
    return { values: tempo.inputs.values as Config, distributed: tempo.inputs.chart === "tempo-distributed" };
}

/** Every collector exporter to Tempo (the one tier, or the sampling tier), with its pipeline. */
function tempoExports(stack: Stack): { cr: ResourceRecord; pipeline: Pipeline; exporter: string }[] {
    return stack.ofType(COLLECTOR).flatMap((cr) =>
        pipelinesOf(cr).flatMap(([, pipeline]) => pipeline.exporters.filter((e) => e === "otlp_grpc/tempo").map((exporter) => ({ cr, pipeline, exporter }))),
    );
}

/**
 * Tempo's end: its OTLP gRPC receiver's message limit (tempo chart `tempo.receivers`, tempo-distributed
 * `traces.otlp.grpc.receiverConfig`; gRPC's 4 MiB without one), and in tempo-distributed the ingesters' gRPC limit,
 * which a distributor's push of a whole request, every trace with its resource again, must fit (taken as twice the
 * request). The collectors' end: the bytes of their largest request.
 */
export function tempoRequestProblems(stack: Stack): string[] {
    const { values, distributed } = tempoSide(stack);
    const receiverMiB = at(values, distributed ? "traces.otlp.grpc.receiverConfig.max_recv_msg_size_mib" : "tempo.receivers.otlp.protocols.grpc.max_recv_msg_size_mib") as number | undefined;
    const receiver = receiverMiB ? receiverMiB * MiB : GRPC_DEFAULT_MAX_RECV;
    const exports = tempoExports(stack);
    if (exports.length === 0) return ["no collector exports to Tempo"];
    const problems = exports.flatMap(({ cr, pipeline, exporter }) => {
        const { bytes } = requestBounds(stack, configOf(cr), pipeline, exporter);
        return bytes <= receiver ? [] : [`${nameOf(cr)} ${exporter}: requests up to ${bytes} B, Tempo's receiver takes ${receiver} B`];
    });
    if (distributed) {
        const server = Number(at(values, "server.grpc_server_max_recv_msg_size") ?? GRPC_DEFAULT_MAX_RECV);
        if (server < 2 * receiver) problems.push(`an ingester takes ${server} B: less than twice the ${receiver} B a distributor may receive and push on`);
    }
    return problems;
}

/**
 * Where the spans go: with tempo-distributed, `dns:///` and the chart's headless discovery Service (named
 * `<distributor>-discovery`, port 4317 when the OTLP gRPC receiver is on: templates/distributor/
 * service-distributor-discovery.yaml at 2.26.2), round-robin; with the single binary, its Service.
 */
export function tempoBalancingProblems(stack: Stack, tempoNamespace: string): string[] {
    const { values, distributed } = tempoSide(stack);
    return tempoExports(stack).flatMap(({ cr, exporter }) => {
        const target = String(at(configOf(cr), `exporters.${exporter}.endpoint`));
        const balancer = at(configOf(cr), `exporters.${exporter}.balancer_name`);
        const expected = distributed ? `dns:///tempo-distributor-discovery.${tempoNamespace}.svc.cluster.local:4317` : `tempo.${tempoNamespace}.svc.cluster.local:4317`;
        const problems = [];
        if (target !== expected) problems.push(`${nameOf(cr)} ${exporter}: exports to ${target}, not ${expected}`);
        if (balancer !== "round_robin") problems.push(`${nameOf(cr)} ${exporter}: balancer ${String(balancer)}`);
        if (distributed && at(values, "traces.otlp.grpc.enabled") !== true) problems.push("the discovery Service opens 4317 only with traces.otlp.grpc.enabled");
        return problems;
    });
}

/** How long each backend's exporter retries: Tempo and Loki until they answer, Prometheus an hour (it refuses older samples). */
const RETRY_LIMITS: Readonly<Record<string, string>> = { "otlp_grpc/tempo": "0s", "otlp_http/logs": "0s", "otlp_http/prometheus": "1h" };

/**
 * The pipelines of a config that end in a queue on disk, directly or through connectors (a connector hands data on
 * within the consumer call that feeds it), each with the batch processors in it.
 */
function batchingBeforeTheDisk(config: Config): string[] {
    const pipelines = Object.entries((at(config, "service.pipelines") ?? {}) as Record<string, Pipeline>);
    const connectors = new Set(Object.keys(at(config, "connectors") ?? {}));
    const onDisk = (exporter: string) => at(config, `exporters.${exporter}.sending_queue.storage`) !== undefined;
    const durable = new Set(pipelines.filter(([, p]) => p.exporters.some(onDisk)).map(([id]) => id));
    for (let grew = true; grew; ) {
        grew = false;
        for (const [id, p] of pipelines) {
            const feeds = p.exporters.some((e) => connectors.has(e) && pipelines.some(([other, q]) => durable.has(other) && q.receivers.includes(e)));
            if (feeds && !durable.has(id)) {
                durable.add(id);
                grew = true;
            }
        }
    }
    return pipelines.filter(([id]) => durable.has(id)).flatMap(([id, p]) => (p.processors ?? []).filter(isBatchProcessor).map((b) => `${id}: ${b}`));
}

/**
 * Every collector with a volume queues each export to the stack's backends on it, and retries as RETRY_LIMITS says;
 * its queues together take at most QUEUE_SHARE_OF_VOLUME of the volume. The node log collectors queue on the node. No
 * batch processor sits in front of a disk queue: the receiver would acknowledge what it holds in memory.
 */
export function durabilityProblems(stack: Stack): string[] {
    const problems: string[] = [];
    for (const cr of stack.ofType(COLLECTOR)) {
        const config = configOf(cr);
        for (const inMemory of batchingBeforeTheDisk(config)) problems.push(`${nameOf(cr)} ${inMemory}: a batch processor holds acknowledged data in memory in front of the disk queue`);
        const exporters = Object.keys((at(config, "exporters") ?? {}) as Config).filter((id) => id in RETRY_LIMITS);
        const claim = at(cr.inputs, "spec.volumeClaimTemplates.0") as { metadata: { name: string } } | undefined;
        const hostState = ((at(cr.inputs, "spec.volumes") ?? []) as { name: string; hostPath?: unknown }[]).find((v) => v.hostPath && v.name === "state");
        if (!claim && !hostState) {
            if (exporters.length > 0) problems.push(`${nameOf(cr)}: exports ${exporters.join(", ")} with no volume to queue on`);
            continue;
        }
        const mount = ((at(cr.inputs, "spec.volumeMounts") ?? []) as { name: string; mountPath: string }[]).find((m) => m.name === (claim?.metadata.name ?? hostState?.name));
        const sizes: number[] = [];
        for (const exporter of exporters) {
            const storage = at(config, `exporters.${exporter}.sending_queue.storage`) as string | undefined;
            const directory = storage ? at(config, `extensions.${storage}.directory`) : undefined;
            if (!storage || !(at(config, "service.extensions") as string[] | undefined)?.includes(storage) || directory !== mount?.mountPath) {
                problems.push(`${nameOf(cr)} ${exporter}: its queue is not on the volume (storage ${String(storage)} in ${String(directory)}, volume at ${String(mount?.mountPath)})`);
            }
            const retry = at(config, `exporters.${exporter}.retry_on_failure.max_elapsed_time`);
            if (retry !== RETRY_LIMITS[exporter]) problems.push(`${nameOf(cr)} ${exporter}: retries for ${String(retry)}, not ${RETRY_LIMITS[exporter]}`);
            sizes.push(Number(at(config, `exporters.${exporter}.sending_queue.queue_size`)));
        }
        const volume = parseQuantity(String(at(claim, "spec.resources.requests.storage"))) ?? NaN;
        const total = sizes.reduce((a, b) => a + b, 0);
        if (claim && !(total <= volume * QUEUE_SHARE_OF_VOLUME)) problems.push(`${nameOf(cr)}: queues of ${total} B on a volume of ${volume} B`);
    }
    return problems;
}
