/**
 * The rules and the learned model together (model/linear.ts). The rules decide; the model
 * only fills the silence they leave and doubts the phrases they act on, and never acts on
 * its own:
 * - rules find nothing and the model is confident of an opt-out → `likely` opt-out (the
 *   service asks one question; nothing is recorded without the customer's yes);
 * - rules find an explicit opt-out in a PHRASE of a lexicon and the model is confident it is
 *   no opt-out → `likely` (a question instead of an action). A whole-message or
 *   whole-sentence keyword (STOP, STOPP, СТОП, "Stop. Thanks"), a tenant's keyword or
 *   phrase and an international keyword opening a message stay explicit whatever the model
 *   says;
 * - rules find nothing and the model is confident of an opt-in, help or status → that
 *   intent, `likely` (help and status are answered; a likely opt-in changes nothing);
 * - rules and model find nothing in a message of several sentences → each sentence read alone
 *   by the model on a higher bar (round 14, `bySentence` below);
 * - whatever the rules read as opt-in, help or status stays as they read it, so a customer
 *   asking to come back is never turned into an opt-out by the model.
 * `matched` starts with "model" when the model decided, so logs and the console show why.
 * Thresholds were chosen by leaving one whole fresh batch out at a time
 * (scripts/intent-model/cross-validate.ts; figures in test/unit/intent/LEARNED-MODEL.md).
 */
import { classifyByRules } from './classify';
import { LEXICONS } from './lexicon';
import { CONSENT_VERBS } from './lexicon/round6-rules';
import { isPaymentOrAddressErrand, isSentThingErrand } from './errand';
import { isAboutBooking, isAboutSomethingElse } from './other-stops';
import type { Finding } from './finding';
import { complainsOfOrder, countsEnough, givesIn } from './enough-order';
import { foldText, isBoundary, isUnspaced, normalizeText, phraseTokens } from './normalize';
import { PLEASE_WORDS } from './polite-aside';
import { loadModel, predict, type LinearModel } from './model/linear';
import { withoutQuotedInstruction } from './quoted';
import { has, runs, startsAt } from './asking';
import { ANY_NEGATOR } from './compiled';
import { isOtherErrand, MARKETING } from './not-marketing';
import { addsToOrder } from './own-matters';
import { namesServiceOnly } from './service-only';
import { isBookedCancel } from './booked-errand';
import { isBusinessSense, isLoginTrouble } from './business-sense';
import {
  DISCOUNT_CODE,
  isAboutServiceOrAccount,
  isOnlyCourtesy,
  namesThingSent,
} from './service-things';
import { usesStopWordOtherwise } from './other-sense';
import { LINK } from './way-out';
import { INTENT_MODEL } from './model/weights';
import type { Signal } from './signals';
import type { Classification, ClassifyOptions, Intent, SignalKind } from './types';

export interface Thresholds {
  /** Probability of opt-out above which silence becomes a `likely` opt-out. */
  raiseOptOut: number;
  /** Probability of opt-out below which an explicit phrase opt-out becomes `likely`. */
  demoteOptOut: number;
  /** Probability above which silence becomes a `likely` help or status (and opt-in). */
  raiseOther: number;
  /**
   * Probability above which silence becomes a `likely` opt-in, when it differs from
   * `raiseOther`: a likely opt-in changes nothing in the service (the customer is asked), so
   * it may be raised on less certainty than an answer given to a question.
   */
  raiseOptIn?: number;
}

export const THRESHOLDS: Thresholds = {
  raiseOptOut: 0.65,
  demoteOptOut: 0.035,
  raiseOther: 0.75,
  raiseOptIn: 0.5,
};

/**
 * A sentence read alone raises a request only on more certainty than a whole message: each
 * sentence is one more reading the model could get wrong ("Merci pour la livraison. Les promos
 * de la semaine sont super!" is no stop), and a whole message already got its own.
 */
const SENTENCE_RAISE = 0.8;
const SENTENCE_THRESHOLDS: Thresholds = {
  ...THRESHOLDS,
  raiseOptOut: SENTENCE_RAISE,
  raiseOther: SENTENCE_RAISE,
  raiseOptIn: SENTENCE_RAISE,
};

const percent = (p: number): string => p.toFixed(2);

/** Token runs by their first token, for matching many phrases at each position. */
function runIndex(phrases: readonly string[]): ReadonlyMap<string, (readonly string[])[]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const run = phraseTokens(phrase);
    const first = run[0];
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), run]);
  }
  return index;
}

