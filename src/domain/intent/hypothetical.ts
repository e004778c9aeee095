/**
 * A stop supposed, not asked for (round 8c): "What happens to my points if I unsubscribe?",
 * "Si je me désinscris, je perds mes points ?", "Listeden çıkarsam puanlarım silinir mi?",
 * "配信停止したらポイントは消えますか？", "ถ้ายกเลิกรับข่าวสาร แต้มจะหายไหม". A conditional (if,
 * when, in case; a conditional suffix in Turkish, Japanese, Bengali and Swahili) governing the
 * stop, in a sentence that asks (a "?" or a question particle), is a question about what
 * would follow: no stop, no status, no help (unless it asks how: "if I want to unsubscribe
 * later, how do I do it?"), and the learned model raises no stop (`hypothetical` signal, one of
 * the signals that close a stop, learned.ts).
 * Stays a stop: no question ("if you don't stop I'll report you"), the stop outside the
 * conditional clause ("if this continues, unsubscribe me"), a request inside it ("if possible
 * can you remove me?", "if I'm still on it please unsubscribe me") and an object pronoun after
 * the stop verb ("if you keep this up, remove me?": an imperative addressed to us).
 * General language knowledge, to be reviewed by native speakers.
 */
import { sentenceOf } from './bounds';
import { has, hasStem, HOW_LIST, isQuestionSpan, runs, startsAt, type RunList } from './asking';
import type { Finding } from './finding';
import { ANY_NEGATOR } from './compiled';
import { guessLanguage } from './language';
import { isBoundary } from './normalize';
import { namesServiceNotice } from './service-only';
import { COST, namesThing } from './service-things';
import { ERRAND } from './errand';
import { ONLY } from './notices-only';
import { MARKETING } from './not-marketing';
import type { Lang } from './types';
import type { Signal } from './signals';

/** Conditional words before the clause they govern ("if", "falls", "kalau", "如果", "ถ้า"). */
const IF = runs(`
  if, what if, in case, incase, suppose, supposing, provided,
  wenn, falls, angenommen, sofern,
  si, s il, au cas ou, dans le cas ou,
  en caso de, en caso de que, por si,
  se, caso, na hipotese de,
  qualora, nel caso, nel caso in cui,
  als, indien, stel dat,
  jesli, jezeli, gdyby, gdybym, jeśli, jeżeli,
  если, в случае, якщо, якби, у разі,
  eger, eğer,
  kalau, kalo, klo, kl, jika, jikalau, bila, apabila, seandainya, andaikan, misalnya, sekiranya, andai,
  neu, nếu,
  kung, kapag, pag, sakaling,
  kama, ikiwa, endapo, iwapo, nikiwa, tukiwa, ukiwa,
  agar, yadi, अगर, यदि, اگر,
  jodi, যদি,
  إذا, اذا, لو, في حال, فى حال,
  ถ้า, หาก, ถ้าหาก, สมมติ,
  如果, 要是, 假如, 若是, 万一, 萬一, 如果说,
  もし
`);

/**
 * Conditional words that are also question words ("when", "quand", "cuando"): they count only
 * when the clause they open is followed by another in the same sentence ("when I opt out,
 * will my balance go?"), or stands inside it ("what happens when I unsubscribe?"), and names
 * no "you" ("when will you stop?" asks for the stop). Round 16f: spoken Polish "jak" (when,
 * if: "jak odpiszę STOP na promocje, to dalej będę dostawać informacje o przesyłce?"), also
 * "how", counts on the same terms, but not before an infinitive ("jak wyłączyć reklamy, ale
 * zostawić powiadomienia?" asks how).
 */
const WHEN = runs(`
  when, whenever, once, wann, sobald, quand, lorsque, lorsqu, une fois que, cuando, una vez que,
  quando, assim que, wanneer, zodra, kiedy, gdy, jak, когда, khi, jab, जब, جب, عند
`);

/**
 * Stop words the unsubscription stems (asking.ts) lack, said in a conditional: "se eu
 * cancelar", "jeśli się wypiszę", "mesaj listesinden çıkarsam", "nikijitoa"; Turkish's keyword
 * "RET" (round 17f: "RET yazarsam"). Round 18a (batch 52): leaving said in other words ("si me
 * quito de las ofertas", "kalau saya keluar dari promo", "якщо я відмовлюся від реклами",
 * "kampanya mesajlarından çıkarsam", "agar main promotions se nikal jaun", "অফার থেকে বের হয়ে যাই").
 */
