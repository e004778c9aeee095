/**
 * The learned intent model (src/domain/intent/model) and how it is weighed with the rules
 * (src/domain/intent/learned.ts): the featuriser and inference are deterministic, a tiny
 * model trained here learns what it is shown, the shipped model loads and is the one the
 * training script makes from the repo's corpora, and the combination stays conservative
 * (a bare STOP is never demoted, the model alone never makes an explicit opt-out, coming
 * back wins, negated stops and single words stay the rules' call).
 */
import { createHash } from 'node:crypto';
import { classifyLine } from '../../../src/cli/classify';
import { allExamples, corpusFiles } from '../../../scripts/intent-model/data';
import { DEFAULT_OPTIONS, trainModel, type Example } from '../../../scripts/intent-model/train';
import { classifyByRules, classifyMessage } from '../../../src/domain/intent';
import type { Finding } from '../../../src/domain/intent/finding';
import { classifierWith, settledByRules, withoutPhrases } from '../../../src/domain/intent/learned';
import {
  forEachFeature,
  modelCodePoints,
  type FeatureConfig,
} from '../../../src/domain/intent/model/features';
import {
  loadModel,
  predict,
  toBase64,
  type LinearModel,
} from '../../../src/domain/intent/model/linear';
import { INTENT_MODEL } from '../../../src/domain/intent/model/weights';
import { INTENTS, type Intent } from '../../../src/domain/intent/types';

const points = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);
const buckets = (text: string, config: FeatureConfig): number[] => {
  const out: number[] = [];
  forEachFeature(modelCodePoints(text), config, (b) => out.push(b));
  return out;
};

/** A model that says `intent` with probability ~1 whatever the text (zero weights, one bias). */
function sure(intent: Intent): LinearModel {
  return {
    bits: 4,
    minN: 1,
    maxN: 2,
    words: false,
    classes: INTENTS,
    bias: Float64Array.from(INTENTS, (c) => (c === intent ? 20 : 0)),
    scale: Float64Array.from(INTENTS, () => 1),
    weights: new Int8Array(16 * INTENTS.length),
  };
}

describe('the featuriser', () => {
  it('reads folded letters, one space for the rest, long runs kept twice', () => {
    expect(modelCodePoints('STOOOOP!!  Não…')).toEqual(points(' stoop nao '));
    expect(modelCodePoints('stop😂😂')).toEqual(points(' stop 😂 😂 '));
    expect(modelCodePoints('')).toEqual(points(' '));
  });

  it('emits every n-gram with a letter, words and word pairs, in a fixed order', () => {
    const chars = { bits: 10, minN: 1, maxN: 2, words: false };
    // " ab ": " a", "a", "ab", "b", "b " (a lone space is no feature)
    expect(buckets('ab', chars)).toHaveLength(5);
    // " a b ": " a", "a", "a ", " b", "b", "b "; plus two words and one pair
    expect(buckets('a b', { ...chars, words: true })).toHaveLength(6 + 3);
    const config = { bits: 12, minN: 1, maxN: 4, words: true };
    const first = buckets('Please stop sending me promos', config);
    expect(buckets('please STOP sending me promos!', config)).toEqual(first);
    expect(first.every((b) => Number.isInteger(b) && b >= 0 && b < 4096)).toBe(true);
    expect(buckets('Please stop sending me offers', config)).not.toEqual(first);
  });
});

