// A Slack user's locale (users.info with include_locale), remembered so each user costs one call.
import type { WebClient } from '@slack/web-api';

/** Entries kept; the oldest is dropped past this, a busy workspace has at most a few thousand askers. */
const MAX_USERS = 5000;

export class UserLocales {
  private readonly known = new Map<string, string | undefined>();

  async localeOf(client: WebClient, userId: string | undefined): Promise<string | undefined> {
    if (!userId) return undefined;
    if (this.known.has(userId)) return this.known.get(userId);
    let locale: string | undefined;
    try {
      const result = await client.users.info({ user: userId, include_locale: true });
      locale = result.user?.locale;
    } catch {
      locale = undefined; // missing scope or API down: answer in English rather than not at all
    }
    if (this.known.size >= MAX_USERS) this.known.delete(this.known.keys().next().value as string);
    this.known.set(userId, locale);
    return locale;
  }
}
