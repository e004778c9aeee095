/**
 * Round 11b of issue 18 (general language knowledge, to be reviewed by native speakers):
 * - one kind of offer asked for is an opt-in: "send me the cheap flight alerts", "bana uçak bileti
 *   kampanyalarını gönderin", "pakisend po sakin yung promo sa flights", "有打折的机票信息发给我吧";
 * - "did you take me off the list?" asked in Gulf and Levantine Arabic ("شلتوني من القائمة ولا
 *   لا؟") is a status question (did-it-work.ts reads the other languages' forms of it as done).
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (can|could|would) you ~1 (send|text|message) me ~3 (deals|offers|promos|alerts|discounts|sales|specials)
  `,
  tr: `
    in (kampanya*|firsat*|fırsat*|indirim*|teklif*) ~2 (gonderin|gönderin|yollayin|yollayın|atin|atın|gonderir misiniz|gönderir misiniz|gonderebilir misiniz|gönderebilir misiniz)
  `,
  tl: `
    in (pakisend|paki send|pa send|pasend|i send|isend|padalhan|ipadala|send) ~4 (promo|promos|deals|offers|sale|alok|discount|discounts)
  `,
  zh: `
    in (特价|打折|优惠|促销|折扣|特惠|活动) ~8 (发给我|发我|给我发|推给我|发一下给我|告诉我)
  `,
  ar: `
    status (شلتوني|حذفتوني|طلعتوني|مسحتوني|شلتوا رقمي|شلتو رقمي|حذفتوا رقمي|مسحتوا رقمي) ~4 (ولا لا|ولا|او لا|أو لا|والا لا|ولا لأ)
    status (هل|خلاص|يعني) (شلتوني|حذفتوني|طلعتوني|مسحتوني|شلتوا رقمي|حذفتوا رقمي)
  `,
};

export function round11bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
