// Registers a custom resource from a generated model (crds/generated/) only after it has passed its CRD schema.
// A typo in a spec would otherwise surface as an API-server rejection halfway through `pulumi up` (or worse, as a
// field the server silently prunes); here it fails the program before anything is registered.
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import manifest from "./generated/manifest.json" with { type: "json" };
import { Gateway } from "./generated/gateway.networking.k8s.io/v1/Gateway.js";
import { IPAddressPool } from "./generated/metallb.io/v1beta1/IPAddressPool.js";
import { L2Advertisement } from "./generated/metallb.io/v1beta1/L2Advertisement.js";
import { PodMonitor } from "./generated/monitoring.coreos.com/v1/PodMonitor.js";
import { PrometheusRule } from "./generated/monitoring.coreos.com/v1/PrometheusRule.js";
import { ServiceMonitor } from "./generated/monitoring.coreos.com/v1/ServiceMonitor.js";
import { Instrumentation } from "./generated/opentelemetry.io/v1alpha1/Instrumentation.js";
import { OpenTelemetryCollector } from "./generated/opentelemetry.io/v1beta1/OpenTelemetryCollector.js";
import { Gateway as IstioGateway } from "./generated/networking.istio.io/v1/Gateway.js";
import { VirtualService } from "./generated/networking.istio.io/v1/VirtualService.js";
import { Telemetry } from "./generated/telemetry.istio.io/v1/Telemetry.js";
import { PeerAuthentication } from "./generated/security.istio.io/v1/PeerAuthentication.js";
import { Certificate } from "./generated/cert-manager.io/v1/Certificate.js";
import { ClusterIssuer } from "./generated/cert-manager.io/v1/ClusterIssuer.js";
import { DestinationRule } from "./generated/networking.istio.io/v1/DestinationRule.js";

/** The models createCustomResource accepts: one class per generated CRD kind. */
export type CustomResourceModel =
    | IPAddressPool
    | L2Advertisement
    | Telemetry
    | PeerAuthentication
    | OpenTelemetryCollector
    | Instrumentation
    | PodMonitor
    | ServiceMonitor
    | PrometheusRule
    | Gateway
    | IstioGateway
    | VirtualService
    | DestinationRule
    | Certificate
    | ClusterIssuer;

/** One reason a custom resource is invalid: where (a JSON pointer into the object, "/" for the root) and why. */
export interface SchemaProblem {
    readonly path: string;
    readonly message: string;
}

/**
 * Thrown by createCustomResource when the object breaks its CRD schema or is not plain JSON. The message reads
 * `<Kind> <namespace>/<name> is invalid against <apiVersion>: <path>: <message>[; <path>: <message>…]`, with `-` for a
 * missing namespace or name.
 */
export class CustomResourceValidationError extends Error {
    readonly kind: string;
    readonly apiVersion: string;
    readonly namespace: string | undefined;
    readonly resourceName: string | undefined;
    readonly problems: readonly SchemaProblem[];

