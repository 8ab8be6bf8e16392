// Typed custom-resource models, generated from the upstream CRDs (see crds/README.md), and the wrapper that
// validates them before registering. Build a model, hand it to createCustomResource:
//
//   createCustomResource("mesh-tracing", new Telemetry({ metadata: { name: "mesh-default", namespace: "istio-system" },
//       spec: { tracing: [{ providers: [{ name: "otel" }], randomSamplingPercentage: 10 }] } }), { provider });
//
// `<Kind>Spec` is the type of a model's `spec`, `I<Kind>` the whole object's.
import type { IGateway } from "./generated/gateway.networking.k8s.io/v1/Gateway";
import type { IIPAddressPool } from "./generated/metallb.io/v1beta1/IPAddressPool";
import type { IL2Advertisement } from "./generated/metallb.io/v1beta1/L2Advertisement";
import type { IPodMonitor } from "./generated/monitoring.coreos.com/v1/PodMonitor";
import type { IServiceMonitor } from "./generated/monitoring.coreos.com/v1/ServiceMonitor";
import type { IInstrumentation } from "./generated/opentelemetry.io/v1alpha1/Instrumentation";
import type { IOpenTelemetryCollector } from "./generated/opentelemetry.io/v1beta1/OpenTelemetryCollector";
import type { ITelemetry } from "./generated/telemetry.istio.io/v1/Telemetry";

export {
    checkCustomResource,
    createCustomResource,
    CustomResourceValidationError,
    type CustomResourceModel,
    type CustomResourceObject,
    type SchemaProblem,
} from "./custom-resource";

// metallb.io/v1beta1
export { IPAddressPool, type IIPAddressPool } from "./generated/metallb.io/v1beta1/IPAddressPool";
export { L2Advertisement, type IL2Advertisement } from "./generated/metallb.io/v1beta1/L2Advertisement";
export type IPAddressPoolSpec = NonNullable<IIPAddressPool["spec"]>;
export type L2AdvertisementSpec = NonNullable<IL2Advertisement["spec"]>;

// telemetry.istio.io/v1
export { Telemetry, type ITelemetry } from "./generated/telemetry.istio.io/v1/Telemetry";
export type TelemetrySpec = NonNullable<ITelemetry["spec"]>;

// opentelemetry.io/v1beta1 and v1alpha1
export { OpenTelemetryCollector, type IOpenTelemetryCollector } from "./generated/opentelemetry.io/v1beta1/OpenTelemetryCollector";
export { Instrumentation, type IInstrumentation } from "./generated/opentelemetry.io/v1alpha1/Instrumentation";
export type OpenTelemetryCollectorSpec = NonNullable<IOpenTelemetryCollector["spec"]>;
export type InstrumentationSpec = NonNullable<IInstrumentation["spec"]>;

// monitoring.coreos.com/v1
export { PodMonitor, type IPodMonitor } from "./generated/monitoring.coreos.com/v1/PodMonitor";
export { ServiceMonitor, type IServiceMonitor } from "./generated/monitoring.coreos.com/v1/ServiceMonitor";
export type PodMonitorSpec = NonNullable<IPodMonitor["spec"]>;
export type ServiceMonitorSpec = NonNullable<IServiceMonitor["spec"]>;

// gateway.networking.k8s.io/v1
export { Gateway, type IGateway } from "./generated/gateway.networking.k8s.io/v1/Gateway";
export type GatewaySpec = NonNullable<IGateway["spec"]>;
