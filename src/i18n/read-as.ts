// The "Read as" line in each language: what the question reader understood, so the asker can correct it.
import type { ReadAsPart } from '../core/question/read-as.js';
import type { Lang } from '../core/request.js';

interface ReadAsWords {
  readonly lead: string;
  readonly context: (k: string) => string;
  readonly training: Readonly<Record<'full' | 'lora' | 'qlora' | 'unnamed', string>>;
  readonly ram: (gb: string) => string;
  readonly kv: (type: string) => string;
  readonly nothing: string;
}

const WORDS: Readonly<Record<Lang, ReadAsWords>> = {
  en: {
    lead: 'Read as',
    context: (k) => `${k} context`,
    training: { full: 'full fine-tune', lora: 'LoRA', qlora: 'QLoRA', unnamed: 'training: full, LoRA and QLoRA compared' },
    ram: (gb) => `${gb} GB RAM`,
    kv: (type) => `KV cache ${type}`,
    nothing: 'nothing I can size',
  },
  ja: {
    lead: '読み取り',
    context: (k) => `コンテキスト ${k}`,
    training: { full: 'フルファインチューニング', lora: 'LoRA', qlora: 'QLoRA', unnamed: '学習: フル・LoRA・QLoRA を比較' },
    ram: (gb) => `メモリ ${gb} GB`,
    kv: (type) => `KVキャッシュ ${type}`,
    nothing: '計算できる情報なし',
  },
};

const gb = (n: number) => String(Number(n.toFixed(1)));
const tokens = (n: number) => (n % 1024 === 0 ? `${n / 1024}k` : String(n));

function partText(part: ReadAsPart, words: ReadAsWords): string {
  switch (part.kind) {
    case 'model':
      return part.name;
    case 'precision':
      // as they wrote it, and what it was read as when that differs ("3-bit → Q3_K_M")
      return part.written.toLowerCase() === part.value.toLowerCase() ? part.value.toUpperCase() : `${part.written} → ${part.value.toUpperCase()}`;
    case 'context':
      return words.context(tokens(part.tokens));
    case 'gpu':
      return part.count > 1 ? `${part.label} (${part.count} × ${gb(part.memoryGB)} GB)` : `${part.label} (${gb(part.memoryGB)} GB)`;
    case 'ram':
      return words.ram(gb(part.gb));
    case 'training':
      return words.training[part.mode];
    case 'runtime':
      return part.name;
    case 'kv':
      return words.kv(part.type);
  }
}

/** "Read as: Mixtral-8x7B · 3-bit → Q3_K_M · RTX A4000 (16 GB)" — plain text; each door escapes it. */
export function readAsLine(parts: readonly ReadAsPart[], lang: Lang): string {
  const words = WORDS[lang];
  const body = parts.length > 0 ? parts.map((p) => partText(p, words)).join(' · ') : words.nothing;
  return `${words.lead}: ${body}`;
}
