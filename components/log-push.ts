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
// otlpToLokiPushRequest, otlpLogToPushEntry). So a batch is capped twice: in records (the batch processor) and in OTLP
// bytes (the exporter's batcher), and what Loki counts is at most the bytes plus the records times a per-line overhead.

const MiB = 2 ** 20;

/** Log records per push: the logs pipelines' batch processor (batchprocessor v0.158.0: 8,192 by default, and no maximum). */
export const LOG_BATCH_MAX_RECORDS = 2048;
/** OTLP bytes per push: the exporter's batcher (exporterhelper v0.158.0 `sending_queue.batch`, sizer bytes) splits larger requests. */
export const LOG_BATCH_MAX_BYTES = 2 * MiB;
/**
 * What Loki counts per line beyond the line's OTLP bytes, at most: the resource attributes that are not index labels
 * (the node collector's k8s.pod.uid, k8s.node.name, k8s.container.restart_count: ~130 B; an SDK agent's process.*,
 * host.*, telemetry.sdk.*: up to ~1 KiB), plus the ids and observed time as text (~70 B more than their binary form).
 */
export const LOKI_LINE_OVERHEAD_BYTES = 1024;

/** The most one capped batch can weigh as Loki counts it. */
export const LOKI_PUSH_MAX_BYTES = LOG_BATCH_MAX_BYTES + LOG_BATCH_MAX_RECORDS * LOKI_LINE_OVERHEAD_BYTES;

/**
 * Loki's default per-tenant limits (pkg/validation/limits.go: ingestion_rate_mb 4, ingestion_burst_size_mb 6, where an
 * "MB" is 2^20 bytes, bytesInMB). The push bound stays under the default burst, so an external Loki left at its
 * defaults takes every batch too.
 */
export const LOKI_DEFAULT_LIMITS_MIB = { rate: 4, burst: 6 } as const;

/** The batch processor of every logs pipeline that ends at Loki. */
export const LOG_BATCH_PROCESSOR = "batch/logs";

/** Batches of at most LOG_BATCH_MAX_RECORDS records (send_batch_max_size may not be below send_batch_size). */
export function logBatchProcessor(): Record<string, unknown> {
    return { send_batch_size: LOG_BATCH_MAX_RECORDS, send_batch_max_size: LOG_BATCH_MAX_RECORDS };
}

/**
 * The exporter's batcher: splits a request above LOG_BATCH_MAX_BYTES and merges none (min_size 0 flushes each request
 * at once: exporterhelper internal/queuebatch/partition_batcher.go), so the record cap above holds too.
 */
export function logExportBatch(): Record<string, unknown> {
    return { sizer: "bytes", min_size: 0, max_size: LOG_BATCH_MAX_BYTES, flush_timeout: "200ms" };
}
