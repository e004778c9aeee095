/**
 * Round 16c of issue 18: stops missed on batches 42-44, read after rounds 16a-b. General language
 * knowledge, to be reviewed by native speakers:
 * - The marketing named first, or with a demonstrative, then refused (c1): Dutch "die berichten
 *   wil ik niet", German "diese Nachrichten will ich nicht", Chinese "这些消息我不要" (the object
 *   topicalised), Arabic "هذه الرسائل ما أبيها", Vietnamese "ko nhận tin quảng cáo" (ko = không,
 *   not receive ad messages; "đã không nhận được" would be a delivery, so the refusal is "nhận"
 *   with no "được"). A colour or a pair of shoes refused stays none: only the marketing words.
 * - The customer taking themselves off (c2): "taking myself off the list", "mi cancello dalla
 *   lista", Tagalog "aalis na ako sa list", Hindi "list se hat raha hoon", Chinese "我退出名单",
 *   Vietnamese "gỡ mình ra" (remove me: the verb gỡ), Indonesian "udah ga minat" (no longer
 *   interested: "udah" makes it a change of mind, no judgement of one product).
 * - Another person removed too (c3), in the orders round 14b's rules missed: the verb last
 *   ("könnt ihr auch meinen Bruder rausnehmen?"), the vosotros and infinitive forms ("sacad
 *   también a mi marido", "potete togliere anche mia moglie"), Chinese "我老公那个号也帮忙取消一下"
 *   (the number first). Round 15f made "add my husband's number too" an opt-in, and the model
 *   learnt "also + a relative" from it: these rules say removal. German "tragt … aus" takes off,
 *   "tragt … ein" puts on: round 14b's "tragt auch meine Frau" read both as a stop; Dutch "haal
 *   mijn vrouw ook eraf" takes off, "haal mijn vrouw ook erbij" brings in (round 14b's "haal"
 *   needs its particle now). `KIN` names the relatives once per language. Also "dejen de
 *   mandarme también las ofertas" (the "too" inside the stop).
 * - A rude dismissal that names the offers (c4): "rot op met je aanbiedingen", "piss off with your
 *   offers", "vete a la mierda con tus ofertas", "dégage avec tes promos". Said alone ("滚",
 *   "defolun", "verpiss dich", "やめろ", "lárguense", "niacheni") it is a keyword of the
 *   language's lexicon; said of anything else ("die buurman kan oprotten") it is none. Tagalog
 *   "hinto na" (stop) and "tantanan nyo ko" (leave me alone), Vietnamese "dùm cái" (a filler:
 *   "stop dùm cái"). Stretched stops: Japanese "やめてーー" and Thai "ไม่เอาาาา" (normalize.ts).
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/** The relatives whose numbers a customer asks to take off too (accusative where it differs). */
const KIN: Partial<Record<Lang, string>> = {
  en: `wife, husband, partner, mum, mom, mother, dad, father, sister, brother, son, daughter,
    girlfriend, boyfriend, grandma, grandad, grandpa, nan, aunt, uncle, mother in law`,
  es: `esposa, esposo, mujer, marido, madre, padre, mama, papa, hermana, hermano, hijo, hija,
    pareja, novia, novio, abuela, abuelo, suegra, suegro, tia, tio`,
  pt: `esposa, marido, mulher, mae, pai, irma, irmao, filho, filha, sogra, sogro, namorada,
    namorado, avo, tia, tio`,
  fr: 'femme, mari, mere, pere, soeur, frere, fils, fille, copine, copain, conjoint, conjointe',
  it: `moglie, marito, mamma, madre, padre, papa, sorella, fratello, figlio, figlia, suocera,
    compagna, compagno, nonna, nonno`,
  de: `frau, mann, mutter, mama, vater, papa, schwester, bruder, sohn, tochter, freundin, freund,
    partner, partnerin, oma, opa`,
  nl: 'vrouw, man, moeder, vader, zus, broer, zoon, dochter, partner, vriendin, vriend, oma, opa',
  id: 'istri, suami, ibu, bapak, ayah, kakak, adik, anak, mama, papa, nyokap, bokap',
  pl: 'zone, meza, mame, matke, tate, ojca, siostre, brata, syna, corke, babcie, dziadka, partnerke',
  ar: 'زوجتي, زوجي, امي, ابوي, ابي, اختي, اخوي, اخي, ابني, بنتي, مرتي',
  zh: '老公, 老婆, 妈, 妈妈, 爸, 爸爸, 姐姐, 妹妹, 哥哥, 弟弟, 儿子, 女儿, 媳妇, 爱人, 家人, 婆婆',
};

