// Where the collectors batch: in each exporter's sending queue (exporterhelper `sending_queue.batch`), never in a
// `batch` processor in front of it.
//
// A receiver answers its sender once the pipeline's consumers return. The batch processor returns as soon as its
// shard holds the data in memory (processor/batchprocessor v0.158.0 batch_processor.go consume: a channel send; the
// export follows on the shard's goroutine, up to `timeout` later), so in front of a disk queue it acknowledges data
// that a crash then loses: `kill -9` right after 2,000 acknowledged spans lost 500 to 1,300 of them
// (tests/real/restart.test.ts). The exporter's batcher reads from the queue instead: the queue stores each request
// before the sender is answered (exporter/exporterhelper v0.158.0 internal/queue/persistent_queue.go Offer), and an
// item leaves the disk only when the batch holding it is exported (internal/queuebatch/partition_batcher.go: each
// request's done callback runs after the batch's export; persistent_queue.go onDone), or is put back on restart.

/**
 * The batch processor's defaults as the exporter's batcher: flush at 8,192 items or after 200 ms, no maximum
 * (batchprocessor v0.158.0 send_batch_size 8192, timeout 200ms, send_batch_max_size 0; exporterhelper v0.158.0
 * internal/queue_sender.go NewDefaultQueueConfig's `batch`: items, min_size 8192, flush_timeout 200ms), for the
 * exporters whose requests the batch processor did not cap either (to Prometheus' OTLP receiver, to the further
 * trace backends).
 */
export function itemsExportBatch(): Record<string, unknown> {
    return { sizer: "items", min_size: 8192, flush_timeout: "200ms" };
}