const simple = (words: readonly string[]): string[] => words.filter((w) => !/[()@?~*|]/.test(w));
const NEGATOR_RUNS = runIndex(LEXICONS.flatMap((l) => l.negators));
const STOP_RUNS = runIndex(
  LEXICONS.flatMap((l) =>
    simple([
      ...l.keywords.stop,
      ...l.keywords.stopWeak,
      ...l.keywords.stopSolo,
      ...(l.classes.stopV ?? []),
    ]),
  ),
);
const START_RUNS = runIndex(LEXICONS.flatMap((l) => simple(l.keywords.start)));
const CONSENT_RUNS = runIndex(CONSENT_VERBS);
/**
 * How far after a negator it still governs a keyword: three words ("don't want to
 * unsubscribe"), or five letters in a script without spaces ("ไม่อยากสมัคร").
 */
const NEGATOR_REACH = 3;
const NEGATOR_REACH_UNSPACED = 6;

/** Where each run of `index` that matches `words` starts and ends. */
function matches(
  words: readonly string[],
  index: ReadonlyMap<string, (readonly string[])[]>,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  words.forEach((w, i) => {
    for (const run of index.get(w) ?? []) {
      if (run.every((r, k) => words[i + k] === r)) out.push({ start: i, end: i + run.length });
    }
  });
  return out;
}

/**
 * What the rules settled on purpose, and the model must not reopen:
 * - `short`: one word (a bare "yes", "ja", "ok") is the keyword lists' business; the model
 *   reads sentences. Scripts without spaces count letters instead (four or more is a sentence);
 * - `negated`: a stop or start keyword, or a tenant's opt-out phrase, under a negator ("don't
 *   unsubscribe me", "I don't want to unsubscribe", "ไม่อยากสมัคร"): the rules read it as no
 *   stop (no opt-in), and a bag of n-grams cannot tell the negation from the keyword;
 * - `tenantStop`: a tenant's own opt-out phrase is in the message: its stop stays explicit;
 * - `closed`: the rules read a signal that a customer wants the marketing to go on (one offer
 *   declined "this time", the others wanted, another product asked about): "no thanks, not
 *   this time" is no stop however much it looks like one to the n-grams. Laughter and a stop
 *   told as past do not close it for the model: "u message more than my ex lol. unsub me".
 */
export interface Settled {
  short: boolean;
  negated: boolean;
  tenantStop: boolean;
  closed?: boolean;
  /**
   * `errand`: the message is about an automatic payment, an address or money taken, and names
   * no marketing (errand.ts): the rules set its stop or how-question aside; the model raises
   * neither a stop nor help there.
   */
  errand?: boolean;
  /**
   * `sentThing`: the message is about a code, a receipt, a link or a ticket (sent-things.ts) and
   * names no marketing: "send me the code again" raises no opt-in, nor a stop.
   */
  sentThing?: boolean;
  /**
   * `login`: the message is about getting into an account or an app ("bin in der App
   * abgemeldet und komm nicht mehr rein", other-stops.ts): no stop raised (help may be).
   */
  login?: boolean;
  /**
   * `refused`: a consent verb under a negator ("I don't agree to receive", "non acconsento"):
   * no opt-in for the model (a stop may still be raised: refusing consent can be one).
   */
  refused?: boolean;
  /**
   * `stopWord`: a stop keyword not under a negator ("登録解除したい", "la tb3tuli offers"): the
   * rules found no stop they trust, but the model raises no opt-in on such words either.
   */
  stopWord?: boolean;
  /**
   * `booking`: the message is about a waiting list or a booking and names no marketing ("am I
   * still on the waiting list?", "czy jestem zapisana na jutro?", round 7c): no status raised.
   */
  booking?: boolean;
  /**
   * `button`: a stop phrase names a link or a button ("n11'in abonelikten çık butonu hiç yok,
   * neyse", round 8d) and no broken link is complained of: the model raises no stop on the name.
   */
  button?: boolean;
  /**
   * `courtesy`: the message is only thanks and a farewell ("Obrigada, boa noite", "谢谢，拜拜",
   * round 12b, service-things.ts): the model raises nothing.
   */
  courtesy?: boolean;
  /**
   * `brokenCode`: a discount code or a coupon that does not work ("โค้ดส่วนลดใช้ไม่ได้", round
   * 12b): a complaint about the offer, no opt-in for the model.
   */
  brokenCode?: boolean;
  /**
   * `serviceOnly`: the message names a service message (reminders, order or delivery updates)
   * and no marketing (service-only.ts, round 12): the rules read no marketing opt-in in "keep
   * sending the appointment reminders", and the model raises none either.
   */
  serviceOnly?: boolean;
  /**
   * `notifyMe`: "let me know", "avísenme", "gebt mir Bescheid", or "keep sending" the service
   * messages, with no stop word and no marketing named ("la receta está lista? avísenme por
   * favor", "please keep sending the appointment reminders", round 12): a request to be told;
   * the model raises no stop.
   */
  notifyMe?: boolean;
  /**
   * `givesIn`: the customer gives in to an offer ("stop tempting me 😩 ok, send me the blue
   * one", enough-order.ts, round 14e): the rules set the stop of the tempting aside, and the
   * model raises none.
   */
  givesIn?: boolean;
  /**
   * `orderAdd`: an item put into an order or a cart, no marketing named (own-matters.ts, round
   * 17): the model raises no opt-in ("can you add bread to my order?" is not "add my number").
   */
  orderAdd?: boolean;
  /**
   * `startAsked`: a start keyword in a short question ("Subscribe to what?", "Join what?"): the
   * rules read it as a question about the word, not a request; the model raises no opt-in
   * (round 12e).
   */
  startAsked?: boolean;
  /**
   * `ownMessage`: the customer asks whether the business got their own message ("Just checking,
   * did you get my message?", round 13): no status raised (the model, trained on "just checking,
   * am I still on your list?", had read the first words alone).
   */
  ownMessage?: boolean;
}