const MORE_STOPS_TEXT = `
  cancel, cancelar, cancelo, cancele, cancellare, annullo, annullare, annulla, sair, saio, leave,
  opt out, stop, ret, wypisze, wypiszę, wypisz*, listesinden cik*, *jitoa, zrezygnuje, zrezygnuję,
  kapat*, отпишусь, откажусь, desuscribo, me doy de baja, me salgo, me desinscribo, afmeld,
  huy, hủy, ngung, ngừng, tat, tắt, 退订, 取消, 解除, 停止, ยกเลิก, เลิกรับ,
  me quito, quitarme, me borro, keluar dari, cabut dari, відмовлюся, відпишуся, cikarsam,
  cikarsak, ayrilirsam, nikal jaun, nikal jaon, nikal jaoon, نکل جاؤں, বের হয়ে, বের হই
`;

/**
 * The sender blocked (round 18a, batch 52): "if I block this number, will the delivery notices
 * still come?", "kalau saya block nombor ni", "Nikiblock namba hii", "nếu mình chặn số này". The
 * customer's own way of stopping the marketing, supposed like an unsubscription. Not
 * service-things.ts's BLOCK: that one asks us to block an account or a card ("freeze", "close",
 * "止めて"), none of which the customer does to the sender.
 */
const BLOCK_TEXT = `
  block, *block, blocked, blokir, blok, bloquear, bloqueo, bloque, bloquer, blocco, bloccare,
  blocca, blokkeer, blokkeren, zablokuje, zablokuję, zablokowac, zablokować, заблокирую,
  заблокую, chan so, chặn số, chan tin, chặn tin, chan shop, i block, iblock, ব্লক, بلاک, حظرت, احظر, بلوك, บล็อก, 拉黑,
  屏蔽, ブロック
`;
const BLOCK = runs(BLOCK_TEXT);
const MORE_STOPS = runs(`${MORE_STOPS_TEXT}, ${BLOCK_TEXT}`);

/**
 * Keywords typed to leave the marketing that no stem covers (round 17f): "RET yazınca kargo takip
 * mesajları da kesilir mi?" supposes the marketing's stop, "if I cancel my appointment" does not.
 */
const KEYWORDS = runs(`ret`);

/** A second person: "when will you stop?" asks for a stop; a hypothetical is about oneself. */
const YOU = runs(`
  you, u, ya, vous, tu, ustedes, usted, voces, vocês, voce, você, voi, lei, sie, ihr, jullie, u,
  вы, ты, siz, sen, kalian, anda, kamu, aap, tum, آپ, تم, আপনি, তোমরা, انتم, أنتم, 你们, 你, あなた,
  pan, pani, panstwo, państwo, kayo, ninyo, nyo, mnyi, các bạn, bạn, ban, quy khach
`);

/**
 * A wish inside the conditional ("what if I just want to stop getting the promos?", "if I want
 * to unsubscribe later, how…"): a help answer over it stays (the way out is what is asked).
 */
const WANT_TEXT = `
  want, wanted, wish, would like, d like, quiero, quisiera, mochte, möchte, will ich, voudrais,
  veux, vorrei, voglio, quero, gostaria, wil, chce, chcę, хочу, хотел, istiyorum, mau, ingin,
  pengen, nak, muon, muốn, gusto, nataka, chahta, chahti, chahte, চাই, أريد, اريد, عايز, عاوز,
  อยาก, 想要, 我想, したい
`;
const WANT = runs(WANT_TEXT);

/**
 * A wish said as "no longer want" inside the conditional (round 16b): "si algún día no quiero
 * recibir más, ¿cómo me doy de baja?", "以后不想收的话怎么取消？", "se poi non voglio più ricevere
 * messaggi, come faccio a disiscrivermi?". The stop is not done but foreseen, and the how asks
 * for the way out: help. A negator right before (or a word before) one of these, or a stop
 * phrase that carries its own negator ("no quiero recibir más"), said in a conditional whose
 * sentence asks how. The wishes WANT lacks: Chinese "想" alone, Levantine "بدي", Russian
 * "захочу", Hindi "chahiye", Polish "chciał".
 */
const WANTED = runs(`
  ${WANT_TEXT}, need, 想, 要, بدي, ابغى, أبغى, захочу, захочется, нужно, нужны, chahiye, चाहिए,
  چاہیے, chciał, chcial, chciała, chciala, will, brauche
`);

