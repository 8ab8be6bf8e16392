// PromQL read with Prometheus' own grammar (@prometheus-io/lezer-promql 0.314.0, the parser of Prometheus 3.14's UI,
// the Prometheus kube-prometheus-stack 88.5.3 runs): syntax errors, and which metrics and labels an expression names.
import { parser } from "@prometheus-io/lezer-promql";

interface Node {
    readonly name: string;
    readonly from: number;
    readonly to: number;
    readonly firstChild: Node | null;
    readonly nextSibling: Node | null;
    getChild(name: string): Node | null;
    getChildren(name: string): Node[];
}

/** A vector selector: its metric and the labels it matches on. */
export interface Selector {
    readonly metric: string;
    readonly labels: readonly string[];
}

/** An aggregation's `by (…)` labels and the metrics it aggregates. */
export interface Grouping {
    readonly labels: readonly string[];
    readonly metrics: readonly string[];
}

export interface ParsedQuery {
    /** Syntax errors, as offsets into the expression with the text there. */
    readonly errors: readonly string[];
    readonly selectors: readonly Selector[];
    readonly groupings: readonly Grouping[];
}

/** Grafana's interval variables are not PromQL: they stand in as 5m, which is. */
export const withoutGrafanaVariables = (expr: string): string => expr.replace(/\$__(rate_)?interval/g, "5m");

function children(node: Node): Node[] {
    const out: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
    return out;
}

function descendants(node: Node): Node[] {
    return children(node).flatMap((child) => [child, ...descendants(child)]);
}

export function parsePromql(expr: string): ParsedQuery {
    const top = parser.parse(expr).topNode as unknown as Node;
    const text = (n: Node) => expr.slice(n.from, n.to);
    const all = [top, ...descendants(top)];
    const errors = all.filter((n) => n.name === "⚠").map((n) => `at ${n.from}: ${JSON.stringify(expr.slice(n.from, n.to + 10))}`);

    const selectorOf = (n: Node): Selector => {
        const identifier = n.getChild("Identifier");
        const matchers = descendants(n).filter((d) => d.name === "UnquotedLabelMatcher");
        const labels = matchers.map((m) => text(m.getChild("LabelName") as Node));
        const nameMatcher = matchers.find((m) => text(m.getChild("LabelName") as Node) === "__name__");
        const metric = identifier ? text(identifier) : nameMatcher ? String(JSON.parse(text(nameMatcher.getChild("StringLiteral") as Node))) : "";
        return { metric, labels: labels.filter((l) => l !== "__name__") };
    };
    const selectors = all.filter((n) => n.name === "VectorSelector").map(selectorOf);
    const groupings = all
        .filter((n) => n.name === "AggregateExpr" && n.getChild("AggregateModifier")?.getChild("By"))
        .map((n) => ({
            labels: descendants(n.getChild("AggregateModifier") as Node)
                .filter((d) => d.name === "LabelName")
                .map(text),
            metrics: descendants(n.getChild("FunctionCallBody") as Node)
                .filter((d) => d.name === "VectorSelector")
                .map((d) => selectorOf(d).metric),
        }));
    return { errors, selectors, groupings };
}
