// The platform's rules for every environment: pinned charts, no credential in plain text, requests on every
// container. Each rule says what it reads; where a real preview hides something from it (a Chart v4's inputs, a value's
// secretness) it says so in its notApplicable reason and checks what it can see instead.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { parse as parseYaml } from "yaml";
import { at, isObject, objects, type Plain, showPath, strings, toPlain, UNKNOWN } from "./read.ts";
import {
    CHART_INPUTS_UNSEEN,
    COLLECTOR,
    CONFIG_MAP,
    describeHelm,
    describeObject,
    HELM_CHART,
    helmInputs,
    HELM_TYPES,
    resourceOf,
    SECRET,
    STACK,
    workloadContainers,
} from "./resources.ts";
import { requestPaths, SIZED_CHARTS } from "./sizing-paths.ts";

// ---------------------------------------------------------------------------------------------------------------
// helm-chart-pinned

/** An exact SemVer 2 version, with Helm's optional leading `v` (cert-manager's charts are `v1.21.1`). */
const EXACT_VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export const helmChartPinned: ResourceValidationPolicy = {
    name: "helm-chart-pinned",
    description: "Every Helm chart is pinned to one exact version from a named repository, so a preview shows what up installs.",
    severity: "high",
    validateResource: (args, reportViolation) => {
        if (!HELM_TYPES.includes(args.type)) return;
        const { type, name, props } = resourceOf(args);
        const helm = helmInputs(type, name, props);
        if (!helm) return args.notApplicable(CHART_INPUTS_UNSEEN);
        const what = describeHelm(helm);
        if (helm.version !== UNKNOWN) {
            if (typeof helm.version !== "string" || helm.version === "") {
                reportViolation(`${what} has no version: Helm would install whatever the repository serves as latest; pin an exact version (e.g. "1.2.3")`);
            } else if (!EXACT_VERSION.test(helm.version)) {
                reportViolation(`${what}: version "${helm.version}" is a range or tag, not one release; pin an exact version (e.g. "1.2.3")`);
            }
        }
        const ociChart = typeof helm.chart === "string" && helm.chart.startsWith("oci://");
        if (!ociChart && helm.repo !== UNKNOWN && (typeof helm.repo !== "string" || helm.repo === "")) {
            reportViolation(`${what} names no repository: set repositoryOpts.repo (or an oci:// chart) so the chart cannot come from a local repo cache or another source`);
        }
    },
};

// ---------------------------------------------------------------------------------------------------------------
// no-plaintext-credentials

/** A key that names a credential, compared without case, `-` and `_`: `adminPassword`, `secret_key`, `AWS_SECRET_ACCESS_KEY`. */
const CREDENTIAL_SUFFIXES = ["password", "passwd", "secretkey", "secretaccesskey", "accesskey", "accesskeyid", "token", "signingkey", "privatekey", "apikey", "clientsecret"];
export function isCredentialKey(key: string): boolean {
    const normal = key.toLowerCase().replace(/[-_.]/g, "");
    return CREDENTIAL_SUFFIXES.some((suffix) => normal.endsWith(suffix));
}

/**
 * Values that point at a credential instead of holding it: Kiali's `secret:<secret>:<key>` (kiali-server mounts the
 * Secret), Grafana's `$__file{…}` / `$__env{…}` expansions, `${VAR}` environment references (Tempo's -config.expand-env),
 * the collector's `${env:VAR}` (its confmap env provider; trace exporters' headers).
 */
const CREDENTIAL_REFERENCE = [/^secret:[^:\s]+:[^:\s]+$/, /^\$__(file|env)\{[^}]+\}$/, /^\$\{(env:)?[A-Za-z_][A-Za-z0-9_]*\}$/];
export const isCredentialReference = (value: string) => value === "" || CREDENTIAL_REFERENCE.some((pattern) => pattern.test(value));

/** An AWS access key id (long-term AKIA…, temporary ASIA…). */
const AWS_ACCESS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;