/** A request inside the conditional ("if possible", "if you could", "please"): a stop asked for. */
const ASKS = runs(`
  please, pls, plz, kindly, possible, could you, can you, would you, could u, can u,
  bitte, moglich, möglich, s il vous plait, svp, possible, pourriez, pouvez,
  por favor, posible, pueden, podrian, podrían, possivel, possível, podem, poderiam,
  per favore, possibile, potete, potreste, alsjeblieft, mogelijk, kunnen jullie,
  prosze, proszę, mozliwe, możliwe, пожалуйста, возможно, можете, lutfen, lütfen, mumkunse,
  tolong, mohon, bisa tolong, vui long, vui lòng, xin, paki, pakisuyo, tafadhali,
  grateful, appreciate, appreciated, dankbar, agradeceria, agradecería, grato, grata, cam kich, cảm kích,
  kripya, meharbani, مہربانی, براہ کرم, অনুগ্রহ, দয়া করে, من فضلك, لو سمحت, رجاء,
  กรุณา, รบกวน, ช่วย, 请, 請, 麻烦, 麻煩, お願い, ください, ほしい
`);

/**
 * "unsubscribe me", "remove me", "désinscrivez-moi": the customer as the object right after
 * the stop verb: an imperative to us, not "if I unsubscribe".
 */
const ME = new Set(['me', 'moi', 'mich', 'mij', 'mnie', 'меня', 'beni', 'mi']);

/**
 * Conditional suffixes on the stop verb or right after it: Turkish "-sam/-se" ("çıkarsam",
 * "iptal edersem") and the "when" of "-ınca/-ince" (round 17f: "RET yazınca kargo takip mesajları
 * da kesilir mi?"), Bengali "-le" ("korle", "করলে"), Japanese "たら/れば/なら" ("停止したら",
 * "解除すれば"), Chinese "的话", Swahili "-ki-" ("nikijiondoa", if I leave), Hindi/Urdu "to" (then)
 * after "karun/karoon".
 */
const TURKISH_IF = /^\p{L}{2,}(?:sam|sem|sak|sek|san|sen|saniz|seniz|sa|se|inca|ince|unca|unce)$/u;
/** English words with the same endings ("stop these?", "unsubscribe please?"). */
const NOT_TURKISH: ReadonlySet<string> = new Set(
  'these those please case else whose because course purchase promise house use close chose lose response base sense release increase'.split(
    ' ',
  ),
);
const BENGALI_IF = /^(?:\p{L}+লে|korle|korla|dile|hole)$/u;
const SWAHILI_IF = /^(?:ni|u|tu|m|wa|a)ki\p{L}{3,}$/u;
const AFTER = runs(`
  たら, れば, なら, ても, 的话, 的話, 以后, 以後, 之后, 之後, thi, thì,
  karne par, karne pe, karne se, करने पर, करने से, کرنے پر, کرنے سے
`);

/**
 * Round 18g: the markers of AFTER that are words of one language: Vietnamese "thì" (then: "hủy
 * nhận tin thì hóa đơn có còn gửi không?"), but not after "rồi" (already: "hủy rồi thì sao vẫn
 * nhận?" is a complaint); Hindi and Urdu "karne par / karne se" (on, by doing: "unsubscribe karne
 * se points to nahi jayenge?"). "karne ke baad" (after doing) is left out: it also tells a stop
 * done ("unsubscribe karne ke baad bhi message kyun aa rahe hain?").
 */
const AFTER_ONLY_IN: ReadonlyMap<string, readonly Lang[]> = new Map<string, readonly Lang[]>([
  ['thi', ['vi']],
  ['karne', ['hi', 'ur']],
  ['करने', ['hi']],
  ['کرنے', ['ur']],
]);

/**
 * Japanese "ても" (even if: "配信を止めても、お知らせは届きますか？") is also the "て" of a request
 * or a permission followed by "も": "止めてもらえますか" (could you stop?), "止めてもいいです"
 * (you may stop), "止めても大丈夫", "止めても構いません", and the quoting "って" before "もう"
 * ("配信停止ってもう反映されてます？"). Those ask, allow or quote the stop; the "even if" is what is
 * left (round 15c: the letter after it tells them apart).
 */
const NOT_AFTER_TEMO: ReadonlySet<string> = new Set([...'らいよ良大構かう']);

