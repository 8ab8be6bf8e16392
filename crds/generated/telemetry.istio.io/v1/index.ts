export * from "./Telemetry";
