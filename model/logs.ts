// The logs' vocabulary: which log store, and Loki's schema periods.

export const LOG_BACKENDS = ["none", "loki", "external"] as const;
export type LogBackend = (typeof LOG_BACKENDS)[number];

/** Where a schema period keeps Loki's chunks and index. */
export const LOKI_OBJECT_STORES = ["filesystem", "s3"] as const;
export type LokiObjectStore = (typeof LOKI_OBJECT_STORES)[number];

/** One period of Loki's schema: from 00:00 UTC of `from` (YYYY-MM-DD) until the next period, logs are kept on `objectStore`. */
export interface LokiSchemaPeriod {
    readonly from: string;
    readonly objectStore: LokiObjectStore;
}

/** Where container logs and agents' OTLP logs go, and where Grafana reads them. */
export interface LogsConfig {
    /** `loki` installs Loki; `external` ships to and reads from an existing Loki at `url`. @default "none" */
    readonly backend: LogBackend;
    /** Base URL of an existing Loki (backend `external`), e.g. `https://loki.example.com`; no trailing slash. */
    readonly url?: string;
    /**
     * Loki's bucket on Tempo's object storage (same endpoint, region and identity); required with backend `loki` when
     * `tempo.storage.backend` is s3. Chunks and rules share it (Loki's rules live under `rules/`).
     */
    readonly bucket?: string;
    /**
     * Loki's schema periods (backend `loki`), oldest first, each `{ from: YYYY-MM-DD, objectStore: filesystem | s3 }`;
     * the newest on the store Loki uses now. Moving Loki onto object storage appends a period with a future date.
     * @default [{ from: "2024-04-01", objectStore: "filesystem" }]
     */
    readonly schemaPeriods?: readonly LokiSchemaPeriod[];
}
