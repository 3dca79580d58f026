// Trunk post_build hook: runs on the staged files that become dist/.
// Precompresses text and wasm assets (brotli and gzip) so the production server sends them
// without compressing per request.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { writePrecache } from "./precache.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const compressible = /\.(wasm|js|mjs|css|html|json|webmanifest|svg|txt|ics)$/;

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// Static hosts get the same headers as dermamap-server: fill the _headers template with the
// CSP hashes of index.html's inline scripts and style (they change with every build) and mark
// each content-hashed asset immutable.
const indexHtml = readFileSync(join(dir, "index.html"), "utf8");
const sha256 = (m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`;
const hashes = [...indexHtml.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(sha256);
// The stylesheet is inlined (one request fewer before the first screen paints).
const styleHashes = [...indexHtml.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(sha256);
const hashed = /-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css)$/; // Trunk drops leading zeros
try {
  const template = readFileSync(join(dir, "_headers"), "utf8");
  const immutable = walk(dir)
    .map((p) => relative(dir, p))
    .filter((p) => hashed.test(p))
    .map((p) => `/${p}\n  Cache-Control: public, max-age=31536000, immutable\n`)
    .join("");
  // Comment lines name the placeholders too: fill only the header lines.
  const filled = template
    .split("\n")
    .map((line) => (line.startsWith("#") ? line : line
      .replaceAll("SCRIPT_HASHES", hashes.join(" "))
      .replaceAll("STYLE_HASHES", styleHashes.join(" "))))
    .join("\n");
  writeFileSync(join(dir, "_headers"), filled + immutable);
} catch (e) {
  if (e.code !== "ENOENT") throw e;
}

// The service worker's precache list and version, written into precache.json and sw.js
// (before compression, so their .br/.gz twins match).
const precache = writePrecache(dir);
console.log(`post-build: precache ${precache.version}, ${precache.files.length} files`);

const files = walk(dir).filter((p) => !p.endsWith(".br") && !p.endsWith(".gz"));
for (const file of files) {
  if (!release || !compressible.test(file)) continue;
  const raw = readFileSync(file);
  writeFileSync(file + ".br", brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }));
  writeFileSync(file + ".gz", gzipSync(raw, { level: 9 }));
}
console.log(`post-build: ${files.length} files${release ? ", precompressed" : ""} in ${relative(process.cwd(), dir) || dir}`);
