/**
 * classifyMessage: does a customer's WhatsApp text opt out of marketing, opt back in, ask
 * for help or for their status? Two tiers, as in the prior art (opt-out-prior-art.md §9):
 * whole-message keywords are explicit and acted on at once; phrases inside free text are
 * explicit when unambiguous ("please stop sending me these") and `likely` when they only
 * might mean stop ("too many messages"), in which case the service asks first.
 */
import { askAbout, startsAt } from './asking';
import { asksForAnother } from './asks-another';
import { ANGER_EMOJI, readBare, readSentences } from './bare';
import { expandChatSpellings } from './chat-spellings';
import { changedMind, comeBack } from './come-back';
import { SLANG, VOCABULARY } from './compiled';
import type { TenantPhrases } from './cover';
import { reconsider, whoQuestion } from './context';
import { setErrandsAside } from './errand';
import { reactsToOffer } from './offer-reaction';
import { askedForTheWayOut } from './way-out';
import { asksWhatRemains } from './notices-only';
import { TOLD_AFTER_KEYWORD, typedThenAsked } from './typed-stop';
import { closedComplaint } from './repeated-contact';
import { asksWhatThisIs } from './what-is-this';
import { neverJoined } from './never-joined';
import { handedOver } from './meant-to-ask';
import { setQuotedStopsAside } from './quoted-stop';
import { bestFinding, findingRank, type Finding } from './finding';
import { detectLanguage } from './language';
import {
  hasLongRun,
  isBoundary,
  normalizeText,
  phraseTokens,
  squeezeRuns,
  WEAK_BOUNDARY,
} from './normalize';
import { maskTraps, readPhrases } from './phrases';
import { closePoliteAsides } from './polite-aside';
import { setSupposedAside, supposedStops } from './hypothetical';
import { quotedKeywords, withoutQuotedInstruction } from './quoted';
import { consentsGiven } from './consent';
import { confirmsRemoval } from './confirm-removal';
import { registryStop } from './registry';
import { formalStop } from './formal-stops';
import { curtClose } from './curt-close';
import { switchedOff } from './switch-off';
import { notMyNumber } from './not-my-number';
import { givenForOtherThings } from './given-for';
import { addedToGroup } from './added-to-group';
import { withoutBlessings } from './blessing';
import { channelStop } from './channel-stop';
import { askOtherOffersKept } from './other-offers-kept';
import { readDictatedMarks } from './dictated';
import { withoutChannelProducts } from './other-channel';
import { askPoliteEnough } from './polite-enough';
import { setOtherErrandsAside } from './not-marketing';
import { putBack } from './put-back';
import { setEnoughOrdersAside } from './enough-order';
import { sentByMistake } from './sent-by-mistake';
import { askedSideways } from './new-number';
import { askNamedButtons } from './named-button';
import { setElsewhereUnsubscriptionsAside, stoppedHereToo } from './unsubscribed-elsewhere';
import { setFedUpAside } from './fed-up';
import { askedIfItWorked } from './did-it-work';
import { askedHowToComeBack } from './how-back';
import { askedBackIfDone, askedBeforeIfDone } from './asked-before';
import { setBookedErrandsAside } from './booked-errand';
import { askedForAPerson } from './human-please';
import { bareYes } from './bare-yes';
import { setBusinessSenseAside } from './business-sense';
import { setServiceStopsAside } from './service-things';
import { askedWhatTheMessageIs } from './what-message';
import { setChoiceAside } from './other-sense';
import { resolveScope } from './scope';
import { readSignals, weighSignals, type Signal } from './signals';
import type { Classification, ClassifyOptions } from './types';

/** Emoji that, alone, might mean "stop" (🛑 ⛔ 🚫 ✋ 🤚 👎 🙅 ❌ ✖ 🔕 📵 ⏹). */
const STOP_EMOJI: ReadonlySet<string> = new Set([
  '\u{1F6D1}',
  '\u26D4',
  '\u{1F6AB}',
  '\u270B',
  '\u{1F91A}',
  '\u{1F44E}',
  '\u{1F645}',
  '\u274C',
  '\u2716',
  '\u{1F515}',
  '\u{1F4F5}',
  '\u23F9',
]);