/**
 * Markers that are conditional in some languages only: "se" is "if" in Portuguese and
 * Italian, a pronoun in Spanish and French ("¿se procesó mi baja?"); "si" is "if" in Spanish
 * and French, a pronoun in Italian; Malay "agar" is "so that"; Dutch "als", German "as".
 */
const ONLY_IN: ReadonlyMap<string, readonly Lang[]> = new Map<string, readonly Lang[]>([
  ['se', ['pt', 'it']],
  ['si', ['es', 'fr']],
  ['agar', ['hi', 'ur']],
  ['als', ['nl']],
  ['kung', ['tl']],
  ['pag', ['tl']],
  ['kama', ['sw']],
  ['neu', ['vi']],
  ['caso', ['pt', 'es']],
  ['bila', ['id', 'ms']],
  ['kl', ['id', 'ms']],
  // Turkish "önce" (before) folds to "once".
  ['once', ['en']],
  ['khi', ['vi']],
  ['jak', ['pl']],
]);

/**
 * "Can you check if my unsubscription worked?", "confirmar se já fui removido", "ไม่รู้ว่า":
 * after a verb of knowing or checking, "if" is "whether": a status question, not a supposition.
 */
const WHETHER_AFTER: ReadonlySet<string> = new Set(
  `check checked confirm verify know wonder see tell ask asking sure
  confirmar confirmem confirma verificar saber comprobar consultar ver
  confirmer savoir verifier demander dire
  verificare confermare sapere controllare dirmi
  bestatigen prufen wissen nachsehen
  nagaan weten bevestigen controleren
  sprawdzic potwierdzic wiedziec
  проверить подтвердить узнать знать
  cek periksa tahu tau pastikan konfirmasi semak
  kiem tra xac nhan biet
  malaman alamin tingnan
  angalia thibitisha kujua`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Spanish and Portuguese "se" is also the impersonal pronoun ("¿se puede dar de baja?",
 * "como se descadastra?"): no "if" after "como" or before "can / does".
 */
const NOT_IF_AFTER: ReadonlySet<string> = new Set(['como', 'come', 'onde', 'donde', 'que']);
const NOT_IF_BEFORE: ReadonlySet<string> = new Set(
  'puede pueden podria pode podem poderia da dan hace hacen faz fazem consigue consegue deve debe tiene tem'.split(
    ' ',
  ),
);

/** Where the clause around token `at` ends (any boundary). */
function clauseEnd(tokens: readonly string[], at: number): number {
  let to = at;
  while (to < tokens.length && !isBoundary(tokens[to])) to++;
  return to;
}

function clauseStart(tokens: readonly string[], at: number): number {
  let from = at;
  while (from > 0 && !isBoundary(tokens[from - 1])) from--;
  return from;
}

/** The length of the shortest run of `list` starting at token `i` (0 if none). */
function runAt(list: RunList, tokens: readonly string[], i: number, to: number): number {
  if (!startsAt(list, tokens, i, to)) return 0;
  for (let n = 1; i + n <= to; n++) if (startsAt(list, tokens, i, i + n)) return n;
  return 0;
}

/** Whether the conditional clause [from, to) (marker at [from, body)) supposes a stop. */
function supposesStop(
  tokens: readonly string[],
  body: number,
  to: number,
  stopAt: StopAt,
): boolean {
  const stem = stopAt(tokens, body, to);
  if (stem < 0) return false;
  if (has(ASKS, tokens, body, to)) return false;
  // "if I don't unsubscribe", "nếu không nhận những tin này nữa" (I'd be grateful if I didn't).
  for (let k = body; k <= stem; k++) if (ANY_NEGATOR.has(tokens[k] ?? '')) return false;
  // The word after the stem (its first token after a multi-word stem is close enough).
  for (let k = stem + 1; k <= Math.min(stem + 2, to - 1); k++)
    if (ME.has(tokens[k] ?? '')) return false;
  return true;
}

/** "Don't want" with the negation inside the verb: Swahili "sitaki", Turkish "istemezsem". */
const UNWANTING = runs(`
  sitaki, hatutaki, sihitaji, istemezsem, istemiyorsam, istemezsek, istemezseniz
`);

/**
 * Whether the conditional clause tokens[from, to) says "no longer want" (WANTED within three
 * words after a negator: "no quiero", "不想", "ما بدي", "geen berichten meer wil"; UNWANTING) or
 * holds a stop phrase carrying its own negator ("dont want these anymore", "nggak mau terima
 * lagi").
 */
function unwanted(
  tokens: readonly string[],
  from: number,
  to: number,
  stops: readonly Finding[],
): boolean {
  if (has(UNWANTING, tokens, from, to)) return true;
  for (let k = from; k < to; k++) {
    if (!ANY_NEGATOR.has(tokens[k] ?? '')) continue;
    for (let j = k + 1; j <= Math.min(k + 3, to - 1); j++)
      if (startsAt(WANTED, tokens, j, to)) return true;
  }
  return stops.some(
    (f) =>
      f.start >= from &&
      f.start < to &&
      tokens.slice(f.start, f.end).some((t) => ANY_NEGATOR.has(t)),
  );
}

/** Whether the sentence [start, end) asks how outside the clause [from, to). */
const asksHowBeside = (
  tokens: readonly string[],
  [start, end]: readonly [number, number],
  from: number,
  to: number,
): boolean => has(HOW_LIST, tokens, start, from) || has(HOW_LIST, tokens, to, end);

/** Where the first stop word of tokens[from, to) stands, or -1. */
type StopAt = (tokens: readonly string[], from: number, to: number) => number;

const stopWordAt: StopAt = (tokens, from, to) => {
  const stem = hasStem(tokens, from, to);
  if (stem >= 0) return stem;
  for (let i = from; i < to; i++) if (startsAt(MORE_STOPS, tokens, i, to)) return i;
  return -1;
};

/**
 * The `hypothetical` signals of a message: each conditional clause that supposes a stop inside
 * a sentence that asks, as the clause's span. `findings` (the rules' readings) count as stop
 * words too: "se eu cancelar o recebimento das promoções" is a stop phrase with no stem.
 */
export function supposedStops(
  tokens: readonly string[],
  questions: readonly number[],
  findings: readonly Finding[] = [],
): Signal[] {
  const stops = findings.filter((f) => f.intent === 'opt_out');
  let guessed: Lang | null | undefined;
  const lang = (): Lang | null =>
    guessed === undefined
      ? (guessed = guessLanguage(tokens.filter((t) => !isBoundary(t))))
      : guessed;
  const stopAt: StopAt = (t, from, to) => {
    const word = stopWordAt(t, from, to);
    const found = stops.find((f) => f.start >= from && f.start < to);
    return found && (word < 0 || found.start < word) ? found.start : word;
  };
  const out: Signal[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== '||') continue;
    const [start, end] = [from, i];
    from = i + 1;
    if (end - start < 2 || !isQuestionSpan(tokens, questions, start, end)) continue;
    for (let at = start; at < end; at++) {
      // Round 16b: "if one day I no longer want them" with a how beside it and a stop named.
      const foreseen = (from: number, to: number): boolean =>
        !has(ASKS, tokens, from, to) &&
        asksHowBeside(tokens, [start, end], from, to) &&
        unwanted(tokens, from, to, stops) &&
        stopAt(tokens, start, end) >= 0;
      const span = conditionalAt(tokens, at, start, end, stopAt, lang, foreseen);
      if (span) out.push({ kind: 'hypothetical', span });
    }
  }
  return out;
}

