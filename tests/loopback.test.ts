// The one place a generated collector config is changed for the real-binary tests (tests/binaries/loopback.ts):
// it lists every change, refuses a config that would still address the cluster, and refuses a world that is not loopback.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collectorConfig, collectorEndpoints } from "../components/opentelemetry.ts";
import { backendsAt, CLUSTER_ADDRESSES, describeChanges, toLoopback } from "./binaries/loopback.ts";

const config = collectorConfig(collectorEndpoints(), { otlpGrpcAddress: CLUSTER_ADDRESSES.tempo[0] });
const at = { host: "127.0.0.1", port: 4317 };
const world = { host: "127.0.0.2", services: backendsAt({ tempo: at, loki: at, prometheus: at }), podMetadata: [] };

describe("loopback rewrite of a generated collector config", () => {
    it("lists every change and leaves the rest as generated", async () => {
        const onLoopback = await toLoopback({ config }, world);
        const changed = new Set(onLoopback.changes.map((c) => c.at.split(".")[0]));
        assert.deepEqual([...changed].sort(), ["exporters", "processors", "receivers", "service"]);
        assert.deepEqual(onLoopback.config.processors, { memory_limiter: (config.processors as Record<string, unknown>).memory_limiter, batch: {}, "transform/k8s_attributes": { error_mode: "propagate", trace_statements: [] } });
        assert.match(describeChanges(onLoopback.changes).join("\n"), /service exporters\.otlp_grpc\/tempo\.endpoint: "tempo\.tempo\.svc\.cluster\.local:4317" → "127\.0\.0\.1:4317"/);
        assert.equal(onLoopback.listen(4317).host, "127.0.0.2");
    });

    it("refuses an exporter whose cluster address the test does not serve", async () => {
        const unserved = collectorConfig(collectorEndpoints(), { otlpGrpcAddress: "tempo.elsewhere.svc.cluster.local:4317" });
        await assert.rejects(toLoopback({ config: unserved }, world), /exporters\.otlp_grpc\/tempo\.endpoint names tempo\.elsewhere\.svc\.cluster\.local:4317: the test gives no loopback address/);
    });

    it("refuses a collector address off loopback", async () => {
        await assert.rejects(toLoopback({ config }, { ...world, host: "10.0.0.2" }), /10\.0\.0\.2: a collector listens on loopback only/);
    });

    it("refuses k8s_attributes without the pod metadata it stands for", async () => {
        await assert.rejects(toLoopback({ config }, { ...world, podMetadata: undefined }), /k8s_attributes: the test names the pod metadata/);
    });
});