function tenantPhrases(opts: ClassifyOptions): TenantPhrases {
  const compile = (list: string[] | undefined): string[][] =>
    (list ?? []).map(phraseTokens).filter((p) => p.length > 0);
  return {
    categories: (opts.categories ?? []).map((c) => ({
      id: c.id,
      phrases: compile([c.name, ...c.keywords]),
    })),
    optOut: compile(opts.extraOptOut),
    optIn: compile(opts.extraOptIn),
  };
}

/** "jgn" → "jangan", "kirim2" → "kirim kirim" (Indonesian reduplication written with a 2). */
function expandSlang(token: string, isWord: (w: string) => boolean): string[] {
  const full = SLANG.get(token);
  if (full) return full;
  // Only a word ending in 2 can be one (a cheap look before the regex, run for every token).
  const double = token.endsWith('2') ? /^(\p{L}{2,})2$/u.exec(token) : null;
  if (double?.[1] && isWord(double[1])) return [double[1], double[1]];
  return [token];
}

/**
 * Readings of the words to try: repeated letters squeezed to one ("stooop" → "stop") and
 * to two ("tooo" → "too"), preferring a known word; "st0p" → "stop"; Arabic "و" (and),
 * "ف" (so) and "ب" (with) split from a known word ("وشكرا" → "شكرا", "بالعروض" → "العروض").
 */
function variants(tokens: readonly string[], isWord: (w: string) => boolean): string[][] {
  const fix = (t: string, max: 1 | 2): string => {
    if (isBoundary(t)) return t;
    let w = t;
    if (hasLongRun(w) && !isWord(w)) {
      const [first, second] =
        max === 1 ? [squeezeRuns(w, 1), squeezeRuns(w, 2)] : [squeezeRuns(w, 2), squeezeRuns(w, 1)];
      w = isWord(first) || !isWord(second) ? first : second;
    }
    if (/\d/.test(w) && /\p{L}/u.test(w) && isWord(w.replace(/0/g, 'o'))) w = w.replace(/0/g, 'o');
    if (/^[\u0648\u0641\u0628]/.test(w) && !isWord(w) && isWord(w.slice(1))) w = w.slice(1);
    return w;
  };
  const expanded = expandChatSpellings(tokens).flatMap((t) => expandSlang(t, isWord));
  const one = expanded.map((t) => fix(t, 1));
  const two = expanded.map((t) => fix(t, 2));
  return one.join(' ') === two.join(' ') ? [one] : [one, two];
}

/** Keywords understood in any language (Twilio, carriers, WhatsApp's own button). */
const INTERNATIONAL: ReadonlySet<string> = new Set([
  'stop',
  'stopp',
  'stopall',
  'unsubscribe',
  'unsub',
  'optout',
  'стоп',
]);

/**
 * "STOP prosím, už mi nepište", "stop stop stop j'en ai marre": a message that opens with
 * an international keyword written in capitals, or said twice, is a stop whatever language
 * the rest is in. Laughter still makes it a joke (signals.ts).
 */
function leadingKeyword(tokens: readonly string[], raw: string): Finding | null {
  const first = tokens[0];
  if (first === undefined || !INTERNATIONAL.has(first)) return null;
  const firstRaw = /\p{L}+/u.exec(raw)?.[0] ?? '';
  const capitals = firstRaw.length >= 3 && firstRaw === firstRaw.toUpperCase();
  if (!capitals && tokens[1] !== first) return null;
  // "STOP by our new store on Main St!" (round 9a): a trap ("stop by", "stop over") is no keyword.
  if (tokens[1] !== first && maskTraps(tokens.slice(0, 4))[0] !== first) return null;
  let end = 1;
  while (tokens[end] === first) end++;
  // "STOP bheja tha, list se hata diya kya?" (round 15e): the keyword told, a verb after it.
  if (startsAt(TOLD_AFTER_KEYWORD, tokens, end, tokens.length)) return null;
  return {
    intent: 'opt_out',
    certainty: 'explicit',
    matched: first,
    langs: [],
    start: 0,
    end,
    source: 'message',
    all: false,
  };
}

