// The desired-state comparison behind `npm run diff`, on pairs of documents that differ in one way each.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DesiredState, ResourceRecord } from "../scripts/desired-state.ts";
import { ABSENT, changedPaths, diffStates, formatDiff, hasChanges, report, shortUrn } from "../scripts/state-diff.ts";

const STACK = "urn:pulumi:dev::mesh-observability::pulumi:pulumi:Stack::mesh-observability-dev";

function resource(type: string, name: string, inputs: Record<string, unknown>, extra: Partial<ResourceRecord> = {}): ResourceRecord {
    const parentType = extra.parent ? `${extra.parent.split("::").at(-2)}$` : "pulumi:pulumi:Stack$";
    return {
        urn: `urn:pulumi:dev::mesh-observability::${parentType}${type}::${name}`,
        type,
        name,
        custom: true,
        parent: STACK,
        dependencies: [],
        provider: null,
        inputs,
        ...extra,
    };
}

const doc = (resources: ResourceRecord[], outputs: Record<string, unknown> = {}): DesiredState => ({ project: "mesh-observability", stack: "dev", resources, outputs });

const chart = (values: Record<string, unknown>, inputs: Record<string, unknown> = {}) =>
    resource("kubernetes:helm.sh/v4:Chart", "tempo-chart", { chart: "tempo", version: "2.2.4", name: "tempo", namespace: "tempo", values, ...inputs });
const namespace = (name: string, labels: Record<string, string> = {}) => resource("kubernetes:core/v1:Namespace", `ns-${name}`, { metadata: { name, labels } });
const secret = (stringData: unknown, name = "grafana-admin") =>
    resource("kubernetes:core/v1:Secret", "grafana-admin", { metadata: { name, namespace: "monitoring" }, stringData });

describe("changed paths", () => {
    it("finds nothing in equal documents", () => assert.deepEqual(changedPaths({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } }), []));
    it("names the leaf that changed, with both values", () => {
        assert.deepEqual(changedPaths({ values: { tempo: { retention: "24h" } } }, { values: { tempo: { retention: "48h" } } }), [
            { path: "values.tempo.retention", before: "24h", after: "48h" },
        ]);
    });
    it("marks a key that appears or disappears as absent on the other side", () => {
        assert.deepEqual(changedPaths({ a: 1 }, { b: 2 }), [
            { path: "a", before: 1, after: ABSENT },
            { path: "b", before: ABSENT, after: 2 },
        ]);
    });
    it("compares lists item by item", () => {
        assert.deepEqual(changedPaths({ l: [{ x: 1 }, { x: 2 }] }, { l: [{ x: 1 }, { x: 3 }, { x: 4 }] }), [
            { path: "l[1].x", before: 2, after: 3 },
            { path: "l[2]", before: ABSENT, after: { x: 4 } },
        ]);
    });
    it("quotes keys that hold dots or slashes", () => {
        assert.equal(changedPaths({ labels: { "istio.io/rev": "a" } }, { labels: { "istio.io/rev": "b" } })[0].path, 'labels."istio.io/rev"');
    });
    it("reports a map replaced by a scalar as one change", () => {
        assert.deepEqual(changedPaths({ d: { x: 1 } }, { d: null }), [{ path: "d", before: { x: 1 }, after: null }]);
    });
});

