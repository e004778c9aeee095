/**
 * Round 8b of issue 18: slang stops and stops written without diacritics, by CLASS, in the
 * languages where batch12 showed the lexicons missing a form (general language knowledge,
 * to be reviewed by native speakers):
 * - a stop verb with a softening or pressing particle between its parts ("hou maar op",
 *   "hou nou eens op");
 * - negative imperatives of "bring" and "send" in Swahili slang ("msiniletee promo",
 *   "usiniletee matangazo");
 * - "stop" with a Bengali or Banglish verb of doing ("stop koren bhai", "bondho koren");
 * - leaving a list, a campaign or a subscription with Turkish "çıkmak" written without its
 *   diacritics, the noun in any case ("kampanyalarinizdan cikmak istiyorum");
 * - "give it up" in Polish ("odpuśćcie już", "odpuście sobie"), a likely stop (asked first).
 * Spellings of "stop" itself ("stahp") are in chat-spellings.ts.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  nl: `
    out hou (maar|nou|eens|nu|toch|gewoon|ff|even) ?(eens|een keer|toch) op
    out (houd|hou) ~1 op met (die|de|jullie|al die) ~2 (berichten|reclame|acties|aanbiedingen|appjes|spam)
  `,
  sw: `
    out (msiniletee|usiniletee|msiniletei|msiniletea|msinitumie|usinitumie|msinitumiage) ~2 (promo*|ofa|ofa zenu|matangazo|ujumbe|jumbe|meseji|sms)
  `,
  bn: `
    out @bos (stop|bondho|bandho|বন্ধ) (koren|koro|korun|kore den|kore dao|korben|kor|করেন|করুন|করো|করে দেন)
  `,
  tr: `
    out (kampanya*|mesaj*|liste*|bulten*|abonelik*|sms*|bildirim*|reklam*) ~1 (cikmak|cikarilmak|ayrilmak|cikmayi|ayrilmayi) (istiyorum|isterim|istiyoruz)
    out (beni|numarami|numaramı) ~1 (listeden|listenizden|listenizde|kampanyalardan) (cikarin|cikartin|silin|kaldirin)
  `,
  pl: `
    maybe (odpusccie|odpuscie|odpuscicie|odpuśćcie|odpuście) ?(juz|już|sobie|mi)
  `,
};

/** The round-8b rules of one language. */
export function round8bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
