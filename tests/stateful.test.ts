// The stack transform that keeps every StatefulSet's volume templates as first applied (stacks/stateful.ts).
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import type * as pulumi from "@pulumi/pulumi";
import { keepVolumeClaimTemplates } from "../stacks/stateful.ts";

const args = (type: string, opts: pulumi.CustomResourceOptions = {}): pulumi.ResourceTransformArgs => ({ type, name: "tempo", custom: true, props: { spec: { replicas: 1 } }, opts });

describe("keepVolumeClaimTemplates", () => {
    it("makes `pulumi up` leave a StatefulSet's volume templates as first applied, so a size change never replaces it", () => {
        const result = keepVolumeClaimTemplates(args("kubernetes:apps/v1:StatefulSet"));
        assert.deepEqual(result?.opts.ignoreChanges, ["spec.volumeClaimTemplates"]);
        assert.deepEqual(result?.props, { spec: { replicas: 1 } });
    });
    it("keeps what else the StatefulSet ignores and its other options", () => {
        const result = keepVolumeClaimTemplates(args("kubernetes:apps/v1:StatefulSet", { ignoreChanges: ["spec.replicas"], retainOnDelete: true }));
        assert.deepEqual([result?.opts.ignoreChanges, result?.opts.retainOnDelete], [["spec.replicas", "spec.volumeClaimTemplates"], true]);
    });
    it("leaves a StatefulSet that ignores them already, and every other kind, alone", () => {
        assert.equal(keepVolumeClaimTemplates(args("kubernetes:apps/v1:StatefulSet", { ignoreChanges: ["spec.volumeClaimTemplates"] })), undefined);
        for (const type of ["kubernetes:apps/v1:Deployment", "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector", "kubernetes:helm.sh/v4:Chart"]) assert.equal(keepVolumeClaimTemplates(args(type)), undefined, type);
    });
});
