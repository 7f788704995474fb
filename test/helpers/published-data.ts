// Reads the published figures in test/fixtures/published (TSV with a header row), keyed by column name.
// Cells that hold tabs or quotes are written CSV-style ("…", with "" for a quote) and are unquoted here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../fixtures/published/', import.meta.url));

export type Row = Readonly<Record<string, string>>;

function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

export function readTsv(file: string): Row[] {
  const [header = '', ...lines] = readFileSync(DATA + file, 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t').map(unquote);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The value at quantile q (0.9 for p90) of the sorted values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

/** filenames.sample.tsv names whose catalogued exact count is further than 10 % from the size the name rounds to
 * (the test of names and the accuracy report both accept the exact count for these). */
export const EXACT_COUNT_DIFFERS: Readonly<Record<string, number>> = {
  // the Qwen2.5-Math-1.5B base with an untied output head: 1,777,088,000 parameters
  'unsloth/DeepSeek-R1-Distill-Qwen-1.5B-GGUF': 1_777_088_000,
  // vision-language checkpoints: the published totals count the vision tower (Qwen2-VL's 675 M ViT)
  'Qwen2-VL-7B-Instruct-AWQ': 8_291_375_616,
  'Qwen/Qwen2-VL-7B-Instruct-GPTQ-Int8': 8_291_375_616,
  'Qwen/Qwen2-VL-2B-Instruct-GPTQ-Int4': 2_208_985_600,
  'Qwen2.5-VL-3B-Instruct-f16-q4_k.gguf': 3_754_622_976,
  // "17B-16E" states the active size; the catalogued Scout holds 108.6 B (vision tower included)
  'unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF:Q4_K_S': 108_641_793_536,
};
