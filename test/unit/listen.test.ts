import { createServer, type Server } from 'node:net';
import express from 'express';
import { ListenError, listen, listeningUrl } from '../../src/listen';

const open: { close(cb?: () => void): unknown }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      open.push(server);
      resolve({ server, port: (server.address() as { port: number }).port });
    });
  });
}

describe('listen', () => {
  it('rejects a taken port with EADDRINUSE, the address and the fix (not a silent "listening")', async () => {
    const { port } = await occupy();
    const attempt = listen(express(), { port, host: '127.0.0.1' });
    await expect(attempt).rejects.toBeInstanceOf(ListenError);
    await expect(attempt).rejects.toMatchObject({
      code: 'EADDRINUSE',
      message: expect.stringMatching(
        new RegExp(`127\\.0\\.0\\.1 port ${port} is already in use \\(EADDRINUSE\\).*set PORT`),
      ),
    });
  });

  it('names a HOST that is not an address of this machine', async () => {
    await expect(listen(express(), { port: 0, host: '203.0.113.7' })).rejects.toMatchObject({
      code: 'EADDRNOTAVAIL',
      message: expect.stringMatching(/fix HOST/),
    });
  });

  it('binds the given host only, and reports the port it really got for PORT=0', async () => {
    const server = await listen(express(), { port: 0, host: '127.0.0.1' });
    open.push(server);
    const { address, port } = server.address() as { address: string; port: number };
    expect(address).toBe('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(listeningUrl(server)).toBe(`http://127.0.0.1:${port}`);
  });

  it('binds every interface when no host is given, and says localhost in the URL', async () => {
    const server = await listen(express(), { port: 0, host: null });
    open.push(server);
    const { address, port } = server.address() as { address: string; port: number };
    expect(['::', '0.0.0.0']).toContain(address);
    expect(listeningUrl(server)).toBe(`http://localhost:${port}`);
  });
});
