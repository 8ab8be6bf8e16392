export * as gatewayNetworkingK8sIo from "./gateway.networking.k8s.io/index";
export * as metallbIo from "./metallb.io/index";
export * as monitoringCoreosCom from "./monitoring.coreos.com/index";
export * as opentelemetryIo from "./opentelemetry.io/index";
export * as telemetryIstioIo from "./telemetry.istio.io/index";
