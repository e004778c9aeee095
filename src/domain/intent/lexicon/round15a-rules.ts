/**
 * Round 15a of issue 18, from batches 37 and 38 (read after round 14) and the lead's own
 * sentences. General language knowledge, to be reviewed by native speakers:
 * - Turkish stops asked as a polite question ("kampanya gönderimini durdurur musunuz?",
 *   "reklam mesajlarını keser misiniz?"): a marketing noun, then the stop verb's question form.
 *   The first person ("nasıl durdurabilirim?") is a help question and is not among the forms.
 * - English "the weekly newsletter can go" beside a service kept; Spanish "me salgo de la lista"
 *   (I leave the list), which only the model had read.
 * - Vietnamese "mấy khuyến mãi thì thôi" (the promotions, never mind them) beside a service kept;
 *   "khuyến mãi giày thì thôi, nhưng túi thì báo mình" declines one offer (the shoes named).
 * - Status checks said as checking: "just checking my opt out went through", "checking whether
 *   you got my STOP", romanised Hindi and Urdu "list se hata diya kya?", French "vérifier que ma
 *   désinscription a bien été prise en compte".
 * - Maghrebi and Egyptian Arabizi: remove me / my number from the list (7aydni, sheelo rakami),
 *   stop the ads (wa9fo l i3lanat), put me back on the list (rage3ouni lel list), who are you and
 *   where did you get my number (shkoun ntouma, mnin jbtou numero dyali), was I removed or not
 *   (etshalt wala la2).
 * - Japanese written in romaji: "mou okuranaide kudasai", "merumaga kaijo onegaishimasu",
 *   "haishin teishi shite kudasai". A bare "okuranaide" must open the clause: "sono shouhin wa
 *   okuranaide" (don't send that item) is an errand.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Was I removed? in romanised Hindi and Urdu, shared by both. */
const REMOVED_FROM_LIST_ASKED = `
    status (list|lisst|लिस्ट) (se|से) ~2 (hata diya|hata dia|hataya|hata diye|nikaal diya|nikal diya|nikal dia|nikala|nikaal diye|हटा दिया|निकाल दिया) ~2 (kya|ki nahi|ya nahi|kia|क्या|कि नहीं)
`;

const RULES: Partial<Record<Lang, string>> = {
  es: `
    out (me salgo|me voy|salgo) de (la lista|esta lista|la difusion|la lista de difusion|sus listas|la lista de ofertas)
  `,
  tr: `
    out (kampanya*|reklam*|promosyon*|indirim*|firsat*|teklif*|bulten*) ~3 (durdurur musunuz|durdurabilir misiniz|durdurur musun|keser misiniz|kesebilir misiniz|kapatir misiniz|kapatabilir misiniz|birakir misiniz|birakabilir misiniz|kaldirir misiniz|kaldirabilir misiniz)
  `,
  vi: `
    out (khuyen mai|quang cao|uu dai|moi moc|chuong trinh giam gia|tin giam gia|tin khuyen mai|tin quang cao) thi (thoi|bo di|khoi|thoi khoi)
  `,
  en: `
    out (the|your|those|all the) ?(weekly|monthly|daily|sale|promo) (newsletter|newsletters|promos|promo ones|promo texts|promo messages|offers|deals|ads|sale texts|sale alerts|sale ones|marketing|marketing ones|marketing texts) can go @eoc
    status (checking|check|confirming|confirm|making sure|make sure) ~3 (my|the) ~1 (opt out|optout|opt-out|unsubscribe|unsubscription|removal|stop|stop request|request) ~2 (went through|has gone through|worked|was processed|got processed|is done|took effect|has taken effect)
    status (checking|check|confirming) (whether|if) you (got|received|saw|processed) my (stop|unsubscribe|opt out|request|message)
  `,
  hi: REMOVED_FROM_LIST_ASKED,
  ur: REMOVED_FROM_LIST_ASKED,
  fr: `
    status (verifier|confirmer|savoir|m assurer) ~3 (que|si) ~2 (ma|mon) (desinscription|desabonnement|demande) ~4 (prise en compte|pris en compte|enregistree|enregistre|passee|passe|effective|effectif)
  `,
  ar: `
    out (7ayd*|7ayed*|7ayad*|7iyd*) ~3 (liste|list|lista|numero|nemra|ra9mi|rakami|rakmi)
    out (sheelo|sheelou|shilo|shilou|sheloo) ~1 (rakami|ra9mi|rakmi|nemrti|numero)
    out (wa9fo|wa9fou|wa2fo|wa2afo|wa2efo|w9fo|wa9ef|wa2af) ~3 (i3lanat|l i3lanat|les promos|promos|offers|3orood|rasayel|l pub|pub|publicite)
    in (rage3ouni|raga3ouni|raj3ouni|rja3ouni|rj3ouni|rag3ouni) ~3 (list|liste|la liste|lista|offers|promos|3orood)
    help (shkoun|chkoun|meen|min|mnu) (ntouma|ntoma|entom|antom|enta|anta|into|intu|nta|entoo)
    help (mnin|mnen|menin|mnain|mn fin|mnen) ~2 (jbtou|jebtou|jbto|gebto|gebtu|gebt|jbt|jebto|gebtoo) ~3 (numero|nemra|nemrti|ra9mi|rakami|rakmi)
    status (etshalt|etshelt|7aydtouni|7aydtoni|7aydtini|shaltoni|sheltoni|etshalet) ~3 (wala la|wla la|wala la2|wla la2|ola la|walla la|wela la)
  `,
  ja: `
    out @bos ?(mou|mo|moo|nidoto) okuranaide ?(kudasai|kure|hoshii|ne|yo|itadakemasu|moraemasu)
    out (merumaga|meru maga|haishin|kyanpen|kokoku|koukoku|tsuuchi|tsuchi|puromo|osirase|oshirase) ~2 (kaijo|teishi|tomete|yamete|stop|sutoppu)
  `,
};

export function round15aRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
