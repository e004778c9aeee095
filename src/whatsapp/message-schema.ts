import { z } from 'zod';

/**
 * Our validator for the bodies we POST to /{Phone-Number-ID}/messages, written from Meta's
 * OpenAPI description (business-messaging-api_v23.0.yaml, `#/components/schemas/Message`) for
 * the three types stopline sends: text, interactive reply buttons and template. It is stricter
 * than Meta's document where Meta's prose or error codes say more (limits, unknown keys);
 * test/unit/whatsapp/openapi-conformance.test.ts checks the two agree on what we build.
 */

/** Meta's limits count characters; JSON Schema's maxLength (and ajv) count code points. */
const codePoints = (s: string): number => [...s].length;

/** A non-empty string of at most `max` characters. */
function chars(max: number) {
  return z.string().check((ctx) => {
    const n = codePoints(ctx.value);
    if (n === 0) {
      ctx.issues.push({ code: 'custom', message: 'must not be empty', input: ctx.value });
    }
    if (n > max) {
      ctx.issues.push({
        code: 'custom',
        message: `must be at most ${max} characters (got ${n})`,
        input: ctx.value,
      });
    }
  });
}

/** Digits with an optional "+" (Meta accepts both), or a business-scoped user id (BSUID). */
const recipient = z
  .string()
  .regex(
    /^(\+?[1-9]\d{5,14}|[A-Z]{2}\.[A-Za-z0-9]+)$/,
    'must be a phone number in international format (digits, e.g. 5511987654321) or a BSUID (e.g. US.13491208655302741918)',
  );

const base = {
  messaging_product: z.literal('whatsapp'),
  // Meta's OpenAPI requires recipient_type although the prose calls it optional.
  recipient_type: z.literal('individual'),
  to: recipient,
  biz_opaque_callback_data: chars(512).optional(),
  context: z.strictObject({ message_id: z.string().min(1, 'must not be empty') }).optional(),
};

const textSchema = z.strictObject({
  ...base,
  type: z.literal('text'),
  text: z.strictObject({ body: chars(4096), preview_url: z.boolean().optional() }),
});

const replyButton = z.strictObject({
  type: z.literal('reply'),
  reply: z.strictObject({
    id: chars(256).refine((s) => s.trim() === s, 'must not start or end with a space'),
    title: chars(20),
  }),
});

function uniqueBy<T>(
  items: T[],
  key: (item: T) => string,
  what: string,
  ctx: z.core.$RefinementCtx,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `duplicate ${what} "${k}": each must be unique`,
      });
    }
    seen.add(k);
  });
}

const interactiveSchema = z.strictObject({
  ...base,
  type: z.literal('interactive'),
  interactive: z.strictObject({
    type: z.literal('button'),
    body: z.strictObject({ text: chars(1024) }),
    footer: z.strictObject({ text: chars(60) }).optional(),
    action: z.strictObject({
      buttons: z
        .array(replyButton)
        .min(1, 'needs 1 to 3 buttons')
        .max(3, 'needs 1 to 3 buttons')
        .superRefine((buttons, ctx) => {
          uniqueBy(buttons, (b) => b.reply.title, 'button title', ctx);
          uniqueBy(buttons, (b) => b.reply.id, 'button id', ctx);
        }),
    }),
  }),
});

/**
 * Meta refuses template text parameters with a newline or tab, or more than 4 consecutive
 * spaces ("Param text cannot have new-line/tab characters or more than 4 consecutive spaces").
 */
export function templateParamProblem(text: string): string | null {
  if (text.length === 0) return 'must not be empty';
  if (/[\n\r\t]/.test(text)) return 'must not contain a newline or tab (Meta refuses them)';
  if (/ {5}/.test(text)) {
    return 'must not contain more than 4 consecutive spaces (Meta refuses them)';
  }
  if (codePoints(text) > 32768) return 'must be at most 32768 characters';
  return null;
}

