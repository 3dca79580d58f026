// Splits the app's wasm by route (issue 17): the pages other than the map are lazy routes
// (src/pages/lazy_routes.rs, the `split` feature); wasm-split moves each one's code into its
// own chunk, loaded when the route opens or is prefetched. Runs in Trunk's post-build hook
// (scripts/post-build.mjs) on the staged dist, before the prerender, precache and compression:
//
// 1. wasm-split-cli on the wasm cargo linked (with --emit-relocs, .cargo/config.toml): the
//    main module, the chunks and their loader (__wasm_split.js);
// 2. wasm-bindgen on the main module, as Trunk ran it, keeping the exports the chunks link
//    to, under Trunk's file names (its loader script in index.html names them); then the
//    exports nothing can reach dropped (scripts/wasm/unreachable-exports.mjs), the imports
//    from the JS and the closures' exports under short names (scripts/wasm/short-imports.mjs,
//    short-exports.mjs);
// 3. wasm-opt -Oz on the main module and every chunk;
// 4. the loader requests each module in a task of its own (`requestsInTurn`); the main
//    module's JS and the loader are minified (esbuild, pinned in package.json);
// 5. every chunk and the loader get a content-hashed name (scripts/hashed-name.mjs), so
//    servers cache them for good like Trunk's own files, and the references follow; the main
//    module's JS and wasm, whose bytes the split changed after Trunk named them, are renamed
//    by what is served (mainHash), in index.html too.
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { shortClosureExports } from "./wasm/short-exports.mjs";
import { shortImports } from "./wasm/short-imports.mjs";
import { dropUnreachableExports } from "./wasm/unreachable-exports.mjs";

const WASM_OPT_FEATURES = [
  "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.error?.message ?? `exit ${r.status}`}`);
}

/** A 16-hex-digit content hash, the length Trunk uses. */
const hashOf = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

/** How the main module's JS imports the loader (as wasm-split writes it, or renamed;
 * minified or not). */
