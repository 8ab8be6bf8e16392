import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { Gateway, createCustomResource, PeerAuthentication, Telemetry } from "../../crds/index.ts";
import type { ClusterPlatform, MeshMode, MtlsMode } from "../../model/mesh.ts";
import { componentNamespace, helmRelease, mergeValues, renderedChart, type Values } from "../helm.ts";
import { keptNamespace } from "../kept.ts";
import {
    cniValues,
    gatewayValues,
    istiodSizingValues,
    istiodValues,
    kubernetesIngressValues,
    meshNamespaceLabels,
    type OtlpTarget,
    TRACING_PROVIDER,
    ztunnelValues,
} from "./values.ts";
import { PLATFORM_NAMESPACES } from "../namespaces.ts";
import { type ComponentSizing, PROFILES } from "../sizing.ts";
import { GATEWAY_API_CRDS_URL, ISTIO_CHARTS } from "./version.ts";

export { ISTIO_VERSION } from "./version.ts";

export const ISTIO_NAMESPACE = PLATFORM_NAMESPACES.istio;
export const INGRESS_NAMESPACE = PLATFORM_NAMESPACES.istioIngress;
const GATEWAY_RELEASE = "istio-ingressgateway";
/** Name of the waypoint in every ambient namespace (istioctl's default). */
export const WAYPOINT_NAME = "waypoint";

export interface IstioChartValues {
    readonly base?: Values;
    readonly istiod?: Values;
    readonly gateway?: Values;
    readonly cni?: Values;
    readonly ztunnel?: Values;
}

export interface IstioMeshArgs {
    readonly provider: k8s.Provider;
    readonly mode: MeshMode;
    /** Percentage of requests traced (Telemetry `randomSamplingPercentage`). */
    readonly samplingPercent: number;
    /** Application namespaces to create and enrol. */
    readonly meshNamespaces: readonly string[];
    /** The OTLP/gRPC collector the proxies send spans to. */
    readonly collector: OtlpTarget;
    /** CNI paths for the cluster's distribution (ambient). @default "generic" */
    readonly platform?: ClusterPlatform;
    /** What hands out LoadBalancer addresses (MetalLB's pool and its advertisement), if the stack installs it. @default [] (the cloud's) */
    readonly loadBalancer?: readonly pulumi.Resource[];
    /** Mesh-wide mTLS: STRICT refuses plaintext to every workload of the mesh. @default "PERMISSIVE" */
    readonly mtls?: MtlsMode;
    /** Annotations of the ingress gateway's LoadBalancer Service (e.g. MetalLB's fixed address). @default {} */
    readonly gatewayServiceAnnotations?: Readonly<Record<string, string>>;
    /** Serve Kubernetes Ingresses of this class on the ingress gateway (cert-manager's HTTP-01 solvers). @default - none */
    readonly kubernetesIngressClass?: string;
    /** Sizes of istiod, the ingress gateway, istio-cni, ztunnel and the waypoints. @default - the lab profile */
    readonly sizing?: IstioSizing;
    /** Raw values per chart, merged last. @default {} */
    readonly values?: IstioChartValues;
}

export interface IstioSizing {
    readonly istiod: ComponentSizing;
    readonly gateway: ComponentSizing;
    readonly cni: ComponentSizing;
    readonly ztunnel: ComponentSizing;
    readonly waypoint: ComponentSizing;
}

const LAB_SIZING: IstioSizing = {
    istiod: PROFILES.lab.istiod,
    gateway: PROFILES.lab.istioGateway,
    cni: PROFILES.lab.istioCni,
    ztunnel: PROFILES.lab.ztunnel,
    waypoint: PROFILES.lab.waypoint,
};

/** The gateway chart's selector labels for the release (`app: <name>`, `istio: <name without "istio-">`). */
export const GATEWAY_SELECTOR = { app: GATEWAY_RELEASE, istio: GATEWAY_RELEASE.replace(/^istio-/, "") };

/** An application namespace of the mesh. */
export interface MeshNamespace {
    readonly name: string;
    readonly resource: k8s.core.v1.Namespace;
}

export interface IstioEndpoints {
    readonly gatewayNamespace: string;
    /** The ingress gateway's Service name (the release name). */
    readonly gatewayServiceName: string;
    readonly gatewayService: string;
    /** The gateway Service's plain-HTTP port (`http2`); its targetPort is the same, so it is also the port an Istio `Gateway` server binds. */
    readonly gatewayHttpPort: number;
    /** Labels of the gateway pods that an Istio `Gateway` selects them by. */
    readonly gatewaySelector: Readonly<Record<string, string>>;
    /** The gateway Service's TLS port (`https`, targetPort the same). */
    readonly gatewayHttpsPort: number;
}

