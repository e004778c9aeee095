import { ConfigError, readConfig } from '../../src/config';

const base = { NODE_ENV: 'test' };

describe('SANDBOX_STATUS_ECHO configuration', () => {
  it('is off unless asked for, and reads its delays, failure share and target', () => {
    expect(readConfig(base).config.sandboxStatusEcho).toBeNull();
    expect(readConfig({ ...base, SANDBOX_STATUS_ECHO: '1' }).config.sandboxStatusEcho).toEqual({
      delayMs: [100, 1000],
      failedRate: 0,
      failedCode: 131026,
      url: null,
    });
    const echo = readConfig({
      ...base,
      SANDBOX_STATUS_ECHO: '1',
      SANDBOX_STATUS_ECHO_DELAY_MS: '20-300',
      SANDBOX_STATUS_ECHO_FAILED_RATE: '0.02',
      SANDBOX_STATUS_ECHO_FAILED_CODE: '131050',
      SANDBOX_STATUS_ECHO_URL: 'http://127.0.0.1:3000/webhook',
    }).config.sandboxStatusEcho;
    expect(echo).toEqual({
      delayMs: [20, 300],
      failedRate: 0.02,
      failedCode: 131050,
      url: 'http://127.0.0.1:3000/webhook',
    });
  });

  it('names each bad value and what it should look like', () => {
    const attempt = () =>
      readConfig({
        ...base,
        SANDBOX_STATUS_ECHO: '1',
        SANDBOX_STATUS_ECHO_DELAY_MS: '500-100',
        SANDBOX_STATUS_ECHO_FAILED_RATE: '5%',
        SANDBOX_STATUS_ECHO_URL: 'localhost:3000',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/SANDBOX_STATUS_ECHO_DELAY_MS must be "min-max".*got "500-100"/);
    expect(attempt).toThrow(/SANDBOX_STATUS_ECHO_FAILED_RATE must be a share from 0 to 1/);
    expect(attempt).toThrow(/SANDBOX_STATUS_ECHO_URL must be an http\(s\) URL/);
    expect(() => readConfig({ ...base, SANDBOX_STATUS_ECHO: 'yes' })).toThrow(
      /SANDBOX_STATUS_ECHO must be 1 \(on\) or 0 \(off\); got "yes"/,
    );
  });
});
