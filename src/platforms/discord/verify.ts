// Discord signs every HTTP interaction: Ed25519 over timestamp + raw body, with the application's public key
// (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers).
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { isWithinReplayWindow } from '../replay-window.js';

export interface DiscordSignature {
  readonly publicKey: KeyObject;
  readonly body: Buffer;
  readonly signatureHex: string | undefined;
  readonly timestamp: string | undefined;
  /** injected clock for the replay window, Date.now in production */
  readonly now?: () => number;
}

/** The application's hex public key as a Node key object (raw 32-byte Ed25519 key, JWK form). */
export function discordPublicKey(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export function isValidDiscordSignature({ publicKey, body, signatureHex, timestamp, now = Date.now }: DiscordSignature): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  if (!isWithinReplayWindow(timestamp, now())) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), publicKey, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}
