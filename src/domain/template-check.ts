/**
 * Whether a task may send with a template, from the template as Meta describes it: it must
 * exist in the task's language, be APPROVED, be a MARKETING template, take the parameters the
 * recipients carry, and give the customer a way out (the quick-reply button the task names as
 * its opt-out, or opt-out wording in the footer). Pure.
 */
import { describeShape, type ParamShape } from './template-params';

export interface TemplateFacts {
  name: string;
  language: string;
  status: string;
  category: string;
  components: {
    type: string;
    text?: string | undefined;
    buttons?: { type: string; text?: string | undefined }[] | undefined;
  }[];
}

/**
 * Opt-out wording in the languages stopline replies in. Meta's own marketing footer is
 * "Not interested? Tap Stop promotions"; others write "Reply STOP to unsubscribe".
 */
const OPT_OUT_WORDING =
  /\b(stop|unsubscribe|opt[ -]?out|not interested|parar|sair|descadastr|cancelar|baja|darse de baja|d[ée]sinscri|d[ée]sabonner|abmelden|abbestellen|disiscriv|annulla|berhenti|durdur|отписат|стоп)|إلغاء|रोक/iu;

const PLACEHOLDER = /\{\{\s*([^}\s]+)\s*\}\}/g;

/** The body's parameters: positional ({{1}}..{{n}}) or named ({{first_name}}). */
export function templateShape(template: TemplateFacts): ParamShape {
  const body = template.components.find((c) => c.type === 'BODY')?.text ?? '';
  const names = [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
  if (names.length === 0) return { kind: 'none' };
  if (names.every((n) => /^\d+$/.test(n))) return { kind: 'positional', count: names.length };
  return { kind: 'named', names: names.sort() };
}

export function checkTemplate(
  task: { name: string; language: string; optOutButtonIndex: number | null },
  found: TemplateFacts[],
  recipients: ParamShape | null,
): string[] {
  const t = found.find((f) => f.language === task.language);
  if (!t) {
    if (found.length === 0) {
      return [`Template "${task.name}" does not exist in this WhatsApp Business Account.`];
    }
    return [
      `Template "${task.name}" has no ${task.language} version (it has ${found.map((f) => f.language).join(', ')}); set the task's template.language to one of them.`,
    ];
  }
  const problems: string[] = [];
  if (t.status !== 'APPROVED') {
    problems.push(`Template "${t.name}" (${t.language}) is ${t.status}, not APPROVED.`);
  }
  if (t.category !== 'MARKETING') {
    problems.push(
      `Template "${t.name}" (${t.language}) is a ${t.category} template; marketing tasks must use a MARKETING template.`,
    );
  }
  const expected = templateShape(t);
  if (recipients !== null && describeShape(recipients) !== describeShape(expected)) {
    problems.push(
      `Template "${t.name}" (${t.language}) takes ${describeShape(expected)}, but the recipients carry ${describeShape(recipients)}.`,
    );
  }
  const buttons = t.components.find((c) => c.type === 'BUTTONS')?.buttons ?? [];
  const footer = t.components.find((c) => c.type === 'FOOTER')?.text ?? '';
  if (task.optOutButtonIndex !== null) {
    const b = buttons[task.optOutButtonIndex];
    if (b?.type.toUpperCase() !== 'QUICK_REPLY') {
      problems.push(
        `Template "${t.name}" (${t.language}) has no quick-reply button at index ${task.optOutButtonIndex} (the task's optOutButtonIndex): ${buttons.length === 0 ? 'it has no buttons' : `its buttons are ${buttons.map((x, i) => `${i}: ${x.type} "${x.text ?? ''}"`).join(', ')}`}.`,
      );
    }
  } else if (!OPT_OUT_WORDING.test(footer)) {
    problems.push(
      `Template "${t.name}" (${t.language}) gives the customer no way out: name its opt-out quick-reply button with template.optOutButtonIndex, or put opt-out wording in its footer (such as "Reply STOP to unsubscribe").`,
    );
  }
  return problems;
}
