import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { PLATFORM_NAMESPACES } from "./namespaces.ts";
import { type ChartRef, componentNamespace, mergeValues, renderedChart, type Values } from "./helm.ts";
import { samplingRatio } from "./sampling.ts";
import { AMBIENT_DATAPLANE_LABEL, meshModeAnnotations } from "./istio/values.ts";
import { type ComponentSizing, isReplicated, PROFILES, resourceRequirements, spreadOverNodes } from "./sizing.ts";
import type { MeshMode } from "../model/mesh.ts";

/**
 * The last release: the project was retired in March 2026 (no further fixes). The Istio ingress gateway
 * is the long-term north-south path; this stays for clusters whose Ingress resources still need it.
 */
export const INGRESS_NGINX_CHART: ChartRef = { chart: "ingress-nginx", version: "4.15.1", repo: "https://kubernetes.github.io/ingress-nginx" };

/**
 * In ambient mode nginx joins the mesh as a client: its namespace is on ztunnel, and it sends to each Service's
 * cluster IP instead of to pod IPs (`service-upstream`, the ConfigMap default of the per-Ingress annotation:
 * ingress-nginx internal/ingress/defaults/main.go, annotations/serviceupstream). Only traffic addressed to the
 * Service reaches its waypoint, which then emits the L7 span and applies L7 policy. The cost: nginx no longer
 * balances per endpoint itself (its EWMA, sticky sessions and retries across endpoints); the waypoint balances.
 */
export function ambientClientConfig(mode: MeshMode): { namespaceLabels: Record<string, string>; config: Record<string, string> } {
    return mode === "ambient" ? { namespaceLabels: { ...AMBIENT_DATAPLANE_LABEL }, config: { "service-upstream": "true" } } : { namespaceLabels: {}, config: {} };
}

/** The controller's replicas and requests; with two or more, the chart's PodDisruptionBudget (minAvailable 1) and node spreading. */
export function controllerSizingValues(sizing: ComponentSizing): Values {
    return {
        replicaCount: sizing.replicas,
        resources: resourceRequirements(sizing),
        ...(isReplicated(sizing)
            ? {
                  topologySpreadConstraints: spreadOverNodes({
                      "app.kubernetes.io/name": "ingress-nginx",
                      "app.kubernetes.io/instance": "ingress-nginx",
                      "app.kubernetes.io/component": "controller",
                  }),
              }
            : {}),
    };
}

export interface OtlpCollector {
    readonly host: string;
    readonly otlpGrpcPort: number;
}

/** Controller ConfigMap settings that turn on OpenTelemetry tracing (the module is built into the image). */
export function openTelemetryConfig(collector: OtlpCollector, samplingPercent: number, serviceName: string): Record<string, string> {
    return {
        "enable-opentelemetry": "true",
        "otlp-collector-host": collector.host,
        "otlp-collector-port": String(collector.otlpGrpcPort),
        "otel-service-name": serviceName,
        "otel-sampler": "TraceIdRatioBased",
        "otel-sampler-ratio": String(samplingRatio(samplingPercent)),
        // honour a caller's sampling decision and join its trace
        "otel-sampler-parent-based": "true",
        "opentelemetry-trust-incoming-span": "true",
    };
}

/**
 * The chart values: OpenTelemetry into the collector, a LoadBalancer Service, cert-manager for the webhook, the size,
 * and the mesh mode on the controller's pods: ambient captures a pod inside its network namespace, and the rules stay
 * there when istio-cni and ztunnel are removed (istio 1.30.3 cni/pkg/nodeagent/meshdataplane_linux.go `Stop`), so a
 * mode change must start nginx afresh in the new mode.
 */
export function ingressNginxValues(
    collector: OtlpCollector,
    samplingPercent: number,
    meshMode: MeshMode = "sidecar",
    sizing: ComponentSizing = PROFILES.lab.ingressNginx,
    serviceName = "ingress-nginx",
    serviceAnnotations: Readonly<Record<string, string>> = {},
): Values {
    return {
        controller: {
            config: { ...openTelemetryConfig(collector, samplingPercent, serviceName), ...ambientClientConfig(meshMode).config },
            // annotations only when there are some (e.g. MetalLB's fixed address)
            service: { type: "LoadBalancer", ...(Object.keys(serviceAnnotations).length > 0 ? { annotations: { ...serviceAnnotations } } : {}) },
            admissionWebhooks: { certManager: { enabled: true } },
            podAnnotations: meshModeAnnotations(meshMode),
            ...controllerSizingValues(sizing),
        },
    };
}

export interface IngressNginxArgs {
    readonly provider: k8s.Provider;
    /** Issues the admission webhook's certificate (the chart's own hook Jobs do not run under Pulumi). */
    readonly certManager: { readonly release: pulumi.Resource };
    readonly collector: OtlpCollector;
    readonly samplingPercent: number;
    /** The mesh's data plane: in ambient mode nginx joins it as a client (see ambientClientConfig). @default "sidecar" */
    readonly meshMode?: MeshMode;
    /** What hands out LoadBalancer addresses (MetalLB's pool and its advertisement), if the stack installs it. @default [] (the cloud's) */
    readonly loadBalancer?: readonly pulumi.Resource[];
    /** @default "ingress-nginx" */
    readonly namespace?: string;
    /** Annotations of the controller's LoadBalancer Service (e.g. MetalLB's fixed address). @default {} */
    readonly serviceAnnotations?: Readonly<Record<string, string>>;
    /** The controller's size. @default - the lab profile */
    readonly sizing?: ComponentSizing;
    /** Service name on the spans. @default "ingress-nginx" */
    readonly serviceName?: string;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

/** ingress-nginx with a LoadBalancer Service and OpenTelemetry tracing into the collector. */
export class IngressNginx extends pulumi.ComponentResource {
    readonly namespace: string;
    readonly chart: k8s.helm.v4.Chart;

    constructor(name: string, args: IngressNginxArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:IngressNginx", name, {}, opts);
        this.namespace = args.namespace ?? PLATFORM_NAMESPACES.ingressNginx;
        const childOpts = { parent: this, provider: args.provider };
        const mesh = ambientClientConfig(args.meshMode ?? "sidecar");
        const namespace = componentNamespace(`${name}-namespace`, this.namespace, childOpts, mesh.namespaceLabels);
        const values = ingressNginxValues(args.collector, args.samplingPercent, args.meshMode, args.sizing, args.serviceName, args.serviceAnnotations);
        this.chart = renderedChart(
            `${name}-chart`,
            { ref: INGRESS_NGINX_CHART, release: "ingress-nginx", namespace: namespace.metadata.name, values: mergeValues(values, args.values) },
            { ...childOpts, dependsOn: [args.certManager.release, ...(args.loadBalancer ?? [])] },
        );
        this.registerOutputs({ namespace: this.namespace });
    }
}
