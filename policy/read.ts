// Reading a resource's properties as policies get them. In a real preview the engine hands a policy the inputs with
// every value that is not known yet (an Output of a resource still to be created) as a sentinel, and @pulumi/policy
// wraps them in a proxy that throws UnknownValueError on reading one (@pulumi/policy 1.21 proxy.js). A rule that
// touched such a value would be skipped as a whole ("can't run policy during preview", downgraded to advisory), so
// rules read a plain copy in which those values are UNKNOWN and judge around them.
import { UnknownValueError } from "./sdk-internals.ts";

/** A value the engine does not know yet (preview of a resource that depends on one still to be created). */
export const UNKNOWN: unique symbol = Symbol("unknown during preview");

export type Plain = null | boolean | number | string | typeof UNKNOWN | Plain[] | PlainObject;
export interface PlainObject {
    [key: string]: Plain;
}

function read(container: Record<string, unknown>, key: string | number): Plain {
    try {
        return toPlain(container[key]);
    } catch (err) {
        if (err instanceof UnknownValueError) return UNKNOWN;
        throw err;
    }
}

/** A deep plain copy of (possibly proxied) properties, unknown values replaced by UNKNOWN. */
export function toPlain(value: unknown): Plain {
    if (value === null || value === undefined) return null;
    if (typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
    if (typeof value !== "object") return null;
    if (Array.isArray(value)) {
        const list = value as unknown[] as Record<number, unknown> & { length: number };
        return Array.from({ length: list.length }, (_, i) => read(list, i));
    }
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).map((key) => [key, read(record, key)]));
}

export function isObject(value: Plain | undefined): value is PlainObject {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a path of keys (keys may contain dots, as `grafana.ini` does); undefined where a step is missing. */
export function at(value: Plain | undefined, path: readonly (string | number)[]): Plain | undefined {
    let node: Plain | undefined = value;
    for (const key of path) {
        if (Array.isArray(node) && typeof key === "number") node = node[key];
        else if (isObject(node) && typeof key === "string") node = node[key];
        else return undefined;
    }
    return node;
}

export const showPath = (path: readonly (string | number)[]) => path.join(".");

/** Every string leaf with its path. */
export function* strings(value: Plain | undefined, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: string }> {
    if (typeof value === "string") yield { path, value };
    else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** Every object node with its path (the root included). */
export function* objects(value: Plain | undefined, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: PlainObject }> {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* objects(item, [...path, i]);
    else if (isObject(value)) {
        yield { path, value };
        for (const [key, item] of Object.entries(value)) yield* objects(item, [...path, key]);
    }
}

/** A whole number read from a chart value (Helm values may carry numbers as strings). */
export function count(value: Plain | undefined): number | undefined {
    if (typeof value === "number") return value;
    if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
    return undefined;
}
