// The one definition of a content-hashed file name, as Trunk writes them:
// `name-<hash>.js`, `name-<hash>_bg.wasm`, `name-<hash>.css`, where the name is not empty and
// the hash is Trunk's u64 content hash in hex without leading zeros (8-16 digits), and as the
// prerender names a language's text: `lang/es-<hash>.json`, `lang/es.pages-<hash>.json`
// (dermamap_core::locale::Part). Hashed files never change under their name, so they are
// cached for good.
//
// Used by the build scripts, written into the service worker by scripts/precache.mjs, read
// by the tests; dermamap-server's `has_trunk_hash` is checked against it by a host test
// (server/src/headers.rs).

/** A whole file name (or path) that is content-hashed. */
export const HASHED = /(?:^|\/)[^/]+-[0-9a-fA-F]{8,16}(_bg)?\.(wasm|json|js|css)$/;

/** Hashed file names inside a text such as index.html, with their folders below the page's
 * base (`lang/es-<hash>.json`), never `../` (global: use with matchAll). `json` comes before
 * `js` in HASHED's extensions, or a `.json` would be read as a `.js` here, unanchored. */
export const HASHED_IN_TEXT = new RegExp(
  HASHED.source.replace("(?:^|\\/)[^/]+", "(?:[\\w-]+\\/)*[\\w.-]+").replace(/\$$/, ""),
  "g",
);
