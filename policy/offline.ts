// Runs the pack's policies against a recorded desired state (scripts/desired-state.ts), the way the engine and
// @pulumi/policy's server run them: config reconciled as the CLI does (schema defaults, then "all", then each
// policy's entry: pulumi/pulumi pkg/resource/analyzer/config.go ReconcilePolicyPackConfig), each policy's
// enforcement level from that config, else its own, else the pack's (@pulumi/policy 1.21 server.js), properties
// behind the same unknown-checking proxy, resource policies on inputs, stack policies on every resource at once.
import * as fs from "node:fs";
import {
    type EnforcementLevel,
    type Policies,
    type PolicyResource,
    type ResourceValidationArgs,
    type ResourceValidationPolicy,
    type StackValidationArgs,
    type StackValidationPolicy,
} from "@pulumi/policy";
import { unknownCheckingProxy } from "./sdk-internals.ts";

/** A recorded resource (the shape of scripts/desired-state.ts ResourceRecord). */
export interface RecordedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly parent: string | null;
    readonly dependencies: readonly string[];
    readonly inputs: Record<string, unknown>;
}

/** A `--policy-pack-config` file: `{ "all": level, "<policy>": level | { enforcementLevel?, ...properties } }`. */
export type PolicyConfigFile = Readonly<Record<string, unknown>>;

export interface PolicySettings {
    readonly enforcementLevel: EnforcementLevel;
    readonly properties: Record<string, unknown>;
}

export interface Violation {
    readonly policy: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly message: string;
    readonly urn?: string;
}

export interface Outcome {
    readonly violations: Violation[];
    readonly notApplicable: { readonly policy: string; readonly urn?: string; readonly reason: string }[];
}

const LEVELS: readonly string[] = ["advisory", "mandatory", "remediate", "disabled"];

export function readPolicyConfig(file: string): PolicyConfigFile {
    return JSON.parse(fs.readFileSync(file, "utf8")) as PolicyConfigFile;
}

/** Each policy's enforcement level and properties, as the CLI hands them to the pack. */
export function reconcileConfig(policies: Policies, packLevel: EnforcementLevel, file: PolicyConfigFile = {}): Map<string, PolicySettings> {
    const entry = (value: unknown): { level?: EnforcementLevel; properties: Record<string, unknown> } => {
        if (typeof value === "string") {
            if (!LEVELS.includes(value)) throw new Error(`not an enforcement level: ${value}`);
            return { level: value as EnforcementLevel, properties: {} };
        }
        const { enforcementLevel, ...properties } = (value ?? {}) as Record<string, unknown>;
        if (enforcementLevel !== undefined && (typeof enforcementLevel !== "string" || !LEVELS.includes(enforcementLevel))) {
            throw new Error(`not an enforcement level: ${JSON.stringify(enforcementLevel)}`);
        }
        return { level: enforcementLevel as EnforcementLevel | undefined, properties };
    };
    const known = new Set(policies.map((p) => p.name));
    for (const key of Object.keys(file)) if (key !== "all" && !known.has(key)) throw new Error(`the config names no policy of the pack: ${key}`);
    const all = file.all === undefined ? undefined : entry(file.all).level;
    return new Map(
        policies.map((policy) => {
            const defaults = Object.fromEntries(
                Object.entries(policy.configSchema?.properties ?? {}).flatMap(([key, schema]) => ("default" in schema ? [[key, schema.default as unknown]] : [])),
            );
            const own = entry(file[policy.name]);
            return [policy.name, { enforcementLevel: own.level ?? all ?? policy.enforcementLevel ?? packLevel, properties: { ...defaults, ...own.properties } }];
        }),
    );
}

class NotApplicable extends Error {
    readonly reason: string;
    constructor(reason = "") {
        super(reason);
        this.reason = reason;
    }
}
const notApplicable = (reason?: string): never => {
    throw new NotApplicable(reason);
};

