// Every OpenTelemetryCollector config the program synthesises, in every variant, through the real collector's own
// parser: `otelcol validate` (binaries/otelcol/manifest.yaml, collector 0.158.0) unmarshals each component's config
// and runs its Validate(): OTTL statements of `transform`, `file_log` operators, `tail_sampling` policies, queue and
// retry blocks. And `otelcol components` lists every type the configs name (and nothing they do not).
// The config is written as the operator hands it to the collector (spec.config as YAML, `--config=file:...`), with the
// pod's environment taken from the CR's spec.env. The operator may rewrite parts of the config before that (e.g.
// endpoints it adds or changes); that rewrite is not reproduced here: the API-server/operator tests cover it.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import * as YAML from "yaml";
import { findBinary } from "../binaries/find.ts";
import { synthAll as synthVariants, TAIL_SAMPLING as TAIL, TRACE_EXPORTERS as EXPORTERS, type Variant } from "../binaries/stack-objects.ts";

const KINDS = ["receivers", "processors", "exporters", "connectors", "extensions"] as const;
type Kind = (typeof KINDS)[number];
/** Components in the binary that no generated config names, there only for the real-binary tests. */
const TEST_ONLY: Readonly<Record<Kind, readonly string[]>> = { receivers: [], processors: [], exporters: [], connectors: [], extensions: [] };

// dev runs one collector tier with tail sampling, prod (two gateway replicas) two: a load-balancing gateway in front of
// a sampling tier. The documented variants, as scripts/check-upstream.sh builds them, plus logs off and external.
const VARIANTS: readonly Variant[] = [
    { name: "dev", base: "dev" },
    { name: "prod", base: "prod" },
    { name: "ambient", base: "dev", set: { meshMode: "ambient" } },
    { name: "dev-tail-one-tier", base: "dev", set: TAIL },
    { name: "dev-tail-one-tier-exporters", base: "dev", set: { ...TAIL, ...EXPORTERS } },
    { name: "prod-tail-two-tiers-exporters", base: "prod", set: { ...TAIL, ...EXPORTERS } },
    { name: "prod-exporters", base: "prod", set: EXPORTERS },
    { name: "dev-logs-off", base: "dev", set: { logs: { backend: "none" } } },
    { name: "dev-logs-external", base: "dev", set: { logs: { backend: "external", url: "https://loki.example.com" } } },
];

interface EnvVar {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: { fieldRef?: { fieldPath: string }; secretKeyRef?: { name: string; key: string } };
}
interface CollectorSpec {
    readonly mode: string;
    readonly config: Record<string, Record<string, unknown>>;
    readonly env?: EnvVar[];
}
interface Collector {
    readonly variant: string;
    readonly name: string;
    readonly spec: CollectorSpec;
}

/** Every variant's collectors: `npm run synth` per variant, two at a time (tests/binaries/stack-objects.ts). */
async function synthAll(dir: string): Promise<Collector[]> {
    const states = await synthVariants(VARIANTS, dir);
    const collectors: Collector[] = [];
    for (const [variant, state] of states) {
        for (const r of state.resources) {
            if (r.type !== "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector") continue;
            collectors.push({ variant, name: r.name, spec: (r.inputs as { spec: CollectorSpec }).spec });
        }
    }
    return collectors.sort((a, b) => `${a.variant}/${a.name}`.localeCompare(`${b.variant}/${b.name}`));
}

/** The pod's environment as the kubelet fills it from spec.env: field refs and Secret keys get stand-in values. */
function podEnv(c: Collector): Record<string, string> {
    const env: Record<string, string> = {};
    for (const v of c.spec.env ?? []) {
        const field = v.valueFrom?.fieldRef?.fieldPath;
        const secret = v.valueFrom?.secretKeyRef;
        if (v.value !== undefined) env[v.name] = v.value;
        else if (field === "metadata.name") env[v.name] = `${c.name}-collector-0`;
        else if (field === "spec.nodeName") env[v.name] = "node-a";
        else if (secret) env[v.name] = `value-of-${secret.name}-${secret.key}`;
        else assert.fail(`${c.variant}/${c.name}: env ${v.name} has a source the test does not fill: ${JSON.stringify(v.valueFrom)}`);
    }
    return env;
}

