// Serving a snapshot of dist/
//
// Other people rebuild dist/ while the bench runs, and dermamap-server hashes index.html's
// inline scripts for its CSP when it starts; serving a private copy keeps the files, the CSP
// and the sizes we compute consistent for the whole run.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, SERVER, log, sleep } from "./common.mjs";

/** A private copy of `source` (dist/, or another build's) that nothing changes while it is served. */
export async function snapshotDist(source = DIST) {
  if (!existsSync(join(source, "index.html"))) throw new Error(`${source}/index.html is missing: run \`make build\` first`);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), "dermamap-bench-"));
    cpSync(source, dir, { recursive: true });
    if (referencedFilesExist(dir)) return dir;
    rmSync(dir, { recursive: true, force: true });
    log(`${source} is changing (build in progress?), retrying snapshot (${attempt}/5)`);
    await sleep(3000);
  }
  throw new Error(`${source} kept changing: could not take a consistent snapshot`);
}

export function referencedFilesExist(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const refs = [...html.matchAll(/["'](?:\.\/)?([\w./-]+\.(?:js|wasm|css))["']/g)].map((m) => m[1]);
  return refs.length > 0 && refs.every((f) => existsSync(join(dir, f)));
}

export function startServer(dir) {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`make server\` first`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(SERVER, ["--dir", dir, "--addr", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const collect = (chunk) => {
      out += chunk;
      const m = out.match(/^Dermamap serving .+ on (http:\/\/\S+?)\/?$/m);
      if (m) resolvePromise({ url: m[1], child });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", (c) => (out += c));
    child.on("exit", (code) => reject(new Error(`dermamap-server exited with ${code}: ${out.trim()}`)));
    setTimeout(() => reject(new Error(`dermamap-server did not start within 10 s: ${out.trim()}`)), 10_000);
  });
}