/** Romanised Hindi and Urdu, written alike: "I'm getting off the list". */
const HI_UR = `
  out list se (hat|nikal) (raha|rahi) (hoon|hun|hu|hoo)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (taking|take|removing|remove|getting|get) myself off ~2 list
    out (remove|take|delete|unsubscribe|drop) ~2 @kin ~4 (off the list|from the list|off your list|from your list|off the offers)
    out (piss off|get lost|sod off|bugger off|fuck off|f off|naff off|clear off) with ~2 @obj
  `,
  es: `
    out @removeKin ?(tambien) ?a ?(mi|mis) @kin ~4 (tambien|de la lista|de las listas|de las ofertas|de las promos|de la difusion)
    out @removeKin tambien ?a ?(mi|mis) @kin
    outneg (estos|esos|estas|esas|sus|tus|vuestros|vuestras) ~1 @obj no (los|las) (quiero|necesito)
    out (dejen|dejad|deja|deje) de (mandarme|enviarme|mandarnos|enviarnos|mandar|enviar) tambien ~2 @obj
    out (vete|idos|vayanse|vayase|iros) a la mierda con ~2 @obj
  `,
  pt: `
    out (tira|tirem|tire|tirar|remove|remova|removam|remover|exclui|exclua|excluam|excluir|apaga|apague|apaguem|apagar|descadastrar) ~3 @kin ~4 (tambem|da lista)
    out (vai a merda|vao a merda|vai se catar|vao se catar) com ~2 @obj
  `,
  fr: `
    outneg (ces|vos|tes) ~2 @obj ?@brk ~1 (j|je) ?n en veux (pas|plus)
    out (degage|degagez|cassez vous|casse toi|foutez moi la paix|fous moi la paix) avec ~2 @obj
  `,
  it: `
    out (togliete|togliere|togli|rimuovete|rimuovere|rimuovi|cancellate|cancellare|levate|levare) anche ~2 @kin
    outneg (questi|queste|quei|quelle|i vostri|le vostre) ~1 @obj non (li|le) voglio
    out mi (cancello|tolgo|levo) (dalla lista|dalle liste|dalla newsletter|dalle promo|dalle offerte)
    out (andate a quel paese|andate a cagare|andate affanculo|fanculo) con ~2 @obj
  `,
  de: `
    out (auch|ebenfalls) ~2 @kin ~4 (rausnehmen|herausnehmen|entfernen|loschen|austragen|streichen|abmelden)
    out @kin ~2 (auch|ebenfalls) ~4 (rausnehmen|herausnehmen|entfernen|loschen|austragen|streichen|abmelden)
    out (nehmt|tragt|entfernt|loscht|streicht) ~4 @kin ~3 (aus|raus|heraus) ~1 (verteiler|liste|newsletter|@eoc)
    out (entfernt|loscht|streicht) ~2 (auch|ebenfalls) ~3 @kin
    outneg (diese|die|eure|solche|ihre|deine) ~1 @obj (will|mochte|brauche) ich ~1 nicht
    outneg ich (will|mochte|brauche) (diese|die|eure|solche|ihre|deine) ~1 @obj nicht
    out (verpiss dich|verpisst euch|haut ab|hau ab|geht mir weg|bleibt mir weg) mit ~2 (@obj|angeboten|newslettern)
  `,
  nl: `
    outneg (die|deze|al die|jullie|je) ~1 @obj (wil|hoef) ik ?(echt) niet
    outneg ik (wil|hoef) (die|deze|al die|jullie|je) ~1 @obj ?(echt) niet
    out haal ?(ook) (mijn|m n) @kin ~2 (eraf|er ook af|ook af|weg|eruit|uit de lijst|van de lijst)
    out (rot|donder|flikker|sodemieter) ?toch op met ~2 @obj
  `,
  id: `
    out @kin ~3 juga ~3 (dihapus|dikeluarin|dikeluarkan|dihapusin|hapus|keluarin|keluarkan)
    outneg (udah|sudah|dah|udh|uda) (ga|gak|nggak|ngga|enggak|tidak|gk|g) (minat|tertarik|berminat)
  `,
  zh: `
    out @kin ~4 (号|号码|手机号|电话) ~3 也 ~4 (取消|退订|删掉|删了|删除|移除|去掉|拿掉)
    outneg (这些|这种|那些|这类|这样的|你们的) ~4 @obj ~2 我 ?(都|真的|就) (不要|不想要|不需要|不想收)
    out 我 ?(要|先) (退出|退) ~3 (名单|列表|订阅)
  `,
  vi: `
    outneg (ko|k|khong|hok|hong|kg) ?muon nhan (tin quang cao|tin khuyen mai|quang cao|khuyen mai|tin uu dai|uu dai)
    out (go|xoa) (minh|em|toi|tui|to) ra
    outneg (nhung|may) ~1 @obj (nay|do) ~1 (toi|minh|em) (khong|ko|k) (muon|can)
  `,
  ar: `
    outneg (هذه|هذي|هاي|هاذي) ~1 @obj (ما|مش|لا) (ابيها|ابغاها|اريدها|عايزها|بدياها)
    out (احذفوا|احذف|شيلوا|شيل|امسحوا|امسح|طلعوا|ازيلوا) ~2 رقم @kin
  `,
  tl: `
    outneg (ganitong|ganyang|mga ganyang|mga ganitong) ~2 @obj ~1 (ayoko|ayaw ko)
    out (tantanan|tigilan) (nyo|niyo|ninyo|mo) ?na (ako|ko|kami)
    out (aalis|aalis na|umaalis) ~2 ako ~2 sa (list|listahan|group|broadcast)
  `,
  pl: `
    out ?(tez|takze|rowniez) (wypiszcie|wypisac|usuncie|usunac|skreslcie|skreslic) ~2 ?(tez|takze|rowniez) ~2 @kin
    out (wypiszcie|wypisac|usuncie|usunac|skreslcie|skreslic) ~2 @kin ~2 (tez|takze|rowniez)
  `,
  ru: `
    outneg (эти|такие|ваши|эту|вашу) ~1 @obj ?мне ?я не (хочу|нужны|нужна|надо)
  `,
  uk: `
    outneg (ці|такі|ваші|цю|вашу) ~1 @obj ?мені ?я не (хочу|треба|потрібні|потрібна)
  `,
  hi: HI_UR,
  ur: HI_UR,
};

export function round16cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/**
 * Spanish verbs that take someone off: imperatives (ustedes, vosotros, tú) and the infinitive
 * after "¿podéis…?".
 */
const ES_REMOVE = `saquen, sacad, saca, sacar, quiten, quitad, quita, quitar, borren, borrad, borra, borrar,
  eliminen, eliminad, elimina, eliminar, den de baja a, dad de baja a, dar de baja a`;

/** The relatives `@kin` names, and Spanish's removal verbs `@removeKin` (c3). */
export function round16cClasses(lang: Lang): Record<string, string[]> {
  const kin = KIN[lang];
  return {
    ...(kin ? { kin: words(kin) } : {}),
    ...(lang === 'es' ? { removeKin: words(ES_REMOVE) } : {}),
  };
}
