// A real pino logger that writes nowhere, for doors under test.
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log.js';

export function silentLogger() {
  return createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
}
