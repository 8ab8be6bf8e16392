// The GitHub workflows beyond what action-validator's schema sees (lint runs that): the inputs each step and each
// call of the reusable workflow pass, the order of the jobs, where credentials may appear, the pinned versions.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, ".github", "workflows");
const text = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");

interface Step {
    readonly uses?: string;
    readonly run?: string;
    readonly with?: Record<string, unknown>;
    readonly if?: string;
}
interface Job {
    readonly needs?: string | string[];
    readonly if?: string;
    readonly uses?: string;
    readonly with?: Record<string, unknown>;
    readonly secrets?: unknown;
    readonly environment?: string;
    readonly permissions?: Record<string, string>;
    readonly concurrency?: { group: string; "cancel-in-progress": string | boolean };
    readonly steps?: Step[];
}
interface Workflow {
    readonly on: Record<string, { inputs?: Record<string, { required?: boolean; type: string }> } | null>;
    readonly jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(text(file)) as Workflow;
const FILES = fs.readdirSync(dir).filter((f) => f.endsWith(".yml")).sort();
const needsOf = (job: Job) => (job.needs === undefined ? [] : [job.needs].flat());

/**
 * Inputs of the actions at the pinned versions, from each one's action.yml: pulumi/actions v7.0.0 (8e5e406),
 * actions/checkout v7.0.1 (3d3c42e), actions/setup-node v7.0.0 (8207627), configure-aws-credentials v6.2.3 (e6de054),
 * actions/setup-go v7.0.0 (b7ad1da), actions/cache v5.0.5 (27d5ce7).
 * GitHub only warns about an input an action does not have; here it fails.
 */
const ACTION_INPUTS: Record<string, string> = {
    "pulumi/actions":
        "command stack-name pulumi-version pulumi-version-file work-dir comment-on-pr comment-on-pr-number comment-on-summary github-token cloud-url secrets-provider parallel message config-map expect-no-changes diff replace exclude exclude-dependents target target-dependents policyPacks policyPackConfigs refresh upsert remove edit-pr-comment color exclude-protected plan suppress-outputs suppress-progress always-include-summary continue-on-error log-verbosity log-flow debug",
    "actions/checkout":
        "repository ref token ssh-key ssh-known-hosts ssh-strict ssh-user persist-credentials path clean filter sparse-checkout sparse-checkout-cone-mode fetch-depth fetch-tags show-progress lfs submodules set-safe-directory github-server-url allow-unsafe-pr-checkout",
    "actions/setup-node": "node-version node-version-file architecture check-latest registry-url scope token cache package-manager-cache cache-dependency-path mirror mirror-token",
    "actions/setup-go": "go-version go-version-file check-latest token cache cache-dependency-path architecture go-download-base-url",
    "actions/cache": "path key restore-keys upload-chunk-size enableCrossOsArchive fail-on-cache-miss lookup-only save-always",
    "aws-actions/configure-aws-credentials":
        "aws-region aws-profile overwrite-aws-profile role-to-assume aws-access-key-id aws-secret-access-key aws-session-token web-identity-token-file role-chaining audience http-proxy no-proxy mask-aws-account-id role-duration-seconds role-external-id role-session-name role-skip-session-tagging transitive-tag-keys inline-session-policy managed-session-policies output-credentials output-env-credentials unset-current-credentials disable-retry retry-max-attempts special-characters-workaround use-existing-credentials allowed-account-ids force-skip-oidc action-timeout-s custom-tags sts-endpoint",
};

const steps = () => FILES.flatMap((file) => Object.values(workflow(file).jobs).flatMap((job) => (job.steps ?? []).map((step) => ({ file, step }))));

describe("workflow steps", () => {
    it("pin every action to a commit, with its version in a comment", () => {
        for (const file of FILES) {
            for (const [, ref, comment] of text(file).matchAll(/uses: ([\w.-]+\/[\w.-]+@\S+)(.*)/g)) {
                assert.match(ref, /@[0-9a-f]{40}$/, `${file}: ${ref} is not pinned to a commit`);
                assert.match(comment, /^ # v\d+\.\d+\.\d+$/, `${file}: ${ref} has no version comment`);
            }
        }
    });
    it("use pulumi/actions at major 7 and checkout/setup-node at 7", () => {
        for (const [, action, major] of FILES.flatMap((f) => [...text(f).matchAll(/uses: ([\w-]+\/[\w-]+)@\S+ # v(\d+)/g)])) {
            if (["pulumi/actions", "actions/checkout", "actions/setup-node"].includes(action)) assert.equal(major, "7", action);
        }
    });
    it("set up a Go that every binaries/*/go.mod accepts, the same one the binaries' cache key names", () => {
        const goMods = fs.readdirSync(path.join(root, "binaries"), { withFileTypes: true }).filter((d) => d.isDirectory() && fs.existsSync(path.join(root, "binaries", d.name, "go.mod")));
        const needed = goMods.map((d) => /^go (\S+)$/m.exec(fs.readFileSync(path.join(root, "binaries", d.name, "go.mod"), "utf8"))?.[1] ?? "");
        const numbers = (v: string) => v.split(".").map(Number);
        const atLeast = (have: string, want: string) => {
            const [a, b] = [numbers(have), numbers(want)];
            for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
            return true;
        };
        const setups = steps().filter(({ step }) => step.uses?.startsWith("actions/setup-go@"));
        assert.ok(setups.length > 0, "no workflow sets up Go");
        for (const { file, step } of setups) {
            const version = String(step.with?.["go-version"]);
            for (const want of needed) assert.ok(atLeast(version, want), `${file}: Go ${version} is older than a go.mod's go ${want}`);
            const cache = steps().find((s) => s.file === file && s.step.uses?.startsWith("actions/cache@"));
            assert.match(String(cache?.step.with?.key), new RegExp(`-go${version.replace(/\./g, "\\.")}-`), `${file}: the binaries' cache key names another Go`);
        }
    });
    it("pass only inputs the actions have", () => {
        for (const { file, step } of steps()) {
            if (!step.uses || step.uses.startsWith("./")) continue;
            const action = step.uses.split("@")[0];
            const inputs = ACTION_INPUTS[action]?.split(" ");
            assert.ok(inputs, `${file}: no input list for ${action}`);
            for (const input of Object.keys(step.with ?? {})) assert.ok(inputs.includes(input), `${file}: ${action} has no input ${input}`);
        }
    });
    it("run Pulumi with the CLI version the repository pins", () => {
        const pulumiSteps = steps().filter(({ step }) => step.uses?.startsWith("pulumi/actions@"));
        assert.ok(pulumiSteps.length > 0);
        for (const { step } of pulumiSteps) assert.equal(step.with?.["pulumi-version-file"], ".pulumi-version");
    });
    it("pin a Pulumi CLI at least as new as the SDK the lockfile installs", () => {
        const cli = fs.readFileSync(path.join(root, ".pulumi-version"), "utf8").trim();
        const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version: string }> };
        const sdk = lock.packages["node_modules/@pulumi/pulumi"].version;
        const parts = (v: string) => v.split(".").map(Number);
        const [c, s] = [parts(cli), parts(sdk)];
        assert.match(cli, /^\d+\.\d+\.\d+$/);
        assert.ok(c[0] > s[0] || (c[0] === s[0] && (c[1] > s[1] || (c[1] === s[1] && c[2] >= s[2]))), `CLI ${cli} is older than the SDK ${sdk}`);
    });
    it("never check credentials out into the workspace", () => {
        for (const { file, step } of steps()) if (step.uses?.startsWith("actions/checkout@")) assert.equal(step.with?.["persist-credentials"], false, file);
    });
});

describe("the reusable pulumi workflow", () => {
    const called = workflow("pulumi.yml");
    const inputs = called.on.workflow_call?.inputs ?? {};
    const calls = FILES.flatMap((file) => Object.entries(workflow(file).jobs).filter(([, job]) => job.uses === "./.github/workflows/pulumi.yml").map(([name, job]) => ({ file, name, job })));

    it("is called with inputs it declares, and every required one", () => {
        assert.ok(calls.length >= 4);
        for (const { file, name, job } of calls) {
            for (const input of Object.keys(job.with ?? {})) assert.ok(input in inputs, `${file} ${name}: pulumi.yml has no input ${input}`);
            for (const [input, spec] of Object.entries(inputs)) if (spec.required) assert.ok(input in (job.with ?? {}), `${file} ${name}: ${input} missing`);
        }
    });
    it("runs in the environment it is given, each stack with its own credentials", () => {
        assert.equal(called.jobs.pulumi.environment, "${{ inputs.environment }}");
        assert.deepEqual(calls.map(({ job }) => `${String(job.with?.stack)}:${String(job.with?.environment)}`).sort(), ["dev:dev", "dev:dev", "prod:prod", "prod:prod-preview"]);
    });
    it("reads secrets only there, and only the stack-scoped ones", () => {
        for (const file of FILES.filter((f) => f !== "pulumi.yml")) assert.doesNotMatch(text(file), /secrets\./, file);
        const used = [...new Set([...text("pulumi.yml").matchAll(/secrets\.(\w+)/g)].map((m) => m[1]))].sort();
        assert.deepEqual(used, ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "KUBECONFIG", "PULUMI_ACCESS_TOKEN", "PULUMI_CONFIG_PASSPHRASE"]);
    });
    it("lets one operation run per stack: a newer preview replaces a running one, an up is never cancelled", () => {
        const { group, "cancel-in-progress": cancel } = called.jobs.pulumi.concurrency ?? { group: "", "cancel-in-progress": "" };
        assert.match(group, /inputs\.command.*inputs\.stack/);
        assert.equal(cancel, "${{ inputs.command == 'preview' }}");
    });
    it("creates a missing stack on up, refreshes before comparing, and never lets a read-only preview create one", () => {
        const run = called.jobs.pulumi.steps?.find((s) => s.with?.command !== undefined);
        assert.equal(run?.with?.upsert, "${{ inputs.upsert }}");
        assert.equal(run?.with?.refresh, true);
        const prodPreview = calls.find(({ job }) => job.with?.environment === "prod-preview");
        assert.equal(prodPreview?.job.with?.upsert, false);
    });
    it("runs the policy pack with the stack's policy config", () => {
        const run = called.jobs.pulumi.steps?.find((s) => s.with?.command !== undefined);
        assert.equal(run?.with?.policyPacks, "policy");
        assert.equal(run?.with?.policyPackConfigs, "policy/config.${{ inputs.stack }}.json");
        for (const stack of ["dev", "prod"]) assert.ok(fs.existsSync(path.join(root, "policy", `config.${stack}.json`)), stack);
    });
    it("asks for an OIDC token only in the jobs that run Pulumi", () => {
        for (const file of FILES) {
            for (const [name, job] of Object.entries(workflow(file).jobs)) {
                if (job.permissions?.["id-token"] === "write") assert.equal(job.uses, "./.github/workflows/pulumi.yml", `${file} ${name}`);
            }
        }
        assert.doesNotMatch(text("preview.yml") + text("up.yml"), /^permissions:\n(?:\s+.*\n)*\s+id-token/m);
    });
});

describe("pull requests", () => {
    const preview = workflow("preview.yml");
    it("never run a fork's code with the base repository's secrets", () => {
        for (const file of FILES) assert.doesNotMatch(text(file), /pull_request_target|workflow_run/, file);
        for (const name of ["preview-dev", "preview-prod"]) {
            assert.equal(preview.jobs[name].if, "github.event.pull_request.head.repo.full_name == github.repository", name);
        }
    });
    it("preview only after the gate", () => {
        for (const name of ["preview-dev", "preview-prod"]) assert.deepEqual(needsOf(preview.jobs[name]), ["test"], name);
        assert.ok(preview.jobs.test.steps?.some((s) => s.run === "bash .ci/run"));
    });
    it("post the desired-state diff per stack, edited in place", () => {
        const steps = preview.jobs.diff.steps ?? [];
        assert.ok(steps.some((s) => s.run?.includes("npm run -s diff -- \"$BASE\" --format markdown --out-dir")));
        assert.ok(steps.some((s) => s.run?.includes('.ci/pr-comment.sh "mesh-observability-diff:$stack"')));
        assert.equal(preview.jobs.diff.permissions?.["pull-requests"], "write");
    });
});

describe("main", () => {
    const up = workflow("up.yml");
    it("runs the gate, then dev, then prod: the order is a dependency", () => {
        assert.ok(up.jobs.test.steps?.some((s) => s.run === "bash .ci/run"));
        assert.deepEqual(needsOf(up.jobs.dev), ["test"]);
        assert.deepEqual(needsOf(up.jobs.prod), ["dev"]);
        assert.deepEqual([up.jobs.dev.with?.command, up.jobs.prod.with?.command], ["up", "up"]);
    });
});
