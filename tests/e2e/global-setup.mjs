// Starts dermamap-server twice on free ports: at the root and under /guide/ (sub-path
// hosting). Their URLs reach the tests through the environment.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

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
  process.env.DERMAMAP_URL = root.url;
  process.env.DERMAMAP_GUIDE_URL = `${sub.url}/guide`;
  return async () => {
    root.child.kill();
    sub.child.kill();
  };
}
