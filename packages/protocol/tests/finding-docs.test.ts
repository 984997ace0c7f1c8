import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FINDING_IDS, FINDINGS } from "../src/index.js";

// Every finding message points at docs/findings/<id>.md, so a missing or stale page is a dead
// link in the editor, at runtime and in CI.
const docsDir = new URL("../../../docs/findings/", import.meta.url);
const pageUrl = (name: string): URL => new URL(name, docsDir);
const readPage = (name: string): string => readFileSync(pageUrl(name), "utf8");

const knownIds: ReadonlySet<string> = new Set(FINDING_IDS);
const pages = readdirSync(docsDir).filter((name) => name.endsWith(".md") && name !== "README.md");

describe("finding docs", () => {
  it("has a page for every finding id", () => {
    const missing = FINDING_IDS.filter((id) => !existsSync(pageUrl(`${id}.md`)));
    expect(missing).toEqual([]);
  });

  it("has no page for an id the catalog does not know", () => {
    const orphans = pages.map((name) => name.slice(0, -".md".length)).filter((id) => !knownIds.has(id));
    expect(orphans).toEqual([]);
  });

  describe.each(FINDING_IDS)("%s.md", (id) => {
    const text = existsSync(pageUrl(`${id}.md`)) ? readPage(`${id}.md`) : "";
    const lines = text.split("\n");

    it("starts with the id as its title", () => {
      expect(lines[0]).toBe(`# ${id}`);
    });

    it("states the catalog's severity", () => {
      const stated = lines.filter((line) => line.startsWith("Severity:"));
      expect(stated).toEqual([`Severity: ${FINDINGS[id].severity}`]);
    });

    it("has the Why, Wrong, Right and Where sections in that order", () => {
      const headings = lines.filter((line) => line.startsWith("## "));
      expect(headings).toEqual(["## Why", "## ❌ Wrong", "## ✅ Right", "## Where it is reported"]);
    });
  });

  it("lists every id once in the README table, with its severity and a link to its page", () => {
    const rows = readPage("README.md")
      .split("\n")
      .filter((line) => line.startsWith("| [`"));
    const listed = rows.map((row) => /^\| \[`([^`]+)`\]\(([^)]+)\) \| (\w+) \|/u.exec(row)?.slice(1));
    expect(listed.map((cells) => cells?.[0]).sort()).toEqual([...FINDING_IDS].sort());
    for (const id of FINDING_IDS) {
      expect(listed.find((cells) => cells?.[0] === id)).toEqual([id, `${id}.md`, FINDINGS[id].severity]);
    }
  });
});
