import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, helmRelease, mergeValues, type Values } from "./helm.ts";

export const CERT_MANAGER_CHART: ChartRef = { chart: "cert-manager", version: "v1.21.1", repo: "https://charts.jetstack.io" };

export interface CertManagerArgs {
    readonly provider: k8s.Provider;
    /** @default "cert-manager" */
    readonly namespace?: string;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/** The cert-manager values this platform needs: the chart installs and upgrades its own CRDs. */
export function certManagerValues(): Values {
    // keep: uninstalling the platform must not delete every Certificate in the cluster with the CRDs
    return { crds: { enabled: true, keep: true } };
}

/**
 * cert-manager with its CRDs; issues the webhook certificates of the OpenTelemetry operator and ingress-nginx.
 * A Helm release, not a rendered chart: its `startupapicheck` is a post-install hook Job (Chart v4 runs no hooks)
 * that waits until the webhook answers with its CA injected; without it the first Issuer/Certificate of another
 * chart can reach the webhook before it serves, and the first `pulumi up` fails.
 */
export class CertManager extends pulumi.ComponentResource {
    readonly namespace: string;
    /** Done when the CRDs are installed and the webhook serves: wait on it before creating Certificates or Issuers. */
    readonly release: k8s.helm.v3.Release;

    constructor(name: string, args: CertManagerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:CertManager", name, {}, opts);
        this.namespace = args.namespace ?? PLATFORM_NAMESPACES.certManager;
        const childOpts = { parent: this, provider: args.provider };
        const namespace = componentNamespace(`${name}-namespace`, this.namespace, childOpts);
        this.release = helmRelease(
            `${name}-release`,
            { ref: CERT_MANAGER_CHART, release: "cert-manager", namespace: namespace.metadata.name, values: mergeValues(certManagerValues(), args.values) },
            childOpts,
        );
        this.registerOutputs({ namespace: this.namespace });
    }
}
