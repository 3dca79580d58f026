// Starts dermamap-server twice on free ports: at the root and under /guide/ (sub-path
// hosting), and nginx with the repo's configs (deploy/nginx/) the same two ways. Their URLs
// reach the tests through the environment.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { startNginx } from "./nginx.mjs";

const SERVER = "target/release/dermamap-server";

export function startServer(args = [], dir = "dist") {
  return new Promise((resolve, reject) => {
    const child = spawn(SERVER, ["--dir", dir, "--addr", "127.0.0.1:0", ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/on (http:\/\/[^\s]+?)\/?\s/);
      if (m) resolve({ url: m[1], child });
    });
    child.on("exit", (code) => reject(new Error(`dermamap-server exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`dermamap-server did not start: ${out}`)), 10_000);
  });
}

export default async function globalSetup() {
  for (const f of [SERVER, "dist/index.html"]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`make build server\` first`);
  }
  const root = await startServer();
  const sub = await startServer(["--base", "/guide/"]);
  const nginxRoot = await startNginx("dermamap.conf");
  const nginxGuide = await startNginx("dermamap-guide.conf");
  process.env.DERMAMAP_URL = root.url;
  process.env.DERMAMAP_GUIDE_URL = `${sub.url}/guide`;
  process.env.DERMAMAP_NGINX_URL = nginxRoot.url;
  process.env.DERMAMAP_NGINX_GUIDE_URL = `${nginxGuide.url}/guide`;
  return async () => {
    for (const s of [root, sub, nginxRoot, nginxGuide]) s.child.kill();
  };
}
