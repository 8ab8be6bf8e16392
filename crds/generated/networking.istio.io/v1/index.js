export * from "./Gateway.js";
export * from "./VirtualService.js";
