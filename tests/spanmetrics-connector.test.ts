// The RED connector's config through contrib's span_metrics connector v0.158.0 itself (tests/support/spanmetrics: a
// small Go program built from the Go module proxy, the module the otelcol-k8s 0.158.0 image builds in), started twice
// as a collector restart would: the series it writes must carry the same labels both times.
// Needs a Go toolchain (tests/support/go.ts); without one the tests are skipped, saying so.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { after, before, describe, it } from "node:test";
import { redMetricsConnectors, TAIL } from "../components/tail-sampling.ts";
import { buildGoProgram, type GoProgram, skipWithoutGo } from "./support/go.ts";

/** The platform's span_metrics config; only the flush interval is shortened, so a run takes a fraction of a second. */
const platformConfig = redMetricsConnectors({ keepPercent: 1, slowRequestMs: 2000, decisionWait: "10s" })[TAIL.spanMetrics] as Record<string, unknown>;
const FAST_FLUSH = { metrics_flush_interval: "100ms" };
const SPANS = [
    { service: "productpage", name: "GET /productpage", kind: 2 },
    { service: "reviews", name: "GET /reviews/0", kind: 3 },
];

interface Point {
    readonly metric: string;
    readonly attributes: Record<string, unknown>;
}

describe("span_metrics v0.158.0 on the platform's config", { skip: skipWithoutGo }, () => {
    let connector: GoProgram;
    before(() => (connector = buildGoProgram("spanmetrics")));
    after(() => fs.rmSync(connector.dir, { recursive: true, force: true }));

    /** One start of the connector: every data point it flushes. */
    function start(config: Record<string, unknown>): Point[] {
        const points = connector.run<Point[]>({ config, spans: SPANS });
        assert.ok(points.length > 0, "the connector flushed nothing");
        return points;
    }
    const labelSets = (points: Point[]) => points.map((p) => JSON.stringify([p.metric, Object.entries(p.attributes).sort()])).sort();

    it("shortens only the flush interval of the platform's config", () => {
        const changed = Object.keys({ ...platformConfig, ...FAST_FLUSH }).filter((key) => JSON.stringify({ ...platformConfig, ...FAST_FLUSH }[key]) !== JSON.stringify(platformConfig[key]));
        assert.deepEqual(changed, ["metrics_flush_interval"]);
    });

    it("labels no data point with collector.instance.id", () => {
        const points = start({ ...platformConfig, ...FAST_FLUSH });
        assert.deepEqual(points.filter((p) => "collector.instance.id" in p.attributes), []);
        assert.deepEqual(Object.keys(points[0].attributes).sort(), ["service.name", "span.kind", "span.name", "status.code"]);
    });

    it("writes the same series after a restart", () => {
        const config = { ...platformConfig, ...FAST_FLUSH };
        assert.deepEqual(labelSets(start(config)), labelSets(start(config)));
    });

    it("would, without the exclusion, label each start with a new random collector.instance.id (the gate is on by default)", () => {
        const config: Record<string, unknown> = { ...platformConfig, ...FAST_FLUSH };
        delete config.exclude_dimensions;
        const ids = [start(config), start(config)].map((points) => new Set(points.map((p) => p.attributes["collector.instance.id"])));
        for (const set of ids) assert.equal(set.size, 1);
        const [first, second] = ids.map((set) => [...set][0]);
        assert.match(String(first), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        assert.notEqual(first, second);
    });
});
