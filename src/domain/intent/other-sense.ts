/**
 * Stop words in another sense (round 9b; the traps of lexicon/round9b-rules.ts mask them for the
 * rules): "yeter ki" (as long as), "basta che", "хватит ли" (is it enough?), "band dikh raha hai"
 * (shows as closed); round 12: "no more sugar in my tea", "不要再加冰了", "送料を外して" (a fee
 * taken off). The learned model sees the stop word's letters and may raise a stop the
 * rules set aside on purpose: learned.ts closes it when one of these stands in the message.
 *
 * And "enough, thanks, I'll take the black one" ("Yeter, teşekkürler, siyahı alıyorum", "大丈夫
 * です、黒でお願いします"): an "enough" or "no thanks" beside a colour or a size chosen ends a
 * choice, not the marketing. Only `likely` stops are set aside, and only when no marketing is
 * named: "Enough! Stop texting me" and "no thanks, no more promos, I'll keep the black one" stay.
 */
import { has, runs } from './asking';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';

const OTHER_SENSE = runs(`
  yeter ki, yeterki, basta che, con eso basta, eso basta, basta con, basta y sobra, basta uno, basta una,
  хватит ли, чи вистачить, enough for, big enough, good enough, fair enough, genoeg voor, starczy na, starczy mi,
  czy starczy, wystarczy na, czy wystarczy, ca suffit pour, suffit pour, es reicht fur, reicht fur, band dikh*,
  band dikha*, band dikhai*, kab khulega, kab khulegi, ainda chega, chega amanha, quando chega, chega pra
  ,
  no more sugar, no more ice, no sugar, less sugar, sin azucar, sin azúcar, sem acucar, sem açúcar, sans sucre,
  ohne zucker, zonder suiker, senza zucchero, bez cukru, без сахара, без цукру, sekersiz, şekersiz, tanpa gula,
  gula lagi, jangan pakai gula, khong duong, không đường, walang asukal, bila sukari, بدون سكر, cheeni mat,
  chini mat, চিনি দিবেন না, চিনি দেবেন না, ไม่ใส่น้ำตาล, ไม่หวาน, 不要再加, 别再加, 不加糖, 去冰, 少糖, 砂糖なし,
  氷なし, 料を外して
`);

/** A colour or a size chosen (whole phrases: single colour words are too common). */
const CHOICE = runs(`
  the black one, the white one, in black, in white, black please, size s, size m, size l, size xl,
  die schwarze, das schwarze, den schwarzen, in schwarz, grosse m, größe m, le noir, la noire, en noir, taille m,
  el negro, la negra, en negro, talla m, o preto, a preta, de preto, tamanho m, quella nera, quello nero, taglia m,
  de zwarte, in het zwart, maat m, czarną, czarna poproszę, rozmiar m, черный пожалуйста, чёрный пожалуйста,
  черную, чорний будь ласка, чорну, siyahi aliyorum, siyahı alıyorum, siyah olsun, beden m, yang hitam, warna hitam,
  saiz m, mau hitam, màu đen, mau den, lấy màu, size m nhé, yung itim, itim na lang, nyeusi tafadhali, nitachukua nyeusi,
  kala wala, black wala, اللون الاسود, اللون الأسود, الاسود, สีดำค่ะ, เอาสีดำ, 黑色的, 要黑色, 黒で, 黒にします, 黒でお願いします
`);

export function usesStopWordOtherwise(tokens: readonly string[]): boolean {
  const all = tokens.length;
  return (
    has(OTHER_SENSE, tokens, 0, all) ||
    (has(CHOICE, tokens, 0, all) && !has(MARKETING, tokens, 0, all))
  );
}

/** The findings without their likely stops when the message ends a choice (above). */
export function setChoiceAside(findings: Finding[], tokens: readonly string[]): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out');
  // Keywords ("STOPでお願いします") and explicit stops stay.
  if (stops.length === 0 || stops.some((f) => f.certainty === 'explicit' || f.source === 'message'))
    return findings;
  const all = tokens.length;
  if (!has(CHOICE, tokens, 0, all) || has(MARKETING, tokens, 0, all)) return findings;
  return findings.filter((f) => f.intent !== 'opt_out');
}
