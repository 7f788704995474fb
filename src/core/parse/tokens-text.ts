// A token count as the shortest text `ctx:` reads back to the same number: 32768 → `32k`, 1048576 → `1M`.
export function formatTokens(tokens: number): string {
  if (tokens >= 1024 ** 2 && tokens % 1024 ** 2 === 0) return `${tokens / 1024 ** 2}M`;
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}k`;
  return String(tokens);
}
