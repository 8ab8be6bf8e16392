// One Istio version for every Istio chart (base, istiod, gateway, cni, ztunnel) and the dashboards:
// the charts must not drift apart.
import type { ChartRef } from "../helm.ts";

export const ISTIO_VERSION = "1.30.3";
const ISTIO_REPO = "https://istio-release.storage.googleapis.com/charts";

export const ISTIO_CHARTS = {
    base: { chart: "base", version: ISTIO_VERSION, repo: ISTIO_REPO },
    istiod: { chart: "istiod", version: ISTIO_VERSION, repo: ISTIO_REPO },
    gateway: { chart: "gateway", version: ISTIO_VERSION, repo: ISTIO_REPO },
    cni: { chart: "cni", version: ISTIO_VERSION, repo: ISTIO_REPO },
    ztunnel: { chart: "ztunnel", version: ISTIO_VERSION, repo: ISTIO_REPO },
} as const satisfies Record<string, ChartRef>;

/** The Kubernetes Gateway API release Istio 1.30 is built against (its go.mod); waypoints are Gateways. */
export const GATEWAY_API_VERSION = "v1.5.1";
export const GATEWAY_API_CRDS_URL = `https://github.com/kubernetes-sigs/gateway-api/releases/download/${GATEWAY_API_VERSION}/standard-install.yaml`;

/**
 * Whether waypoint spans carry the destination service's name: only Istio 1.28 and 1.29 (istio/istio#57024). 1.30.0
 * went back to the proxy's own name, `waypoint.<namespace>` ("Span service name must identify the producer of the
 * span", pilot/pkg/networking/core/tracing.go, commit b29d7766ddc in #58688), and tags the source instead (#58872).
 */
export function waypointSpansUseServiceName(version = ISTIO_VERSION): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && (minor === 28 || minor === 29);
}
