// What `pulumi destroy` leaves in the cluster on purpose, and how the next `pulumi up` takes it back.
//
// Destroy keeps the mesh namespaces, the namespaces whose volumes hold data, and the CustomResourceDefinitions
// (`retainOnDelete`; stacks/timeouts.ts for the CRDs). They leave the stack's state but stay in the cluster, so the
// next `up` creates objects that exist. That works only because the platform's provider upserts
// (`upsertExistingObjects`, stacks/platform.ts): its create is then a server-side apply.
//
// That apply is not forced (pulumi-kubernetes provider/pkg/await/await.go `patchForce`: forced in preview only), and
// the provider names each resource's field manager at random (`pulumi-kubernetes-<random>`, provider.go
// `fieldManagerName`), remembered only in the state destroy drops. An object kept under the old name would conflict
// with the next `up` wherever a value changed in between (a new chart's CRD schema, a namespace's mesh labels), a
// failure preview does not show (it forces), and fields the stack no longer sets would stay, owned by a manager that
// is gone. So every kept object applies under one fixed name, `pulumi.com/patchFieldManager` (read before the state
// by `fieldManagerName`): the next `up` is the same manager, owns the object again, and removes what it dropped.
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";

/** The field manager of every object `pulumi destroy` keeps. */
export const KEPT_FIELD_MANAGER = "mesh-observability";

/** The annotations a kept object carries: its fixed field manager. */
export const KEPT_ANNOTATIONS: Readonly<Record<string, string>> = { "pulumi.com/patchFieldManager": KEPT_FIELD_MANAGER };

/** A namespace `pulumi destroy` leaves in the cluster, with whatever is in it; the next `up` adopts it. */
export function keptNamespace(name: string, namespace: string, opts: pulumi.CustomResourceOptions, labels: Record<string, string> = {}): k8s.core.v1.Namespace {
    return new k8s.core.v1.Namespace(name, { metadata: { name: namespace, labels, annotations: { ...KEPT_ANNOTATIONS } } }, { ...opts, retainOnDelete: true });
}
