import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, helmRelease, mergeValues, type Values } from "./helm.ts";
import { type ComponentSizing, isReplicated, PROFILES, resourceRequirements, spreadOverNodes } from "./sizing.ts";

export const CERT_MANAGER_CHART: ChartRef = { chart: "cert-manager", version: "v1.21.1", repo: "https://charts.jetstack.io" };

export interface CertManagerArgs {
    readonly provider: k8s.Provider;
    /** @default "cert-manager" */
    readonly namespace?: string;
    /** The controller's size; the webhook and cainjector run as many replicas, with small fixed requests. @default - the lab profile */
    readonly sizing?: ComponentSizing;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/** The cert-manager values this platform needs: the chart installs and upgrades its own CRDs. */
export function certManagerValues(): Values {
    // keep: uninstalling the platform must not delete every Certificate in the cluster with the CRDs
    return { crds: { enabled: true, keep: true } };
}

/** The webhook, cainjector and the startup check are helpers of the controller: small, fixed requests. */
const HELPERS = {
    webhook: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "128Mi" } },
    cainjector: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "256Mi" } },
    startupapicheck: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "64Mi" } },
};

/** Requests, replicas and, when replicated, a disruption budget and node spreading for each of the three Deployments. */
export function certManagerSizingValues(sizing: ComponentSizing, release = "cert-manager"): Values {
    const replicated = isReplicated(sizing);
    const availability = (name: string, component: string) =>
        replicated
            ? {
                  // the chart's PDB keeps one pod (minAvailable 1) when neither bound is set
                  podDisruptionBudget: { enabled: true },
                  topologySpreadConstraints: spreadOverNodes({ "app.kubernetes.io/name": name, "app.kubernetes.io/instance": release, "app.kubernetes.io/component": component }),
              }
            : {};
    return {
        replicaCount: sizing.replicas,
        resources: resourceRequirements(sizing),
        ...availability("cert-manager", "controller"),
        webhook: { replicaCount: sizing.replicas, resources: HELPERS.webhook, ...availability("webhook", "webhook") },
        cainjector: { replicaCount: sizing.replicas, resources: HELPERS.cainjector, ...availability("cainjector", "cainjector") },
        startupapicheck: { resources: HELPERS.startupapicheck },
    };
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
            { ref: CERT_MANAGER_CHART, release: "cert-manager", namespace: namespace.metadata.name, values: mergeValues(certManagerValues(), certManagerSizingValues(args.sizing ?? PROFILES.lab.certManager), args.values) },
            childOpts,
        );
        this.registerOutputs({ namespace: this.namespace });
    }
}
