// The core and the renderers stay pure: no platform clients, no I/O, no environment, no clock, no chance.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

const FORBIDDEN = [
  { what: 'a platform or I/O import', pattern: /^import (?!type )[^;]*from '(discord\.js|@slack\/bolt|node:http|node:fs|node:net|pino|dotenv)'/m },
  { what: 'process.env', pattern: /process\.env/ },
  { what: 'the clock', pattern: /Date\.now|new Date\(/ },
  { what: 'randomness', pattern: /Math\.random/ },
  { what: 'console output', pattern: /console\.(log|info|warn|error|debug)/ },
];

describe.each(['core', 'render', 'i18n'])('src/%s', (dir) => {
  it.each(filesUnder(dir))('%s is pure', (file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const { what, pattern } of FORBIDDEN) expect(pattern.test(text), `${file} uses ${what}`).toBe(false);
  });
});

describe('src/core', () => {
  it.each(filesUnder('core'))('%s imports only the core and zod', (file) => {
    const imports = [...readFileSync(join(SRC, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    for (const spec of imports) expect(spec === 'zod' || spec.startsWith('.'), `${file} imports ${spec}`).toBe(true);
    const depth = file.split('/').length - 1;
    for (const spec of imports.filter((s) => s.startsWith('..'))) {
      expect(spec.split('/').filter((p) => p === '..').length, `${file} reaches outside core with ${spec}`).toBeLessThan(depth);
    }
  });
});

describe('process.env', () => {
  it('is read in src/config.ts only', () => {
    const readers = filesUnder('.').filter((file) => /process\.env/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(readers.map((f) => f.replace(/^\.\//, ''))).toEqual(['config.ts']);
  });
});

describe('src/i18n', () => {
  // the renderers import the sentences; the sentences get their number formatting passed in (Units)
  it.each(filesUnder('i18n'))('%s does not import the renderers', (file) => {
    const imports = [...readFileSync(join(SRC, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(imports.filter((spec) => spec.includes('/render/'))).toEqual([]);
  });
});
