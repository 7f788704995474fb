// Echoed user text must never ping anyone or break the formatting around it.

const ZERO_WIDTH_SPACE = '\u200b';

/** `@everyone`, `@here`, Discord `<@id>`/`<@&id>`/`<#id>` and Slack `<!channel>` made inert and code spans kept closed. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#!])/g, `<${ZERO_WIDTH_SPACE}$1`)
    .replace(/`/g, 'ˋ');
}
