// The guard in test/helpers/loopback-only.ts: checked on the arguments net.connect hands to sockets,
// never by trying to reach the outside.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, targetHost } from './helpers/loopback-only.js';

describe('network guard', () => {
  it('is installed on every socket', () => {
    expect(net.Socket.prototype.connect.name).toBe('loopbackOnlyConnect');
  });

  it.each([
    [[[{ host: 'discord.com', port: 443 }, null]], false],
    [[{ host: '10.0.0.1', port: 80 }], false],
    [[[{ host: '127.0.0.1', port: 3000 }, null]], true],
    [[{ port: 3000 }], true],
    [[{ path: '/tmp/socket' }], true],
  ] as const)('%j allowed: %s', (args, allowed) => {
    expect(isLoopbackHost(targetHost(args as unknown as unknown[]))).toBe(allowed);
  });

  it('still lets tests reach the fakes on 127.0.0.1', async () => {
    const server = net.createServer((socket) => socket.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const reply = await new Promise<string>((resolve) => {
      net.connect({ host: '127.0.0.1', port }, function onConnect(this: net.Socket) { this.on('data', (d) => resolve(d.toString())); });
    });
    server.close();
    expect(reply).toBe('ok');
  });
});