/** The most words of a question about a start keyword ("Subscribe to what?"). */
const SHORT_QUESTION_WORDS = 4;

/**
 * "Keep sending": said of the service messages alone, no stop. Round 13c: kept on ("keep the
 * delivery alerts on", "los avisos de entrega déjenlos activos", "配送のお知らせはそのまま送って").
 */
const KEEP_SENDING = runs(`
  keep sending, keep them coming, keep it coming, sigan mandando, sigan enviando, sigue mandando,
  continuem enviando, continuem mandando, continua mandando, continuez a envoyer, continuez à envoyer,
  schickt weiter, weiter schicken, continuate a mandare, continuate a inviare, blijf sturen,
  blijven sturen, wysylajcie dalej, wysyłajcie dalej, продолжайте присылать, продолжайте отправлять,
  продовжуйте надсилати, gondermeye devam, göndermeye devam, terus kirim, tetap kirim, teruskan hantar,
  tiep tuc gui, tiếp tục gửi, ituloy lang, endeleeni kutuma, bhejte rahiye, bhejte raho, bhejte rahen,
  পাঠাতে থাকুন, استمروا في ارسال, استمروا بارسال, ส่งมาเรื่อยๆ, 继续发, 继续发送, 送り続けて,
  keep them on, leave them on, dejenlos activos, déjenlos activos, dejalos activos, déjalos activos,
  pode continuar mandando, weiterhin schicken, оставьте, залиште, devam etsin, gelmeye devam,
  biar je, cu gui, cứ gửi, ituloy niyo, chalu rehne do, চালু রাখুন, خلوها, เปิดไว้, そのまま送って
`);

/**
 * More of the same asked for, with no negator (round 18): "send me more offers like this one",
 * "más ofertas como esta" ("I'd be grateful if I didn't get any more of these" is a stop). The
 * rules mask it (a praise of one offer is no opt-in either, en.ts traps); the model,
 * retrained with batch 55, read "like this" as a stop's ("no more stuff like this").
 */
const MORE_LIKE_THIS = runs(`
  more offers like this, more offers like these, more deals like this, more deals like these,
  more promos like this, more like this please, mas ofertas como esta, más ofertas como esta,
  mais ofertas como essa, mais ofertas como esta, plus d offres comme celle ci,
  mehr angebote wie dieses, più offerte come questa, piu offerte come questa, 更多这样的优惠,
  こういうのをもっと
`);

/** "Let me know": a request to be told (about an errand, when no marketing is named). */
const NOTIFY_ME = runs(`
  let me know, tell me when, text me when, avisenme, avísenme, avisame, avísame, me avisan, me avisa,
  me avisen, me avisas, me avisem, me avise, me avisa quando, previenez moi, prévenez moi, previens moi,
  préviens moi, tenez moi au courant, gebt mir bescheid, geben sie mir bescheid, sag bescheid,
  sagt bescheid, avvisatemi, avvisami, fatemi sapere, fammi sapere, laat me weten, laat het me weten,
  dajcie znac, dajcie znać, daj znac, daj znać, сообщите, дайте знать, повідомте, дайте знати,
  haber verin, haberim olsun, kabarin, kabari, kasih tau, kasih tahu, bagitahu, bao minh, báo mình,
  bao em, báo em, ipaalam, pakisabihan, nijulishe, mnijulishe, bata dena, bata dijiye, بتا دیں,
  জানাবেন, জানিয়ে দিন, ابلغوني, أبلغوني, خبروني, แจ้งด้วย, บอกด้วย, 通知我, 告诉我, 知らせて, お知らせください
`);

