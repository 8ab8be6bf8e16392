// Reads `mesh-observability:sizing`: { profile, components: { <component>: { replicas, requests, limits, storage } },
// load: { spansPerSecond, logMiBPerSecond } }.
import {
    FIXED_REPLICA_COMPONENTS,
    parseQuantity,
    PROFILE_LOADS,
    type ProfileLoad,
    type Quantities,
    resolveSizing,
    SIZED_COMPONENTS,
    type SizedComponent,
    type Sizing,
    SIZING_PROFILES,
    type SizingOverride,
    type SizingProfile,
    STORAGE_COMPONENTS,
} from "../components/sizing.ts";
import { isPlainObject, Problems, rejectUnknownFields } from "./problems.ts";

export interface SizingConfig {
    /** @default "lab" */
    readonly profile: SizingProfile;
    /** The profile with the stack's overrides merged in, for every component. */
    readonly components: Sizing;
    /** The load the stack is sized for: the profile's, with the stack's overrides. Loki's ingestion limits follow it. */
    readonly load: ProfileLoad;
}

const CPU = /^\d+(\.\d+)?m?$/;
const MEMORY = /^\d+(\.\d+)?(k|M|G|T|Ki|Mi|Gi|Ti)?$/;
const MAX_REPLICAS = 50;

function readQuantities(raw: unknown, path: string, problems: Problems): Quantities | undefined {
    if (raw === undefined) return undefined;
    if (!isPlainObject(raw)) {
        problems.add(path, raw, 'expected { cpu, memory }, e.g. { cpu: "100m", memory: "256Mi" }');
        return undefined;
    }
    rejectUnknownFields(raw, ["cpu", "memory"], path, problems);
    const read = (field: "cpu" | "memory", pattern: RegExp, example: string): string | undefined => {
        const value = raw[field];
        if (value === undefined) return undefined;
        if (typeof value === "string" && pattern.test(value)) return value;
        problems.add(`${path}.${field}`, value, `expected a Kubernetes ${field} quantity such as ${example}`);
        return undefined;
    };
    return { cpu: read("cpu", CPU, '"250m" or "1"'), memory: read("memory", MEMORY, '"256Mi" or "2Gi"') };
}

function readOverride(component: SizedComponent, raw: unknown, problems: Problems): SizingOverride {
    const path = `sizing.components.${component}`;
    if (!isPlainObject(raw)) {
        problems.add(path, raw, "expected an object { replicas, requests, limits, storage }");
        return {};
    }
    rejectUnknownFields(raw, ["replicas", "requests", "limits", "storage"], path, problems);
    let replicas: number | undefined;
    if (raw.replicas !== undefined) {
        if (FIXED_REPLICA_COMPONENTS.includes(component)) {
            problems.add(`${path}.replicas`, raw.replicas, `${component} runs one pod per node (or per mesh namespace); remove replicas`);
        } else if (Number.isInteger(raw.replicas) && (raw.replicas as number) >= 1 && (raw.replicas as number) <= MAX_REPLICAS) {
            replicas = raw.replicas as number;
        } else {
            problems.add(`${path}.replicas`, raw.replicas, `expected a whole number from 1 to ${MAX_REPLICAS}`);
        }
    }
    let storage: string | undefined;
    if (raw.storage !== undefined) {
        if (!STORAGE_COMPONENTS.includes(component)) {
            problems.add(`${path}.storage`, raw.storage, `${component} has no volume; storage applies to ${STORAGE_COMPONENTS.join(", ")}`);
        } else if (typeof raw.storage === "string" && MEMORY.test(raw.storage)) {
            storage = raw.storage;
        } else {
            problems.add(`${path}.storage`, raw.storage, 'expected a volume size such as "20Gi"');
        }
    }
    const requests = readQuantities(raw.requests, `${path}.requests`, problems);
    const limits = readQuantities(raw.limits, `${path}.limits`, problems);
    return {
        ...(replicas !== undefined ? { replicas } : {}),
        ...(storage !== undefined ? { storage } : {}),
        ...(requests ? { requests: dropUndefined(requests) } : {}),
        ...(limits ? { limits: dropUndefined(limits) } : {}),
    };
}

