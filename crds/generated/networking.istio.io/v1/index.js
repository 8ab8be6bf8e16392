export * from "./DestinationRule.js";
export * from "./Gateway.js";
export * from "./VirtualService.js";