/**
 * "I unsubscribed last week and you still send these, STOP" (round 9b): a complaint closed by
 * an international keyword in capitals, after a comma or a full stop, repeats the request: as
 * explicit as one that opens the message. Only the last word, only in capitals.
 */
function closingKeyword(
  tokens: readonly string[],
  raw: string,
  questions: readonly number[],
): Finding | null {
  const end = tokens.length;
  const last = tokens[end - 1];
  if (last === undefined || !INTERNATIONAL.has(last) || !isBoundary(tokens[end - 2])) return null;
  // "what happens if I reply, STOP?" asks.
  if (questions.includes(end) || /\?\s*$/u.test(raw)) return null;
  const lastRaw = /(\p{L}+)[^\p{L}]*$/u.exec(raw)?.[1] ?? '';
  if (lastRaw.length < 3 || lastRaw !== lastRaw.toUpperCase() || lastRaw.toLowerCase() !== last)
    return null;
  return {
    intent: 'opt_out',
    certainty: 'explicit',
    matched: last,
    langs: [],
    start: end - 1,
    end,
    source: 'message',
    all: false,
  };
}

/**
 * "stop alsjeblieft", "STOP prosím": an international keyword next to words of a language
 * we have no lexicon for. Probably a stop, but we cannot tell what the other words say: ask.
 */
function foreignKeyword(tokens: readonly string[]): Finding | null {
  const words = tokens.filter((t) => !isBoundary(t));
  if (words.length < 2 || words.length > 3) return null;
  const keyword = [words[0], words[words.length - 1]].find(
    (w) => w !== undefined && INTERNATIONAL.has(w),
  );
  if (!keyword || !words.every((w) => INTERNATIONAL.has(w) || !VOCABULARY.has(w))) return null;
  return {
    intent: 'opt_out',
    certainty: 'likely',
    matched: keyword,
    langs: [],
    start: 0,
    end: tokens.length,
    source: 'message',
    all: false,
    foreign: true,
  };
}

