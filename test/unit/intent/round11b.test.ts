/**
 * Round 11b of issue 18: batch19/20's opt-in, help, status and business-sense classes, each with
 * phrasings in none of the corpora and the sentences that must keep their reading beside them
 * (dev-round11b.jsonl holds more). See bare-yes.ts, business-sense.ts, what-message.ts,
 * did-it-work.ts and lexicon/round11b-rules.ts.
 */
import { decideReply } from '../../../src/domain/conversation-decision';
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

/** A yes in each of the 23 languages, alone or with a little politeness or emoji. */
const YESES = [
  'Yep 👍',
  'Ja, gerne',
  'oui oui',
  'Sí claro',
  'Sì, grazie!',
  'SIM por favor',
  'ja hoor 😊',
  'TAK, dziękuję',
  'Да, спасибо',
  'Так!',
  'Evet, teşekkürler',
  'نعم شكرا',
  'ہاں جی',
  'हाँ जी',
  'হ্যাঁ',
  'ใช่ครับ',
  'Vâng ạ',
  'Opo, salamat po',
  'Ndio, asante',
  'Ya, boleh',
  'iya dong',
  'はい、お願いします！',
  '是的，谢谢',
];

describe('a bare yes is a likely opt-in in every language (bare-yes.ts)', () => {
  it.each(YESES)('%s', (text) => {
    expect(read(text)).toBe('opt_in/likely');
  });

  it.each([
    // A yes inside a message about something else keeps what it was.
    ['yes, the parcel came yesterday', 'none/none'],
    ['はい、明後日で大丈夫です', 'none/none'],
    ['tak, odbiorę w sobotę', 'none/none'],
    ['evet, kargo geldi', 'none/none'],
    // A yes with a stop is a stop; a question is no answer; OK words alone are no yes.
    ['yes, stop sending me these', 'opt_out/explicit'],
    ['sí, denme de baja', 'opt_out/explicit'],
    ['yes?', 'none/none'],
    ['ok thanks', 'none/none'],
    ['sawa', 'none/none'],
    // Malay "tak" is "not": only Polish company makes it a yes.
    ['tak nak', 'opt_out/likely'],
  ])('keeps %s as %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each(YESES)('records nothing by itself, and answers a pending question: %s', (text) => {
    const settings = { keywordScope: 'task_category' as const };
    const msg = { type: 'text', text, payload: null };
    const c = classifyMessage(text);
    expect(decideReply(settings, msg, c, null, null)).toEqual({ kind: 'none' });
    // With the stop question pending, a typed "yes" the conversation knows confirms the stop;
    // any other yes leaves it pending. Never an opt-in.
    const pending = decideReply(settings, msg, c, null, {
      kind: 'confirm_opt_out',
      taskId: 't1',
      categoryId: null,
      messageId: 'wamid.in1',
    });
    expect(['opt_out', 'none']).toContain(pending.kind);
  });
});

describe('one kind of offer asked for is an opt-in (lexicon/round11b-rules.ts)', () => {
  it.each([
    'could you send me the offers on garden furniture?',
    'присылайте акции на кроссовки',
    'надсилайте знижки на дитячий одяг',
    'schickt mir die Angebote für Fahrräder',
    'gửi em khuyến mãi mỹ phẩm nhé',
    'pakisend po yung deals sa gadgets',
    'elektronik indirimlerini gönderin',
    '有打折的酒店发给我',
    // Coming back after a mistake, asked as a question; Lebanese Arabizi.
    'うっかり配信停止しました。もう一度登録できますか',
    'eh eb3atouli el 3orood el jdide',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each([
    'pls stop na po sa pag-send ng promos',
    'Sáng nào cũng gửi khuyến mãi, dừng lại đi',
    'не присылайте мне скидки',
  ])('a stop with the same words stays no opt-in: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in\//);
  });
});

describe('"what is this message? I never bought anything" is help (what-message.ts)', () => {
  it.each([
    'what is this message?? never ordered a thing from you',
    'Que mensaje es este? Nunca compré nada',
    'Co to za wiadomość? Nigdy nic nie zamawiałam',
    'Hii ni nini? Sijawahi kununua chochote',
    'Bu mesaj nedir? Hiç üye olmadım',
    'это что? я ничего не покупала у вас',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'what is this? I never signed up, remove my number',
    'Que mensagem é essa? nunca me cadastrei, me tirem da lista',
  ])('keeps a stop asked for beside it: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('"did you take me off the list?" is status (did-it-work.ts)', () => {
  it.each([
    'did you remove me from the list? another one came today',
    '¿ya me borraron? hoy llegó otro',
    'Habt ihr mich schon gelöscht? heute wieder Werbung',
    'mi avete tolto dalla lista? ne è arrivato un altro',
    'شلتوني ولا لا؟',
    'numaramı sildiniz mi?',
    'Mmeniondoa tayari?',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^status\//);
  });

  it.each([
    'remove me from the list, another one came today',
    'why haven’t you removed me? REMOVE ME',
    'mi avete stufato, toglietemi dalla lista',
  ])('keeps the stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});

describe('stopping in the business sense is no stop (business-sense.ts)', () => {
  it.each([
    'I would like to cancel my gym membership from March',
    'how do I quit the gym?',
    'ich möchte mein Fitnessstudio kündigen',
    'cómo doy de baja mi plan del gimnasio?',
    'please switch off auto-renew on my subscription',
    'bitte die automatische Verlängerung deaktivieren',
    'stop the direct debit, I never authorised it',
    'otomatik ödemeyi iptal edin, ben onaylamadım',
    'please stop ringing the landline, use my mobile',
    'ne plus appeler le fixe, merci',
    'my card was stolen, block it please',
    'ik meld me af voor de zwemles van vrijdag',
    'mi padre ya no puede iniciar sesión, ¿me ayudan?',
    'mijn oma kan niet meer inloggen, wat nu?',
    'can you pause my veggie box next month? on holiday',
    'bitte die Kochbox für drei Wochen pausieren',
    'Chega, já decidi: levo o modelo em promoção',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'cancel my gym membership and stop the promos',
    'switch off auto-renew and no more offers please',
    'quit the gym, stop texting me',
    'I do not want anything from your gym anymore',
    'pause the promos for two weeks',
    'STOP',
  ])('a marketing word keeps the stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});
