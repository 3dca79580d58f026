// A wasm module's sections, read and written back byte for byte: the post-build step edits
// two of them (the main module's import and export sections, see short-imports.mjs and
// unreachable-exports.mjs) and leaves every other section as wasm-bindgen wrote it.

const HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
export const IMPORT = 2;
export const EXPORT = 7;

/** An unsigned LEB128 number. */
export function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
export const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([uleb(bytes.length), bytes]);
};

/** Reads LEB128 numbers, names and raw bytes from `bytes`, from `at` on. */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    if (this.at >= this.bytes.length) throw new Error("wasm: read past the end");
    return this.bytes[this.at++];
  }
  uleb() {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  }
  name() {
    const length = this.uleb();
    const text = this.bytes.subarray(this.at, this.at + length).toString("utf8");
    this.at += length;
    return text;
  }
  /** The bytes from `from` to where the reader is. */
  since(from) {
    return this.bytes.subarray(from, this.at);
  }
}

/** Limits: a minimum and, by flag 1, a maximum (flags 2 shared and 4 64-bit add nothing to read). */
function limits(read) {
  const flags = read.byte();
  if (flags & ~0x07) throw new Error(`wasm: limits with flags ${flags} are not known here`);
  read.uleb();
  if (flags & 1) read.uleb();
}

/** A one-byte value or reference type (numbers, vectors, funcref, externref). */
function valueType(read) {
  const type = read.byte();
  if (type === 0x63 || type === 0x64) throw new Error("wasm: a typed reference is not known here");
}

/** The module's sections, in order: `{ id, body }`. */
export function readSections(bytes) {
  if (!HEADER.equals(bytes.subarray(0, 8))) throw new Error("wasm: not a wasm module (version 1)");
  const read = new Reader(bytes, 8);
  const sections = [];
  while (read.at < bytes.length) {
    const id = read.byte();
    const size = read.uleb();
    if (read.at + size > bytes.length) throw new Error(`wasm: section ${id} runs past the end`);
    sections.push({ id, body: bytes.subarray(read.at, read.at + size) });
    read.at += size;
  }
  return sections;
}

/** The module the sections make. */
export function writeSections(sections) {
  return Buffer.concat([HEADER, ...sections.flatMap(({ id, body }) => [Buffer.from([id]), uleb(body.length), body])]);
}

/** An import section's entries: `{ module, field, desc }`, `desc` its kind and type as read. */
export function readImports(body) {
  const read = new Reader(body);
  const count = read.uleb();
  const imports = [];
  for (let i = 0; i < count; i++) {
    const module = read.name();
    const field = read.name();
    const from = read.at;
    const kind = read.byte();
    if (kind === 0) read.uleb(); // a function: its type index
    else if (kind === 1) { // a table: its element type and limits
      valueType(read);
      limits(read);
    } else if (kind === 2) { // a memory: its limits
      limits(read);
    } else if (kind === 3) { // a global: its type and mutability
      valueType(read);
      read.byte();
    } else throw new Error(`wasm: an import of kind ${kind} (${module} ${field}) is not known here`);
    imports.push({ module, field, desc: read.since(from) });
  }
  if (read.at !== body.length) throw new Error("wasm: bytes after the last import");
  return imports;
}

export function writeImports(imports) {
  return Buffer.concat([uleb(imports.length), ...imports.flatMap((i) => [name(i.module), name(i.field), i.desc])]);
}

/** An export section's entries: `{ field, desc }`, `desc` its kind and index as read. */
export function readExports(body) {
  const read = new Reader(body);
  const count = read.uleb();
  const exports = [];
  for (let i = 0; i < count; i++) {
    const field = read.name();
    const from = read.at;
    read.byte();
    read.uleb();
    exports.push({ field, desc: read.since(from) });
  }
  if (read.at !== body.length) throw new Error("wasm: bytes after the last export");
  return exports;
}

export function writeExports(exports) {
  return Buffer.concat([uleb(exports.length), ...exports.flatMap((e) => [name(e.field), e.desc])]);
}
