import { isAssignee, MAX_ASSIGNEE_EMAIL, MAX_ASSIGNEE_NAME } from '../../../src/domain/assignee';

describe('isAssignee', () => {
  it.each([
    'ana@acme.example',
    'bea.souza+followup@loja.com.br',
    "o'brien@example.ie",
    'josé@exemplo.pt',
    'Ana Souza',
    "Seán O'Brien",
    'Jean-Luc',
    'Team (Lisbon)',
    'ops_night',
    'Zoë',
    '李小龙',
    'x'.repeat(MAX_ASSIGNEE_NAME),
  ])('takes %j', (text) => {
    expect(isAssignee(text)).toBe(true);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    'Ana <ana@acme.example>',
    '<b>Ana</b>',
    'ana@localhost',
    '@acme.example',
    'ana@@acme.example',
    'ana@acme..example',
    'https://evil.example/x',
    '{{template}}',
    'Ana & Bea',
    '"Ana"',
    '-Ana',
    'x'.repeat(MAX_ASSIGNEE_NAME + 1),
    `${'a'.repeat(MAX_ASSIGNEE_EMAIL)}@acme.example`,
  ])('refuses %j', (text) => {
    expect(isAssignee(text)).toBe(false);
  });
});
