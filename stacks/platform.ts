import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { StackConfig } from "./config";
import { KubernetesSettings } from "./load-config";

/** What the stack exports. */
export interface PlatformOutputs {
    readonly meshMode: pulumi.Output<string>;
    readonly samplingPercent: pulumi.Output<number>;
}

/**
 * The stack composition: one explicit Kubernetes provider, passed to every resource, and the add-on
 * components wired to each other.
 */
export function buildPlatform(config: StackConfig, kubernetes: KubernetesSettings = {}): PlatformOutputs {
    // server-side apply: the large CRDs (kube-prometheus-stack, Istio) exceed client-side apply's annotation limit
    new k8s.Provider("kubernetes", {
        enableServerSideApply: true,
        ...(kubernetes.context ? { context: kubernetes.context } : {}),
        ...(kubernetes.kubeconfig ? { kubeconfig: kubernetes.kubeconfig } : {}),
    });
    return {
        meshMode: pulumi.output(config.meshMode),
        samplingPercent: pulumi.output(config.samplingPercent),
    };
}
