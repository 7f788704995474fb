// A Slack user's locale (users.info with include_locale), looked up within 1.5 s and remembered, so a
// rate-limited or hanging users.info never holds an answer back (issue 17: with Bolt's client retrying
// for ~30 minutes, 0 of 20 new users were answered). Past the deadline the answer uses the default
// language; the look-up's result, when it comes, is kept for the user's next question.

/** Entries kept; the oldest is dropped past this, a busy workspace has at most a few thousand askers. */
const MAX_USERS = 5000;
/** Slack wants a slash command acknowledged within 3 s; the answer itself should not wait half of that. */
export const LOCALE_DEADLINE_MS = 1500;

export type LocaleLookup = (userId: string) => Promise<string | undefined>;

export class UserLocales {
  private readonly known = new Map<string, string | undefined>();
  private readonly pending = new Map<string, Promise<string | undefined>>();

  constructor(private readonly lookup: LocaleLookup, private readonly deadlineMs = LOCALE_DEADLINE_MS) {}

  async localeOf(userId: string | undefined): Promise<string | undefined> {
    if (!userId) return undefined;
    if (this.known.has(userId)) return this.known.get(userId);
    let asking = this.pending.get(userId);
    if (!asking) {
      // missing scope, API down or rate-limited: the default language rather than no answer
      asking = this.lookup(userId).catch(() => undefined).then((locale) => {
        this.remember(userId, locale);
        this.pending.delete(userId);
        return locale;
      });
      this.pending.set(userId, asking);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), this.deadlineMs); });
    try {
      return await Promise.race([asking, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private remember(userId: string, locale: string | undefined): void {
    if (this.known.size >= MAX_USERS) this.known.delete(this.known.keys().next().value as string);
    this.known.set(userId, locale);
  }
}
