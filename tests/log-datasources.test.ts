// Grafana's Loki datasource and the Tempo datasource's traces-to-logs, as Grafana reads them after provisioning.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LOKI_DATASOURCE_UID, lokiDatasource, lokiLabel, provisioningLiteral, tracesToLogs, withTracesToLogs } from "../components/log-datasources.ts";
import { lokiEndpoints } from "../components/loki.ts";
import { at } from "./harness.ts";
import { grafanaProvisioned } from "./support/grafana.ts";

const loki = lokiDatasource(lokiEndpoints(), "tempo");
const derived = (at(loki, "jsonData.derivedFields") as Record<string, string>[])[0];

describe("provisioning literals", () => {
    it("reach Grafana unchanged after its environment expansion", () => {
        assert.equal(grafanaProvisioned(provisioningLiteral('{a="${__span.tags["x"]}"} | b="${__trace.traceId}" $x')), '{a="${__span.tags["x"]}"} | b="${__trace.traceId}" $x');
    });
    it("would lose every unescaped variable to the environment", () => assert.equal(grafanaProvisioned("${__value.raw}"), ""));
});

describe("Loki datasource", () => {
    it("has the fixed uid loki and reads the log store's API", () => {
        assert.deepEqual([loki.uid, loki.type, loki.url, loki.access], [LOKI_DATASOURCE_UID, "loki", "http://loki.loki.svc.cluster.local:3100", "proxy"]);
    });
    it("derives a trace link from the trace_id label (structured metadata included), by name", () => {
        assert.deepEqual([derived.matcherType, derived.matcherRegex], ["label", "^trace_id$"]);
    });
    it("shows the trace id in a line's details as the field TraceID, with its link labelled View trace", () => {
        // Grafana adds a field named after the derived field (and merges derived fields of the same name), and titles
        // its link with urlDisplayLabel, falling back to an empty title (public/app/plugins/datasource/loki/getDerivedFields.ts)
        assert.deepEqual([derived.name, derived.urlDisplayLabel], ["TraceID", "View trace"]);
    });
    it("opens the trace id in the Tempo datasource", () => {
        assert.deepEqual([derived.datasourceUid, grafanaProvisioned(derived.url)], ["tempo", "${__value.raw}"]);
    });
});

describe("traces to logs", () => {
    const link = tracesToLogs();
    it("queries the Loki datasource", () => assert.equal(link.datasourceUid, LOKI_DATASOURCE_UID));
    it("selects the span's namespace's streams and filters the trace id in structured metadata", () => {
        assert.equal(link.customQuery, true);
        assert.equal(grafanaProvisioned(link.query as string), '{k8s_namespace_name="${__span.tags["k8s.namespace.name"]}"} | trace_id="${__trace.traceId}"');
    });
    it("maps the namespace attribute to its Loki label", () => assert.deepEqual(link.tags, [{ key: "k8s.namespace.name", value: "k8s_namespace_name" }]));
    it("leaves the line-text filters off (they miss OTLP records, whose line has no id)", () => assert.deepEqual([link.filterByTraceID, link.filterBySpanID], [false, false]));
    it("looks a few minutes around the span", () => assert.deepEqual([link.spanStartTimeShift, link.spanEndTimeShift], ["-5m", "5m"]));
    it("is added to a Tempo datasource without changing the rest", () => {
        const tempo = { uid: "tempo", jsonData: { nodeGraph: { enabled: true } } };
        assert.deepEqual(withTracesToLogs(tempo), { uid: "tempo", jsonData: { nodeGraph: { enabled: true }, tracesToLogsV2: link } });
        assert.deepEqual(tempo.jsonData, { nodeGraph: { enabled: true } });
    });
});

describe("Loki labels of OTLP resource attributes", () => {
    it("replace dots with underscores", () => assert.equal(lokiLabel("k8s.namespace.name"), "k8s_namespace_name"));
    it("replace every other character a label cannot hold", () => assert.equal(lokiLabel("service.instance-id"), "service_instance_id"));
});