describe("diff of two desired states", () => {
    it("sees no change between equal documents", () => {
        const diff = diffStates(doc([chart({ a: 1 }), namespace("demo")]), doc([chart({ a: 1 }), namespace("demo")]));
        assert.equal(hasChanges(diff), false);
        assert.equal(diff.unchanged, 2);
    });
    it("lists changed Helm values under their resource", () => {
        const diff = diffStates(doc([chart({ tempo: { retention: "24h" } })]), doc([chart({ tempo: { retention: "720h" } })]));
        assert.deepEqual(diff.changed.map((r) => [r.name, r.changes]), [["tempo-chart", [{ path: "values.tempo.retention", before: "24h", after: "720h" }]]]);
        assert.deepEqual(diff.replaced, []);
    });
    it("finds added and removed resources", () => {
        const diff = diffStates(doc([namespace("demo"), namespace("old")]), doc([namespace("demo"), namespace("shop")]));
        assert.deepEqual(diff.added.map((r) => r.name), ["ns-shop"]);
        assert.deepEqual(diff.removed.map((r) => r.name), ["ns-old"]);
        assert.equal(diff.unchanged, 1);
    });
    it("counts a renamed Kubernetes object as replaced", () => {
        const diff = diffStates(doc([secret("[secret]")]), doc([secret("[secret]", "grafana-credentials")]));
        assert.deepEqual(diff.replaced.map((r) => r.replacedBy), [["metadata.name"]]);
        assert.deepEqual(diff.changed, []);
    });
    it("counts a Kubernetes object moved to another namespace as replaced", () => {
        const moved = resource("kubernetes:core/v1:Namespace", "x", { metadata: { name: "a", namespace: "b" } });
        const diff = diffStates(doc([resource("kubernetes:core/v1:Namespace", "x", { metadata: { name: "a" } })]), doc([moved]));
        assert.deepEqual(diff.replaced.map((r) => r.replacedBy), [["metadata.namespace"]]);
    });
    it("counts another chart, release name or namespace of a Helm resource as replaced", () => {
        const diff = diffStates(doc([chart({})]), doc([chart({}, { chart: "tempo-distributed", version: "2.26.2" })]));
        assert.deepEqual(diff.replaced.map((r) => r.replacedBy), [["chart"]]);
        assert.deepEqual(diffStates(doc([chart({})]), doc([chart({}, { namespace: "traces" })])).replaced.map((r) => r.replacedBy), [["namespace"]]);
        // a new version of the same chart is an upgrade
        assert.equal(diffStates(doc([chart({})]), doc([chart({}, { version: "2.2.5" })])).changed.length, 1);
    });
    it("counts any changed input of a random resource as replaced: it means a new secret", () => {
        const password = (length: number) => resource("random:index/randomPassword:RandomPassword", "grafana-admin-password", { length, special: false });
        assert.deepEqual(diffStates(doc([password(24)]), doc([password(32)])).replaced.map((r) => r.replacedBy), [["length"]]);
    });
    it("counts a type change under the same name and parent as one replacement", () => {
        const release = resource("kubernetes:helm.sh/v3:Release", "tempo-chart", { chart: "tempo", version: "2.2.4", name: "tempo", namespace: "tempo", values: {} });
        const diff = diffStates(doc([chart({})]), doc([release]));
        assert.deepEqual([diff.added, diff.removed], [[], []]);
        assert.deepEqual(diff.replaced[0].changes[0], { path: "(type)", before: "kubernetes:helm.sh/v4:Chart", after: "kubernetes:helm.sh/v3:Release" });
    });
    it("reports dependency edges added and removed by their short name", () => {
        const before = chart({}, {});
        const after = { ...chart({}), dependencies: [namespace("tempo").urn] };
        assert.deepEqual(diffStates(doc([before]), doc([after])).changed[0].changes, [
            { path: "(dependsOn)", before: ABSENT, after: "kubernetes:core/v1:Namespace::ns-tempo" },
        ]);
    });
    it("keeps secrets as the placeholder: an unchanged secret is no change, a value turned secret shows only the placeholder", () => {
        assert.equal(hasChanges(diffStates(doc([secret({ password: "[secret]" })]), doc([secret({ password: "[secret]" })]))), false);
        const diff = diffStates(doc([secret({ user: "admin" })]), doc([secret({ user: "[secret]" })]));
        // a Secret's data cannot change in place under the stack's provider: replaced
        assert.deepEqual(diff.replaced[0].changes, [{ path: "stringData.user", before: "admin", after: "[secret]" }]);
    });
    it("lists changed stack outputs", () => {
        const diff = diffStates(doc([], { meshMode: "sidecar", grafanaAdminPassword: "[secret]" }), doc([], { meshMode: "ambient", grafanaAdminPassword: "[secret]" }));
        assert.deepEqual(diff.outputs, [{ path: "meshMode", before: "sidecar", after: "ambient" }]);
    });
    it("orders the summary by URN, whatever order the documents list resources in", () => {
        const a = [namespace("b"), namespace("a"), namespace("c")];
        assert.deepEqual(diffStates(doc([]), doc(a)).added.map((r) => r.name), ["ns-a", "ns-b", "ns-c"]);
        assert.deepEqual(formatDiff(diffStates(doc([]), doc(a))), formatDiff(diffStates(doc([]), doc([...a].reverse()))));
    });
});

