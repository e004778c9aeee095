import {
  contactFromWaId,
  equivalentPhoneNumbers,
  isBsuid,
  normalizeContact,
} from '../../../src/domain/contacts';

const ok = (contact: string) => ({ ok: true, contact });

describe('normalizeContact: phone numbers', () => {
  it.each([
    ['+55 (11) 98765-4321', null, '+5511987654321'],
    ['+1 650.555.1234', null, '+16505551234'],
    ['0055 11 98765 4321', null, '+5511987654321'],
    ['0044 20 7946 0958', 'BR', '+442079460958'],
    ['(11) 98765-4321', 'BR', '+5511987654321'],
    ['6505551234', 'US', '+16505551234'],
    // Without a default region, digits are a wa_id: the international number without "+".
    ['16505551234', null, '+16505551234'],
    ['5511987654321', null, '+5511987654321'],
    // Meta's test numbers are possible but not "valid": they must pass.
    ['15550783881', null, '+15550783881'],
    ['+1 555 078 3881', null, '+15550783881'],
    // Mexico's old mobile form (wa_id) is read as the current +52 number.
    ['5215512345678', null, '+525512345678'],
    // A CSV-injection guard's apostrophe is not part of the number.
    ["'+5511987654321", null, '+5511987654321'],
  ])('%s (region %s) → %s', (raw, region, expected) => {
    expect(normalizeContact('whatsapp', raw, region)).toEqual(ok(expected));
    expect(normalizeContact('sms', raw, region)).toEqual(ok(expected));
  });

  it.each([
    ['hello', null, /not a phone number: "hello"/],
    ['+55 11', null, /too short for \+55/],
    ['+5511987654321999', null, /too long for \+55/],
    ['123', 'BR', /too short for region BR/],
    ['+999 1234567', null, /unknown country code/],
    ['+55 11 9876-abcd', null, /not a phone number/],
    ['   ', null, /contact is empty/],
    // A national number without a country code, and no region to read it in: +11987654321 would
    // be "possible", but it is nobody's number.
    ['11 98765-4321', null, /no country code in "11 98765-4321".*defaultRegion/],
    ['0611234567', null, /no country code/],
  ])('rejects %s (region %s) and says why', (raw, region, message) => {
    const result = normalizeContact('whatsapp', raw, region);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('normalizeContact: BSUID and email', () => {
  it('keeps a WhatsApp business-scoped user id as it is', () => {
    expect(normalizeContact('whatsapp', ' US.13491208655302741918 ', null)).toEqual(
      ok('US.13491208655302741918'),
    );
    expect(isBsuid('US.13491208655302741918')).toBe(true);
    expect(isBsuid('us.1349')).toBe(false);
  });

  it('does not accept a BSUID for SMS', () => {
    expect(normalizeContact('sms', 'US.13491208655302741918', null).ok).toBe(false);
  });

  it('trims and lower-cases email addresses', () => {
    expect(normalizeContact('email', '  Ana.Silva@Example.COM ', null)).toEqual(
      ok('ana.silva@example.com'),
    );
  });

  it.each(['ana', 'ana@example', 'ana @example.com', '@example.com', 'a@b@c.com'])(
    'rejects the email %s',
    (raw) => {
      const result = normalizeContact('email', raw, null);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/not an email address/);
    },
  );
});

describe('equivalentPhoneNumbers', () => {
  it('gives a Brazilian mobile without and with the ninth digit', () => {
    expect(equivalentPhoneNumbers('+5511987654321')).toEqual(['+551187654321']);
    expect(equivalentPhoneNumbers('+551187654321')).toEqual(['+5511987654321']);
  });

  it('gives no ninth-digit form to a Brazilian landline', () => {
    expect(equivalentPhoneNumbers('+551132654321')).toEqual([]);
  });

  it('gives Mexico with and without the old mobile 1', () => {
    expect(equivalentPhoneNumbers('+525512345678')).toEqual(['+5215512345678']);
    expect(equivalentPhoneNumbers('+5215512345678')).toEqual(['+525512345678']);
  });

  it('gives nothing for other countries', () => {
    expect(equivalentPhoneNumbers('+16505551234')).toEqual([]);
    expect(equivalentPhoneNumbers('+4915112345678')).toEqual([]);
  });
});

describe('contactFromWaId', () => {
  it('prefixes the digits with +', () => {
    expect(contactFromWaId('16505551234')).toBe('+16505551234');
    expect(contactFromWaId('+16505551234')).toBe('+16505551234');
  });
});
