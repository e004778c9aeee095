/**
 * The business's own words quoted (round 8c): "Your message says "Reply STOP to opt out" but I
 * only wanted to ask whether the code works in store", «Vous écrivez « Répondez STOP pour vous
 * désabonner » mais…», 「配信停止はSTOPと返信」とありますが…, Mesajda "Çıkmak için RET yazın"
 * diyor ama…. Text inside quotation marks (every script's: "" “” „“ «» 「」 『』 ‘’ '') that a
 * "you write / your message says / it says" introduces, before or right after it, is a
 * quotation, not the customer's request: it is taken out before the message is read (by the
 * rules and by the learned model). What the customer writes around it still counts ("Your text
 * says "Reply STOP". STOP." stops), and so does a quote of their own ("I already wrote "STOP"
 * three times": a first person before the verb).
 * General language knowledge, to be reviewed by native speakers.
 */
import { phraseTokens } from './normalize';

/** Opening and closing marks, paired. Straight quotes open and close alike. */
const QUOTE =
  /"([^"\n]{2,160})"|“([^”"\n]{2,160})[”"]|„([^“”"\n]{2,160})[“”"]|«([^»\n]{2,160})»|「([^」\n]{2,160})」|『([^』\n]{2,160})』|‘([^’\n]{2,160})’|(?<=^|[\s(:])'([^'\n]{2,160})'(?=$|[\s.,!?;:)\u2013\u2014-])/gu;

/**
 * "It says / you write" before the quote, in every language (lower case; accented and plain).
 * Matched on the 48 characters before the quote.
 */
const LETTERED = [
  // en
  'says?|said|writes?|wrote|written|reads|states|you put|it goes|thinks',
  // de
  'schreiben|schreibt|geschrieben|steht|heißt|heisst|sagt|sagen|meint|meinte',
  // fr
  'écrivez|ecrivez|écrit|ecrit|dit|dites|indiqué|indique|marqué|marque',
  // es, pt, it
  'escriben|escribe|escribieron|escrito|dice|dicen|pone|ponen|decía|decia|diz|dizem|escrevem|escreveram|está escrito|esta escrito|scrivete|scritto',
  // nl, pl, ru
  'schrijven|schrijft|staat|zegt|piszecie|piszą|pisze|napisane|написано|пишете|пишут|сказано|говорится',
  // tr, id, ms, tl, sw, vi
  'yazıyor|yaziyor|yazmışsınız|yazmissiniz|tertulis|ditulis|bilang|katanya|berbunyi|nakasulat|sabi nyo|sinabi|mmeandika|imeandikwa|inasema|mnasema|ghi là|ghi la|viết là|viet la|nói là|noi la',
  // hi, ur, bn, ar
  'likha|likhte|लिखा|लिखते|لکھا|لکھتے|লেখা|লিখেছেন|lekha|كتبتوا|كتبتم|كتبتو|مكتوب|تقول|بتقول|كاتبين',
].join('|');
/** Thai, Chinese: no spaces, no word boundaries to ask for. */
const UNSPACED = 'ว่า|写着|寫著|写的|寫的|写道|提示|显示|說|说';
const BEFORE = new RegExp(`(?<!\\p{L})(?:${LETTERED})(?!\\p{L})|${UNSPACED}`, 'u');

/** Said right after the quote: Turkish "diyor", Japanese "とあります", Thai/Chinese forms. */
const AFTER =
  /^\s*(?:diyor|yazıyor|yaziyor|yazıyorsunuz|yazmışsınız|と(?:あり|書い|書か|言っ|いう|記載)|とのこと|deniyor)/u;

/** A first person just before the verb: the customer quotes themselves. */
const SELF =
  /(?:^|[\s,.;:!?])(?:i|i've|i have|we|je|j'ai|ich|yo|eu|io|ik|ja|я|ben|saya|aku|main|mai|maine|ami|ana|tôi|toi|mình|minh|ako|mimi|ผม|ฉัน|我|私)(?:\s+\S+){0,2}\s*$/u;

/** Whether the 48 characters before a quote introduce it as the business's words. */
function introduced(before: string, after: string): boolean {
  const near = before.slice(-48).toLowerCase();
  if (AFTER.test(after)) return true;
  const m = BEFORE.exec(near);
  if (!m) return false;
  // The verb must be near the quote ("Your message says "…""), not a sentence earlier.
  const tail = near.slice(m.index);
  if (/[.!?]\s/.test(tail)) return false;
  return !SELF.test(near.slice(0, m.index));
}

const ANY_MARK = /["“„«「『‘']/u;

/** A quotation that ends its own sentence ("…berhenti berlangganan.”"). */
const ENDS_SENTENCE = /[.!?\u2026\u3002\uFF01\uFF1F]\s*$/u;

/**
 * The message without the business's words it quotes (the same string when it quotes none).
 * A quotation that ended its sentence leaves the sentence ended (round 17b: "Dalam mesej tuan
 * tertulis: “Balas STOP untuk berhenti melanggan.” STOP. Terima kasih.": the STOP after it is a
 * sentence of its own, not the end of "it says:").
 */
export function withoutQuotedInstruction(text: string): string {
  if (!ANY_MARK.test(text)) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(QUOTE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!introduced(text.slice(0, at), text.slice(end, end + 16))) continue;
    const said = m.slice(1).find((g) => g !== undefined) ?? '';
    out += `${text.slice(last, at)}${ENDS_SENTENCE.test(said) ? ' . ' : ' '}`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

const NO_KEYWORDS: ReadonlySet<string> = new Set();

/** A keyword written in capitals (STOP, BERHENTI, BAJA, İPTAL), three letters or more. */
const CAPITALS = /(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu;

/**
 * The keywords an instruction quoted in the message writes in capitals, folded ("Balas BERHENTI
 * untuk berhenti berlangganan", "Reply STOP to opt out"): the customer who then answers with one
 * of them, alone, follows the instruction (round 17b), whoever's words the quotation is. An
 * instruction names its keyword after a verb ("Reply STOP", 「配信停止はSTOPと返信」) in three words
 * or more; a shout quoted ("my kid yelled “STOP IT” at the TV") opens with it.
 */
export function quotedKeywords(text: string): ReadonlySet<string> {
  if (!ANY_MARK.test(text)) return NO_KEYWORDS;
  const found = [...text.matchAll(QUOTE)].flatMap((m) => {
    const said = m.slice(1).find((g) => g !== undefined) ?? '';
    if (said.trim().split(/\s+/u).length < 3) return [];
    return [...said.matchAll(CAPITALS)]
      .filter((k) => /\p{L}/u.test(said.slice(0, k.index)))
      .map((k) => phraseTokens(k[0]).join(' '));
  });
  return found.length === 0 ? NO_KEYWORDS : new Set(found);
}
