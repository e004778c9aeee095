import { planMerge } from '../../../../src/store/mongo/merge-plan';

const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

describe('planMerge', () => {
  it('puts a new pair in a new group and links nothing for a lone identifier', () => {
    expect(planMerge([['a', 'b'], ['c'], ['d', 'd'], []], new Map(), ids('new-'))).toEqual({
      regroups: [],
      members: [
        { identifier: 'a', groupId: 'new-1' },
        { identifier: 'b', groupId: 'new-1' },
      ],
    });
  });

  it('joins an existing group, and merges groups into the smallest id', () => {
    const groupOf = new Map([
      ['a', 'g5'],
      ['b', 'g5'],
      ['c', 'g2'],
      ['x', 'g9'],
    ]);
    expect(planMerge([['b', 'c', 'e']], groupOf, ids('new-'))).toEqual({
      regroups: [{ from: ['g5'], to: 'g2' }],
      members: [
        { identifier: 'b', groupId: 'g2' },
        { identifier: 'c', groupId: 'g2' },
        { identifier: 'e', groupId: 'g2' },
      ],
    });
  });

  it('merges sets that share an identifier or a group, transitively, and keeps others apart', () => {
    const groupOf = new Map([
      ['a', 'g3'],
      ['z', 'g1'],
    ]);
    const plan = planMerge(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['d', 'b'],
        ['p', 'q'],
        ['z', 'y'],
        ['y', 'c'],
      ],
      groupOf,
      ids('new-'),
    );
    expect(plan.regroups).toEqual([{ from: ['g3'], to: 'g1' }]);
    const groups = new Map(plan.members.map((m) => [m.identifier, m.groupId]));
    for (const id of ['a', 'b', 'c', 'd', 'z', 'y']) expect(groups.get(id)).toBe('g1');
    expect(groups.get('p')).toBe('new-1');
    expect(groups.get('q')).toBe('new-1');
    expect(plan.members).toHaveLength(8);
  });
});
