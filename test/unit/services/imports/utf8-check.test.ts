import { detectSeparator } from '../../../../src/services/imports/csv-reader';
import { createUtf8Check } from '../../../../src/services/imports/utf8-check';

/** Feeds `bytes` in chunks of `size`; the error message, or null when all was UTF-8. */
function check(bytes: Buffer, size: number): string | null {
  const c = createUtf8Check();
  try {
    for (let i = 0; i < bytes.length; i += size) c.write(bytes.subarray(i, i + size));
    c.end();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('createUtf8Check', () => {
  const text = Buffer.from('contact,remarks\n+34611111111,José 🦜 ñandú €\n', 'utf8');

  it.each([1, 2, 3, 5, 7, 64])('accepts UTF-8 split into %i-byte chunks', (size) => {
    expect(check(text, size)).toBeNull();
  });

  it.each([1, 3, 64])('names the line of a Latin-1 byte (%i-byte chunks)', (size) => {
    const bytes = Buffer.from('contact,remarks\n+34611111111,ok\n+34611111112,Jos\xe9\n', 'latin1');
    expect(check(bytes, size)).toMatch(/line 3 has the byte 0xE9 \(byte 49 of the file\)/);
  });

  it('refuses a sequence cut off at the end of the file', () => {
    expect(check(text.subarray(0, text.indexOf(0xf0) + 2), 4)).toMatch(/line 2/);
  });

  it('leaves a UTF-16LE file (BOM FF FE) to the reader', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('contact\n', 'utf16le')]);
    expect(check(utf16, 1)).toBeNull();
  });
});

describe('detectSeparator', () => {
  it.each([
    ['contact,remarks\n', ','],
    ['channel;contact;remarks\r\n', ';'],
    ['contact\tremarks', '\t'],
    ['"a;b",c\n', ','],
    ['contact\n+34;1;2', ','],
    ['', ','],
  ])('reads %j as separated by %j', (header, sep) => {
    expect(String.fromCharCode(detectSeparator(header))).toBe(sep);
  });
});
