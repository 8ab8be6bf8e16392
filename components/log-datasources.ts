// Grafana's side of logs ↔ traces: the Loki datasource, whose derived field turns a log line's trace id into a link to
// the Tempo datasource, and the Tempo datasource's traces-to-logs query back. Field names are Grafana 13.2's
// (kube-prometheus-stack 88.5.3 ships grafana chart 12.11.1, appVersion 13.2.0): Loki `DerivedFieldConfig`
// (`matcherType: 'label' | 'regex'`, `matcherRegex`, `datasourceUid`, `url`, `urlDisplayLabel`; public/app/plugins/
// datasource/loki/types.ts) and Tempo `tracesToLogsV2` (docs/sources/datasources/tempo/configure-tempo-data-source/
// configure-trace-to-logs.md; query variables from public/app/features/explore/TraceView/createSpanLink.tsx).
import type { LogStoreApi } from "./loki.ts";

export const LOKI_DATASOURCE_UID = "loki";
/** Where Loki keeps an OTLP log record's trace id: structured metadata `trace_id`, lower-case hex (Loki v3.7.6 pkg/loghttp/push/otlp.go). */
export const LOKI_TRACE_ID_KEY = "trace_id";
/** The resource attribute that selects a span's logs: every span and every shipped log line carries it. */
export const NAMESPACE_ATTRIBUTE = "k8s.namespace.name";

/** Loki's label for an OTLP resource attribute (otlptranslator's LabelNamer: every character not valid in a label name becomes `_`). */
export const lokiLabel = (attribute: string): string => attribute.replace(/[^a-zA-Z0-9_]/g, "_");

/**
 * A string as Grafana's provisioning must read it: the provisioning loader expands `$VAR` and `${VAR}` from the
 * environment and reads `$$` as a literal `$` (pkg/services/provisioning/values/values.go `interpolateValue`).
 */
// (a replacer function: in a replacement string, `$$` would stand for one `$`)
export const provisioningLiteral = (text: string): string => text.replaceAll("$", () => "$$");

/**
 * The Loki datasource. Its one derived field matches the `trace_id` label (structured metadata included) by name and
 * opens the value in the Tempo datasource; a label rather than a regex over the line, because the collectors put the id
 * there for every source (Envoy's line, JSON and logfmt lines, the SDKs' OTLP records).
 */
export function lokiDatasource(store: LogStoreApi, tempoDatasourceUid: string): Record<string, unknown> {
    return {
        name: "Loki",
        type: "loki",
        uid: LOKI_DATASOURCE_UID,
        access: "proxy",
        url: store.queryUrl,
        jsonData: {
            derivedFields: [
                {
                    name: "TraceID",
                    matcherType: "label",
                    matcherRegex: `^${LOKI_TRACE_ID_KEY}$`,
                    datasourceUid: tempoDatasourceUid,
                    url: provisioningLiteral("${__value.raw}"),
                    urlDisplayLabel: "View trace",
                },
            ],
        },
    };
}

/**
 * The Tempo datasource's link from a span to its trace's logs: the streams of the span's namespace, filtered to the
 * trace's id in structured metadata. A custom query, because `filterByTraceID` filters the line's text (`|= "<id>"`),
 * which misses the SDKs' OTLP records (their id is not in the line). Grafana shows the link only where the span has
 * the namespace attribute (all variables defined).
 */
export function tracesToLogs(): Record<string, unknown> {
    const namespaceLabel = lokiLabel(NAMESPACE_ATTRIBUTE);
    return {
        datasourceUid: LOKI_DATASOURCE_UID,
        spanStartTimeShift: "-5m",
        spanEndTimeShift: "5m",
        tags: [{ key: NAMESPACE_ATTRIBUTE, value: namespaceLabel }],
        filterByTraceID: false,
        filterBySpanID: false,
        customQuery: true,
        query: provisioningLiteral(`{${namespaceLabel}="\${__span.tags["${NAMESPACE_ATTRIBUTE}"]}"} | ${LOKI_TRACE_ID_KEY}="\${__trace.traceId}"`),
    };
}

/** The Tempo datasource with traces-to-logs added (the datasource itself is built in kube-prometheus-stack.ts). */
export function withTracesToLogs(tempoDatasource: Record<string, unknown>): Record<string, unknown> {
    const jsonData = (tempoDatasource.jsonData ?? {}) as Record<string, unknown>;
    return { ...tempoDatasource, jsonData: { ...jsonData, tracesToLogsV2: tracesToLogs() } };
}
