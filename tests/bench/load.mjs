// make bench, load section: requests per second and latency (p50, p99) for index.html, the
// wasm, embed.js and the English text at 50 keep-alive connections, as a browser asks (brotli;
// index.html also for a gzip-only client), for dermamap-server and nginx (the repo's
// deploy/nginx/dermamap.conf) on the same copy of dist/, one after the other on this
// machine. Figures side by side, not pass/fail; the aim is at least 0.8x nginx's requests per
// second on every file and a p99 within 2x of nginx's. The load generator is
// server/examples/load.rs (raw HTTP/1.1, keep-alive), run with the same settings for both.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../e2e/global-setup.mjs";
import { startNginx } from "../e2e/nginx.mjs";
import { LANG_FILE } from "../../scripts/precache.mjs";

const LOAD = "target/release/examples/load";
const CONNECTIONS = 50;
const SECONDS = Number(process.env.DERMAMAP_LOAD_SECONDS || 5);

const tmp = mkdtempSync(join(tmpdir(), "dermamap-load-"));
const dist = join(tmp, "dist");
cpSync("dist", dist, { recursive: true });
const wasm = readdirSync(dist).find((f) => f.endsWith("_bg.wasm"));
const text = readdirSync(join(dist, "lang")).find((f) => LANG_FILE.test(`lang/${f}`) && f.startsWith("en-"));
// What a browser asks for (Chrome's Accept-Encoding: each file's brotli twin is sent), and
// index.html for a client that takes gzip only.
const BROWSER = "gzip, deflate, br, zstd";
const files = [
  { name: "index.html", path: "/", coding: BROWSER },
  { name: "index.html gz", path: "/", coding: "gzip" },
  { name: "wasm", path: `/${wasm}`, coding: BROWSER },
  { name: "embed.js", path: "/embed.js", coding: BROWSER },
  { name: "text (en)", path: `/lang/${text}`, coding: BROWSER },
];

const ours = await startServer([], dist);
const nginx = await startNginx("dermamap.conf", dist);
const run = (url, file) => {
  const host = new URL(url).host;
  execFileSync(LOAD, [host, file.path, "10", "1", file.coding]); // warm-up
  const out = execFileSync(LOAD, [host, file.path, String(CONNECTIONS), String(SECONDS), file.coding], { encoding: "utf8" });
  return JSON.parse(out);
};
const rows = [];
try {
  for (const file of files) {
    const a = run(ours.url, file);
    const b = run(nginx.url, file);
    rows.push({ file: file.name, ours: a, nginx: b, rpsRatio: a.rps / b.rps, p99Ratio: a.p99_ms / b.p99_ms });
  }
} finally {
  ours.child.kill();
  nginx.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : "-");
console.log(`\nLoad: ${CONNECTIONS} keep-alive connections, ${SECONDS} s per file and server (aim: ≥ 0.8x nginx's req/s, p99 ≤ 2x nginx's)`);
console.log(`${pad("file", 15)}${pad("dermamap req/s", 16)}${pad("nginx req/s", 13)}${pad("ratio", 8)}${pad("dermamap p99", 14)}${pad("nginx p99", 11)}${pad("ratio", 8)}aim met`);
for (const r of rows) {
  const met = r.rpsRatio >= 0.8 && r.p99Ratio <= 2 ? "yes" : "no";
  console.log(
    `${pad(r.file, 15)}${pad(num(r.ours.rps), 16)}${pad(num(r.nginx.rps), 13)}${pad(num(r.rpsRatio, 2) + "x", 8)}${pad(num(r.ours.p99_ms, 1) + " ms", 14)}${pad(num(r.nginx.p99_ms, 1) + " ms", 11)}${pad(num(r.p99Ratio, 2) + "x", 8)}${met}`,
  );
  for (const [who, res] of [["dermamap", r.ours], ["nginx", r.nginx]]) {
    if (res.errors.length) console.log(`  ${who} errors: ${res.errors.join("; ")}`);
  }
}
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/load-latest.json", JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, rows }, null, 2));