/**
 * Literal credentials in a tree of values: credential-named keys with a literal, env entries with a literal `value`,
 * and (unless `keyIds` is false: a text already searched whole) AWS access key ids in any string.
 */
export function plaintextCredentials(tree: Plain | undefined, root: (string | number)[] = [], keyIds = true): string[] {
    const found: string[] = [];
    for (const { path, value } of objects(tree, root)) {
        for (const [key, item] of Object.entries(value)) {
            if (typeof item === "string" && isCredentialKey(key) && !isCredentialReference(item)) {
                found.push(`${showPath([...path, key])} holds a literal credential; reference a Secret instead`);
            }
        }
        // an environment variable: { name, value } (a Secret reference is `valueFrom`)
        if (typeof value.name === "string" && typeof value.value === "string" && isCredentialKey(value.name) && !isCredentialReference(value.value)) {
            found.push(`${showPath(path)} sets ${value.name} to a literal; use valueFrom.secretKeyRef`);
        }
    }
    for (const { path, value } of keyIds ? strings(tree, root) : []) {
        if (AWS_ACCESS_KEY_ID.test(value)) found.push(`${showPath(path)} contains an AWS access key id; give the pods an identity (IRSA) or keep keys in secret config`);
    }
    return found;
}

/**
 * The documents a ConfigMap's values hold: a value that parses as YAML (JSON included) into a map or a list is a
 * config file the chart rendered (Tempo's `tempo.yaml`, Loki's `config.yaml`, Kiali's `config.yaml`, a collector's
 * `collector.yaml`), judged like values; anything else is plain text.
 */
