// What the OpenTelemetry operator (0.158.0) makes of an Instrumentation for a container it injects: the exporter
// settings an agent really runs with. Modelled on the operator's source at tag v0.158.0, so that a contract test
// reads the agent's end of the agent → collector link the way the cluster will:
// - internal/instrumentation/sdk.go: per language, `spec.<language>.env` is appended where the container does not set
//   the variable (appendIfNotSet), then `spec.env` (injectCommonEnvVar), then the language's defaults, then
//   `spec.exporter.endpoint` as OTEL_EXPORTER_OTLP_ENDPOINT only where none is set (exporter.go configureExporter);
// - nodejs.go: OTEL_METRICS_EXPORTER=otlp where unset; python.go: OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf and
//   otlp traces/metrics/logs exporters where unset;
// - apachehttpd.go, nginx.go: the web-server modules load only the OTLP/gRPC exporter and take `spec.exporter.endpoint`
//   (default http://localhost:4317/), whatever the environment says.
// The SDK defaults where nothing is set: Java agent 2.x, .NET, Go and Node.js (sdk-node 0.220) speak http/protobuf
// and export traces, metrics and logs (Node.js: sdk.js, utils.js `|| 'http/protobuf'`; OTEL_LOGS_EXPORTER empty → otlp).
import type { InstrumentationSpec } from "../../crds/index.ts";

export type Language = "java" | "nodejs" | "python" | "dotnet" | "go" | "apacheHttpd" | "nginx";
export const LANGUAGES: readonly Language[] = ["java", "nodejs", "python", "dotnet", "go", "apacheHttpd", "nginx"];

type Env = { name: string; value?: string }[];

/** The settings an agent exports with. */
export interface EffectiveExporter {
    /** OTLP protocol on the wire: `grpc` or `http/protobuf`. */
    readonly protocol: string;
    /** The collector URL it sends to. */
    readonly endpoint: string;
    /** Signal → whether the agent exports it. */
    readonly signals: { readonly traces: boolean; readonly metrics: boolean; readonly logs: boolean };
    /** The whole environment the agent's container ends up with (exporter-related variables only). */
    readonly env: Readonly<Record<string, string>>;
}

const SDK_DEFAULTS: Record<string, Record<string, string>> = {
    nodejs: { OTEL_METRICS_EXPORTER: "otlp" },
    python: { OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf", OTEL_TRACES_EXPORTER: "otlp", OTEL_METRICS_EXPORTER: "otlp", OTEL_LOGS_EXPORTER: "otlp" },
};

function appendIfNotSet(env: Map<string, string>, vars: Env | undefined): void {
    for (const v of vars ?? []) if (!env.has(v.name) && v.value !== undefined) env.set(v.name, v.value);
}

/** The exporter settings of a container (with no OTEL_* of its own) that the operator instruments for `language`. */
export function effectiveExporter(spec: InstrumentationSpec, language: Language): EffectiveExporter {
    const exporterEndpoint = spec.exporter?.endpoint;
    if (language === "apacheHttpd" || language === "nginx") {
        return { protocol: "grpc", endpoint: exporterEndpoint || "http://localhost:4317/", signals: { traces: true, metrics: false, logs: false }, env: {} };
    }
    const env = new Map<string, string>();
    appendIfNotSet(env, spec[language]?.env);
    appendIfNotSet(env, spec.env);
    appendIfNotSet(env, Object.entries(SDK_DEFAULTS[language] ?? {}).map(([name, value]) => ({ name, value })));
    if (exporterEndpoint) appendIfNotSet(env, [{ name: "OTEL_EXPORTER_OTLP_ENDPOINT", value: exporterEndpoint }]);
    const exports = (name: string) => (env.get(name) ?? "otlp").split(",").map((e) => e.trim()).includes("otlp");
    return {
        protocol: env.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") ?? env.get("OTEL_EXPORTER_OTLP_PROTOCOL") ?? "http/protobuf",
        endpoint: env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") ?? env.get("OTEL_EXPORTER_OTLP_ENDPOINT") ?? "http://localhost:4318",
        signals: { traces: exports("OTEL_TRACES_EXPORTER"), metrics: exports("OTEL_METRICS_EXPORTER"), logs: exports("OTEL_LOGS_EXPORTER") },
        env: Object.fromEntries(env),
    };
}
