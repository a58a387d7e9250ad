import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { buildApp } from './app.js';
import { parseTimeouts } from './server-timeouts.js';

const TIMEOUTS = { headersMs: 300, bodyMs: 300, requestMs: 2000, keepAliveMs: 300 };

/** Writes `text` a byte every 20 ms until done or the server closes; whether the server closed first. */
async function trickle(socket: Socket, text: string): Promise<boolean> {
  let closed = false;
  socket.once('close', () => (closed = true));
  for (const byte of text) {
    if (closed) return true;
    socket.write(byte);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return closed;
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

/** Resolves when the server closes the socket (true), or after `ms` with it still open (false). */
function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.closed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

describeEachEngine('request timeouts on a listening server', (engine) => {
  it('closes connections that trickle headers or a body, or idle after a request', async () => {
    const app = await buildApp({ db: await engine.openMigrated(), timeouts: TIMEOUTS });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    assert.ok(address !== null && typeof address === 'object');
    try {
      // A body of 200 bytes at a byte per 20 ms would take 4 s: the body timeout ends it first.
      const slowBody = await open(address.port);
      slowBody.write(
        'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n',
      );
      const body = JSON.stringify({ username: 'demo', password: 'x'.repeat(200) }).slice(0, 200);
      assert.equal(await trickle(slowBody, body), true, 'a body sent a byte at a time is cut off');

      // Headers that never end: 200 bytes of them would take 4 s.
      const slowHeaders = await open(address.port);
      const headers = `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'a'.repeat(200)}`;
      assert.equal(await trickle(slowHeaders, headers), true, 'headers sent a byte at a time are cut off');

      // A finished request keeps the connection only for the keep-alive time.
      const idle = await open(address.port);
      const answered = new Promise((resolve) => idle.once('data', resolve));
      idle.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
      await answered;
      assert.equal(await closedWithin(idle, 4000), true, 'an idle kept-alive connection is closed');
    } finally {
      await app.close();
    }
  });

  it('reads timeouts from their command-line form, in seconds by name', () => {
    assert.deepEqual(parseTimeouts('headers=5, request=1800,keep-alive=0.5'), {
      headersMs: 5000,
      requestMs: 1_800_000,
      keepAliveMs: 500,
    });
    for (const wrong of ['headers', 'body=0', 'slow=3', 'request=soon']) {
      assert.throws(() => parseTimeouts(wrong), /is not a timeout/, wrong);
    }
  });
});