function findAll(
  tokens: readonly string[],
  questions: readonly number[],
  tenant: TenantPhrases,
  stopEmoji: boolean,
  signals: readonly Signal[],
  raw: string,
  angry = false,
  emoji: readonly string[] = [],
  answered: ReadonlySet<string> = new Set(),
): Finding[] {
  const whole = readBare(tokens, 0, tokens.length, tenant, stopEmoji);
  const leading = leadingKeyword(tokens, raw) ?? closingKeyword(tokens, raw, questions);
  const what = asksWhatThisIs(tokens);
  const found = [
    ...(whole ? [whole] : []),
    ...(what ? [what] : []),
    ...(leading ? [leading] : []),
    ...readSentences(tokens, tenant, angry),
    ...readPhrases(tokens, tenant),
    ...consentsGiven(tokens),
  ];
  const registry = registryStop(tokens, questions);
  if (registry) found.push(registry);
  const formal = formalStop(tokens);
  if (formal) found.push(formal);
  // Round 13b: "That's enough now. Genuinely.", "another 'unique' deal 🙄 I'm out" (curt-close.ts).
  const curt = curtClose(tokens, questions, emoji);
  if (curt) found.push(curt);
  const off = switchedOff(tokens, questions, found);
  if (off) found.push(off);
  const gone = notMyNumber(tokens, questions);
  if (gone) found.push(gone);
  // Round 11c: "who added me to this group? remove me" (the removal wins over the
  // who-question's help).
  const added = addedToGroup(tokens, questions);
  if (added) {
    // "…now you've put me on a broadcast instead? Remove me.": the adding is told, no opt-in.
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f?.intent === 'opt_in' && f.start < added.start) found.splice(i, 1);
    }
    found.push(added);
  }
  // "Not on WhatsApp please, e-mail is fine" (round 11): a stop on the channel we write on.
  const channel = channelStop(tokens, questions);
  if (channel) found.push(channel);
  // "Who gave you my number?" is a complaint: a who-question counts when nothing in it is a stop.
  const who = whoQuestion(tokens, questions);
  const stopIn = (w: Finding): boolean =>
    found.some((f) => f.intent === 'opt_out' && f.start < w.end && f.end > w.start);
  if (who && !stopIn(who)) found.push(who);
  const foreign = found.length === 0 ? foreignKeyword(tokens) : null;
  const past = signals.some((s) => s.kind === 'past');
  // Traps masked again only when a question needs them (asking.ts).
  let masked: string[] | undefined;
  const untrapped = (): string[] => (masked ??= maskTraps(tokens));
  const toldEnds = signals.filter((s) => s.kind === 'past').map((s) => s.span.end);
  // "I asked you to stop before but changed my mind, send them again" (round 7): the stop
  // asked for before is no "still getting them" complaint once the customer changed their mind.
  // Round 16f: a "still" before the first stop only reports it ("main ne kaha tha, offers band kar
  // do": I had told you, stop the offers); a complaint says it after ("…and they still come").
  const firstStop = Math.min(...found.filter((f) => f.intent === 'opt_out').map((f) => f.start));
  const still =
    signals.some((s) => s.kind === 'still' && s.span.end > firstStop) && !changedMind(tokens);
  const back = foreign || still ? null : comeBack(found, tokens, toldEnds);
  // Round 11c: "te di mi número para el arreglo, no para que me lleguen promociones" denies a
  // purpose ("para que" is no "what for?" there): read after the questions (given-for.ts).
  const given = givenForOtherThings(tokens, questions);
  // Round 14d: "was going to ask how to unsubscribe... never mind, do it for me" (meant-to-ask.ts).
  const asked = handedOver(
    [
      ...askAbout(
        foreign ? [foreign] : back ? [...found, back] : found,
        tokens,
        questions,
        signals,
        untrapped,
      ),
      ...(given ? [given] : []),
    ],
    tokens,
  );
  const read = exclaimedAtOffer(
    weighSignals(
      reconsider(
        backAgain(setErrandsAside(asked, tokens, questions)),
        tokens,
        questions,
        past,
        answered,
      ),
      tokens,
      signals,
      questions,
    ),
    tokens,
    tenant,
    raw,
    emoji,
  );
  const denied = neverJoined(tokens, questions);
  const complaint = closedComplaint(
    setQuotedStopsAside(denied ? [...read, denied] : read, tokens),
    tokens,
    signals,
  );
  // Round 9b: "did I unsubscribe? I got one again" (status), a course, an order or a booking
  // cancelled (no stop), a bot refused (help), "enough, thanks, the black one" (no stop).
  // Round 16: "my son wrote on Monday asking you to remove my number. Was it done?" (status).
  const read9b = askedBeforeIfDone(
    askedIfItWorked(
      putBack(
        setFedUpAside(
          setOtherErrandsAside(
            typedThenAsked(
              askedForTheWayOut(
                confirmsRemoval(setSupposedAside(complaint, tokens, questions), tokens, signals),
                tokens,
                questions,
              ),
              tokens,
            ),
            tokens,
          ),
          tokens,
          questions,
        ),
        tokens,
      ),
      tokens,
      questions,
    ),
    tokens,
    questions,
  );
  // "Basta, grazie" (round 9a, polite-enough.ts): asked about, never acted on at once.
  const read9a = askPoliteEnough(
    setChoiceAside(
      askedForAPerson(setBookedErrandsAside(read9b, tokens), tokens, questions),
      tokens,
    ),
    tokens,
  );
  // Round 10: "con 2 basta", "2個で十分です" (an order), "basta de pensarlo" (no stop).
  // "Mandé STOP sin querer, vuélvanme a meter" (an opt-in: sent-by-mistake.ts).
  // "Flipkart ke emails unsubscribe kar diye, invoice bhej do" (unsubscribed-elsewhere.ts).
  // Round 15b: "unfollowed on Insta, unsubscribed from the mails, here too please": a stop.
  // "abonelikten çık butonu bile yok, neyse, kargom?" (a button named: named-button.ts).
  // Round 11: "no hotel offers, but send me the flight deals" (other-offers-kept.ts) is asked.
  // Round 14f: "new number, send the promos here", "you used to tell me of the sales, I'd like
  // that again" (new-number.ts): an opt-in said sideways.
  // Round 17g: "last week I asked you to add me back… Am I on the list again?" (asked-before.ts):
  // the opt-in only told as asked for before, then asked about, is a status.
  const read10 = askedBackIfDone(
    askOtherOffersKept(
      askedSideways(
        sentByMistake(
          askNamedButtons(
            stoppedHereToo(
              setElsewhereUnsubscriptionsAside(setEnoughOrdersAside(read9a, tokens), tokens),
              tokens,
              questions,
            ),
            tokens,
          ),
          tokens,
        ),
        tokens,
        questions,
      ),
      tokens,
    ),
    tokens,
    questions,
  );
  // Round 11b: "YES", "Ja bitte", "TAK", "はい！" as the whole reply (bare-yes.ts): a likely
  // opt-in. Only an explicit reading (a tenant's own keyword) stands beside it.
  // "Cancel my gym membership", "stop calling the landline" (business-sense.ts): no stop.
  // "What is this message? I never bought anything from you" (what-message.ts): help.
  // Round 12b: "how do I cancel my data bundle?", "block my GCash account", "leave it with the
  // concierge", "don't send the courier today" (service-things.ts): no stop, no help.
  // Round 18f: "how do I get the offers back?", "how do I join your VIP list?" (how-back.ts): an
  // opt-in, not a help question.
  const read11 = askedHowToComeBack(
    askedWhatTheMessageIs(
      setServiceStopsAside(setBusinessSenseAside(read10, tokens), tokens, questions),
      tokens,
    ),
    tokens,
    questions,
  );
  const yes = bareYes(raw, tokens.length, stopEmoji);
  return yes ? [yes, ...read11.filter((f) => f.certainty === 'explicit')] : read11;
}

