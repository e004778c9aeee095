/**
 * The MongoDB audience check's decision, from the aggregation's answer (no server here; the
 * contract suite runs the whole check against a replica set): suppression as findSuppressionIds
 * ranks it and over any consent, consent and opt-outs reaching a contact through its group.
 */
import { audienceOf, type Ranked } from '../../../../src/store/mongo/audience-query';

const DAY = 86_400_000;
const T0 = new Date('2026-01-15T10:00:00.000Z');
const optOut = (id: string, contact: string, scopeKey = '*', expiresIn: number | null = null) =>
  ({
    _id: id,
    contact,
    scopeKey,
    expiresAt: expiresIn === null ? null : new Date(T0.getTime() + expiresIn * DAY),
  }) satisfies Ranked;

describe('audienceOf', () => {
  it('leaves out who holds no consent; suppresses a consented one by its best opt-out', () => {
    const answer = {
      optOuts: [
        optOut('o3', '+1', 'cat-a', 30),
        optOut('o2', '+1', 'cat-a', null),
        optOut('o9', '+2', 'cat-a', 5),
      ],
      consents: [{ contact: '+1' }, { contact: '+3' }],
      groups: [],
    };
    const check = audienceOf(['+1', '+2', '+3', '+4'], [answer]);
    // Until revoked outranks a later expiry; all marketing outranks any category.
    expect(check.suppressed).toEqual(new Map([['+1', 'o2']]));
    // Consent first: +2's opt-out is not what leaves it out.
    expect(check.noConsent).toEqual(new Set(['+2', '+4']));
    const withAll = audienceOf(
      ['+1'],
      [{ ...answer, optOuts: [...answer.optOuts, optOut('o7', '+1', '*', 1)] }],
    );
    expect(withAll.suppressed).toEqual(new Map([['+1', 'o7']]));
  });

  it("reads a linked contact's group: its members' opt-outs and consents reach it", () => {
    const answers = [
      {
        optOuts: [],
        consents: [],
        groups: [
          { identifier: '+1', optOuts: [], consents: [{ _id: 'c1' }] },
          { identifier: '+2', optOuts: [optOut('o1', 'BR.2')], consents: [{ _id: 'c2' }] },
        ],
      },
      // A second chunk's answer counts the same.
      { optOuts: [], consents: [{ contact: '+5' }], groups: [] },
    ];
    const check = audienceOf(['+1', '+2', '+3', '+5'], answers);
    expect(check.suppressed).toEqual(new Map([['+2', 'o1']]));
    expect(check.noConsent).toEqual(new Set(['+3']));
  });
});
