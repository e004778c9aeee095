/**
 * The baseline: Express answering 200 to POST /webhook without verifying, parsing or storing
 * anything. What stopline adds over this is the cost being measured.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { serveIpc } from './ipc';

const app = express();
app.disable('x-powered-by');
app.post('/webhook', (_req, res) => {
  res.status(200).json({ received: true });
});
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  serveIpc(port, {}, async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
