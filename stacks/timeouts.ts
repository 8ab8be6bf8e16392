// Every Kubernetes resource of the stack, the charts' rendered objects included, gets explicit await timeouts: a
// Deployment that never becomes ready fails `pulumi up` after a known time, naming the resource, instead of
// waiting on a provider default. Registered as a stack transform, so it reaches the objects Chart v4 renders too
// (transforms apply to packaged components' children). Helm releases wait for themselves within these bounds
// (components/helm.ts RELEASE_TIMEOUT_SECONDS).
import * as pulumi from "@pulumi/pulumi";

export const AWAIT_TIMEOUTS: pulumi.CustomTimeouts = { create: "20m", update: "20m", delete: "10m" };

/** Adds AWAIT_TIMEOUTS to every Kubernetes custom resource that has none of its own. */
export function awaitTimeouts(args: pulumi.ResourceTransformArgs): pulumi.ResourceTransformResult | undefined {
    if (!args.custom || !args.type.startsWith("kubernetes:") || args.opts.customTimeouts) return undefined;
    return { props: args.props, opts: { ...args.opts, customTimeouts: AWAIT_TIMEOUTS } };
}
