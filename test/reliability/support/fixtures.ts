/** The Meta-shaped webhook fixtures, and what the reliability tests need to know about them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from '../../support/context';

const DIR = join(__dirname, '../../fixtures/webhooks');

export interface Fixture {
  name: string;
  /** The exact bytes on disk (Meta's escapes kept). */
  raw: string;
  json: Record<string, unknown>;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(DIR, name), 'utf8');
      return { name, raw, json: JSON.parse(raw) as Record<string, unknown> };
    });
}

/** Every value under `key` anywhere in a JSON value. */
export function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesOf(v, key));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key ? [v] : []),
    ...valuesOf(v, key),
  ]);
}

export const phoneNumberIdsOf = (fixtures: Fixture[]) => [
  ...new Set(fixtures.flatMap((f) => valuesOf(f.json, 'phone_number_id')).map(String)),
];

/** One tenant per phone_number_id the fixtures use (the default tenant keeps its own number). */
export async function tenantsForFixtures(
  ctx: TestContext,
  fixtures: Fixture[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const phoneNumberId of phoneNumberIdsOf(fixtures)) {
    const existing = await ctx.store.findTenantByPhoneNumberId(phoneNumberId);
    ids.set(
      phoneNumberId,
      existing?.id ?? (await ctx.createTenant(`Fixture ${phoneNumberId}`, phoneNumberId)).id,
    );
  }
  return ids;
}

/**
 * The fixtures carry 2024-2026 timestamps; replies are only sent to fresh messages. Rewrites
 * every "timestamp" in the raw text (string or number, as Meta mixes them) to a recent time,
 * keeping their order, and leaves every other byte alone.
 */
export function freshen(raw: string, now: Date, all: Fixture[]): string {
  const stamps = [
    ...new Set(
      all.flatMap((f) => [...f.raw.matchAll(/"timestamp":\s*"?(\d+)"?/g)].map((m) => Number(m[1]))),
    ),
  ].sort((a, b) => a - b);
  const base = Math.floor(now.getTime() / 1000) - 600;
  return raw.replace(
    /("timestamp":\s*)("?)(\d+)("?)/g,
    (_m, head: string, q1: string, digits: string, q2: string) => {
      const fresh = base + stamps.indexOf(Number(digits));
      return `${head}${q1}${fresh}${q2}`;
    },
  );
}