describe("replacements the Kubernetes provider forces", () => {
    const job = (fingerprint: string) => resource("kubernetes:batch/v1:Job", "trace-check-job", { metadata: { name: "trace-check" }, spec: { backoffLimit: 0, template: { metadata: { annotations: { f: fingerprint } } } } });
    const statefulSet = (size: string, replicas = 1) =>
        resource("kubernetes:apps/v1:StatefulSet", "tempo", { metadata: { name: "tempo" }, spec: { replicas, volumeClaimTemplates: [{ spec: { resources: { requests: { storage: size } } } }] } });
    it("counts a Job whose pod template changes as replaced", () => {
        assert.deepEqual(diffStates(doc([job("a")]), doc([job("b")])).replaced.map((r) => r.replacedBy), [["spec.template.metadata.annotations.f"]]);
    });
    it("counts a StatefulSet whose volume template changes as replaced, and one that only scales as changed", () => {
        assert.deepEqual(diffStates(doc([statefulSet("10Gi")]), doc([statefulSet("20Gi")])).replaced.map((r) => r.replacedBy), [["spec.volumeClaimTemplates[0].spec.resources.requests.storage"]]);
        assert.deepEqual(diffStates(doc([statefulSet("10Gi")]), doc([statefulSet("10Gi", 2)])).changed.map((r) => r.name), ["tempo"]);
    });
    it("counts a ConfigMap whose data changes as replaced, and one whose labels change as changed", () => {
        const configMap = (data: string, labels = {}) => resource("kubernetes:core/v1:ConfigMap", "dashboard", { metadata: { name: "d", labels }, data: { "d.json": data } });
        assert.equal(diffStates(doc([configMap("{}")]), doc([configMap("[]")])).replaced.length, 1);
        assert.equal(diffStates(doc([configMap("{}")]), doc([configMap("{}", { a: "b" })])).changed.length, 1);
    });
});

