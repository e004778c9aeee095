/**
 * Template body parameters per recipient: positional (`{{1}}`, a list) or named (an object).
 * We do not hold the approved template, so "fitting" means: every value is one Meta accepts,
 * and every recipient has the same shape as the task's other recipients (the template has
 * one fixed set of variables; a recipient that differs would fail with 132000).
 */
import type { TemplateParams } from './types';

export type ParamShape =
  { kind: 'none' } | { kind: 'positional'; count: number } | { kind: 'named'; names: string[] };

/** Meta's rule for named parameters: lower-case letters, digits and underscores. */
const PARAM_NAME = /^[a-z_][a-z0-9_]{0,59}$/;
/** Meta's per-parameter limit for body text. */
export const MAX_PARAM_LENGTH = 1024;

export function isParamName(name: string): boolean {
  return PARAM_NAME.test(name);
}

export function paramShape(params: TemplateParams): ParamShape {
  if (params === null) return { kind: 'none' };
  if (Array.isArray(params))
    return params.length === 0 ? { kind: 'none' } : { kind: 'positional', count: params.length };
  const names = Object.keys(params).sort();
  return names.length === 0 ? { kind: 'none' } : { kind: 'named', names };
}

export function describeShape(shape: ParamShape): string {
  switch (shape.kind) {
    case 'none':
      return 'no parameters';
    case 'positional':
      return `${shape.count} positional parameter${shape.count === 1 ? '' : 's'}`;
    case 'named':
      return `named parameters ${shape.names.join(', ')}`;
  }
}

export function sameShape(a: ParamShape, b: ParamShape): boolean {
  return describeShape(a) === describeShape(b);
}

/** The shape most recipients have (ties: the first seen), or null with no recipients. */
export function dominantShape(shapes: Iterable<ParamShape>): ParamShape | null {
  const counts = new Map<string, { shape: ParamShape; n: number }>();
  let best: { shape: ParamShape; n: number } | null = null;
  for (const shape of shapes) {
    const key = describeShape(shape);
    const entry = counts.get(key) ?? { shape, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
    if (!best || entry.n > best.n) best = entry;
  }
  return best?.shape ?? null;
}

/**
 * Why Meta would reject this value, or null. Meta refuses empty parameters and text with new
 * lines, tabs or more than four consecutive spaces (error 132018).
 */
export function paramValueProblem(value: string): string | null {
  if (value.trim() === '') return 'is empty';
  if (/[\n\r\t]/.test(value)) return 'contains a new line or tab';
  if (/ {5,}/.test(value)) return 'contains more than four consecutive spaces';
  if (value.length > MAX_PARAM_LENGTH) return `is longer than ${MAX_PARAM_LENGTH} characters`;
  return null;
}

/** Why these parameters do not fit (bad names or values, or not the expected shape), or null. */
export function paramsProblem(params: TemplateParams, expected: ParamShape | null): string | null {
  if (params !== null && !Array.isArray(params)) {
    const bad = Object.keys(params).find((name) => !isParamName(name));
    if (bad !== undefined) {
      // "1" is digits only, which the old wording ("letters, digits and _") seemed to allow.
      return /^\d+$/.test(bad)
        ? `parameter name "${bad}" is a position: send positional parameters ({{1}}, {{2}}, ...) as a list, e.g. "params": ["Ana"]`
        : `parameter name "${bad}" must start with a lower-case letter or _ and use only lower-case letters, digits and _ (at most 60), e.g. first_name`;
    }
  }
  const entries: [string, string][] =
    params === null
      ? []
      : Array.isArray(params)
        ? params.map((v, i) => [`{{${i + 1}}}`, v])
        : Object.entries(params);
  for (const [name, value] of entries) {
    const problem = paramValueProblem(value);
    if (problem) return `parameter ${name} ${problem}`;
  }
  const shape = paramShape(params);
  if (expected && !sameShape(shape, expected)) {
    return `has ${describeShape(shape)} where the task's recipients have ${describeShape(expected)}`;
  }
  return null;
}
