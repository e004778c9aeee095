/**
 * Which identity groups to merge when sets of identifiers are linked (pure).
 *
 * Every identifier of a set, and every group one of them already belongs to, end up in one
 * group: the smallest existing group id (as the SQLite store chooses), or a new one when none
 * of them was in a group. Sets that share an identifier or a group merge together, so a whole
 * import chunk is planned at once and written in one bulkWrite.
 */

export interface MergePlan {
  /** Groups whose every member moves to `to`. */
  regroups: { from: string[]; to: string }[];
  /** Every linked identifier with the group it ends in (created when new). */
  members: { identifier: string; groupId: string }[];
}

/**
 * @param sets identifiers seen together; a set of fewer than two distinct ones links nothing
 * @param groupOf the group each identifier is in now (absent: not recorded yet)
 * @param newGroupId a fresh group id, for a component none of whose identifiers had one
 */
export function planMerge(
  sets: readonly (readonly string[])[],
  groupOf: ReadonlyMap<string, string>,
  newGroupId: () => string,
): MergePlan {
  // Union-find over identifiers and groups (group nodes prefixed so they never meet an identifier).
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let at = node;
    while (at !== root) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const add = (node: string): void => {
    if (!parent.has(node)) parent.set(node, node);
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };

  const linked: string[] = [];
  for (const set of sets) {
    const unique = [...new Set(set)];
    if (unique.length < 2) continue;
    for (const identifier of unique) {
      const node = `i:${identifier}`;
      if (!parent.has(node)) linked.push(identifier);
      add(node);
      const group = groupOf.get(identifier);
      if (group !== undefined) {
        add(`g:${group}`);
        union(node, `g:${group}`);
      }
    }
    for (const identifier of unique.slice(1)) union(`i:${unique[0]}`, `i:${identifier}`);
  }

  const groupsByRoot = new Map<string, string[]>();
  for (const node of parent.keys()) {
    if (!node.startsWith('g:')) continue;
    const root = find(node);
    const list = groupsByRoot.get(root);
    if (list) list.push(node.slice(2));
    else groupsByRoot.set(root, [node.slice(2)]);
  }
  const targetByRoot = new Map<string, string>();
  const regroups: MergePlan['regroups'] = [];
  for (const [root, groups] of groupsByRoot) {
    groups.sort();
    const [to, ...from] = groups as [string, ...string[]];
    targetByRoot.set(root, to);
    if (from.length > 0) regroups.push({ from, to });
  }
  const members = linked.map((identifier) => {
    const root = find(`i:${identifier}`);
    let groupId = targetByRoot.get(root);
    if (groupId === undefined) {
      groupId = newGroupId();
      targetByRoot.set(root, groupId);
    }
    return { identifier, groupId };
  });
  return { regroups, members };
}
