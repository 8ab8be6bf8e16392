// One sampling policy, expressed in each layer's unit: Istio takes a percentage (0-100), the OpenTelemetry
// SDKs and ingress-nginx take a ratio (0-1).

/** The ratio for a percentage, without binary floating-point noise (0.07 % -> 0.0007, not 0.0007000000000000001). */
export function samplingRatio(percent: number): number {
    return Number((percent / 100).toPrecision(12));
}
