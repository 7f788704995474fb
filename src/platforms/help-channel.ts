// When llmmem speaks up in a channel without a slash command: when mentioned, or in a help channel when a
// message asks something about a model or the asker's hardware (or reports an out-of-memory error); never
// for bots, announcements, thanks or shared results; at most once per asker per cooldown when unmentioned.
import { readMessage } from '../answer-question.js';
import { isJapanese } from '../core/question/normalize.js';
import { parseRequest } from '../core/parse/to-request.js';
import { detectRuntimeLog } from '../core/logs/detect-log.js';
import { reportsFailure } from '../core/question/intent.js';
import { askedQuestion } from '../core/question/scan.js';
import { commandsFor } from '../core/question/to-commands.js';

export interface ChannelMessage {
  readonly text: string;
  readonly channelId: string;
  /** who wrote it: the cooldown is theirs, so a second person's question is answered */
  readonly authorId: string;
  readonly mentionsBot: boolean;
  readonly fromBot: boolean;
}

export type HelpDecision =
  /** options as the slash command takes them ("@llmmem params:7 precision:int8") */
  | { readonly kind: 'command'; readonly command: string }
  /** a question in words, for the question reader */
  | { readonly kind: 'question'; readonly text: string }
  /** a pasted llama.cpp / ollama / vLLM / PyTorch log: mentioned, or reporting a failure in a help channel */
  | { readonly kind: 'log'; readonly text: string }
  | { readonly kind: 'usage'; readonly japanese: boolean }
  | { readonly kind: 'ignore' };

/** Remembers when each asker was last answered unasked. */
export class AskerCooldown {
  private readonly last = new Map<string, number>();

  constructor(private readonly ms: number, private readonly now: () => number = Date.now) {}

  /** True (and the asker starts cooling down) when they may be answered now. */
  take(askerKey: string): boolean {
    const at = this.now();
    const previous = this.last.get(askerKey);
    if (previous !== undefined && at - previous < this.ms) return false;
    this.last.set(askerKey, at);
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

/** Unasked answers in a help channel: one per asker every 30 s, so one person's burst does not fill it. */
export const HELP_CHANNEL_COOLDOWN_MS = 30_000;
/** Slack retries an event for up to about an hour; ten minutes covers its three quick retries. */
export const EVENT_MEMORY_MS = 10 * 60_000;

const MENTION = /<@[!&]?[\w]+>/g;

/** Options written as the slash command takes them, with or without `/llmmem` before them. */
function asCommand(text: string): string | undefined {
  const command = text.replace(MENTION, ' ').trim().replace(/^\/?llmmem\b/i, '').trim();
  return /\w:\S/.test(command) && parseRequest(command).ok ? command : undefined;
}

export function decideHelpReply(message: ChannelMessage, helpChannels: ReadonlySet<string>, cooldown: AskerCooldown): HelpDecision {
  if (message.fromBot) return { kind: 'ignore' };
  const inHelpChannel = helpChannels.has(message.channelId);
  if (!message.mentionsBot && !inHelpChannel) return { kind: 'ignore' };
  const asker = `${message.channelId}:${message.authorId}`;
  const log = detectRuntimeLog(message.text);
  if (log.isLog) {
    // unaddressed, a log is explained when it failed or its writer asks about it
    const wanted = message.mentionsBot || log.asks || reportsFailure(message.text);
    return wanted && (message.mentionsBot || cooldown.take(asker)) ? { kind: 'log', text: message.text } : { kind: 'ignore' };
  }
  const command = asCommand(message.text);
  if (message.mentionsBot) {
    if (command) return { kind: 'command', command };
    return readMessage(message.text) ? { kind: 'question', text: message.text } : { kind: 'usage', japanese: isJapanese(message.text) };
  }
  // unaddressed: only what asks, and once per asker per cooldown
  const question = command === undefined ? askedQuestion(message.text) : undefined;
  const asked = command !== undefined || (question !== undefined && commandsFor(question).length > 0);
  if (!asked || !cooldown.take(asker)) return { kind: 'ignore' };
  return command ? { kind: 'command', command } : { kind: 'question', text: message.text };
}