const isResourcePolicy = (p: Policies[number]): p is ResourceValidationPolicy => "validateResource" in p && p.validateResource !== undefined;
const isStackPolicy = (p: Policies[number]): p is StackValidationPolicy => "validateStack" in p;

const options = (parent: string | null) => ({
    protect: false,
    ignoreChanges: [],
    aliases: [],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    additionalSecretOutputs: [],
    ...(parent ? { parent } : {}),
});
const noTypeChecks = { isType: () => false, asType: () => undefined };

export interface RunOptions {
    /** The pack's own enforcement level. @default "mandatory" (policy/index.mts) */
    readonly packLevel?: EnforcementLevel;
    readonly config?: PolicyConfigFile;
    /** The stack's outputs: stack policies see them as the Stack resource's properties. */
    readonly stackOutputs?: Record<string, unknown>;
}

/** Runs every policy against the resources and returns what they report. */
export async function runPolicies(policies: Policies, resources: readonly RecordedResource[], run: RunOptions = {}): Promise<Outcome> {
    const settings = reconcileConfig(policies, run.packLevel ?? "mandatory", run.config);
    const outcome: Outcome = { violations: [], notApplicable: [] };
    for (const policy of policies) {
        const { enforcementLevel, properties } = settings.get(policy.name) as PolicySettings;
        if (enforcementLevel === "disabled") continue;
        const getConfig = <T extends object>() => ({ ...properties }) as T;
        const judge = async (urn: string | undefined, validate: (report: (message: string, urn?: string) => void) => unknown) => {
            try {
                await validate((message, at) => outcome.violations.push({ policy: policy.name, enforcementLevel, message, ...((at ?? urn) ? { urn: at ?? urn } : {}) }));
            } catch (err) {
                if (!(err instanceof NotApplicable)) throw err;
                outcome.notApplicable.push({ policy: policy.name, ...(urn ? { urn } : {}), reason: err.reason });
            }
        };
        if (isResourcePolicy(policy)) {
            const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource];
            for (const resource of resources) {
                const args = {
                    type: resource.type,
                    name: resource.name,
                    urn: resource.urn,
                    props: unknownCheckingProxy(resource.inputs),
                    opts: options(resource.parent),
                    stackTags: new Map<string, string>(),
                    getConfig,
                    notApplicable,
                    ...noTypeChecks,
                } as unknown as ResourceValidationArgs;
                for (const validation of validations) if (validation) await judge(resource.urn, (report) => validation(args, report));
            }
        } else if (isStackPolicy(policy)) {
            const byUrn = new Map<string, PolicyResource>();
            const stackResources = resources.map((resource) => {
                const props = resource.type === "pulumi:pulumi:Stack" ? (run.stackOutputs ?? {}) : resource.inputs;
                const policyResource = {
                    type: resource.type,
                    name: resource.name,
                    urn: resource.urn,
                    props: unknownCheckingProxy(props),
                    opts: options(resource.parent),
                    dependencies: [] as PolicyResource[],
                    propertyDependencies: {},
                    ...noTypeChecks,
                } as unknown as PolicyResource;
                byUrn.set(resource.urn, policyResource);
                return policyResource;
            });
            resources.forEach((resource, i) => {
                const target = stackResources[i] as { parent?: PolicyResource; dependencies: PolicyResource[] };
                if (resource.parent && byUrn.has(resource.parent)) target.parent = byUrn.get(resource.parent);
                target.dependencies = resource.dependencies.flatMap((urn) => byUrn.get(urn) ?? []);
            });
            const args = { resources: stackResources, stackTags: new Map<string, string>(), getConfig, notApplicable } as StackValidationArgs;
            await judge(undefined, (report) => policy.validateStack(args, report));
        }
    }
    return outcome;
}

/** The violations that block: mandatory ones (a remediate-level policy that still fires is reported as mandatory). */
export const blocking = (outcome: Outcome) => outcome.violations.filter((v) => v.enforcementLevel === "mandatory" || v.enforcementLevel === "remediate");
