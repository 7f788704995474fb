// A GGUF header read by HTTP ranges with bounded time and memory: metadata scalars and short numeric
// arrays (per-layer values) are kept; long arrays (the tokenizer's 100k+ tokens and merges) are
// skipped without building them, so a 1M-entry array costs one pass over its bytes (@huggingface/gguf
// materialised it, and re-parsed it after every chunk: 1.4 s of blocked event loop, issue 17).
// Layout: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (v2 and v3; v1 is gone from llama.cpp).
import type { GgufHeader } from '../core/parse/gguf-header.js';
import { BODY_LIMITS } from './capped-fetch.js';
import { HubLookupError } from './errors.js';

/** Bytes asked for per range request: a header with its tokenizer is 1–10 MB. */
const CHUNK_BYTES = 2 * 1024 ** 2;
/** Numeric arrays up to this length are kept: per-layer head counts and windows (a few hundred layers at most). */
const KEPT_ARRAY_LENGTH = 4096;
/** Strings longer than this are skipped: names and architectures are short; chat templates are not needed. */
const KEPT_STRING_LENGTH = 4096;
/** ggml's GGML_MAX_DIMS. */
const MAX_DIMS = 4;
/** Merged-expert GGUFs (DeepSeek-V3, Qwen3-MoE) hold ~1,100 tensors; per-expert layouts a few thousand. */
const MAX_TENSORS = 131_072;
const MAX_KEYS = 65_536;
const MAX_NESTING = 2;

const SCALAR_BYTES: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const STRING = 8;
const ARRAY = 9;

type Value = number | bigint | string | boolean | readonly (number | bigint)[] | undefined;

const malformed = (message: string) => new HubLookupError('malformed', `GGUF header: ${message}`);

class RangeCursor {
  /** fetched bytes: `length` of them, in a buffer that doubles as it fills */
  private bytes = new Uint8Array(CHUNK_BYTES);
  private view = new DataView(this.bytes.buffer);
  private length = 0;
  private ended = false;
  offset = 0;
  littleEndian = true;

  constructor(private readonly url: string, private readonly fetchImpl: typeof fetch, private readonly headers: Record<string, string>) {}

  /** Makes `count` more bytes from the offset readable, fetching ranges as needed. */
  async need(count: number): Promise<void> {
    const end = this.offset + count;
    while (this.length < end) {
      if (this.ended) throw malformed('ends inside the header');
      if (end > BODY_LIMITS.gguf) throw malformed(`larger than ${BODY_LIMITS.gguf} bytes`);
      const from = this.length;
      const response = await this.fetchImpl(this.url, { headers: { ...this.headers, Range: `bytes=${from}-${from + CHUNK_BYTES - 1}` } });
      if (!response.ok) throw new HubLookupError(response.status === 404 ? 'not_found' : response.status === 401 || response.status === 403 ? 'gated' : 'unavailable', `Hub answered ${response.status}`);
      const chunk = new Uint8Array(await response.arrayBuffer());
      // a server that ignores Range sends the file from its start: keep what it sent, ask no more
      const fresh = response.status === 206 ? chunk : chunk.subarray(from);
      if (response.status !== 206 || fresh.length < CHUNK_BYTES) this.ended = true;
      this.append(fresh.subarray(0, BODY_LIMITS.gguf - from));
    }
  }

