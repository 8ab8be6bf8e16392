// Every Kubernetes resource of the stack, the charts' rendered objects included, gets explicit await timeouts: a
// Deployment that never becomes ready fails `pulumi up` after a known time, naming the resource, instead of
// waiting on a provider default. Registered as a stack transform, so it reaches the objects Chart v4 renders too
// (transforms apply to packaged components' children). Helm releases wait for themselves within these bounds
// (components/helm.ts RELEASE_TIMEOUT_SECONDS).
import * as pulumi from "@pulumi/pulumi";
import { KEPT_ANNOTATIONS } from "../components/kept.ts";

export const AWAIT_TIMEOUTS: pulumi.CustomTimeouts = { create: "20m", update: "20m", delete: "10m" };

/** Adds AWAIT_TIMEOUTS to every Kubernetes custom resource that has none of its own. */
export function awaitTimeouts(args: pulumi.ResourceTransformArgs): pulumi.ResourceTransformResult | undefined {
    if (!args.custom || !args.type.startsWith("kubernetes:") || args.opts.customTimeouts) return undefined;
    return { props: args.props, opts: { ...args.opts, customTimeouts: AWAIT_TIMEOUTS } };
}

/**
 * CustomResourceDefinitions stay on `pulumi destroy`: deleting one deletes every resource of its kind in the cluster,
 * the applications' too (HTTPRoutes, Certificates, ServiceMonitors). Chart v4 does not honour a chart's
 * `helm.sh/resource-policy: keep` (pulumi/pulumi-kubernetes#2882), so the charts it renders (MetalLB, the OTel
 * operator) and the Gateway API CRDs' ConfigFile would delete theirs; Helm releases keep theirs already (and adopt
 * them again on the next install: helm v3.20.2 pkg/action/validate.go `existingResourceConflict`). The next `up`
 * adopts the kept ones under their fixed field manager (components/kept.ts).
 */
export function keepCustomResourceDefinitions(args: pulumi.ResourceTransformArgs): pulumi.ResourceTransformResult | undefined {
    if (args.type !== "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition" || args.opts.retainOnDelete !== undefined) return undefined;
    const metadata = (args.props.metadata ?? {}) as Record<string, unknown>;
    const annotations = { ...(metadata.annotations as Record<string, string> | undefined), ...KEPT_ANNOTATIONS };
    return { props: { ...args.props, metadata: { ...metadata, annotations } }, opts: { ...args.opts, retainOnDelete: true } };
}
