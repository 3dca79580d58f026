// Trunk post_build hook: runs on the staged files that become dist/.
// Splits the wasm, minifies index.html's inline scripts and stylesheet, then renders every
// page to HTML (dermamap-prerender, built by `make build` and `make dev` before Trunk runs):
// each address gets its own index.html, plus 404.html,
// sitemap.xml and robots.txt, all precached and precompressed below like the rest.
// Precompresses text and wasm assets (brotli and gzip) so the production server sends them
// without compressing per request.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { walk, writePrecache } from "./precache.mjs";
import { splitWasm } from "./split-wasm.mjs";
import { stableBuildMarks } from "./release-wasm.mjs";
import { minifyTemplate } from "./page-template.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const compressible = /\.(wasm|js|mjs|css|html|json|webmanifest|svg|txt|ics)$/;


{
  // The wasm split by route (index.html builds with the `split` feature; debug builds too,
  // or their lazy routes would have no chunks to load).
  const linked = join(process.env.CARGO_TARGET_DIR || "target", "wasm32-unknown-unknown", release ? "release" : "debug", "dermamap.wasm");
  try {
    const split = splitWasm(dir, linked);
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`post-build: wasm split: main ${kib(split.main)}, ${split.chunks.length} chunks (${split.chunks.map((c) => kib(c.bytes)).join(", ")})`);
    console.log(`post-build: main module: ${split.shortImports} imports and ${split.shortExports} closure exports under short names; exports dropped: ${split.dropped.join(", ") || `none (${split.kept})`}`);
  } catch (e) {
    console.error(`post-build: splitting the wasm failed: ${e.message}`);
    process.exit(1);
  }
}

if (release) {
  // The release is built by `make build`, with the pinned nightly's flags; refuse one that was not.
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".wasm"))) {
    const marks = stableBuildMarks(readFileSync(join(dir, name)));
    if (marks.length) {
      console.error(`post-build: ${name} was built without the release wasm's flags (it has ${marks.join(", ")}): build the release with \`make build\` (Makefile, RELEASE_WASM_ENV)`);
      process.exit(1);
    }
  }
}

{
  // The template every page is written from, without comments and with its scripts and
  // stylesheet minified: each page carries them (scripts/page-template.mjs).
  const template = join(dir, "index.html");
  const before = readFileSync(template, "utf8");
  const after = minifyTemplate(before);
  writeFileSync(template, after);
  console.log(`post-build: index.html ${before.length} -> ${after.length} bytes (scripts and stylesheet minified)`);
}

{
  // Debug builds too: the pages, and each language's text (the wasm carries none), split by
  // the main module just written: lang/<code>.json, which the app loads before it starts, and
  // lang/<code>.pages.json, loaded with the other pages' code.
  const bin = process.env.DERMAMAP_PRERENDER || "target/release/dermamap-prerender";
  if (!existsSync(bin)) {
    console.error(`post-build: ${bin} is missing: build with \`make build\` or \`make dev\` (they build the prerender first)`);
    process.exit(1);
  }
  const run = spawnSync(bin, ["--dist", dir], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`post-build: the prerender failed (${run.error?.message ?? `exit ${run.status}`})`);
    process.exit(1);
  }
}

// dist/_headers (static hosts) is written after the build by dermamap-server --write-headers,
// which computes the Content-Security-Policy the same way it serves it.

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