    constructor(ref: { kind: string; apiVersion: string; namespace?: string; name?: string }, problems: readonly SchemaProblem[]) {
        const id = `${ref.namespace ?? "-"}/${ref.name ?? "-"}`;
        super(`${ref.kind} ${id} is invalid against ${ref.apiVersion}: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
        this.name = "CustomResourceValidationError";
        this.kind = ref.kind;
        this.apiVersion = ref.apiVersion;
        this.namespace = ref.namespace;
        this.resourceName = ref.name;
        this.problems = problems;
    }
}

/** The plain object that is registered: apiVersion, kind, metadata, spec and any other top-level field. */
export type CustomResourceObject = { apiVersion: string; kind: string; metadata?: Record<string, unknown> } & Record<string, unknown>;

/**
 * Validates `model` against its CRD schema (`model.validate()`, plus `metadata.name`, and `metadata.namespace` for
 * namespaced kinds) and only then registers it as a `kubernetes:<group>/<version>:<Kind>` resource with the model's
 * fields as plain JSON. Fields must be plain values, not Pulumi Outputs, so that they can be validated here: order the
 * resource after others with `opts.dependsOn`.
 * @throws CustomResourceValidationError when the object is invalid; nothing is registered then.
 */
export function createCustomResource(name: string, model: CustomResourceModel, opts?: pulumi.CustomResourceOptions): k8s.apiextensions.CustomResource {
    const object = checkCustomResource(model);
    return new k8s.apiextensions.CustomResource(name, object, opts);
}

/**
 * The checks of createCustomResource without the registration: returns the plain object, or throws
 * CustomResourceValidationError.
 */
export function checkCustomResource(model: CustomResourceModel): CustomResourceObject {
    const raw = model as unknown as { apiVersion: unknown; kind: unknown; metadata?: { name?: unknown; namespace?: unknown } };
    const ref = {
        kind: String(raw.kind),
        apiVersion: String(raw.apiVersion),
        namespace: typeof raw.metadata?.namespace === "string" ? raw.metadata.namespace : undefined,
        name: typeof raw.metadata?.name === "string" ? raw.metadata.name : undefined,
    };

    // Outputs, promises and class instances first: the schema would only call them "not a string".
    const problems: SchemaProblem[] = [];
    const object = toPlain(model, "", problems) as CustomResourceObject;
    if (problems.length > 0) throw new CustomResourceValidationError(ref, problems);

    problems.push(...rootProblems(object, ref));
    try {
        model.validate();
    } catch (e) {
        const errors = (e as { errors?: unknown }).errors;
        if (!Array.isArray(errors)) throw e;
        problems.push(...describe(errors as SchemaError[]));
    }
    if (problems.length > 0) throw new CustomResourceValidationError(ref, problems);
    return object;
}

const KINDS = new Map(manifest.models.map((m) => [`${m.apiVersion}/${m.kind}`, m]));

/** Where the API serves a modelled kind: its plural (the resource in API paths and RBAC rules) and scope; undefined for a kind not modelled. */
export function resourceOf(apiVersion: string, kind: string): { readonly plural: string; readonly scope: "Namespaced" | "Cluster" } | undefined {
    const crd = KINDS.get(`${apiVersion}/${kind}`);
    return crd ? { plural: crd.plural, scope: crd.scope === "Cluster" ? "Cluster" : "Namespaced" } : undefined;
}

// What the generated schemas leave to this wrapper. The root object's fields: the generator keeps the root open,
// since a model's prototype carries an enumerable `validate` that the compiled validator's for-in would see.
// The name, which the API server requires, and the namespace of a namespaced kind: without one the object would land
// in the provider's default namespace, which is never what a component means (and check-crs rejects it).
function rootProblems(object: CustomResourceObject, ref: { kind: string; apiVersion: string }): SchemaProblem[] {
    const crd = KINDS.get(`${ref.apiVersion}/${ref.kind}`);
    const problems: SchemaProblem[] = [];
    if (crd) {
        for (const key of Object.keys(object)) {
            if (!crd.fields.includes(key)) problems.push({ path: `/${escapePointer(key)}`, message: "unknown field (not in the CRD schema)" });
        }
    }
    const metadata = object.metadata;
    if (metadata === undefined) return [...problems, { path: "/", message: "must have required property 'metadata'" }];
    const required = crd?.scope === "Namespaced" ? ["name", "namespace"] : ["name"];
    for (const key of required) {
        if (metadata[key] === undefined) problems.push({ path: "/metadata", message: `must have required property '${key}'` });
        else if (metadata[key] === "") problems.push({ path: `/metadata/${key}`, message: "must NOT be empty" });
    }
    return problems;
}

/** An ajv error as @kubernetes-models/validate reports it (messages filled in by ajv-i18n). */
export interface SchemaError {
    readonly keyword: string;
    readonly instancePath: string;
    readonly params: Record<string, unknown>;
    readonly message?: string;
}

const escapePointer = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");
const within = (path: string, root: string): boolean => path === root || path.startsWith(`${root}/`);

/**
 * ajv errors to problems. An unknown field is reported at its own path. The errors of the branches of an
 * anyOf/oneOf (ajv reports them just before the anyOf/oneOf error itself, at or below its path) are folded into one
 * problem: `/spec/port: must be integer or must be string`.
 */
export function describe(errors: readonly SchemaError[]): SchemaProblem[] {
    const problems: SchemaProblem[] = [];
    const add = (path: string, message: string) => {
        if (!problems.some((p) => p.path === path && p.message === message)) problems.push({ path, message });
    };
    let pending: SchemaError[] = [];
    const flush = (errs: readonly SchemaError[]) => errs.forEach((e) => add(...problemOf(e)));
    for (const e of errors) {
        if (e.keyword === "anyOf" || e.keyword === "oneOf") {
            const branches = pending.filter((b) => within(b.instancePath, e.instancePath));
            flush(pending.filter((b) => !branches.includes(b)));
            pending = [];
            const messages = [...new Set(branches.map((b) => problemOf(b)).map(([path, message]) => (path === (e.instancePath || "/") ? message : `${path}: ${message}`)))];
            add(e.instancePath || "/", messages.length > 0 ? messages.join(" or ") : (e.message ?? `fails ${e.keyword}`));
        } else {
            pending.push(e);
        }
    }
    flush(pending);
    return problems;
}

function problemOf(e: SchemaError): [string, string] {
    const path = e.instancePath || "/";
    const message = e.message ?? `fails ${e.keyword} ${JSON.stringify(e.params)}`;
    if (e.keyword === "additionalProperties" && typeof e.params.additionalProperty === "string") {
        return [`${e.instancePath}/${escapePointer(e.params.additionalProperty)}`, "unknown field (not in the CRD schema)"];
    }
    if (e.keyword === "required" && typeof e.params.missingProperty === "string") {
        return [path, `must have required property '${e.params.missingProperty}'`]; // ajv-i18n drops the quotes
    }
    if (e.keyword === "enum" && Array.isArray(e.params.allowedValues)) {
        return [path, `${message}: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`];
    }
    if (e.keyword === "const" && "allowedValue" in e.params) {
        return [path, `${message}: ${JSON.stringify(e.params.allowedValue)}`];
    }
    return [path, message];
}

/**
 * A deep copy of the model's fields as plain JSON: `undefined` fields dropped, nested models by their toJSON().
 * Records a problem for everything Pulumi could not serialise as a plain value or the schema could not judge.
 */
function toPlain(value: unknown, path: string, problems: SchemaProblem[]): unknown {
    const problem = (message: string) => {
        problems.push({ path: path || "/", message });
        return undefined;
    };
    switch (typeof value) {
        case "undefined":
        case "string":
        case "boolean":
            return value;
        case "number":
            return Number.isFinite(value) ? value : problem(`must be a finite number (is ${String(value)})`);
        case "object":
            break;
        default:
            return problem(`must be a JSON value (is a ${typeof value})`);
    }
    if (value === null) return null;
    if (pulumi.Output.isInstance(value)) {
        return problem("is a Pulumi Output: custom-resource fields must be plain values (validated before registration); order resources with opts.dependsOn");
    }
    if (pulumi.Resource.isInstance(value)) return problem("is a Pulumi resource, not a plain value");
    if (typeof (value as { then?: unknown }).then === "function") return problem("is a Promise, not a plain value");
    if (Array.isArray(value)) {
        return value.map((item: unknown, i) => {
            if (item !== undefined) return toPlain(item, `${path}/${i}`, problems);
            problems.push({ path: `${path}/${i}`, message: "is undefined (a list holds JSON values only)" });
            return null;
        });
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    let fields = value as Record<string, unknown>;
    if (proto !== Object.prototype && proto !== null) {
        const toJSON = (value as { toJSON?: unknown }).toJSON;
        if (typeof toJSON !== "function" || value instanceof Date) {
            return problem(`is a ${proto.constructor?.name ?? "class"} instance, not a plain JSON value`);
        }
        fields = (toJSON as () => Record<string, unknown>).call(value); // a model (Model.toJSON copies its fields)
    }
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) {
        const plain = toPlain(field, `${path}/${escapePointer(key)}`, problems);
        if (plain !== undefined) out[key] = plain;
    }
    return out;
}
