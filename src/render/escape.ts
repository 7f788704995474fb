// Echoed user text must never ping anyone or break the formatting around it.

const ZERO_WIDTH_SPACE = '\u200b';

/** `@everyone`, `@here`, Discord `<@id>`/`<@&id>`/`<#id>` and Slack `<!channel>` made inert and code spans kept closed. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#!])/g, `<${ZERO_WIDTH_SPACE}$1`)
    .replace(/`/g, 'ˋ');
}

/** Discord markdown characters escaped so a file name like `__init__*.gguf` shows as typed. */
export function escapeDiscordMarkdown(text: string): string {
  return neutralizeMentions(text).replace(/([\\*_~|>#[\]()-])/g, '\\$1');
}

/** Slack mrkdwn control characters (&, <, >) encoded so `<!channel>` and `<@U123>` stay inert. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to a platform limit, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