describe('training and inference', () => {
  const examples: Example[] = [
    ...['stop sending me these', 'please stop the promos', 'no more messages', 'stop it now'].map(
      (text) => ({ text, label: 'opt_out' as const, source: 'tiny' }),
    ),
    ...['what are your opening hours', 'thanks for the order', 'see you tomorrow'].map((text) => ({
      text,
      label: 'none' as const,
      source: 'tiny',
    })),
    { text: 'add me back please', label: 'opt_in', source: 'tiny' },
    { text: 'who is this', label: 'help', source: 'tiny' },
  ];
  const options = { ...DEFAULT_OPTIONS, bits: 10, epochs: 30 };
  const data = trainModel(examples, options);

  it('is deterministic: the same examples give the same bytes', () => {
    expect(trainModel(examples, options).sha256).toBe(data.sha256);
    expect(trainModel([...examples].reverse(), options).sha256).not.toBe(data.sha256);
  });

  it('learns what it is shown, with probabilities that sum to one', () => {
    const model = loadModel(data);
    for (const e of examples) {
      const { probabilities, best } = predict(model, e.text);
      expect(model.classes[best]).toBe(e.label);
      expect([...probabilities].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('reuses the array it is given (no allocation per message)', () => {
    const model = loadModel(data);
    const into = new Float64Array(5);
    expect(predict(model, 'stop sending me these', into).probabilities).toBe(into);
  });

  it('round-trips its weights through base64 and refuses a truncated table', () => {
    const model = loadModel(data);
    expect(toBase64(new Uint8Array(model.weights.buffer))).toBe(data.weights);
    expect(() => loadModel({ ...data, weights: data.weights.slice(0, 400) })).toThrow(/weights/);
  });
});

describe('the shipped model', () => {
  const model = loadModel(INTENT_MODEL);

  it('loads, holds 2^bits × 5 weights and matches its recorded checksum', () => {
    expect(model.weights.length).toBe((1 << INTENT_MODEL.bits) * INTENTS.length);
    expect(model.classes).toEqual([...INTENTS]);
    const bytes = new Uint8Array(
      model.weights.buffer,
      model.weights.byteOffset,
      model.weights.length,
    );
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(INTENT_MODEL.sha256);
  });

  it('is what `npm run train:intents` makes from the corpora in the repo', () => {
    expect(INTENT_MODEL.trainedOn).toContain(corpusFiles().join(', '));
    expect(trainModel(allExamples(), DEFAULT_OPTIONS).sha256).toBe(INTENT_MODEL.sha256);
  });
});

describe('the rules weighed with the model', () => {
  const noneModel = classifierWith(sure('none'));
  const outModel = classifierWith(sure('opt_out'));

  it('never demotes a bare keyword, a whole-sentence keyword or a tenant keyword', () => {
    for (const text of ['STOP', 'stopp', 'СТОП', 'Stop. Thanks', 'STOP 🛑', 'unsubscribe'])
      expect(noneModel(text)).toMatchObject({ intent: 'opt_out', certainty: 'explicit' });
    const tenant = { extraOptOut: ['zzzstop', 'chega de promo'] };
    expect(noneModel('zzzstop', tenant)).toMatchObject({ certainty: 'explicit' });
    expect(noneModel('olha, chega de promo', tenant)).toMatchObject({ certainty: 'explicit' });
  });

  it('turns a lexicon phrase it doubts into a question, and says so', () => {
    const text = 'I would like you to stop sending me these promotional messages';
    let finding: Finding | null = null;
    expect(classifyByRules(text, {}, (f) => (finding = f))).toMatchObject({
      certainty: 'explicit',
    });
    expect(finding).toMatchObject({ source: 'phrase' });
    const got = noneModel(text);
    expect(got).toMatchObject({ intent: 'opt_out', certainty: 'likely' });
    expect(got.matched).toMatch(/^model doubts 0\.00: /);
  });

  it('makes a model-only opt-out `likely`, never explicit', () => {
    const got = outModel('hey so how are things with you these days');
    expect(got).toMatchObject({ intent: 'opt_out', certainty: 'likely', scope: 'default' });
    expect(got.matched).toBe('model opt_out 1.00');
    expect(classifierWith(sure('help'))('who are you people then')).toMatchObject({
      intent: 'help',
      certainty: 'likely',
      matched: 'model help 1.00',
    });
  });

  it('lets a request to come back win, whatever the model says', () => {
    expect(outModel('I unsubscribed by mistake, please add me back')).toMatchObject({
      intent: 'opt_in',
      certainty: 'explicit',
    });
    expect(outModel('START')).toMatchObject({ intent: 'opt_in' });
  });

  it('raises no stop where the rules read that the marketing should go on', () => {
    // A model sure of an opt-out still cannot reopen "this one no, keep the others".
    for (const text of [
      'no thanks, not this time',
      'essa oferta não me interessa, mas continua me mandando as outras',
    ])
      expect(outModel(text)).toMatchObject({ intent: 'none' });
    // Laughter does not close it for the model: a joke can carry a real stop.
    expect(outModel('you message me more than my ex lol, enough now')).toMatchObject({
      intent: 'opt_out',
    });
  });

  it('leaves single words and negated stops to the rules', () => {
    for (const text of ['ok', 'hola']) expect(outModel(text)).toMatchObject({ intent: 'none' });
    // A bare yes is the rules' likely opt-in (round 11b), never raised to a stop by the model.
    for (const text of ['yes', 'ja'])
      expect(outModel(text)).toMatchObject({ intent: 'opt_in', certainty: 'likely' });
    for (const text of [
      "Don't unsubscribe me",
      'I do not want to unsubscribe',
      'não quero cancelar',
    ])
      expect(outModel(text)).toMatchObject({ intent: 'none' });
    expect(settledByRules('não nada mais', ['nada mais'])).toEqual({
      short: false,
      negated: true,
      tenantStop: true,
      errand: false,
      sentThing: false,
      login: false,
      refused: false,
      stopWord: false,
      booking: false,
      button: false,
      courtesy: false,
      brokenCode: false,
      serviceOnly: false,
      notifyMe: false,
      givesIn: false,
      startAsked: false,
      ownMessage: false,
      orderAdd: false,
    });
    // Round 14e: the customer gives in to an offer; the model raises no stop.
    expect(settledByRules('Stop tempting me 😩 ok, send me the blue one')).toMatchObject({
      givesIn: true,
    });
    // Round 13: the customer's own message asked about raises no status.
    expect(settledByRules('Just checking, did you get my message?')).toMatchObject({
      ownMessage: true,
    });
    // Round 8d: a stop phrase that names a button, with no broken link complained of.
    expect(settledByRules('n11 in abonelikten çık butonu hiç yok, neyse')).toMatchObject({
      button: true,
    });
    expect(
      settledByRules('abonelikten çık butonu çalışmıyor, beni listeden çıkarın'),
    ).toMatchObject({ button: false });
    // Round 7c: a waiting list or a booking.
    expect(settledByRules('am I still on the waiting list for the sofa?')).toMatchObject({
      booking: true,
    });
    expect(settledByRules('am I still on your promo list?')).toMatchObject({ booking: false });
    expect(settledByRules('取消订阅')).toMatchObject({ short: false, negated: false });
    expect(settledByRules('ไม่อยากสมัครค่ะ')).toMatchObject({ negated: true });
    expect(settledByRules('อยากสมัครค่ะ')).toMatchObject({ negated: false });
    expect(settledByRules('please do not send me anything, unsubscribe')).toMatchObject({
      negated: false,
    });
  });

  it('raises no stop or help on a payment or address errand, no opt-in on refused consent', () => {
    expect(settledByRules('bitte den Dauerauftrag stoppen')).toMatchObject({ errand: true });
    expect(settledByRules('stop the autopay promos')).toMatchObject({ errand: false });
    expect(settledByRules("I don't agree to receive promotions")).toMatchObject({
      refused: true,
      negated: false,
    });
    expect(settledByRules('I agree to receive promotions')).toMatchObject({ refused: false });
    expect(outModel('bitte den Dauerauftrag stoppen')).toMatchObject({ intent: 'none' });
    const inModel = classifierWith(sure('opt_in'));
    // Round 7b: refused consent naming the marketing is the rules' stop (a model sure of an
    // opt-in only doubts it); without the marketing named the rules read nothing, and the
    // model's opt-in stays shut.
    expect(inModel("I don't agree to receive promotions")).toMatchObject({ intent: 'opt_out' });
    expect(inModel("I don't agree to receive them")).toMatchObject({ intent: 'none' });
    expect(inModel('please keep me posted on promotions')).toMatchObject({ intent: 'opt_in' });
    expect(settledByRules('登録解除したい')).toMatchObject({ stopWord: true });
    expect(inModel('登録解除したい')).toMatchObject({ intent: 'none' });
    expect(inModel('もっと欲しいです')).toMatchObject({ intent: 'opt_in' });
  });

  it('raises no opt-in or stop on a request to send a code, receipt, link or ticket again (round 7)', () => {
    for (const text of ['gửi lại mã cho tôi với', 'can you resend the receipt', '验证码再发一次'])
      expect(settledByRules(text)).toMatchObject({ sentThing: true });
    // A discount code or coupon is marketing; an unsubscription named is no errand.
    for (const text of ['send me the discount codes again', 'the unsubscribe link is broken'])
      expect(settledByRules(text)).toMatchObject({ sentThing: false });
    const inModel = classifierWith(sure('opt_in'));
    expect(inModel('gửi lại mã cho tôi với')).toMatchObject({ intent: 'none' });
    expect(inModel('send me the discount codes again please')).toMatchObject({ intent: 'opt_in' });
    expect(outModel('kirim ulang link pembayarannya dong')).toMatchObject({ intent: 'none' });
  });

  it('raises no stop about a delivery or prices going up (round 7)', () => {
    expect(settledByRules("don't send the courier before 6")).toMatchObject({ errand: true });
    expect(settledByRules('stop raising the prices every month')).toMatchObject({ errand: true });
    expect(settledByRules('stop the delivery promos')).toMatchObject({ errand: false });
    expect(outModel('berhenti naikin harga terus dong')).toMatchObject({ intent: 'none' });
  });

  it("reads a tenant's never-opt-out phrase as not there", () => {
    expect(withoutPhrases('is STOP & SHOP open today?', ['Stop & Shop'])).toBe('is  open today');
    expect(withoutPhrases('stop please', ['Stop & Shop'])).toBe('stop please');
    expect(classifyMessage('STOP & SHOP', { neverOptOut: ['Stop & Shop'] }).intent).toBe('none');
  });

  it("keeps the CLI's output shape and says there when the model decided", () => {
    const line = JSON.parse(classifyLine('Hiermit kündige ich den WhatsApp-Newsletter.')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(line)).toEqual(Object.keys(JSON.parse(classifyLine('STOP')) as object));
    expect(line).toMatchObject({ intent: 'opt_out', certainty: 'likely' });
    expect(line.matched).toMatch(/^model opt_out 0\.\d\d$/);
  });

  it('is what classifyMessage does with the shipped model', () => {
    const shipped = classifierWith(loadModel(INTENT_MODEL));
    for (const text of ['STOP', 'hello', 'who is this?', 'mau berhenti langganan', 'ok thanks 👍'])
      expect(classifyMessage(text)).toEqual(shipped(text));
  });
});
