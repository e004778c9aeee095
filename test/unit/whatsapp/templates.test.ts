import axios, { AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { createTemplateReader, TemplateLookupError } from '../../../src/whatsapp/templates';

function readerAnswering(status: number, body: unknown) {
  const seen: InternalAxiosRequestConfig[] = [];
  const http = axios.create({
    adapter: async (config) => {
      seen.push(config);
      return {
        data: JSON.stringify(body),
        status,
        statusText: 'x',
        headers: new AxiosHeaders({ 'content-type': 'application/json' }),
        config,
      };
    },
  });
  const reader = createTemplateReader({
    baseUrl: 'https://graph.facebook.com/',
    apiVersion: 'v23.0',
    timeoutMs: 5000,
    http,
  });
  return { reader, seen };
}

describe('createTemplateReader', () => {
  it("asks GET /{version}/{waba-id}/message_templates by name with the token, and reads Meta's page", async () => {
    const { reader, seen } = readerAnswering(200, {
      data: [
        {
          name: 'spring_sale',
          language: 'pt_BR',
          status: 'APPROVED',
          category: 'MARKETING',
          id: '1689556908129832',
          components: [
            { type: 'BODY', text: 'Olá {{1}}' },
            { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Parar promoções' }] },
          ],
        },
        { name: 'spring_sale_v2', language: 'pt_BR', status: 'APPROVED', category: 'MARKETING' },
      ],
      paging: { cursors: { before: 'MAZDZD', after: 'MAZDZD' } },
    });
    const found = await reader.listTemplates('EAAG-token', '102290129340398', 'spring_sale');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      name: 'spring_sale',
      status: 'APPROVED',
      id: '1689556908129832',
    });
    const [config] = seen;
    expect(config?.method).toBe('get');
    expect(config?.url).toBe('https://graph.facebook.com/v23.0/102290129340398/message_templates');
    expect(config?.params).toMatchObject({
      name: 'spring_sale',
      fields: 'name,language,status,category,components',
    });
    expect(config?.headers.Authorization).toBe('Bearer EAAG-token');
  });

  it("turns Meta's error and an unexpected shape into a TemplateLookupError that says what to check", async () => {
    const refused = readerAnswering(400, {
      error: { message: 'Invalid OAuth access token', code: 190 },
    });
    await expect(refused.reader.listTemplates('bad', '1', 'x')).rejects.toThrow(
      /HTTP 400: Invalid OAuth access token\); check the tenant's wabaId and access token/,
    );
    const odd = readerAnswering(200, { templates: [] });
    await expect(odd.reader.listTemplates('t', '1', 'x')).rejects.toBeInstanceOf(
      TemplateLookupError,
    );
  });
});
