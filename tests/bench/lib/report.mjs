// The report: the table printed, the commit measured, the results written.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, RESULTS } from "./common.mjs";

export function renderTable(rows) {
  const head = { section: "#", figure: "figure", value: "value", budget: "budget", verdict: "verdict" };
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
