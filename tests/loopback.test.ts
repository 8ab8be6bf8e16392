// The one place a generated collector config is changed for the real-binary tests (tests/binaries/loopback.ts):
// it lists every change, refuses a config that would still address the cluster, and refuses a world that is not loopback.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collectorConfig, collectorEndpoints, durableQueue } from "../components/opentelemetry.ts";
import { tempoEndpoints } from "../components/tempo.ts";
import { backendsAt, CLUSTER_ADDRESSES, describeChanges, toLoopback } from "./binaries/loopback.ts";

const config = collectorConfig(collectorEndpoints(), { otlpGrpcAddress: CLUSTER_ADDRESSES.tempo[0] });
const at = { host: "127.0.0.1", port: 4317 };
const world = { host: "127.0.0.2", services: backendsAt({ tempo: at, loki: at, prometheus: at }), podMetadata: [] };

describe("loopback rewrite of a generated collector config", () => {
    it("lists every change and leaves the rest as generated", async () => {
        const onLoopback = await toLoopback({ config }, world);
        const changed = new Set(onLoopback.changes.map((c) => c.at.split(".")[0]));
        assert.deepEqual([...changed].sort(), ["exporters", "processors", "receivers", "service"]);
        assert.deepEqual(onLoopback.config.processors, { memory_limiter: (config.processors as Record<string, unknown>).memory_limiter, "transform/k8s_attributes": { error_mode: "propagate", trace_statements: [] } });
        assert.match(describeChanges(onLoopback.changes).join("\n"), /service exporters\.otlp_grpc\/tempo\.endpoint: "tempo\.tempo\.svc\.cluster\.local:4317" → "127\.0\.0\.1:4317"/);
        assert.equal(onLoopback.listen(4317).host, "127.0.0.2");
    });

    it("refuses an exporter whose cluster address the test does not serve", async () => {
        const unserved = collectorConfig(collectorEndpoints(), { otlpGrpcAddress: "tempo.elsewhere.svc.cluster.local:4317" });
        await assert.rejects(toLoopback({ config: unserved }, world), /exporters\.otlp_grpc\/tempo\.endpoint names tempo\.elsewhere\.svc\.cluster\.local:4317: the test gives no loopback address/);
    });

    it("serves the distributors' gRPC DNS target (dns:///<discovery Service>:4317) on loopback, keeping the resolver scheme", async () => {
        const distributed = collectorConfig(collectorEndpoints(), { otlpGrpcAddress: tempoEndpoints("distributed").otlpGrpcAddress });
        const onLoopback = await toLoopback({ config: distributed }, world);
        assert.match(describeChanges(onLoopback.changes).join("\n"), /service exporters\.otlp_grpc\/tempo\.endpoint: "dns:\/\/\/tempo-distributor-discovery\.tempo\.svc\.cluster\.local:4317" → "dns:\/\/\/127\.0\.0\.1:4317"/);
    });

    it("refuses a queue directory the test gives no folder for: a cluster volume is never this machine's path", async () => {
        const queued = collectorConfig(collectorEndpoints(), { otlpGrpcAddress: CLUSTER_ADDRESSES.tempo[0] }, undefined, durableQueue("2Gi"));
        await assert.rejects(toLoopback({ config: queued }, world), /extensions\.file_storage\/queue\.directory is \/var\/lib\/otelcol\/queue, a volume in the cluster/);
        const mapped = await toLoopback({ config: queued }, { ...world, directories: { "/var/lib/otelcol/queue": "/tmp/loopback-test-queue" } });
        assert.ok(mapped.changes.some((c) => c.kind === "directory"));
    });

    it("refuses a collector address off loopback", async () => {
        await assert.rejects(toLoopback({ config }, { ...world, host: "10.0.0.2" }), /10\.0\.0\.2: a collector listens on loopback only/);
    });

    it("refuses k8s_attributes without the pod metadata it stands for", async () => {
        await assert.rejects(toLoopback({ config }, { ...world, podMetadata: undefined }), /k8s_attributes: the test names the pod metadata/);
    });
});
