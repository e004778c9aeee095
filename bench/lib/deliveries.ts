/**
 * Realistic Meta deliveries for the webhook benchmarks: the Cloud API's text-message envelope
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples#text-messages)
 * as a click-to-WhatsApp ad reply, whose `referral` block brings it to about 1.5 KB, signed
 * with the app secret exactly as Meta signs (HMAC-SHA256 of the raw bytes).
 */
import { sign } from '../../src/whatsapp/signature';

export const BENCH_APP_SECRET = 'bench-app-secret-5f1e0c2a9b7d4e3f';
export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
export const BENCH_PHONE_NUMBER_ID = '106540352242922';
const WABA_ID = '102290129340398';
const DISPLAY_NUMBER = '15550783881';

/** The environment of bench/servers/stopline.ts on `dbPath` (a file: the figures are for a durable store). */
export function stoplineEnv(
  dbPath: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'development',
    DATABASE_URL: `sqlite:${dbPath}`,
    ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
    WHATSAPP_APP_SECRET: BENCH_APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: 'bench-verify-token',
    WHATSAPP_PHONE_NUMBER_ID: BENCH_PHONE_NUMBER_ID,
    SECRETS_KEY: 'ab'.repeat(32),
    LOG_LEVEL: 'info',
    INSTANCE_ID: 'bench-server',
    ...extra,
  };
}

/** What customers answer to a marketing message: mostly questions, sometimes a stop. */
const REPLIES = [
  'Hi! Is the blue denim jacket from your ad still available in size M? And do you ship to Porto Alegre?',
  'Olá, gostaria de saber o preço do plano família e se tem fidelidade.',
  'Can I pick it up at the store on Saturday morning?',
  'Hola, ¿el descuento vale también para compras en la tienda física?',
  'Thanks, I already ordered one last week. When will it arrive?',
  'STOP',
  'Bonjour, est-ce que la livraison est gratuite à partir de 50 € ?',
  'What are your opening hours on Sunday?',
  'ok 👍 send me the catalogue please',
  'Please stop sending me these promotions',
];

/** A customer's wa_id for sequence number `n` (distinct for n < 10,000,000). */
export function customerWaId(n: number): string {
  return `1650${String(n % 10_000_000).padStart(7, '0')}`;
}

/** A wamid-shaped id, unique per `n` and `run`. */
export function inboundWamid(n: number, run: string): string {
  const raw = Buffer.from(`${run}:${n}:3EB0C4F1A2B3C4D5E6F7`).toString('base64');
  return `wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQ${raw}`;
}

export interface DeliverySpec {
  n: number;
  run: string;
  text?: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
}

/** One delivery as Meta serialises it (compact JSON, `\/` in URLs, non-ASCII as \uXXXX). */
export function textDelivery(spec: DeliverySpec): string {
  const waId = customerWaId(spec.n);
  const body = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: WABA_ID,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: DISPLAY_NUMBER,
                phone_number_id: BENCH_PHONE_NUMBER_ID,
              },
              contacts: [{ profile: { name: `Mariana Costa ${spec.n % 1000}` }, wa_id: waId }],
              messages: [
                {
                  from: waId,
                  id: inboundWamid(spec.n, spec.run),
                  timestamp: String(spec.timestamp ?? Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: spec.text ?? REPLIES[spec.n % REPLIES.length] },
                  referral: {
                    source_url: 'https://fb.me/3cr4Wqqkq8Kd2xVq',
                    source_id: '120208775461230540',
                    source_type: 'ad',
                    headline:
                      'Spring sale: up to 40% off jackets, sneakers and accessories this week only',
                    body: 'Tap to chat with us on WhatsApp and get your personal discount code. Free delivery on orders over R$ 199 in all capitals.',
                    media_type: 'image',
                    image_url:
                      'https://scontent.xx.fbcdn.net/v/t45.1600-4/412345678_120208775461230540_8841236612387741234_n.png?stp=dst-jpg_p526x296&_nc_cat=103&ccb=1-7&_nc_sid=c02adf&_nc_ohc=Zx8rVbB3mZUQ7kNvgF1bXqT&_nc_ht=scontent.xx&oh=00_AYBk3Jt5Q2q9yU1Zk7Xf0Ew&oe=66A1B2C3',
                    thumbnail_url:
                      'https://scontent.xx.fbcdn.net/v/t45.1600-4/412345678_120208775461230540_8841236612387741234_n.png?stp=c0.5000x0.5000f_dst-emg0_p64x64_q75&_nc_cat=103&ccb=1-7&_nc_sid=58080a&_nc_ohc=Zx8rVbB3mZUQ7kNvgF1bXqT&oh=00_AYCq1&oe=66A1B2C3',
                    ctwa_clid:
                      'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zfUQ2a',
                  },
                },
              ],
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
  return JSON.stringify(body)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function signature(raw: string): string {
  return sign(BENCH_APP_SECRET, Buffer.from(raw, 'utf8'));
}
