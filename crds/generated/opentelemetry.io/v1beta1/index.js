export * from "./OpenTelemetryCollector.js";
