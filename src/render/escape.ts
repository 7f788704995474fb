// Echoed user text must never ping anyone, never form a link and never break the formatting around it.

const ZERO_WIDTH_SPACE = '\u200b';
/** A lone half of a surrogate pair: Discord and Slack refuse a payload holding one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `@everyone`, `@here`, Discord `<@id>`/`<@&id>`/`<#id>` and Slack `<!channel>` made inert, code spans
 * kept closed, and `scheme://` broken by a zero-width space so no autolinker (Discord's, a terminal's)
 * and no masked link `[text](https://…)` can make it clickable (its `](` is broken too).
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#!])/g, `<${ZERO_WIDTH_SPACE}$1`)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZERO_WIDTH_SPACE}//`)
    .replace(/\]\(/g, `]${ZERO_WIDTH_SPACE}(`)
    .replace(/`/g, 'ˋ');
}

/** Our own text read back (a command we wrote into a message): the zero-width spaces neutralizing put in, taken out. */
export function restoreEchoed(text: string): string {
  return text.replace(/\u200b/g, '');
}

/** Discord markdown characters escaped so a file name like `__init__*.gguf` shows as typed. */
export function escapeDiscordMarkdown(text: string): string {
  return neutralizeMentions(text).replace(/([\\*_~|>#[\]()-])/g, '\\$1');
}

/** Slack mrkdwn control characters (&, <, >) encoded so `<!channel>` and `<@U123>` stay inert. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The first `max` UTF-16 units, one fewer when the cut would split a surrogate pair (an emoji). */
export function sliceWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/** Cuts text to a platform limit, marking the cut; never between the halves of a surrogate pair. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${sliceWhole(text, max - 1)}…`;
}