const bodyParameter = z.strictObject({
  type: z.literal('text'),
  text: z.string().check((ctx) => {
    const problem = templateParamProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  }),
  parameter_name: z
    .string()
    .regex(
      /^[a-z_][a-z0-9_]*$/,
      'must be lower-case letters, digits and underscores (a named template variable)',
    )
    .optional(),
});

const bodyComponent = z.strictObject({
  type: z.literal('body'),
  parameters: z
    .array(bodyParameter)
    .min(1, 'leave out the body component when the template has no variables')
    .refine(
      (ps) =>
        ps.every((p) => p.parameter_name === undefined) ||
        ps.every((p) => p.parameter_name !== undefined),
      'use either positional or named parameters, not both',
    ),
});

const quickReplyComponent = z.strictObject({
  type: z.literal('button'),
  sub_type: z.literal('quick_reply'),
  // Meta's pattern "^[2-6, 11-14]$" is a broken character class; the prose says 0-9.
  index: z.string().regex(/^[0-9]$/, 'must be a button position "0" to "9" (a string)'),
  parameters: z
    .array(
      z.strictObject({
        type: z.literal('payload'),
        payload: z.string().min(1, 'must not be empty'),
      }),
    )
    .length(1, 'needs exactly one payload parameter'),
});

/** A URL button's dynamic suffix (the template holds the rest of the URL). */
const urlButtonComponent = z.strictObject({
  type: z.literal('button'),
  sub_type: z.literal('url'),
  index: z.string().regex(/^[0-9]$/, 'must be a button position "0" to "9" (a string)'),
  parameters: z
    .array(
      z.strictObject({
        type: z.literal('text'),
        text: z.string().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
      }),
    )
    .length(1, 'needs exactly one text parameter'),
});

const buttonComponent = z.discriminatedUnion('sub_type', [quickReplyComponent, urlButtonComponent]);

const templateSchema = z.strictObject({
  ...base,
  type: z.literal('template'),
  template: z.strictObject({
    name: z
      .string()
      .regex(
        /^[a-z0-9_]{1,512}$/,
        'must be a template name: lower-case letters, digits and underscores',
      ),
    language: z.strictObject({
      code: z
        .string()
        .regex(
          /^[a-z]{2,3}(_[A-Za-z]{2,4})?$/,
          'must be a language code such as "en", "en_US" or "pt_BR"',
        ),
      // Required by Meta's OpenAPI next to the code.
      policy: z.literal('deterministic'),
    }),
    components: z
      .array(z.discriminatedUnion('type', [bodyComponent, buttonComponent]))
      .min(1, 'leave out components when there are none')
      .superRefine((components, ctx) => {
        if (components.filter((c) => c.type === 'body').length > 1) {
          ctx.addIssue({ code: 'custom', message: 'must have at most one body component' });
        }
        const buttons = components.flatMap((c) => (c.type === 'button' ? [c] : []));
        uniqueBy(buttons, (b) => b.index, 'button index', ctx);
      })
      .optional(),
  }),
});

export const outboundMessageSchema = z.discriminatedUnion('type', [
  textSchema,
  interactiveSchema,
  templateSchema,
]);

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path) || 'body';
  if (issue.code === 'unrecognized_keys') {
    return `${where}: unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'type') {
    return `${where}: must be one of "text", "interactive", "template" (the types stopline sends)`;
  }
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    issue.input === undefined
  ) {
    return `${where}: is required`;
  }
  return `${where}: ${issue.message}`;
}

/** Checks an outbound message body; `errors` name the field and the rule broken. */
export function validateOutbound(body: unknown): { ok: true } | { ok: false; errors: string[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: ['body: must be a JSON object'] };
  }
  // reportInput: tells a missing field (input undefined) from a wrong one.
  const result = outboundMessageSchema.safeParse(body, { reportInput: true });
  return result.success
    ? { ok: true }
    : { ok: false, errors: result.error.issues.map(formatIssue) };
}
