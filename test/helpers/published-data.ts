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
