// The post-build step's minified template (scripts/page-template.mjs), on the real index.html
// and on small pages: run by `make test-host` (`node --test tests/scripts/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { minifyTemplate } from "../../scripts/page-template.mjs";

const index = readFileSync(new URL("../../index.html", import.meta.url), "utf8");
const scripts = (html) => [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[2]);

test("comments go, markers and the page's texts stay byte for byte", () => {
  const page = `<head><!--HEAD--><style>a { color: red; }</style></head><body>\n<!-- the authors' note\n on two lines -->\n<div id="boot"></div><noscript><p>text</p></noscript></body>`;
  const out = minifyTemplate(page);
  assert.ok(!out.includes("authors' note"));
  assert.ok(out.includes("<!--HEAD-->"));
  assert.ok(out.includes(`<div id="boot"></div><noscript><p>text</p></noscript>`));

  // The real template: what the prerender looks for (its boot slot, the <noscript> text and
  // the stopped note it translates) is untouched; the prerender refuses a template without
  // them, so a build would stop here too.
  const real = minifyTemplate(index);
  for (const kept of [
    `<div id="boot"></div>`,
    index.match(/<noscript>[\s\S]*?<\/noscript>/)[0],
    index.match(/<div id="stopped"[\s\S]*?<\/button><\/div><\/div>/)[0],
  ]) {
    assert.ok(real.includes(kept), kept);
  }
  assert.ok(!/<!--\s/.test(real), "no author's comment left");
  assert.ok(real.length < index.length);
});

test("inline scripts lose their comments and still run; scripts with src are left alone", () => {
  const original = scripts(index);
  const minified = scripts(minifyTemplate(index));
  assert.equal(minified.length, original.length);
  assert.ok(original[0].includes("// The build is relative"));
  assert.ok(!minified[0].includes("//") || !minified[0].includes("The build is relative"));
  assert.ok(minified[0].length < original[0].length / 2, "comments and spaces gone");

  // The first script runs as before: it sets <base> for a page under /guide/map/nape and
  // listens for the app stopping.
  const appended = [];
  const listeners = [];
  const document = {
    documentElement: { classList: { add() {} }, setAttribute() {} },
    querySelector: () => null,
    createElement: () => ({}),
    head: { appendChild: (el) => appended.push(el) },
  };
  const context = {
    document,
    location: { pathname: "/guide/map/nape", search: "", href: "https://example.org/guide/map/nape", origin: "https://example.org" },
    URL,
    addEventListener: (type) => listeners.push(type),
  };
  vm.runInNewContext(minified[0], context);
  assert.equal(appended[0].href, "/guide/");
  assert.deepEqual(listeners, ["error", "unhandledrejection"]);

  // A page the device fills in is marked for the stylesheet: aftercare with saved plans.
  const marked = [];
  const at = (pathname, search, stored) => {
    marked.length = 0;
    vm.runInNewContext(minified[0], {
      ...context,
      document: { ...document, documentElement: { classList: { add() {} }, setAttribute: (name) => marked.push(name) } },
      location: { ...context.location, pathname, search },
      localStorage: { getItem: (key) => stored[key] ?? null },
    });
    return [...marked];
  };
  assert.deepEqual(at("/guide/aftercare", "", { "dermamap.aftercare": "{}" }), ["data-fills-in"]);
  assert.deepEqual(at("/guide/de/aftercare", "", {}), []);
  assert.deepEqual(at("/guide/es/estimator", "?procedure=dermal", {}), ["data-fills-in"]);
  assert.deepEqual(at("/guide/estimator", "", { "dermamap.aftercare": "{}" }), []);
  assert.deepEqual(at("/guide/embed", "?cur=EUR", {}), ["data-embed-settings"]);

  const page = `<script src="app.js"></script><script type="module">\n// a comment\nawait import("./x.js");\n</script>`;
  const out = minifyTemplate(page);
  assert.ok(out.startsWith(`<script src="app.js"></script>`));
  assert.ok(out.includes(`<script type="module">await import("./x.js");</script>`), out);
});

test("the stylesheet is minified, its rules kept", () => {
  const out = minifyTemplate(`<style>/* a note */\n.stopped:not([hidden]) {\n  display: flex;\n}\n@media print { .stopped { display: none !important; } }\n</style>`);
  assert.equal(out, `<style>.stopped:not([hidden]){display:flex}@media print{.stopped{display:none!important}}</style>`);
});
