import { sign, verifySignature } from '../../../src/whatsapp/signature';

const SECRET = 'test-app-secret';

describe('sign', () => {
  it('matches a digest computed independently with openssl (known answer)', () => {
    // printf '%s' '{"object":"whatsapp_business_account","entry":[]}' | openssl dgst -sha256 -hmac 'test-app-secret'
    const body = '{"object":"whatsapp_business_account","entry":[]}';
    expect(sign(SECRET, body)).toBe(
      'sha256=c84a394cc475525991e78ff16e430b02e47f953877d2af0ade26956ce6f384dc',
    );
    expect(sign(SECRET, Buffer.from(body))).toBe(sign(SECRET, body));
  });

  it('hashes \\uXXXX escapes as the literal bytes Meta sends (known answer)', () => {
    const body = String.raw`{"text":{"body":"Ol\u00e1 \ud83d\udc4b stop"}}`;
    expect(sign(SECRET, body)).toBe(
      'sha256=2d15aadec81e3bcd301e29502dd154b0391e2ea2632c247fdffa1402cdd13c41',
    );
  });

  it('hashes UTF-8 bytes of raw emoji and accents (known answer)', () => {
    const body = Buffer.from('{"text":{"body":"Olá 👋 ação"}}', 'utf8');
    expect(sign(SECRET, body)).toBe(
      'sha256=192f6a3a927dbbb16f25c5cb5153f37f9f06b77a9f7a3ea16825e5cf852bbfcb',
    );
  });
});

describe('verifySignature', () => {
  const bodies: [string, string][] = [
    ['ascii', '{"text":{"body":"STOP"}}'],
    [
      'emoji and accents (UTF-8)',
      '{"text":{"body":"não quero 🙅‍♀️ más mensajes, ¡gracias! Ünsubscribe"}}',
    ],
    ['@ and /', '{"text":{"body":"mail me at ana@example.com / https://x.y/z"}}'],
    [
      'Meta-style escaped unicode, \\/ and \\u0040',
      String.raw`{"text":{"body":"n\u00e3o \ud83d\ude4f ana\u0040example.com https:\/\/x.y"}}`,
    ],
    ['pretty-printed with CRLF', '{\r\n  "a" : 1 \r\n}'],
  ];

  it.each(bodies)('verifies %s over the raw bytes', (_name, text) => {
    const raw = Buffer.from(text, 'utf8');
    expect(verifySignature([SECRET], raw, sign(SECRET, raw))).toBe(true);
  });

  it('fails when the body was decoded and re-serialised (the classic bug)', () => {
    const raw = Buffer.from(String.raw`{"text":{"body":"n\u00e3o ana\u0040example.com"}}`);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
    expect(verifySignature([SECRET], reserialised, sign(SECRET, raw))).toBe(false);
  });

  it('accepts any of the secrets during a rotation', () => {
    const raw = Buffer.from('{"x":1}');
    expect(verifySignature(['new-secret', SECRET], raw, sign(SECRET, raw))).toBe(true);
    expect(verifySignature([SECRET, 'new-secret'], raw, sign('new-secret', raw))).toBe(true);
    expect(verifySignature(['other', 'another'], raw, sign(SECRET, raw))).toBe(false);
  });

  it('ignores empty secrets and rejects everything when none is configured', () => {
    const raw = Buffer.from('{"x":1}');
    expect(verifySignature([''], raw, sign('', raw))).toBe(false);
    expect(verifySignature([], raw, sign(SECRET, raw))).toBe(false);
  });

  it('rejects a body changed by one byte', () => {
    const raw = Buffer.from('{"text":{"body":"STOP"}}');
    const header = sign(SECRET, raw);
    expect(verifySignature([SECRET], Buffer.from('{"text":{"body":"STOQ"}}'), header)).toBe(false);
  });

  const raw = Buffer.from('{"text":{"body":"STOP"}}');
  const good = sign(SECRET, raw);
  const hex = good.slice('sha256='.length);
  const bad: [string, string | undefined][] = [
    ['missing', undefined],
    ['empty', ''],
    ['prefix only', 'sha256='],
    ['no prefix', hex],
    ['upper-case prefix', `SHA256=${hex}`],
    ['sha1 prefix', `sha1=${hex}`],
    ['truncated digest', good.slice(0, -2)],
    ['digest one char short', good.slice(0, -1)],
    ['digest too long', `${good}00`],
    ['non-hex characters', `sha256=${'z'.repeat(64)}`],
    ['valid hex prefix then garbage', `sha256=${hex.slice(0, 32)}${'g'.repeat(32)}`],
    ['leading space', ` ${good}`],
    ['trailing space', `${good} `],
    ['base64 instead of hex', `sha256=${Buffer.from(hex, 'hex').toString('base64')}`],
    ['two signatures', `${good},${good}`],
  ];

  it.each(bad)('rejects a %s header', (_name, header) => {
    expect(verifySignature([SECRET], raw, header)).toBe(false);
  });

  it("rejects upper-case hex digits: Meta writes lower-case, so this header is not Meta's", () => {
    expect(verifySignature([SECRET], raw, `sha256=${hex.toUpperCase()}`)).toBe(false);
  });
});
