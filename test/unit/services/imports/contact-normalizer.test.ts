import { normalizeContact } from '../../../../src/domain/contacts';
import {
  inPlaceNormalizer,
  threadNormalizer,
  type ContactNormalizer,
} from '../../../../src/services/imports/contact-normalizer';

const RAWS = [
  '+55 (11) 98765-4321',
  '0044 7911 123456',
  '+1 650 555 1234',
  '(11) 98765-4321',
  'call me',
  '+5511',
  '',
  'US.13491208655302741918',
  "'+4915112345678",
];

describe.each([
  ['on a worker thread', threadNormalizer],
  ['in place', inPlaceNormalizer],
])('contact normaliser %s', (_name, start) => {
  let normalizer: ContactNormalizer;
  beforeEach(() => {
    normalizer = start();
  });
  afterEach(async () => {
    await normalizer.close();
  });

  it('answers exactly what normalizeContact answers, in order', async () => {
    for (const region of [null, 'BR']) {
      expect(await normalizer.normalize('whatsapp', RAWS, region)).toEqual(
        RAWS.map((raw) => normalizeContact('whatsapp', raw, region)),
      );
    }
  });

  it('answers calls made together each with its own results', async () => {
    const batches = [RAWS.slice(0, 3), [], RAWS.slice(3), RAWS.slice(1, 2)];
    const answers = await Promise.all(
      batches.map((raws) => normalizer.normalize('whatsapp', raws, null)),
    );
    expect(answers).toEqual(
      batches.map((raws) => raws.map((raw) => normalizeContact('whatsapp', raw, null))),
    );
  });
});

describe('threadNormalizer', () => {
  it('refuses calls once closed', async () => {
    const normalizer = threadNormalizer();
    expect(await normalizer.normalize('whatsapp', ['+1 650 555 1234'], null)).toEqual([
      { ok: true, contact: '+16505551234' },
    ]);
    await normalizer.close();
    await expect(normalizer.normalize('whatsapp', ['+1 650 555 1234'], null)).rejects.toThrow(
      /closed/,
    );
  });

  it('starts no thread until asked, so closing an unused one is immediate', async () => {
    await expect(threadNormalizer().close()).resolves.toBeUndefined();
  });
});
