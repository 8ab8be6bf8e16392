// Node-level log shipping: the trace-id extraction (as a pure function over sample lines, and through Go's regexp
// where a Go toolchain is at hand), the collector's pipeline and its DaemonSet.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { extractTraceId, LOG_COLLECTOR_NAME, LOG_COLLECTOR_POD_SECURITY, logCollectorConfig, logCollectorWorkload, LogShipping, TRACE_ID_GROUP, TRACE_ID_PATTERN } from "../components/log-shipping.ts";
import { collectorTelemetry } from "../components/collector-telemetry.ts";
import { LOG_BATCH_MAX_BYTES, logExportBatch } from "../components/log-push.ts";
import { lokiEndpoints } from "../components/loki.ts";
import { PROFILES } from "../components/sizing.ts";
import { at, Harness } from "./harness.ts";

const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";
const samples = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/trace-id-lines.json"), "utf8")) as { lines: { why: string; line: string; traceId: string | null }[] }).lines;
const store = lokiEndpoints();
const config = logCollectorConfig(store);
type Operator = Record<string, unknown> & { type: string };
const operators = at(config, "receivers.file_log.operators") as Operator[];

describe("trace id extraction", () => {
    for (const sample of samples) {
        it(`${sample.traceId ? "finds" : "finds no"} the trace id: ${sample.why}`, () => assert.equal(extractTraceId(sample.line) ?? null, sample.traceId));
    }
    it("ignores the all-zero id (Loki stores no trace id for it)", () => assert.equal(extractTraceId("trace_id=00000000000000000000000000000000"), undefined));
    it("keeps an id that only ends in zeros (W3C: only the all-zero id is invalid)", () => {
        assert.equal(extractTraceId("trace_id=4bf92f3577b34da6a3ce929d0e0e4700"), "4bf92f3577b34da6a3ce929d0e0e4700");
        assert.equal(extractTraceId('{"traceId":"00000000000000000000000000000001"}'), "00000000000000000000000000000001");
    });
    it("is one pattern, the one the collector runs", () => {
        const parser = operators.find((o) => o.type === "regex_parser");
        assert.equal(parser?.regex, TRACE_ID_PATTERN);
    });

    /** Go's regexp (the collector's engine) over the same lines, when a Go toolchain is on PATH or in /usr/lib/go-*. */
    const go = ["go", ...(fs.existsSync("/usr/lib") ? fs.readdirSync("/usr/lib").filter((d) => d.startsWith("go")).map((d) => `/usr/lib/${d}/bin/go`) : [])].find(
        (bin) => spawnSync(bin, ["version"], { encoding: "utf8" }).status === 0,
    );
    it("finds the same ids through Go's regexp", { skip: go ? false : "no Go toolchain here" }, () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trace-id-"));
        fs.writeFileSync(
            path.join(dir, "main.go"),
            [
                "package main",
                'import ("bufio"; "fmt"; "os"; "regexp"; "strings")',
                "func main() {",
                '  re := regexp.MustCompile(os.Getenv("PATTERN"))',
                `  group := re.SubexpIndex("${TRACE_ID_GROUP}")`,
                "  in := bufio.NewScanner(os.Stdin)",
                "  for in.Scan() {",
                "    if m := re.FindStringSubmatch(in.Text()); m != nil { fmt.Println(strings.ToLower(m[group])) } else { fmt.Println(\"-\") }",
                "  }",
                "}",
            ].join("\n"),
        );
        const run = spawnSync(go as string, ["run", "main.go"], { cwd: dir, input: samples.map((s) => s.line).join("\n") + "\n", encoding: "utf8", env: { ...process.env, PATTERN: TRACE_ID_PATTERN } });
        fs.rmSync(dir, { recursive: true, force: true });
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(run.stdout.trim().split("\n"), samples.map((s) => s.traceId ?? "-"));
    });
});

