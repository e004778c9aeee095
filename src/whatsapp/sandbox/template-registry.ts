import type { MessageTemplate } from '../templates';

/**
 * The sandbox's message templates per WhatsApp Business Account, as an admin registered them.
 * A template the sandbox was never told about counts as approved (the gateway asks `knows`
 * first), so flows built before the registry keep working.
 */
export function createTemplateRegistry() {
  const byAccount = new Map<string, Map<string, MessageTemplate>>();
  const key = (name: string, language: string) => `${name}\u0000${language}`;

  return {
    /** Adds or replaces the template with this name and language. */
    register(wabaId: string, template: MessageTemplate): void {
      const account = byAccount.get(wabaId) ?? new Map<string, MessageTemplate>();
      account.set(key(template.name, template.language), template);
      byAccount.set(wabaId, account);
    },
    knows(wabaId: string, name: string): boolean {
      return [...(byAccount.get(wabaId)?.values() ?? [])].some((t) => t.name === name);
    },
    list(wabaId: string, name: string | null, language: string | null): MessageTemplate[] {
      return [...(byAccount.get(wabaId)?.values() ?? [])].filter(
        (t) => (name === null || t.name === name) && (language === null || t.language === language),
      );
    },
  };
}

export type TemplateRegistry = ReturnType<typeof createTemplateRegistry>;
