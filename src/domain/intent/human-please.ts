/**
 * "I want to talk to a representative, I don't want a bot" (round 9b): a bot refused is a wish
 * for a person, not a stop of the marketing ("Bot istemiyorum", "No quiero un bot", "不要机器人").
 * When the message names a bot (or an automatic answer) and no marketing, its stop readings are
 * set aside and it gets the help reply, which offers the way to a person and the way out.
 * "I don't want a bot and I don't want your promos" stays a stop. Round 14c: an automatic reply
 * refused is the bot refused ("Kisi banday se baat karwa dein, ye automatic jawab nahi chahiye",
 * "no quiero respuestas automáticas"). Round 17d (batch 48's long messages): the person asked
 * for as a verb of talking and a member of staff in one sentence, asked or wished ("Can I talk
 * to a real agent?", "Czy mogę porozmawiać z konsultantem?", "Можна поговорити з менеджером?",
 * "担当の方と直接話せますか？"), and with nothing else read the marketing the customer names
 * ("I only get promo codes") is the complaint that leads there, no stop. Round 17f (batch 50):
 * the answering machine is a bot too ("parlo con un operatore o è un risponditore automatico?
 * Vorrei capire perché mi scrivete": the likely stop of "why do you write to me" goes).
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, isQuestionSpan, runs } from './asking';
import { sentencesOf } from './bounds';
import { WISH } from './did-it-work';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';

const BOT_OTHER = runs(`
  bots, botnya, bot nya, chatbot, robot, robots, robô, البوت, الروبوت, робот, бот, бота, ботом, roboti, روبوت, بوت,
  بوٹ, বট, बॉट, บอท, หุ่นยนต์, 机器人, 機器人, ボット, ロボット, automatic replies, auto reply, automated,
  automatic reply, automatic answer, automatic answers, auto replies, automatic jawab, automatic jawaab,
  auto jawab, automated replies, respuesta automatica, respuesta automática, respuestas automaticas,
  respuestas automáticas, resposta automatica, resposta automática, respostas automaticas, respostas automáticas,
  reponse automatique, réponse automatique, reponses automatiques, réponses automatiques, automatische antwort,
  automatische antworten, risposta automatica, risposte automatiche, automatisch antwoord, automatische antwoorden,
  automatyczna odpowiedz, automatyczna odpowiedź, automatyczne odpowiedzi, автоответ*, автоматический ответ,
  автоматические ответы, автоматична відповідь, автоматичні відповіді, otomatik cevap*, otomatik yanit*,
  otomatik yanıt*, balasan otomatis, jawaban otomatis, balas otomatis, jawapan automatik, tra loi tu dong,
  trả lời tự động, automatic na sagot, auto reply na, majibu ya kiotomatiki, majibu ya automatic,
  ऑटोमैटिक जवाब, ऑटोमेटिक जवाब, آٹومیٹک جواب, خودکار جواب, অটোমেটিক উত্তর, অটো রিপ্লাই, الرد الآلي,
  الرد التلقائي, رد آلي, رد تلقائي, ردود آلية, ตอบกลับอัตโนมัติ, ตอบอัตโนมัติ, 自动回复, 自動回覆,
  自動返信, 自動応答, risponditore automatico, contestador automatico, contestador automático,
  repondeur automatique, répondeur automatique, atendimento automatico, atendimento automático
`);

/** A person asked for without a bot named: help when nothing else was read ("人と話したい"). */
const PERSON_ASKED = runs(`
  talk to someone, speak to someone, real agent, live agent, live person, actual person, actual human, speak to a person, talk to a person, a real person, real human, echten menschen,
  echter mensch, persona real, una persona de verdad, pessoa de verdade, persona vera, echt mens, echte medewerker,
  prawdziwym czlowiekiem, prawdziwym człowiekiem, живым человеком, живой человек, з людиною, жива людина, з оператором,
  orang sungguhan, orang asli, mtu halisi, totoong tao, asli insaan, আসল মানুষ, شخص حقيقي, موظف حقيقي, اكلم موظف,
  أكلم موظف, nguoi that, người thật, gap nhan vien, gặp nhân viên, noi chuyen voi nguoi, nói chuyện với người,
  nhan vien that, nhân viên thật, noi chuyen voi nhan vien, nói chuyện với nhân viên, gap nguoi, gặp người,
  makausap yung tao, makausap ang tao, makausap ng tao, makausap ang staff, makausap yung staff, makausap ang agent,
  kausapin ang tao, tao po ba, totoong tao po, talk to staff, speak to staff, talk to an agent, speak to an agent,
  talk to a human, speak to a human, hablar con una persona, hablar con alguien, falar com uma pessoa, falar com atendente,
  parlare con una persona, parler à quelqu un, parler a quelqu un, mit einem menschen, mit einem mitarbeiter,
  kuzungumza na mtu, niongee na mtu, insaan se baat, kisi insaan se, kisi banday se, kisi bande se, banday se baat,
  bande se baat, kisi aadmi se baat, kisi agent se, agent se baat, কারো সাথে কথা, إنسان حقيقي,
  คนจริง, คุยกับพนักงาน, คุยกับคน, 真人, 人工客服, 转人工, 轉人工, 人と話したい, 人間と話したい, 担当者と話したい, オペレーターと話したい
`);

