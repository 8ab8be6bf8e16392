// The README as a front door, and the pages behind it: every relative link in README.md, docs/*.md and the folder
// READMEs resolves to a file of this repository, every `#anchor` to a heading of the file it points into (by GitHub's
// slug rules), every docs page says first what it is for and is linked from the README, and the README stays short.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "..");
const DOCS = fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`);
const CHECKED = ["README.md", ...DOCS, "components/README.md", "crds/README.md", "binaries/README.md"];
/** The README's budget (issue 24: "at most about 300 lines"). */
const README_MAX_LINES = 320;

/** The lines of a Markdown text outside fenced code blocks (``` or ~~~), with their 1-based numbers. */
export function proseLines(text: string): { line: string; number: number }[] {
    const out: { line: string; number: number }[] = [];
    let fence: string | undefined;
    text.split("\n").forEach((line, index) => {
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
            fence = fence === undefined ? marker : undefined;
            return;
        }
        if (fence === undefined) out.push({ line, number: index + 1 });
    });
    return out;
}

/**
 * The anchor GitHub gives a heading (github-slugger, which github.com's Markdown uses): the heading's text as rendered
 * (inline code and links reduced to their text), lower-cased, every character that is not a letter, mark, number,
 * `_`, `-` or space dropped, each space a hyphen.
 */
export function githubSlug(heading: string): string {
    const text = heading
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/<[^>]+>/g, "");
    return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}

/** The anchors of a Markdown file's ATX headings, duplicates numbered as GitHub does (`x`, `x-1`, `x-2`). */
export function anchorsOf(text: string): Set<string> {
    const anchors = new Set<string>();
    const seen = new Map<string, number>();
    for (const { line } of proseLines(text)) {
        const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
        if (heading === undefined) continue;
        const slug = githubSlug(heading);
        const count = seen.get(slug) ?? 0;
        seen.set(slug, count + 1);
        anchors.add(count === 0 ? slug : `${slug}-${count}`);
    }
    return anchors;
}

/** The inline links `[text](target)` of a Markdown text, outside code blocks and code spans. */
export function linksOf(text: string): { target: string; line: number }[] {
    const links: { target: string; line: number }[] = [];
    for (const { line, number } of proseLines(text)) {
        const prose = line.replace(/`[^`]*`/g, "");
        for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1], line: number });
    }
    return links;
}

/** What is wrong with each relative link of `file` (a path from the repository root); empty when all resolve. */
export function brokenLinks(file: string, read: (repoPath: string) => string | undefined = readRepoFile): string[] {
    const text = read(file) ?? assert.fail(`${file} does not exist`);
    const problems: string[] = [];
    for (const { target, line } of linksOf(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …: not this repository's
        const [rawPath, anchor] = target.split("#", 2);
        const linked = rawPath === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(rawPath)));
        const where = `${file}:${line}: ${target}`;
        if (linked.startsWith("../") || path.posix.isAbsolute(linked)) {
            problems.push(`${where}: points outside the repository`);
            continue;
        }
        const linkedText = read(linked);
        if (linkedText === undefined && !isDirectory(linked)) {
            problems.push(`${where}: no file ${linked}`);
            continue;
        }
        if (anchor === undefined) continue;
        if (linkedText === undefined || !linked.endsWith(".md")) {
            problems.push(`${where}: an anchor into ${linked}, which is not a Markdown file`);
            continue;
        }
        const anchors = anchorsOf(linkedText);
        if (!anchors.has(anchor)) problems.push(`${where}: no heading "#${anchor}" in ${linked} (its anchors: ${[...anchors].join(", ")})`);
    }
    return problems;
}

function readRepoFile(repoPath: string): string | undefined {
    const full = path.join(root, repoPath);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full, "utf8") : undefined;
}

function isDirectory(repoPath: string): boolean {
    const full = path.join(root, repoPath);
    return fs.existsSync(full) && fs.statSync(full).isDirectory();
}

describe("GitHub's heading anchors", () => {
    it("lower-cases, drops punctuation and code marks, and turns each space into a hyphen", () => {
        assert.deepEqual(
            ["Stack config (`mesh-observability:` namespace)", "The trace check's verdicts", "`./mesh down`", "Safety of `pulumi up`", "Issuers (`ui.issuer`)", "What one `pulumi up` builds"].map(githubSlug),
            ["stack-config-mesh-observability-namespace", "the-trace-checks-verdicts", "mesh-down", "safety-of-pulumi-up", "issuers-uiissuer", "what-one-pulumi-up-builds"],
        );
    });
    it("keeps letters beyond ASCII, underscores and hyphens, and drops symbols such as arrows", () => {
        assert.deepEqual(["Grüße_aus → Köln", "a - b"].map(githubSlug), ["grüße_aus--köln", "a---b"]);
    });
    it("numbers a repeated heading, and ignores a # line inside a code block", () => {
        assert.deepEqual([...anchorsOf("# Top\n## Notes\n```sh\n# not a heading\n```\n## Notes\n")], ["top", "notes", "notes-1"]);
    });
});

describe("finding broken links", () => {
    const files: Record<string, string> = {
        "README.md": "# Top\n\nSee [a](docs/a.md), [b](docs/a.md#second-part), [web](https://example.com/x#y) and `[code](nowhere.md)`.\n",
        "docs/a.md": "# A\n\n## Second part\n\n[up](../README.md#top) [gone](missing.md) [bad](../README.md#nope) [self](#a)\n```\n[in a block](missing-too.md)\n```\n",
    };
    const read = (p: string) => files[p];
    it("accepts links to files and headings that exist, and skips web links and code", () => {
        assert.deepEqual(brokenLinks("README.md", read), []);
    });
    it("names the line, the link and what is missing: the file, or the heading", () => {
        assert.deepEqual(brokenLinks("docs/a.md", read), [
            "docs/a.md:5: missing.md: no file docs/missing.md",
            'docs/a.md:5: ../README.md#nope: no heading "#nope" in README.md (its anchors: top)',
        ]);
    });
});

describe("the README and the docs pages", () => {
    for (const file of CHECKED) {
        it(`${file}: every relative link resolves, every anchor names a heading`, () => {
            assert.deepEqual(brokenLinks(file), []);
        });
    }
    it(`README.md stays under ${README_MAX_LINES} lines: a front door, depth in docs/`, () => {
        const lines = fs.readFileSync(path.join(root, "README.md"), "utf8").trimEnd().split("\n").length;
        assert.ok(lines < README_MAX_LINES, `README.md has ${lines} lines; move depth into a page of docs/`);
    });
    it("every docs page is linked from the README", () => {
        const linked = new Set(linksOf(fs.readFileSync(path.join(root, "README.md"), "utf8")).map((l) => path.posix.normalize(l.target.split("#")[0])));
        assert.deepEqual(DOCS.filter((page) => !linked.has(page)), []);
    });
    it("every docs page starts with what it is for", () => {
        const missing = DOCS.filter((page) => {
            const prose = proseLines(fs.readFileSync(path.join(root, page), "utf8")).map((l) => l.line);
            const firstParagraph = prose.slice(1).join("\n").trim().split(/\n\s*\n/)[0];
            return !/^# /.test(prose[0]) || !firstParagraph.startsWith("What this page is for:");
        });
        assert.deepEqual(missing, []);
    });
});
