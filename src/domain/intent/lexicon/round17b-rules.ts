/**
 * Round 17b of issue 18: stops said at the end of a long casual message (batch 48's voice notes
 * and chatty stories), where the request is read alone or not at all. Each rule is the request
 * in a form the lexicons missed:
 * - the customer as the object of a removal, said curtly after a complaint, in romanised and
 *   native Hindi, Urdu and Bengali ("…credit card ki offers kyun aa rahi hain? Nikaalein mujhe",
 *   "hata do mujhe", "mujhe list se nikaal do", "amake unsubscribe kore dao", "amake bad dao"):
 *   only the imperative, the pronoun right beside it or the list between them, so that "cart se
 *   shirt nikaal do" (an item) stays none; the object pronoun before the verb also tells a
 *   request from a stop told ("aku unsubscribe Vidio wkwk"), laughter or not;
 * - the offers named before a Swahili negative imperative ("hizo jumbe za punguzo msiniletee
 *   tena": those discount messages, don't bring me them again);
 * - Thai "อันซับให้หน่อย" (unsubscribe me, please), which round 4 read only as a whole message;
 * - the clitic before a modal in Spanish, Portuguese and Italian ("¿Me pueden sacar de la lista
 *   de WhatsApp?", "me podem tirar da lista", "mi potete togliere dalla lista"): a request, asked;
 * - a preference for no more ("Prefiero no recibir más, gracias", "I'd rather not get these any
 *   more"): the negation is the request's own. Said of the offers, or ending the clause;
 * - a removal imperative whose negation would be another form or stand inside the phrase, read
 *   whatever negator comes before it (`outneg`): a voice note runs its reason on without a comma
 *   ("я там больше не живу уберите меня из рассылки", "ilgim yok beni listeden silin", "main ab
 *   wahan nahi rehta list se nikaal do"). Turkish negates a verb by a suffix ("çıkarmayın"), so
 *   "yok" and "değil" before an imperative close their own clause; Russian, Ukrainian and Polish
 *   negate an imperative in the imperfective ("не удаляйте", "nie usuwajcie"), never in these
 *   perfective forms; Hindi and Urdu put "mat/na" between the list and the verb.
 * General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Romanised and native Hindi and Urdu, written alike: the customer removed, curtly. */
const HI_UR_ME = '(mujhe|mujhko|humein|hamein|hume|hame|मुझे|हमें|مجھے|ہمیں)';
const HI_UR_REMOVE =
  '(nikalo|nikaalo|nikaalein|nikalein|nikaal do|nikal do|nikaal dein|nikal dein|nikaal dijiye|nikal dijiye|hata do|hatao|hata dein|hata dijiye|hataiye|निकाल दो|निकालो|निकाल दीजिए|हटा दो|हटाओ|हटा दीजिए|نکال دیں|نکالو|نکال دو|ہٹا دیں|ہٹاؤ|ہٹا دو)';
const HI_UR_LIST = '?(apni|aapki|aap ki|is|iss) (list|group|broadcast|लिस्ट|لسٹ) ?(se|से|سے)';
const HI_UR = `
  out ${HI_UR_ME} ?(${HI_UR_LIST}) ${HI_UR_REMOVE}
  out ${HI_UR_REMOVE} ${HI_UR_ME} (@eoc|${HI_UR_LIST})
  outneg (list|group|broadcast|लिस्ट|لسٹ) (se|से|سے) ${HI_UR_REMOVE}
`;

const RULES: Partial<Record<Lang, string>> = {
  hi: HI_UR,
  ur: HI_UR,
  bn: `
    out (amake|amay|আমাকে|আমায়) ?(list theke|liste theke|লিস্ট থেকে|তালিকা থেকে) (unsubscribe|unsub|remove|delete|bad|baad|sorie|soriye|বাদ|সরিয়ে|রিমুভ|আনসাবস্ক্রাইব) (kore dao|kore din|kore den|koren|koro|dao|din|den|diye dao|diye din|diye den|দাও|দিন|করে দাও|করে দিন)
  `,
  tr: `
    outneg (beni|bizi|numarami|numaramı) ?o ~1 (listeden|listenizden|listesinden|gruptan|listenden) (cikarin|cikartin|silin|cikarir misiniz|silebilir misiniz|cikarabilir misiniz)
  `,
  ru: `
    outneg (уберите|удалите|отпишите|исключите|вычеркните|снимите) ?(пожалуйста) (меня|мой номер) ~2 (из|с|со) ~1 (рассылки|списка|базы|рассылок|листа)
  `,
  uk: `
    outneg (приберіть|видаліть|відпишіть|виключіть|викресліть|зніміть) ?(будь ласка) (мене|мій номер) ~2 (зі|з|із) ~1 (списку|розсилки|бази|розсилок)
  `,
  pl: `
    outneg (usuncie|wypiszcie|wykreslcie|skreslcie|wyrzuccie) ?(prosze) (mnie|moj numer) (z|ze) ~1 (listy|bazy|newslettera|subskrypcji|mailingu)
  `,
  sw: `
    out (jumbe|ujumbe|ofa|matangazo|promo*|meseji|punguzo) ~4 (msiniletee|usiniletee|msiniletei|msiniletea)
  `,
  th: `
    out (อันซับ|อันซับสไครบ์) (ให้หน่อย|ให้ด้วย|ให้ที|ให้เลย|หน่อย)
  `,
  es: `
    out me (pueden|podrian|podeis|puedes|podrias|puede|podria) (sacar|quitar|borrar|eliminar|excluir|dar de baja) ~2 (de|del) ?(la|su|esta|vuestra|tu) @list
    outneg (prefiero|preferimos) no (recibir|recibirlos|recibirlas|seguir recibiendo) (mas|@eoc)
  `,
  pt: `
    out me (podem|podiam|poderiam|pode|podia|poderia) (tirar|remover|retirar|excluir|apagar) ~2 (da|de|do|dessa|desta) ?(sua|seu|vossa) @list
  `,
  it: `
    out mi (potete|potreste|puoi|potresti|puo|potrebbe) (togliere|cancellare|rimuovere|eliminare) ~2 (dalla|dalle|da|dai) @list
  `,
  en: `
    outneg (i d|id|i would|i) (rather|prefer) not ?to (receive|get) ~1 (these|them|any more|anymore|more|any|your|promo*|offers|deals|messages|marketing|ads)
  `,
};

export function round17bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