/**
 * Talking to, reaching, being put through (round 17d): with STAFF, a person asked for. Not
 * Vietnamese "gặp" (folds as "gấp", urgent), Thai "ติดต่อ" (contact: the courier not reached)
 * nor Chinese "转" alone (转账, a transfer).
 */
const TALK = runs(`
  talk to, talk with, speak to, speak with, chat with, get through to, put me through, connect me,
  sprechen, reden, verbinden, parler a, parler avec, joindre, hablar con, comunicarme con, contactar con,
  falar com, parlare con, parlare a, spreken, praten met, porozmawiac, porozmawiać, rozmawiac, rozmawiać,
  polaczyc, połączyć, поговорить, связаться, соедините, поговорити, звязатися, зв язатися, зєднайте,
  gorus*, görüş*, konus*, konuş*, bicara, berbicara, ngobrol, sambungkan, bercakap, cakap dengan,
  noi chuyen, nói chuyện, lien he, liên hệ, makausap, kausapin, makipag usap, kuongea, kuzungumza,
  niongee, kuwasiliana, baat, bat karni, बात, بات, কথা, اكلم, أكلم, اتكلم, أتكلم, التحدث, اتحدث, أتحدث,
  คุย, 转接, 轉接, 联系, 聯繫, 找, 話せ, 話し, 話す, つない, 繋い
`);

/** Staff, an agent or a human (round 17d): who the customer asks to talk to. */
const STAFF = runs(`
  agent, operator, representative, rep, human, a person, real person, someone, somebody, consultant, advisor,
  adviser, staff, customer service, customer support, support team, manager,
  mitarbeiter, mitarbeiterin, kundenberater, kundenberaterin, berater, beraterin, kundenservice, kundendienst, mensch,
  conseiller, conseillere, conseillère, humain, quelqu un, service client, agente, asesor, asesora, operador,
  operadora, persona, humano, atencion al cliente, atención al cliente, atendente, assistente, pessoa,
  apoio ao cliente, operatore, operatrice, consulente, assistenza, medewerker, mens, klantenservice,
  konsultant, konsultantem, konsultantka, pracownik, pracownikiem, czlowiek, człowiek, człowiekiem, czlowiekiem,
  biuro obslugi, biuro obsługi, оператор, оператором, менеджер, менеджером, консультант, консультантом,
  человек, человеком, сотрудник, сотрудником, людиною, людина, працівником, temsilci*, yetkili*,
  musteri hizmetleri, müşteri hizmetleri, insan*, cs, admin, petugas, orang, staf, khidmat pelanggan,
  nhan vien, nhân viên, tao, mhudumu, wakala, mtu, afisa, insaan, इंसान, মানুষ, এজেন্ট,
  موظف, خدمة العملاء, انسان, إنسان, พนักงาน, เจ้าหน้าที่, คน, 人工, 客服, 真人, 担当, オペレーター, スタッフ, 人間
`);

