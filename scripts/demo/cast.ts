/** The twelve customers of the demo and what each of them does. */

export type Part =
  /** An admin records an opt-out for them before the task. */
  | { kind: 'admin'; scope: 'all' | 'offers'; remarks: string }
  /** An admin opt-out that lasts a few seconds: expired by the time the task sends. */
  | { kind: 'admin-expiring'; remarks: string }
  /** They write back after the first task; `expect` is what the service should make of it. */
  | { kind: 'says'; text: string; expect: 'opt-out' | 'question' | 'follow-up' }
  /** They tap the template's "Stop promotions" quick-reply button. */
  | { kind: 'taps-opt-out-button' }
  /** They use WhatsApp's own "stop marketing messages" switch (a user_preferences webhook). */
  | { kind: 'meta-stop' }
  | { kind: 'nothing' };

export interface Person {
  name: string;
  contact: string;
  part: Part;
  /** After the service asks "do you want to stop?", which button they tap. */
  answers?: 'keep' | 'stop';
}

export const CAST: Person[] = [
  {
    name: 'Ana',
    contact: '+5511987650001',
    part: { kind: 'admin', scope: 'all', remarks: 'Asked the call centre to stop all marketing' },
  },
  {
    name: 'Bruno',
    contact: '+5511987650002',
    part: { kind: 'admin', scope: 'offers', remarks: 'Complained about offers by e-mail' },
  },
  {
    name: 'Carla',
    contact: '+5511987650003',
    part: { kind: 'admin-expiring', remarks: 'Paused offers for a few seconds (demo)' },
  },
  {
    name: 'Diego',
    contact: '+5511987650004',
    part: { kind: 'says', text: 'STOP', expect: 'opt-out' },
  },
  {
    name: 'Elisa',
    contact: '+5511987650005',
    part: { kind: 'says', text: 'não quero mais receber mensagens', expect: 'opt-out' },
  },
  {
    name: 'Fernando',
    contact: '+34612345006',
    part: { kind: 'says', text: '¿Por qué me escriben tanto?', expect: 'question' },
    answers: 'keep',
  },
  {
    name: 'Gaurav',
    contact: '+919876543007',
    part: { kind: 'says', text: 'message mat bhejo', expect: 'opt-out' },
  },
  { name: 'Helena', contact: '+5511987650008', part: { kind: 'taps-opt-out-button' } },
  {
    name: 'Isaac',
    contact: '+15551230009',
    part: { kind: 'says', text: 'Do you have it in blue?', expect: 'follow-up' },
  },
  { name: 'Julia', contact: '+525512340010', part: { kind: 'meta-stop' } },
  { name: 'Kátia', contact: '+5511987650011', part: { kind: 'nothing' } },
  { name: 'Lucas', contact: '+5511987650012', part: { kind: 'nothing' } },
];

/** Whether this person should be suppressed from the second task (all opted out one way or another). */
export function expectSuppressedLater(person: Person): boolean {
  const p = person.part;
  if (p.kind === 'admin' || p.kind === 'taps-opt-out-button' || p.kind === 'meta-stop') return true;
  if (p.kind === 'says')
    return p.expect === 'opt-out' || (p.expect === 'question' && person.answers === 'stop');
  return false;
}

/** Whether this person should be suppressed from the first task. */
export function expectSuppressedFirst(person: Person): boolean {
  return person.part.kind === 'admin';
}