/**
 * "STOP. 70% off?? does that include the boots" (round 7, offer-reaction.ts): an opening stop
 * keyword, the only stop in the message, followed by a reaction to the offer, is asked about.
 * A tenant's keyword stays explicit.
 */
function exclaimedAtOffer(
  findings: Finding[],
  tokens: readonly string[],
  tenant: TenantPhrases,
  raw: string,
  emoji: readonly string[],
): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out' && f.certainty === 'explicit');
  const opening = stops[0];
  if (
    opening === undefined ||
    stops.some((f) => f.source === 'phrase' || f.start !== 0) ||
    tenant.optOut.some((p) => p.join(' ') === opening.matched) ||
    !reactsToOffer(opening, tokens, raw, emoji)
  )
    return findings;
  return findings.map((f) => (stops.includes(f) ? { ...f, certainty: 'likely' } : f));
}

/**
 * "hatte mich abgemeldet, aber möchte jetzt wieder die Angebote": a come-back (come-back.ts)
 * spans the earlier unsubscription it tells; the opt-out inside it is only told. Only a
 * come-back: an ordinary opt-in rule spanning a stop ("möchte keine Werbung mehr
 * bekommen") must never silence the stop.
 */
function backAgain(findings: readonly Finding[]): Finding[] {
  const back = findings.filter((f) => f.comeBack === true);
  // "aku gak mau ketinggalan promo", "ich will keine Angebote mehr verpassen" (round 8): the
  // stop read inside an opt-in that sounds negative overlaps it, and is no stop.
  const keep = findings.filter((f) => f.keeps === true);
  if (back.length === 0 && keep.length === 0) return [...findings];
  return findings.filter(
    (f) =>
      f.intent !== 'opt_out' ||
      (!back.some((b) => b.start <= f.start && b.end >= f.end) &&
        !keep.some((k) => k.start < f.end && k.end > f.start)),
  );
}

