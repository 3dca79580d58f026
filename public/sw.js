// Dermamap service worker: the app works offline, and updates only when the person agrees.
// Plain JavaScript, no libraries. All URLs are relative to the registration's scope, so the
// same file works at a domain root and under a sub-path such as /guide/.
//
// - install: caches the files of this build (the list below) that the person needs: the
//   shared ones (wasm, scripts, icons, the shell) and the pages and text of the languages
//   being read (those of the open pages; a page later reports its own with CACHE_LANG, so
//   a language switched to is kept for offline use too), never all three. Never skipWaiting() here: a
//   new worker waits until the page's "A new version is ready" notice posts SKIP_WAITING,
//   or until every page of the old version is closed. Pages never mix versions.
// - activate: deletes this scope's caches of older builds, then controls open pages.
// - fetch: files of the build come from the cache (they are content-hashed or belong to
//   this version); a navigation in scope gets its prerendered page (/, /map/nape,
//   /estimator: map/nape/index.html is cached under its address), else the network, and
//   offline the same page in a language that is kept, else the build's 404.html (or
//   index.html for a build without one); the network is only used for what is not cached.

// Written by scripts/precache.mjs after every build: the version, the files to cache and
// the content-hashed file name patterns (scripts/hashed-name.mjs).
/* PRECACHE:START */
const VERSION = "dev";
const FILES = [];
const HASHED = /$^/;
const HASHED_IN_TEXT = /$^/g;
const LANG_FILE = /$^/;
const LANGS = [];
/* PRECACHE:END */

const SCOPE = self.registration.scope; // "https://host/" or "https://host/guide/"
const PREFIX = `dermamap:${SCOPE}:`; // caches are per origin: keep other scopes' caches
const CACHE = PREFIX + VERSION;
// index.html is fetched as the server answers the scope URL itself, so it carries the
// <base href> that dermamap-server injects for this sub-path.
const SHELL = SCOPE;
const MATCH = { ignoreVary: true };

// A prerendered page is cached under its address ("map/nape/index.html" as .../map/nape),
// which is how navigations ask for it and how the server answers it.
const urlOf = (file) =>
  file === "index.html" ? SHELL : new URL(file.replace(/\/index\.html$/, ""), SCOPE).href;
const NOT_FOUND = new URL("404.html", SCOPE).href;

// Which language a file belongs to: "es" for es/... and its text's two parts (LANG_FILE:
// lang/es-<version>.json, lang/es.pages-<version>.json), "en" for the English pages
// (map/nape/index.html...) and English text, null for what every language needs (the root
// index.html is also the shell, 404.html the fallback of any address).
function langOfFile(file) {
  const code = (/^([a-z]{2})\//.exec(file) || LANG_FILE.exec(file) || [])[1];
  if (code && (code === "en" || LANGS.includes(code))) return code;
  if (file.endsWith(".html") && file !== "index.html" && file !== "404.html") return "en";
  return null;
}

// The language of a page's address under this scope ("https://host/guide/es/map" -> "es").
function langOfUrl(url) {
  const first = url.startsWith(SCOPE) ? url.slice(SCOPE.length).split(/[/?#]/)[0] : "";
  return LANGS.includes(first) ? first : "en";
}

const filesFor = (langs) => FILES.filter((f) => {
  const lang = langOfFile(f);
  return lang === null || langs.includes(lang);
});

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ includeUncontrolled: true, type: "window" });
    const langs = [...new Set(windows.map((w) => langOfUrl(w.url)))];
    await precache(filesFor(langs.length ? langs : ["en"]));
  })());
});

async function fetchAll(files) {
  return Promise.all(
    files.map(async (file) => {
      // Hashed files never change under their name; revalidate everything else.
      const res = await fetch(urlOf(file), { cache: HASHED.test(file) ? "default" : "no-cache" });
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
      // A redirected response may not answer a navigation: keep only its body and headers.
      return [file, res.redirected ? new Response(await res.blob(), res) : res];
    }),
  );
}

