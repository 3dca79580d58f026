// Trunk's index.html is the template of every prerendered page (prerender/src/template.rs), so
// what it carries is sent with each of them: its inline scripts, with their comments, and the
// whole stylesheet (Trunk inlines public/style.css as written). The post-build step minifies
// both with esbuild (pinned in package.json), and drops the authors' HTML comments, before the
// prerender reads the template. CSP hashes are taken from the built pages (server/src/csp.rs),
// so they follow. Figures in tests/bench/README.md.
import { transformSync } from "esbuild";

/** A `<script>` or `<style>` element with a body: its attributes and its text. */
const ELEMENT = (tag) => new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g");

/** An author's comment, `<!-- ... -->` with a space: not a marker such as `<!--HEAD-->`. */
const COMMENT = /<!--\s[\s\S]*?-->/g;

/** The template with its inline scripts and stylesheets minified and its comments dropped. */
export function minifyTemplate(html) {
  // Comments first, outside the scripts and styles only: none of those holds "<!-- ".
  const parts = html.split(/(<(?:script|style)[\s\S]*?<\/(?:script|style)>)/);
  const text = parts.map((part, i) => (i % 2 === 0 ? part.replace(COMMENT, "") : part)).join("");
  return text
    .replace(ELEMENT("script"), (element, attrs = "", body) => {
      if (/\ssrc=/.test(attrs) || !body.trim()) return element;
      const module = /\stype=["']?module/.test(attrs);
      const code = transformSync(body, { minify: true, format: module ? "esm" : undefined, target: "es2022", legalComments: "none" }).code.trim();
      return `<script${attrs}>${code}</script>`;
    })
    .replace(ELEMENT("style"), (_, attrs = "", body) => {
      const css = transformSync(body, { loader: "css", minify: true, legalComments: "none" }).code.trim();
      return `<style${attrs}>${css}</style>`;
    });
}
