// One sampling policy, expressed in each layer's unit: Istio takes a percentage (0-100), the OpenTelemetry
// SDKs and ingress-nginx take a ratio (0-1). With tail sampling the layers that decide at the head (the mesh, the
// waypoints, ingress-nginx, the SDKs) record every request, and the collector decides once the trace is complete.

/** The ratio for a percentage, without binary floating-point noise (0.07 % -> 0.0007, not 0.0007000000000000001). */
export function samplingRatio(percent: number): number {
    return Number((percent / 100).toPrecision(12));
}

/** What the collector keeps when it decides after the trace is complete. */
export interface TailSamplingPolicy {
    /** Share (percentage) of the traces that are neither failed nor slow that is kept. */
    readonly keepPercent: number;
    /** A trace lasting longer than this (milliseconds, first span's start to last span's end) is kept. */
    readonly slowRequestMs: number;
    /** How long the collector waits after a trace's first span before it decides (Go duration). */
    readonly decisionWait: string;
}

/** The environment's sampling, for every layer. */
export interface SamplingPolicy {
    /** Percentage every head-deciding layer records: the configured rate, or 100 when the collector decides. */
    readonly headPercent: number;
    /** Set when the collector samples at the tail. @default - head sampling only */
    readonly tail?: TailSamplingPolicy;
}

/** The configured `samplingPercent` applied at the head, or, with tail sampling, in the collector (heads record all). */
export function samplingPolicy(samplingPercent: number, tail?: { readonly enabled: boolean; readonly slowRequestMs: number; readonly decisionWait: string }): SamplingPolicy {
    if (!tail?.enabled) return { headPercent: samplingPercent };
    return { headPercent: 100, tail: { keepPercent: samplingPercent, slowRequestMs: tail.slowRequestMs, decisionWait: tail.decisionWait } };
}
