export * from "./Certificate.js";
export * from "./ClusterIssuer.js";
