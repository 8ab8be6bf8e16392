// The data path's links read at both ends from a stack's desired state, for the contract tests: what each collector
// sends in one request against what the backend takes in one, where the collector's spans go, and what each exporter
// does while its backend is away. Each check returns the problems it finds (empty when the ends agree).
//
// Upstream behaviour modelled here (pinned versions):
// - batchprocessor v0.158.0: `send_batch_max_size` 0 or unset is no maximum; exporterhelper v0.158.0
//   `sending_queue.batch`: with `min_size` 0 each request is flushed at once (split above `max_size`, merged with none).
// - gRPC's receive limit is 4 MiB where a server sets none (configgrpc `max_recv_msg_size_mib` unset).
// - Loki v3.7.6 refuses a push above the tenant's burst (`ingestion_burst_size_mb`, default 6, MiB).
import { LOKI_DEFAULT_LIMITS_MIB, LOKI_LINE_OVERHEAD_BYTES } from "../../components/log-push.ts";
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

/** The records and OTLP bytes one request of `exporter` in `pipeline` carries at most (Infinity: no bound). */
function requestBounds(config: Config, pipeline: Pipeline, exporter: string): { records: number; bytes: number } {
    const batcher = at(config, `exporters.${exporter}.sending_queue.batch`) as { sizer?: string; min_size?: number; max_size?: number } | undefined;
    const bytes = batcher?.sizer === "bytes" && (batcher.max_size ?? 0) > 0 ? (batcher.max_size as number) : Infinity;
    // a batcher that waits for a minimum merges requests: their records add up
    const merges = batcher !== undefined && (batcher.min_size ?? 8192) > 0;
    const batchProcessors = (pipeline.processors ?? []).filter((p) => p === "batch" || p.startsWith("batch/"));
    const processorMax = batchProcessors.map((p) => Number(at(config, `processors.${p}.send_batch_max_size`) ?? 0)).map((max) => (max > 0 ? max : Infinity));
    const records = merges || processorMax.length === 0 ? Infinity : Math.min(...processorMax);
    return { records, bytes };
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
        const { records, bytes } = requestBounds(configOf(cr), pipeline, exporter);
        const largest = bytes + records * LOKI_LINE_OVERHEAD_BYTES;
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
        const { bytes } = requestBounds(configOf(cr), pipeline, exporter);
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
 * Every collector with a volume queues each export to the stack's backends on it, and retries as RETRY_LIMITS says;
 * its queues together take at most QUEUE_SHARE_OF_VOLUME of the volume. The node log collectors queue on the node.
 */
export function durabilityProblems(stack: Stack): string[] {
    const problems: string[] = [];
    for (const cr of stack.ofType(COLLECTOR)) {
        const config = configOf(cr);
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
