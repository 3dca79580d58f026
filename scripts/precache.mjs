// The service worker's precache list, generated from a finished build (dist/ or Trunk's
// staging dir). Used by scripts/post-build.mjs after every build and by the update test
// (tests/e2e/pwa.spec.mjs) to re-version a modified copy of dist/.
//
// writePrecache(dir):
//   - lists every file the app needs offline: the hashed wasm/js/css, index.html, the
//     manifest, icons... (not the .br/.gz twins, _headers, sw.js or precache.json);
//   - versions the list with a hash of every listed file's name and contents;
//   - writes dir/precache.json ({ version, files }) for tools and people to read;
//   - writes the list, version and languages into dir/sw.js between its PRECACHE markers, so each
//     new build changes sw.js byte for byte and browsers install the new worker, with the
//     hashed-name patterns of scripts/hashed-name.mjs and LANG_FILE below (a worker script
//     cannot import).
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createHash } from "node:crypto";
import { HASHED, HASHED_IN_TEXT } from "./hashed-name.mjs";

const EXCLUDED = new Set(["_headers", "sw.js", "precache.json"]);

/** Every file below d (absolute paths). */
export function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** A language's text, as the prerender names its two parts (dermamap_core::locale::Part):
 * lang/<code>-<version>.json and lang/<code>.pages-<version>.json; group 1 is the language,
 * group 2 ".pages" for the second part. Written into the service worker too. */
export const LANG_FILE = /^lang\/([a-z]{2})(\.pages)?-[0-9a-f]{16}\.json$/;

/** The languages of a build besides English: those with text (the first part of it, written
 * by the prerender with their pages under <code>/). */
export function languages(files) {
  return files.flatMap((f) => {
    const m = LANG_FILE.exec(f);
    return m && !m[2] && m[1] !== "en" ? [m[1]] : [];
  });
}

/** The files to precache (paths relative to dir, with `/`, sorted) and their version. */
export function precacheList(dir) {
  const files = walk(dir)
    .map((p) => relative(dir, p).split(sep).join("/"))
    .filter((f) => !/\.(br|gz)$/.test(f) && !EXCLUDED.has(f) && !f.split("/").some((s) => s.startsWith(".")))
    .sort();
  const h = createHash("sha256");
  for (const f of files) {
    h.update(`${f}\0${createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")}\n`);
  }
  return { version: h.digest("hex").slice(0, 16), files };
}

const MARKERS = /\/\* PRECACHE:START \*\/[\s\S]*?\/\* PRECACHE:END \*\//;

/** Writes precache.json and, if dir/sw.js exists, the list into it. Returns the list. */
export function writePrecache(dir) {
  const list = precacheList(dir);
  writeFileSync(join(dir, "precache.json"), JSON.stringify(list, null, 2) + "\n");
  const swPath = join(dir, "sw.js");
  if (existsSync(swPath)) {
    const sw = readFileSync(swPath, "utf8");
    if (!MARKERS.test(sw)) throw new Error(`precache: ${swPath} has no PRECACHE:START/END markers`);
    const block = "/* PRECACHE:START */\n" +
      `const VERSION = ${JSON.stringify(list.version)};\n` +
      `const FILES = ${JSON.stringify(list.files, null, 2)};\n` +
      `const HASHED = ${HASHED};\n` +
      `const HASHED_IN_TEXT = ${HASHED_IN_TEXT};\n` +
      `const LANG_FILE = ${LANG_FILE};\n` +
      `const LANGS = ${JSON.stringify(languages(list.files))};\n` +
      "/* PRECACHE:END */";
    writeFileSync(swPath, sw.replace(MARKERS, () => block));
  }
  return list;
}
