// A signed request is accepted only near the time it says it was signed: a captured request replayed
// later (or one dated ahead to be replayed later still) is refused. Slack's own rule is five minutes
// (https://api.slack.com/authentication/verifying-requests-from-slack); Discord signs the same way
// (X-Signature-Timestamp) without stating one, so both doors use Slack's five minutes either side.
export const REPLAY_WINDOW_SECONDS = 5 * 60;

/** True when a Unix-seconds timestamp header lies within the window around `nowMs`. */
export function isWithinReplayWindow(timestamp: string | undefined, nowMs: number): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) - nowMs / 1000) <= REPLAY_WINDOW_SECONDS;
}
