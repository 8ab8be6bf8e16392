import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import { Kiali, type KialiLinks, kialiValues } from "../components/kiali.ts";
import { at, Harness } from "./harness.ts";

const CHART = "kubernetes:helm.sh/v4:Chart";
const links: KialiLinks = {
    prometheusUrl: "http://prom:9090",
    tempoQueryUrl: "http://tempo.tempo.svc.cluster.local:3200",
    tempoDatasourceUid: "tempo",
    grafanaInternalUrl: "http://grafana.monitoring:80",
    grafanaExternalUrl: "http://localhost:3000",
    useWaypointName: false,
    grafanaUsername: "admin",
};

let harness: Harness;
before(async () => (harness = await Harness.create()));
const build = (values?: Record<string, unknown>) =>
    harness.run(() => new Kiali("kiali", { provider: new k8s.Provider("k8s", {}), namespace: "istio-system", links, grafanaPassword: "grafana-plain-password", values }));

describe("kiali values", () => {
    const values = kialiValues(links);
    it("queries Tempo over HTTP", () => {
        assert.deepEqual(
            [at(values, "external_services.tracing.enabled"), at(values, "external_services.tracing.provider"), at(values, "external_services.tracing.use_grpc"), at(values, "external_services.tracing.internal_url")],
            [true, "tempo", false, links.tempoQueryUrl],
        );
    });
    it("links traces to Grafana as the browser reaches it", () => {
        assert.equal(at(values, "external_services.tracing.external_url"), links.grafanaExternalUrl);
    });
    it("links traces into Grafana's Tempo datasource", () => {
        assert.deepEqual(at(values, "external_services.tracing.tempo_config"), { datasource_uid: "tempo", org_id: "1", url_format: "grafana" });
    });
    it("looks traces up by waypoint name only when asked", () => {
        assert.equal(at(values, "external_services.tracing.use_waypoint_name"), false);
        assert.equal(at(kialiValues({ ...links, useWaypointName: true }), "external_services.tracing.use_waypoint_name"), true);
    });
    it("reads Prometheus and Grafana at the given URLs", () => {
        assert.equal(at(values, "external_services.prometheus.url"), links.prometheusUrl);
        assert.deepEqual(
            [at(values, "external_services.grafana.enabled"), at(values, "external_services.grafana.internal_url"), at(values, "external_services.grafana.external_url")],
            [true, links.grafanaInternalUrl, links.grafanaExternalUrl],
        );
    });
    it("signs in to Grafana with basic auth, the password read from a Secret", () => {
        assert.deepEqual(at(values, "external_services.grafana.auth"), { type: "basic", username: "admin", password: "secret:kiali-grafana:password" });
    });
});

describe("Kiali", () => {
    it("installs the pinned server chart", async () => {
        const chart = (await build()).get(CHART, "kiali-chart");
        assert.deepEqual([chart.inputs.chart, chart.inputs.version, at(chart.inputs, "repositoryOpts.repo"), chart.inputs.name], ["kiali-server", "2.29.0", "https://kiali.org/helm-charts", "kiali"]);
    });
    it("reads its signing key from the Secret and field that hold the generated key", async () => {
        const reg = await build();
        const [, secretName, field] = String(at(reg.get(CHART, "kiali-chart").inputs, "values.login_token.signing_key")).split(":");
        const secret = reg.get("kubernetes:core/v1:Secret", "kiali-signing-key");
        assert.deepEqual([at(secret.inputs, "metadata.name"), at(secret.inputs, "metadata.namespace")], [secretName, "istio-system"]);
        // the mocks return mock-<name> as every random result
        assert.deepEqual(reg.secretAt(secret, "stringData"), { [field]: "mock-kiali-signing-key-value" });
    });
    it("refers to the key as secret:<name>:<field>", async () => {
        assert.equal(at((await build()).get(CHART, "kiali-chart").inputs, "values.login_token.signing_key"), "secret:kiali-signing-key:key");
    });
    it("generates a 32-character alphanumeric key (Kiali starts only with 16, 24 or 32 bytes)", async () => {
        // kiali/kiali.io content/en/docs/Configuration/authentication/session-configs.md
        assert.deepEqual((await build()).get("random:index/randomPassword:RandomPassword", "kiali-signing-key-value").inputs, { length: 32, special: false });
    });
    it("keeps Grafana's password in the Secret the values name, as a secret", async () => {
        const reg = await build();
        const secret = reg.get("kubernetes:core/v1:Secret", "kiali-grafana-credentials");
        assert.deepEqual([at(secret.inputs, "metadata.name"), at(secret.inputs, "metadata.namespace")], ["kiali-grafana", "istio-system"]);
        assert.doesNotMatch(JSON.stringify(reg.resources), /grafana-plain-password/);
    });
    it("starts after the signing key and the Grafana password exist", async () => {
        const reg = await build();
        assert.deepEqual(reg.dependenciesOf(reg.get(CHART, "kiali-chart")).sort(), ["kubernetes:core/v1:Secret::kiali-grafana-credentials", "kubernetes:core/v1:Secret::kiali-signing-key"]);
    });
    it("merges raw values last", async () => {
        assert.equal(at((await build({ auth: { strategy: "anonymous" } })).get(CHART, "kiali-chart").inputs, "values.auth.strategy"), "anonymous");
    });
});