  private append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + chunk.length));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** Walks past `count` strings, awaiting only where a string crosses into bytes not fetched yet. */
  async skipStrings(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      if (this.length - this.offset < 8) await this.need(8);
      const size = this.view.getBigUint64(this.offset, this.littleEndian);
      if (size > BigInt(BODY_LIMITS.gguf)) throw malformed(`string length ${size} is over the budget`);
      if (this.length - this.offset < 8 + Number(size)) await this.need(8 + Number(size));
      this.offset += 8 + Number(size);
    }
  }

  async u32(): Promise<number> {
    await this.need(4);
    const value = this.view.getUint32(this.offset, this.littleEndian);
    this.offset += 4;
    return value;
  }

  async u64(): Promise<bigint> {
    await this.need(8);
    const value = this.view.getBigUint64(this.offset, this.littleEndian);
    this.offset += 8;
    return value;
  }

  /** A count that must fit the budget: anything larger cannot be real. */
  async size(what: string, max: number): Promise<number> {
    const value = await this.u64();
    if (value > BigInt(max)) throw malformed(`${what} ${value} is over ${max}`);
    return Number(value);
  }

  async skip(count: number): Promise<void> {
    await this.need(count);
    this.offset += count;
  }

  async string(): Promise<string | undefined> {
    const length = await this.size('string length', BODY_LIMITS.gguf);
    await this.need(length);
    const text = length <= KEPT_STRING_LENGTH ? new TextDecoder().decode(this.bytes.subarray(this.offset, this.offset + length)) : undefined;
    this.offset += length;
    return text;
  }

  async scalar(type: number): Promise<number | bigint | boolean> {
    const width = SCALAR_BYTES[type];
    if (width === undefined) throw malformed(`unknown value type ${type}`);
    await this.need(width);
    const v = this.view;
    const at = this.offset;
    this.offset += width;
    switch (type) {
      case 0: return v.getUint8(at);
      case 1: return v.getInt8(at);
      case 2: return v.getUint16(at, this.littleEndian);
      case 3: return v.getInt16(at, this.littleEndian);
      case 4: return v.getUint32(at, this.littleEndian);
      case 5: return v.getInt32(at, this.littleEndian);
      case 6: return v.getFloat32(at, this.littleEndian);
      case 7: return v.getUint8(at) !== 0;
      case 10: return v.getBigUint64(at, this.littleEndian);
      case 11: return v.getBigInt64(at, this.littleEndian);
      default: return v.getFloat64(at, this.littleEndian);
    }
  }
}

async function readValue(cursor: RangeCursor, type: number, depth = 0): Promise<Value> {
  if (type === STRING) return cursor.string();
  if (type !== ARRAY) {
    return cursor.scalar(type);
  }
  if (depth >= MAX_NESTING) throw malformed('arrays nested too deep');
  const elementType = await cursor.u32();
  const length = await cursor.size('array length', BODY_LIMITS.gguf);
  const width = SCALAR_BYTES[elementType];
  if (width !== undefined && elementType !== 7) {
    if (length > KEPT_ARRAY_LENGTH) {
      await cursor.skip(length * width);
      return undefined;
    }
    const values: (number | bigint)[] = [];
    for (let i = 0; i < length; i++) values.push((await cursor.scalar(elementType)) as number | bigint);
    return values;
  }
  // strings (the tokenizer's), booleans and nested arrays are never needed for sizing: walk past them
  if (elementType === STRING) await cursor.skipStrings(length);
  else if (elementType === 7) await cursor.skip(length);
  else if (elementType === ARRAY) for (let i = 0; i < length; i++) await readValue(cursor, ARRAY, depth + 1);
  else throw malformed(`unknown array type ${elementType}`);
  return undefined;
}

/** The header of the GGUF at `url`: metadata llmmem may read, and every tensor's name, shape and type. */
export async function readGgufHeader(url: string, fetchImpl: typeof fetch, headers: Record<string, string> = {}): Promise<GgufHeader> {
  const cursor = new RangeCursor(url, fetchImpl, headers);
  await cursor.need(8);
  const magic = await cursor.u32();
  if (magic !== 0x46554747) throw malformed('no GGUF magic number');
  let version = await cursor.u32();
  // a big-endian file shows its version byte-swapped
  if ((version & 0xffff) === 0) {
    cursor.littleEndian = false;
    version = ((version >>> 24) | ((version >>> 8) & 0xff00)) >>> 0;
  }
  if (version !== 2 && version !== 3) throw malformed(`unsupported version ${version}`);
  const tensorCount = await cursor.size('tensor count', MAX_TENSORS);
  const keyCount = await cursor.size('metadata count', MAX_KEYS);
  const metadata: Record<string, Value> = {};
  for (let i = 0; i < keyCount; i++) {
    const key = await cursor.string();
    const value = await readValue(cursor, await cursor.u32());
    if (key !== undefined && value !== undefined) metadata[key] = value;
  }
  const tensorInfos: { name: string; shape: bigint[]; dtype: number }[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = (await cursor.string()) ?? '';
    const dims = await cursor.u32();
    if (dims < 1 || dims > MAX_DIMS) throw malformed(`tensor ${name} has ${dims} dimensions`);
    const shape: bigint[] = [];
    for (let d = 0; d < dims; d++) shape.push(await cursor.u64());
    const dtype = await cursor.u32();
    await cursor.skip(8); // the tensor's data offset
    tensorInfos.push({ name, shape, dtype });
  }
  return { metadata, tensorInfos };
}
