// Tests talk to fakes on 127.0.0.1 only: a connection to any other host fails the test at once,
// before any packet leaves the machine.
import net from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1']);

/** net.connect normalizes its arguments into an array whose first element holds host/port or a path. */
export function targetHost(args: readonly unknown[]): string | null {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first !== 'object' || first === null) return typeof args[1] === 'string' ? args[1] : null;
  if ('path' in first && (first as { path?: unknown }).path) return null; // a Unix socket or pipe
  return String((first as { host?: unknown }).host ?? 'localhost');
}

export function isLoopbackHost(host: string | null): boolean {
  return host === null || LOOPBACK.has(host);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function loopbackOnlyConnect(this: net.Socket, ...args: unknown[]) {
  const host = targetHost(args);
  if (!isLoopbackHost(host)) throw new Error(`test tried to reach ${host}: only 127.0.0.1 is allowed`);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