/** A link that does not work ("the unsubscribe link is broken, take me off" stays a stop). */
const BROKEN = runs(`
  broken, doesn t work, doesnt work, not working, does not work, kaputt, funktioniert nicht,
  ne marche pas, ne fonctionne pas, no funciona, nao funciona, não funciona, non funziona,
  werkt niet, nie dziala, nie działa, не работает, calismiyor, çalışmıyor, tidak berfungsi,
  gak bisa, ga bisa, tidak bisa, khong hoat dong, không hoạt động, hindi gumagana,
  haifanyi kazi, kaam nahi, کام نہیں, কাজ করে না, لا يعمل, ما يشتغل, ใช้ไม่ได้, 打不开, 用不了,
  無効, 使えない, error, doesnt open, does not open, wont open, not opening, wont load,
  no abre, nao abre, não abre, n ouvre pas, offnet nicht, öffnet nicht, non si apre, gaat niet open,
  nie otwiera, не открывается, acilmiyor, açılmıyor, tidak bisa dibuka, ga kebuka, gak kebuka,
  khong mo duoc, không mở được, hindi bumubukas, khulta nahi, খুলছে না, لا يفتح, ما يفتح,
  เปิดไม่ได้, 開かない, haifunguki
`);

/**
 * "Don't stop" where the negator follows the verb (round 8c): Bengali "offer pathano bondho
 * korben na" (please don't stop sending offers), Hindi/Urdu "band mat karna", "بند نہ کریں".
 * The look for a negator before a keyword (above) misses them; the model raises no stop there.
 * Round 9a: Turkish and Japanese negate inside the verb ("iptal etmeyin", "停止しないで").
 * Round 11: Spanish and Portuguese "never stop" as a cheer ("¡no pares nunca!", "nunca parem"),
 * the imperative only: "no paran de mandarme" (they don't stop) is a complaint.
 */
const DONT_STOP = runs(`
  bondho korben na, bondho koro na, bondho korbe na, bondho kore diben na, bondho korben nah,
  বন্ধ করবেন না, বন্ধ করো না, বন্ধ করবে না, বন্ধ করে দিবেন না,
  band mat karo, band mat karna, band mat kijiye, band na karna, band na karein, band na karen,
  बंद मत करो, बंद मत करना, बंद न करें, بند مت کرو, بند مت کرنا, بند نہ کریں, بند نہ کرنا,
  iptal etmeyin, iptal etme, iptal etmeyiniz, durdurmayin, durdurmayın, kesmeyin, birakmayin,
  bırakmayın, 止めないで, 停止しないで, 解除しないで, やめないで,
  stop nooit, stop je nooit, stop niet, stoppen jullie nooit, stoppen jullie niet,
  no pares nunca, nunca pares, no paren nunca, nunca paren, no pare nunca,
  nao pare nunca, não pare nunca, nunca parem, nao parem nunca, não parem nunca
`);

/** The signals (signals.ts) by which the rules read that the marketing should go on. */
// "hypothetical": "what happens to my points if I unsubscribe?" (round 8c, hypothetical.ts).
const CLOSING: ReadonlySet<SignalKind> = new Set(['decline', 'others', 'another', 'hypothetical']);

/** Whether the signals close a stop for the model (`closed` above). */
export function closesStop(signals: readonly Signal[]): boolean {
  return signals.some((s) => CLOSING.has(s.kind));
}

/** The customer's own message asked about: did you get it, did it arrive (round 13). */
const OWN_MESSAGE = runs(`
  did you get my message, did you receive my message, did you see my message, have you received my message,
  did you get my msg, got my message, received my message, did my message arrive, did my message come through,
  recibieron mi mensaje, recibiste mi mensaje, les llego mi mensaje, receberam minha mensagem, recebeu minha mensagem,
  avez vous recu mon message, vous avez recu mon message, habt ihr meine nachricht, haben sie meine nachricht,
  avete ricevuto il mio messaggio, hebben jullie mijn bericht, heb je mijn bericht, dostaliscie moja wiadomosc,
  вы получили мое сообщение, ви отримали моє повідомлення, mesajimi aldiniz mi, pesan saya sudah diterima,
  sudah terima mesej saya, natanggap niyo ba message ko, mmepokea ujumbe wangu, mera message mila, আমার মেসেজ পেয়েছেন,
  وصلتكم رسالتي, وصلتك رسالتي, ได้รับข้อความไหม, 收到我的消息了吗, 收到我的信息了吗, メッセージ届きましたか
`);