/** Every `${env:X}` the config names. */
function envNames(config: unknown): string[] {
    return [...new Set([...JSON.stringify(config).matchAll(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

/** The component types a config names, by kind (`otlp_http/logs` → `otlp_http`). */
function typesOf(config: CollectorSpec["config"], kind: Kind): string[] {
    return Object.keys(config[kind] ?? {}).map((id) => id.split("/")[0]);
}

interface Validation {
    readonly status: number | null;
    readonly output: string;
}

describe("generated collector configs under the real collector (otelcol validate)", () => {
    let otelcol: string;
    let dir: string;
    let collectors: Collector[] = [];

    before(async () => {
        otelcol = findBinary("otelcol");
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "collector-validate-"));
        collectors = await synthAll(dir);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** `otelcol validate` on the config as the operator writes it, in the pod's environment (the CR's spec.env only). */
    function validate(c: Collector, config: CollectorSpec["config"] = c.spec.config): Validation {
        const file = path.join(dir, `${c.variant}-${c.name}-${process.hrtime.bigint()}.yaml`);
        fs.writeFileSync(file, YAML.stringify(config));
        const run = spawnSync(otelcol, ["validate", `--config=file:${file}`], { env: podEnv(c), encoding: "utf8", timeout: 60_000 });
        return { status: run.status, output: `${run.stdout}${run.stderr}` };
    }

    const find = (variant: string, name: string): Collector => {
        const c = collectors.find((x) => x.variant === variant && x.name === name);
        assert.ok(c, `no collector ${name} in ${variant}: ${collectors.map((x) => `${x.variant}/${x.name}`).join(", ")}`);
        return c;
    };

    it("every variant yields the collectors it should: gateway and log DaemonSet, a sampling tier with two tiers", () => {
        const byVariant = (v: string) => collectors.filter((c) => c.variant === v).map((c) => `${c.name}:${c.spec.mode}`);
        assert.deepEqual(byVariant("dev"), ["log-shipping-collector:daemonset", "opentelemetry-collector:statefulset"]);
        assert.deepEqual(byVariant("dev-logs-off"), ["opentelemetry-collector:statefulset"]);
        assert.deepEqual(byVariant("prod-tail-two-tiers-exporters"), [
            // the gateway keeps a volume for the agents' metrics and logs (durable export), so it stays a StatefulSet
            "log-shipping-collector:daemonset", "opentelemetry-collector:statefulset", "opentelemetry-sampling-collector:statefulset",
        ]);
        for (const v of VARIANTS) assert.ok(byVariant(v.name).length > 0, v.name);
    });

    it("every config passes otelcol validate", () => {
        const failures: string[] = [];
        for (const c of collectors) {
            const { status, output } = validate(c);
            if (status !== 0) failures.push(`${c.variant}/${c.name} (exit ${status}):\n${output}`);
        }
        assert.deepEqual(failures, [], failures.join("\n\n"));
        assert.ok(collectors.length >= 2 * VARIANTS.length - 1, `${collectors.length} configs`);
    });

    it("every ${env:X} a config names is set by its CR's spec.env", () => {
        for (const c of collectors) {
            const set = new Set((c.spec.env ?? []).map((v) => v.name));
            assert.deepEqual(envNames(c.spec.config).filter((n) => !set.has(n)), [], `${c.variant}/${c.name}`);
        }
    });

    it("otelcol components lists every type the configs name, and only those (and the tests' own)", () => {
        const run = spawnSync(otelcol, ["components"], { encoding: "utf8", timeout: 60_000 });
        assert.equal(run.status, 0, run.stderr);
        const listed = YAML.parse(run.stdout) as Partial<Record<Kind, { name: string }[]>> & { providers?: { scheme: string }[] };
        // env: the configs' ${env:X}; file: the operator's --config
        assert.deepEqual((listed.providers ?? []).map((p) => p.scheme).sort(), ["env", "file"]);
        for (const kind of KINDS) {
            const inBinary = (listed[kind] ?? []).map((x) => x.name).sort();
            const named = [...new Set(collectors.flatMap((c) => typesOf(c.spec.config, kind)))];
            assert.deepEqual([...new Set([...named, ...TEST_ONLY[kind]])].sort(), inBinary, `${kind}: named by the configs ${named.join(" ")}`);
        }
    });

    // The test can fail: the same configs, broken where only the collector reads them.
    it("fails on a broken OTTL statement in the transform processor", () => {
        const c = find("dev-tail-one-tier", "opentelemetry-collector");
        const config = structuredClone(c.spec.config);
        const transform = config.processors["transform/red"] as { metric_statements: string[] };
        assert.match(transform.metric_statements[0], /^set\(metric\.name, /);
        // a closing parenthesis lost
        transform.metric_statements[0] = transform.metric_statements[0].replace(/^set\((.*?)\)/, "set($1");
        const { status, output } = validate(c, config);
        assert.notEqual(status, 0, output);
        assert.match(output, /processors::transform\/red: [\s\S]*statement has invalid syntax: 1:\d+: unexpected token "where" \(expected "\)"/);
    });

    /** The log DaemonSet's config with its regex_parser operator changed by `change`. */
    function withRegexParser(change: (parser: Record<string, unknown>) => void): { c: Collector; config: CollectorSpec["config"] } {
        const c = find("dev", "log-shipping-collector");
        const config = structuredClone(c.spec.config);
        const operators = (config.receivers.file_log as { operators: Record<string, unknown>[] }).operators;
        const parser = operators.find((op) => op.type === "regex_parser");
        assert.ok(parser && "regex" in parser && "parse_to" in parser, JSON.stringify(operators));
        change(parser);
        return { c, config };
    }

    it("fails on a misspelled required field of a file_log operator", () => {
        const { c, config } = withRegexParser((parser) => {
            parser.regx = parser.regex;
            delete parser.regex;
        });
        const { status, output } = validate(c, config);
        assert.notEqual(status, 0, output);
        // validate also builds the pipelines: the operator's Build finds its regex missing
        assert.match(output, /failed to create "file_log" receiver for data type "logs": missing required field 'regex'/);
    });

    it("fails on a misspelled value of a file_log operator field", () => {
        const { c, config } = withRegexParser((parser) => {
            parser.parse_to = "atributes";
        });
        const { status, output } = validate(c, config);
        assert.notEqual(status, 0, output);
        assert.match(output, /'receivers' error reading configuration for "file_log"[\s\S]*unmarshal to regex_parser[\s\S]*'parse_to' unrecognized prefix/);
    });

    // A limit of the collector, not of this test: stanza decodes an operator's fields ignoring unknown keys
    // (pkg/stanza v0.158.0 operator/config.go, Config.Unmarshal: component.Unmarshal(builder, confmap.WithIgnoreUnused())),
    // so a misspelled optional field (here parse_to) is dropped silently at validate and at start alike. This test pins
    // that behaviour: when it turns red, upstream has started to reject unknown operator keys.
    it("passes a misspelled optional field of a file_log operator: the collector ignores unknown operator keys", () => {
        const { c, config } = withRegexParser((parser) => {
            parser.parse_too = parser.parse_to;
            delete parser.parse_to;
        });
        const { status, output } = validate(c, config);
        assert.equal(status, 0, output);
    });
});
