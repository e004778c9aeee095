/**
 * What a tenant's keyword lists may not say. A never-opt-out phrase that is itself a stop
 * keyword ("stop", "STOP please", "BAJA") would switch the legally required STOP off for every
 * customer of the tenant; a word in two lists means two things, and one of them silently wins.
 * Checked when the lists change (tenant-service.ts); the conversation also ignores such a
 * never-opt-out phrase stored before this check (`appliedNeverOptOut`).
 */
import { isStopKeywordPhrase } from './intent/stop-keyword-phrase';
import { phraseTokens } from './intent/normalize';
import type { TenantSettings } from './types';

const key = (phrase: string): string => phraseTokens(phrase).join(' ');

/** Every problem with the keyword lists, each naming the phrase and the fix; [] when none. */
export function keywordProblems(keywords: TenantSettings['keywords']): string[] {
  const problems: string[] = [];
  const never = keywords.neverOptOut ?? [];
  for (const phrase of never) {
    if (isStopKeywordPhrase(phrase)) {
      problems.push(
        `keywords.neverOptOut: "${phrase}" is a stop keyword; a customer must always be able to ` +
          'opt out with it. List only phrases that contain other words, such as a brand name ("Stop & Shop").',
      );
    }
  }
  const pairs: [string, string[], string, string[]][] = [
    ['optOut', keywords.optOut, 'optIn', keywords.optIn],
    ['optOut', keywords.optOut, 'neverOptOut', never],
  ];
  for (const [aName, a, bName, b] of pairs) {
    const inB = new Set(b.map(key));
    for (const phrase of a) {
      if (inB.has(key(phrase))) {
        problems.push(
          `keywords: "${phrase}" is in both ${aName} and ${bName}; a keyword can mean only one thing, remove it from one list.`,
        );
      }
    }
  }
  return problems;
}

/** The never-opt-out phrases the classifier may apply: never one that is a stop keyword. */
export function appliedNeverOptOut(keywords: TenantSettings['keywords']): string[] {
  return (keywords.neverOptOut ?? []).filter((p) => !isStopKeywordPhrase(p));
}
