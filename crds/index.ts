// Typed custom-resource models, generated from the upstream CRDs (see crds/README.md), and the wrapper that
// validates them before registering. Build a model, hand it to createCustomResource:
//
//   createCustomResource("mesh-tracing", new Telemetry({ metadata: { name: "mesh-default", namespace: "istio-system" },
//       spec: { tracing: [{ providers: [{ name: "otel" }], randomSamplingPercentage: 10 }] } }), { provider });
//
// `<Kind>Spec` is the type of a model's `spec`, `I<Kind>` the whole object's.
import type { IGateway } from "./generated/gateway.networking.k8s.io/v1/Gateway.js";
import type { IIPAddressPool } from "./generated/metallb.io/v1beta1/IPAddressPool.js";
import type { IL2Advertisement } from "./generated/metallb.io/v1beta1/L2Advertisement.js";
import type { IPodMonitor } from "./generated/monitoring.coreos.com/v1/PodMonitor.js";
import type { IPrometheusRule } from "./generated/monitoring.coreos.com/v1/PrometheusRule.js";
import type { IServiceMonitor } from "./generated/monitoring.coreos.com/v1/ServiceMonitor.js";
import type { IGateway as IIstioGateway } from "./generated/networking.istio.io/v1/Gateway.js";
import type { IVirtualService } from "./generated/networking.istio.io/v1/VirtualService.js";
import type { IInstrumentation } from "./generated/opentelemetry.io/v1alpha1/Instrumentation.js";
import type { IOpenTelemetryCollector } from "./generated/opentelemetry.io/v1beta1/OpenTelemetryCollector.js";
import type { ITelemetry } from "./generated/telemetry.istio.io/v1/Telemetry.js";
import type { IPeerAuthentication } from "./generated/security.istio.io/v1/PeerAuthentication.js";
import type { ICertificate } from "./generated/cert-manager.io/v1/Certificate.js";
import type { IClusterIssuer } from "./generated/cert-manager.io/v1/ClusterIssuer.js";
import type { IDestinationRule } from "./generated/networking.istio.io/v1/DestinationRule.js";

export {
    checkCustomResource,
    createCustomResource,
    CustomResourceValidationError,
    resourceOf,
    type CustomResourceModel,
    type CustomResourceObject,
    type SchemaProblem,
} from "./custom-resource.ts";

// metallb.io/v1beta1
export { IPAddressPool, type IIPAddressPool } from "./generated/metallb.io/v1beta1/IPAddressPool.js";
export { L2Advertisement, type IL2Advertisement } from "./generated/metallb.io/v1beta1/L2Advertisement.js";
export type IPAddressPoolSpec = NonNullable<IIPAddressPool["spec"]>;
export type L2AdvertisementSpec = NonNullable<IL2Advertisement["spec"]>;

// telemetry.istio.io/v1
export { Telemetry, type ITelemetry } from "./generated/telemetry.istio.io/v1/Telemetry.js";
export type TelemetrySpec = NonNullable<ITelemetry["spec"]>;

// security.istio.io/v1
export { PeerAuthentication, type IPeerAuthentication } from "./generated/security.istio.io/v1/PeerAuthentication.js";
export type PeerAuthenticationSpec = NonNullable<IPeerAuthentication["spec"]>;

// opentelemetry.io/v1beta1 and v1alpha1
export { OpenTelemetryCollector, type IOpenTelemetryCollector } from "./generated/opentelemetry.io/v1beta1/OpenTelemetryCollector.js";
export { Instrumentation, type IInstrumentation } from "./generated/opentelemetry.io/v1alpha1/Instrumentation.js";
export type OpenTelemetryCollectorSpec = NonNullable<IOpenTelemetryCollector["spec"]>;
export type InstrumentationSpec = NonNullable<IInstrumentation["spec"]>;

// monitoring.coreos.com/v1
export { PodMonitor, type IPodMonitor } from "./generated/monitoring.coreos.com/v1/PodMonitor.js";
export { ServiceMonitor, type IServiceMonitor } from "./generated/monitoring.coreos.com/v1/ServiceMonitor.js";
export { PrometheusRule, type IPrometheusRule } from "./generated/monitoring.coreos.com/v1/PrometheusRule.js";
export type PodMonitorSpec = NonNullable<IPodMonitor["spec"]>;
export type ServiceMonitorSpec = NonNullable<IServiceMonitor["spec"]>;
export type PrometheusRuleSpec = NonNullable<IPrometheusRule["spec"]>;

// gateway.networking.k8s.io/v1
export { Gateway, type IGateway } from "./generated/gateway.networking.k8s.io/v1/Gateway.js";
export type GatewaySpec = NonNullable<IGateway["spec"]>;

// networking.istio.io/v1: Istio's own ingress routing (its Gateway is not the Gateway API's, hence the prefix)
export { Gateway as IstioGateway } from "./generated/networking.istio.io/v1/Gateway.js";
export { VirtualService } from "./generated/networking.istio.io/v1/VirtualService.js";
export type { IIstioGateway, IVirtualService };
export type IstioGatewaySpec = NonNullable<IIstioGateway["spec"]>;
export type VirtualServiceSpec = NonNullable<IVirtualService["spec"]>;

// networking.istio.io/v1: traffic policy for a destination (the UIs' session affinity at the gateway)
export { DestinationRule, type IDestinationRule } from "./generated/networking.istio.io/v1/DestinationRule.js";
export type DestinationRuleSpec = NonNullable<IDestinationRule["spec"]>;

// cert-manager.io/v1: the UIs' certificates and the issuers that sign them (ClusterIssuer is cluster-scoped)
export { Certificate, type ICertificate } from "./generated/cert-manager.io/v1/Certificate.js";
export { ClusterIssuer, type IClusterIssuer } from "./generated/cert-manager.io/v1/ClusterIssuer.js";
export type CertificateSpec = NonNullable<ICertificate["spec"]>;
export type ClusterIssuerSpec = NonNullable<IClusterIssuer["spec"]>;
