/**
 * Round 14e of issue 18: batch 36's stops hidden in jokes and hints. General language
 * knowledge, to be reviewed by native speakers:
 * - c3, a hint with a wish: "let's call it a day with these", "Ohne mich ab jetzt", "count me
 *   out from now on", "Może po prostu przestańcie, co?" (maybe just stop), "tolong jangan
 *   bagitau saya dah" (don't tell me any more), "ما أبي شي منكم بعد اليوم" (I want nothing from
 *   you after today), "pedir … pra não receber mais as propagandas" (ask not to receive them
 *   any more), "smettete di mandarle" (stop sending them, the pronoun joined to the verb): a
 *   stop, said of the messages, so laughter or a story beside it leaves it one (`outwry`);
 * - c4, the offers asked for as pointless: "no tiene caso que me sigan mandando promociones",
 *   "gửi khuyến mãi cho mình cũng chẳng để làm gì", "es hat keinen Sinn, mir weiter Angebote
 *   zu schicken": a stop, where "keep sending promotions" inside it read as an opt-in (the
 *   longer stop covers it). A move told beside it ("me mudé a Monterrey") is the reason. Only
 *   the offers count: "no point sending me the invoice twice" is no stop;
 * - in the lexicons: Italian removals with the customer joined to the verb ("cancellatemi",
 *   it.ts `remV`) and Swahili "msinitumie" (sw.ts `send`) name a request, which laughter leaves
 *   a stop (signals.ts); Tagalog "nag-unsubscribe ako" tells a stop done (tl.ts `past`); English
 *   "stop calling me Mr" names what the customer is called (a trap below).
 * The stop of the tempting before an order ("stop tempting me 😩 send the blue one", c1) is read
 * in enough-order.ts, laughter beside a request (c2) in signals.ts.
 */
