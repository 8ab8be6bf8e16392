// The namespaces the platform installs into: one list, read by the components (their defaults) and by the
// config validation (application namespaces may not be any of these).
export const PLATFORM_NAMESPACES = {
    certManager: "cert-manager",
    metallb: "metallb-system",
    ingressNginx: "ingress-nginx",
    istio: "istio-system",
    istioIngress: "istio-ingress",
    openTelemetryOperator: "opentelemetry-operator-system",
    collector: "observability",
    tempo: "tempo",
    monitoring: "monitoring",
    traceCheck: "trace-check",
    loki: "loki",
} as const;
