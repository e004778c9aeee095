/**
 * Round 18a of issue 18: help questions about what the list does, missed in batch 52's long
 * messages. Phrasings in none of the corpora beside the sentences that keep their reading
 * (dev-round18a.jsonl holds more). See hypothetical.ts (the sender blocked, or left in words the
 * stems lack, supposed like an unsubscription; "I only don't want the promos" beside the question
 * is its reason), service-only.ts (invoices, receipts and parcels among the notices that stay),
 * service-things.ts (a reply's cost beside a prepaid balance) and lexicon/round18a-rules.ts (how
 * often the messages come, what replying costs).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('if I leave or block, will the invoices, receipts or parcel news still come? (c1)', () => {
  it.each([
    "I look after my mum's flat and pay her bills. If I unsubscribe from your marketing, will the gas receipts still be sent here?",
    'Falls ich Ihre Werbung abbestelle, bekomme ich die Rechnungen für die Wartung dann trotzdem noch?',
    "Si je me désinscris de la newsletter, est-ce que les factures arriveront toujours ? C'est pour ma comptabilité.",
    'Si bloqueo este número, ¿me seguirán llegando los recibos de la farmacia?',
    'Se mi cancello dalle offerte, le fatture continueranno ad arrivare? Servono al commercialista.',
    'Als ik me afmeld voor de aanbiedingen, krijg ik de facturen dan nog wel?',
    'Jeśli zablokuję ten numer, czy faktury dalej będą przychodzić? Potrzebuję ich do firmy.',
    'Если я заблокирую этот номер, чеки всё равно будут приходить? Они нужны для отчёта.',
    'Bu numarayı engellersem faturalar yine gelir mi? Muhasebeci istiyor.',
    'Kalau saya keluar dari promo, struk belanja masih dikirim nggak? Buat laporan kantor.',
    'Nếu mình chặn số này thì hóa đơn còn gửi về không? Mình cần để làm sổ sách.',
    '如果我把这个号码拉黑了，发票还会发过来吗？公司报销要用。',
    'Kung i-block ko itong number, darating pa rin ba ang resibo ko? Kailangan ko sa opisina.',
    'Agar main ye number block kar doon to kya bill aate rahenge? Office mein jama karna hota hai.',
    'Nikiblock namba hii, bado nitapata risiti zangu? Nazihitaji kazini.',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'Unsubscribe me from the marketing please. Will I still get the invoices though?',
    "I don't want your offers any more. Will the receipts still come?",
    'Keine Werbung mehr bitte. Die Rechnungen kommen aber weiter, oder?',
  ])('a stop made, then asked about, stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'If I cancel my order, will I still get the invoice?',
    'If I block my card, will I still get the statement?',
  ])('an order or a card, no marketing left: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('how often the messages come is help (c2)', () => {
  it.each([
    "How often do you send these deals? My phone buzzes at night and I'm a light sleeper.",
    'Wie oft kommen eigentlich diese Angebote? Ich will das wissen, bevor ich etwas entscheide.',
    'Tous les combien vous envoyez ces promos ? Je suis de garde la nuit.',
    '¿Con qué frecuencia mandáis estas promociones? Trabajo en el turno de noche.',
    'Ogni quanto arrivano queste promozioni? Lavoro di notte.',
    'Hoe vaak komen deze berichten? Ik draai nachtdiensten.',
    'Как часто приходят эти акции? Я работаю в ночную смену.',
    'Haftada kaç kez kampanya mesajı gönderiyorsunuz? Gece çalışıyorum.',
    'Berapa kali seminggu promo ini dikirim? Saya kerja malam.',
    'Mtanitumia matangazo mara ngapi? Nafanya kazi usiku.',
    'Aap log ye offers hafte mein kitni baar bhejte ho? Raat ki shift hai meri.',
    'এই অফারগুলো মাসে কতবার পাঠাবেন? আমি রাতে কাজ করি।',
    '促销信息一周发几次？我上夜班。',
    'キャンペーンのメッセージは週に何回届きますか？夜勤なので気になります。',
    'โปรโมชั่นส่งมาอาทิตย์ละกี่ครั้งครับ ผมทำงานกะดึก',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'kitni baar bolu, mat bhejo ye sab',
    'Nói bao nhiêu lần rồi, đừng gửi nữa!',
    'How many times do I have to tell you? Stop texting me.',
  ])('"how many times must I say it" stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'How often should I water the plant you sold me?',
    'Wie oft muss ich den Filter wechseln?',
  ])('how often, of something else: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('what replying costs is help (c3)', () => {
  it.each([
    "Does it cost me anything if I answer these texts? I'm on pay as you go.",
    'Se eu responder essa mensagem, gasta meus dados? Meu plano é pré-pago.',
    'Nikiwajibu, nitakatwa pesa? Natumia salio kidogo.',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each(['Stop sending these, every text costs me on prepaid.'])(
    'a stop stays a stop: %s',
    (text) => {
      expect(read(text)).toMatch(/^opt_out/);
    },
  );
});
