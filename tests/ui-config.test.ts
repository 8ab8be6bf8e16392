// `mesh-observability:ui` and `mesh-observability:entryPointAddresses`: what is read, and every problem named with its key.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, parseStackConfig, type StackConfig } from "../stacks/config.ts";

const key = (name: string) => `mesh-observability:${name}`;

function parse(values: Record<string, unknown>): StackConfig {
    return parseStackConfig(Object.fromEntries(Object.entries(values).map(([name, value]) => [key(name), typeof value === "string" ? value : JSON.stringify(value)])));
}

function problemsOf(values: Record<string, unknown>): readonly string[] {
    try {
        parse(values);
    } catch (err) {
        assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
        return err.problems;
    }
    assert.fail("expected the config to be rejected");
}

const pool = { loadBalancerAddresses: ["172.18.255.200-172.18.255.250", "fd00::/120"] };

describe("ui config", () => {
    it("is absent by default: the UIs stay on port-forwards", () => assert.equal(parse({}).ui, undefined));
    it("defaults the issuer to the self-signed CA", () => {
        assert.deepEqual(parse({ ui: { domain: "172.18.255.200.nip.io" } }).ui, { domain: "172.18.255.200.nip.io", issuer: { kind: "self-signed" }, publishPrometheus: false });
    });
    it("publishes Prometheus only when asked", () => assert.equal(parse({ ui: { domain: "example.org", publishPrometheus: true } }).ui?.publishPrometheus, true));
    it("refuses a publishPrometheus that is not a boolean, saying why it is off", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", publishPrometheus: "yes" } }), [
            'mesh-observability:ui.publishPrometheus: got "yes"; expected true or false (default false: Prometheus has no sign-in, anyone who reaches the gateway could query it)',
        ]);
    });
    it("reads ACME with its account e-mail", () => {
        assert.deepEqual(parse({ ui: { domain: "example.org", issuer: "acme", acmeEmail: "platform@example.org" } }).ui?.issuer, { kind: "acme", email: "platform@example.org" });
    });
    it("reads any other issuer as the name of an existing ClusterIssuer", () => {
        assert.deepEqual(parse({ ui: { domain: "example.org", issuer: "corporate-pki" } }).ui?.issuer, { kind: "cluster-issuer", name: "corporate-pki" });
    });
    it("reads a dotted ClusterIssuer name", () => {
        assert.deepEqual(parse({ ui: { domain: "example.org", issuer: "pki.corporate-issuer" } }).ui?.issuer, { kind: "cluster-issuer", name: "pki.corporate-issuer" });
    });
    it("accepts a single-label domain (for /etc/hosts)", () => assert.equal(parse({ ui: { domain: "lab" } }).ui?.domain, "lab"));

    it("requires the domain", () => {
        assert.deepEqual(problemsOf({ ui: { issuer: "acme", acmeEmail: "a@example.org" } }), [
            "mesh-observability:ui.domain: got null; required: the UIs are served as grafana.<domain>, kiali.<domain>, prometheus.<domain> (Prometheus with publishPrometheus); remove mesh-observability:ui to keep them on port-forwards",
        ]);
    });
    it("refuses a domain with a scheme, a port or capitals", () => {
        for (const domain of ["https://example.org", "example.org:443", "Example.org", "*.example.org", "example.org.", "exa_mple.org"]) {
            assert.match(problemsOf({ ui: { domain } })[0], new RegExp(`^mesh-observability:ui\\.domain: got "${domain.replace(/[.*]/g, "\\$&")}"; expected a DNS name such as "example.org"`), domain);
        }
    });
    it("refuses an IP address as the domain and names nip.io", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "172.18.255.200" } }), [
            'mesh-observability:ui.domain: got "172.18.255.200"; expected a DNS name, not an IP address: its last label must not be all digits (an address becomes a name with nip.io or sslip.io, e.g. 172.18.255.200.nip.io)',
        ]);
    });
    it("refuses a domain whose UI host names would exceed 253 characters", () => {
        const domain = Array.from({ length: 5 }, () => "a".repeat(49)).join(".");
        assert.match(problemsOf({ ui: { domain } })[0], /^mesh-observability:ui\.domain: got "a{49}\..*"; expected a DNS name of at most 242 characters/);
    });
    it("refuses an issuer that is not a ClusterIssuer name", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", issuer: "Lets Encrypt" } }), [
            'mesh-observability:ui.issuer: got "Lets Encrypt"; expected "self-signed" (a CA of this stack), "acme" (Let\'s Encrypt, HTTP-01 through the gateway) or the name of an existing ClusterIssuer (a DNS-1123 subdomain)',
        ]);
    });
    it("requires the e-mail with ACME", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", issuer: "acme" } }), [
            "mesh-observability:ui.acmeEmail: got null; required with ui.issuer acme: the contact address of the ACME (Let's Encrypt) account",
        ]);
    });
    it("refuses an e-mail that is not one", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", issuer: "acme", acmeEmail: "platform" } }), [
            'mesh-observability:ui.acmeEmail: got "platform"; expected an e-mail address such as "platform@example.org"',
        ]);
    });
    it("refuses an e-mail that is not a string, even one whose text is an address", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", issuer: "acme", acmeEmail: ["platform@example.org"] } }), [
            'mesh-observability:ui.acmeEmail: got ["platform@example.org"]; expected an e-mail address such as "platform@example.org"',
        ]);
    });
    it("refuses an e-mail without ACME", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", acmeEmail: "a@example.org" } }), [
            'mesh-observability:ui.acmeEmail: got "a@example.org"; only used with ui.issuer acme; remove it or set issuer: "acme"',
        ]);
    });
    it("names an unknown field and the one probably meant", () => {
        assert.deepEqual(problemsOf({ ui: { domain: "example.org", domian: "x" } }), ["mesh-observability:ui.domian: unknown field; did you mean ui.domain?"]);
    });
    it("refuses a value that is not an object", () => {
        assert.deepEqual(problemsOf({ ui: "example.org" }), ['mesh-observability:ui: got "example.org"; expected an object { domain, issuer, acmeEmail, publishPrometheus }']);
    });
    it("refuses JSON that is not an object, with an example", () => {
        assert.deepEqual(problemsOf({ ui: ["example.org"] }), ['mesh-observability:ui: got ["example.org"]; expected an object { domain, issuer, acmeEmail, publishPrometheus }, e.g. { domain: "example.org" }']);
    });
});

