import { ConfigError, readConfig } from '../../src/config';

const base = { NODE_ENV: 'test' };

function problems(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('EVENT_ENDPOINTS_PROXY', () => {
  it('is off by default: deliveries go straight to the endpoint', () => {
    expect(readConfig(base).config.eventEndpoints.proxy).toBeNull();
  });

  it('takes an http(s) proxy URL, with or without credentials', () => {
    for (const url of [
      'http://proxy.internal:3128',
      'https://user:s3cret@proxy.example.com:8443',
      'http://10.0.0.2:3128/',
    ]) {
      expect(readConfig({ ...base, EVENT_ENDPOINTS_PROXY: url }).config.eventEndpoints.proxy).toBe(
        url,
      );
    }
  });

  it.each([
    ['proxy.internal:3128', 'must start with http:// or https://'],
    ['not a url', 'must be a proxy URL such as http://proxy.internal:3128'],
    ['socks5://proxy.internal:1080', 'must start with http:// or https://'],
    ['http://proxy.internal:3128/path', 'without a path'],
  ])('refuses %j, saying what a proxy URL looks like', (value, why) => {
    const found = problems({ ...base, EVENT_ENDPOINTS_PROXY: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^EVENT_ENDPOINTS_PROXY /);
    expect(found[0]).toContain(why);
  });

  it('never repeats the password in its messages', () => {
    const found = problems({ ...base, EVENT_ENDPOINTS_PROXY: 'http://u:s3cret@proxy.internal/x' });
    expect(found.join(' ')).toContain('http://u:***@proxy.internal/x');
    expect(found.join(' ')).not.toContain('s3cret');
    const { notices } = readConfig({
      ...base,
      EVENT_ENDPOINTS_PROXY: 'http://u:s3cret@proxy.internal:3128',
    });
    expect(notices.join(' ')).toContain('EVENT_ENDPOINTS_PROXY=http://u:***@proxy.internal:3128/');
    expect(notices.join(' ')).not.toContain('s3cret');
  });

  it('says at start-up that HTTP_PROXY/HTTPS_PROXY is not used for event deliveries', () => {
    const { notices } = readConfig({ ...base, HTTPS_PROXY: 'http://proxy.internal:3128' });
    expect(notices).toContain(
      "HTTPS_PROXY is set: outbound event deliveries do not use it (a proxy would resolve the endpoints' names after the address check); set EVENT_ENDPOINTS_PROXY to send them through a proxy.",
    );
    expect(
      readConfig({
        ...base,
        HTTPS_PROXY: 'http://proxy.internal:3128',
        EVENT_ENDPOINTS_PROXY: 'http://proxy.internal:3128',
      }).notices.some((n) => n.startsWith('HTTPS_PROXY')),
    ).toBe(false);
  });
});
