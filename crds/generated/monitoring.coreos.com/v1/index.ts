export * from "./PodMonitor";
export * from "./ServiceMonitor";
