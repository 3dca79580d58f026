// The Makefile's entry points on a fresh machine: run by `make test-host` (`node --test
// tests/scripts/`) as a dry run (`make -n`), which prints the recipes without running them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

/** The commands `make -n <target>` would run, one per line. */
function dryRun(target) {
  const run = spawnSync("make", ["-n", "--no-print-directory", target], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split("\n").filter(Boolean);
}

test("make build installs the build's tools before Trunk runs (a fresh machine has no trunk)", () => {
  const lines = dryRun("build");
  const setup = lines.findIndex((l) => /^scripts\/setup\.sh\s*$/.test(l));
  const trunk = lines.findIndex((l) => /\btrunk build --release\b/.test(l));
  assert.ok(trunk >= 0, `no trunk build in:\n${lines.join("\n")}`);
  assert.ok(setup >= 0 && setup < trunk, `scripts/setup.sh (every build tool, not only --nightly) must run before trunk:\n${lines.join("\n")}`);
});

test("make serve and make test set up before they build", () => {
  for (const target of ["serve", "test"]) {
    const lines = dryRun(target);
    const setup = lines.findIndex((l) => /^scripts\/setup\.sh(\s+--browsers)?\s*$/.test(l));
    const build = lines.findIndex((l) => /\btrunk build --release\b|\$\(MAKE\) build|make.* build\b/.test(l));
    assert.ok(setup >= 0, `make ${target} runs no scripts/setup.sh:\n${lines.join("\n")}`);
    assert.ok(build < 0 || setup < build, `make ${target} builds before it sets up:\n${lines.join("\n")}`);
  }
});
