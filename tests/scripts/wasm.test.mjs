// The post-build step's edits of the main module (scripts/wasm/), on small modules made here:
// run by `make test-host` (`node --test tests/scripts/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { name, readSections, uleb, writeSections } from "../../scripts/wasm/sections.mjs";
import { shortImports, shortName } from "../../scripts/wasm/short-imports.mjs";
import { dropUnreachableExports } from "../../scripts/wasm/unreachable-exports.mjs";
import { SHORT_SHIM, shortClosureExports } from "../../scripts/wasm/short-exports.mjs";
import { stableBuildMarks } from "../../scripts/release-wasm.mjs";

const section = (id, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), uleb(body.length), body]);
};
const vector = (items) => Buffer.concat([uleb(items.length), ...items]);

/**
 * A module importing functions `() -> ()` (`[module, field]` pairs) and exporting one
 * function, under each of `exports`, that calls every import in turn.
 */
function module(imports, exports) {
  const type = section(1, vector([Buffer.from([0x60, 0x00, 0x00])]));
  const imported = section(2, vector(imports.map(([m, f]) => Buffer.concat([name(m), name(f), Buffer.from([0x00, 0x00])]))));
  const funcs = section(3, vector([Buffer.from([0x00])]));
  const exported = section(7, vector(exports.map((e) => Buffer.concat([name(e), Buffer.from([0x00]), uleb(imports.length)]))));
  const calls = imports.flatMap((_, i) => [0x10, ...uleb(i)]);
  const body = Buffer.from([0x00, ...calls, 0x0b]);
  const code = section(10, vector([Buffer.concat([uleb(body.length), body])]));
  return Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), type, imported, funcs, exported, code]);
}

const GLUE = "./app-0123456789abcdef_bg.js";
const IMPORTS = [
  [GLUE, "__wbg_alert_0123456789abcdef"],
  ["./__wasm_split.js", "__wasm_split_load_0"],
  [GLUE, "__wbg_log_fedcba9876543210"],
];
/** The JS's import object as wasm-bindgen writes it, each function recording its call. */
const GLUE_JS = `export const calls = [];
export function imports() {
  const import0 = {
    __proto__: null,
    __wbg_alert_0123456789abcdef: function() { calls.push("alert"); },
    __wbg_log_fedcba9876543210: function() { calls.push("log"); },
  };
  return { __proto__: null, "${GLUE}": import0, "./__wasm_split.js": { __wasm_split_load_0: () => calls.push("split") } };
}`;