describe("entryPointAddresses config", () => {
    it("is empty by default", () => assert.deepEqual(parse({}).entryPointAddresses, {}));
    it("reads an address of the pool for each entry point, IPv4 or IPv6", () => {
        assert.deepEqual(parse({ ...pool, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "fd00::10" } }).entryPointAddresses, {
            istioGateway: "172.18.255.200",
            ingressNginx: "fd00::10",
        });
    });
    it("reads an address for either entry point alone", () => {
        for (const addresses of [{ istioGateway: "172.18.255.200" }, { ingressNginx: "172.18.255.201" }]) {
            assert.deepEqual(parse({ ...pool, entryPointAddresses: addresses }).entryPointAddresses, addresses);
        }
    });
    it("accepts the first and last address of a range", () => {
        assert.deepEqual(parse({ ...pool, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.250" } }).entryPointAddresses, {
            istioGateway: "172.18.255.200",
            ingressNginx: "172.18.255.250",
        });
    });
    it("refuses an address outside every block of the pool", () => {
        assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: { istioGateway: "172.18.255.251" } }), [
            'mesh-observability:entryPointAddresses.istioGateway: got "172.18.255.251"; not inside any block of mesh-observability:loadBalancerAddresses (172.18.255.200-172.18.255.250, fd00::/120); MetalLB assigns only addresses of its pool',
        ]);
    });
    it("refuses an address of the other family than the block it would fall in", () => {
        assert.match(problemsOf({ loadBalancerAddresses: ["10.0.0.0/24"], entryPointAddresses: { istioGateway: "::ffff:10.0.0.1" } })[0], /istioGateway: got "::ffff:10.0.0.1"; not inside any block/);
    });
    it("refuses an address when there is no pool", () => {
        assert.deepEqual(problemsOf({ entryPointAddresses: { istioGateway: "10.0.0.1" } }), [
            'mesh-observability:entryPointAddresses.istioGateway: got "10.0.0.1"; an address of the MetalLB pool, but mesh-observability:loadBalancerAddresses is empty (MetalLB is not installed); add a block that holds it, or remove the address',
        ]);
    });
    it("refuses a block or a name instead of one address", () => {
        for (const value of ["172.18.255.200/32", "gateway.local", 200]) {
            assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: { istioGateway: value } }), [
                `mesh-observability:entryPointAddresses.istioGateway: got ${JSON.stringify(value)}; expected one IPv4 or IPv6 address, e.g. "172.18.255.200"`,
            ]);
        }
    });
    it("refuses the same address for both", () => {
        assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: { istioGateway: "fd00::10", ingressNginx: "fd00:0::10" } }), [
            'mesh-observability:entryPointAddresses.ingressNginx: got "fd00:0::10"; the same address as entryPointAddresses.istioGateway; the gateway and ingress-nginx each need their own (both listen on ports 80 and 443)',
        ]);
    });
    it("keeps the gateway's address when ingress-nginx repeats it, so the gateway's chartValues are still checked against it", () => {
        const chartValues = { istioGateway: { service: { annotations: { "metallb.io/loadBalancerIPs": "fd00::11" } } } };
        assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: { istioGateway: "fd00::10", ingressNginx: "fd00::10" }, chartValues }), [
            'mesh-observability:entryPointAddresses.ingressNginx: got "fd00::10"; the same address as entryPointAddresses.istioGateway; the gateway and ingress-nginx each need their own (both listen on ports 80 and 443)',
            'mesh-observability:chartValues.istioGateway.service.annotations."metallb.io/loadBalancerIPs": got "fd00::11"; the platform sets this key (to "fd00::10"); set mesh-observability:entryPointAddresses instead',
        ]);
    });
    it("sends an override of ingress-nginx's fixed address to entryPointAddresses", () => {
        const chartValues = { ingressNginx: { controller: { service: { annotations: { "metallb.io/loadBalancerIPs": "fd00::12" } } } } };
        assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: { ingressNginx: "fd00::11" }, chartValues }), [
            'mesh-observability:chartValues.ingressNginx.controller.service.annotations."metallb.io/loadBalancerIPs": got "fd00::12"; the platform sets this key (to "fd00::11"); set mesh-observability:entryPointAddresses instead',
        ]);
    });
    it("refuses fixed addresses that leave no address for an entry point without one", () => {
        assert.deepEqual(problemsOf({ loadBalancerAddresses: ["10.0.0.7/32"], ingressNginx: "true", entryPointAddresses: { istioGateway: "10.0.0.7" } }), [
            'mesh-observability:loadBalancerAddresses: got ["10.0.0.7/32"]; holds no address besides the fixed entryPointAddresses (10.0.0.7), and entryPointAddresses.ingressNginx needs one that MetalLB assigns automatically; add addresses to loadBalancerAddresses, or give it a fixed address',
        ]);
    });
    it("accepts fixed addresses that take every address when each entry point has one", () => {
        const addresses = { istioGateway: "10.0.0.6", ingressNginx: "10.0.0.7" };
        assert.deepEqual(parse({ loadBalancerAddresses: ["10.0.0.6-10.0.0.7"], entryPointAddresses: addresses }).entryPointAddresses, addresses);
    });
    it("refuses ingress-nginx's address when ingress-nginx is off, naming both keys", () => {
        assert.deepEqual(problemsOf({ ...pool, ingressNginx: "false", entryPointAddresses: { ingressNginx: "172.18.255.201" } }), [
            'mesh-observability:entryPointAddresses.ingressNginx: got "172.18.255.201"; ingress-nginx is off (mesh-observability:ingressNginx is false); remove this address or turn ingressNginx on',
        ]);
    });
    it("names an unknown field and the one probably meant", () => {
        assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: { istioGatway: "172.18.255.200" } }), [
            "mesh-observability:entryPointAddresses.istioGatway: unknown field; did you mean entryPointAddresses.istioGateway?",
        ]);
    });
    it("refuses JSON that is not an object, with an example", () => {
        assert.deepEqual(problemsOf({ ...pool, entryPointAddresses: ["172.18.255.200"] }), [
            'mesh-observability:entryPointAddresses: got ["172.18.255.200"]; expected an object { istioGateway, ingressNginx }, e.g. { istioGateway: "172.18.255.200" }',
        ]);
    });
});
