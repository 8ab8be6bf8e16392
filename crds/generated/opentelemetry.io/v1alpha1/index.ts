export * from "./Instrumentation";
