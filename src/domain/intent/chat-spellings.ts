/**
 * Chat spellings read in the language they belong to (round 8b): "nn voglio + ricevere
 * offerte" (nn = non), "k muốn nhận tin nữa" (k = không), "mcm mana nak keluar" (mcm =
 * macam), "j'veux pu" (pu = plus), "q isso?" (q = que). Each lexicon's `slang` is read in
 * every language at once, so it holds only spellings no other language uses; these are
 * short and ambiguous across languages ("k" is "ok" in English chat, "que" in Spanish and
 * "không" in Vietnamese), so they are expanded only when the message's words are of that
 * language. A table per language, general chat knowledge, to be reviewed by native speakers.
 */
import { guessLanguage } from './language';
import { isBoundary, phraseTokens } from './normalize';
import type { Lang } from './types';

const TABLE: Partial<Record<Lang, Record<string, string>>> = {
  it: {
    msg: 'messaggi',
    nn: 'non',
    nnt: 'niente',
    cmq: 'comunque',
    xke: 'perché',
    xché: 'perché',
    sn: 'sono',
  },
  vi: {
    k: 'không',
    kh: 'không',
    kg: 'không',
    hok: 'không',
    hông: 'không',
    hem: 'không',
    dc: 'được',
    đc: 'được',
    km: 'khuyến mãi',
    tn: 'tin nhắn',
    ntn: 'như thế nào',
    r: 'rồi',
  },
  ms: {
    mcm: 'macam',
    camne: 'macam mana',
    tk: 'tak',
    tkde: 'tak ada',
    xde: 'tak ada',
    nk: 'nak',
    dh: 'dah',
    dgn: 'dengan',
    kt: 'kat',
    dr: 'dari',
  },
  id: {
    g: 'gak',
    gx: 'gak',
    kagak: 'gak',
    gada: 'gak ada',
    gaada: 'gak ada',
    ak: 'aku',
    dpt: 'dapat',
  },
  pt: {
    ñ: 'não',
    q: 'que',
    oq: 'o que',
    pq: 'porque',
    tb: 'também',
    td: 'tudo',
    pfv: 'por favor',
    pf: 'por favor',
    mds: 'meu deus',
  },
  es: {
    q: 'que',
    k: 'que',
    ke: 'que',
    pq: 'porque',
    tb: 'también',
    porfa: 'por favor',
    msj: 'mensaje',
    toy: 'estoy',
  },
  fr: {
    pu: 'plus',
    jveu: 'je veux',
    chuis: 'je suis',
    jsuis: 'je suis',
    jpeux: 'je peux',
    jamé: 'jamais',
    koi: 'quoi',
  },
  de: { nix: 'nichts', ned: 'nicht', nimmer: 'nicht mehr', hab: 'habe', grad: 'gerade' },
  en: {
    dnt: 'dont',
    dun: 'dont',
    doesnt: 'doesnt',
    u: 'you',
    ur: 'your',
    plz: 'please',
    pls: 'please',
    msgs: 'messages',
    n: 'and',
  },
  nl: { nie: 'niet', ff: 'even', wss: 'waarschijnlijk', idd: 'inderdaad' },
  pl: { ni: 'nie', nic: 'nic', prosze: 'proszę', juz: 'już' },
  tr: { bisey: 'bir şey', tmm: 'tamam', slm: 'selam', nbr: 'ne haber', artik: 'artık' },
};

/**
 * Spellings of the international keywords no language reads otherwise ("stahp", "stawp",
 * "unsubcribe"): expanded whatever the message's language, so a bare "stahp" is a STOP.
 */
const ANYWHERE: Record<string, string> = {
  stahp: 'stop',
  stawp: 'stop',
  stahhp: 'stop',
  sotp: 'stop',
  stpo: 'stop',
  unsubcribe: 'unsubscribe',
  unsubscibe: 'unsubscribe',
  unsusbcribe: 'unsubscribe',
  unsuscribe: 'unsubscribe',
};
const EVERYWHERE: ReadonlyMap<string, string[]> = new Map(
  Object.entries(ANYWHERE).map(([k, v]) => [k, phraseTokens(v)]),
);

/** Each language's spellings, folded: token → the words it stands for. */
const FOLDED: ReadonlyMap<Lang, ReadonlyMap<string, string[]>> = new Map(
  Object.entries(TABLE).map(([lang, table]) => [
    lang as Lang,
    new Map(Object.entries(table).map(([k, v]) => [phraseTokens(k).join(' '), phraseTokens(v)])),
  ]),
);

/** Every spelling of the table, for a cheap look before the language is guessed. */
const ANY: ReadonlySet<string> = new Set([...FOLDED.values()].flatMap((m) => [...m.keys()]));

/**
 * The tokens with the chat spellings of the message's language written out. A token that is
 * a spelling of no language, or a message whose language cannot be told, stays as it is.
 */
export function expandChatSpellings(tokens: readonly string[]): readonly string[] {
  if (tokens.some((t) => EVERYWHERE.has(t)))
    tokens = tokens.flatMap((t) => EVERYWHERE.get(t) ?? [t]);
  if (!tokens.some((t) => ANY.has(t))) return tokens;
  const lang = guessLanguage(tokens.filter((t) => !isBoundary(t) && !ANY.has(t)));
  const table = lang ? FOLDED.get(lang) : undefined;
  if (!table) return tokens;
  return tokens.flatMap((t) => table.get(t) ?? [t]);
}
