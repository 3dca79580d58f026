import { test, expect } from "./fixtures/app.mjs";

// The browser finishes compiling the wasm in the task that instantiates it: the app starts
// in a later task, so the two are not one long task (tests/bench/README.md, section 7).
for (const path of ["/", "/map/nape", "/estimator"]) {
  test(`the app starts on ${path} in a task after the one its wasm is instantiated in`, async ({ page }) => {
    await page.addInitScript(() => {
      // A flag set when the main module's instance arrives, cleared by the next task: a zero
      // timeout queued then runs before any the app queues after it.
      let instantiating = false;
      window.sawMain = false;
      window.startFetches = [];
      for (const name of ["instantiateStreaming", "instantiate"]) {
        const original = WebAssembly[name];
        WebAssembly[name] = function (...args) {
          // The first instance that arrives is the main module's (the pages' chunks are asked
          // for once the app runs); a failed streaming attempt, retried as a whole, is not one.
          return original.apply(this, args).then((result) => {
            if (!window.sawMain) {
              window.sawMain = true;
              instantiating = true;
              setTimeout(() => { instantiating = false; }, 0);
            }
            return result;
          });
        };
      }
      // The app's first act once started is to ask for its text.
      const fetch = window.fetch;
      window.fetch = function (input, init) {
        const url = String(input instanceof Request ? input.url : input);
        if (/\.json$/.test(url)) window.startFetches.push({ url, instantiating });
        return fetch.call(this, input, init);
      };
    });
    await page.goto(path);
    expect(await page.evaluate(() => window.sawMain), "the main module's instantiation was seen").toBe(true);
    const fetches = await page.evaluate(() => window.startFetches);
    expect(fetches.length, "the app asked for its text").toBeGreaterThan(0);
    expect(fetches[0].instantiating, `${fetches[0].url} asked for in the task that instantiated the wasm`).toBe(false);
  });
}
