// Leptos depends on server_fn, whose browser side brings wasm-streams; its three
// #[wasm_bindgen] classes (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource)
// are exported by the main module whether or not anything makes one, and an export keeps its
// code. The app has no server functions, so nothing hands such an object to the JS: the JS
// would wrap it (`IntoUnderlyingSource.__wrap(...)`, in an import such as
// `__wbg_new_with_into_underlying_source_<hash>`). Their exports are dropped, so wasm-opt
// removes their code (figures in tests/bench/README.md). The JS classes stay, never made.
import { EXPORT, IMPORT, readExports, readImports, readSections, writeExports, writeSections } from "./sections.mjs";

const CLASSES = ["IntoUnderlyingSource", "IntoUnderlyingSink", "IntoUnderlyingByteSource"];

/** A name as wasm-bindgen writes it in an export (`intounderlyingsource`). */
const lower = (cls) => cls.toLowerCase();
/** Whether an export is one of the classes' methods or their `free`. */
const belongsTo = (field, cls) => field.startsWith(`${lower(cls)}_`) || field === `__wbg_${lower(cls)}_free`;
/** Whether an import's name names the class, however it is cut (`into_underlying_source`). */
const names = (field, cls) => field.replace(/_/g, "").toLowerCase().includes(lower(cls));

/**
 * The wasm without the exports of those classes, and their names. If the JS wraps one, or an
 * import names one, the wasm as it is, with the reason (`kept`).
 */
export function dropUnreachableExports(wasm, js) {
  const wrapped = CLASSES.filter((cls) => js.includes(`${cls}.__wrap(`));
  if (wrapped.length) return { wasm, dropped: [], kept: `the JS makes ${wrapped.join(", ")}` };
  const sections = readSections(wasm);
  const imports = readImports(sections.find((s) => s.id === IMPORT)?.body ?? Buffer.from([0]));
  const made = imports.filter((i) => CLASSES.some((cls) => names(i.field, cls)));
  if (made.length) return { wasm, dropped: [], kept: `an import names a stream class (${made.map((i) => i.field).join(", ")})` };
  const section = sections.find((s) => s.id === EXPORT);
  if (!section) return { wasm, dropped: [], kept: "the module exports nothing" };
  const exports = readExports(section.body);
  const dropped = exports.filter((e) => CLASSES.some((cls) => belongsTo(e.field, cls))).map((e) => e.field);
  section.body = writeExports(exports.filter((e) => !dropped.includes(e.field)));
  return { wasm: writeSections(sections), dropped };
}
