/**
 * Round 18f of issue 18: opt-ins asked in short messages (batch 55). A customer asks to be told
 * of the next sale ("Let me know about the next sale, I'm interested", "Mi avvisate quando
 * partono i saldi?", "Hou me op de hoogte van de volgende uitverkoop", "بلغوني بالتخفيضات
 * الجاية"): being told of the marketing is receiving it, an opt-in. Said of an order or a parcel
 * ("let me know when my order ships") no sale or offer is named. And the plain request to be
 * added again, asked ("¿Me pueden volver a agregar?", "thêm mình lại được không?"), and the
 * Hindi "newsletter subscribe karna hai" (I want to subscribe). Arabic sale words are written
 * without the clitic "بـ": a rule's word is a word of the vocabulary, and "بالعروض" kept whole
 * would no longer be split for the stop rules ("لا أرغب بالعروض").
 * All are `inasked`: most come as a question ("Mi avvisate quando partono i saldi?"), and the
 * question is the request.
 * General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Romanised Hindi and Urdu, written alike: "tell me of the next sale", "I want to subscribe". */
const HI_UR = `
  inasked (agli|agla|next|aane wali) ~2 (sale|offer|offers|discount) ~4 (bata|batana|bata dena|bata dijiye|bata dijiyega|bataiye|batayen|inform)
  inasked (newsletter|offers|offer|list) ~2 (subscribe|join|judna) (karna|karni) hai
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    inasked (let me know|tell me|notify me|keep me posted|keep me updated|give me a heads up|text me|message me) ~4 (next|upcoming|new) ~2 (sale|sales|offers|deals|promo|promos|promotion|promotions|discounts)
    inasked (let me know|tell me|notify me|text me|message me) when ~3 (sale|sales|offers|deals|promo|promos|discounts) ~2 (start|starts|begin|begins|come|comes|is on|are on)
  `,
  es: `
    inasked (avisenme|avisame|avisadme|me avisan|me avisais|me avisas|me pueden avisar|me podeis avisar|mantenganme al tanto|me informan|enterarme|saber) ~4 (proxima|proximas|proximo|proximos|siguiente|siguientes|nuevas) ~2 (rebajas|ofertas|promociones|promos|descuentos|liquidacion|ventas)
    inasked (avisenme|avisame|avisadme|me avisan|me avisais) cuando ~3 (rebajas|ofertas|promociones|descuentos|liquidacion)
    inasked me (pueden|podeis|podrian|podriais|puedes) volver a (agregar|anadir|apuntar|meter|inscribir|incluir|dar de alta)
  `,
  pt: `
    inasked (me avisem|me avisa|me avise|avisem me|me informem|me mantenham informado|me mantenham informada) ~4 (liquidacao|promocao|promocoes|ofertas|descontos|saldao|promo|promos)
  `,
  fr: `
    inasked (prevenez moi|tenez moi au courant|informez moi|previens moi|dites moi) ~4 (soldes|promos|promotions|offres|ventes privees|bons plans)
  `,
  it: `
    inasked (avvisatemi|mi avvisate|fatemi sapere|mi fate sapere|tenetemi aggiornato|tenetemi aggiornata|mi tenete aggiornato|mi tenete aggiornata) ~5 (saldi|offerte|promozioni|sconti|promo)
  `,
  de: `
    inasked (sagt mir bescheid|sag mir bescheid|gebt mir bescheid|haltet mich auf dem laufenden|informiert mich|benachrichtigt mich) ~5 (sale|angebote|rabatte|aktion|aktionen|schlussverkauf|ausverkauf)
  `,
  nl: `
    inasked (hou me op de hoogte|houd me op de hoogte|laat me weten|laat het me weten|stuur me een bericht) ~5 (uitverkoop|aanbiedingen|actie|acties|sale|korting|kortingen)
  `,
  pl: `
    inasked (dajcie znac|dajcie mi znac|informujcie mnie|powiadomcie mnie|dajcie cynk) ~4 (wyprzedaz*|promocj*|ofert*|rabat*|przecen*)
  `,
  ru: `
    inasked (сообщите|сообщайте|дайте знать|предупредите|напишите мне) ~4 (распродаж*|акци*|скидк*)
  `,
  uk: `
    inasked (повідомте|повідомляйте|дайте знати|напишіть мені) ~4 (розпродаж*|акці*|знижк*)
  `,
  tr: `
    inasked (indirim*|kampanya*|firsat*) ~4 (haber verin|haber verir misiniz|bildirin|bildirir misiniz|haberdar edin)
  `,
  id: `
    inasked (kabarin|kabari|infoin|kasih tau|kasih tahu|kabarkan) ~4 (promo|diskon|sale|obral)
  `,
  ms: `
    inasked (bagitau|beritahu|maklumkan) ~4 (promosi|jualan|sale|diskaun|promo)
  `,
  vi: `
    inasked (bao|bao cho|nhan cho) ~3 (minh|em|toi|tui) ~4 (sale|khuyen mai|giam gia|uu dai)
    inasked them (minh|em|toi|tui|chi|anh) lai
  `,
  tl: `
    inasked (sabihan|pasabihan|i update|paki update|pa update|i inform) ~3 (ako|nyo ako|niyo ako|mo ako) ~4 (sale|promo|promos)
  `,
  sw: `
    inasked (nijulisheni|mnijulishe|niambieni|nitaarifuni|mnitaarifu) ~4 (ofa|punguzo|mauzo)
  `,
  hi: `
    ${HI_UR}
    inasked (अगली|अगला) ~2 (सेल|ऑफर) ~4 (बता|बताना|बताइए|बता देना|बता दीजिए)
    inasked (न्यूज़लेटर|न्यूजलेटर|ऑफर|ऑफ़र) ~2 (सब्सक्राइब|जॉइन) (करना|करनी) है
  `,
  ur: `
    ${HI_UR}
    inasked (اگلی|اگلا) ~2 (سیل|آفر|آفرز) ~4 (بتا|بتائیے|بتا دیجیے|بتا دیں|بتانا)
  `,
  bn: `
    inasked (sale|offer|সেল|অফার) ~4 (janaben|janiye diben|janiye deben|জানাবেন|জানিয়ে দিবেন|জানিয়ে দেবেন)
  `,
  ar: `
    inasked (بلغوني|خبروني|علموني|قولولي|ابلغوني|بلغني|عرفوني) ~3 (تخفيضات|التخفيضات|العروض|عروض|الخصومات|التنزيلات)
  `,
  zh: `
    inasked (通知我|告诉我|提醒我) ~4 (促销|打折|优惠|特卖)
  `,
  ja: `
    inasked (セール|キャンペーン|お得情報) ~6 (教えて|知らせて|連絡して)
  `,
};

export function round18fRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
