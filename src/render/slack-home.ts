// Slack's App Home tab and link unfurls, as Block Kit.
import type { QuantRow } from '../core/report/quant-table.js';
import type { Messages } from '../i18n/messages.js';
import { escapeSlackText, truncate } from './escape.js';
import type { SlackBlock } from './slack.js';
import { formatBytes } from './units.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: truncate(text, 3000), verbatim: true });

/** Commands the Home tab offers as examples; each is answered by the command grammar. */
export const HOME_EXAMPLES = [
  '/llmmem file:Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf gpu:rtx3060',
  '/llmmem qwen3:30b-a3b gpu:rtx4090 ctx:32k',
  '/llmmem gpt-oss-20b gpu:rtx4060ti-16g ctx:max',
  '/llmmem gpu:rtx4090',
  '/llmmem params:8 mode:qlora gpu:rtx3090',
] as const;

export function renderSlackHome(m: Messages): { type: 'home'; blocks: SlackBlock[] } {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.home.title } },
      { type: 'section', text: mrkdwn(escapeSlackText(m.home.intro)) },
      { type: 'section', text: mrkdwn(`*${escapeSlackText(m.home.examples)}*\n${HOME_EXAMPLES.map((e) => `• \`${e}\``).join('\n')}`) },
      { type: 'section', text: mrkdwn(escapeSlackText(m.home.more)) },
    ],
  };
}

export function renderSlackUnfurl(repo: string, rows: readonly QuantRow[], m: Messages): { blocks: SlackBlock[] } {
  const lines = rows.map((r) => `*${escapeSlackText(r.label)}* ${formatBytes(r.vramBytes)} · ${r.fits.map((f) => `${f.fits ? '✅' : '❌'} ${escapeSlackText(f.name)}`).join('  ')}`);
  return {
    blocks: [
      { type: 'section', text: mrkdwn(`*${escapeSlackText(m.home.unfurlTitle(repo))}*\n${lines.join('\n')}`) },
      { type: 'context', elements: [mrkdwn(escapeSlackText(m.home.unfurlBasis))] },
    ],
  };
}
