import { acceptedLanguages } from '../../../src/http/accept-language';

describe('acceptedLanguages', () => {
  it('orders by quality, then as written', () => {
    expect(acceptedLanguages('th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual([
      'th-TH',
      'th',
      'en-US',
      'en',
    ]);
    expect(acceptedLanguages('en;q=0.5, ja, ar;q=0.9')).toEqual(['ja', 'ar', 'en']);
    expect(acceptedLanguages('de ; q = 0.3 , fr')).toEqual(['fr', 'de']);
  });

  it('drops refused, wildcard and malformed entries', () => {
    expect(acceptedLanguages('fr;q=0, *;q=0.5, <script>, ja;q=2, ur;level=1, bn;q=0.4')).toEqual([
      'bn',
    ]);
    expect(acceptedLanguages('')).toEqual([]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('reads at most 20 entries of a long header', () => {
    const header = [...Array.from({ length: 30 }, () => 'xx;q=0.9'), 'ja'].join(',');
    expect(acceptedLanguages(header)).toHaveLength(20);
    expect(acceptedLanguages(header)).not.toContain('ja');
  });
});
