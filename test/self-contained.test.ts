// A clone with nothing beside it must pass its tests: no file the repository ships may point outside it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCANNED = ['src', 'test', 'commands', 'bin', 'docs'];
const TOP_FILES = ['README.md', 'package.json', 'vitest.config.ts', 'tsconfig.json', 'Dockerfile', '.ci/run', '.ci/dockerfile-steps'];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|js|mjs|json|md|sh)$/.test(entry.name) ? [path] : [];
  });
}

const FILES = [...SCANNED.flatMap(filesUnder), ...TOP_FILES];

/** Relative paths written in a file ('../x', "./y/z") resolved from that file's folder. */
function relativePaths(text: string): string[] {
  return [...text.matchAll(/['"`(](\.\.?\/[^'"`)\s]*)/g)].map((m) => m[1] ?? '');
}

/** True when a path written in `file` (relative to it) leaves the repository. */
function escapesRepository(file: string, path: string): boolean {
  const target = resolve(ROOT, dirname(file), path);
  return relative(ROOT, target).startsWith('..');
}

describe('the repository stands alone', () => {
  it.each(FILES)('%s refers to nothing outside the repository', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text, 'the steering folder beside the clone').not.toMatch(/\.\.\/shared\b|\/work\/shared/);
    const outside = relativePaths(text).filter((path) => escapesRepository(file, path));
    expect(outside).toEqual([]);
  });

  it('the check sees a path that climbs out, and lets one inside pass', () => {
    expect(escapesRepository('test/helpers/x.ts', ['..', '..', '..', 'steering', 'data'].join('/'))).toBe(true);
    expect(escapesRepository('test/helpers/x.ts', '../fixtures/published/')).toBe(false);
  });
});
