/**
 * Round 16f of issue 18: long messages (batch 46: formal letters, voice notes, three to eight
 * sentences with the request inside). Phrasings in none of the corpora beside the sentences that
 * keep their reading (dev-round16f.jsonl holds more). See come-back.ts (a stop told, then a
 * request to send again), ad-content.ts (who makes the ads), learned.ts (each sentence's own
 * past and laugh, a voice note read clause by clause), errand.ts (a service praised before the
 * promos named), not-marketing.ts and service-only.ts (words of the marketing and of the service
 * messages), hypothetical.ts (Polish "jak") and lexicon/round16f-rules.ts (joining from outside).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop told, then a request to send again, is an opt-in (c1)', () => {
  it.each([
    'Hi, I told you to stop the offers last year while my mum was ill. She is better now, please send them again.',
    'Ciao, vi avevo chiesto di non mandarmi più offerte perché ero in ospedale. Ora sto bene, per favore mandatele di nuovo.',
    'Здравствуйте, я просил не присылать рекламу, пока был в командировке. Теперь я дома, пожалуйста, присылайте снова.',
    'Habari, niliomba msinitumie ofa nilipokuwa safarini. Sasa nimerudi, tafadhali nitumieni tena.',
    'مرحبا، قلت لكم توقفوا العروض وقت الامتحانات. الحين خلصت، ارسلوا العروض مرة ثانية لو سمحتم.',
    'bhai maine bola tha offers band karo kyunki exam chal rahe the, ab khatam, phir se offers bhejna shuru karo',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'I told you to stop the offers a month ago and they still come every day. Stop them now.',
    'Ya os dije que pararais las ofertas y me siguen llegando. Borradme.',
  ])('a stop told, then a complaint that they still come, stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('laughing at an ad and asking who makes them is no help (c2)', () => {
  it.each([
    'Stop it 😂 the dancing broccoli in your ad is brilliant. Who thinks these up? Is the soup still on offer?',
    'Arrêtez 😂 votre pub avec la vache qui chante est géniale. Qui imagine ça ? Vous avez encore du comté ?',
    'Hou op 😂 die reclame met de rappende oma is top. Wie bedenkt dat toch? Is de appeltaart nog in de aanbieding?',
    'Хватит 😂 ваш ролик с танцующим бобром огонь. Кто это придумывает? Сырники ещё есть?',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^help/);
  });

  it.each([
    'Who is this? I keep getting offers from this number.',
    'Kto to? Kto wysyła te wiadomości?',
  ])('"who is this" stays help: %s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });
});

describe('a stop inside a long message is found (c3)', () => {
  it.each([
    'hej to ja Marek, dzięki za naprawę pralki, chodzi jak złoto, ale te promocje na lodówki co tydzień to nie dla mnie, wypiszcie mnie proszę, dzięki',
    'oi aqui é a Júlia, a troca da tela do celular ficou perfeita, mas essas promo de capinha toda semana não precisa, pode me descadastrar, valeu',
    'Sy dah daftar kelas renang kat tempat lain. Jadi info diskaun kelas tu dah x perlu. Tolong jangan hantar lagi ye.',
    'こんにちは。ピアノ教室のレッスン連絡は今まで通りお願いします。ただ、発表会グッズの宣伝メッセージは停止していただけますか。',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });

  it.each([
    'Hi, thanks for fixing my bike last week, it rides like new. Could you tell me when the shop opens on Sunday?',
    'Merci pour la réparation du vélo, il roule très bien. Vous ouvrez dimanche ?',
  ])('a long thank-you with no stop stays none: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('joining from outside the list is an opt-in (c4)', () => {
  it.each([
    'Hello, my sister showed me your weekly deals. Please add my number to your broadcast list.',
    'Buongiorno, ho provato il vostro formaggio alla sagra. Aggiungete questo numero alla lista delle offerte, grazie.',
    'Dzień dobry, mam mały sklep i kupuję u Państwa mąkę. Dodajcie mój numer do listy promocji.',
    'Добрый день, у меня небольшое кафе. Добавьте мой номер в рассылку с оптовыми ценами.',
    'Selamat sore, saya punya toko kelontong. Tolong masukkan nomor saya ke daftar promo grosir.',
    '你好，我同事一直转发你们的优惠。请把我的号码加到你们的群发名单里。',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'Please remove my number from your broadcast list.',
    'Usuńcie mój numer z listy promocji.',
  ])('a removal stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('will a stop keep the service messages? is help (c5)', () => {
  it.each([
    'Si je réponds STOP aux pubs, est-ce que je reçois toujours le suivi de mon colis ?',
    'Se eu responder SAIR nas promoções, ainda recebo o rastreio da encomenda?',
    'Jak napiszę STOP na reklamy, to dostanę jeszcze informację o przesyłce?',
    'Bu numara hangi şirkete ait? Hiç sizden alışveriş yaptım mı?',
    'Welche Praxis sind Sie? Ich bekomme hier Gutscheine.',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'STOP the promotions please. I still want my order tracking though.',
    'Jak wyłączyć reklamy?',
  ])('a real stop or a how-question keeps its reading: %s', (text) => {
    expect(read(text)).not.toBe('none/none');
  });
});
