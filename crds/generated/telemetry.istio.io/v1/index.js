export * from "./Telemetry.js";
