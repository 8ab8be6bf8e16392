export * from "./Gateway";