function dropUndefined(quantities: Quantities): Quantities {
    return Object.fromEntries(Object.entries(quantities).filter(([, v]) => v !== undefined));
}

/** A limit below its request is refused by the API server; say so here, naming the component. */
function checkLimits(sizing: Sizing, problems: Problems): void {
    for (const component of SIZED_COMPONENTS) {
        const { requests, limits } = sizing[component];
        for (const resource of ["cpu", "memory"] as const) {
            const limit = limits[resource];
            if (limit === undefined) continue;
            if ((parseQuantity(limit) ?? Infinity) < (parseQuantity(requests[resource]) ?? 0)) {
                problems.add(
                    `sizing.components.${component}.limits.${resource}`,
                    limit,
                    `a limit must be at least the request (${requests[resource]}); raise the limit or lower requests.${resource}`,
                );
            }
        }
    }
}

const LOAD_FIELDS = { spansPerSecond: "spans per second, e.g. 10000", logMiBPerSecond: "MiB of logs per second, e.g. 8" } as const;

/** The profile's load with the stack's `sizing.load` over it, field by field. */
function readLoad(raw: unknown, profile: SizingProfile, problems: Problems): ProfileLoad {
    const load = { ...PROFILE_LOADS[profile] };
    if (raw === undefined) return load;
    if (!isPlainObject(raw)) {
        problems.add("sizing.load", raw, "expected an object { spansPerSecond, logMiBPerSecond }");
        return load;
    }
    rejectUnknownFields(raw, Object.keys(LOAD_FIELDS), "sizing.load", problems);
    for (const [field, example] of Object.entries(LOAD_FIELDS) as [keyof ProfileLoad, string][]) {
        const value = raw[field];
        if (value === undefined) continue;
        if (typeof value === "number" && Number.isFinite(value) && value > 0) load[field] = value;
        else problems.add(`sizing.load.${field}`, value, `expected a positive number: ${example}`);
    }
    return load;
}

/** Reads and resolves the sizing; problems are added to `problems`. */
export function readSizing(raw: unknown, problems: Problems): SizingConfig {
    const fallback: SizingConfig = { profile: "lab", components: resolveSizing("lab"), load: PROFILE_LOADS.lab };
    if (raw === undefined) return fallback;
    if (!isPlainObject(raw)) {
        problems.add("sizing", raw, `expected an object { profile: ${SIZING_PROFILES.join(" | ")}, components, load }`);
        return fallback;
    }
    rejectUnknownFields(raw, ["profile", "components", "load"], "sizing", problems);
    let profile: SizingProfile = "lab";
    if (raw.profile !== undefined) {
        if ((SIZING_PROFILES as readonly unknown[]).includes(raw.profile)) profile = raw.profile as SizingProfile;
        else problems.add("sizing.profile", raw.profile, `expected one of ${SIZING_PROFILES.join(", ")}`);
    }
    const overrides: Partial<Record<SizedComponent, SizingOverride>> = {};
    if (raw.components !== undefined) {
        if (!isPlainObject(raw.components)) {
            problems.add("sizing.components", raw.components, `expected an object with keys among ${SIZED_COMPONENTS.join(", ")}`);
        } else {
            rejectUnknownFields(raw.components, SIZED_COMPONENTS, "sizing.components", problems);
            for (const component of SIZED_COMPONENTS) {
                if (raw.components[component] !== undefined) overrides[component] = readOverride(component, raw.components[component], problems);
            }
        }
    }
    const components = resolveSizing(profile, overrides);
    checkLimits(components, problems);
    return { profile, components, load: readLoad(raw.load, profile, problems) };
}
