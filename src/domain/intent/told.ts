/**
 * An unsubscription TOLD, then a question (round 5, every language at once). The grammar
 * is "already / earlier + unsubscribed (first person, past or perfective) + a question":
 * - the question asks about the list or the stop itself ("I already unsubscribed, am I
 *   still on the list?", "ami unsubscribe korechilam, hoyeche ki?", "я уже отписалась,
 *   меня убрали из рассылки?") → status: the customer asks whether it took effect;
 * - the question asks about something else ("I unsubscribed from the Zalando newsletter.
 *   Do you ship to Austria?", "Отписался от рассылки X, а у вас есть эта куртка?") → the
 *   unsubscription is only told (usually from another company): nothing to act on.
 * A stop asked for in the same message ("am I still on the list? remove me") is not told
 * and stays; "I unsubscribed, why do I still get these?" is a complaint (`still`), a stop.
 *
 * Vocabulary by meaning, to be reviewed by native speakers; items are folded like messages.
 */
import {
  has,
  hasStem,
  HOW_LIST,
  isQuestionSpan,
  PARTICLE_LIST,
  REQUEST_LIST,
  runs,
  WORKED_LIST,
} from './asking';
import type { Finding } from './finding';
import type { Signal } from './signals';
import { keywordTold } from './typed-stop';
import { sentencesOf } from './bounds';

/** First-person past or perfective forms of "unsubscribe / turn off / cancel". */
const TOLD = runs(`
  i unsubscribed, i ve unsubscribed, ive unsubscribed, i have unsubscribed, i opted out,
  i ve opted out, i already opted out, i turned off, i switched off, i stopped, i cancelled,
  i canceled, i ve stopped, i ve turned off, i ve cancelled,
  me di de baja, me desuscribi, me desinscribi, me desuscribí, ya cancele, ya me borre,
  me descadastrei, cancelei, desativei, me desinscrevi, descadastrei, eu sai da lista,
  me suis desabonne, me suis desabonnee, me suis desinscrit, me suis desinscrite,
  etre desabonne, etre desinscrit, j ai resilie, je me suis desabonne, desabonne de,
  abbestellt habe, abgemeldet habe, abgemeldet hatte, abbestellt hatte,
  mi sono disiscritto, mi sono disiscritta, ho disdetto, ho disattivato, mi ero disiscritto,
  mi ero disiscritta, ho cancellato, mi sono cancellato, mi sono cancellata,
  udah unsub, sudah unsub, udah unsubscribe, sudah unsubscribe, udah berhenti langganan,
  sudah berhenti langganan, udah berhenti berlangganan, sudah berhenti berlangganan, udah matiin,
  dah unsub, dah unsubscribe, dah berhenti langgan, sudah berhenti langgan, dah berhenti langganan,
  band kar di, band kar diye, band kar diya, band karwa di, band karwa diye, band karwa diya,
  band karwaye, band karvaye, unsubscribe kar diya, unsubscribe kiya, unsubscribe kar di,
  बंद कर दिया, बंद कर दी, बंद कर दिए, अनसब्सक्राइब कर दिया, अनसब्सक्राइब किया,
  بند کر دیے, بند کر دیا, بند کر دی, بند کروا دیے, بند کروا دیا, ان سبسکرائب کر دیا, ان سبسکرائب کیا,
  bondho kore diyechi, bondho korechi, bondho kore dilam, unsubscribe korechi, unsubscribe korechilam,
  unsubscribe kore dilam, unsubscribe kore diyechi, আনসাবস্ক্রাইব করেছি, আনসাবস্ক্রাইব করেছিলাম,
  বন্ধ করে দিয়েছি, বন্ধ করেছি,
  لغيت, ألغيت, الغيت, لغيت اشتراكي, ألغيت اشتراكي, الغيت اشتراكي, عملت الغاء, 3amalt elgha2, lagheet,
  alghait, elgheit, la8eet,
  abonelikten ciktim, kapattim, iptal ettim, abonelikten cikmistim, aboneligi iptal ettim,
  отписался, отписалась, отписывался, отписывалась, отключил, отключила, я отписался, я отписалась,
  heb me afgemeld, had me afgemeld, heb me uitgeschreven,
  wypisalem, wypisalam, wypisałem, wypisałam, anulowalem, anulowalam, zrezygnowalem, zrezygnowalam,
  da huy, đã hủy, huy roi, hủy rồi, da huy dang ky, da tat,
  nag unsubscribe, nag unsub, nagunsubscribe, nagunsub, nag unsubscribe na, nag opt out,
  nimejiondoa, nilijiondoa, nilishajiondoa, nimeshajiondoa, nimesitisha, nilisitisha,
  退订了, 取消了, 关掉了, 已经退订, 之前退订, 退订过,
  解除した, 解除しました, 止めました, 配信停止した, 配信停止しました, 停止しました, 解約した, 退会した
`);

