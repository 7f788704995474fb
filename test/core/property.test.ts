// Whatever people paste, the pipeline answers or explains; it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { parseModelName } from '../../src/core/parse/filename.js';
import { renderIssuesText, renderText } from '../../src/render/text.js';

const pieces = fc.constantFrom('params:', 'precision:', 'file:', 'model:', 'ctx:', 'gpu:', 'gpus:', 'kv:', 'mode:', 'lang:', '7b', 'q4_k_m', '"', ':', '/', '8x7b', '-1', '1e308', 'NaN', '日本語', '@everyone', '<!channel>', ' ');
const commands = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')));

describe('never throws', () => {
  it('the name parser on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (name) => { parseModelName(name); }), { numRuns: 2000 });
  });

  it('the pipeline and text renderer on any command', () => {
    fc.assert(
      fc.property(commands, (text) => {
        const reply = answer(text);
        const rendered = reply.ok ? renderText(reply.report, reply.messages) : renderIssuesText(reply.issues, reply.messages);
        expect(rendered.length).toBeGreaterThan(0);
        expect(rendered).not.toMatch(/@everyone|<!channel>/);
        if (reply.ok) expect(Number.isFinite(reply.estimate.vramBytes)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