/**
 * Vietnamese "bớt" (less) folds to "bot": "bỏ bớt 1 gói bánh" (take one pack off), "giảm bớt",
 * "bớt đi" name no bot (round 13d). Round 17i (batch 50): nor does "bột" (powder), folded the
 * same, in a dish: "đừng cho bột ngọt" (no MSG), "bột mì" (flour), "bột canh" (seasoning).
 */
const LESS_BEFORE: ReadonlySet<string> = new Set(['bo', 'giam', 'cat', 'bot']);
const LESS_AFTER: ReadonlySet<string> = new Set([
  'di',
  'lai',
  'gia',
  'mot',
  'chut',
  'ngot',
  'mi',
  'canh',
  'nem',
]);

/** Whether a bot is named (not Vietnamese "bớt"). */
function namesBot(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'bot') continue;
    const before = tokens[i - 1] ?? '';
    const after = tokens[i + 1] ?? '';
    if (LESS_BEFORE.has(before) || LESS_AFTER.has(after) || /^\d/.test(after)) continue;
    return true;
  }
  // Every other bot word, and "bot" inside a longer run ("chat bot").
  return has(BOT_OTHER, tokens, 0, tokens.length);
}

/** Marketing named, or a list or a number: "no bots and no promos", "bot istemiyorum, listeden çıkarın". */
const KEEPS = runs(`
  list, liste, lista, listeden, список, списка, daftar, senarai, danh sach, listahan, orodha,
  remove me, take me off, unsubscribe me, cikarin, çıkarın, отпишите, удалите, hapus, xoa, xóa
`);

/** A sentence that asks or wishes to talk to staff: "can I speak to an agent?", "naomba kuongea na wakala". */
function talkAsked(tokens: readonly string[], questions: readonly number[]): boolean {
  return sentencesOf(tokens).some(
    ([from, to]) =>
      has(TALK, tokens, from, to) &&
      has(STAFF, tokens, from, to) &&
      (isQuestionSpan(tokens, questions, from, to) || has(WISH, tokens, from, to)),
  );
}

export function askedForAPerson(
  findings: Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const all = tokens.length;
  const stops = findings.some((f) => f.intent === 'opt_out');
  if (!stops && findings.length > 0) return findings;
  if (has(KEEPS, tokens, 0, all)) return findings;
  // Nothing else read: a person asked for is a help request, even beside the marketing named
  // ("I only get promo codes, can I talk to an agent?"). A bot named ("I don't want a bot",
  // "Не хочу говорить с ботом") is one without marketing. Beside a stop, only a bot refused
  // without marketing sets it aside.
  const person = !stops && (has(PERSON_ASKED, tokens, 0, all) || talkAsked(tokens, questions));
  const marketing = has(MARKETING, tokens, 0, all);
  if (marketing && !person) return findings;
  const bot = namesBot(tokens);
  const asked = stops ? bot : bot || person;
  if (!asked) return findings;
  // An opening STOP in capitals or a whole-message keyword stays a stop ("STOP. No bots").
  if (findings.some((f) => f.intent === 'opt_out' && f.source === 'message')) return findings;
  const kept = findings.filter((f) => f.intent !== 'opt_out');
  if (kept.some((f) => f.intent === 'help')) return kept;
  const help: Finding = {
    intent: 'help',
    certainty: 'explicit',
    matched: 'a person asked for',
    langs: [],
    start: 0,
    end: all,
    source: 'sentence',
    all: false,
  };
  return [...kept, help];
}
