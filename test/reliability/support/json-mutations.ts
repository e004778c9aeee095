/**
 * Structural mutations of a JSON document (a webhook fixture): replace a node with a value of
 * another type, delete it, flip numbers and numeric strings, blow an array up, bury a node under
 * deep nesting. Pure: each returns a new document.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

/** Every path in the document, the root excluded. */
export function pathsOf(doc: Json, prefix: Path = []): Path[] {
  if (Array.isArray(doc))
    return doc.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (doc !== null && typeof doc === 'object')
    return Object.entries(doc).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

export function getAt(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(key)] : node[String(key)];
  }
  return node;
}

/** `doc` with the node at `path` replaced by `fn(node)`; `undefined` from fn deletes it. */
export function updateAt(doc: Json, path: Path, fn: (node: Json) => Json | undefined): Json {
  if (path.length === 0) return fn(doc) ?? null;
  const [key, ...rest] = path;
  if (Array.isArray(doc)) {
    const i = Number(key);
    if (i >= doc.length) return doc;
    const next = rest.length === 0 ? fn(doc[i] as Json) : updateAt(doc[i] as Json, rest, fn);
    return next === undefined
      ? doc.filter((_, j) => j !== i)
      : doc.map((v, j) => (j === i ? next : v));
  }
  if (doc !== null && typeof doc === 'object') {
    const k = String(key);
    if (!(k in doc)) return doc;
    const next = rest.length === 0 ? fn(doc[k] as Json) : updateAt(doc[k] as Json, rest, fn);
    const copy = { ...doc };
    if (next === undefined) delete copy[k];
    else copy[k] = next;
    return copy;
  }
  return doc;
}

/** The same information in the other JSON type: "123" ⇄ 123, x → [x], {a} → [a], [a] → {0: a}. */
export function flipType(node: Json): Json {
  if (typeof node === 'string') return /^-?\d+(\.\d+)?$/.test(node) ? Number(node) : [node];
  if (typeof node === 'number') return String(node);
  if (typeof node === 'boolean') return node ? 'true' : 0;
  if (node === null) return 'null';
  if (Array.isArray(node)) return Object.fromEntries(node.map((v, i) => [String(i), v]));
  return Object.values(node);
}

/** Every numeric string becomes a number and every number a string, throughout. */
export function flipAllNumbers(node: Json): Json {
  if (typeof node === 'string') return /^\d{1,15}$/.test(node) ? Number(node) : node;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(flipAllNumbers);
  if (node !== null && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, flipAllNumbers(v)]));
  return node;
}

/** `node` at the bottom of `depth` levels of arrays or objects (built without recursion). */
export function bury(node: Json, depth: number, shape: 'array' | 'object'): Json {
  let out: Json = node;
  for (let i = 0; i < depth; i++) out = shape === 'array' ? [out] : { a: out };
  return out;
}

/** An array of `n` copies of the node (or the node's first item when it is an array). */
export function multiply(node: Json, n: number): Json {
  const item = Array.isArray(node) ? (node[0] ?? null) : node;
  return Array.from({ length: n }, () => item);
}

/** Replaces every string under a key in `keys` by `text` (message bodies, names, ids). */
export function replaceStrings(
  node: Json,
  keys: ReadonlySet<string>,
  text: (old: string) => string,
): Json {
  if (Array.isArray(node)) return node.map((v) => replaceStrings(v, keys, text));
  if (node !== null && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        keys.has(k) && typeof v === 'string' ? text(v) : replaceStrings(v, keys, text),
      ]),
    );
  return node;
}
