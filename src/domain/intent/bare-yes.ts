/**
 * A bare yes (round 11b): "YES", "Ja bitte", "Sí, por favor 👍", "TAK", "はい！", "ใช่ค่ะ", "要！",
 * the whole reply to a promotion's "Reply YES to get the offers", in any of the 23 languages.
 *
 * It is a `likely` opt-in, never an explicit one: a yes also answers the service's own question
 * ("did you mean stop?") and the tenant's bots' questions. The conversation (decideReply) reads a
 * typed answer to a pending question before any `likely` intent, so "yes" there still confirms the
 * stop it was asked about; a likely opt-in records nothing by itself. The reading matters where the
 * reply is counted and shown, and it keeps a Polish "TAK" from being read as Malay "tak" (no).
 *
 * Only the whole message: a yes word with nothing but politeness ("please", "thanks", "of
 * course"), another yes, or emoji. A yes inside a longer message ("yes it came this morning",
 * "はい、届きました", "yes, unsubscribe me") keeps whatever the rest of the rules read. A question
 * ("yes?", "Sí?") is no answer.
 */
import type { Finding } from './finding';
import type { Lang } from './types';

/**
 * Yes words, by language (NFKC lower case, as typed: with and without accents). Egyptian "ايه"
 * (what?) is left out; Lebanese Arabizi "ayeh" is in.
 */
const YES: Readonly<Record<string, readonly string[]>> = {
  en: ['yes', 'yeah', 'yep', 'yup', 'yea', 'absolutely', 'definitely'],
  de: ['ja', 'jawohl', 'gerne', 'gern'],
  nl: ['ja', 'jazeker', 'zeker', 'graag'],
  fr: ['oui', 'ouais', 'volontiers'],
  es: ['sí', 'si', 'claro'],
  it: ['sì', 'si', 'certo', 'volentieri'],
  pt: ['sim', 'claro'],
  pl: ['tak', 'jasne'],
  ru: ['да', 'ага', 'конечно', 'давайте'],
  uk: ['так', 'звісно', 'авжеж'],
  tr: ['evet', 'tabii', 'tabi'],
  ar: [
    'نعم',
    'ايوه',
    'ايوة',
    'أيوه',
    'أيوة',
    'اي',
    'أكيد',
    'اكيد',
    'طبعا',
    'aywa',
    'aiwa',
    'ayeh',
    'na3am',
  ],
  ur: ['جی', 'ہاں', 'ہان', 'haan', 'haanji', 'han'],
  hi: ['हाँ', 'हां', 'जी', 'haan', 'haa', 'haanji', 'bilkul'],
  bn: ['হ্যাঁ', 'হ্যা', 'হা', 'জি', 'জ্বি', 'hya'],
  th: ['ใช่', 'สนใจ', 'เอา'],
  vi: ['có', 'co', 'vâng', 'vang', 'dạ', 'ừ'],
  tl: ['oo', 'opo', 'oho', 'yes'],
  sw: ['ndiyo', 'ndio', 'naam'],
  ms: ['ya', 'iya', 'yup', 'ye', 'boleh'],
  id: ['ya', 'iya', 'iyaa', 'yup', 'yoi', 'boleh'],
  ja: ['はい', 'ええ', 'うん', 'ぜひ', '是非'],
  zh: ['是', '是的', '要', '对', '對', '要的'],
};

/**
 * Politeness and kin that may stand beside a yes without changing it (any language: a reply
 * mixes them, "YES ครับ", "haan ji", "Ya kak"). No word of wanting or refusing: "tak nak" (ms,
 * don't want) must not read as Polish "tak" + something.
 */
/** Polish please and thanks: courtesy words, and the company that makes "tak" Polish. */
const POLISH_COURTESY: readonly string[] = [
  'poproszę',
  'proszę',
  'prosze',
  'poprosze',
  'dziękuję',
  'dziekuje',
  'dzięki',
  'dzieki',
];

