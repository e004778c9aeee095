import {
  describeShape,
  dominantShape,
  paramShape,
  paramsProblem,
  paramValueProblem,
} from '../../../src/domain/tasks';
import { csvParamColumns } from '../../../src/services/tasks/task-recipients';

describe('template parameters', () => {
  it('tells positional from named shapes', () => {
    expect(paramShape(null)).toEqual({ kind: 'none' });
    expect(paramShape([])).toEqual({ kind: 'none' });
    expect(paramShape(['Ana', '10%'])).toEqual({ kind: 'positional', count: 2 });
    expect(paramShape({ name: 'Ana', discount: '10%' })).toEqual({
      kind: 'named',
      names: ['discount', 'name'],
    });
    expect(describeShape(paramShape({ b: 'x', a: 'y' }))).toBe('named parameters a, b');
  });

  it('takes the shape most recipients have', () => {
    const shapes = [['a'], ['b'], ['c', 'd'], null].map((p) => paramShape(p));
    expect(dominantShape(shapes)).toEqual({ kind: 'positional', count: 1 });
    expect(dominantShape([])).toBeNull();
  });

  it('refuses values Meta refuses', () => {
    expect(paramValueProblem('Ana')).toBeNull();
    expect(paramValueProblem('  ')).toBe('is empty');
    expect(paramValueProblem('line\nbreak')).toBe('contains a new line or tab');
    expect(paramValueProblem('a\tb')).toBe('contains a new line or tab');
    expect(paramValueProblem('a     b')).toBe('contains more than four consecutive spaces');
    expect(paramValueProblem('a    b')).toBeNull();
    expect(paramValueProblem('x'.repeat(1025))).toMatch(/longer than 1024/);
  });

  it('says why parameters do not fit', () => {
    expect(paramsProblem(['Ana'], { kind: 'positional', count: 1 })).toBeNull();
    expect(paramsProblem(['Ana', ''], null)).toBe('parameter {{2}} is empty');
    expect(paramsProblem({ 'First Name': 'Ana' }, null)).toMatch(/parameter name "First Name"/);
    expect(paramsProblem(['Ana'], { kind: 'positional', count: 2 })).toBe(
      "has 1 positional parameter where the task's recipients have 2 positional parameters",
    );
    expect(paramsProblem(null, { kind: 'named', names: ['name'] })).toMatch(/^has no parameters/);
  });
});

describe('CSV parameter columns', () => {
  it('reads other columns as named parameters', () => {
    expect(csvParamColumns(['Contact', 'first_name', 'discount'])).toEqual({
      spec: { allowed: ['contact', 'first_name', 'discount'], required: ['contact'] },
      positional: null,
    });
  });

  it('reads columns 1..n as positional parameters in number order', () => {
    expect(csvParamColumns(['contact', '2', '1']).positional).toEqual(['1', '2']);
    expect(() => csvParamColumns(['contact', '1', '3'])).toThrow(
      /must be numbered 1, 2, 3\.\.\. without gaps; got "1", "3"/,
    );
  });

  it('says that positional and named parameter columns cannot be mixed (field test 16)', () => {
    expect(() => csvParamColumns(['contact', '1', 'name'])).toThrow(
      /positional parameter columns \("1"\) are mixed with named ones \("name"\).*use one kind/,
    );
  });

  it('refuses column names Meta would refuse as parameter names', () => {
    expect(() => csvParamColumns(['contact', 'First Name'])).toThrow(
      /column "First Name" cannot be a template parameter name|"First Name"/,
    );
  });
});
