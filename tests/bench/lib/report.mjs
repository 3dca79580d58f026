// The report: the table printed, the commit measured, the results written.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { HASHED_IN_TEXT } from "../../../scripts/hashed-name.mjs";
import { ROOT, RESULTS } from "./common.mjs";

/**
 * The figures to print beside this run's: the results file named by `BENCH_BEFORE`, else the
 * last run's (`bench/results/latest.json`); none with `BENCH_BEFORE=none` or when there is no
 * such file. Read before this run writes its own. A file that cannot be read is said, not
 * fatal: the run's own figures are what matter.
 */
export function readBefore() {
  const named = process.env.BENCH_BEFORE;
  if (named === "none") return null;
  const file = named ? resolve(named) : join(RESULTS, "latest.json");
  if (!existsSync(file)) return named ? { file, error: "no such file" } : null;
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    if (!Array.isArray(report.table)) throw new Error("no table in it");
    const values = new Map(report.table.map((r) => [rowKey(r), r.value]));
    const commit = report.meta?.commit ?? null;
    return { file: relative(ROOT, file), label: commit ?? "?", commit, timestamp: report.meta?.timestamp ?? null, values };
  } catch (e) {
    return { file, error: String(e.message || e) };
  }
}

/** The figures of another build measured in this run, to print beside this build's. */
export function beforeFromRows(rows, label) {
  return { label, values: new Map(rows.map((r) => [rowKey(r), r.value])) };
}

/** A row is the same figure in two runs when its section and figure are, a file's content
 * hash aside (`dermamap-<hash>_bg.wasm`; hashed names as scripts/hashed-name.mjs defines them). */
const rowKey = (r) => `${r.section}\u0000${String(r.figure).replace(HASHED_IN_TEXT, (name) => name.replace(/-[^-/_.]+(?=(_bg)?\.[a-z]+$)/, "-<hash>"))}`;

/** The table; with `before`, that run's value of each figure beside this run's. */
export function renderTable(rows, before = null) {
  const withBefore = before?.values
    ? rows.map((r) => ({ ...r, before: before.values.get(rowKey(r)) ?? "" }))
    : rows;
  const head = before?.values
    ? { section: "#", figure: "figure", before: `before (${before.label ?? "?"})`, value: "now", budget: "budget", verdict: "verdict" }
    : { section: "#", figure: "figure", value: "value", budget: "budget", verdict: "verdict" };
  rows = withBefore;
  const cols = Object.keys(head);
  const all = [head, ...rows];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...all.map((r) => String(r[c] ?? "").length))]));
  const line = (r) => "| " + cols.map((c) => String(r[c] ?? "").padEnd(width[c])).join(" | ") + " |";
  const rule = "|" + cols.map((c) => "-".repeat(width[c] + 2)).join("|") + "|";
  return [line(head), rule, ...rows.map(line)].join("\n");
}

export function gitDescribe() {
  try {
    const sha = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["-C", ROOT, "status", "--porcelain"], { encoding: "utf8" }).trim() ? "+dirty" : "";
    return sha + dirty;
  } catch {
    return null;
  }
}

export function writeResults(report) {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = report.meta.timestamp.replace(/[:.]/g, "-");
  const json = JSON.stringify(report, null, 2) + "\n";
  const file = join(RESULTS, `${stamp}.json`);
  writeFileSync(file, json);
  writeFileSync(join(RESULTS, "latest.json"), json);
  return file;
}