/** The conditional clause opened (or closed, for a suffix) at token `at`, if it supposes a stop. */
function conditionalAt(
  tokens: readonly string[],
  at: number,
  start: number,
  end: number,
  stopAt: StopAt,
  lang: () => Lang | null,
  foreseen: (from: number, to: number) => boolean,
): { start: number; end: number } | null {
  const to = clauseEnd(tokens, at);
  const ifLength = runAt(IF, tokens, at, to);
  const only = ifLength === 1 ? ONLY_IN.get(tokens[at] ?? '') : undefined;
  const impersonal =
    (tokens[at] === 'se' || tokens[at] === 'si') &&
    (NOT_IF_AFTER.has(tokens[at - 1] ?? '') || NOT_IF_BEFORE.has(tokens[at + 1] ?? ''));
  const foreign = only !== undefined && !only.includes(lang() ?? ('und' as Lang));
  const whether = WHETHER_AFTER.has(tokens[at - 1] ?? '');
  if (ifLength > 0 && !impersonal && !foreign && !whether) {
    return supposesStop(tokens, at + ifLength, to, stopAt) || foreseen(at + ifLength, to)
      ? { start: at, end: to }
      : null;
  }
  const whenLength = runAt(WHEN, tokens, at, to);
  const whenOnly = whenLength === 1 ? ONLY_IN.get(tokens[at] ?? '') : undefined;
  if (whenLength > 0 && (whenOnly === undefined || whenOnly.includes(lang() ?? ('und' as Lang)))) {
    // "when I opt out, will it...": another clause follows; "what happens when I...": inside.
    const more = to < end || at > start;
    if (!more || has(YOU, tokens, at + whenLength, to)) return null;
    if (tokens[at] === 'jak' && /c$/u.test(tokens[at + 1] ?? '')) return null;
    return supposesStop(tokens, at + whenLength, to, stopAt) || foreseen(at + whenLength, to)
      ? { start: at, end: to }
      : null;
  }
  const token = tokens[at] ?? '';
  const from = clauseStart(tokens, at);
  // A suffix on the stop word itself or on the verb right after it ("iptal edersem").
  const suffixed: Lang | null =
    TURKISH_IF.test(token) && !NOT_TURKISH.has(token)
      ? 'tr'
      : BENGALI_IF.test(token)
        ? 'bn'
        : SWAHILI_IF.test(token)
          ? 'sw'
          : null;
  const onStop =
    suffixed !== null &&
    stopAt(tokens, Math.max(from, at - 2), at + 1) >= 0 &&
    (suffixed === 'bn' && /[\u0980-\u09FF]/.test(token) ? true : lang() === suffixed);
  if (onStop)
    return supposesStop(tokens, from, at + 1, stopAt) ? { start: from, end: at + 1 } : null;
  // "停止したら", "退订的话": the suffix follows the stop within a few letters.
  const after = runAt(AFTER, tokens, at, to);
  if (after === 0) return null;
  const afterOnly = AFTER_ONLY_IN.get(token);
  if (afterOnly && !afterOnly.includes(lang() ?? ('und' as Lang))) return null;
  if (token === 'thi' && tokens[at - 1] === 'roi') return null;
  if (stopAt(tokens, Math.max(from, at - 6), at) < 0)
    return foreseen(from, at + after) ? { start: from, end: at + after } : null;
  if (
    tokens.slice(at, at + after).join('') === 'ても' &&
    NOT_AFTER_TEMO.has(tokens[at + after] ?? '')
  )
    return null;
  return supposesStop(tokens, from, at + after, stopAt) ? { start: from, end: at + after } : null;
}