export function settledByRules(text: string, tenantOptOut: readonly string[] = []): Settled {
  const { tokens, questions } = normalizeText(text);
  const words = tokens.filter((t) => !isBoundary(t));
  const unspaced = isUnspaced(text);
  // "Yes please" (round 8) is a bare "yes" with a please-word: one word for the model too.
  const said = words.filter((w) => !PLEASE_WORDS.has(w));
  const short = unspaced ? words.length < 4 : said.length < 2;
  const reach = unspaced ? NEGATOR_REACH_UNSPACED : NEGATOR_REACH;
  const tenant = runIndex(tenantOptOut);
  // Read on the tokens with their boundaries: a negator governs its own clause only ("不感兴趣，
  // 以后别发": the "不" of "not interested" does not negate the stop after the comma; round 7).
  const negators = matches(tokens, NEGATOR_RUNS);
  const stops = matches(tokens, STOP_RUNS);
  const starts = matches(tokens, START_RUNS);
  const serviceOnly = namesServiceOnly(tokens);
  const keywords = [...stops, ...starts, ...matches(tokens, tenant)];
  const under = (k: { start: number }): boolean =>
    negators.some(
      (n) =>
        n.end <= k.start &&
        k.start - n.end < reach &&
        !tokens.slice(n.end, k.start).some((t) => isBoundary(t)),
    );
  const negated = keywords.some(under) || has(DONT_STOP, tokens, 0, tokens.length);
  return {
    short,
    negated,
    tenantStop: matches(tokens, tenant).length > 0,
    // Round 8c (not-marketing.ts): a medicine stopped, an app left, a refund threatened.
    // Round 9b: a course, an order, a booking, a card blocked (booked-errand.ts); a stop word in
    // another sense, "yeter ki", "basta che" (other-sense.ts). Round 9a: "the newsletter link
    // doesn't open" complains of a link, names no stop.
    errand:
      isPaymentOrAddressErrand(tokens) ||
      isOtherErrand(tokens) ||
      isBookedCancel(tokens) ||
      // Round 11b: a gym membership, an auto-renewal, a landline, a lost card.
      isBusinessSense(tokens) ||
      // Round 12b: a service paid for, an account blocked, a parcel left, a balance.
      isAboutServiceOrAccount(tokens, questions) ||
      usesStopWordOtherwise(tokens) ||
      // Round 17e: an "enough" that counts the goods ("zwei Kisten reichen, mehr brauch ich nicht").
      (countsEnough(tokens) && !has(MARKETING, tokens, 0, tokens.length)) ||
      // Round 18e: an order complained of, an exchange asked ("Yeter artık ya! … Değişim istiyorum").
      complainsOfOrder(tokens) ||
      (stops.length === 0 &&
        has(LINK, tokens, 0, tokens.length) &&
        has(BROKEN, tokens, 0, tokens.length)),
    // Round 12b: a parcel, a bill, a courier or a driver (service-things.ts). Round 15c: or a
    // food order's extras refused ("no cutlery and no sauces please"): a negator's clause counts.
    sentThing: isSentThingErrand(tokens) || namesThingSent(tokens, [...stops, ...negators]),
    // Round 11b: a relative who cannot log in names no account (business-sense.ts).
    login: isAboutSomethingElse(tokens) === 'login' || isLoginTrouble(tokens),
    refused: matches(words, CONSENT_RUNS).some(under),
    stopWord: stops.some((k) => !under(k)),
    booking: isAboutBooking(tokens),
    ownMessage: has(OWN_MESSAGE, tokens, 0, tokens.length),
    button:
      stops.some((k) => startsAt(LINK, tokens, k.end, tokens.length)) &&
      !has(BROKEN, tokens, 0, tokens.length),
    courtesy: isOnlyCourtesy(tokens),
    brokenCode:
      has(DISCOUNT_CODE, tokens, 0, tokens.length) && has(BROKEN, tokens, 0, tokens.length),
    serviceOnly,
    startAsked: starts.length > 0 && questions.length > 0 && words.length <= SHORT_QUESTION_WORDS,
    givesIn: givesIn(tokens),
    orderAdd: addsToOrder(tokens),
    notifyMe:
      stops.length === 0 &&
      ((has(MORE_LIKE_THIS, tokens, 0, tokens.length) && !tokens.some((t) => ANY_NEGATOR.has(t))) ||
        (!has(MARKETING, tokens, 0, tokens.length) &&
          (has(NOTIFY_ME, tokens, 0, tokens.length) ||
            (has(KEEP_SENDING, tokens, 0, tokens.length) && serviceOnly)))),
  };
}

