export * from "./Gateway.js";
