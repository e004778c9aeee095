import axios from 'axios';
import type { Config } from '../config';
import type { createSandbox } from '../whatsapp/sandbox';
import { createTemplateReader, type MessageTemplate } from '../whatsapp/templates';

/** What the template check asks: the account's templates by name, or "the sandbox never heard of it". */
export interface TemplateLookup {
  lookup(
    accessToken: string | null,
    wabaId: string,
    name: string,
  ): Promise<MessageTemplate[] | 'unregistered'>;
}

/**
 * Templates from the Graph API for a tenant with an access token, from the sandbox's registry
 * for one without (where a template never registered counts as approved, so flows built before
 * the registry keep working).
 */
export function createTemplateGateway(deps: {
  config: Config;
  sandbox: ReturnType<typeof createSandbox> | null;
}): TemplateLookup {
  const { config, sandbox } = deps;
  const options = {
    apiVersion: config.whatsapp.apiVersion,
    timeoutMs: config.whatsapp.timeoutMs,
  };
  const real = createTemplateReader({ ...options, baseUrl: config.whatsapp.apiBaseUrl });
  const toSandbox = sandbox
    ? createTemplateReader({
        ...options,
        baseUrl: 'http://sandbox.invalid',
        http: axios.create({ adapter: sandbox.adapter }),
      })
    : null;
  return {
    async lookup(accessToken, wabaId, name) {
      if (accessToken) return real.listTemplates(accessToken, wabaId, name);
      if (!sandbox || !toSandbox) return real.listTemplates(null, wabaId, name);
      if (!sandbox.templates.knows(wabaId, name)) return 'unregistered';
      // Every language: the check names the ones there are when the task's is missing.
      return toSandbox.listTemplates(null, wabaId, name);
    },
  };
}
