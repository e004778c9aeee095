/**
 * Reading a WhatsApp Business Account's message templates from the Graph API:
 * GET /{version}/{waba-id}/message_templates?name=&language=&fields=... (Meta's OpenAPI:
 * getTemplateByNameDefaultFields; paged `{ data, paging }`). The answer is zod-checked; the
 * template check (domain/template-check) decides what it means for a task.
 */
import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { z } from 'zod';

const button = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
});

const component = z.looseObject({
  type: z.string().transform((s) => s.toUpperCase()),
  format: z.string().optional(),
  text: z.string().optional(),
  buttons: z.array(button).optional(),
});

const template = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  name: z.string(),
  language: z.string(),
  status: z.string().transform((s) => s.toUpperCase()),
  category: z.string().transform((s) => s.toUpperCase()),
  components: z.array(component).default([]),
});

export const templatesAnswer = z.looseObject({ data: z.array(template) });

export type MessageTemplate = z.infer<typeof template>;
export type TemplateComponent = z.infer<typeof component>;

/** The Graph API could not answer (network, token, unknown account): the check cannot run. */
export class TemplateLookupError extends Error {
  override readonly name = 'TemplateLookupError';
}

export interface TemplateReader {
  /** The account's templates with this name (every language unless `language` is given). */
  listTemplates(
    accessToken: string | null,
    wabaId: string,
    name: string,
    language?: string,
  ): Promise<MessageTemplate[]>;
}

const FIELDS = 'name,language,status,category,components';

export function createTemplateReader(opts: {
  baseUrl: string;
  apiVersion: string;
  timeoutMs: number;
  http?: AxiosInstance;
}): TemplateReader {
  const http = opts.http ?? axios.create();
  const base = opts.baseUrl.replace(/\/+$/, '');
  return {
    async listTemplates(accessToken, wabaId, name, language) {
      const url = `${base}/${opts.apiVersion}/${encodeURIComponent(wabaId)}/message_templates`;
      let status: number;
      let data: unknown;
      try {
        ({ status, data } = await http.get(url, {
          params: { name, ...(language ? { language } : {}), fields: FIELDS, limit: 100 },
          timeout: opts.timeoutMs,
          headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
          validateStatus: () => true,
        }));
      } catch (err) {
        throw new TemplateLookupError(
          `Could not reach the Graph API for the templates of account ${wabaId}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      if (status < 200 || status >= 300) {
        const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
        throw new TemplateLookupError(
          `The Graph API refused to list the templates of account ${wabaId} (HTTP ${status}${typeof message === 'string' ? `: ${message}` : ''}); check the tenant's wabaId and access token.`,
        );
      }
      const parsed = templatesAnswer.safeParse(data);
      if (!parsed.success) {
        throw new TemplateLookupError(
          `The Graph API answered the template list of account ${wabaId} in an unexpected shape: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        );
      }
      // Meta matches `name` loosely on some versions: keep exact names only.
      return parsed.data.data.filter((t) => t.name === name);
    },
  };
}
