export * as certManagerIo from "./cert-manager.io/index.js";
export * as gatewayNetworkingK8sIo from "./gateway.networking.k8s.io/index.js";
export * as metallbIo from "./metallb.io/index.js";
export * as monitoringCoreosCom from "./monitoring.coreos.com/index.js";
export * as networkingIstioIo from "./networking.istio.io/index.js";
export * as opentelemetryIo from "./opentelemetry.io/index.js";
export * as securityIstioIo from "./security.istio.io/index.js";
export * as telemetryIstioIo from "./telemetry.istio.io/index.js";
