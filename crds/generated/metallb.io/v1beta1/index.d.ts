export * from "./IPAddressPool.js";
export * from "./L2Advertisement.js";