describe("log collector pipeline", () => {
    it("tails every pod's log files, from the end at first start, then from saved offsets", () => {
        const fileLog = at(config, "receivers.file_log") as Record<string, unknown>;
        assert.deepEqual([fileLog.include, fileLog.start_at, fileLog.storage], [["/var/log/pods/*/*/*.log"], "end", "file_storage/logs"]);
    });
    it("leaves out its own logs, by the operator's pod naming <name>-collector-<hash>", () => {
        assert.deepEqual(at(config, "receivers.file_log.exclude"), [`/var/log/pods/observability_${LOG_COLLECTOR_NAME}-collector-*/*/*.log`]);
    });
    it("records each line's file path, where the container operator reads the pod's namespace, name and uid", () => {
        // without log.file.path the container operator (add_metadata_from_filepath, on by default) fails every line
        // ("Perhaps enable the 'include_file_path' option?", pkg/stanza/operator/parser/container), and k8s_attributes
        // finds no k8s.pod.uid to match the pod by
        assert.equal(at(config, "receivers.file_log.include_file_path"), true);
        assert.notEqual(operators[0].add_metadata_from_filepath, false);
        assert.deepEqual(at(config, "processors.k8s_attributes.pod_association.0.sources.0.name"), "k8s.pod.uid");
    });
    it("looks for the trace id in the log line the container operator leaves in the body", () => {
        // the container operator moves the CRI/Docker line's message into the body (its time, stream and flags elsewhere)
        const [container, parser] = operators;
        assert.equal(container.type, "container");
        assert.equal(parser.parse_from, "body");
    });
    it("parses the CRI line first, then the trace id, then drops the id's attribute", () => {
        assert.deepEqual(operators.map((o) => o.type), ["container", "regex_parser", "remove"]);
    });
    it("sets the record's trace id from the attribute the pattern fills, and removes that attribute", () => {
        const [, parser, remove] = operators;
        assert.ok(TRACE_ID_PATTERN.includes(`(?P<${TRACE_ID_GROUP}>`));
        assert.equal(at(parser, "trace.trace_id.parse_from"), `attributes.${TRACE_ID_GROUP}`);
        assert.equal(parser.parse_to, "attributes");
        assert.deepEqual([remove.field, remove.if], [`attributes.${TRACE_ID_GROUP}`, `"${TRACE_ID_GROUP}" in attributes`]);
    });
    it("passes lines without a trace id on quietly", () => assert.equal(operators[1].on_error, "send_quiet"));
    it("limits memory first, adds this node's pods' metadata by uid, and holds no batch in memory before the disk queue", () => {
        assert.deepEqual(at(config, "service.pipelines.logs"), { receivers: ["file_log"], processors: ["memory_limiter", "k8s_attributes"], exporters: ["otlp_http/logs"] });
        assert.deepEqual(Object.keys(at(config, "processors") as object), ["memory_limiter", "k8s_attributes"]);
        assert.deepEqual(at(config, "processors.k8s_attributes.pod_association"), [{ sources: [{ from: "resource_attribute", name: "k8s.pod.uid" }] }]);
        assert.ok((at(config, "processors.k8s_attributes.extract.metadata") as string[]).includes("service.name"));
    });
    it("adds the name of each kind of workload that runs pods here, labels Loki indexes by default", () => {
        // Loki's default_resource_attributes_as_index_labels (v3.7.6 pkg/loghttp/push/otlp_config.go) include these:
        // a Deployment's, StatefulSet's or DaemonSet's logs are selected by its name
        const metadata = at(config, "processors.k8s_attributes.extract.metadata") as string[];
        for (const kind of ["deployment", "statefulset", "daemonset"]) assert.ok(metadata.includes(`k8s.${kind}.name`), kind);
        assert.ok(metadata.every((m) => /^[a-z0-9]+(\.[a-z0-9_]+)+$/.test(m)), metadata.join(", "));
    });
    it("pushes OTLP to the log store, queued on the node's disk and retried until it answers", () => {
        const exporter = at(config, "exporters.otlp_http/logs") as Record<string, unknown>;
        assert.equal(exporter.endpoint, store.otlpUrl);
        assert.deepEqual(at(exporter, "sending_queue"), { enabled: true, storage: "file_storage/logs", sizer: "bytes", queue_size: 256 * 2 ** 20, batch: logExportBatch() });
        assert.equal(at(exporter, "retry_on_failure.max_elapsed_time"), "0s");
    });
    it("caps each push in bytes and merges no requests, so it carries no more records than file_log's one request (log-push.ts)", () => {
        assert.deepEqual(at(config, "exporters.otlp_http/logs.sending_queue.batch"), { sizer: "bytes", min_size: 0, max_size: LOG_BATCH_MAX_BYTES, flush_timeout: "200ms" });
    });
    it("serves its own metrics as the gateway collector does (the alert rules' names)", () => assert.deepEqual(at(config, "service.telemetry"), collectorTelemetry()));
    it("keeps offsets and queue in one storage extension the service starts", () => {
        assert.deepEqual(Object.keys(at(config, "extensions") as object), ["file_storage/logs"]);
        assert.deepEqual(at(config, "service.extensions"), ["file_storage/logs"]);
    });
});