/**
 * A perfect tense split around its object ("Ich hab den Newsletter von X abbestellt", "ik heb
 * me voor de nieuwsbrief afgemeld", "j'ai résilié la newsletter"): an auxiliary of the first
 * person before a participle, in one clause. (A participle alone may be a passive request:
 * "kann ich abgemeldet werden?")
 */
const AUX = runs(`
  i have, i ve, ive, i had, ich hab, ich habe, hab ich, habe ich, ich hatte, hab, habe, hatte,
  ik heb, heb ik, ik had, j ai, j avais, je me suis, ho, avevo, mi sono, mi ero
`);
const PARTICIPLE = runs(`
  unsubscribed, cancelled, canceled, opted out, abbestellt, abgemeldet, gekundigt, deaktiviert,
  ausgetragen, abgestellt, afgemeld, uitgeschreven, opgezegd, resilie, desabonne, desabonnee,
  desinscrit, desinscrite, disdetto, disattivato, disiscritto, disiscritta, cancellato
`);

function perfectAt(tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (has(AUX, tokens, i, i + 2) && has(PARTICIPLE, tokens, i + 1, to)) return true;
  }
  return false;
}

/** "Already", "earlier", "before": a stop in that clause is told, not asked for. */
const ALREADY = runs(`
  already, earlier, a while back, a while ago, last week, antes, schon, bereits, gia, già,
  sudah, udah, dah, pehle hi, pehle, aage, আগেই, আগে, من قبل, من زمان, mn zaman, men zaman, zaman,
  daha once, zaten, уже, al eerder, wczesniej, roi, rồi, dati, noon, nilishaa, awali, แล้ว, 已经,
  之前, 以前, 前に, 既に, すでに,
  letzte woche, la semana pasada, semana passada, la semaine derniere, la semaine dernière,
  la settimana scorsa, vorige week, w zeszlym tygodniu, w zeszłym tygodniu, на прошлой неделе,
  минулого тижня, gecen hafta, geçen hafta, minggu lalu, minggu lepas, tuan truoc, tuần trước,
  noong isang linggo, wiki iliyopita, pichle hafte, پچھلے ہفتے, গত সপ্তাহে, الاسبوع الماضي,
  الأسبوع الماضي, สัปดาห์ที่แล้ว, 上周, 上星期, 先週
`);

/**
 * "Am I still on the list?", "off your list now?", "removed from the mailing?": the
 * question is about the list itself (besides "did it work", asking.ts WORKED).
 */
const LISTED = runs(`
  on the list, on your list, on the mailing list, off your list, off the list, off your mailing,
  still subscribed, still registered, still signed up, removed, taken off,
  en la lista, en su lista, en la base, na lista, em lista, dans votre liste, sur la liste,
  dans la liste, toujours inscrit, toujours inscrite, encore inscrit, auf der liste, im verteiler,
  nella lista, ancora iscritto, ancora iscritta, di list, di daftar, dalam list, dalam senarai,
  dalam daftar, list mein, list me, लिस्ट में, لسٹ میں, list e, লিস্টে, fel list, fi el list,
  في القائمة, بالقائمة, في الليست, listede, listenizde, listesinde, в списке, в рассылке,
  из рассылки, из списка, op de lijst, in de lijst, na liscie, na liście, w bazie,
  trong danh sach, trong danh sách, sa list, sa listahan, kwenye orodha, ในรายชื่อ, ในลิสต์,
  名单, 列表, リストに, リスト, nei vostri contatti, in your contacts, in your database, in your system,
  dans vos contacts, dans votre base, in der datenbank, im system, en su base, no cadastro, cadastrado,
  cadastrada, в базе, w bazie, in jullie bestand, di database, di sistem, 登録されて, 还在你们,
  still there, masih ada, masih lagi, ainda esta la, ainda está lá, todavia esta, todavía está,
  encore dedans, noch drin, ancora dentro, nog steeds erin, nadal jest, всё ещё там, все еще там,
  hala duruyor mu, hala var mi, hâlâ var mı, van con, vẫn còn, nandoon pa, bado ipo, bado iko,
  abhi bhi hai, ab bhi hai, ابھی بھی ہے, এখনো আছে, لسا موجود, ما زال موجود, ยังอยู่, 还在, まだ残って,
  bin ich raus, bin ich jetzt raus, bin ich wirklich raus, bin ich jetzt wirklich raus, ich bin raus,
  hors de la liste, plus sur la liste, fuera de la lista, ya no estoy en la lista, fora da lista,
  sai da lista, saí da lista, fuori dalla lista, poza lista, poza listą, в списку, у списку,
  в розсилці, у розсилці, طلعت من القائمة, انشلت من القائمة, خرجت من القائمة, طلعت من الليست,
  listede degilim, listede değilim, listede yokum, listeden ciktim, listeden çıktım, 名单里, 名单上
`);

