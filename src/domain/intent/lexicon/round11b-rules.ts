/**
 * Round 11b of issue 18 (general language knowledge, to be reviewed by native speakers):
 * - "I unsubscribed by mistake, can I register again?" (ja "再登録できますか") and Lebanese
 *   Arabizi "ayeh ba3touli el offres el jdide" are opt-ins;
 * - Swahili "Mmeshaniondoa?" (have you removed me already?) is a status question;
 * - one kind of offer asked for is an opt-in: "send me the cheap flight alerts", "bana uçak bileti
 *   kampanyalarını gönderin", "pakisend po sakin yung promo sa flights", "有打折的机票信息发给我吧";
 * - "did you take me off the list?" is a status question where the rules read no stop in it:
 *   Gulf and Levantine Arabic "شلتوني من القائمة ولا لا؟", Spanish "¿ya me borraron?", Portuguese
 *   "já me removeram?", Turkish "numaramı sildiniz mi?" (did-it-work.ts turns the stops read in
 *   such a question into status).
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (can|could|would) you ~1 (send|text|message) me ~3 (deals|offers|promos|alerts|discounts|sales|specials)
  `,
  de: `
    in (schickt|schicken sie|sendet|senden sie|schick|schickts) ?(mir|uns) ~3 (rabatt*|angebot*|aktion*|deals|gutschein*|schnappchen*|schnäppchen*|sale)
  `,
  ru: `
    in (присылайте|пришлите|отправляйте|скидывайте|шлите|присылай|кидайте) ?(мне|нам) ~2 (скидк*|акци*|предложени*|промокод*|распродаж*)
  `,
  uk: `
    in (надсилайте|надішліть|присилайте|шліть|скидайте|надсилай) ?(мені|нам) ~2 (знижк*|акці*|пропозиці*|промокод*|розпродаж*)
  `,
  vi: `
    in (gui|gui cho) (em|minh|toi|tui|anh|chi|con|tao) ~3 (giam gia|khuyen mai|uu dai|sale)
  `,
  es: `
    status ya me (quitaron|sacaron|borraron|eliminaron|dieron de baja|desuscribieron|desinscribieron)
  `,
  pt: `
    status (ja|já) me (removeram|tiraram|excluiram|excluíram|descadastraram|apagaram|cancelaram)
  `,
  tr: `
    status ?(beni|numarami|numaramı|numaramizi|numaramızı) (sildiniz mi|cikardiniz mi|çıkardınız mı|kaldirdiniz mi|kaldırdınız mı)
    in (kampanya*|firsat*|fırsat*|indirim*|teklif*) ~2 (gonderin|gönderin|yollayin|yollayın|atin|atın|gonderir misiniz|gönderir misiniz|gonderebilir misiniz|gönderebilir misiniz)
  `,
  tl: `
    in (pakisend|paki send|pa send|pasend|pakipadala) ~4 (promo|promos|deals|offers|sale|alok|discount|discounts)
  `,
  ja: `
    in (再登録|もう一度登録|登録し直|再度登録) ~3 (できますか|できますでしょうか|したい|したいです|可能ですか|させて)
  `,
  sw: `
    status (mmeshaniondoa|mmeniondoa|mmeshanitoa|mmenitoa|mmeshanifuta|mmenifuta|mmeshaniondolea|mmeniondolea)
  `,
  zh: `
    in (特价|打折|优惠|促销|折扣|特惠|活动) ~8 (发给我|发我|给我发|推给我|发一下给我|告诉我)
  `,
  ar: `
    in (ba3touli|ba3tuli|ba3atouli|eb3atouli|ib3atouli|eb3atooli|ab3atouli|b3atouli|ebaatouli|ba3tli|ib3atli) ~3 (offres|offers|offer|3orood|el 3orood|3rood|3orod|promo|promos|aroud)
    status (شلتوني|حذفتوني|طلعتوني|مسحتوني|شلتوا رقمي|شلتو رقمي|حذفتوا رقمي|مسحتوا رقمي) ~4 (ولا لا|ولا|او لا|أو لا|والا لا|ولا لأ)
    status (هل|خلاص|يعني) (شلتوني|حذفتوني|طلعتوني|مسحتوني|شلتوا رقمي|حذفتوا رقمي)
  `,
};

export function round11bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
