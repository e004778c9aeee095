/**
 * A stop keyword said as an exclamation at an offer (round 7): "STOP. 70% off?? does that
 * include the boots", "STOPP. 30% auf alles??", "STOP 😱 50% off?? totoo ba yan?". The keyword
 * opens the message, and what follows reacts to a price (a percentage, an amount, "2x1", a
 * discount word) with a question or excitement: probably no stop, but we cannot be sure, so
 * the stop is `likely` (one question, never acted on). A message that is only the keyword,
 * a keyword followed by a complaint or a negation ("STOP. I don't care about 70% off"), or a
 * tenant's keyword stays an explicit stop.
 */
import { has, runs } from './asking';
import { ANY_NEGATOR } from './compiled';
import type { Finding } from './finding';

/** A price figure: "70%", "-40 %", "2x1", "$20", "20€", "₹499". */
const FIGURE = /\d\s*%|%\s*\d|\b\d\s*x\s*\d\b|[$€£¥₹]\s*\d|\d\s*[$€£¥₹]/u;

/** Words of a price or a discount, in every language. */
const DISCOUNT = runs(`
  off, discount, sale, cheap, price, half price, free, bogo, descuento, rebaja, rebajas, barato,
  precio, gratis, desconto, barato, preco, preço, promocao relampago, remise, soldes, reduction,
  prix, gratuit, rabatt, reduziert, preis, gratis, sconto, saldi, prezzo, diskon, murah, harga,
  potongan, separuh harga, chhoot, sasta, छूट, سستا, خصم, تخفيض, ببلاش, indirim, ucuz, bedava,
  скидк*, дешев*, бесплатно, korting, goedkoop, gratis, rabat, taniej, tanio, promocja, giam gia,
  giảm giá, re qua, rẻ quá, mura, libre, punguzo, bei, ছাড়, সস্তা, ลดราคา, ส่วนลด, ถูก, 折, 打折,
  优惠, 便宜, 免费, 割引, 安い, 無料, セール
`);

/** Excitement at an offer. */
const EXCITED = new Set(['😍', '🤩', '😱', '😮', '🤯', '👀', '🔥', '😲', '🥳', '❤️', '❤', '💥']);

/** Complaint words: the keyword after them, or with them, is a stop. */
const COMPLAINT = runs(`
  why, enough, spam, annoying, tired, sick of, unsubscribe, remove, por que, por qué, basta,
  spam, pourquoi, warum, perche, perché, kenapa, kyun, kyu, لماذا, ليه, neden, почему, waarom,
  dlaczego, tai sao, bakit, kwa nini, কেন, ทำไม, 为什么, 為什麼, なぜ, なんで
`);

/**
 * Whether the opening keyword `f` is followed by a reaction to an offer: the rest of the
 * message names a price and asks or is excited, and holds no negator and no complaint.
 */
export function reactsToOffer(
  f: Finding,
  tokens: readonly string[],
  raw: string,
  emoji: readonly string[],
): boolean {
  if (f.intent !== 'opt_out' || f.start !== 0 || f.end >= tokens.length) return false;
  const rest = tokens.slice(f.end);
  if (rest.some((t) => ANY_NEGATOR.has(t))) return false;
  if (has(COMPLAINT, rest, 0, rest.length)) return false;
  const price = FIGURE.test(raw) || has(DISCOUNT, rest, 0, rest.length);
  const reacts = raw.includes('?') || raw.includes('？') || emoji.some((e) => EXCITED.has(e));
  return price && reacts;
}
