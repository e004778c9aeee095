import {
  mapDigits,
  nanpPlaceOfNumber,
  zonesOfNumber,
} from '../../../../src/services/dispatch/phone-zones';
import { recipientZones } from '../../../../src/services/dispatch/recipient-window';

describe('a number’s time zones from libphonenumber’s map', () => {
  it.each([
    // US and Canada: by area code
    ['+12125550100', ['America/New_York']],
    ['+13105550100', ['America/Los_Angeles']],
    ['+13125550100', ['America/Chicago']],
    ['+13035550100', ['America/Denver']],
    ['+18085550100', ['Pacific/Honolulu']],
    ['+14165550100', ['America/Toronto']],
    ['+16045550100', ['America/Vancouver']],
    // Brazil: by DDD
    ['+5511987654321', ['America/Sao_Paulo']],
    ['+5592987654321', ['America/Manaus']],
    // Mexico: by area code, also in WhatsApp's old mobile form +521
    ['+526641234567', ['America/Tijuana']],
    ['+5216641234567', ['America/Tijuana']],
    ['+525512345678', ['America/Mexico_City']],
    // Russia
    ['+74951234567', ['Europe/Moscow']],
    ['+74232123456', ['Asia/Vladivostok']],
    // Indonesia
    ['+6221123456', ['Asia/Jakarta']],
    ['+62967123456', ['Asia/Jayapura']],
    // Australia
    ['+61212345678', ['Australia/Sydney']],
  ])('%s → %j', (number, zones) => {
    expect(zonesOfNumber(number)).toEqual(zones);
  });

  it('gives every zone of a prefix that spans several (the caller applies all of them)', () => {
    const zones = zonesOfNumber('+61812345678'); // Australia's 08 covers WA, SA and NT
    expect(zones).toEqual(expect.arrayContaining(['Australia/Perth', 'Australia/Adelaide']));
    expect(zones.length).toBeGreaterThan(1);
  });

  it('knows nothing of a BSUID or a too-short number', () => {
    expect(zonesOfNumber('US.13491208655302741918')).toEqual([]);
    expect(zonesOfNumber('+1')).toEqual([]);
    expect(zonesOfNumber('bsuid:abc')).toEqual([]);
  });

  it('reads Mexico’s and Argentina’s old mobile forms in the map’s form', () => {
    expect(mapDigits('+5216641234567')).toBe('526641234567');
    expect(mapDigits('+5491123456789')).toBe('541123456789');
    expect(mapDigits('+12125550100')).toBe('12125550100');
  });

  it('places +1 numbers in their state or province', () => {
    expect(nanpPlaceOfNumber('+13055550100')).toBe('Florida');
    expect(nanpPlaceOfNumber('+14055550100')).toBe('Oklahoma');
    expect(nanpPlaceOfNumber('+14165550100')).toBe('Ontario');
    expect(nanpPlaceOfNumber('+5511987654321')).toBeNull();
  });
});

describe('a recipient’s zones', () => {
  it('are the tenant’s import column when given, whatever the number says', () => {
    expect(recipientZones({ contact: '+12125550100', timeZone: 'America/Chicago' }, 'UTC')).toEqual(
      ['America/Chicago'],
    );
  });

  it('are the number’s otherwise, and the tenant’s for what the map does not place', () => {
    expect(recipientZones({ contact: '+12125550100', timeZone: null }, 'UTC')).toEqual([
      'America/New_York',
    ]);
    expect(recipientZones({ contact: 'bsuid:abc', timeZone: null }, 'Europe/Lisbon')).toEqual([
      'Europe/Lisbon',
    ]);
  });
});
