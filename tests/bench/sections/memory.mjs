// 4. Memory after using every tool
import { newPage, appReady, regionPoint } from "../lib/browser.mjs";
import { kib } from "../lib/common.mjs";

/** Runs in the page before any script: keeps the wasm instance's exported memory. */
export function hookWasmMemory() {
  const keep = (how) => (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    const memory = instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory && !window.__benchWasm) window.__benchWasm = { memory, how };
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep(`WebAssembly.${name}`));
    };
  }
  addEventListener("TrunkApplicationStarted", (e) => keep("TrunkApplicationStarted")({ instance: { exports: e.detail?.wasm } }));
}

export async function memorySnapshot(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => (window.__benchWasm ? { bytes: window.__benchWasm.memory.buffer.byteLength, how: window.__benchWasm.how } : null));
  return { jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, wasmMemory: wasm?.bytes ?? null, wasmMemoryFrom: wasm?.how ?? null };
}

export async function navigateInApp(page, linkText, readyTestId) {
  await page.locator("header.site-header nav a", { hasText: new RegExp(`^${linkText}$`) }).click();
  await page.getByTestId(readyTestId).waitFor();
}

export async function useEveryTool(page) {
  // Map: open a region.
  const point = await regionPoint(page, "hip");
  await page.touchscreen.tap(point.x, point.y);
  await page.getByTestId("region-details").waitFor();
  // Estimator: a dermal estimate with three anchors.
  await navigateInApp(page, "Estimator", "estimator-form");
  await page.getByTestId("procedure").selectOption("dermal");
  await page.getByTestId("region").selectOption("hip");
  await page.getByTestId("anchors").fill("3");
  await page.getByTestId("cost-total").filter({ hasText: "$150" }).waitFor();
  // Aftercare: start a plan.
  await navigateInApp(page, "Aftercare", "start-plan");
  await page.getByTestId("plan-procedure").selectOption("dermal");
  await page.getByTestId("plan-region").selectOption("hip");
  await page.getByTestId("plan-name").fill("Bench");
  await page.getByTestId("start-plan-button").click();
  await page.getByTestId("plan").filter({ hasText: "Bench" }).waitFor();
}

export async function measureMemory(browser, base) {
  const { context, page, cdp, errors } = await newPage(browser);
  try {
    await page.addInitScript(hookWasmMemory);
    await page.goto(`${base}/`);
    await appReady(page);
    await page.getByTestId("body-figure").waitFor();
    const afterLoad = await memorySnapshot(page, cdp);
    await useEveryTool(page);
    const afterUse = await memorySnapshot(page, cdp);
    return { afterLoad, afterUse, pageErrors: errors };
  } finally {
    await context.close();
  }
}

export function memoryRows(mem) {
  const section = "4 memory";
  if (mem.error) return [{ section, figure: "memory", value: `not measured: ${mem.error}`, budget: "", verdict: "n/m" }];
  const row = (figure, value) => ({ section, figure, value, budget: "", verdict: value.includes("n/a") ? "n/m" : "" });
  return [
    row("JS heap used after load (after GC)", kib(mem.afterLoad.jsHeapUsed)),
    row("JS heap used after every tool (after GC)", `${kib(mem.afterUse.jsHeapUsed)} (heap total ${kib(mem.afterUse.jsHeapTotal)})`),
    row("wasm memory after load", kib(mem.afterLoad.wasmMemory)),
    row("wasm memory after every tool", `${kib(mem.afterUse.wasmMemory)} (via ${mem.afterUse.wasmMemoryFrom ?? "n/a"})`),
  ];
}
