// `tailSampling` and `traceExporters`: defaults, valid values, and every invalid value rejected with a message that
// names the key (and, for a missing or plain-text credential, the key that should hold it, never its value).
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONFIG_KEYS, ConfigError, parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { isSecret, valueOf } from "./harness.ts";

const key = (name: string) => `mesh-observability:${name}`;
const PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ==\n-----END CERTIFICATE-----\n";

function parse(values: Record<string, unknown>, secrets: string[] = []): StackConfig {
    const raw = Object.fromEntries(Object.entries(values).map(([name, value]) => [key(name), typeof value === "string" ? value : JSON.stringify(value)]));
    return parseStackConfig(raw, new Set(secrets.map(key)));
}

function problemsOf(values: Record<string, unknown>, secrets: string[] = []): readonly string[] {
    try {
        parse(values, secrets);
    } catch (err) {
        assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
        return err.problems;
    }
    assert.fail("expected the config to be rejected");
}

const lightstep = { name: "lightstep", endpoint: "ingest.lightstep.com:443", headers: { "lightstep-access-token": "lightstepAccessToken" } };
const withToken = (exporters: unknown[], extra: Record<string, unknown> = {}) => ({ traceExporters: exporters, lightstepAccessToken: "tok-123", ...extra });

describe("tailSampling config", () => {
    it("is off by default, with a 2 s slow threshold and a 10 s decision wait", () => {
        assert.deepEqual(parse({}).tailSampling, { enabled: false, slowRequestMs: 2000, decisionWait: "10s" });
    });
    it("reads every field", () => {
        assert.deepEqual(parse({ tailSampling: { enabled: true, slowRequestMs: 500, decisionWait: "30s" } }).tailSampling, { enabled: true, slowRequestMs: 500, decisionWait: "30s" });
    });
    it("fills the fields left out", () => {
        assert.deepEqual(parse({ tailSampling: { enabled: true } }).tailSampling, { enabled: true, slowRequestMs: 2000, decisionWait: "10s" });
    });
    it("rejects a value that is not an object", () => {
        assert.match(problemsOf({ tailSampling: "on" })[0], /^mesh-observability:tailSampling: got "on"; expected an object \{ enabled, slowRequestMs, decisionWait \}/);
    });
    it("rejects JSON that is not an object, with an example", () => {
        assert.deepEqual(problemsOf({ tailSampling: true }), [
            'mesh-observability:tailSampling: got true; expected an object { enabled, slowRequestMs, decisionWait }, e.g. { enabled: true, slowRequestMs: 2000, decisionWait: "10s" }',
        ]);
    });
    it("rejects enabled that is not a boolean", () => {
        assert.deepEqual(problemsOf({ tailSampling: { enabled: "yes" } }), ['mesh-observability:tailSampling.enabled: got "yes"; expected true or false']);
    });
    for (const bad of [0, -5, 1.5, "2000"]) {
        it(`rejects slowRequestMs ${JSON.stringify(bad)}`, () => {
            assert.deepEqual(problemsOf({ tailSampling: { slowRequestMs: bad } }), [
                `mesh-observability:tailSampling.slowRequestMs: got ${JSON.stringify(bad)}; expected a whole number of milliseconds above 0, e.g. 2000`,
            ]);
        });
    }
    for (const bad of ["10", "0s", "ten seconds", 10]) {
        it(`rejects decisionWait ${JSON.stringify(bad)}`, () => {
            assert.deepEqual(problemsOf({ tailSampling: { decisionWait: bad } }), [
                `mesh-observability:tailSampling.decisionWait: got ${JSON.stringify(bad)}; expected a positive Go duration such as "10s" or "30s"`,
            ]);
        });
    }
    it("rejects a decision wait no longer than the slow threshold, naming both", () => {
        assert.deepEqual(problemsOf({ tailSampling: { slowRequestMs: 5000, decisionWait: "5s" } }), [
            'mesh-observability:tailSampling.decisionWait: got "5s"; must be longer than tailSampling.slowRequestMs (5000 ms): the collector decides decisionWait after a trace\'s first span, so a slower request would be decided before it ends',
        ]);
    });
    it("rejects an unknown field and names the one probably meant", () => {
        assert.deepEqual(problemsOf({ tailSampling: { decisionWiat: "10s" } }), ["mesh-observability:tailSampling.decisionWiat: unknown field; did you mean tailSampling.decisionWait?"]);
    });
});