import type { Lang } from '../types';
import {
  AR_OFFERS,
  DE_OFFERS,
  EN_OFFERS,
  ES_OFFERS,
  FR_OFFERS,
  ID_OFFERS,
  IT_OFFERS,
  JA_OFFERS,
  MS_OFFERS,
  NL_OFFERS,
  PL_OFFERS,
  PT_OFFERS,
  RU_OFFERS,
  SW_OFFERS,
  TL_OFFERS,
  TR_OFFERS,
  UK_OFFERS,
  ZH_OFFERS,
} from './round13b-rules';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outwry (from now on|going forward|from here on) ?@brk count me out
    outwry (let s|lets|let us|time to|think we should|we should|i say we) call it a day with (these|them|this|your|the|all these|all your|all the) ~1 ?${EN_OFFERS}
    outwry count me out (from now on|going forward|from here on|from today|of these|of your ${EN_OFFERS}|of the ${EN_OFFERS})
    out (maybe|how about you|why not|could you) just stop ~1 (eh|yeah|ok|okay|already|please|maybe|no|@eoc)
    outwry (dont|don t|do not) tell me (any more|anymore|about your ${EN_OFFERS}|about the ${EN_OFFERS}|about any more ${EN_OFFERS})
    outwry (i|we) (dont|don t|do not) want (anything|nothing|any more|more) from you ~1 (after today|from now on|anymore|any more|again|ever again)
    outwry (pointless|useless|no use|no sense|no point|a waste|waste of time) ~3 (sending|to send|to keep sending|texting|to text) ~2 (me|us) ~2 ${EN_OFFERS}
  `,
  es: `
    outwry (dejen|deja|dejad|paren|para|parad) de (mandarlas|mandarlos|enviarlas|enviarlos|mandarmelas|mandarmelos|enviarmelas|enviarmelos)
    outwry no (tiene|tiene ningun|hay) (caso|sentido|punto) ~1 (que|en que) ~2 (sigan|sigas|sigais|me sigan|me sigas) ~1 (mandando|enviando|mandandome|enviandome) ~2 ${ES_OFFERS}
    outwry (no tiene caso|no tiene sentido|es inutil|no sirve de nada|de nada sirve) ~2 (mandarme|enviarme|que me manden|que me envien) ~2 ${ES_OFFERS}
    outwry (no me avisen|no me avises|no me cuenten|no me digan) mas ~3 ${ES_OFFERS}
    outwry (no quiero|ya no quiero) (nada|nada mas) de (ustedes|vosotros) ~1 (a partir de hoy|desde hoy|nunca mas|@eoc)
    outwry (a partir de ahora|desde ahora|de ahora en adelante) (sin mi|cuenten sin mi)
    outwry (cuenten|contad) sin mi ~2 (a partir de ahora|desde ahora|de ahora en adelante|@eoc)
  `,
  pt: `
    outwry (pedir|peco|pedindo) ~4 (pra|para|de) nao (receber|recebe) mais ~2 ${PT_OFFERS}
    outwry (nao faz sentido|nao adianta|e inutil) ~2 (mandar|enviar|voces mandarem|continuarem|me mandarem|continuar) ~3 ${PT_OFFERS}
    outwry nao quero mais nada de voces ~1 (a partir de hoje|depois de hoje|@eoc)
    outwry (nao me avisem|nao me contem) mais ~3 ${PT_OFFERS}
  `,
  fr: `
    outwry (arretez|arrete|cessez|cesse) de (les|me les) (envoyer|balancer)
    outwry (ca ne sert a rien|inutile|ca sert a rien) ~2 (de continuer a|de|d) ~1 (m envoyer|me les envoyer|m ecrire) ~3 ${FR_OFFERS}
    outwry (ne me prevenez plus|ne me parlez plus) ~3 ${FR_OFFERS}
    outwry (je ne veux plus rien de vous|je veux plus rien de vous)
    outwry (sans moi|comptez sans moi) (desormais|a partir de maintenant|dorenavant)
    out (vous pourriez|pourriez vous|vous pouvez|pouvez vous) juste arreter ~1 (non|svp|s il vous plait|@eoc)
  `,
  it: `
    outwry (smettete|smettetela|smettila|basta) (di|a) (mandarle|mandarli|inviarle|inviarli|mandarmele|mandarmeli|inviarmele|inviarmeli)
    outwry (non ha senso|e inutile|non serve a niente|non serve a nulla) ~2 (mandarmi|inviarmi|che mi mandiate|che continuiate|continuare) ~3 ${IT_OFFERS}
    outwry non voglio piu (niente|nulla) da voi
    outwry (da ora in poi|d ora in poi|da adesso) senza di me
  `,
  de: `
    outwry ohne mich (ab jetzt|ab sofort|ab heute|in zukunft|kunftig|bitte)
    outwry (ab jetzt|ab sofort|ab heute|in zukunft|kunftig) ohne mich
    outwry (hat keinen sinn|macht keinen sinn|bringt nichts|ist sinnlos|ist zwecklos|lohnt sich nicht) ?@brk ~4 ${DE_OFFERS} ~2 (zu schicken|zu senden|zuzuschicken|zu schreiben)
    outwry (hat keinen sinn|macht keinen sinn|bringt nichts|ist sinnlos|ist zwecklos) ~3 (zu schicken|zu senden|zuzuschicken) ~2 ${DE_OFFERS}
    outwry (ich will|ich mochte) (nichts mehr|nix mehr) von (euch|ihnen) ~1 (ab heute|ab jetzt|@eoc)
    outwry (sagt|sagen sie) mir ~2 (nicht mehr|nie mehr) bescheid ~3 ${DE_OFFERS}
  `,
  nl: `
    outwry (heeft geen zin|heeft geen nut|is zinloos|is nutteloos) ~5 ${NL_OFFERS} ~1 (te sturen|te blijven sturen|te appen)
    outwry (heeft geen zin|heeft geen nut|is zinloos|is nutteloos) ~3 (te sturen|te blijven sturen|sturen) ~3 ${NL_OFFERS}
    outwry (vanaf nu|voortaan) zonder mij
  `,
  pl: `
    out moze (po prostu|wreszcie|juz) (przestancie|przestan|dajcie spokoj|dajcie sobie spokoj)
    outwry (nie ma sensu|bez sensu|szkoda) ~2 (wysylac|przysylac|wysylania) ~3 ${PL_OFFERS}
    outwry nie chce juz nic od was
  `,
  ru: `
    outwry (нет смысла|бессмысленно|бесполезно) ~3 (присылать|слать|отправлять|писать) ~3 ${RU_OFFERS}
    outwry ничего (больше|уже) (от вас|не хочу от вас) ~1 (не хочу|не надо|@eoc)
  `,
  uk: `
    outwry (немає сенсу|нема сенсу|безглуздо|марно) ~3 (надсилати|слати|присилати|писати) ~3 ${UK_OFFERS}
  `,
  tr: `
    outwry ${TR_OFFERS} ~2 (gondermenizin|atmanizin|atmanızın) ~1 (anlami yok|anlamı yok|bir anlami yok|bir anlamı yok|geregi yok)
  `,
  id: `
    outwry (jangan|gak usah|ga usah|nggak usah|tidak usah) (kasih tau|kasih tahu|kabarin|ngabarin|infoin) (aku|saya|gue|gw) ~1 (lagi|lg) ~3 ?${ID_OFFERS}
    outwry (percuma|sia sia|gak ada gunanya|ga ada gunanya|tidak ada gunanya) ~3 (kirim|ngirim|kirimin|dikirim) ~3 ${ID_OFFERS}
  `,
  ms: `
    outwry (jangan|tak payah|tak perlu|x payah) (bagitau|bagitahu|beritahu|bagi tahu|maklumkan|inform) (saya|aku|sy) ~1 (dah|lagi|lg)
    outwry (tak guna|tiada guna|sia sia|buang masa) ~3 (hantar|hantarkan|menghantar) ~3 ${MS_OFFERS}
  `,
  ar: `
    outwry (ما|مش|مو) (ابي|ابغى|ابغي|بدي|اريد|عايز|عاوز) (شي|شيء|حاجه|حاجة|اي شي|أي شي) (منكم|منكو) ~1 (بعد اليوم|بعد الحين|من اليوم|بعد كذا|تاني|بعد الآن|بعد الان|@eoc)
    outwry (ما في فايدة|مافي فايدة|ما له داعي|مالوش لازمة|لا فائدة) ~3 (ترسلون|ترسلوا|تبعتوا|ارسال|إرسال) ~3 ${AR_OFFERS}
  `,
  vi: `
    outwry (gui|nhan) ~5 (cung vo ich|vo ich|cung chang de lam gi|chang de lam gi|cung khong de lam gi|cung khong co ich)
  `,
  sw: `
    outwry (hakuna maana|haina maana|hakuna haja|hakuna faida|haina faida) ~2 (kunitumia|kutuma|mnitumie|kuendelea kunitumia) ~3 ${SW_OFFERS}
  `,
  tl: `
    outwry (walang silbi|walang saysay|walang kwenta|walang kuwenta|sayang lang) ~3 (padalhan|magpadala|mag send|i send|pagpapadala) ~4 ${TL_OFFERS}
  `,
  zh: `
    outwry (发|推送|推) ~2 ${ZH_OFFERS} ~4 (也没用|也没有用|没意义|没有意义|也是白发)
  `,
  ja: `
    outwry ${JA_OFFERS} ~6 (送って|送られて|送信して) ~2 (も意味ない|も意味がない|も無駄|もしょうがない)
  `,
};

export function round14eRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/** "Stop calling me Mr, it's Ms Patel": what the customer is called, no stop of the calls. */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `
    (calling|call) me (mr|mrs|ms|miss|sir|madam|maam|mister|bro|buddy|dear|babe|hun|honey|love|by)
  `,
};

export function round14eTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
