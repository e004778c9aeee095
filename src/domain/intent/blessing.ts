/**
 * "Apnader byabsa bhalo choluk" (may your business go well), "aapka dhandha khoob chale",
 * "biashara yenu iendelee vizuri" (round 11c): a blessing closing a refusal names the business
 * and wishes it to go on. The rules that read "yours stay / yours keep coming" (an `others`
 * signal: no stop of ours, round 4) must not read it, or "thanks, I don't need the offers,
 * may your business go well" loses its stop. An `others` signal whose span names the business
 * itself is set aside. General language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import type { Signal } from './signals';

/** The business itself: the shop, the trade, the work. */
const BUSINESS = runs(`
  business, byabsa, byabsha, bebsha, ব্যবসা, ব্যাবসা, dokan, দোকান, kaj, কাজ, dhandha,
  dhanda, धंधा, धंधे, karobar, kaarobar, कारोबार, کاروبار, dukaan, dukan, दुकान, دکان, kaam, काम,
  کام, biashara, duka, تجارتكم, شغلكم, محلكم
`);

/** The signals without a "yours stay" that is a blessing of the business. */
export function withoutBlessings(signals: readonly Signal[], tokens: readonly string[]): Signal[] {
  return signals.filter(
    (s) => s.kind !== 'others' || !has(BUSINESS, tokens, s.span.start, s.span.end),
  );
}
