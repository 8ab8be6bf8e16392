// Shared Helm plumbing: pinned chart references, the values merge every component uses, and the two
// Pulumi Helm resources (Chart v4 renders and manages each object; Release keeps Helm's hooks and
// upgrade semantics for the charts that need them).
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { keptNamespace } from "./kept.ts";

/** A chart pinned to one version in one repository. */
export interface ChartRef {
    readonly chart: string;
    readonly version: string;
    readonly repo: string;
}

/** Helm values: plain data, or Outputs where a value comes from another resource. */
export type Values = { readonly [key: string]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value) && !pulumi.Output.isInstance(value);
}

/**
 * Deep-merges `overrides` into `base` as Helm merges values files: maps merge key by key, anything else
 * (lists included) is replaced, and the override wins. Neither argument is modified.
 */
export function mergeValues(base: Values, ...overrides: (Values | undefined)[]): Values {
    let merged: Record<string, unknown> = { ...base };
    for (const override of overrides) {
        if (!override) continue;
        const next: Record<string, unknown> = { ...merged };
        for (const [key, value] of Object.entries(override)) {
            const current = next[key];
            next[key] = isPlainObject(current) && isPlainObject(value) ? mergeValues(current, value) : value;
        }
        merged = next;
    }
    return merged;
}

export interface HelmInstallArgs {
    readonly ref: ChartRef;
    /** Release name; also the prefix of the chart's resource names. */
    readonly release: string;
    readonly namespace: pulumi.Input<string>;
    readonly values: Values;
}

/** The inputs both Helm resources share. */
function chartInputs(args: HelmInstallArgs) {
    return {
        name: args.release,
        chart: args.ref.chart,
        version: args.ref.version,
        repositoryOpts: { repo: args.ref.repo },
        namespace: args.namespace,
        values: args.values,
    };
}

/** A chart rendered by Pulumi (every object diffed and owned one by one). Helm hooks are not run. */
export function renderedChart(name: string, args: HelmInstallArgs, opts: pulumi.ComponentResourceOptions): k8s.helm.v4.Chart {
    return new k8s.helm.v4.Chart(name, chartInputs(args), opts);
}

/** Seconds Helm waits for a release's objects and hooks (kube-prometheus-stack's CRD job and webhook Jobs take a while). */
export const RELEASE_TIMEOUT_SECONDS = 900;

/** A real Helm release: hooks run and `.Release.IsUpgrade` is true on upgrades. */
export function helmRelease(
    name: string,
    args: HelmInstallArgs,
    opts: pulumi.CustomResourceOptions,
): k8s.helm.v3.Release {
    return new k8s.helm.v3.Release(
        name,
        {
            ...chartInputs(args),
            timeout: RELEASE_TIMEOUT_SECONDS,
            // a failed upgrade rolls back instead of leaving a half-applied control plane
            atomic: true,
            cleanupOnFail: true,
        },
        opts,
    );
}

/** A namespace owned by the component that installs into it. */
export function componentNamespace(
    name: string,
    namespace: string,
    opts: pulumi.CustomResourceOptions,
    labels: Record<string, string> = {},
): k8s.core.v1.Namespace {
    return new k8s.core.v1.Namespace(name, { metadata: { name: namespace, labels } }, opts);
}

/**
 * A namespace whose volumes hold data (traces, metrics, the collector's queue): `pulumi destroy` leaves it, and
 * with it the PersistentVolumeClaims, which deleting the namespace would delete.
 */
export function dataNamespace(name: string, namespace: string, opts: pulumi.CustomResourceOptions, labels: Record<string, string> = {}): k8s.core.v1.Namespace {
    return keptNamespace(name, namespace, opts, labels);
}