describe("traceExporters config", () => {
    it("has none by default", () => assert.deepEqual(parse({}).traceExporters, []));
    it("reads a gRPC exporter with its defaults and its header from a secret key", async () => {
        const [exporter] = parse(withToken([lightstep]), ["lightstepAccessToken"]).traceExporters;
        assert.deepEqual([exporter.name, exporter.endpoint, exporter.protocol, exporter.insecure, Object.keys(exporter.headers)], ["lightstep", "ingest.lightstep.com:443", "grpc", false, ["lightstep-access-token"]]);
        const header = exporter.headers["lightstep-access-token"];
        assert.equal(header.key, "lightstepAccessToken");
        assert.equal(await valueOf(header.value), "tok-123");
        assert.equal(await isSecret(header.value), true);
    });
    it("reads an OTLP/HTTP exporter with a private CA bundle", async () => {
        const vendor = { name: "vendor", protocol: "http", endpoint: "https://otlp.vendor.example/otlp", caCertificate: "vendorCa" };
        const [exporter] = parse({ traceExporters: [vendor], vendorCa: PEM }).traceExporters;
        assert.deepEqual([exporter.protocol, exporter.endpoint, exporter.caCertificate?.key], ["http", "https://otlp.vendor.example/otlp", "vendorCa"]);
        assert.equal(await valueOf(exporter.caCertificate!.value), PEM);
    });
    it("reads several exporters, each under its own name", () => {
        const exporters = [{ name: "a", endpoint: "a.example:4317" }, { name: "b", endpoint: "b.example:4317" }];
        assert.deepEqual(parse({ traceExporters: exporters }).traceExporters.map((e) => e.name), ["a", "b"]);
    });
    const endpointOf = (endpoint: string) => parse({ traceExporters: [{ name: "a", endpoint }] }).traceExporters[0].endpoint;
    it("accepts a one-letter host", () => assert.equal(endpointOf("c:4317"), "c:4317"));
    it("accepts the first and the last port", () => assert.deepEqual(["a.example:1", "a.example:65535"].map(endpointOf), ["a.example:1", "a.example:65535"]));
    it("accepts a plain-text satellite that says insecure", () => {
        const satellite = { name: "satellite", endpoint: "http://satellite.observability-vendor:8360", insecure: true };
        assert.equal(parse({ traceExporters: [satellite] }).traceExporters[0].insecure, true);
    });
    it("accepts the keys the exporters name, which are not the platform's own", () => {
        assert.equal(parse(withToken([lightstep]), ["lightstepAccessToken"]).traceExporters.length, 1);
    });
    it("still rejects other unknown keys", () => {
        assert.deepEqual(problemsOf(withToken([lightstep], { lightstepAccesToken: "x" }), ["lightstepAccessToken"]), [
            `mesh-observability:lightstepAccesToken: unknown key; known keys: ${CONFIG_KEYS.join(", ")} (and the keys traceExporters name)`,
        ]);
    });
    it("rejects a header naming a key the stack does not set, naming both", () => {
        assert.deepEqual(problemsOf({ traceExporters: [lightstep] }), [
            "mesh-observability:traceExporters[0].headers.lightstep-access-token: names mesh-observability:lightstepAccessToken, which the stack does not set; set it with `pulumi config set --secret lightstepAccessToken <value>`",
        ]);
    });
    it("rejects a header whose key is stored in plain text, without repeating the value", () => {
        const problems = problemsOf(withToken([lightstep]));
        assert.deepEqual(problems, [
            "mesh-observability:traceExporters[0].headers.lightstep-access-token: mesh-observability:lightstepAccessToken is stored in plain text, and header values are credentials; set it with `pulumi config set --secret lightstepAccessToken <value>`",
        ]);
        assert.ok(!problems.join("\n").includes("tok-123"));
    });
    it("rejects a header naming one of the platform's own keys", () => {
        const exporter = { ...lightstep, headers: { "x-token": "tempoStorageSecretKey" } };
        assert.match(problemsOf({ traceExporters: [exporter] })[0], /traceExporters\[0\]\.headers\.x-token: names mesh-observability:tempoStorageSecretKey, a key the platform reads itself/);
    });
    it("rejects a header key that is not a config key name", () => {
        const exporter = { ...lightstep, headers: { "x-token": "mesh-observability:token" } };
        assert.match(problemsOf({ traceExporters: [exporter] })[0], /^mesh-observability:traceExporters\[0\]\.headers\.x-token: got "mesh-observability:token"; expected the name of a config key/);
    });
    it("rejects a header key that is not a string, even one whose text is a key name", () => {
        const exporter = { ...lightstep, headers: { "x-token": ["lightstepAccessToken"] } };
        assert.deepEqual(problemsOf({ traceExporters: [exporter] }), [
            'mesh-observability:traceExporters[0].headers.x-token: got ["lightstepAccessToken"]; expected the name of a config key under mesh-observability: (camelCase letters and digits), e.g. lightstepAccessToken',
        ]);
    });
    it("rejects a header name that is not an HTTP token", () => {
        const exporter = { ...lightstep, headers: { "x token": "lightstepAccessToken" } };
        assert.match(problemsOf({ traceExporters: [exporter], lightstepAccessToken: "t" }, ["lightstepAccessToken"])[0], /traceExporters\[0\]\.headers\.x token: got "x token"; expected an HTTP header name/);
    });
    it("rejects a CA bundle key that holds no PEM certificate", () => {
        const exporter = { name: "v", endpoint: "v.example:4317", caCertificate: "vendorCa" };
        assert.deepEqual(problemsOf({ traceExporters: [exporter], vendorCa: "not a cert" }), [
            "mesh-observability:traceExporters[0].caCertificate: mesh-observability:vendorCa does not hold a PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)",
        ]);
    });
    it("rejects a CA bundle key that is not a config key name, with a CA example", () => {
        const exporter = { name: "v", endpoint: "v.example:4317", caCertificate: "ca.pem" };
        assert.deepEqual(problemsOf({ traceExporters: [exporter] }), [
            'mesh-observability:traceExporters[0].caCertificate: got "ca.pem"; expected the name of a config key under mesh-observability: (camelCase letters and digits), e.g. satelliteCaBundle',
        ]);
    });
    it("rejects a CA bundle on a plain-text exporter", () => {
        const exporter = { name: "v", endpoint: "http://v.example:4317", insecure: true, caCertificate: "vendorCa" };
        assert.match(problemsOf({ traceExporters: [exporter], vendorCa: PEM })[0], /traceExporters\[0\]\.caCertificate: got "vendorCa"; a CA bundle verifies TLS/);
    });
    it("rejects a missing name, an invalid one, and a name used twice", () => {
        assert.match(problemsOf({ traceExporters: [{ endpoint: "a.example:443" }] })[0], /traceExporters\[0\]\.name: got null; required/);
        assert.match(problemsOf({ traceExporters: [{ name: "Light_Step", endpoint: "a.example:443" }] })[0], /traceExporters\[0\]\.name: got "Light_Step"; expected a DNS-1123 label/);
        assert.deepEqual(problemsOf({ traceExporters: [{ name: "a", endpoint: "a.example:443" }, { name: "a", endpoint: "b.example:443" }] }), [
            'mesh-observability:traceExporters[0].name: got "a"; each exporter name may be used once',
            'mesh-observability:traceExporters[1].name: got "a"; each exporter name may be used once',
        ]);
    });
    it("rejects the names of the platform's own exporters", () => {
        assert.match(problemsOf({ traceExporters: [{ name: "tempo", endpoint: "a.example:443" }] })[0], /traceExporters\[0\]\.name: got "tempo"; the platform's own exporters use tempo and prometheus/);
    });
    it("rejects insecure that is not a boolean", () => {
        assert.deepEqual(problemsOf({ traceExporters: [{ name: "a", endpoint: "a.example:443", insecure: "yes" }] }), ['mesh-observability:traceExporters[0].insecure: got "yes"; expected true or false']);
    });
    it("rejects an unknown protocol", () => {
        assert.deepEqual(problemsOf({ traceExporters: [{ name: "a", endpoint: "a.example:443", protocol: "thrift" }] }), ['mesh-observability:traceExporters[0].protocol: got "thrift"; expected one of grpc, http']);
    });
    for (const [protocol, endpoint] of [
        ["grpc", "ingest.lightstep.com"],
        ["grpc", "https://ingest.lightstep.com"],
        ["grpc", "https://ingest.lightstep.com:443/v1"],
        ["grpc", "ftp://a.example:21"],
        ["http", "otlp.vendor.example:4318"],
        ["http", "https://user:pw@otlp.vendor.example"],
    ]) {
        it(`rejects endpoint ${endpoint} for ${protocol}`, () => {
            assert.match(problemsOf({ traceExporters: [{ name: "a", protocol, endpoint }] })[0], new RegExp(`^mesh-observability:traceExporters\\[0\\]\\.endpoint: got "${endpoint.replace(/[.]/g, "\\.")}"; expected`));
        });
    }
    for (const endpoint of ["a.example:0", "a.example:65536"]) {
        it(`rejects port ${endpoint.split(":")[1]} in a gRPC endpoint`, () => {
            assert.deepEqual(problemsOf({ traceExporters: [{ name: "a", endpoint }] }), [
                `mesh-observability:traceExporters[0].endpoint: got "${endpoint}"; expected host:port or an https:// URL with a port, e.g. "ingest.lightstep.com:443"`,
            ]);
        });
    }
    for (const [protocol, endpoint, allowed] of [
        ["grpc", "a.example:4317x", 'expected host:port or an https:// URL with a port, e.g. "ingest.lightstep.com:443"'],
        ["http", "https://:pw@otlp.vendor.example", 'expected an http(s):// URL (the exporter appends /v1/traces), e.g. "https://api.honeycomb.io"'],
        ["http", "https://otlp.vendor.example/otlp?tenant=a", 'expected an http(s):// URL (the exporter appends /v1/traces), e.g. "https://api.honeycomb.io"'],
    ]) {
        it(`rejects endpoint ${endpoint} for ${protocol}, with what is allowed`, () => {
            assert.deepEqual(problemsOf({ traceExporters: [{ name: "a", protocol, endpoint }] }), [`mesh-observability:traceExporters[0].endpoint: got "${endpoint}"; ${allowed}`]);
        });
    }
    it("rejects a missing endpoint", () => {
        assert.match(problemsOf({ traceExporters: [{ name: "a" }] })[0], /traceExporters\[0\]\.endpoint: got null; required; expected host:port/);
    });
    it("rejects an http:// endpoint unless insecure says so, and insecure with https://", () => {
        assert.match(problemsOf({ traceExporters: [{ name: "a", protocol: "http", endpoint: "http://a.example:4318" }] })[0], /traceExporters\[0\]\.insecure: got false; http:\/\/a\.example:4318 sends in plain text; set insecure: true/);
        assert.match(problemsOf({ traceExporters: [{ name: "a", protocol: "http", endpoint: "https://a.example", insecure: true }] })[0], /traceExporters\[0\]\.insecure: got true; https:\/\/a\.example is TLS/);
    });
    it("rejects a list that is not one, an entry that is not an object, and unknown fields", () => {
        assert.match(problemsOf({ traceExporters: { name: "a" } })[0], /^mesh-observability:traceExporters: got \{"name":"a"\}; expected a list/);
        assert.match(problemsOf({ traceExporters: ["lightstep"] })[0], /^mesh-observability:traceExporters\[0\]: got "lightstep"; expected an object/);
        assert.deepEqual(problemsOf({ traceExporters: [{ name: "a", endpoint: "a.example:443", header: {} }] }), ["mesh-observability:traceExporters[0].header: unknown field; did you mean traceExporters[0].headers?"]);
    });
});
