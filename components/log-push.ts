// What one push to Loki may carry, and how every collector that ships logs keeps its batches under it.
//
// Loki counts a push as the sum of its lines and their structured metadata (loki v3.7.6 pkg/util/entry_size.go) and
// refuses it with 429 when that exceeds the tenant's burst, every time (pkg/distributor/distributor.go: the limiter's
// AllowN; golang.org/x/time/rate reserveN allows no n above the burst). The collector's otlp_http exporter retries a
// 429 (v0.158.0 exporter/otlphttpexporter/otlp.go isRetryableStatusCode: 429, 502, 503, 504; any other 4xx is
// permanent), so with retries forever such a batch is never accepted and holds one queue consumer for good.
//
// An OTLP request carries a resource's attributes once; Loki copies every one that is not an index label onto each
// line as structured metadata, and writes the trace and span ids and the observed time as text (pkg/loghttp/push/otlp.go
// otlpToLokiPushRequest, otlpLogToPushEntry). So a push is bounded twice: in OTLP bytes and in records, and what Loki
// counts is at most the bytes plus the records times a per-line overhead.
//
// Both bounds without a batch processor, which would hold acknowledged records in memory in front of the disk queue
// (opentelemetry.ts exportPolicy): the exporter's batcher splits a request above LOG_BATCH_MAX_BYTES and merges none,
// so a push carries at most the records of one request as its sender made it. Merging would need a records and a
// bytes limit on one batch, and exporterhelper v0.158.0 takes one sizer per batch (internal/queuebatch/config.go
// BatchConfig.Sizer; both at once is opentelemetry-collector#15132, open).

const MiB = 2 ** 20;

/**
 * The most log records one request reaching a logs exporter may carry, so the most one push carries. The senders'
 * own batches stay under it (tests/support/data-path.ts reads them): the node collector's file_log hands on at most
 * 298 at a time (pkg/stanza v0.158.0: the file reader emits batches of 100 tokens, fileconsumer/internal/reader
 * DefaultMaxBatchSize, and the container operator's and the receiver's emitters each pass on under 100 held plus one
 * incoming batch, operator/helper/emitter.go appendEntries; file_log has no setting for either), the SDK agents'
 * batch log record processors export at most OTEL_BLRP_MAX_EXPORT_BATCH_SIZE, 512 unless set (OpenTelemetry SDK
 * environment variables). Another OTLP sender must keep its requests under it too.
 */
export const LOG_REQUEST_MAX_RECORDS = 2048;
/** OTLP bytes per push: the exporter's batcher (exporterhelper v0.158.0 `sending_queue.batch`, sizer bytes) splits larger requests. */
export const LOG_BATCH_MAX_BYTES = 2 * MiB;
/**
 * What Loki counts per line beyond the line's OTLP bytes, at most: the resource attributes that are not index labels
 * (the node collector's k8s.pod.uid, k8s.node.name, k8s.container.restart_count: ~130 B; an SDK agent's process.*,
 * host.*, telemetry.sdk.*: up to ~1 KiB), plus the ids and observed time as text (~70 B more than their binary form).
 */
export const LOKI_LINE_OVERHEAD_BYTES = 1024;

/** The most one capped batch can weigh as Loki counts it. */
export const LOKI_PUSH_MAX_BYTES = LOG_BATCH_MAX_BYTES + LOG_REQUEST_MAX_RECORDS * LOKI_LINE_OVERHEAD_BYTES;

/**
 * Loki's default per-tenant limits (pkg/validation/limits.go: ingestion_rate_mb 4, ingestion_burst_size_mb 6, where an
 * "MB" is 2^20 bytes, bytesInMB). The push bound stays under the default burst, so an external Loki left at its
 * defaults takes every batch too.
 */
export const LOKI_DEFAULT_LIMITS_MIB = { rate: 4, burst: 6 } as const;

/**
 * The exporter's batcher: splits a request above LOG_BATCH_MAX_BYTES and merges none (min_size 0 flushes each request
 * at once: exporterhelper v0.158.0 internal/queuebatch/partition_batcher.go consumeInternal), so the senders' record
 * bound (LOG_REQUEST_MAX_RECORDS) holds for every push too. It reads from the queue, so a request is on disk before
 * its sender is answered.
 */
export function logExportBatch(): Record<string, unknown> {
    return { sizer: "bytes", min_size: 0, max_size: LOG_BATCH_MAX_BYTES, flush_timeout: "200ms" };
}
