export * from "./PeerAuthentication.js";