/**
 * The tenant's never-opt-out phrases ("never stop exploring") set aside wherever they occur:
 * their words become clause breaks (same length: question marks keep their positions), so
 * the phrase masks only its own words and a STOP beside it is still a bare keyword ("Stop &
 * Shop STOP").
 */
function maskPhrases(tokens: readonly string[], phrases: readonly string[][]): string[] {
  const out = [...tokens];
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= out.length; i++) {
      if (phrase.every((w, k) => out[i + k] === w)) out.fill(WEAK_BOUNDARY, i, i + phrase.length);
    }
  }
  return out;
}

/**
 * Classify one inbound customer message by the rules alone. Pure: same text and options,
 * same answer. `found` hears the finding that decided and `heard` the signals read (learned.ts
 * weighs both).
 */
export function classifyByRules(
  text: string,
  opts: ClassifyOptions = {},
  found?: (finding: Finding) => void,
  heard?: (signals: readonly Signal[]) => void,
): Classification {
  const tenant = tenantPhrases(opts);
  const tenantWords = new Set([...tenant.optOut, ...tenant.optIn].flat());
  const isWord = (w: string): boolean => VOCABULARY.has(w) || tenantWords.has(w);
  const raw = typeof text === 'string' ? withoutQuotedInstruction(text) : '';
  const answered = typeof text === 'string' ? quotedKeywords(text) : new Set<string>();
  const norm = closePoliteAsides(normalizeText(raw, isWord));
  const stopEmoji = norm.emoji.find((e) => STOP_EMOJI.has(e)) ?? null;
  const angry = norm.emoji.some((e) => ANGER_EMOJI.has(e));
  const none: Classification = {
    intent: 'none',
    certainty: 'none',
    language: 'und',
    scope: 'default',
    categoryId: null,
    matched: null,
  };
  if (!norm.hasWords) {
    return stopEmoji
      ? { ...none, intent: 'opt_out', certainty: 'likely', matched: stopEmoji }
      : none;
  }

  let best: { finding: Finding; tokens: string[] } | null = null;
  const never = (opts.neverOptOut ?? []).map(phraseTokens).filter((p) => p.length > 0);
  // Round 11: "… danh sách chấm tôi chưa bao giờ đăng ký chấm" (dictated marks, dictated.ts).
  for (const variant of variants([...readDictatedMarks(norm.tokens)], isWord)) {
    const tokens = never.length > 0 ? maskPhrases(variant, never) : variant;
    // ("any offers on WhatsApp" asks about no other product: other-channel.ts.)
    // ("apnader byabsa bhalo choluk" blesses the business: no "yours stay", blessing.ts.)
    // ("how do I stop the promos but still get the confirmations?" complains of nothing still
    // coming: round 15c, notices-only.ts.)
    const signals = withoutBlessings(
      withoutChannelProducts(
        [
          ...readSignals(tokens, norm.emoji),
          ...asksForAnother(tokens, norm.questions),
          ...supposedStops(tokens, norm.questions),
        ],
        tokens,
      ),
      tokens,
    ).filter((s) => s.kind !== 'still' || !asksWhatRemains(tokens, s.span, norm.questions));
    if (signals.length > 0) heard?.(signals);
    const finding = bestFinding(
      findAll(
        tokens,
        norm.questions,
        tenant,
        stopEmoji !== null,
        signals,
        raw,
        angry,
        norm.emoji,
        answered,
      ),
    );
    if (finding && (!best || findingRank(finding) > findingRank(best.finding))) {
      best = { finding, tokens };
    }
  }
  const words = (best?.tokens ?? norm.tokens).filter((t) => !isBoundary(t));
  if (!best) return { ...none, language: detectLanguage(words, raw) };

  const { finding, tokens } = best;
  found?.(finding);
  const scope = resolveScope(tokens, finding, tenant);
  return {
    intent: finding.intent,
    certainty: finding.certainty,
    language: finding.foreign ? 'und' : detectLanguage(words, raw, finding.langs, finding.matched),
    scope: scope.scope,
    categoryId: scope.categoryId,
    matched: finding.matched === 'emoji' && stopEmoji ? stopEmoji : finding.matched,
  };
}
