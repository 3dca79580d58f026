// wasm-bindgen exports each closure's call shim under its Rust type spelled out
// (`wasm_bindgen_<hash>___convert__closures_____invoke___js_sys_<hash>___Function_fn_...`, up
// to about 330 characters), and its JS calls each by that name (`wasm.<name>(...)`). They are
// renamed to short names (`c0`, `c1`, ...) in both: the main module's export section and its
// JS, on every first visit (figures in tests/bench/README.md). The chunks of the split import
// only the memory, the table and the shared global from the main module, never these.
import { EXPORT, readExports, readSections, writeExports, writeSections } from "./sections.mjs";
import { escape } from "./short-imports.mjs";

/** A closure's call shim, as wasm-bindgen names its export. */
export const CLOSURE_SHIM = /^wasm_bindgen_[0-9a-f]+___convert__closures_/;

/** A closure's call shim, as the main module exports it after the renaming. */
export const SHORT_SHIM = /^c\d+$/;

/**
 * The wasm and its JS with the closures' shims exported under short names. Throws if the JS
 * does not call a shim by its name exactly once, or if a short name is taken, so the two
 * never disagree.
 */
export function shortClosureExports(wasm, js) {
  const sections = readSections(wasm);
  const section = sections.find((s) => s.id === EXPORT);
  if (!section) throw new Error("short-exports: the module exports nothing");
  const exports = readExports(section.body);
  const taken = new Set(exports.map((e) => e.field));
  let count = 0;
  let out = js;
  const renamed = exports.map((entry) => {
    if (!CLOSURE_SHIM.test(entry.field)) return entry;
    const field = `c${count++}`;
    if (taken.has(field)) throw new Error(`short-exports: the module already exports ${field}`);
    // A property access of the whole name: one shim's name can begin another's.
    const call = new RegExp(`\\.${escape(entry.field)}(?![\\w$])`, "g");
    const found = out.match(call) ?? [];
    if (found.length !== 1) throw new Error(`short-exports: the JS calls ${JSON.stringify(entry.field)} ${found.length} times, not once (wasm-bindgen's output changed?)`);
    out = out.replace(call, `.${field}`);
    return { ...entry, field };
  });
  section.body = writeExports(renamed);
  return { wasm: writeSections(sections), js: out, renamed: count };
}
