/**
 * Round 12 of issue 18: classes of batches 24 and 25 (an ordinary week; fast phone typing to big
 * brands), each with phrasings in none of the corpora and the sentences that must keep their
 * reading beside them (dev-round12a.jsonl holds more). See lexicon/round12-rules.ts, the trap
 * words a rule spells out (phrases.ts `readPhrases`), another language's stop verb inside a rule
 * (compiled.ts `homographs`), `@brk` (grammar.ts) and the Thai "ครับ" fix (lexicon/th.ts).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('"these offers are not for me" is a stop in every language (round12-rules.ts)', () => {
  it.each([
    'tus promociones no son para mí, gracias',
    'Eure Aktionen sind nichts für mich, danke',
    'Die Angebote zijn niks voor mij hoor', // Dutch with a German article: still Dutch's rule
    'ofertas e promoções não são pra mim',
    'queste promozioni non fanno per me',
    'Wasze promocje nie są dla mnie',
    'Ваши акции не для меня',
    'Ці знижки не для мене',
    'Promonya bukan buat aku kak',
    'Hindi para sa akin yung mga offers niyo',
    'Uu đãi này không dành cho tôi',
    '你们的促销活动跟我没关系',
    'キャンペーンのお知らせは私には必要ないです',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    // One offer, meant for someone else: no stop.
    'este cupón no es para mí, es para mi mamá',
    'Dieses Kleid ist nichts für mich, habt ihr es in Blau?',
    // "para mí" in another sense stays set aside (es.ts trap).
    '¿Hay ofertas para mí cumpleaños?',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});

describe('a trap word a rule spells out is read in the rule sense (phrases.ts)', () => {
  it('reads "para mí" inside the Spanish rule, which the "para (ti|mi|…)" trap sets aside', () => {
    expect(classifyMessage('esas ofertas no son para mí').matched).toBe(
      'esas ofertas no son para mi',
    );
  });

  it('still meets a trap when the rule names only the stop word it guards', () => {
    // "tak boleh berhenti beli": cannot stop buying (a trap), no stop.
    expect(read('tak boleh berhenti beli dari kedai ni')).toBe('none/none');
  });

  it('reads Tagalog "para" (for) inside a Tagalog rule, where it is no stop verb', () => {
    expect(read('hindi para sa akin ang promo niyo')).toBe('opt_out/explicit');
  });
});

describe('someone else gets the offers and I want them too: opt-in (round12-rules.ts)', () => {
  it.each([
    'my cousin gets your promo texts, can I get them too? send me them as well',
    'Mein Mann bekommt eure Gutscheine, ich hätte die auch gern',
    'Würde eure Angebote gern auch bekommen, geht das?',
    'Annem kampanya mesajlarınızı alıyor, bana da gönderin',
    'Jiran saya terima promosi korang, saya pun nak',
    'Kaka yangu hupata ofa zenu, mimi pia nataka',
    'আমার বোন আপনাদের অফার পায়, আমাকেও পাঠাবেন',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each([
    'my friend got a discount code from you, can I use it too?',
    'Mein Mann bekommt das Paket morgen, ich auch?',
  ])('no opt-in: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in\/explicit/);
  });
});

describe('"I sent STOP, did you take me off?" is status, not a stop (round12-rules.ts)', () => {
  it.each([
    'STOP likha tha last week, kya list se nikal diya gaya?',
    'maine STOP bheja tha, kya list se hata diya?',
    'Я надіслала СТОП, це подіяло?',
    'ยกเลิกให้แล้วหรือยังคะ',
    '我仲喺你哋嘅list度嗎？',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^status\//);
  });

  it('an order to remove stays a stop', () => {
    expect(read('mujhe list se hata do')).toBe('opt_out/explicit');
  });
});

describe('marketing let go beside a service kept, no stop verb (round12-rules.ts)', () => {
  it.each([
    'skip the sale ones for me please, booking reminders are fine',
    'promo msgs: drop the deals ones, keep the receipts',
    '推广就算了，订单通知继续发',
    'quảng cáo thì bỏ qua, chỉ gửi hóa đơn thôi',
    'Doña Rosa ya no quiere recibir sus promociones, sáquenla de la lista',
    'minha avó não quer mais receber promoção, tira ela da lista',
    '唔好再send啲優惠俾我啦',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'skip the queue for me?',
    'minha mãe não quer mais o bolo de chocolate, pode trocar?',
    '唔使send收據俾我',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});

describe('transliterated keywords and the Thai polite "ครับ" (lexicons)', () => {
  it.each(['อันซับครับ', 'অপ্ট আউট', 'अनसब्सक्राइब', 'آپٹ آؤٹ', 'إزالة', 'オプトアウト'])(
    'a bare keyword: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );

  it('reads "إزالة" in a sentence as any removal', () => {
    expect(read('إزالة الشعر بالليزر كم سعرها؟')).toBe('none/none');
  });

  it.each(['สวัสดีปีใหม่ครับ', 'ย้ายไปอยู่เชียงใหม่แล้วครับ'])('no opt-in from "ใหม่ … ครับ": %s', (text) => {
    expect(read(text)).not.toBe('opt_in/explicit');
  });

  it('a Thai come-back still opts in', () => {
    expect(read('อยากกลับมารับโปรอีกครั้งค่ะ')).toBe('opt_in/explicit');
  });
});

describe('round 12c: batch26 (two things at once, mid-conversation)', () => {
  it.each([
    'Todo perfecto con el envío. Eso sí, borradme de las promociones',
    'No me enviéis más newsletters, gracias',
    'Dadme de baja de la publicidad, porfa',
    'Danke! Stellt die Werbung bei mir bitte ab, Paketinfos sind okay',
    'Sonderangebote brauch ich nicht',
    'Top geleverd! Zet de aanbiedingen bij mij maar uit',
    'Asanteni, zimeni matangazo kwangu',
    'Reklamacja złożona, a przy okazji proszę wypisać mnie z newslettera',
    'keep the booking confirmations, ditch the rest',
    'Ich bin nicht eure Zielgruppe, sorry',
  ])('a stop beside the rest: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'How can I get only the shipping notices and not the promotions?',
    'Comment recevoir uniquement le suivi, sans la pub ?',
    'Sirf delivery ke messages aayein, offers nahi, kya karna hoga?',
    '怎么才能只收快递通知，不要广告？',
  ])('how to keep only the notices is help: %s', (text) => {
    expect(read(text)).toMatch(/^help\//);
  });

  it.each([
    // Asked without "how": a request, a partial stop.
    'only the shipping notices please, no promotions',
  ])('no help: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'I asked you to stop the offers last week, has that been done?',
    'Я просила отписать меня, это уже сделано?',
    '我已经申请退订了，处理好了吗？',
  ])('a past request asked about is status: %s', (text) => {
    expect(read(text)).toMatch(/^status\//);
  });

  it.each(['bez reklam proszę', 'sem promoções pra mim, obrigado', 'без рекламы пожалуйста'])(
    'without the marketing is asked about: %s',
    (text) => {
      expect(read(text)).toMatch(/^opt_out\//);
    },
  );

  it.each([
    'bez cukru proszę',
    'без сахара пожалуйста',
    'চায়ে আর চিনি দিবেন না',
    '送料を外してください',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it.each([
    'Mi amiga recibe vuestras ofertas y yo no, ¿me podéis volver a apuntar?',
    'Meine Nachbarin kriegt eure Angebote, kann ich die auch bekommen?',
    'Siostra dostaje od was promocje, też chcę',
  ])('opt-in: %s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });
});

describe('round 12d: batch27 (seasonal and cultural campaigns)', () => {
  it.each([
    'Was soll dieses Weihnachtsgewinnspiel? Ich kenne euch gar nicht',
    '¿Qué es esta rifa de Navidad? No conozco esta tienda',
    'Ye Diwali lucky draw kya hai? Fraud hai kya?',
    'Ini undian Lebaran apa ya? Saya tidak kenal tokonya',
    '这个中秋抽奖是什么？我不认识你们',
  ])('"what is this? I don\'t know you" is help: %s', (text) => {
    expect(read(text)).toMatch(/^help\//);
  });

  it('a stop beside it stays the stop', () => {
    expect(read("What is this raffle? I don't know your shop, remove my number")).toMatch(
      /^opt_out\//,
    );
  });

  it.each([
    // kein(e) negates the opt-in phrase around it: a stop.
    'Ich möchte keine Newsletter mehr von euch bekommen, danke',
    'gausah kirim promo lagi kak',
  ])('no opt-in: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'Me di de baja por error, ¿me agregan otra vez? No me quiero perder las rebajas',
    'Beni de kampanya listenize ekler misiniz?',
    'ضيفوني على قائمة العروض لو سمحتوا',
  ])('opt-in: %s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each(['TC', 'tc'])('Vietnamese bare keyword: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Tafadhali ondoeni jina kwenye kadi, nitaandika mwenyewe',
    'Shop dừng nhận đơn Tết ngày nào ạ?',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});

describe('round 12e: batch29 (indirect replies)', () => {
  it.each([
    'Please forget my number, I never signed up',
    'Olvídense de mí, por favor',
    'Esquece meu número, valeu',
    'Bu numarayı değil, numaramı unutun lütfen',
    'この番号は忘れてください',
    '请把我号码忘了',
  ])('"forget my number" is a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Not today, not tomorrow, not ever.',
    'Nice try, but I pass. For good.',
    'Nu niet en later ook niet, dank je',
    'Ani dziś, ani nigdy.',
  ])('a refusal for ever is asked about: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'New number! Please send the offers to this one from now on',
    'Haltet mich über eure Aktionen auf dem Laufenden',
    'Держите меня в курсе распродаж',
    "Je ne reçois plus vos promos du samedi… remettez-moi dedans s'il vous plaît",
    'Ik krijg de acties niet meer binnen, zet me er weer op',
  ])('an opt-in said sideways: %s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each(['Subscribe to what?', 'Join what?'])('a start word asked about: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});