/** The text without the tenant's never-opt-out phrases ("Stop & Shop"), for the model. */
export function withoutPhrases(text: string, phrases: readonly string[]): string {
  const folded = foldText(text);
  // Most messages hold none of them: a cheap look before a second normalisation.
  if (!phrases.some((p) => folded.includes(phraseTokens(p)[0] ?? '\u0000'))) return text;
  let words = ` ${normalizeText(text)
    .tokens.filter((t) => !isBoundary(t))
    .join(' ')} `;
  for (const phrase of phrases) {
    const folded = phraseTokens(phrase).join(' ');
    if (folded.length > 0) words = words.split(` ${folded} `).join('  ');
  }
  return words.trim();
}

/**
 * Whether the model may not raise an opt-in: a negated keyword, refused consent, a stop word, or
 * an item added to an order (round 17: "注文にパンも追加していただけますか？" adds bread to an
 * order, not a number to the offers).
 */
function refusesOptIn(settled: Settled): boolean {
  return (
    settled.negated ||
    settled.orderAdd === true ||
    settled.refused === true ||
    settled.stopWord === true ||
    settled.sentThing === true ||
    settled.brokenCode === true ||
    settled.serviceOnly === true ||
    settled.startAsked === true
  );
}

/** Whether the finding is a phrase of a built-in lexicon (not a keyword, not the tenant's). */
function isLexiconPhrase(finding: Finding | null): boolean {
  return finding !== null && finding.source === 'phrase' && finding.langs.length > 0;
}

/** Whether the model could change what the rules read (else it is not run: speed). */
export function modelMatters(rules: Classification, finding: Finding | null): boolean {
  if (rules.intent === 'none') return true;
  return rules.intent === 'opt_out' && rules.certainty === 'explicit' && isLexiconPhrase(finding);
}

/** Combine what the rules read with what the model thinks (the policy above). */
export function weighWithModel(
  rules: Classification,
  finding: Finding | null,
  probabilities: ArrayLike<number>,
  classes: readonly Intent[],
  settledBy: Settled | (() => Settled),
  thresholds: Thresholds = THRESHOLDS,
): Classification {
  const p = (intent: Intent): number => probabilities[classes.indexOf(intent)] ?? 0;
  const optOut = p('opt_out');
  if (rules.intent === 'none') {
    if (
      Math.max(optOut, p('opt_in'), p('help'), p('status')) <
      Math.min(
        thresholds.raiseOptOut,
        thresholds.raiseOther,
        thresholds.raiseOptIn ?? thresholds.raiseOther,
      )
    )
      return rules;
    // Read only when the model would speak: it costs a second normalisation.
    const settled = typeof settledBy === 'function' ? settledBy() : settledBy;
    if (settled.short || settled.courtesy === true) return rules;
    if (
      optOut >= thresholds.raiseOptOut &&
      !settled.negated &&
      settled.closed !== true &&
      settled.errand !== true &&
      settled.sentThing !== true &&
      settled.login !== true &&
      settled.button !== true &&
      settled.notifyMe !== true &&
      settled.givesIn !== true
    ) {
      return {
        ...rules,
        intent: 'opt_out',
        certainty: 'likely',
        matched: `model opt_out ${percent(optOut)}`,
      };
    }
    for (const intent of ['opt_in', 'help', 'status'] as const) {
      const raise =
        intent === 'opt_in'
          ? (thresholds.raiseOptIn ?? thresholds.raiseOther)
          : thresholds.raiseOther;
      if (intent === 'help' && settled.errand === true) continue;
      if (intent === 'status' && (settled.booking === true || settled.ownMessage === true))
        continue;
      if (p(intent) >= raise && !(intent === 'opt_in' && refusesOptIn(settled))) {
        return {
          ...rules,
          intent,
          certainty: 'likely',
          matched: `model ${intent} ${percent(p(intent))}`,
        };
      }
    }
    return rules;
  }
  if (
    rules.intent === 'opt_out' &&
    rules.certainty === 'explicit' &&
    isLexiconPhrase(finding) &&
    optOut <= thresholds.demoteOptOut &&
    !(typeof settledBy === 'function' ? settledBy() : settledBy).tenantStop
  ) {
    return {
      ...rules,
      certainty: 'likely',
      matched: `model doubts ${percent(optOut)}: ${rules.matched ?? ''}`,
    };
  }
  return rules;
}