const POLITE = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thank',
  'you',
  'ok',
  'okay',
  'of',
  'course',
  'sure',
  'bitte',
  'danke',
  'gerne',
  'hoor',
  'graag',
  'merci',
  'svp',
  'bien',
  'sûr',
  'sur',
  'por',
  'favor',
  'gracias',
  'per',
  'favore',
  'grazie',
  'obrigado',
  'obrigada',
  ...POLISH_COURTESY,
  'пожалуйста',
  'спасибо',
  'конечно',
  'дякую',
  'будь',
  'ласка',
  'lütfen',
  'lutfen',
  'teşekkürler',
  'tesekkurler',
  'teşekkür',
  'ederim',
  'من',
  'فضلك',
  'لو',
  'سمحت',
  'شكرا',
  'plz',
  'ji',
  'जी',
  'ज़रूर',
  'जरूर',
  'zaroor',
  'জি',
  'ধন্যবাদ',
  'ạ',
  'a',
  'nhé',
  'nha',
  'ah',
  'po',
  'naman',
  'salamat',
  'tafadhali',
  'asante',
  'sana',
  'kak',
  'dong',
  'sis',
  'bro',
  'bhai',
  'ya',
  'terima',
  'kasih',
  'makasih',
  'sip',
  // "OK" words: beside a yes, never one by themselves ("sawa", "dale" answer anything).
  'sawa',
  'sige',
  'dale',
  'klar',
  'olur',
  'bora',
  // Wanting, beside a yes: "Ya, mau", "sim, quero" (never beside "tak": see TAK_COMPANY).
  'mau',
  'nak',
  'quero',
  'quiero',
  'voglio',
  'want',
]);

/** Pieces of unspaced scripts (Thai, Japanese, Chinese) that may stand beside a yes. */
const POLITE_UNSPACED = [
  'ครับ',
  'ค่ะ',
  'คะ',
  'จ้า',
  'จ้ะ',
  'นะ',
  'ขอบคุณ',
  'お願いします',
  'おねがいします',
  'お願い',
  'ください',
  'です',
  'します',
  '谢谢',
  '謝謝',
  '请',
  '請',
  '啊',
  '呀',
  '吧',
];

const LANG_OF = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(YES)) {
  for (const w of words) LANG_OF.set(w, [...(LANG_OF.get(w) ?? []), lang as Lang]);
}

/** Polish yes: the Malay and Indonesian "tak" means "not", so it keeps Polish company only. */
const TAK_COMPANY = new Set(['tak', ...POLISH_COURTESY, 'jasne', 'please', 'ok', 'okay']);

const UNSPACED = /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The yes and polite pieces of the unspaced scripts. */
const PIECES = [...LANG_OF.keys(), ...POLITE_UNSPACED].filter((p) => UNSPACED.test(p));

/** A run of an unspaced script cut into yes and polite pieces, or null. */
function cut(run: string): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= run.length; i++) {
    best[i] = null;
    for (const p of PIECES) {
      const from = i - p.length;
      const before = from >= 0 ? best[from] : null;
      if (before && run.slice(from, i) === p) {
        best[i] = [...before, p];
        break;
      }
    }
  }
  return best[run.length] ?? null;
}

/** A letter repeated for emphasis ("yesss", "SIII", "jaaa"), read once. */
const squeeze = (w: string): string => w.replace(/(\p{L})\1+/gu, '$1');

/**
 * The bare yes the message is, as a `likely` opt-in finding over the whole message, or null.
 * `raw` is the text as written (quoted instructions removed); `stopEmoji` a stop emoji in it.
 */
export function bareYes(raw: string, tokenCount: number, stopEmoji: boolean): Finding | null {
  if (stopEmoji || raw.includes('?') || raw.includes('？') || raw.length > 60) return null;
  const text = raw.normalize('NFKC').toLocaleLowerCase();
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0 || words.length > 5) return null;
  const pieces: string[] = [];
  for (const w of words) {
    if (UNSPACED.test(w)) {
      const parts = cut(w);
      if (!parts) return null;
      pieces.push(...parts);
    } else if (LANG_OF.has(w) || POLITE.has(w)) pieces.push(w);
    else if (LANG_OF.has(squeeze(w))) pieces.push(squeeze(w));
    else return null;
  }
  const yes = pieces.filter((p) => LANG_OF.has(p));
  const first = yes[0];
  if (first === undefined) return null;
  // At least one yes word: politeness alone ("ok thanks", "sawa asante") is no yes.
  if (pieces.includes('tak') && !pieces.every((p) => TAK_COMPANY.has(p))) return null;
  const langs = [...new Set(yes.flatMap((p) => LANG_OF.get(p) ?? []))];
  return {
    intent: 'opt_in',
    certainty: 'likely',
    matched: first,
    langs,
    start: 0,
    end: tokenCount,
    source: 'message',
    all: false,
  };
}
