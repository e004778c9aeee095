import { requestLogView } from '../../../src/http/request-log';

describe('requestLogView', () => {
  it('drops the query and masks a contact named in the path', () => {
    expect(
      requestLogView({ url: '/admin/contacts/%2B5511987654321/export?channel=whatsapp' }),
    ).toEqual({ url: '/admin/contacts/********4321/export' });
    expect(requestLogView({ url: '/admin/contacts/5511987654321/erase' }).url).toBe(
      '/admin/contacts/********4321/erase',
    );
    expect(requestLogView({ url: '/admin/contacts/%E0%A4%A/consents' }).url).not.toContain(
      '%E0%A4%A',
    );
    expect(requestLogView({ url: '/admin/opt-outs?contact=+5511987654321' })).toEqual({
      url: '/admin/opt-outs',
    });
  });
});
