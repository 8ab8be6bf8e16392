export * from "./PodMonitor.js";
export * from "./ServiceMonitor.js";
