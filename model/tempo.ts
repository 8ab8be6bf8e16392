// Tempo's vocabulary: how it runs and where it keeps trace blocks (Loki shares its object storage).
import type * as pulumi from "@pulumi/pulumi";

export type TempoMode = "monolithic" | "distributed";
export type TempoStorageBackend = "local" | "s3";

/** Where Tempo keeps trace blocks. */
export interface TempoStorageConfig {
    /** @default "local" */
    readonly backend: TempoStorageBackend;
    /** S3 bucket; required with backend `s3`. */
    readonly bucket?: string;
    /** S3 endpoint as `host[:port]`, without scheme; required with backend `s3`. */
    readonly endpoint?: string;
    /** S3 region. @default - none (the endpoint decides) */
    readonly region?: string;
    /** Plain HTTP to the endpoint (e.g. an in-cluster MinIO). @default false */
    readonly insecure: boolean;
    /**
     * Annotations of Tempo's ServiceAccount that give its pods a cloud identity for the bucket, e.g.
     * `eks.amazonaws.com/role-arn` (IRSA) or `iam.gke.io/gcp-service-account` (GKE workload identity). @default {}
     */
    readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
}

export interface TempoConfig {
    /** @default "monolithic" */
    readonly mode: TempoMode;
    /** Go duration after which trace blocks are deleted. @default "24h" */
    readonly retention: string;
    readonly storage: TempoStorageConfig;
}

/** Object-storage credentials, from the secret config keys; they stay Pulumi secrets. */
export interface ObjectStorageCredentials {
    readonly accessKey: pulumi.Output<string>;
    readonly secretKey: pulumi.Output<string>;
}
