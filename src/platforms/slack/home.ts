// The App Home tab (how to ask, with examples) and unfurls of huggingface.co model links: the linked model's
// formats against common cards.
import type { App } from '@slack/bolt';
import { answerWithHub } from '../../answer.js';
import { quantTable } from '../../core/report/quant-table.js';
import { langFromLocale, MESSAGES } from '../../i18n/locale.js';
import { renderSlackHome, renderSlackUnfurl } from '../../render/slack-home.js';
import type { SlackHandlerOptions } from './handlers.js';

/** Unfurl at most this many links of one message: a message full of links must not fan out look-ups. */
const MAX_UNFURLS = 3;

/** `https://huggingface.co/org/name[/…]` → `org/name`; other paths (docs, datasets, spaces) are not models. */
export function repoOfLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hostname !== 'huggingface.co' && parsed.hostname !== 'www.huggingface.co') return null;
  const [org, name] = parsed.pathname.split('/').filter(Boolean);
  if (!org || !name || ['datasets', 'spaces', 'docs', 'blog', 'papers', 'models', 'collections', 'organizations'].includes(org)) return null;
  return /^[\w.-]+$/.test(org) && /^[\w.-]+$/.test(name) ? `${org}/${name}` : null;
}

export function registerHomeAndUnfurls(app: App, { locales, hub, limits }: SlackHandlerOptions): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const lang = langFromLocale(await locales.localeOf(event.user));
    await client.views.publish({ user_id: event.user, view: renderSlackHome(MESSAGES[lang]) });
  });

  app.event('link_shared', async ({ event, client }) => {
    if (limits && !(await limits.allow(event.user, event.channel, true))) return;
    const lang = langFromLocale(await locales.localeOf(event.user));
    const unfurls: Record<string, ReturnType<typeof renderSlackUnfurl>> = {};
    for (const link of event.links.slice(0, MAX_UNFURLS)) {
      const repo = repoOfLink(link.url);
      if (!repo) continue;
      const reply = await answerWithHub(`model:${repo}`, { locale: lang, ...(hub ? { hubUrl: hub.hubUrl } : {}) }, hub);
      if (!reply.ok || reply.kind !== 'estimate') continue;
      unfurls[link.url] = renderSlackUnfurl(repo, quantTable(reply.estimate.model, reply.estimate.request), MESSAGES[lang]);
    }
    if (Object.keys(unfurls).length === 0) return;
    await client.chat.unfurl({ channel: event.channel, ts: event.message_ts, unfurls });
  });
}
