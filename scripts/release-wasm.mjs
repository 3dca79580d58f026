// What the release wasm must not carry, built as `make build` builds it (the pinned nightly in
// scripts/nightly-toolchain rebuilding std with panic=immediate-abort and
// -Zlocation-detail=none): std's panic message and the source paths of panic locations. A
// wasm that has either was built without those flags (a bare `trunk build --release` on
// stable): bigger, and naming the build machine's paths. The post-build step refuses such a
// release (host tests: tests/scripts/wasm.test.mjs).

const MARKS = [
  ["std's panic message", /panicked at/],
  ["a source path of a panic location", /[A-Za-z0-9_.-]+\/src\/[A-Za-z0-9_/.-]*\.rs/],
];

/** What in these wasm bytes shows a build without the release flags (empty when none). */
export function stableBuildMarks(bytes) {
  const text = Buffer.from(bytes).toString("latin1");
  return MARKS.flatMap(([what, pattern]) => {
    const found = text.match(pattern);
    return found ? [`${what} (${JSON.stringify(found[0])})`] : [];
  });
}