/** A classifier reading with the rules and the given model (null: the rules alone). */
export function classifierWith(
  model: LinearModel | null,
  thresholds: Thresholds = THRESHOLDS,
): (text: string, opts?: ClassifyOptions) => Classification {
  const scratch = new Float64Array(model?.classes.length ?? 0);
  return (text, opts = {}) => {
    let finding: Finding | null = null;
    let closed = false;
    let aside = false;
    let laughOnly = false;
    const rules = classifyByRules(
      text,
      opts,
      (f) => {
        finding = f;
      },
      (signals) => {
        closed ||= closesStop(signals);
        aside ||= signals.some((s) => SET_ASIDE.has(s.kind));
        laughOnly = signals.every((s) => s.kind === 'laugh' || !SET_ASIDE.has(s.kind));
      },
    );
    if (!model || typeof text !== 'string' || !modelMatters(rules, finding)) return rules;
    // Round 8c (quoted.ts): our own opt-out line quoted is read by neither; the model weighs
    // what the customer wrote around it ("you said "no more messages", why did I get 3 today?"
    // is still a complaint).
    const unquoted = withoutQuotedInstruction(text);
    const { probabilities } = predict(
      model,
      withoutPhrases(unquoted, opts.neverOptOut ?? []),
      scratch,
    );
    const settled = (): Settled => ({ ...settledByRules(unquoted, opts.extraOptOut), closed });
    const whole = weighWithModel(rules, finding, probabilities, model.classes, settled, thresholds);
    if (rules.intent !== 'none' || whole.intent !== 'none') return whole;
    // Round 16f: a laugh in a long message (three sentences or more) is one sentence's ("jamani,
    // mara ya tatu 'leo tu' 😂 … naomba mkome kunitumia matangazo"): that sentence is set aside
    // below, the others are read.
    if (aside && !(laughOnly && unquoted.split(SENTENCE_END).length >= LONG_MESSAGE)) return whole;
    // Round 17i: an offer taken in the whole ("你们母亲节的促销信息来得刚好… 我下午过去看那套护肤品",
    // enough-order.ts `givesIn`) is no sentence's stop either: the praise alone reads as one.
    if (settled().givesIn === true) return whole;
    return bySentence(rules, unquoted, opts, closed) ?? whole;
  };

  /**
   * Round 14: two things at once ("Paket ist da, danke! Könnt ihr mich auch für die Angebote
   * eintragen?", "Bedankt voor de factuur. De nieuwsbrief mag wel stoppen trouwens"). The model
   * reads a message as one bag of words, so an errand or thanks in one sentence drowns the
   * request in the next (or its flags, `errand` and `sentThing`, set the whole message aside).
   * When the rules and the model read nothing in the whole, each sentence is read alone, by the
   * model and its own flags, and a request raised in a sentence that names the marketing is the
   * message's, if no other sentence raises a different one. Not when the message laughs or says
   * the marketing should go on (`SET_ASIDE`): there the whole decides; nor a stop in a sentence
   * that tells of one in the past. Round 16f: long messages (formal letters, voice notes) tell a
   * story before the request, so the past, the laugh and the rest are each sentence's own ("Bu
   * numara geçen yıl kaydedilmişti. … pazarlama mesajı gönderimini durdurmanızı rica ederim",
   * "mi sono disiscritta dalla newsletter mesi fa… Non voglio pubblicità da voi"); a voice note
   * of one long sentence is read clause by clause.
   */
  function bySentence(
    none: Classification,
    text: string,
    opts: ClassifyOptions,
    closed: boolean,
  ): Classification | null {
    if (!model) return null;
    const parts = sentencesOf(text).flatMap(clausesOfLong);
    if (parts.length < 2) return null;
    let one: Classification | null = null;
    for (const part of parts) {
      let own: readonly Signal[] = [];
      const byRules = classifyByRules(part, opts, undefined, (signals) => {
        own = signals;
      });
      const read = weighWithModel(
        none,
        null,
        predict(model, withoutPhrases(part, opts.neverOptOut ?? []), scratch).probabilities,
        model.classes,
        () => ({ ...settledByRules(part, opts.extraOptOut), closed }),
        SENTENCE_THRESHOLDS,
      );
      if (read.intent === 'none' || !namesMarketing(part)) continue;
      // A stop told as past ("ปีที่แล้วยกเลิกรับจดหมายข่าวไปแล้ว แต่อยากถามเรื่องใบแจ้งหนี้") is the
      // story of the message, not its request; "unsubscribed by mistake. Add me back?" still is.
      if (own.some((s) => SET_ASIDE.has(s.kind))) continue;
      if (read.intent === 'opt_out' && own.some((s) => s.kind === 'past')) continue;
      // Round 17: "Les promos de la semaine sont super!" praises the marketing: no request.
      if (read.intent === 'opt_out' && praises(part)) continue;
      // A stop the rules read in the sentence alone, and set aside in the whole message, was set
      // aside for what the other sentences say ("Ich hab den Newsletter von MediaMarkt
      // abbestellt, aber eure Nachrichten find ich gut. Habt ihr die Kopfhörer noch in Schwarz?").
      if (read.intent === 'opt_out' && byRules.intent === 'opt_out') continue;
      if (one && one.intent !== read.intent) return null;
      one ??= read;
    }
    return one && { ...one, matched: `${one.matched ?? ''} (one sentence)` };
  }
}

