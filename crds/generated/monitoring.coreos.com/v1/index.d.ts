export * from "./PodMonitor.js";
export * from "./PrometheusRule.js";
export * from "./ServiceMonitor.js";
