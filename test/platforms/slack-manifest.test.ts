// The app manifest an operator pastes matches what the app answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/platforms/slack/paths.js';
import { ASK_CALLBACK_ID } from '../../src/platforms/slack/ask.js';
import { SLACK_BOT_EVENTS, SLASH_COMMAND } from '../../src/platforms/slack/handlers.js';

const manifest = JSON.parse(readFileSync(new URL('../../commands/slack-manifest.json', import.meta.url), 'utf8')) as {
  features: { slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean; request_url: string }; event_subscriptions: { request_url: string; bot_events: string[] } };
};

describe('Slack manifest', () => {
  it('declares exactly the slash command the app handles, on the events path', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    for (const c of manifest.features.slash_commands) expect(new URL(c.url).pathname).toBe(SLACK_EVENTS_PATH);
  });

  it('turns interactivity on for the buttons, on the same path', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe(SLACK_EVENTS_PATH);
  });

  it('asks for the scopes the app uses: commands, chat:write, users:read (locale), mentions, channel messages, link unfurls', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read', 'channels:history', 'chat:write', 'commands', 'links:read', 'links:write', 'users:read',
    ]);
  });

  it('declares the Ask llmmem message shortcut, the Home tab and huggingface.co unfurls', () => {
    const features = manifest.features as typeof manifest.features & { shortcuts: { callback_id: string; type: string }[]; app_home: { home_tab_enabled: boolean }; unfurl_domains: string[] };
    expect(features.shortcuts.map((s) => [s.type, s.callback_id])).toEqual([['message', ASK_CALLBACK_ID]]);
    expect(features.app_home.home_tab_enabled).toBe(true);
    expect(features.unfurl_domains).toEqual(['huggingface.co']);
  });

  it('subscribes to exactly the events the app handles, on the events path', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([...SLACK_BOT_EVENTS]);
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe(SLACK_EVENTS_PATH);
  });
});