export function configMapDocuments(data: Plain | undefined): { key: string; document: Plain }[] {
    if (!isObject(data)) return [];
    return Object.entries(data).flatMap(([key, text]) => {
        if (typeof text !== "string" || !/[:[{]/.test(text)) return [];
        try {
            const document = toPlain(parseYaml(text, { logLevel: "silent" }));
            return isObject(document) || Array.isArray(document) ? [{ key, document }] : [];
        } catch {
            return [];
        }
    });
}

export const noPlaintextCredentials: ResourceValidationPolicy = {
    name: "no-plaintext-credentials",
    description:
        "No password, key or token is written as a literal in Helm values, ConfigMaps (their keys and the config files they hold), container env or any other resource: credentials live in Secrets and are referenced.",
    severity: "critical",
    validateResource: (args, reportViolation) => {
        // a Secret holds credentials by design: `secrets-stay-secret` judges it
        if (args.type === SECRET || args.type === STACK) return;
        const { type, name, props } = resourceOf(args);
        if (args.type === HELM_CHART && !helmInputs(type, name, props)) return args.notApplicable(CHART_INPUTS_UNSEEN);
        const helm = helmInputs(type, name, props);
        const subject = helm ? describeHelm(helm) : describeObject(type, name, props);
        const tree = helm ? helm.values : type === CONFIG_MAP ? (props.data ?? null) : props;
        for (const problem of plaintextCredentials(tree, helm ? ["values"] : type === CONFIG_MAP ? ["data"] : [])) reportViolation(`${subject}: ${problem}`);
        if (type === CONFIG_MAP) {
            // the config files inside: what a Chart v4 renders from its values, and all a real preview shows of them
            for (const { key, document } of configMapDocuments(props.data)) {
                // key ids: the whole text was searched above
                for (const problem of plaintextCredentials(document, [], false)) reportViolation(`${subject}: data.${key}: ${problem}`);
            }
        }
    },
};

// ---------------------------------------------------------------------------------------------------------------
// secrets-stay-secret

export interface SecretsConfig {
    /**
     * What a secret value reads as to this policy. A real preview hands policies every value unwrapped, secrets
     * included (@pulumi/policy 1.21 deserializes analyze requests without marking secrets), so there this is unset
     * and the policy cannot judge; the desired state (npm run synth, the tests) prints secrets as "[secret]".
     */
    readonly secretPlaceholder?: string;
}

/** Keys of a Secret that name who, not the credential (a username is not secret). */
const isUserKey = (key: string) => /(user|username)$/.test(key.toLowerCase().replace(/[-_.]/g, ""));

export const secretsStaySecret: StackValidationPolicy = {
    name: "secrets-stay-secret",
    description: "Every Secret's data and every credential-named stack output is a Pulumi secret (encrypted in state, hidden in previews).",
    severity: "critical",
    configSchema: { properties: { secretPlaceholder: { type: "string", description: "how a secret value appears to the policy (set by the offline run; a real preview cannot tell)" } } },
    validateStack: (args, reportViolation) => {
        const { secretPlaceholder } = args.getConfig<SecretsConfig>();
        if (secretPlaceholder === undefined) {
            return args.notApplicable("a real preview hands policies secrets unwrapped, so whether a value is a secret cannot be seen; the desired state is checked in npm test");
        }
        const isSecret = (value: Plain | undefined) => value === secretPlaceholder || value === UNKNOWN;
        for (const resource of args.resources) {
            const props = toPlain(resource.props);
            if (resource.type === SECRET) {
                for (const field of ["data", "stringData"]) {
                    const data = at(props, [field]);
                    if (!isObject(data)) continue;
                    for (const [key, value] of Object.entries(data)) {
                        if (!isSecret(value) && !isUserKey(key)) {
                            reportViolation(`${describeObject(resource.type, resource.name, isObject(props) ? props : {})}: ${field}.${key} is not a Pulumi secret; wrap it in pulumi.secret() or take it from secret config`, resource.urn);
                        }
                    }
                }
            } else if (resource.type === STACK) {
                for (const { path, value } of objects(props)) {
                    for (const [key, item] of Object.entries(value)) {
                        if (isCredentialKey(key) && item !== null && !isSecret(item)) {
                            reportViolation(`stack output ${showPath([...path, key])} is not a secret; export it with pulumi.secret()`, resource.urn);
                        }
                    }
                }
            }
        }
    },
};

// ---------------------------------------------------------------------------------------------------------------
// requests-set

const hasQuantity = (value: Plain | undefined) => value === UNKNOWN || (typeof value === "string" && value !== "") || typeof value === "number";

/** What a resources block lacks: "cpu", "memory". */
function missingRequests(resources: Plain | undefined): string[] {
    return ["cpu", "memory"].filter((quantity) => !hasQuantity(at(resources, ["requests", quantity])));
}

export const requestsSet: ResourceValidationPolicy = {
    name: "requests-set",
    description: "Every container the stack deploys requests CPU and memory: the ones the program defines, the charts' (through the values the platform sizes) and every rendered workload a preview shows.",
    severity: "medium",
    validateResource: (args, reportViolation) => {
        const { type, name, props } = resourceOf(args);
        if (HELM_TYPES.includes(type)) {
            const helm = helmInputs(type, name, props);
            if (!helm) return args.notApplicable(CHART_INPUTS_UNSEEN);
            const chart = helm.chart;
            const paths = requestPaths(chart);
            if (!paths) {
                reportViolation(`${describeHelm(helm)}: the platform sets no requests for chart ${chart} (sized charts: ${SIZED_CHARTS.join(", ")}); give its component sizing and add its builder to policy/sizing-paths.ts`);
                return;
            }
            for (const path of paths) {
                const missing = missingRequests(at(helm.values, path));
                if (missing.length > 0) reportViolation(`${describeHelm(helm)}: values.${showPath(path)} requests no ${missing.join(" or ")}`);
            }
            return;
        }
        if (type === COLLECTOR) {
            const missing = missingRequests(at(props, ["spec", "resources"]));
            if (missing.length > 0) reportViolation(`${describeObject(type, name, props)}: spec.resources requests no ${missing.join(" or ")}`);
            return;
        }
        // the objects a Chart v4 renders reach a real preview as resources of their own
        for (const container of workloadContainers(type, props) ?? []) {
            const missing = missingRequests(container.value.resources);
            if (missing.length > 0) reportViolation(`${describeObject(type, name, props)}: ${container.label} requests no ${missing.join(" or ")}`);
        }
    },
};
