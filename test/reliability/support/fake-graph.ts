/**
 * A stand-in for graph.facebook.com on 127.0.0.1, outside the service under test: a child
 * process's in-memory sandbox dies with it on SIGKILL, this record does not. Every send is
 * recorded when its request arrives (the moment the send started, as Meta would see it).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphSend {
  /** The wamid this server answered with ('' when it reset the connection instead). */
  id: string;
  phoneNumberId: string;
  to: string;
  type: string;
  body: Record<string, unknown>;
  authorization: string | null;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface FakeGraph {
  /** Base URL for WHATSAPP_API_BASE_URL. */
  url: string;
  sends: GraphSend[];
  /** Template (marketing) sends only, the ones a task makes. */
  templates(): GraphSend[];
  close(): Promise<void>;
}

export interface FakeGraphOptions {
  /**
   * A different answer for some sends: 'reset' drops the connection without one (an ambiguous
   * outcome), an object is sent as the HTTP answer; null answers normally.
   */
  respond?: (send: GraphSend) => 'reset' | { status: number; body: unknown } | null;
}

const MESSAGES = /^\/v\d+\.\d+\/([^/]+)\/messages$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

export async function startFakeGraph(opts: FakeGraphOptions = {}): Promise<FakeGraph> {
  const sends: GraphSend[] = [];
  let seq = 0;
  const server = createServer((req, res) => {
    const at = Date.now();
    void readBody(req).then((text) => {
      const match = MESSAGES.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        answer(res, 400, { error: { message: `Unsupported ${req.method} ${req.url}`, code: 100 } });
        return;
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        answer(res, 400, { error: { message: 'not JSON', code: 100 } });
        return;
      }
      seq += 1;
      const send: GraphSend = {
        id: `wamid.FAKE${String(seq).padStart(8, '0')}`,
        phoneNumberId: decodeURIComponent(match[1] ?? ''),
        to: String(body.to ?? ''),
        type: String(body.type ?? ''),
        body,
        authorization: req.headers.authorization ?? null,
        at,
      };
      sends.push(send);
      const special = opts.respond?.(send) ?? null;
      if (special === 'reset') {
        req.socket.destroy();
        return;
      }
      if (special) {
        answer(res, special.status, special.body);
        return;
      }
      answer(res, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: send.to, wa_id: send.to.replace(/^\+/, '') }],
        messages: [{ id: send.id }],
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sends,
    templates: () => sends.filter((s) => s.type === 'template'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
