// Config is validated once with one clear line per problem, and secrets never reach the log.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

describe('config', () => {
  it('with no credentials, no platform is on (the console opens)', () => {
    const result = parseConfig({});
    expect(result.ok && result.config.platforms).toEqual({ discordGateway: false, discordInteractions: false, slack: null });
  });

  it.each([
    [{ DISCORD_TOKEN: 't' }, 'DISCORD_APPLICATION_ID is missing'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is missing'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is missing'],
    [{ PORT: 'eighty' }, 'PORT:'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN: must start with xoxb-'],
  ])('%j → %s', (env, line) => {
    const result = parseConfig(env);
    expect(result.ok ? [] : result.errors).toEqual(expect.arrayContaining([expect.stringContaining(line)]));
  });

  it('turns each platform on by its own variables', () => {
    const result = parseConfig({ DISCORD_PUBLIC_KEY: 'a'.repeat(64), SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(result.ok && result.config.platforms).toEqual({ discordGateway: false, discordInteractions: true, slack: 'socket' });
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', PORT: '' }).ok).toBe(true);
  });
});

describe('logger', () => {
  it('redacts tokens and signing secrets', () => {
    let output = '';
    const sink = new Writable({ write(chunk, _encoding, done) { output += chunk.toString(); done(); } });
    const log = createLogger('info', sink);
    log.info({ env: { DISCORD_TOKEN: 'tok-123', SLACK_SIGNING_SECRET: 'sig-456', HF_TOKEN: 'hf_789' }, headers: { authorization: 'Bot tok-123' } }, 'start');
    expect(output).toContain('[redacted]');
    expect(output).not.toMatch(/tok-123|sig-456|hf_789/);
  });
});

describe('secrets inside URLs', () => {
  it('scrubs interaction tokens, Slack response URLs and URL passwords from errors, fields and messages', () => {
    let output = '';
    const sink = new Writable({ write(chunk, _encoding, done) { output += chunk.toString(); done(); } });
    const log = createLogger('info', sink);
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZg';
    const failure = Object.assign(new Error(`PATCH https://discord.com/api/v10/webhooks/222222222222222222/${token}/messages/@original failed`), {
      url: `https://discord.com/api/v10/webhooks/222222222222222222/${token}/messages/@original`,
    });
    log.error({ err: failure, callback: `/interactions/333333333333333333/${token}/callback` }, 'follow-up failed');
    log.warn(`respond to https://hooks.slack.com/commands/T0001/1234567890/abcdefSECRETghijkl failed`);
    log.info({ redis: 'redis://default:hunter2@redis.internal:6379' }, 'connecting');
    expect(output).not.toMatch(new RegExp(`${token}|abcdefSECRETghijkl|hunter2`));
    expect(output).toContain('follow-up failed');
    expect(output).toContain('webhooks/222222222222222222/[redacted]');
  });
});

describe('URLs in the environment', () => {
  it.each([
    [{ HF_ENDPOINT: 'file:///etc' }, 'HF_ENDPOINT: must be an http:// or https:// URL'],
    [{ HF_ENDPOINT: 'ftp://mirror.example/hf' }, 'HF_ENDPOINT: must be an http:// or https:// URL'],
    [{ SLACK_API_URL: 'javascript:alert(1)' }, 'SLACK_API_URL: must be an http:// or https:// URL'],
    [{ DISCORD_API_URL: 'file:///tmp/x' }, 'DISCORD_API_URL: must be an http:// or https:// URL'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL: must be a redis:// or rediss:// URL'],
  ])('%j → %s', (env, line) => {
    const result = parseConfig(env);
    expect(result.ok ? [] : result.errors).toEqual([line]);
  });

  it('accepts http(s) endpoints and a redis:// URL', () => {
    const result = parseConfig({ HF_ENDPOINT: 'http://127.0.0.1:8080/mirror', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(result.ok && [result.config.env.HF_ENDPOINT, result.config.env.REDIS_URL]).toEqual(['http://127.0.0.1:8080/mirror', 'redis://127.0.0.1:6379']);
  });
});
