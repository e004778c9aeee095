/**
 * Normalising many contacts for an import. Parsing a phone number (libphonenumber: ~6-12 µs and
 * ~7 KB of garbage each, unless already international, see domain/international-number.ts) can
 * be most of a large import's work, so background imports normalise on a worker thread: the
 * import's own thread meanwhile reads the file and writes earlier rows, and its heap stays
 * small. Small imports normalise in place (a thread costs ~30 MB and tens of ms to start).
 */
import type { Worker } from 'node:worker_threads';
import { normalizeContact, type NormalizedContact } from '../../domain/contacts';
import type { Channel } from '../../domain/types';
import { startWorker } from '../../worker-thread';
import type { NormalizeReply, NormalizeRequest } from './contact-normalizer-thread';

export interface ContactNormalizer {
  /** Results in the order of `raws`. Calls are answered in the order they were made. */
  normalize(
    channel: Channel,
    raws: string[],
    defaultRegion: string | null,
  ): Promise<NormalizedContact[]>;
  /** Stops the thread, if any; pending calls are rejected. */
  close(): Promise<void>;
}

export function inPlaceNormalizer(): ContactNormalizer {
  return {
    async normalize(channel, raws, defaultRegion) {
      return raws.map((raw) => normalizeContact(channel, raw, defaultRegion));
    },
    async close() {},
  };
}

/** A young generation this small is plenty: nothing a batch allocates outlives it. */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Started on the first call, so an import refused before it reads a row starts no thread. */
export function threadNormalizer(): ContactNormalizer {
  let worker: Worker | null = null;
  const waiting = new Map<
    number,
    { resolve: (r: NormalizedContact[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  let failure: Error | null = null;

  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  const onReply = (reply: NormalizeReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    w?.resolve(
      reply.contacts.map((contact, i) =>
        contact === null
          ? { ok: false, error: reply.errors[i] ?? 'not a contact' }
          : { ok: true, contact },
      ),
    );
  };
  const started = (): Worker => {
    if (worker) return worker;
    worker = startThread();
    worker.on('message', onReply);
    worker.on('error', failAll);
    worker.on('exit', (code) =>
      failAll(new Error(`the contact normaliser thread stopped (exit code ${code})`)),
    );
    return worker;
  };

  return {
    normalize(channel, raws, defaultRegion) {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      const request: NormalizeRequest = { id, channel, defaultRegion, raws };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        started().postMessage(request);
      });
    },
    async close() {
      failAll(new Error('the contact normaliser was closed'));
      await worker?.terminate();
    },
  };
}

function startThread(): Worker {
  // The thread imports domain sources: under jest or tsx it loads them through tsx.
  return startWorker(__dirname, 'contact-normalizer-thread', 'sources', {
    resourceLimits: THREAD_LIMITS,
  });
}
