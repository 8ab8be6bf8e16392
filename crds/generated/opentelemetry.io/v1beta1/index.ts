export * from "./OpenTelemetryCollector";
