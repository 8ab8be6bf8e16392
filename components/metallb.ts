import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { createCustomResource, IPAddressPool, L2Advertisement } from "../crds/index.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { type ComponentSizing, PROFILES, resourceRequirements } from "./sizing.ts";

export const METALLB_CHART: ChartRef = { chart: "metallb", version: "0.16.1", repo: "https://metallb.github.io/metallb" };

/** The Service annotation that asks MetalLB for specific addresses of its pool (`metallb.io/*` since 0.14.9; controller/service.go, v0.16.1). */
export const METALLB_ADDRESS_ANNOTATION = "metallb.io/loadBalancerIPs";

/** The annotations that put a LoadBalancer Service on `address`; none without one (MetalLB picks). */
export function fixedAddressAnnotations(address: string | undefined): Record<string, string> {
    return address === undefined ? {} : { [METALLB_ADDRESS_ANNOTATION]: address };
}

export interface MetalLbArgs {
    readonly provider: k8s.Provider;
    /** Address blocks handed out to LoadBalancer Services (CIDRs or start-end ranges). */
    readonly addresses: readonly string[];
    /** @default "metallb-system" */
    readonly namespace?: string;
    /** Name of the IPAddressPool, for Services that ask for it with `metallb.io/address-pool`. @default "default-pool" */
    readonly poolName?: string;
    /** The controller's size. @default - the lab profile */
    readonly controllerSizing?: ComponentSizing;
    /** The speaker's size (one pod per node). @default - the lab profile */
    readonly speakerSizing?: ComponentSizing;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/**
 * Layer 2 only: no BGP, so the chart's default BGP backend (the frr-k8s DaemonSet, five containers per node) is off
 * and the speaker announces by ARP/NDP itself. One controller: it only assigns addresses.
 */
export function metalLbValues(controller: ComponentSizing, speaker: ComponentSizing): Values {
    return {
        frrk8s: { enabled: false },
        controller: { resources: resourceRequirements(controller) },
        speaker: { resources: resourceRequirements(speaker) },
    };
}

/** MetalLB in layer-2 mode: one address pool from config, announced by ARP/NDP. */
export class MetalLb extends pulumi.ComponentResource {
    readonly namespace: string;
    readonly poolName: string;
    readonly chart: k8s.helm.v4.Chart;
    readonly addressPool: k8s.apiextensions.CustomResource;
    readonly l2Advertisement: k8s.apiextensions.CustomResource;

    constructor(name: string, args: MetalLbArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:MetalLb", name, {}, opts);
        this.namespace = args.namespace ?? PLATFORM_NAMESPACES.metallb;
        this.poolName = args.poolName ?? "default-pool";
        const childOpts = { parent: this, provider: args.provider };
        // the speaker needs host networking and NET_RAW: the namespace must admit privileged pods
        const namespace = componentNamespace(`${name}-namespace`, this.namespace, childOpts, {
            "pod-security.kubernetes.io/enforce": "privileged",
            "pod-security.kubernetes.io/audit": "privileged",
            "pod-security.kubernetes.io/warn": "privileged",
        });
        this.chart = renderedChart(
            `${name}-chart`,
            { ref: METALLB_CHART, release: "metallb", namespace: namespace.metadata.name, values: mergeValues(metalLbValues(args.controllerSizing ?? PROFILES.lab.metallbController, args.speakerSizing ?? PROFILES.lab.metallbSpeaker), args.values) },
            childOpts,
        );
        // the controller's webhook validates pools: they can only be created once it runs
        const crOpts = { ...childOpts, dependsOn: [this.chart] };
        this.addressPool = createCustomResource(
            `${name}-pool`,
            new IPAddressPool({
                metadata: { name: this.poolName, namespace: this.namespace },
                spec: { addresses: [...args.addresses], autoAssign: true },
            }),
            crOpts,
        );
        this.l2Advertisement = createCustomResource(
            `${name}-l2`,
            new L2Advertisement({
                metadata: { name: `${this.poolName}-l2`, namespace: this.namespace },
                spec: { ipAddressPools: [this.poolName] },
            }),
            crOpts,
        );
        this.registerOutputs({ namespace: this.namespace, poolName: this.poolName });
    }
}
