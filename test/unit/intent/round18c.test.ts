/**
 * Round 18c of issue 18: status questions and opt-ins missed in long messages (batches 49, 51
 * and 52). Phrasings in none of the corpora, beside the sentences that keep their reading
 * (dev-round18c.jsonl holds more). See asked-before.ts (a stop told to the shop, a form or a
 * link, then whether it arrived or was passed on), sent-by-mistake.ts (a stop sent from the
 * customer's phone in play), new-number.ts (`sentToMeToo`: "send them to me too" beside someone
 * who gets them) and lexicon/round18c-rules.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop told to the shop or by a relative, then whether it arrived, is a status (c1)', () => {
  it.each([
    "I told the man at the counter on Friday that I don't want the promo messages any more. Did he pass it on? Just checking.",
    'Ich habe letzte Woche an der Kasse gesagt, dass ich keine Werbung mehr möchte. Ist das bei Ihnen angekommen?',
    "Ho detto alla commessa sabato che non volevo più le offerte. Vi è arrivato? Non so se l'ha passato.",
    'Vorige week heb ik tegen de kassamedewerker gezegd dat ik geen aanbiedingen meer wil. Is dat doorgegeven?',
    'Mówiłam w sklepie w sobotę, żeby mnie skreślili z promocji. Czy to do was doszło?',
    'Я на кассе сказала, что больше не хочу получать рекламу. Дошло ли это до вас?',
    'Kahapon sinabi ko sa kahera na ayaw ko na ng promo. Naipasa na po ba?',
    'Mama yangu alisema aliomba namba yangu ifutwe kwenye ofa. Imeshafutwa?',
    '上周我跟店员说过不想再收到推广信息了，请问处理了吗？',
    '先週お店で「配信停止」をお願いしました。反映されていますか？',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });
});

describe('a refusal told beside an order, then a question about the order, is no status (c1)', () => {
  it.each([
    "Yesterday I said I don't want the blue one. Was the order processed?",
    'Me di de baja hace tiempo, pero ¿dónde están mis puntos?',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^status\//);
  });
});

describe('a stop sent from my phone in play, then a wish to come back, is an opt-in (c2)', () => {
  it.each([
    'My granddaughter was playing with my phone and sent STOP. Please put me back, I want the deals.',
    'Mein Sohn hat aus Spaß STOP geschickt. Bitte meldet mich wieder an, ich will die Angebote.',
    'Mi nieto mandó STOP de broma. Quiero seguir recibiendo las ofertas, vuelvan a meterme por favor.',
    'Meu neto mandou SAIR de brincadeira no meu celular. Quero continuar recebendo as promoções, me coloquem de volta.',
    'Mio figlio ha scritto STOP per scherzo dal mio telefono. Rimettetemi nella lista, voglio le offerte.',
    'Anak saya iseng kirim STOP dari HP saya. Saya masih mau promonya, tolong aktifkan lagi ya.',
    'Con tôi nghịch điện thoại gửi STOP. Tôi vẫn muốn nhận khuyến mãi, bật lại giúp tôi nhé.',
    'Мой внук в шутку отправил СТОП с моего телефона. Верните меня, пожалуйста, я хочу получать акции.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });
});

describe('someone gets the offers, send them to me too: an opt-in (c3)', () => {
  it.each([
    'My sister gets your weekly deals on WhatsApp. Can you send them to me too?',
    'Ma collègue reçoit vos promos tous les lundis, vous pouvez me les envoyer aussi ?',
    'Meine Nachbarin bekommt eure Angebote jeden Freitag. Könnt ihr mir die auch schicken?',
    'Mi vecina recibe sus ofertas cada semana. ¿Me las pueden mandar a mí también?',
    'Komşum her hafta kampanyalarınızı alıyor, bana da gönderir misiniz?',
    'Tetangga saya dapat promo kalian tiap minggu. Saya juga mau dikirimin dong.',
    'Mere dost ko aapke offers aate hain, mujhe bhi bhej dijiye.',
    '友達が毎週セール情報を受け取っています。私にも送ってください。',
    '我朋友每周都收到你们的优惠信息，也发给我吧。',
    'Jirani yangu anapata ofa zenu kila wiki, naomba mnitumie mimi pia.',
    'podpishite menya obratno na rassylku',
    'pidpyshit mene znovu na rozsylku pls',
    'Anzisheni tena kunitumia ofa',
    'Pa-join naman po ako sa broadcast niyo',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });
});

describe('a thing an order sends, a why or a negator, is no opt-in (c3, c4)', () => {
  it.each([
    'My wife got the promo code, can you send me the receipt too?',
    'Why do you send the promos to me too? I never signed up.',
    "Don't send those offers to me too, one person in the house is enough.",
    'Je renvoie le colis demain, pouvez-vous confirmer le remboursement ?',
    'もう勘弁してください、また注文と違うサイズが届きました。交換お願いします。',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in\//);
  });
});

describe('a stop repeated after one told, or a stop a relative sent and meant, stays a stop (c5)', () => {
  it.each([
    'I asked at the shop last week to be taken off the list and you still send them. Stop now.',
    'Mi hijo mandó STOP y tiene razón, no quiero más ofertas.',
    "Don't send those offers to me too, one person in the house is enough.",
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('how to join, beside someone who gets them, stays help (c5)', () => {
  it.each(['My friend gets your offers. How do I sign up for them too?'])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });
});
