import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { mergeValues } from "../components/helm.ts";
import { LOKI_DEFAULT_LIMITS_MIB, LOKI_PUSH_MAX_BYTES } from "../components/log-push.ts";
import { Loki, type LokiArgs, lokiEndpoints, lokiIngestionLimits, lokiRetention, lokiSizingValues, lokiValues, logStoreApi, s3ForcePathStyle } from "../components/loki.ts";
import { PROFILE_LOADS, PROFILES } from "../components/sizing.ts";
import type { TempoStorageConfig } from "../stacks/config.ts";
import { at, Harness } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const SECRET = "kubernetes:core/v1:Secret";
const local: TempoStorageConfig = { backend: "local", insecure: false, serviceAccountAnnotations: {} };
const irsa = { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/observability" };
const s3: TempoStorageConfig = { backend: "s3", bucket: "traces", endpoint: "s3.eu-west-1.amazonaws.com", region: "eu-west-1", insecure: false, serviceAccountAnnotations: irsa };
const threeReplicas = { ...PROFILES.production.loki, replicas: 3 };
/** Loki in its bucket since it was installed: one period, on s3. */
const inBucket = { tempo: s3, bucket: "logs", schemaPeriods: [{ from: "2024-04-01", objectStore: "s3" as const }] };

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (args: Partial<LokiArgs> = {}) => harness.run(() => new Loki("loki", { provider: new k8s.Provider("k8s", {}), storage: { tempo: local }, retentionSeconds: 24 * 3600, ...args }));
const chartValues = async (args: Partial<LokiArgs> = {}) => (await build(args)).get(CHART, "loki-chart").inputs.values;

describe("loki endpoints", () => {
    it("reach the single binary's Service, named after the release, on its HTTP port", () => {
        assert.deepEqual(lokiEndpoints(), {
            namespace: "loki",
            service: "loki",
            httpPort: 3100,
            queryUrl: "http://loki.loki.svc.cluster.local:3100",
            otlpUrl: "http://loki.loki.svc.cluster.local:3100/otlp",
        });
    });
    it("are none without a log store", () => assert.equal(logStoreApi({ backend: "none" }), undefined));
    it("are the in-cluster Loki's with backend loki", () => assert.deepEqual(logStoreApi({ backend: "loki" }), { ...lokiEndpoints() }));
    // config rejects a url without backend external and requires one with it; the type allows both, and neither may
    // yield an endpoint without an address
    it("are none for an external Loki without a URL", () => assert.equal(logStoreApi({ backend: "external" }), undefined));
    it("are none with a URL but no external backend", () => assert.equal(logStoreApi({ backend: "none", url: "https://logs.example.com/loki" }), undefined));
    it("are the external Loki's URL and its OTLP path with backend external", () => {
        assert.deepEqual(logStoreApi({ backend: "external", url: "https://logs.example.com/loki" }), { queryUrl: "https://logs.example.com/loki", otlpUrl: "https://logs.example.com/loki/otlp" });
    });
});

describe("loki retention", () => {
    it("follows Tempo's", () => assert.equal(lokiRetention(720 * 3600), "720h"));
    it("is at least Loki's minimum of 24 hours", () => assert.equal(lokiRetention(12 * 3600), "24h"));
    it("rounds up to whole hours, which Loki's duration syntax always reads", () => assert.equal(lokiRetention(36.5 * 3600), "37h"));
});

describe("loki ingestion limits", () => {
    it("take the load's log volume as the rate, rounded up to whole MiB/s", () => assert.equal(lokiIngestionLimits({ spansPerSecond: 1, logMiBPerSecond: 8.2 }).ingestion_rate_mb, 9));
    it("never go below Loki's defaults", () => {
        assert.deepEqual(lokiIngestionLimits({ spansPerSecond: 1, logMiBPerSecond: 0.1 }), { ingestion_rate_mb: 4, ingestion_burst_size_mb: 8 });
        assert.ok(lokiIngestionLimits(PROFILE_LOADS.lab).ingestion_burst_size_mb >= LOKI_DEFAULT_LIMITS_MIB.burst);
    });
    it("hold two of the largest pushes the collectors send in the burst", () => {
        for (const load of Object.values(PROFILE_LOADS)) assert.ok(lokiIngestionLimits(load).ingestion_burst_size_mb * 2 ** 20 >= 2 * LOKI_PUSH_MAX_BYTES, JSON.stringify(load));
    });
    it("hold a second at the full rate in the burst", () => assert.deepEqual(lokiIngestionLimits({ spansPerSecond: 1, logMiBPerSecond: 30 }), { ingestion_rate_mb: 30, ingestion_burst_size_mb: 30 }));
});

describe("loki S3 addressing", () => {
    it("uses virtual-hosted buckets on AWS and GCS", () => {
        assert.deepEqual([s3ForcePathStyle("s3.eu-west-1.amazonaws.com"), s3ForcePathStyle("s3.cn-north-1.amazonaws.com.cn"), s3ForcePathStyle("storage.googleapis.com")], [false, false, false]);
    });
    it("uses path-style buckets elsewhere (MinIO, Ceph), as Tempo's client does", () => {
        assert.deepEqual([s3ForcePathStyle("minio.storage:9000"), s3ForcePathStyle("rgw.example.com")], [true, true]);
    });
    it("takes only GCS's own host for GCS, not a host that ends like it (minio-go s3utils.IsGoogleEndpoint: exact match)", () => {
        assert.equal(s3ForcePathStyle("gcs-proxy.mystorage.googleapis.com"), true);
    });
});

describe("loki values on a volume", () => {
    const values = lokiValues({ tempo: local }, "24h");
    it("runs the single binary alone: the other targets at zero, no gateway, caches or canary", () => {
        assert.equal(values.deploymentMode, "Monolithic");
        assert.deepEqual([at(values, "backend.replicas"), at(values, "read.replicas"), at(values, "write.replicas")], [0, 0, 0]);
        assert.deepEqual([at(values, "gateway.enabled"), at(values, "chunksCache.enabled"), at(values, "resultsCache.enabled"), at(values, "lokiCanary.enabled"), at(values, "test.enabled")], [false, false, false, false, false]);
    });
    it("keeps chunks, index and delete requests on the filesystem", () => {
        assert.deepEqual(at(values, "loki.storage"), { type: "filesystem" });
        assert.equal(at(values, "loki.schemaConfig.configs.0.object_store"), "filesystem");
        assert.equal(at(values, "loki.compactor.delete_request_store"), "filesystem");
    });
    it("uses the TSDB v13 schema and allows structured metadata, where trace ids arrive", () => {
        assert.deepEqual([at(values, "loki.schemaConfig.configs.0.store"), at(values, "loki.schemaConfig.configs.0.schema")], ["tsdb", "v13"]);
        assert.equal(at(values, "loki.limits_config.allow_structured_metadata"), true);
    });
    it("deletes logs after the retention, by the compactor", () => {
        assert.deepEqual([at(values, "loki.limits_config.retention_period"), at(values, "loki.compactor.retention_enabled")], ["24h", true]);
    });
    it("runs one tenant, without the rules sidecar and with a namespaced Role", () => {
        assert.deepEqual([at(values, "loki.auth_enabled"), at(values, "singleBinary.sidecar"), at(values, "rbac.namespaced")], [false, false, true]);
    });
    it("keeps unready replicas out of the single binary's Service and its headless one", () => {
        // loki 18.11.0 templates/_service.tpl: `singleBinary.service.publishNotReadyAddresses` if a bool, else
        // `defaults.service.publishNotReadyAddresses` if a bool, else true; values.yaml sets the latter to true
        const resolve = (merged: unknown): unknown => {
            const component = at(merged, "singleBinary.service.publishNotReadyAddresses");
            const defaults = at(merged, "defaults.service.publishNotReadyAddresses");
            return typeof component === "boolean" ? component : typeof defaults === "boolean" ? defaults : true;
        };
        const chartDefaults = { defaults: { service: { publishNotReadyAddresses: true } }, singleBinary: { service: { type: "ClusterIP" } } };
        assert.equal(resolve(mergeValues(chartDefaults, values)), false);
    });
    it("annotates no ServiceAccount and reads no credentials", () => {
        assert.equal(values.serviceAccount, undefined);
        assert.equal(at(values, "singleBinary.extraEnvFrom"), undefined);
    });
});

describe("loki values on Tempo's object storage", () => {
    const values = lokiValues(inBucket, "720h", "loki-s3-credentials");
    it("keeps chunks and rules in its own bucket on Tempo's endpoint and region", () => {
        assert.deepEqual(at(values, "loki.storage"), {
            type: "s3",
            bucketNames: { chunks: "logs", ruler: "logs" },
            s3: { endpoint: "s3.eu-west-1.amazonaws.com", region: "eu-west-1", insecure: false, s3ForcePathStyle: false },
        });
        assert.deepEqual([at(values, "loki.schemaConfig.configs.0.object_store"), at(values, "loki.compactor.delete_request_store")], ["s3", "s3"]);
    });
    it("takes Tempo's cloud identity on its ServiceAccount", () => assert.deepEqual(at(values, "serviceAccount.annotations"), irsa));
    it("reads static keys from the Secret's environment", () => assert.deepEqual(at(values, "singleBinary.extraEnvFrom"), [{ secretRef: { name: "loki-s3-credentials" } }]));
});

describe("loki schema periods", () => {
    const moved = { ...inBucket, schemaPeriods: [{ from: "2024-04-01", objectStore: "filesystem" as const }, { from: "2026-10-01", objectStore: "s3" as const }] };
    const period = (from: string, objectStore: string) => ({ from, store: "tsdb", object_store: objectStore, schema: "v13", index: { prefix: "index_", period: "24h" } });
    it("start on the volume on 2024-04-01 when the stack names none", () => {
        assert.deepEqual(at(lokiValues({ tempo: local }, "24h"), "loki.schemaConfig.configs"), [period("2024-04-01", "filesystem")]);
    });
    it("are rendered in order, each on its own store: a move to the bucket keeps the volume's period as it was", () => {
        assert.deepEqual(at(lokiValues(moved, "24h"), "loki.schemaConfig.configs"), [period("2024-04-01", "filesystem"), period("2026-10-01", "s3")]);
    });
    it("keep the volume's chunks directory known to Loki after the move, so the earlier period stays readable", () => {
        assert.deepEqual(at(lokiValues(moved, "24h"), "loki.structuredConfig"), { storage_config: { filesystem: { directory: "/var/loki/chunks" } } });
        assert.equal(at(lokiValues(inBucket, "24h"), "loki.structuredConfig"), undefined);
        assert.equal(at(lokiValues({ tempo: local }, "24h"), "loki.structuredConfig"), undefined);
    });
    it("keep delete requests on the store Loki writes to now", () => assert.equal(at(lokiValues(moved, "24h"), "loki.compactor.delete_request_store"), "s3"));
    it("are refused when the newest is not on the store Loki uses: the move would rewrite a past period", () => {
        assert.throws(() => lokiValues({ tempo: s3, bucket: "logs" }, "24h"), /^Error: Loki stores on s3 but its newest schema period is on filesystem: append a period with a future date$/);
    });
});

describe("loki sizing", () => {
    it("runs one replica on a volume, whatever the profile says, writing each stream once", () => {
        const values = lokiSizingValues(threeReplicas, false);
        assert.deepEqual([at(values, "singleBinary.replicas"), at(values, "loki.commonConfig.replication_factor")], [1, 1]);
        assert.equal(at(values, "singleBinary.podDisruptionBudget"), undefined);
    });
    it("writes each stream to three replicas on object storage, with a PDB and soft spreading instead of the hard anti-affinity", () => {
        const values = lokiSizingValues(threeReplicas, true);
        assert.deepEqual([at(values, "singleBinary.replicas"), at(values, "loki.commonConfig.replication_factor")], [3, 3]);
        assert.deepEqual(at(values, "singleBinary.podDisruptionBudget"), { maxUnavailable: 1 });
        assert.equal(at(values, "singleBinary.affinity"), null);
        assert.deepEqual(at(values, "singleBinary.topologySpreadConstraints.0.labelSelector.matchLabels"), { "app.kubernetes.io/name": "loki", "app.kubernetes.io/instance": "loki", "app.kubernetes.io/component": "single-binary" });
    });
    it("writes each stream once with two replicas (a quorum of two out of two would stop at the first one down)", () => {
        assert.equal(at(lokiSizingValues({ ...threeReplicas, replicas: 2 }, true), "loki.commonConfig.replication_factor"), 1);
    });
    it("gives the single binary its requests and volume", () => {
        const values = lokiSizingValues(PROFILES.lab.loki, false);
        assert.deepEqual(at(values, "singleBinary.resources"), { requests: { cpu: "100m", memory: "256Mi" }, limits: { memory: "1Gi" } });
        assert.deepEqual(at(values, "singleBinary.persistence"), { enabled: true, size: "10Gi", enableStatefulSetAutoDeletePVC: false });
    });
});

describe("Loki", () => {
    const credentials = () => ({ accessKey: pulumi.secret("AK"), secretKey: pulumi.secret("SK") });
    it("installs the pinned grafana-community loki chart as release loki in its namespace", async () => {
        const chart = (await build()).get(CHART, "loki-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name, chart.inputs.namespace], ["loki", "18.11.0", "https://grafana-community.github.io/helm-charts", "loki", "loki"]);
    });
    it("keeps its namespace, and with it the volume, on destroy", async () => {
        const reg = await build();
        assert.ok(reg.retainedOnDelete(reg.get("kubernetes:core/v1:Namespace", "loki-namespace")));
    });
    it("sets the ingestion limits of the load it is given, beside structured metadata and retention", async () => {
        const limits = at(await chartValues({ load: PROFILE_LOADS.production, retentionSeconds: 168 * 3600 }), "loki.limits_config") as Record<string, unknown>;
        assert.deepEqual(limits, { allow_structured_metadata: true, retention_period: "168h", ...lokiIngestionLimits(PROFILE_LOADS.production) });
    });
    it("keeps logs as long as Tempo keeps traces", async () => assert.equal(at(await chartValues({ retentionSeconds: 168 * 3600 }), "loki.limits_config.retention_period"), "168h"));
    it("keeps static S3 keys in a secret Secret the pods read, created first", async () => {
        const reg = await build({ storage: inBucket, objectStorageCredentials: credentials() });
        // the value behind the secret: the keys the AWS SDK reads from the environment, the stack's credentials
        assert.deepEqual(reg.secretAt(reg.get(SECRET, "loki-s3-credentials"), "stringData"), { AWS_ACCESS_KEY_ID: "AK", AWS_SECRET_ACCESS_KEY: "SK" });
        // envFrom finds the Secret by name in the pod's own namespace
        assert.deepEqual(at(reg.get(SECRET, "loki-s3-credentials").inputs, "metadata"), { name: "loki-s3-credentials", namespace: reg.get(CHART, "loki-chart").inputs.namespace });
        assert.deepEqual(at(reg.get(CHART, "loki-chart").inputs, "values.singleBinary.extraEnvFrom"), [{ secretRef: { name: "loki-s3-credentials" } }]);
        assert.ok(reg.dependenciesOf(reg.get(CHART, "loki-chart")).includes(`${SECRET}::loki-s3-credentials`));
    });
    it("creates no Secret on a volume", async () => assert.equal((await build({ objectStorageCredentials: credentials() })).ofType(SECRET).length, 0));
    it("runs the profile's replicas on object storage", async () => {
        assert.equal(at(await chartValues({ storage: inBucket, sizing: threeReplicas }), "singleBinary.replicas"), 3);
    });
    it("turns the chart's ServiceMonitor on with Prometheus' selector labels, after the CRD's installer", async () => {
        const reg = await harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const crds = new k8s.core.v1.ConfigMap("crds", {}, { provider });
            return new Loki("loki", { provider, storage: { tempo: local }, retentionSeconds: 86400, serviceMonitors: { labels: { release: "kps" }, crds } });
        });
        const chart = reg.get(CHART, "loki-chart");
        assert.deepEqual(at(chart.inputs, "values.monitoring.serviceMonitor"), { enabled: true, labels: { release: "kps" } });
        assert.ok(reg.dependenciesOf(chart).includes("kubernetes:core/v1:ConfigMap::crds"));
    });
    it("renders no ServiceMonitor unless asked", async () => assert.equal(at(await chartValues(), "monitoring"), undefined));
    it("merges raw values last", async () => assert.equal(at(await chartValues({ values: { singleBinary: { replicas: 5 } } }), "singleBinary.replicas"), 5));
});