// A language's pages and text, added to this version's cache when a page in it runs.
async function cacheLang(lang) {
  if (!(lang === "en" || LANGS.includes(lang))) return;
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const file of FILES.filter((f) => langOfFile(f) === lang)) {
    if (!(await cache.match(urlOf(file), MATCH))) missing.push(file);
  }
  const fetched = await fetchAll(missing);
  await Promise.all(fetched.map(([file, res]) => cache.put(urlOf(file), res)));
}

async function precache(files) {
  try {
    const fetched = await fetchAll(files);
    // If the site was redeployed while this ran, index.html names other files: give up,
    // the browser retries the install on a later visit.
    const shell = fetched.find(([file]) => file === "index.html");
    if (shell) {
      const html = await shell[1].clone().text();
      for (const [name] of html.matchAll(HASHED_IN_TEXT)) {
        if (!FILES.includes(name)) throw new Error(`index.html names ${name}, not in this build`);
      }
    }
    const cache = await caches.open(CACHE);
    await Promise.all(fetched.map(([file, res]) => cache.put(urlOf(file), res)));
  } catch (err) {
    await caches.delete(CACHE);
    throw err; // the install fails; the old worker (if any) stays in charge
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      // Take the pages of a first install (they are already this build or run from the
      // network). After an update, pages of the old version reload themselves.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  // Sent by the page when the person chooses "Reload" in the update notice.
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
  // Sent by every page once it runs: its language stays available offline.
  if (event.data && event.data.type === "CACHE_LANG" && typeof event.data.lang === "string") {
    event.waitUntil(cacheLang(event.data.lang).catch(() => {}));
  }
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(SCOPE) || FILES.length === 0) return;
  event.respondWith(respond(req));
});

// The address of the page at `page` in another language whose pages this device keeps, if
// any ("https://host/es/map/nape" -> "https://host/map/nape" where English is kept): the
// language of the page the link was on first, then English, then the others.
async function samePageKept(cache, page, referrer) {
  if (!page.startsWith(SCOPE)) return null;
  const path = page.slice(SCOPE.length);
  const lang = langOfUrl(page);
  const rest = lang === "en" ? path : path.slice(lang.length).replace(/^\//, "");
  const from = referrer && referrer.startsWith(SCOPE) ? [langOfUrl(referrer)] : [];
  for (const other of new Set([...from, "en", ...LANGS])) {
    if (other === lang) continue;
    // English "/" is the shell, which every language keeps: only a page of English counts.
    if (other === "en" && rest === "") continue;
    const url = other === "en" ? new URL(rest, SCOPE).href : new URL(rest ? `${other}/${rest}` : other, SCOPE).href;
    if (await cache.match(url, MATCH)) return url;
  }
  return null;
}

async function respond(req) {
  const cache = await caches.open(CACHE);
  if (req.mode === "navigate") {
    const url = new URL(req.url);
    url.search = "";
    url.hash = "";
    // The page at this address (or a file of the build opened directly); else the network
    // (a page of a language not kept here, an unknown address); offline, the build's
    // not-found page, which the app turns into the right page if the route exists.
    const page = url.href === SHELL ? SHELL : url.href.replace(/\/$/, "");
    const hit = await cache.match(page, MATCH);
    if (hit) return hit;
    try {
      return await fetch(req);
    } catch (err) {
      // Offline, and the page is not kept in this language: the same page in a language
      // that is kept (see samePageKept), rather than a not-found page for a page that exists.
      const kept = await samePageKept(cache, page, req.referrer);
      if (kept) return Response.redirect(kept + new URL(req.url).search, 302);
      return (await cache.match(NOT_FOUND, MATCH)) || (await cache.match(SHELL, MATCH)) || Promise.reject(err);
    }
  }
  return (await cache.match(req, MATCH)) || fetch(req);
}
