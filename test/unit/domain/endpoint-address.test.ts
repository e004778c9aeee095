import { refusedAddress, refusedEndpointUrl } from '../../../src/domain/endpoint-address';

const strict = { allowHttp: false, allowPrivate: false };
const dev = { allowHttp: true, allowPrivate: false };

describe('refusedAddress', () => {
  it.each([
    ['0.0.0.0', /unspecified/],
    ['0.1.2.3', /unspecified/],
    ['10.1.2.3', /private \(RFC 1918\)/],
    ['172.16.0.1', /private \(RFC 1918\)/],
    ['172.31.255.255', /private \(RFC 1918\)/],
    ['192.168.1.10', /private \(RFC 1918\)/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['100.100.100.200', /carrier-grade NAT/],
    ['127.0.0.1', /loopback/],
    ['127.255.0.9', /loopback/],
    ['169.254.169.254', /link-local/],
    ['168.63.129.16', /metadata/],
    ['224.0.0.1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['::', /unspecified/],
    ['::1', /loopback/],
    ['0:0:0:0:0:0:0:1', /loopback/],
    ['2001:db8::5', /documentation/],
    ['::7f00:1', /loopback/],
    ['[::1]', /loopback/],
    ['fe80::1', /link-local/],
    ['fc00::1', /unique-local/],
    ['fd00:ec2::254', /unique-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:a9fe:a9fe', /link-local/],
    ['::ffff:10.0.0.1', /private/],
    ['64:ff9b::a9fe:a9fe', /link-local/],
    ['not-an-ip', /not an IP address/],
  ])('refuses %s', (ip, why) => {
    expect(refusedAddress(ip)).toMatch(why);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::6810:85e5',
    '::ffff:8.8.8.8',
  ])('accepts the public address %s', (ip) => {
    expect(refusedAddress(ip)).toBeNull();
  });
});

describe('refusedEndpointUrl', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost:6379/',
    'http://api.localhost/',
    'http://[::1]:22/',
    'http://127.0.0.1:3399/internal-admin?x=1',
    'http://[::ffff:127.0.0.1]/',
    'http://10.0.0.5/hooks',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://0.0.0.0:3000/',
    'http://2130706433/', // 127.0.0.1 as one number: the URL parser normalises it
  ])('refuses %s and says why and how an operator allows it', (url) => {
    const why = refusedEndpointUrl(url, dev);
    expect(why).toMatch(/^must not point at .+EVENT_ENDPOINTS_ALLOW_PRIVATE=true\.$/);
  });

  it('accepts public URLs, and private ones when the operator allows them', () => {
    expect(refusedEndpointUrl('https://crm.example.com/stopline-events', strict)).toBeNull();
    expect(refusedEndpointUrl('https://93.184.216.34/hooks', strict)).toBeNull();
    expect(refusedEndpointUrl('http://crm.example.com/hooks', dev)).toBeNull();
    expect(
      refusedEndpointUrl('http://127.0.0.1:4000/stopline', { allowHttp: true, allowPrivate: true }),
    ).toBeNull();
  });

  it('wants https in production, and no credentials in the URL', () => {
    expect(refusedEndpointUrl('http://crm.example.com/hooks', strict)).toMatch(
      /https:\/\/ URL in production/,
    );
    expect(refusedEndpointUrl('ftp://crm.example.com/hooks', dev)).toMatch(/http\(s\) URL/);
    expect(refusedEndpointUrl('https://u:p@crm.example.com/hooks', strict)).toMatch(
      /user name or password/,
    );
  });
});
