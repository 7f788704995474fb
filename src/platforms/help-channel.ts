// When llmmem speaks up in a channel without a slash command: mentioned, or a model named in a help
// channel; never for bots; at most once per channel per cooldown for unmentioned messages.
import { extractQuestion, isJapanese } from '../core/parse/free-text.js';

export interface ChannelMessage {
  readonly text: string;
  readonly channelId: string;
  readonly mentionsBot: boolean;
  readonly fromBot: boolean;
}

export type HelpDecision =
  | { readonly kind: 'answer'; readonly command: string }
  | { readonly kind: 'usage'; readonly japanese: boolean }
  | { readonly kind: 'ignore' };

/** Remembers when each channel was last answered unasked. */
export class ChannelCooldown {
  private readonly last = new Map<string, number>();

  constructor(private readonly ms: number, private readonly now: () => number = Date.now) {}

  /** True (and the channel starts cooling down) when the channel may be answered now. */
  take(channelId: string): boolean {
    const at = this.now();
    const previous = this.last.get(channelId);
    if (previous !== undefined && at - previous < this.ms) return false;
    this.last.set(channelId, at);
    if (this.last.size > 10_000) this.last.delete(this.last.keys().next().value as string);
    return true;
  }
}

/** Ids seen in the last `ttlMs`, so a platform's retried delivery is answered once. */
export class RecentIds {
  private readonly seenAt = new Map<string, number>();

  constructor(private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  /** True the first time an id is offered within the window. */
  isNew(id: string): boolean {
    const at = this.now();
    for (const [key, time] of this.seenAt) {
      if (at - time < this.ttlMs) break; // insertion order: the rest are newer
      this.seenAt.delete(key);
    }
    if (this.seenAt.has(id)) return false;
    this.seenAt.set(id, at);
    return true;
  }
}

/** Unasked answers in a help channel: one per channel every 30 s keeps a busy channel readable. */
export const HELP_CHANNEL_COOLDOWN_MS = 30_000;
/** Slack retries an event for up to about an hour; ten minutes covers its three quick retries. */
export const EVENT_MEMORY_MS = 10 * 60_000;

export function decideHelpReply(message: ChannelMessage, helpChannels: ReadonlySet<string>, cooldown: ChannelCooldown): HelpDecision {
  if (message.fromBot) return { kind: 'ignore' };
  const inHelpChannel = helpChannels.has(message.channelId);
  if (!message.mentionsBot && !inHelpChannel) return { kind: 'ignore' };
  const question = extractQuestion(message.text);
  if (!question) return message.mentionsBot ? { kind: 'usage', japanese: isJapanese(message.text) } : { kind: 'ignore' };
  if (!message.mentionsBot && !cooldown.take(message.channelId)) return { kind: 'ignore' };
  return { kind: 'answer', command: question.japanese ? `${question.command} lang:ja` : question.command };
}