export function istioEndpoints(): IstioEndpoints {
    return {
        gatewayNamespace: INGRESS_NAMESPACE,
        gatewayServiceName: GATEWAY_RELEASE,
        gatewayService: `${GATEWAY_RELEASE}.${INGRESS_NAMESPACE}.svc.cluster.local`,
        // the gateway chart's default service.ports: http2 80 -> targetPort 80
        gatewayHttpPort: 80,
        // the chart's selector labels: `istio: <release name without "istio-">` (templates/_helpers.tpl)
        gatewaySelector: { istio: GATEWAY_RELEASE.replace(/^istio-/, "") },
        // and https 443 -> targetPort 443
        gatewayHttpsPort: 443,
    };
}

/**
 * Istio: base (CRDs), istiod with tracing to the collector, the ingress gateway, the mesh-wide Telemetry with
 * the environment's sampling rate, and the application namespaces. Ambient mode adds the Gateway API CRDs,
 * istio-cni, ztunnel and one waypoint per namespace (ztunnel is L4 only: L7 spans come from waypoints).
 */
export class IstioMesh extends pulumi.ComponentResource {
    readonly endpoints: IstioEndpoints;
    /** istio-system; Kiali lives here too. */
    readonly systemNamespace: k8s.core.v1.Namespace;
    readonly istiod: k8s.helm.v3.Release;
    /** What a workload must wait for to be meshed from its first pod: istiod's injector, and istio-cni + ztunnel in ambient mode. */
    readonly dataPlane: readonly pulumi.Resource[];
    /** The ingress gateway (Deployment and LoadBalancer Service): ready when it serves. */
    readonly gateway: k8s.helm.v4.Chart;
    readonly namespaces: MeshNamespace[];
    /** The waypoints (ambient), each awaited until Istio reports it Programmed. @default [] in sidecar mode */
    readonly waypoints: k8s.apiextensions.CustomResource[] = [];
    /** The ingress gateway's namespace, where its pods read TLS Secrets. */
    readonly ingressNamespace: k8s.core.v1.Namespace;

