/**
 * Round 7b of issue 18: opt-in requests by CLASS, in the languages where their shape fits one
 * clause (general language knowledge, to be reviewed by native speakers):
 * - tell me when: "tell me when there's a sale", "avísame cuando haya ofertas", "kabarin
 *   kalau ada promo", "有优惠的时候告诉我": a request to be told of the marketing is an opt-in
 *   (a request about an order names no marketing: "let me know when my order ships"). "If"
 *   is left out in English ("let me know if the offer is still valid" asks about one offer).
 *   German, Russian and Polish put a comma before "when" ("sagt mir Bescheid, wenn...",
 *   "сообщите, когда..."), which a rule does not cross: left to the learned model (`likely`).
 *   Japanese has none: "また次のセールは教えてください" after one offer declined ("今回のはパスで") keeps
 *   things as they are, and the decline has no signal there yet;
 * - me too: "add my number too", "agreguen mi número también", "ajoutez mon numéro aussi":
 *   the customer asks to join beside someone else.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (tell|let|notify|inform|text|message|ping|alert) me ~2 (when|whenever|next time) ~4 (sale|sales|offer*|discount*|deal*|promo*)
    in (add|include|put) (my number|me) ~3 (too|as well|also)
  `,
  es: `
    in (avisame|avisenme|avisen|digame|diganme|decime|informenme|notifiquenme|escribanme) ~3 cuando ~4 (ofertas|promo*|descuentos|rebajas|liquidacion)
    in (agreguen|agrega|agrega|anadan|sumen|incluyan|pongan) ~1 (mi numero|me) ~2 (tambien)
  `,
  pt: `
    in (me avisa|me avisem|me avise|avisa|avisem|me fala|me falem|me chama) ~3 quando ~4 (promo*|ofertas|descontos|liquidacao)
    in (adiciona|adicionem|adicione|coloca|coloquem|inclui|incluam|poe|ponham) ~1 (meu numero|me) ~2 (tambem)
  `,
  fr: `
    in (prevenez moi|previens moi|dites moi|tenez moi au courant|informez moi|avertissez moi|ecrivez moi) ~3 (quand|lorsqu|lorsque|des qu) ~5 (promo*|offres|soldes|reductions|bons plans)
    in (ajoutez|ajoute|mettez|rajoutez|inscrivez) (mon numero|moi) ~2 (aussi|egalement)
  `,
  de: `
    in (fugt|fuge|nehmt|tragt|setzt) ~1 meine nummer ~2 (auch|ebenfalls)
  `,
  it: `
    in (avvisatemi|avvisami|fatemi sapere|mi avvisate|scrivetemi|ditemi) ~3 quando ~4 (offerte|promo*|sconti|saldi)
    in (aggiungete|aggiungi|inserite|mettete) anche (il mio numero|me)
  `,
  id: `
    in (kabarin|kabari|infoin|kasih tau|kasih tahu|kabarkan) ~2 (kalau|kalo|klo|pas|kapan) ~3 (promo*|diskon|sale)
    in (tambahin|tambahkan|masukin|masukkan) ~1 (nomor|nomorku|nomer) ~2 juga
  `,
  ms: `
    in (bagitau|bagitahu|beritahu|roger) ~2 (kalau|bila) ~3 (promo*|tawaran|diskaun|sale)
  `,
  hi: `
    in (jab|jaise hi) ~3 (sale|offer|offers|discount) ~3 (batana|batao|bataiye|bata dena|message karna|bhej dena|inform karna)
  `,
  ur: `
    in (jab|jaise hi) ~3 (sale|offer|offers|discount) ~3 (batana|batayen|bataen|bata dena|message karna|bhej dena)
  `,
  tr: `
    in (indirim|kampanya|firsat) ~3 (olunca|oldugunda|olursa) ~2 (haber verin|haber ver|bildirin|yazin)
  `,
  nl: `
    in (laat|laten) (me|mij|het) ~1 weten ~2 (wanneer|zodra) ~3 (aanbiedingen|acties|korting|uitverkoop)
  `,
  vi: `
    in (khi nao|khi|luc nao) ~2 co ~2 (khuyen mai|uu dai|giam gia|sale) ~3 (bao|nhan)
  `,
  tl: `
    in (sabihan|i message|imessage|itext|i text) ~2 (nyo|niyo|mo) ~1 ?(ako|po) ~2 (pag|kapag) ~3 (sale|promo*|discount)
  `,
  sw: `
    in (nijulishe|nijulisheni|niambie|niambieni) ~2 (kukiwa|mkiwa|mtakapokuwa) ~3 (ofa|punguzo|promo*)
  `,
  ar: `
    in (قولولي|بلغوني|خبروني|ابلغوني) ~2 (لما|اذا) ~3 (عروض|تخفيضات|خصومات)
  `,
  zh: `
    in 有 ~2 (优惠|促销|活动|打折) ~6 (告诉我|通知我|说一声)
  `,
};

/** The round-7b rules of one language; trailing gaps dropped as in rounds 3 to 6. */
export function round7bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '').map((r) => ({ ...r, p: r.p.replace(/(\s+~\d+)+$/, '') }));
}
