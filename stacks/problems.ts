// How config problems are collected and worded, shared by every part of the config validation.
import { closestKey } from "./validators.ts";

/** The config namespace of this project (the `name` in Pulumi.yaml). */
export const PROJECT = "mesh-observability";

/** Collects problems while the keys are read, so that all of them are reported together. */
export class Problems {
    readonly list: string[] = [];
    add(key: string, value: unknown, allowed: string): void {
        this.list.push(`${PROJECT}:${key}: got ${JSON.stringify(value)}; ${allowed}`);
    }
}

/** Reports every field of `raw` not in `known`, with the field probably meant. */
export function rejectUnknownFields(raw: Record<string, unknown>, known: readonly string[], path: string, problems: Problems): void {
    for (const field of Object.keys(raw).sort()) {
        if (known.includes(field)) continue;
        const suggestion = closestKey(field, known);
        problems.list.push(
            `${PROJECT}:${path}.${field}: unknown field` + (suggestion ? `; did you mean ${path}.${suggestion}?` : `; known fields: ${known.join(", ")}`),
        );
    }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
