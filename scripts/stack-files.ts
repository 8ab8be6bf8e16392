// Reads Pulumi.yaml and a stack file the way the Pulumi CLI would hand them to the program: project
// defaults first, the stack's values over them, every value a string (objects and lists as JSON).
// The mock runtime does not do this itself (pulumi/pulumi#4472).
import * as fs from "fs";
import * as path from "path";
// js-yaml rather than yaml: the SDK loads it already (yaml adds ~30 ms to every synth start). Its core schema, not
// its default one: the default turns an unquoted `2024-04-01` into a Date, while the CLI's Go parser (go-yaml v3,
// decode.go: a timestamp decoded into interface{} stays a string "for backward compatibility") hands the program
// the text, as a date-valued key like logs.schemaPeriods[].from expects.
import { CORE_SCHEMA, load } from "js-yaml";
import { SECRET_PLACEHOLDER } from "./desired-state.ts";

const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

export interface StackConfigFiles {
    readonly project: string;
    readonly config: Record<string, string>;
    /** Keys whose value is a secret (`secure:` in the stack file, or `secret: true` in Pulumi.yaml). */
    readonly secretKeys: string[];
}

type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

function isObject(value: unknown): value is Record<string, YamlValue> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `secure:` values cannot be decrypted offline: they stand in as the secret placeholder. */
function replaceSecure(value: YamlValue): { value: YamlValue; secret: boolean } {
    if (isObject(value) && Object.keys(value).length === 1 && typeof value.secure === "string") {
        return { value: SECRET_PLACEHOLDER, secret: true };
    }
    if (Array.isArray(value)) {
        const items = value.map(replaceSecure);
        return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
    }
    if (isObject(value)) {
        const entries = Object.entries(value).map(([k, v]) => [k, replaceSecure(v)] as const);
        return { value: Object.fromEntries(entries.map(([k, v]) => [k, v.value])), secret: entries.some(([, v]) => v.secret) };
    }
    return { value, secret: false };
}

function asConfigString(value: YamlValue): string {
    return typeof value === "string" ? value : JSON.stringify(value);
}

function qualify(project: string, key: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

/**
 * Loads `<dir>/Pulumi.yaml` and the stack's file (`<dir>/Pulumi.<stack>.yaml`, or `configFile` when given).
 */
export function loadStackConfigFiles(dir: string, stack: string, configFile?: string): StackConfigFiles {
    const projectFile = parse(fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8")) as { name: string; config?: Record<string, YamlValue> };
    const project = projectFile.name;
    const config: Record<string, string> = {};
    const secretKeys = new Set<string>();

    for (const [key, declaration] of Object.entries(projectFile.config ?? {})) {
        const fullKey = qualify(project, key);
        const value = isObject(declaration) ? (declaration.value ?? declaration.default) : declaration;
        if (value === undefined || value === null) continue;
        config[fullKey] = asConfigString(value);
        if (isObject(declaration) && declaration.secret === true) secretKeys.add(fullKey);
    }

    const stackPath = configFile ?? path.join(dir, `Pulumi.${stack}.yaml`);
    const stackFile = (parse(fs.readFileSync(stackPath, "utf8")) ?? {}) as { config?: Record<string, YamlValue> };
    for (const [key, raw] of Object.entries(stackFile.config ?? {})) {
        const fullKey = qualify(project, key);
        const { value, secret } = replaceSecure(raw);
        config[fullKey] = asConfigString(value);
        if (secret) secretKeys.add(fullKey);
        else secretKeys.delete(fullKey);
    }
    return { project, config, secretKeys: [...secretKeys].sort() };
}