describe("changes to stored data", () => {
    const helm = (chart: string, values: Record<string, unknown>, name = "tempo-chart") =>
        resource("kubernetes:helm.sh/v4:Chart", name, { chart, version: "1", name: "x", namespace: "x", values });
    const collector = (mode: string, size?: string) =>
        resource("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector", "opentelemetry-collector", {
            metadata: { name: "otel" },
            spec: { mode, ...(size ? { volumeClaimTemplates: [{ spec: { resources: { requests: { storage: size } } } }] } : {}) },
        });
    const lokiWith = (...periods: Record<string, unknown>[]) => helm("loki", { loki: { schemaConfig: { configs: periods } } }, "loki-chart");
    const period = (from: string, store: string) => ({ from, object_store: store, schema: "v13" });

    it("names a chart value that feeds a volume template, with both values and the manual step", () => {
        assert.deepEqual(diffStates(doc([helm("tempo", { persistence: { size: "10Gi" } })]), doc([helm("tempo", { persistence: { size: "20Gi" } })])).stateful, [
            { name: "tempo-chart", kind: "volume-template", message: `values.persistence.size 10Gi → 20Gi: Tempo's StatefulSet: the volume template is immutable; existing claims keep their size (docs/upgrades.md, "Volume sizes")` },
        ]);
    });
    it("does not count what happens to claims on deletion as a template change", () => {
        const diff = diffStates(doc([helm("tempo", { persistence: { size: "10Gi" } })]), doc([helm("tempo", { persistence: { size: "10Gi", enableStatefulSetAutoDeletePVC: false } })]));
        assert.deepEqual(diff.stateful, []);
    });
    it("names what the OpenTelemetry operator does with a collector's new volume size", () => {
        assert.match(diffStates(doc([collector("statefulset", "2Gi")]), doc([collector("statefulset", "4Gi")])).stateful[0].message, /the OpenTelemetry operator deletes the StatefulSet and creates it again/);
    });
    it("names the queue a collector leaves behind when it stops being a StatefulSet", () => {
        assert.deepEqual(diffStates(doc([collector("statefulset", "2Gi")]), doc([collector("deployment")])).stateful.map((c) => c.message), [
            "collector otel becomes a deployment: its queue's claims (queue-otel-collector-*) stay behind with what it had not sent",
        ]);
    });
    it("names a disk queue a collector stops exporting through while it keeps its volume, and not one it keeps", () => {
        const queued = (...ids: string[]) =>
            resource("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector", "opentelemetry-collector", {
                metadata: { name: "otel" },
                spec: { mode: "statefulset", config: { exporters: Object.fromEntries(ids.map((id) => [id, { sending_queue: { storage: "file_storage/queue" } }])) } },
            });
        assert.deepEqual(diffStates(doc([queued("otlp_grpc/tempo", "otlp_http/logs")]), doc([queued("otlp_http/logs")])).stateful.map((c) => c.message), [
            "collector otel stops exporting through otlp_grpc/tempo: what its disk queue held stays on the queue volume, unsent",
        ]);
        assert.deepEqual(diffStates(doc([queued("otlp_http/logs")]), doc([queued("otlp_http/logs", "otlp_grpc/tempo")])).stateful, []);
    });
    it("names the data a release leaves behind when another chart replaces it or it is removed", () => {
        assert.deepEqual(diffStates(doc([helm("tempo", {})]), doc([helm("tempo-distributed", {})])).stateful.map((c) => c.kind), ["left-behind"]);
        assert.match(diffStates(doc([helm("loki", {}, "loki-chart")]), doc([])).stateful[0].message, /^loki removed: Loki's chunks and index on its volume \(claims storage-loki-\*\) stay behind/);
        assert.deepEqual(diffStates(doc([helm("kiali-server", {})]), doc([])).stateful, []);
    });
    it("names a Loki schema period rewritten in place, and lets a period appended after it pass", () => {
        const rewritten = diffStates(doc([lokiWith(period("2024-04-01", "filesystem"))]), doc([lokiWith(period("2024-04-01", "s3"))])).stateful;
        assert.deepEqual(rewritten.map((c) => c.kind), ["schema-rewrite"]);
        assert.match(rewritten[0].message, /^Loki's schema period 0 \(from 2024-04-01, on filesystem\) becomes .*: the logs stored under it become unreadable/);
        assert.deepEqual(diffStates(doc([lokiWith(period("2024-04-01", "filesystem"))]), doc([lokiWith(period("2024-04-01", "filesystem"), period("2026-10-01", "s3"))])).stateful, []);
    });
    it("reports them first and counts them in the summary", () => {
        const diff = diffStates(doc([helm("tempo", { persistence: { size: "10Gi" } })]), doc([helm("tempo", { persistence: { size: "20Gi" } })]));
        assert.match(formatDiff(diff)[0], /^! stored data, tempo-chart \(volume-template\): values.persistence.size 10Gi → 20Gi/);
        assert.match(report(diff, { base: "main", format: "text" }), /1 changed; 0 unchanged; 1 change to stored data\n/);
    });
});

describe("the report", () => {
    const before = doc([chart({ tempo: { retention: "24h" } }), namespace("old"), secret("[secret]")], { meshMode: "sidecar" });
    const after = doc([chart({ tempo: { retention: "720h" } }), namespace("shop"), secret("[secret]", "grafana-credentials")], { meshMode: "ambient" });
    const diff = diffStates(before, after);

    it("marks each resource line for a diff block and lists the changed paths below it", () => {
        assert.deepEqual(formatDiff(diff), [
            "- kubernetes:core/v1:Namespace ns-old (old)",
            "! kubernetes:core/v1:Secret grafana-admin (monitoring/grafana-credentials), replaced: metadata.name changed",
            '    metadata.name: "grafana-admin" → "grafana-credentials"',
            "~ kubernetes:helm.sh/v4:Chart tempo-chart (tempo 2.2.4)",
            '    values.tempo.retention: "24h" → "720h"',
            "+ kubernetes:core/v1:Namespace ns-shop (shop)",
            "~ stack outputs",
            '    meshMode: "sidecar" → "ambient"',
        ]);
    });
    it("starts with the stack, the base and the counts", () => {
        const text = report(diff, { base: "origin/main (1a2b3c4)", format: "text" }).split("\n");
        assert.deepEqual(text.slice(0, 2), [
            "mesh-observability dev: desired state against origin/main (1a2b3c4)",
            "1 added, 1 removed, 1 replaced, 1 changed; 0 unchanged; 1 output value changed",
        ]);
    });
    it("fits a pull-request comment: a Markdown heading and a diff block, cut with a note when too long", () => {
        const markdown = report(diff, { base: "main", format: "markdown", maxChars: 120 });
        assert.match(markdown, /^#### mesh-observability dev: desired state against main\n\n\*\*1 added, /);
        assert.match(markdown, /```diff\n- kubernetes:core\/v1:Namespace ns-old/);
        assert.match(markdown, /… \d+ more lines: run `npm run diff -- <base-ref> --stack dev`/);
    });
    it("says so when nothing changes", () => {
        assert.equal(report(diffStates(before, before), { base: "main", format: "text" }), "mesh-observability dev: desired state against main\nno change (3 resources)\n");
    });
    it("shortens URNs to type and name", () => assert.equal(shortUrn(namespace("x").urn), "kubernetes:core/v1:Namespace::ns-x"));
});