describe("log collector workload", () => {
    const workload = logCollectorWorkload(PROFILES.lab.logCollector);
    const mounts = Object.fromEntries((workload.volumeMounts ?? []).map((m) => [m.name, m]));
    it("runs one collector per node", () => assert.equal(workload.mode, "daemonset"));
    it("reads the pods' logs from the host, read-only", () => {
        assert.deepEqual(at(workload.volumes?.find((v) => v.name === "pod-logs"), "hostPath.path"), "/var/log/pods");
        assert.deepEqual([mounts["pod-logs"].mountPath, mounts["pod-logs"].readOnly], ["/var/log/pods", true]);
    });
    it("keeps its state in the host directory its storage extension writes to", () => {
        const directory = at(config, "extensions.file_storage/logs.directory");
        assert.equal(mounts.state.mountPath, directory);
        assert.deepEqual(at(workload.volumes?.find((v) => v.name === "state"), "hostPath"), { path: directory, type: "DirectoryOrCreate" });
    });
    it("gives k8s_attributes the node's name in the variable its filter reads", () => {
        const variable = /^\$\{env:([A-Z0-9_]+)\}$/.exec(String(at(config, "processors.k8s_attributes.filter.node")))?.[1];
        assert.deepEqual(workload.env?.find((e) => e.name === variable)?.valueFrom, { fieldRef: { fieldPath: "spec.nodeName" } });
    });
    it("runs as root (the log files are root's) without capabilities or a writable root filesystem", () => {
        assert.deepEqual(at(workload, "securityContext.runAsUser"), 0);
        assert.deepEqual([at(workload, "securityContext.capabilities.drop"), at(workload, "securityContext.readOnlyRootFilesystem"), at(workload, "securityContext.allowPrivilegeEscalation")], [["ALL"], true, false]);
    });
    it("runs on tainted nodes too (control plane included), whose pods log as well", () => {
        // core/v1 Toleration: operator Exists without a key matches every key, an empty effect every effect
        const tolerates = (taint: { key: string; effect: string }) =>
            (workload.tolerations ?? []).some((t) => (t.operator === "Exists" ? !t.key || t.key === taint.key : t.key === taint.key) && (!t.effect || t.effect === taint.effect));
        assert.ok(tolerates({ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }), JSON.stringify(workload.tolerations));
        assert.ok(tolerates({ key: "dedicated", effect: "NoSchedule" }), JSON.stringify(workload.tolerations));
    });
    it("takes the profile's requests and limits", () => assert.deepEqual(workload.resources, { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "256Mi" } }));
});

describe("LogShipping", () => {
    let harness: Harness;
    before(async () => (harness = await Harness.create()));
    const build = (args: { seLinuxType?: string } = {}) =>
        harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const operator = new k8s.core.v1.ConfigMap("operator", {}, { provider });
            const namespace = new k8s.core.v1.Namespace("observability", { metadata: { name: "observability" } }, { provider });
            return new LogShipping("logs", { provider, operator, namespace: { name: "observability", resource: namespace }, store, ...args });
        });
    it("creates the collector in the collectors' namespace, after the operator and the namespace", async () => {
        const reg = await build();
        const collector = reg.get(COLLECTOR, "logs-collector");
        assert.deepEqual([at(collector.inputs, "metadata.name"), at(collector.inputs, "metadata.namespace"), at(collector.inputs, "spec.mode")], [LOG_COLLECTOR_NAME, "observability", "daemonset"]);
        assert.deepEqual(reg.dependenciesOf(collector).sort(), ["kubernetes:core/v1:ConfigMap::operator", "kubernetes:core/v1:Namespace::observability"]);
    });
    it("asks its namespace to admit privileged pods, the only Pod Security level that admits host paths", () => {
        assert.deepEqual(LOG_COLLECTOR_POD_SECURITY, { "pod-security.kubernetes.io/enforce": "privileged" });
    });
    it("runs under the SELinux type it is given, and leaves the runtime's default otherwise", async () => {
        assert.equal(at((await build()).get(COLLECTOR, "logs-collector").inputs, "spec.securityContext.seLinuxOptions"), undefined);
        assert.deepEqual(at((await build({ seLinuxType: "spc_t" })).get(COLLECTOR, "logs-collector").inputs, "spec.securityContext.seLinuxOptions"), { type: "spc_t" });
    });
});