const LOADER_IMPORT = /from\s*['"]\.\/__wasm_split(?:-[0-9a-f]+)?\.js['"]/g;

/** The main module's wasm as its JS names it (either quote: the minifier picks one). */
const WASM_NAME = /(['"])dermamap-[0-9a-f]+_bg\.wasm\1/g;

/** The main module's JS as the loader imports it (as wasm-split writes it, or renamed). */
const MAIN_JS_IMPORT = /(['"])\.\/(?:main|dermamap-[0-9a-f]+)\.js\1/g;

/** An ES module, minified: what the browser parses is smaller, the same code. */
export function minify(code) {
  return transformSync(code, { minify: true, format: "esm", target: "es2022", legalComments: "none", charset: "utf8" }).code;
}

/**
 * The hash in the main module's served names (`dermamap-<hash>.js` and `_bg.wasm`): over the
 * wasm, its JS and the loader of the chunks, which name each other (the JS the wasm, the
 * loader the JS) and the chunks by their own hashes, so a change to any piece renames both.
 * The names inside are left out (read as wasm-split and wasm-bindgen wrote them), so the hash
 * is the same before and after the renaming. Exported for the tests, which check dist/ by it.
 */
export function mainHash(wasm, js, loader) {
  const jsAsBuilt = js.replace(LOADER_IMPORT, 'from "./__wasm_split.js"').replace(WASM_NAME, "'main_bg.wasm'");
  const loaderAsBuilt = loader.replace(MAIN_JS_IMPORT, '"./main.js"');
  return hashOf(Buffer.concat([wasm, Buffer.from(jsAsBuilt), Buffer.from(loaderAsBuilt)]));
}

/** How the loader as wasm-split writes it requests a module: every one at once, in the task
 * that asks for a page (its own module and the chunks it shares with other pages). */
const MODULE_FETCH = /\bfetch\(new URL\(/g;

/**
 * The loader, with each module requested in a task of its own, in the order asked. A page
 * needs up to two dozen modules, and as many fetch() calls in one task are a long task on a
 * slow phone (24 of them took 23-80 ms at 4x CPU on this machine); one per task, none is. A
 * channel's message is a task of its own, like a zero timeout, without a timer's clamping.
 * `modules` is how many the loader must request (each chunk and page, once).
 */
export function requestsInTurn(loader, modules) {
  const found = loader.match(MODULE_FETCH)?.length ?? 0;
  if (found !== modules) throw new Error(`__wasm_split.js requests ${found} modules with fetch(new URL(...)), not ${modules}: its form changed`);
  const inTurn = `
// Added by scripts/split-wasm.mjs: each module's request in a task of its own.
const requestTurns = [];
const requestChannel = new MessageChannel();
requestChannel.port1.onmessage = () => requestTurns.shift()();
function fetchInTurn(url) {
  return new Promise((turn) => {
    requestTurns.push(turn);
    requestChannel.port2.postMessage(null);
  }).then(() => fetch(url));
}
`;
  const body = loader.replace(MODULE_FETCH, "fetchInTurn(new URL(");
  // After the imports (a module's imports come first).
  const end = body.search(/^(?!import\b).*\S/m);
  if (end < 0 || /^import\b[^;]*$/m.test(body.slice(0, end))) throw new Error("__wasm_split.js: no code after its imports, or an import over several lines: its form changed");
  return body.slice(0, end) + inTurn + body.slice(end);
}

/** Splits the wasm Trunk staged in `dir`; `linked` is cargo's unsplit wasm. Returns a summary. */
export function splitWasm(dir, linked) {
  if (!existsSync(linked)) throw new Error(`${linked} is missing (cargo's wasm for this profile)`);
  const names = readdirSync(dir);
  const wasmName = names.find((n) => /^dermamap-[0-9a-f]+_bg\.wasm$/.test(n));
  const jsName = wasmName && wasmName.replace(/_bg\.wasm$/, ".js");
  if (!wasmName || !names.includes(jsName)) throw new Error(`no dermamap-<hash>_bg.wasm and .js in ${dir}`);
  const outName = jsName.replace(/\.js$/, "");

  const tmp = mkdtempSync(join(tmpdir(), "dermamap-split-"));
  try {
    run("wasm-split-cli", [linked, join(tmp, "split")]);
    run("wasm-bindgen", [join(tmp, "split", "main.wasm"), "--out-dir", join(tmp, "bindgen"), "--out-name", outName,
      "--target", "web", "--no-typescript", "--keep-lld-exports"]);
    // The exports nothing can reach go (their code with them), and the imports from the JS
    // and the closures' exports get short names, in the wasm and the JS alike.
    const bindgen = { wasm: join(tmp, "bindgen", wasmName), js: join(tmp, "bindgen", jsName) };
    const glue = readFileSync(bindgen.js, "utf8");
    const trimmed = dropUnreachableExports(readFileSync(bindgen.wasm), glue);
    const short = shortImports(trimmed.wasm, glue, `./${outName}_bg.js`);
    const shims = shortClosureExports(short.wasm, short.js);
    writeFileSync(bindgen.wasm, shims.wasm);
    writeFileSync(bindgen.js, shims.js);
    run("wasm-opt", ["-Oz", ...WASM_OPT_FEATURES, bindgen.wasm, "-o", join(dir, wasmName)]);

    // The chunks, optimised and named by their content.
    let loader = readFileSync(join(tmp, "split", "__wasm_split.js"), "utf8");
    const chunks = readdirSync(join(tmp, "split")).filter((n) => n.endsWith(".wasm") && n !== "main.wasm");
    const renamed = [];
    for (const chunk of chunks) {
      const optimised = join(tmp, `opt-${chunk}`);
      run("wasm-opt", ["-Oz", ...WASM_OPT_FEATURES, join(tmp, "split", chunk), "-o", optimised]);
      const bytes = readFileSync(optimised);
      const stem = chunk.replace(/\.wasm$/, "").replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40);
      const name = `${stem}-${hashOf(bytes)}.wasm`;
      renameSync(optimised, join(dir, name));
      const ref = `"./${chunk}"`;
      if (!loader.includes(ref)) throw new Error(`__wasm_split.js does not name ${chunk}`);
      loader = loader.split(ref).join(`"./${name}"`);
      renamed.push({ name, bytes: bytes.length });
    }
    // The main module's JS imports the loader by the name wasm-split gave it, and the loader
    // imports the main module's `initSync` from the JS next to it.
    const js = minify(readFileSync(join(tmp, "bindgen", jsName), "utf8"));
    loader = minify(requestsInTurn(loader, chunks.length));
    if (!js.match(LOADER_IMPORT)) throw new Error(`${jsName} does not import ./__wasm_split.js`);
    const wasmRefs = js.match(WASM_NAME) ?? [];
    if (wasmRefs.length === 0 || wasmRefs.some((r) => r.slice(1, -1) !== wasmName)) throw new Error(`${jsName} does not name ${wasmName}`);
    if ((loader.match(MAIN_JS_IMPORT) ?? []).length === 0) throw new Error("__wasm_split.js does not import ./main.js");
    // Trunk named the main module's JS and wasm by what it built; the split changed both, so
    // they are renamed by what is served (mainHash), and the names that point at them follow.
    const mainWasm = readFileSync(join(dir, wasmName));
    const stem = `dermamap-${mainHash(mainWasm, js, loader)}`;
    const served = { js: `${stem}.js`, wasm: `${stem}_bg.wasm` };
    loader = loader.replace(MAIN_JS_IMPORT, `"./${served.js}"`);
    const loaderName = `__wasm_split-${hashOf(loader)}.js`;
    writeFileSync(join(dir, loaderName), loader);
    writeFileSync(join(dir, served.js), js.replace(LOADER_IMPORT, `from "./${loaderName}"`).replace(WASM_NAME, `"${served.wasm}"`));
    renameSync(join(dir, wasmName), join(dir, served.wasm));
    rmSync(join(dir, jsName));
    // index.html loads them (its inline start-up script; the prerender copies it to every page).
    const index = join(dir, "index.html");
    const html = readFileSync(index, "utf8");
    if (!html.includes(jsName) || !html.includes(wasmName)) throw new Error(`index.html does not name ${jsName} and ${wasmName}`);
    writeFileSync(index, html.split(jsName).join(served.js).split(wasmName).join(served.wasm));
    return { main: mainWasm.length, chunks: renamed, loader: loaderName, ...served, shortImports: short.renamed, shortExports: shims.renamed, dropped: trimmed.dropped, kept: trimmed.kept };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
