// Leptos depends on server_fn, whose browser side brings wasm-streams; its three
// #[wasm_bindgen] classes (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource)
// are exported by the main module whether or not anything makes one, and an export keeps its
// code. The app has no server functions: nothing in the wasm hands such an object to the JS
// (that would be an import wrapping it, `__wbg_<class>_new`). Their exports are dropped, so
// wasm-opt removes their code (about 1.2 KiB br). The JS classes stay, never made.
import { EXPORT, IMPORT, readExports, readImports, readSections, writeExports, writeSections } from "./sections.mjs";

const CLASSES = ["intounderlyingsource", "intounderlyingsink", "intounderlyingbytesource"];

/** Whether an export is one of the classes' methods or their `free`. */
const belongsTo = (field, cls) => field.startsWith(`${cls}_`) || field === `__wbg_${cls}_free`;

/**
 * The wasm without the exports of those classes, and their names. If an import could make
 * one, the wasm as it is, with the reason (`kept`).
 */
export function dropUnreachableExports(wasm) {
  const sections = readSections(wasm);
  const imports = readImports(sections.find((s) => s.id === IMPORT)?.body ?? Buffer.from([0]));
  const made = imports.filter((i) => CLASSES.some((cls) => i.field.includes(cls)));
  if (made.length) return { wasm, dropped: [], kept: `the wasm can make a stream class (${made.map((i) => i.field).join(", ")})` };
  const section = sections.find((s) => s.id === EXPORT);
  if (!section) return { wasm, dropped: [], kept: "the module exports nothing" };
  const exports = readExports(section.body);
  const dropped = exports.filter((e) => CLASSES.some((cls) => belongsTo(e.field, cls))).map((e) => e.field);
  section.body = writeExports(exports.filter((e) => !dropped.includes(e.field)));
  return { wasm: writeSections(sections), dropped };
}