    constructor(name: string, args: IstioMeshArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:IstioMesh", name, {}, opts);
        this.endpoints = istioEndpoints();
        const ambient = args.mode === "ambient";
        const platform = args.platform ?? "generic";
        const values = args.values ?? {};
        const sizing = args.sizing ?? LAB_SIZING;
        const childOpts = { parent: this, provider: args.provider };
        const systemNamespace = (this.systemNamespace = componentNamespace(`${name}-namespace`, ISTIO_NAMESPACE, childOpts));

        // waypoints are Gateway API Gateways; Istio does not ship these CRDs
        const gatewayApiCrds = ambient
            ? new k8s.yaml.v2.ConfigFile(`${name}-gateway-api-crds`, { file: GATEWAY_API_CRDS_URL }, childOpts)
            : undefined;

        // Helm releases, not rendered charts: on upgrade the charts leave the validating webhook's failurePolicy
        // to istiod (.Release.IsUpgrade), so server-side apply does not fight pilot-discovery over it.
        const base = helmRelease(
            `${name}-base`,
            { ref: ISTIO_CHARTS.base, release: "istio-base", namespace: systemNamespace.metadata.name, values: mergeValues({}, values.base) },
            { ...childOpts, dependsOn: gatewayApiCrds ? [gatewayApiCrds] : [] },
        );
        this.istiod = helmRelease(
            `${name}-istiod`,
            {
                ref: ISTIO_CHARTS.istiod,
                release: "istiod",
                namespace: systemNamespace.metadata.name,
                values: mergeValues(
                    istiodValues(args.mode, platform, args.collector, args.samplingPercent),
                    istiodSizingValues(sizing.istiod, sizing.waypoint),
                    kubernetesIngressValues(args.kubernetesIngressClass, GATEWAY_SELECTOR),
                    values.istiod,
                ),
            },
            { ...childOpts, dependsOn: [base] },
        );

        const dataPlane: pulumi.Resource[] = [this.istiod];
        this.dataPlane = dataPlane;
        if (ambient) {
            const cni = renderedChart(
                `${name}-cni`,
                { ref: ISTIO_CHARTS.cni, release: "istio-cni", namespace: ISTIO_NAMESPACE, values: mergeValues(cniValues(platform, sizing.cni), values.cni) },
                { ...childOpts, dependsOn: [this.istiod] },
            );
            const ztunnel = renderedChart(
                `${name}-ztunnel`,
                { ref: ISTIO_CHARTS.ztunnel, release: "ztunnel", namespace: ISTIO_NAMESPACE, values: mergeValues(ztunnelValues(platform, sizing.ztunnel), values.ztunnel) },
                { ...childOpts, dependsOn: [this.istiod] },
            );
            dataPlane.push(cni, ztunnel);
        }

        // the gateway's pod is built by istiod's injector
        const ingressNamespace = componentNamespace(`${name}-ingress-namespace`, INGRESS_NAMESPACE, childOpts);
        this.gateway = renderedChart(
            `${name}-gateway`,
            { ref: ISTIO_CHARTS.gateway, release: GATEWAY_RELEASE, namespace: ingressNamespace.metadata.name, values: mergeValues(gatewayValues(sizing.gateway, GATEWAY_SELECTOR, args.gatewayServiceAnnotations, args.mode), values.gateway) },
            { ...childOpts, dependsOn: [...dataPlane, ...(args.loadBalancer ?? [])] },
        );

        // mesh-wide: a Telemetry in the root namespace applies to every proxy, gateway and waypoint
        createCustomResource(
            `${name}-mesh-telemetry`,
            new Telemetry({
                metadata: { name: "mesh-default", namespace: ISTIO_NAMESPACE },
                spec: { tracing: [{ providers: [{ name: TRACING_PROVIDER }], randomSamplingPercentage: args.samplingPercent }] },
            }),
            // istiod's validating webhook must answer before Istio resources can be created
            { ...childOpts, dependsOn: [this.istiod] },
        );

        // mesh-wide: a PeerAuthentication in the root namespace, without a selector, applies to every workload
        createCustomResource(
            `${name}-mesh-mtls`,
            new PeerAuthentication({ metadata: { name: "default", namespace: ISTIO_NAMESPACE }, spec: { mtls: { mode: args.mtls ?? "PERMISSIVE" } } }),
            { ...childOpts, dependsOn: [this.istiod] },
        );

        this.namespaces = args.meshNamespaces.map((namespace) => ({
            name: namespace,
            // the applications live here: `pulumi destroy` must not delete them
            resource: keptNamespace(`${name}-app-${namespace}`, namespace, childOpts, meshNamespaceLabels(args.mode, WAYPOINT_NAME)),
        }));
        if (ambient) {
            for (const namespace of this.namespaces) {
                this.waypoints.push(this.createWaypoint(name, namespace, args.samplingPercent, [...dataPlane, gatewayApiCrds as pulumi.Resource], childOpts));
            }
        }
        this.ingressNamespace = ingressNamespace;
        this.registerOutputs({ endpoints: this.endpoints });
    }

    /** The namespace's waypoint (its L7 proxy, which emits the spans) and tracing attached to it. */
    private createWaypoint(
        name: string,
        namespace: MeshNamespace,
        samplingPercent: number,
        dependsOn: pulumi.Resource[],
        childOpts: pulumi.CustomResourceOptions,
    ): k8s.apiextensions.CustomResource {
        const waypoint = createCustomResource(
            `${name}-waypoint-${namespace.name}`,
            new Gateway({
                metadata: {
                    name: WAYPOINT_NAME,
                    namespace: namespace.name,
                    labels: { "istio.io/waypoint-for": "service" },
                    // ready as `istioctl waypoint apply --wait` judges it (istioctl/pkg/waypoint/waypoint.go, 1.30.3)
                    annotations: { "pulumi.com/waitFor": "condition=Programmed" },
                },
                spec: { gatewayClassName: "istio-waypoint", listeners: [{ name: "mesh", port: 15008, protocol: "HBONE" }] },
            }),
            { ...childOpts, dependsOn: [...dependsOn, namespace.resource] },
        );
        // attached by targetRef, in the waypoint's namespace (a root-namespace targetRef does not reach it, istio/istio#61538)
        createCustomResource(
            `${name}-waypoint-telemetry-${namespace.name}`,
            new Telemetry({
                metadata: { name: `${WAYPOINT_NAME}-tracing`, namespace: namespace.name },
                spec: {
                    targetRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: WAYPOINT_NAME }],
                    tracing: [{ providers: [{ name: TRACING_PROVIDER }], randomSamplingPercentage: samplingPercent }],
                },
            }),
            // the targetRef resolves whenever the waypoint appears: only istiod's webhook and the namespace are needed
            { ...childOpts, dependsOn: [this.istiod, namespace.resource] },
        );
        return waypoint;
    }
}
