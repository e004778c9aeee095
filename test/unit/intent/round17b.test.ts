/**
 * Round 17b of issue 18: stops missed in long casual messages (batch 48's voice notes, chatty
 * stories, quoted promos and instructions; batch 45's complaint closed by a curt "take me out").
 * Phrasings in none of the corpora beside the sentences that keep their reading
 * (dev-round17b.jsonl holds more). See reason-breaks.ts (a "no sense" reason or a "so" run on
 * before the request closes its clause, for negation and told stops), quoted.ts and context.ts
 * (a quoted instruction's keyword answered alone) and lexicon/round17b-rules.ts (the customer
 * removed curtly; removal imperatives no negator before them negates).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop at the end of a voice note, after a story and a reason, is a stop (c1)', () => {
  it.each([
    "hi it's Tom um so I get your deals like every morning and honestly I don't even drive anymore it makes no sense so just remove me from the list cheers",
    'oi aqui é a Bia então eu recebo promoção de vocês direto mas eu não tenho mais cachorro não faz sentido me tira da lista por favor beijos',
    'hola soy Pepe mira me llegan vuestras ofertas cada día pero ya no tengo coche no tiene sentido quitadme de la lista gracias',
    'cześć tu Kasia dostaję od was promocje na karmę a kot już nie żyje nie ma sensu usuńcie mnie z listy dziękuję',
    'merhaba ben Can bana her gün lastik kampanyası geliyor arabamı sattım artık bir anlamı yok beni listeden silin lütfen',
    'привет это Дима мне каждый день приходят ваши скидки на шины а машину я продал смысла нет отпишите меня пожалуйста',
    'hallo hier ist Lena ich krieg ständig eure Angebote aber ich hab keinen Hund mehr das macht keinen Sinn nehmt mich von der Liste',
    "ciao sono Giulia mi arrivano sempre le vostre offerte ma il cane non ce l'ho più non ha senso toglietemi dalla lista grazie",
    'halo kak aku tiap hari dapet promo pakan kucing padahal kucingku udah gak ada gak ada gunanya keluarin aku dari daftar ya',
    'hello po araw araw po akong nakakatanggap ng promo pero wala na po akong sasakyan walang saysay pakitanggal na po ako sa listahan',
    'aapke tyre ke offers roz aate hain par maine gaadi bech di koi fayda nahi mujhe list se nikaal do',
    'я переїхав до Києва в минулому місяці тож відпишіть мене будь ласка',
    '那个我每天都收到你们的轮胎促销 但是我车都卖了 没什么意义 帮我取消订阅吧 谢谢',
    'السلام عليكم والله يوصلني منكم كل يوم عروض وانا ما عندي سيارة اصلا فما له معنى شيلوا رقمي من القائمة',
    'anh ơi em nhận tin khuyến mãi của shop hoài mà em bán xe rồi nên chẳng có ý nghĩa gì hủy đăng ký giúp em với nha',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    "hi it's Tom I moved last month so could you send my order to the new address instead thanks",
    'oi aqui é a Bia eu mudei pra Curitiba mês passado então não faz sentido mandar pro endereço antigo manda pro novo por favor',
    'Order se ek packet doodh hata do please, mujhe nahi chahiye',
  ])('a story with an errand and no stop is none: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('"I keep getting them, did my stop work?" stays status', () => {
    expect(
      read('I keep getting your promos even after I replied STOP last week. Did it go through?'),
    ).toBe('status/explicit');
  });

  it('a stop that has "no sense" stays unread by the rules', () => {
    expect(
      read('No tiene sentido que me saquen de la lista, quiero seguir recibiendo las ofertas'),
    ).not.toBe('opt_out/explicit');
  });
});

describe('a quoted instruction answered with its keyword, or a quoted promo then a stop, is a stop (c2)', () => {
  it.each([
    'The text says “Reply STOP to opt out.” STOP.',
    "Dans votre message c'est écrit « Répondez STOP pour ne plus recevoir. » STOP. Merci.",
    "Nel messaggio c'è scritto: “Rispondi STOP per annullare l'iscrizione.” STOP. Grazie.",
    'In het bericht staat: “Antwoord STOP om af te melden.” STOP. Bedankt.',
    'В сообщении написано: «Ответьте СТОП, чтобы отписаться.» СТОП. Спасибо.',
    'Ujumbe unasema: “Jibu STOP kujiondoa.” STOP. Asante.',
    'Sa message nakasulat: “Reply STOP para mag-unsubscribe.” STOP. Salamat po.',
    'Mesajda “Abonelikten çıkmak için DUR yazın.” yazıyor. DUR. Teşekkürler.',
    '“Balas STOP untuk berhenti.” STOP. Makasih kak.',
    "“EXTRA 20% OFF today only!!” that's the third “today only” this week haha. Please stop sending me these.",
    '“Nur heute 20% extra!!” – das dritte „nur heute“ diese Woche, haha. Hört bitte auf, mir das zu schicken.',
    '“Hari ini saja diskon 20%!!” ketiga kalinya minggu ini wkwk. Tolong berhentiin kirim promo ke saya.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'My son yelled “STOP IT” at the TV this morning. Stop! Anyway, is my order ready?',
    '“20% off today only!!” Great, does it apply to the sale items too?',
  ])(
    'a shout quoted, or a promo quoted and asked about, is acted on at once by nothing: %s',
    (text) => {
      expect(read(text)).not.toBe('opt_out/explicit');
    },
  );
});

describe('a complaint closed by a curt "take me out" is a stop (c3)', () => {
  it.each([
    'Bank account band kar diya, phir bhi credit card offers kyun? Hatao mujhe',
    'Itne saare messages kyun aa rahe hain? Nikaal do mujhe',
    'Roz roz sale ke message kyun? Mujhe broadcast se hata dein',
    'Ami to kichu kini na, offer keno pathan? Amake bad din',
    'Why do you keep sending loan offers when I closed my account? Remove me.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Cart se woh red kurta hata do, size nahi mila',
    'Order se ek dozen ande nikaal dein, baaki bhej dein',
    'Mujhe list se mat nikalo, offers achhe lagte hain',
    'Order theke ekta shirt bad din please',
  ])('an item out of an order, or "don\'t remove me", is no explicit stop: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });
});
