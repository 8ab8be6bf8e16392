// What `pulumi up` must never do to an object that holds data: delete a StatefulSet because a volume size changed.
//
// A StatefulSet's `volumeClaimTemplates` cannot change (the API server refuses the update), so the Kubernetes provider
// replaces the object when they do, deleting it first because its name is fixed, with foreground propagation: every
// pod goes, and the retained claims keep their old size anyway (pulumi-kubernetes provider/pkg/provider/diff.go,
// `statefulSet` force-new properties; provider.go `Diff`, deleteBeforeReplace; await/await.go `Deletion`, v4.32.0).
// The charts' own remedy, `enableStatefulSetRecreationForSizeChange` (tempo-distributed 2.26.2, loki 18.11.0), is a
// pre-upgrade hook Job that Chart v4 never renders (provider/pkg/provider/helm/v4/chart.go: DisableHooks).
// So every StatefulSet keeps the volume template it was created with; a size change reaches the claims through the
// documented procedure (docs/upgrades.md, "Volume sizes"), where the storage class allows volumes to grow.
import * as pulumi from "@pulumi/pulumi";

export const STATEFULSET_TYPE = "kubernetes:apps/v1:StatefulSet";
/** The inputs of a StatefulSet that `pulumi up` leaves as they were first applied. */
export const VOLUME_TEMPLATES = "spec.volumeClaimTemplates";

/** A stack transform: it reaches the StatefulSets Chart v4 renders (Tempo, its ingesters, Loki) as well as our own. */
export function keepVolumeClaimTemplates(args: pulumi.ResourceTransformArgs): pulumi.ResourceTransformResult | undefined {
    if (args.type !== STATEFULSET_TYPE) return undefined;
    const ignored = args.opts.ignoreChanges ?? [];
    if (ignored.includes(VOLUME_TEMPLATES)) return undefined;
    return { props: args.props, opts: { ...args.opts, ignoreChanges: [...ignored, VOLUME_TEMPLATES] } };
}