/**
 * Praise of the marketing ("your promos are great", "vos promos du moment sont top"), in a
 * sentence with no negator: the model, trained on sentences that name the promos mostly to
 * refuse them, may read one alone as a stop. General language knowledge, to be reviewed by
 * native speakers.
 */
const PROMO_PRAISE = runs(`
  great, super, awesome, amazing, excellent, love them, love it, top, brilliant, genial, geniales,
  buenisimas, buenísimas, excelentes, otimas, ótimas, otimos, ótimos, incriveis, incríveis, génial,
  géniales, excellentes, klasse, spitze, toll, fantastico, fantastiche, fantastici, ottime, ottimi,
  geweldig, świetne, swietne, отличные, классные, супер, чудові, класні, harika, süper, bagus,
  mantap, keren, tuyệt vời, tuyet voi, ang ganda, maganda, nzuri, bahut acche, bohot badhiya,
  zabardast, দারুণ, رائعة, ممتازة, ดีมาก, เริ่ด, 太棒了, 很好, 不错, 最高, 素晴らしい
`);

/** A sentence that praises the marketing and negates nothing. */
function praises(sentence: string): boolean {
  const tokens = normalizeText(sentence).tokens;
  const negated = tokens.some((t) => ANY_NEGATOR.has(t));
  return !negated && has(PROMO_PRAISE, tokens, 0, tokens.length);
}

/**
 * Signals by which the rules read the whole message, which its sentences alone would not:
 * laughter ("พอเถอะ 555 ขำมาก"), another shop's list, one offer declined, the rest wanted.
 */
const SET_ASIDE: ReadonlySet<SignalKind> = new Set([
  'laugh',
  'elsewhere',
  'decline',
  'others',
  'another',
  'hypothetical',
]);

/**
 * Sentences a message needs before a laugh in it is one sentence's, not the whole's (ended by
 * punctuation: Thai clauses between spaces are one sentence's, "พอแล้ว ขำจนท้องแข็ง 555").
 */
const LONG_MESSAGE = 3;

/** Words of one sentence beyond which it is a voice note run on, read clause by clause. */
const LONG_SENTENCE = 25;

/** A sentence's clauses (between commas) when it runs on past `LONG_SENTENCE` words. */
function clausesOfLong(sentence: string): string[] {
  if (sentence.split(/\s+/u).length <= LONG_SENTENCE) return [sentence];
  return sentence
    .split(/[,\uFF0C\u060C\u3001]\s*/u)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** Whether a sentence names the marketing (not-marketing.ts MARKETING: offers, newsletter…). */
function namesMarketing(text: string): boolean {
  const { tokens } = normalizeText(text);
  return has(MARKETING, tokens, 0, tokens.length);
}

/** Sentence ends: . ! ? … and their Arabic, Urdu, Hindi and CJK forms, and line breaks. */
const SENTENCE_END = /(?<=[.!?\u2026\u061F\u06D4\u0964])\s+|(?<=[\u3002\uFF01\uFF1F])|\s*\n\s*/u;

/**
 * The sentences of a message, for the model to read one by one. In Thai, which writes no
 * spaces between words, a space ends a clause.
 */
export function sentencesOf(text: string): string[] {
  const parts = text.split(SENTENCE_END);
  const thai = parts.flatMap((p) => (/[\u0E00-\u0E7F]/u.test(p) ? p.split(/\s+/u) : [p]));
  return thai.map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

let shipped: ((text: string, opts?: ClassifyOptions) => Classification) | null = null;

/**
 * Classify one inbound customer message: the rules, weighed by the shipped model. Pure:
 * same text and options, same answer (the model is data loaded once).
 */
export function classifyMessage(text: string, opts: ClassifyOptions = {}): Classification {
  shipped ??= classifierWith(loadModel(INTENT_MODEL));
  return shipped(text, opts);
}
