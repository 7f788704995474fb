// Discord autocomplete: what the options offer while someone types (ctx is a string so 32k and max can be typed).
import { describe, expect, it } from 'vitest';
import { respondToInteraction } from '../../src/platforms/discord/respond.js';

async function autocomplete(name: string, value: string) {
  const interaction = {
    id: '1', application_id: '2', token: 't', version: 1, type: 4,
    data: { id: '3', name: 'llmmem', type: 1, options: [{ name, type: 3, value, focused: true }] },
  };
  const response = await respondToInteraction(interaction as never);
  const data = (response?.immediate as { data?: { choices?: { name: string; value: string }[] } } | undefined)?.data;
  return data?.choices?.map((c) => c.value) ?? [];
}

describe('Discord autocomplete', () => {
  it('offers context lengths and max for ctx', async () => {
    expect(await autocomplete('ctx', '')).toEqual(['4k', '8k', '16k', '32k', '64k', '128k', '256k', '1M', 'max']);
    expect(await autocomplete('ctx', '3')).toEqual(['3', '32k']);
    expect(await autocomplete('ctx', 'ma')).toEqual(['max']);
  });

  it('offers catalogued GPUs for gpu', async () => {
    expect(await autocomplete('gpu', 'rtx409')).toContain('rtx4090');
  });
});
