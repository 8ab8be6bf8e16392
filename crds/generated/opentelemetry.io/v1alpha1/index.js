export * from "./Instrumentation.js";
