// The mesh's vocabulary: how workloads join it, how they authenticate, which distribution's paths istio-cni uses.

export type MeshMode = "sidecar" | "ambient";

export const MTLS_MODES = ["PERMISSIVE", "STRICT"] as const;
export type MtlsMode = (typeof MTLS_MODES)[number];

/** Distributions whose CNI paths differ from the defaults (Istio's platform profiles); kind and kubeadm are "generic". */
export const CLUSTER_PLATFORMS = ["generic", "k3s", "k3d", "minikube", "microk8s", "gke", "openshift"] as const;
export type ClusterPlatform = (typeof CLUSTER_PLATFORMS)[number];
