import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { checkCustomResource, createCustomResource, IPAddressPool, L2Advertisement } from "../crds/index.ts";
import { AdmissionProbe } from "./admission-probe.ts";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { type ComponentSizing, PROFILES, resourceRequirements } from "./sizing.ts";

export const METALLB_CHART: ChartRef = { chart: "metallb", version: "0.16.1", repo: "https://metallb.github.io/metallb" };

/** The Service annotation that asks MetalLB for specific addresses of its pools (`metallb.io/*` since 0.14.9; controller/service.go `AnnotationLoadBalancerIPs`, v0.16.1). */
export const METALLB_ADDRESS_ANNOTATION = "metallb.io/loadBalancerIPs";
/**
 * The Service annotation that names the pool (controller/service.go `AnnotationAddressPool`, v0.16.1): beside an
 * address, MetalLB refuses the pair unless that pool holds the address, so a misplaced address is an event, not a
 * silent assignment from another pool.
 */
export const METALLB_POOL_ANNOTATION = "metallb.io/address-pool";
/** The pool of fixed addresses: `autoAssign: false`, only Services that ask for one of its addresses get it. */
export const FIXED_POOL_NAME = "fixed-addresses";

/** The annotations that put a LoadBalancer Service on `address` of the fixed pool; none without one (MetalLB picks from the automatic pool). */
export function fixedAddressAnnotations(address: string | undefined): Record<string, string> {
    return address === undefined ? {} : { [METALLB_ADDRESS_ANNOTATION]: address, [METALLB_POOL_ANNOTATION]: FIXED_POOL_NAME };
}

/**
 * The names of the chart's validating webhooks for the kinds this component creates (metallb chart 0.16.1
 * templates/webhooks.yaml: configuration `metallb-webhook-configuration`, Service `metallb-webhook-service` 443 -> 9443,
 * `failurePolicy: {{ .Values.crds.validationFailurePolicy }}`, `Fail` by default).
 */
export const METALLB_WEBHOOKS = {
    IPAddressPool: "ipaddresspoolvalidationwebhook.metallb.io",
    L2Advertisement: "l2advertisementvalidationwebhook.metallb.io",
} as const;

export interface MetalLbArgs {
    readonly provider: k8s.Provider;
    /**
     * Address blocks MetalLB hands out to any LoadBalancer Service (CIDRs or start-end ranges); none of the fixed
     * addresses (stacks/address-pools.ts splits the config). May be empty when fixed addresses are all there is.
     */
    readonly addresses: readonly string[];
    /** Single-address CIDRs (`/32`, `/128`) that only the Services asking for them get. @default [] */
    readonly fixedAddresses?: readonly string[];
    /** @default "metallb-system" */
    readonly namespace?: string;
    /** Name of the automatic IPAddressPool, for Services that ask for it with `metallb.io/address-pool`. @default "default-pool" */
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

/** MetalLB in layer-2 mode: an automatic pool and a pool of fixed addresses from config, announced by ARP/NDP. */
export class MetalLb extends pulumi.ComponentResource {
    readonly namespace: string;
    readonly poolName: string;
    readonly chart: k8s.helm.v4.Chart;
    /** Completes once the controller's webhook admits pools and advertisements; they wait for it. */
    readonly webhookProbe: AdmissionProbe;
    /** The automatic pool, then the fixed one (each only when it has addresses). */
    readonly addressPools: k8s.apiextensions.CustomResource[];
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
        const values = mergeValues(metalLbValues(args.controllerSizing ?? PROFILES.lab.metallbController, args.speakerSizing ?? PROFILES.lab.metallbSpeaker), args.values);
        this.chart = renderedChart(`${name}-chart`, { ref: METALLB_CHART, release: "metallb", namespace: namespace.metadata.name, values }, childOpts);

        const fixedAddresses = args.fixedAddresses ?? [];
        const pools = [
            ...(args.addresses.length > 0 ? [{ resource: `${name}-pool`, name: this.poolName, addresses: args.addresses, autoAssign: true }] : []),
            ...(fixedAddresses.length > 0 ? [{ resource: `${name}-fixed-pool`, name: FIXED_POOL_NAME, addresses: fixedAddresses, autoAssign: false }] : []),
        ];
        if (pools.length === 0) throw new Error("MetalLb: no addresses and no fixed addresses: nothing to hand out");
        const poolModels = pools.map((pool) => new IPAddressPool({ metadata: { name: pool.name, namespace: this.namespace }, spec: { addresses: [...pool.addresses], autoAssign: pool.autoAssign } }));
        const advertisement = new L2Advertisement({ metadata: { name: `${this.poolName}-l2`, namespace: this.namespace }, spec: { ipAddressPools: pools.map((pool) => pool.name) } });

        // The controller reports ready before its webhook serves (see components/admission-probe.ts): the pools and
        // the advertisement wait for a dry run of each that the webhook has answered.
        this.webhookProbe = new AdmissionProbe(
            `${name}-webhook-probe`,
            {
                provider: args.provider,
                namespace: this.namespace,
                probes: [
                    { object: checkCustomResource(poolModels[0]), webhooks: [METALLB_WEBHOOKS.IPAddressPool] },
                    { object: checkCustomResource(advertisement), webhooks: [METALLB_WEBHOOKS.L2Advertisement] },
                ],
                after: [this.chart],
                rerunKey: pulumi.output(values).apply((v) => JSON.stringify([METALLB_CHART, v])),
            },
            { parent: this },
        );
        const afterWebhook = { ...childOpts, dependsOn: [this.webhookProbe.job] };
        // one after the other: a fixed address moved out of the automatic pool must have left it before the fixed
        // pool claims it, or the webhook refuses the overlap (internal/config/config.go, v0.16.1)
        this.addressPools = [];
        for (const [index, model] of poolModels.entries()) {
            const previous = this.addressPools.at(-1);
            this.addressPools.push(createCustomResource(pools[index].resource, model, previous ? { ...childOpts, dependsOn: [this.webhookProbe.job, previous] } : afterWebhook));
        }
        this.l2Advertisement = createCustomResource(`${name}-l2`, advertisement, afterWebhook);
        this.registerOutputs({ namespace: this.namespace, poolName: this.poolName });
    }

    /** What a LoadBalancer Service waits for: the pools and their advertisement. */
    get loadBalancer(): pulumi.Resource[] {
        return [...this.addressPools, this.l2Advertisement];
    }
}
