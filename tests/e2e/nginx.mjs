// Starts Debian's nginx with the repo's own configs (deploy/nginx/) on a free port, for the
// end-to-end tests: the placeholders (/srv/dermamap/dist, the listen port) are replaced and
// everything nginx writes goes under a temporary prefix.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const NGINX = "/usr/sbin/nginx";
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** nginx serving `dist` with deploy/nginx/<site>; resolves to { url, child, prefix }. */
export async function startNginx(site, dist = "dist") {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`make setup-browsers\` (scripts/setup.sh --browsers)`);
  const prefix = mkdtempSync(join(tmpdir(), "dermamap-nginx-"));
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(prefix, d));
  const port = await freePort();
  const conf = readFileSync(`deploy/nginx/${site}`, "utf8")
    .replaceAll("/srv/dermamap/dist", resolve(dist))
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`);
  writeFileSync(join(prefix, "site.conf"), conf);
  const root = process.getuid && process.getuid() === 0 ? "user root root;\n" : "";
  writeFileSync(
    join(prefix, "nginx.conf"),
    `${root}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${existsSync(BROTLI) ? `load_module ${BROTLI};` : ""}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const child = spawn(NGINX, ["-c", join(prefix, "nginx.conf"), "-p", prefix], { stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${readFileSync(join(prefix, "error.log"), "utf8")}`);
    try {
      await fetch(`${url}/`);
      return { url, child, prefix };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error("nginx did not start");
}