/** "Why am I still on your list?" complains; a status question does not ask why. */
const WHY = runs(`
  why, how come, pourquoi, warum, wieso, weshalb, perche, perché, por que, por qué, porque, pq,
  kenapa, kok, mengapa, knp, kyun, kyon, क्यों, کیوں, keno, কেন, لماذا, ليش, ليه, لیش, leh, lesh,
  neden, niye, niçin, почему, зачем, waarom, dlaczego, czemu, tai sao, sao lai, bakit, kwa nini,
  mbona, ทำไม, 为什么, 为啥, 怎么还, なぜ, どうして, なんで
`);

/** "Was it confirmed / processed / received?": whether the stop took effect, asked. */
const TOOK_EFFECT = runs(`
  confirmado, confirmada, efetivado, efetivada, confirmed, confirme, confirmee, bestatigt,
  confermata, confermato, ricevuto, ricevuta, recibido, recibida, recebido, recebida,
  przyjeta, przyjęta, zostala przyjeta, zrealizowana, limekamilika, imekamilika, imekubaliwa,
  limekubaliwa, et3amal, et3amalet, etnafez, اتعمل, تم تنفيذ, ho gaya, ho gayi, हो गया, हो गई,
  ہو گئی, ہو گیا, hoyeche, hoye geche, হয়েছে, হয়ে গেছে, thanh cong, thành công, gumana, nagawa,
  handled, been handled, sorted, been sorted, sorted out, taken care of, dealt with, processed,
  esta hecho, está hecho, procesado, procesada, resuelto, foi feito, resolvido, processado,
  traite, traité, traitee, traitée, pris en compte, regle, réglé, erledigt, bearbeitet,
  umgesetzt, stato fatto, sistemato, gestito, elaborato, geregeld, verwerkt, zalatwione,
  załatwione, zrobione, сделано, обработано, выполнено, зроблено, оброблено, виконано,
  halledildi, yapildi mi, yapıldı mı, islendi, işlendi, diproses, beres, dah settle,
  xu ly chua, xử lý chưa, xong chua, xong chưa, naasikaso, naayos na, imeshughulikiwa,
  imefanyika, hua kya, تمت, خلصتوا, จัดการแล้ว, เรียบร้อย, 处理好, 处理了, 弄好, 搞定, 办好, 对应了,
  対応済み, 対応して, 処理されました, 処理済み
`);

/** Whether tokens[from, to) asks about the list or about the stop having worked. */
const aboutStop = (tokens: readonly string[], from: number, to: number): boolean =>
  has(LISTED, tokens, from, to) ||
  has(WORKED_LIST, tokens, from, to) ||
  has(TOOK_EFFECT, tokens, from, to);

/** [from, to) of the clause (between any boundary) around token `at`. */
function clause(tokens: readonly string[], at: number): [number, number] {
  const boundary = (t: string | undefined): boolean => t === '|' || t === '||';
  let from = Math.min(at, tokens.length);
  while (from > 0 && !boundary(tokens[from - 1])) from--;
  let to = at;
  while (to < tokens.length && !boundary(tokens[to])) to++;
  return [from, to];
}

