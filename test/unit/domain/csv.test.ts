import { csvCell, csvLine } from '../../../src/domain/csv';

describe('csvCell', () => {
  it('leaves plain values alone', () => {
    expect(csvCell('abc')).toBe('abc');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "stop"')).toBe('"say ""stop"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it.each(['=SUM(A1)', '+5511987654321', '-1', '@cmd'])(
    'guards %s against formula injection',
    (value) => {
      expect(csvCell(value)).toBe(`'${value}`);
    },
  );

  it('guards and quotes together', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});

describe('csvLine', () => {
  it('joins cells and ends with CRLF', () => {
    expect(csvLine(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
  });
});