/**
 * Findings read again with the `hypothetical` signals: a stop starting inside a supposed
 * clause is dropped, and so is a status or help answer over it (unless the sentence asks how).
 */
export function setSupposedAside(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const supposed = supposedStops(tokens, questions, findings);
  if (supposed.length === 0) return [...findings];
  const over = (f: Finding, s: Signal): boolean => f.start < s.span.end && f.end > s.span.start;
  const inSentence = (f: Finding, s: Signal): boolean => {
    const [from, to] = sentenceOf(tokens, s.span);
    return f.start < to && f.end > from;
  };
  // Round 14 (batch 39): "if I stop the promos, will I still get the outage alerts?" asks which
  // messages remain: help, where the rest of the sentence names a service message or notice.
  // The stop supposed is the marketing's ("if I cancel my appointment, will I get a reminder?"
  // supposes no stop of the marketing).
  const remains = supposed.find((s) => {
    const [from, to] = sentenceOf(tokens, s.span);
    // Round 18g: a leave with no object ("se eu sair", "если отпишусь", "nikijiondoa") is the
    // list's too; an appointment, an order or a thing sent named in the clause is no marketing
    // ("if I cancel my order, will I still get the invoice?").
    const ofMarketing =
      has(MARKETING, tokens, s.span.start, s.span.end) ||
      has(KEYWORDS, tokens, s.span.start, s.span.end) ||
      has(BLOCK, tokens, s.span.start, s.span.end) ||
      hasStem(tokens, s.span.start, s.span.end) >= 0 ||
      (!namesServiceNotice(tokens, s.span.start, s.span.end) &&
        !namesThing(tokens, s.span.start, s.span.end) &&
        !has(ERRAND, tokens, s.span.start, s.span.end));
    // Round 18g: a thing the account sends ("will my receipts / e-invoices still come?").
    return ofMarketing && (namesServiceNotice(tokens, from, to) || namesThing(tokens, from, to));
  });
  const kept = findings.filter((f) => {
    if (f.intent === 'opt_out')
      return !supposed.some((s) => f.start >= s.span.start && f.start < s.span.end);
    // "In case I stop the promos, do I still get the voucher?": no status of the list either.
    if (f.intent === 'status') return !supposed.some((s) => inSentence(f, s));
    const s = supposed.find((x) => over(f, x));
    if (f.intent !== 'help' || !s) return true;
    // "If I want to unsubscribe later, how do I do it?" asks how (the marker is no "how":
    // Malay "agar" is "so that"); "what if I just want to stop …?" asks for the way out;
    // "if I reply STOP, will it cost me?" asks what replying costs (round 17f); "si je bloque ce
    // numéro, vous allez arrêter ?" asks what blocking does (round 18a: no unsubscription named).
    const [from, to] = sentenceOf(tokens, f);
    return (
      has(HOW_LIST, tokens, from, s.span.start) ||
      has(HOW_LIST, tokens, s.span.start + 1, to) ||
      has(WANT, tokens, s.span.start, s.span.end) ||
      has(COST, tokens, from, to) ||
      (has(BLOCK, tokens, s.span.start, s.span.end) &&
        hasStem(tokens, s.span.start, s.span.end) < 0)
    );
  });
  // Round 16b: "si un jour je veux me désabonner, comment faire ?", "if one day I don't want
  // them any more, how do I unsubscribe?": a stop wished or foreseen in the conditional, a how
  // beside it, asks for the way out, said explicitly. A wish for the stop or a stop named
  // outside the conditional tells it from "if I unsubscribe, how do I keep my points?".
  // ("mau berhenti terima promo" read as an opt-in inside the conditional goes too.)
  const wayOut = supposed.find((s) => {
    const sentence = sentenceOf(tokens, s.span);
    const [from, to] = sentence;
    return (
      asksHowBeside(tokens, sentence, s.span.start, s.span.end) &&
      !kept.some((f) => f.intent === 'help' && inSentence(f, s)) &&
      (has(WANTED, tokens, s.span.start, s.span.end) ||
        stopWordAt(tokens, from, s.span.start) >= 0 ||
        stopWordAt(tokens, s.span.end, to) >= 0)
    );
  });
  if (wayOut) {
    const [start, end] = sentenceOf(tokens, wayOut.span);
    const help: Finding = {
      intent: 'help',
      certainty: 'explicit',
      matched: tokens
        .slice(start, end)
        .filter((t) => !isBoundary(t))
        .join(' '),
      langs: [],
      start,
      end,
      source: 'sentence',
      all: false,
    };
    const inside = (f: Finding): boolean =>
      f.intent === 'opt_in' && f.start >= wayOut.span.start && f.start < wayOut.span.end;
    return [...kept.filter((f) => !inside(f)), help];
  }
  if (!remains) return kept;
  // Round 18a (batch 52): beside the question, "I only don't want the promos (but I need the
  // tracking)" gives the reason for asking, and "I get so many messages" a likely complaint:
  // neither is the request, which the customer has not made yet. "I don't want promos any more;
  // will the receipts still come?" asks nothing conditional, and stays a stop.
  const left = kept.filter(
    (f) => f.intent !== 'opt_out' || (f.certainty !== 'likely' && !onlyTheMarketing(tokens, f)),
  );
  if (left.some((f) => f.intent !== 'opt_in' && f.intent !== 'help')) return kept;
  if (left.some((f) => f.intent === 'help')) return left;
  const help: Finding = {
    intent: 'help',
    certainty: 'explicit',
    matched: 'which messages remain',
    langs: [],
    start: remains.span.start,
    end: remains.span.end,
    source: 'phrase',
    all: false,
  };
  return [...left.filter((f) => f.intent !== 'opt_in'), help];
}

/**
 * Whether the stop `f` only refuses the marketing as the reason for a question beside it: its
 * sentence says "no longer want" (`unwanted`) with an "only" ("Saya cuma tak nak promo je",
 * "Mình chỉ không muốn nhận quảng cáo thôi") or with the service notice still wanted ("Sitaki
 * matangazo lakini nahitaji kufuatilia oda").
 */
function onlyTheMarketing(tokens: readonly string[], f: Finding): boolean {
  const [from, to] = sentenceOf(tokens, f);
  return (
    unwanted(tokens, from, to, [f]) &&
    (has(ONLY, tokens, from, to) || namesServiceNotice(tokens, from, to))
  );
}