/**
 * Whether the opt-out finding is told: its clause holds a past form, "already" or a past signal.
 * `reported`: also "already" or a past signal in the clause just before it, in the same sentence: "Ich habe
 * letzte Woche gesagt, ihr sollt nichts mehr schicken" reports the stop as said (round 14d; only
 * before a status question, where the stop is asked about, not asked for).
 */
function isTold(
  tokens: readonly string[],
  f: Finding,
  past: readonly Signal[],
  reported = false,
): boolean {
  const [from, to] = clause(tokens, f.start);
  const before =
    reported && from > 1 && tokens[from - 1] === '|' ? clause(tokens, from - 2)[0] : from;
  return (
    has(TOLD, tokens, from, to) ||
    perfectAt(tokens, from, to) ||
    has(ALREADY, tokens, before, to) ||
    past.some((s) => s.span.start >= before && s.span.end <= to)
  );
}

/**
 * Status: a question about the list or about the stop having worked, with an
 * unsubscription told in the message. The told stops give way to the status question.
 * Returns null when the message is no such question.
 */
export function toldThenAsked(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
  signals: readonly Signal[],
): Finding[] | null {
  const past = signals.filter((s) => s.kind === 'past');
  // The question's own last clause asks about the list or the stop ("..., hoyeche ki?"); a
  // list named in a told clause before it ("tanggalin nyo ako sa list, bakit ...?") does not.
  const asking = sentencesOf(tokens).find(([from, to]) => {
    if (!isQuestionSpan(tokens, questions, from, to)) return false;
    if (has(HOW_LIST, tokens, from, to) || has(WHY, tokens, from, to)) return false;
    if (has(REQUEST_LIST, tokens, from, to)) return false;
    const [last] = clause(tokens, Math.max(from, to - 1));
    return aboutStop(tokens, last, to);
  });
  if (!asking) return null;
  const [aFrom, aTo] = asking;
  const inAsking = (f: Finding): boolean => f.start >= aFrom && f.end <= aTo;
  const told = findings.filter(
    (f) => f.intent === 'opt_out' && (isTold(tokens, f, past, true) || inAsking(f)),
  );
  const named =
    hasStem(tokens, aFrom, aTo) >= 0 ||
    keywordTold(tokens) ||
    has(TOLD, tokens, 0, tokens.length) ||
    perfectAt(tokens, 0, tokens.length) ||
    (hasStem(tokens, 0, tokens.length) >= 0 && has(ALREADY, tokens, 0, tokens.length));
  if (told.length === 0 && !named) return null;
  const [from, to] = asking;
  const status: Finding = {
    intent: 'status',
    certainty: 'explicit',
    matched: tokens.slice(from, to).join(' '),
    langs: [],
    start: from,
    end: to,
    source: 'sentence',
    all: false,
  };
  const kept = findings.filter((f) => !told.includes(f));
  // A status already read in that sentence (with its language) answers as it is.
  if (kept.some((f) => f.intent === 'status' && inAsking(f))) return kept;
  return [...kept, status];
}

/**
 * None: an unsubscription told, then a question about something else (no list, no
 * "did it work", no how, no unsubscription named after it, no "still"). The told stop is
 * dropped; anything else found stays.
 */
export function toldThenOther(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
  signals: readonly Signal[],
): Finding[] {
  if (signals.some((s) => s.kind === 'still')) return [...findings];
  const past = signals.filter((s) => s.kind === 'past');
  return findings.filter((f) => {
    // A status phrase in the told clause ("saya udah berhenti langganan ...") goes the same way.
    const toldKind = f.intent === 'opt_out' || f.intent === 'status';
    if (!toldKind || f.source === 'message' || !isTold(tokens, f, past)) return true;
    // What follows the told stop (its clause, or in unspaced scripts the stop itself) must
    // ask, and about something else.
    const [, cTo] = clause(tokens, f.start);
    // A status phrase that is itself the question ("я уже отписан или нет?") stays.
    if (f.intent === 'status' && (cTo >= tokens.length || questions.includes(cTo))) return true;
    const after = cTo < tokens.length ? cTo : f.end;
    const asks =
      questions.some((q) => q > after) || has(PARTICLE_LIST, tokens, after, tokens.length);
    if (!asks) return true;
    return (
      hasStem(tokens, after, tokens.length) >= 0 ||
      aboutStop(tokens, after, tokens.length) ||
      has(HOW_LIST, tokens, after, tokens.length)
    );
  });
}
