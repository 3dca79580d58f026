// The main module imports about 260 functions from its wasm-bindgen JS, each by a long name
// (`__wbg_<what it calls>_<16-digit hash>`), and its module by a file name; both are written
// twice, in the wasm's import section and as keys of the JS's import object. They are renamed
// to short names in both (a, b, ..., Z, aa, ...; the module to "a"): a smaller wasm and less
// JS to parse on every first visit (figures in tests/bench/README.md).
import { IMPORT, readImports, readSections, writeImports, writeSections } from "./sections.mjs";

/** The `n`th short name: a-z, A-Z, then two letters, and so on. */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let text = "";
  let i = n;
  do {
    text = letters[i % letters.length] + text;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return text;
}

/** `text` as a regular expression that matches it literally. */
export const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces the one key `from` (an identifier or a quoted string) of an object literal in `js`. */
function renameKey(js, from, to) {
  const key = new RegExp(`([{,]\\s*)(?:${escape(from)}|(['"])${escape(from)}\\2)(\\s*:)`, "g");
  const found = js.match(key) ?? [];
  if (found.length !== 1) throw new Error(`short-imports: the JS has ${found.length} keys ${JSON.stringify(from)}, not one (wasm-bindgen's output changed?)`);
  return js.replace(key, (_, before, _quote, after) => `${before}${to}${after}`);
}

/**
 * The wasm and its JS with the imports from `module` (the JS's own file, as the wasm names
 * it) under short names. Throws if a name is not exactly one key of the JS, so the two never
 * disagree.
 */
export function shortImports(wasm, js, module) {
  const sections = readSections(wasm);
  const section = sections.find((s) => s.id === IMPORT);
  if (!section) throw new Error("short-imports: the module imports nothing");
  const imports = readImports(section.body);
  let count = 0;
  let out = js;
  const renamed = imports.map((entry) => {
    if (entry.module !== module) return entry;
    const field = shortName(count++);
    out = renameKey(out, entry.field, field);
    return { ...entry, module: "a", field };
  });
  if (count === 0) throw new Error(`short-imports: nothing is imported from ${module}`);
  out = renameKey(out, module, "a");
  section.body = writeImports(renamed);
  return { wasm: writeSections(sections), js: out, renamed: count };
}