const load = (js) => import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`);

test("sections read and written back are the same bytes", () => {
  const wasm = module(IMPORTS, ["main"]);
  assert.deepEqual(writeSections(readSections(wasm)), wasm);
  assert.throws(() => readSections(Buffer.from("not wasm")), /not a wasm module/);
});

test("short names are distinct, and letters only", () => {
  const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
  assert.deepEqual(names.slice(0, 3), ["a", "b", "c"]);
  assert.equal(names[52], "aa");
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[A-Za-z]+$/.test(n)));
});

test("the glue's imports get short names in the wasm and the JS alike, and still link", async () => {
  const short = shortImports(module(IMPORTS, ["main"]), GLUE_JS, GLUE);
  assert.equal(short.renamed, 2);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(short.wasm));
  assert.deepEqual(imports.map((i) => [i.module, i.name]), [["a", "a"], ["./__wasm_split.js", "__wasm_split_load_0"], ["a", "b"]]);
  assert.ok(!short.js.includes("__wbg_") && !short.js.includes(GLUE), short.js);
  const glue = await load(short.js);
  const { instance } = await WebAssembly.instantiate(short.wasm, glue.imports());
  instance.exports.main();
  assert.deepEqual(glue.calls, ["alert", "split", "log"]);
});

test("a name the JS does not have once, as a key, stops the build", () => {
  const wasm = module(IMPORTS, ["main"]);
  const missing = GLUE_JS.replace("__wbg_log_fedcba9876543210:", "__wbg_log_other:");
  assert.throws(() => shortImports(wasm, missing, GLUE), /has 0 keys "__wbg_log_fedcba9876543210"/);
  const twice = GLUE_JS.replace("__proto__: null,", "__proto__: null, __wbg_log_fedcba9876543210: null,");
  assert.throws(() => shortImports(wasm, twice, GLUE), /has 2 keys/);
  assert.throws(() => shortImports(wasm, GLUE_JS, "./other_bg.js"), /nothing is imported/);
});

test("the stream classes' exports go, unless the JS or an import can make one", () => {
  const exports = ["main", "intounderlyingsource_pull", "__wbg_intounderlyingsink_free", "intounderlyingbytesource_type", "intounderlying"];
  const dropped = dropUnreachableExports(module(IMPORTS, exports), GLUE_JS);
  assert.deepEqual(dropped.dropped, exports.slice(1, 4));
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(dropped.wasm)).map((e) => e.name), ["main", "intounderlying"]);

  const keeps = (wasm, js, reason) => {
    const kept = dropUnreachableExports(wasm, js);
    assert.deepEqual(kept.dropped, []);
    assert.match(kept.kept, reason);
    assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(kept.wasm)).map((e) => e.name), exports);
  };
  // wasm-bindgen 0.2.130 names wasm-streams' constructor import with the underscores of its
  // Rust name, and the JS wraps the object it returns.
  const maker = [...IMPORTS, [GLUE, "__wbg_new_with_into_underlying_source_10a8d5a6b1c2d3e4"]];
  keeps(module(maker, exports), GLUE_JS, /into_underlying_source/);
  const wrapping = GLUE_JS.replace('calls.push("log");', 'return IntoUnderlyingSource.__wrap(0);');
  keeps(module(IMPORTS, exports), wrapping, /the JS makes IntoUnderlyingSource/);
});

test("a release wasm's marks of a build without the release flags", () => {
  assert.deepEqual(stableBuildMarks(module(IMPORTS, ["main"])), []);
  const withPanic = Buffer.concat([module(IMPORTS, ["main"]), Buffer.from("panicked at ")]);
  assert.deepEqual(stableBuildMarks(withPanic), [`std's panic message ("panicked at")`]);
  const withPath = Buffer.from("\0/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/leptos-0.8.23/src/lib.rs\0");
  assert.equal(stableBuildMarks(withPath).length, 1);
  assert.match(stableBuildMarks(withPath)[0], /source path of a panic location .*leptos-0\.8\.23\/src\/lib\.rs/);
});

// Two shims whose names begin alike, as wasm-bindgen writes them (`..._true_` and
// `..._true__1_`), and an export that is not a shim.
const SHIM = "wasm_bindgen_c34b4271e9442965___convert__closures_____invoke_______true_";
const SHIM_1 = `${SHIM}_1_`;
const SHIMS_JS = `export function run(wasm) {
  const calls = [];
  calls.push(wasm.${SHIM_1}());
  calls.push(wasm.${SHIM}());
  calls.push(wasm.main());
  return calls;
}`;

test("the closures' shims get short names in the wasm and the JS alike, and still run", async () => {
  const short = shortClosureExports(module([], [SHIM, SHIM_1, "main"]), SHIMS_JS);
  assert.equal(short.renamed, 2);
  assert.ok(!short.js.includes("convert__closures"), short.js);
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(short.wasm)).map((e) => e.name);
  assert.deepEqual(exports, ["c0", "c1", "main"]);
  assert.deepEqual(exports.map((e) => SHORT_SHIM.test(e)), [true, true, false]);
  const { instance } = await WebAssembly.instantiate(short.wasm, {});
  const { run } = await load(short.js);
  assert.deepEqual(run(instance.exports), [undefined, undefined, undefined]);
  assert.match(short.js, /wasm\.c1\(\)[\s\S]*wasm\.c0\(\)/);
});

test("a shim the JS does not call once by its name stops the build", () => {
  const wasm = module([], [SHIM, "main"]);
  assert.throws(() => shortClosureExports(wasm, "export const x = 1;"), /calls "wasm_bindgen_c34b[^"]*" 0 times/);
  assert.throws(() => shortClosureExports(wasm, `wasm.${SHIM}(); wasm.${SHIM}();`), /2 times/);
  assert.throws(() => shortClosureExports(module([], [SHIM, "c0"]), `wasm.${SHIM}();`), /already exports c0/);
});
