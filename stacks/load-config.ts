import { createRequire } from "node:module";
import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig, type StackConfig } from "./config.ts";

// The SDK knows which keys the CLI passed as secrets but does not declare the helper publicly.
const runtimeConfig = createRequire(import.meta.url)("@pulumi/pulumi/runtime/config") as { isConfigSecret(key: string): boolean };

/**
 * Reads and validates the whole stack config once, before any resource is registered.
 * Throws a ConfigError (a RunError: printed without a stack trace) listing every problem.
 */
export function loadStackConfig(): StackConfig {
    const raw = pulumi.runtime.allConfig();
    const secretKeys = new Set(Object.keys(raw).filter((key) => runtimeConfig.isConfigSecret(key)));
    return parseStackConfig(raw, secretKeys);
}

/** The standard `kubernetes:` settings, applied to the explicit provider. */
export interface KubernetesSettings {
    readonly context?: string;
    readonly kubeconfig?: string;
}

export function loadKubernetesSettings(): KubernetesSettings {
    const kubernetes = new pulumi.Config("kubernetes");
    return { context: kubernetes.get("context"), kubeconfig: kubernetes.get("kubeconfig") };
}
