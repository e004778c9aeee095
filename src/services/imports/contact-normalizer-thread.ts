/**
 * The worker side of contact-normalizer.ts: normalises the batches it is sent, in order, with the
 * same pure function as the rest of the service. Results travel as two parallel arrays (cheaper
 * to copy between threads than an object per contact).
 */
import { parentPort } from 'node:worker_threads';
import { normalizeContact } from '../../domain/contacts';
import type { Channel } from '../../domain/types';

export interface NormalizeRequest {
  id: number;
  channel: Channel;
  defaultRegion: string | null;
  raws: string[];
}

export interface NormalizeReply {
  id: number;
  /** The normalised contact, or null where `errors` says why the value is not one. */
  contacts: (string | null)[];
  errors: (string | null)[];
}

parentPort?.on('message', (request: NormalizeRequest) => {
  const contacts: (string | null)[] = [];
  const errors: (string | null)[] = [];
  for (const raw of request.raws) {
    const result = normalizeContact(request.channel, raw, request.defaultRegion);
    contacts.push(result.ok ? result.contact : null);
    errors.push(result.ok ? null : result.error);
  }
  const reply: NormalizeReply = { id: request.id, contacts, errors };
  parentPort?.postMessage(reply);
});
