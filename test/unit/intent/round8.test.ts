/**
 * The classes of issue 18's round 8, a few languages each, with the sentences that must keep
 * their reading beside them (the "r8" lines of dev-round8.jsonl hold more). New phrasings, in
 * none of the corpora.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const r = classifyMessage(text);
  return `${r.intent}/${r.certainty}`;
};

describe('classifyMessage: round-8 classes', () => {
  it('reads an opt-in that sounds negative as an opt-in, never a stop', () => {
    expect(read('never ever stop sending me your coupons')).toBe('opt_in/explicit');
    expect(read('no dejen nunca de mandarme descuentos')).toBe('opt_in/explicit');
    expect(read('não quero perder nenhum desconto de vocês')).toBe('opt_in/explicit');
    expect(read('nie chcę przegapić waszych rabatów')).toBe('opt_in/explicit');
    expect(read('别停止推送活动啊')).toBe('opt_in/explicit');
    // A demand, not a negation; laughter is no marketing wanted.
    expect(read("why don't you stop sending me promos")).toBe('opt_out/explicit');
    expect(read("I can't stop laughing at your ads")).toBe('none/none');
    // The same words as a complaint (an indicative): never an opt-in.
    expect(read('you never stop sending me promos')).not.toMatch(/^opt_in/);
    expect(read("vous n'arrêtez pas de m'envoyer des pubs")).not.toMatch(/^opt_in/);
    expect(read('ele não para de mandar promoção')).not.toMatch(/^opt_in/);
    expect(read('ما توقفوا الرسائل رغم اني طلبت')).not.toMatch(/^opt_in/);
  });

  it('opts in a customer who unsubscribed by mistake, also in scripts without spaces', () => {
    expect(read('不小心点了退订，帮我恢复一下')).toBe('opt_in/explicit');
    expect(read('うっかり配信停止しちゃったので、戻してもらえますか')).toBe('opt_in/explicit');
    expect(read('กดยกเลิกผิดไป ช่วยเพิ่มกลับด้วยค่ะ')).toBe('opt_in/explicit');
  });

  it('reads the marketing refused beside something kept as a stop', () => {
    expect(read('only the shipping updates please, no ads')).toBe('opt_out/explicit');
    expect(read('facturas sí, publicidad no')).toMatch(/^opt_out/);
  });

  it('reads romanised and Ukrainian stops', () => {
    expect(read('otpishite menya pozhaluysta')).toBe('opt_out/explicit');
    expect(read('hvatit slat reklamu')).toBe('opt_out/explicit');
    expect(read('припиніть надсилати мені рекламу')).toBe('opt_out/explicit');
    expect(read('відписка')).toBe('opt_out/explicit');
  });

  it('lets a phrase reach over "please" between commas, not over a "no" before it', () => {
    expect(read('прекратите, пожалуйста, присылать мне акции')).toBe('opt_out/explicit');
    expect(read('dejen, por favor, de mandarme publicidad')).toBe('opt_out/explicit');
    expect(read('no, please, stop')).toBe('opt_out/explicit');
  });

  it('reads one offer declined with the rest wanted as nothing to act on', () => {
    expect(read('今回は見送ります、また次の案内お願いします')).toBe('none/none');
    expect(read('这次先不要了，其他活动继续通知我')).toBe('none/none');
  });

  // Round 11b: the keyword lists read it as a likely opt-in (bare-yes.ts), the model not at all.
  it('keeps a bare "yes please" for the keyword lists', () => {
    expect(read('Yes please')).toBe('opt_in/likely');
  });
});
