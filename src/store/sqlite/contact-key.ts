/**
 * How a contact is keyed in suppression_keys. An E.164 number ('+' and 1 to 15 digits, no
 * leading zero) is the INTEGER of its digits: shorter than its text, and an integer first
 * field lets SQLite decide most comparisons of a B-tree descent without decoding the rest of
 * the row. Any other string (a BSUID, an email address, a wa_id without its '+') is kept as
 * TEXT, and the column has no affinity, so the two kinds never compare equal: the key is
 * one-to-one with the contact. The same rule is written in SQL in the migration's triggers
 * (suppression-keys-schema.ts); a test checks that the two agree.
 */
const E164_DIGITS = /^\+[1-9][0-9]{0,14}$/;

export type ContactKey = number | string;

export function contactKey(contact: string): ContactKey {
  return E164_DIGITS.test(contact) ? Number(contact.slice(1)) : contact;
}

export function contactFromKey(key: ContactKey): string {
  return typeof key === 'number' ? `+${key}` : key;
}
