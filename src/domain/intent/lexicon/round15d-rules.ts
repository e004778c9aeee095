/**
 * Round 15d of issue 18: stops missed on batch 41 (businesses with several kinds of marketing).
 * General language knowledge, to be reviewed by native speakers:
 * - the marketing paused until a time ("can you pause the promos until after Christmas?", "hold
 *   off on the offers until my exams are done", "zet de aanbiedingen op pauze tot na de
 *   feestdagen", "wstrzymajcie promocje do po świętach", "أجّلوا العروض لبعد الامتحانات", "tunda
 *   dulu promonya sampai habis Lebaran", "พักส่งโปรไว้ก่อนจนหลังสงกรานต์", "FSc ke papers tak koi
 *   promo nahi"): a stop, the label the business needs (it must not send until the customer
 *   comes back). A pause verb (`pauseV`: pause, hold off, suspend, postpone, "on hold", "en
 *   pause"; not hold, keep or freeze alone, which reserve an offer: "can you hold the offer
 *   until Friday?"), one of the lexicon's objects and an until-word (`untilW`), in any order, or "no
 *   promos until …" (`noneW`). Without an object of the marketing ("pause my meal box until
 *   after the holidays", "hold the parcel until Monday") it is the business's own pause
 *   (business-sense.ts); without a pause ("send me the offers after Christmas") no stop at all;
 * - the kinds of marketing named (last-minute deals, seat sale alerts, birthday coupons, event
 *   invitations, happy hour, wine club, recipes) are objects of round14b-rules.ts `OBJECTS`.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/** The pause verbs, until-words and "no … until" words, per language. */
const CLASSES: Partial<Record<Lang, Record<string, string>>> = {
  en: {
    pauseV: `pause, hold off, hold off on, put on hold, on hold, on pause, suspend,
      postpone, put a hold on, snooze`,
    untilW: 'until, till, til, untill, untl, through to, up to',
    noneW: 'no, zero, nothing, no more',
  },
  es: {
    pauseV: `pausen, pausa, pausar, pausad, pausame, pausenme, suspendan, suspende, suspender,
      suspended, posterguen, pospongan, en pausa, en espera`,
    untilW: 'hasta',
    noneW: 'nada de, ninguna, ningun, ningún, sin, cero',
  },
  pt: {
    pauseV: `pausa, pausem, pausar, pause, suspendam, suspende, suspender, suspenda, adiem, adia, em pausa, em espera`,
    untilW: 'ate, até',
    noneW: 'nada de, nenhuma, nenhum, sem, zero',
  },
  fr: {
    pauseV: `pausez, suspendez, suspendre, suspends, suspend, mettez en pause, mettre en pause,
      en pause, en attente, reportez, stand by`,
    untilW: 'jusqu, jusque, jusqua',
    noneW: 'plus de, pas de, aucune, aucun, zero',
  },
  de: {
    pauseV: `pausiert, pausieren, pausier, pausiere, aussetzen, setzt aus, auf eis,
      auf pause, pause, stoppt vorerst, stellt ein, einstellen, zurückstellen, zuruckstellen`,
    untilW: 'bis',
    noneW: 'keine, kein, null',
  },
  it: {
    pauseV: `sospendete, sospendi, sospendere, sospenda, mettete in pausa, metti in pausa, in pausa,
      fermate per ora, rimandate, in stand by`,
    untilW: 'fino, finche, finché',
    noneW: 'niente, nessuna, nessun, zero',
  },
  nl: {
    pauseV: `pauzeer, pauzeren, pauzeert, op pauze, op hold, on hold, even stop, stilzetten, zet stil,
      uitstellen, stel uit`,
    untilW: 'tot, totdat',
    noneW: 'geen, even geen',
  },
  pl: {
    pauseV: `wstrzymajcie, wstrzymaj, wstrzymać, wstrzymac, wstrzymajmy, zawieście, zawiescie, zawieś,
      zawies, zawiesić, zawiesic, na pauzę, na pauze, na wstrzymanie, odłóżcie, odlozcie`,
    untilW: 'do, aż do, az do, dopóki, dopoki',
    noneW: 'żadnych, zadnych, bez, zero',
  },
  ru: {
    pauseV: `приостановите, приостановить, приостанови, на паузу, на паузе, отложите, отложить, повремените, притормозите`,
    untilW: 'до, пока',
    noneW: 'никаких, без, ноль',
  },
  uk: {
    pauseV: `призупиніть, призупинити, призупини, на паузу, на паузі, відкладіть,
      відкласти, пригальмуйте`,
    untilW: 'до, поки',
    noneW: 'жодних, без',
  },
  tr: {
    pauseV: `askıya alın, askiya alin, askıya al, askiya al, erteleyin, ertele,
      ara verin, ara ver, bekletin, durdurun, durdur`,
    untilW: 'kadar, dek, sonraya kadar',
  },
  ar: {
    pauseV: `اجلوا, أجلوا, اجل, أجل, اجلو, وقفوا مؤقتا, أوقفوا مؤقتا, اوقفوا مؤقتا, وقف مؤقت, ايقاف مؤقت,
      إيقاف مؤقت, علقوا, أوقفوا, اوقفوا, وقفوا, وقفو, اوقفو, توقفوا, بطلوا`,
    untilW: 'حتى, لين, لغاية, لحد, لبعد, الى ما بعد, إلى ما بعد, لما بعد, لحين, الين',
    noneW: 'بلا, بدون, لا',
  },
  hi: {
    pauseV: `rok dijiye, rok dijie, rok do, rok dein, rok den, rokiye, band rakhiye, band rakho,
      band rakhein, band rakhen, hold pe rakh, hold par rakh, hold kar, pause kar, pause kijiye,
      रोक दीजिए, रोक दें, रोक दो, बंद रखिए, बंद रखें, बंद रखो`,
    untilW: 'tak, तक',
  },
  ur: {
    pauseV: `rok dijiye, rok dijie, rok do, rok dein, rok den, band rakhein, band rakhen, band rakho,
      band rakhiye, hold pe rakh, hold par rakh, pause kar, روک دیں, بند رکھیں, بند رکھو`,
    untilW: 'tak, تک',
  },
  bn: {
    pauseV: `বন্ধ রাখুন, বন্ধ রাখেন, বন্ধ রাখবেন, বন্ধ রাখো, স্থগিত রাখুন, স্থগিত করুন, স্থগিত রাখেন,
      থামিয়ে রাখুন, থামিয়ে রাখেন, bondho rakhun, bondho rakhen, bondho rakho`,
    untilW: 'পর্যন্ত, অবধি, porjonto, porjanto',
    noneW: 'কোনো, কোন',
  },
  id: {
    pauseV: `tunda, tunda dulu, tundain, stop dulu, distop dulu, setop dulu,
      berhenti dulu, hentikan dulu, berhentiin dulu, pause dulu, jeda, jeda dulu, libur dulu`,
    untilW: 'sampai, sampe, ampe, hingga, sampai dengan',
    noneW: 'ga usah ada, gak usah ada, jangan ada, tanpa',
  },
  ms: {
    pauseV: `tangguh, tangguh dulu, tangguhkan, tangguhkan dulu, stop dulu, berhenti dulu,
      hentikan dulu, henti dulu, pause dulu, rehat dulu, cuti dulu`,
    untilW: 'sampai, sehingga, hingga, sampai lah',
    noneW: 'tak payah ada, jangan ada, tanpa',
  },
  tl: {
    pauseV: `pa hold, pahold, i hold, ihold, hold muna, pa pause, papause, paki pause, pause muna,
      itigil muna, tigil muna, stop muna, wag muna, huwag muna, ipagpaliban`,
    untilW: 'hanggang, until, till',
    noneW: 'wala munang, walang',
  },
  vi: {
    pauseV: `tam ngung, tạm ngưng, tam dung, tạm dừng, hoan, hoãn, tam hoan, tạm hoãn, ngung tam,
      ngưng tạm, dung tam, dừng tạm`,
    untilW: 'den, đến, toi, tới, cho den, cho đến',
  },
  th: {
    pauseV: `พักส่ง, พัก, หยุดส่ง, งดส่ง, ระงับ, หยุดชั่วคราว, งด`,
    untilW: 'จนถึง, จนกว่า, จน, ถึง',
    noneW: 'ไม่ต้อง',
  },
  zh: {
    pauseV: `暂停, 暫停, 先停, 停一下, 先别发, 先別發, 暂时别发, 暫時別發, 先不要发, 先不要發`,
    untilW: '到, 等, 之前',
  },
  ja: {
    pauseV: `一時停止, 休止, 止めて, 停止して, 控えて, ストップして, お休み`,
    untilW: 'まで',
  },
  sw: {
    pauseV: `sitisheni, sitisha, simamisheni, simamisha, acheni kwa muda, sitisheni kwa muda,
      ahirisheni, ahirisha, subirisheni`,
    untilW: 'hadi, mpaka',
    noneW: 'hakuna, bila',
  },
};

/**
 * "FSc ke papers tak koi promo nahi" (no promos until the exams) in romanised Hindi and Urdu,
 * written alike: "koi" (any) with the negation after the object.
 */
const NONE_UNTIL_HI_UR = `
    outneg (tak|तक|تک) ~8 (koi|कोई|کوئی) ~1 @obj ~1 (nahi|nahin|nai|mat|नहीं|मत|نہیں|مت)
`;

/** "Без купонів … і запрошень на події, будь ласка" (no coupons or invitations, please). */
const WITHOUT_OBJECTS = `
    outneg @bos (без|безо|bez) @obj
`;

/**
 * Rules of one language beside the pause rules every language has. The kinds refused beside a
 * kind kept (round 15d): "Baucar hari jadi dengan jemputan event tak nak, koleksi baru boleh",
 * "Yung weekly flyer wag nyo na po isend, yung recipes okay lang", "คูปองวันเกิดกับบัตรเชิญ
 * อีเวนต์ไม่เอาค่ะ สินค้าใหม่ส่งได้": the refusal follows the object itself, so that one
 * product's offer declined ("tawaran phone ni tak nak, tapi promo laptop bagitau", "โปรรองเท้า
 * ไม่เอา แต่โปรกระเป๋าส่งมาได้") is no stop. "Tama na yung seat sale alerts" (enough of…),
 * "Genug mit den Reiseangeboten", "Ofa za safari … ziacheni" (leave them), "hakuna haja ya ofa
 * za tiketi tena" (no need for them any more), "โปร… ใช้ไม่ได้ ยกเลิกให้ด้วย" and "não faz sentido
 * receber promo … Remove aí" (of no use to me since I moved: cancel, remove).
 */
const RULES: Partial<Record<Lang, string>> = {
  hi: NONE_UNTIL_HI_UR,
  ur: NONE_UNTIL_HI_UR,
  ru: WITHOUT_OBJECTS,
  uk: WITHOUT_OBJECTS,
  pl: WITHOUT_OBJECTS,
  ms: `
    outneg @obj ?(lagi|semua) (tak nak|taknak|x nak|tak mahu|tak mau|tidak mahu) ?(lah|la|ye|ya) @eoc
  `,
  tl: `
    outneg @obj (wag|huwag) ?(nyo|niyo) ?(na) ?(po) (isend|i send|ipadala|padalhan|ipasa|send|magsend)
    out @bos (tama na|tama na po|tama na muna|sobra na) ?(po) ?(yung|ang|sa|ng|mga|yung mga) @obj
  `,
  th: `
    outneg @obj (ไม่เอา|ไม่ต้องส่ง|ไม่รับ)
    outneg (ใช้ไม่ได้|ไม่ได้ใช้|ไม่มีประโยชน์) ~6 (ยกเลิก|ลบ|เอาออก|เอาชื่อออก)
  `,
  sw: `
    outneg (hakuna haja|sina haja|sihitaji) ?(ya|za|na) ?(hizi|hizo|tena) @obj
    out @obj ~6 (ziacheni|ziache|zisitisheni|zisitishe|zikomesheni|zikomeshe|zifuteni|ziondoeni)
  `,
  de: `
    out (genug|jetzt reichts|es reicht|jetzt reicht es) mit ?(den|dem|der|diesen|euren|ihren|all den|all diesen) (@obj|angeboten)
  `,
  pt: `
    out @obj ~8 @brk ~1 (remove|remova|removam|tira|tire|tirem|exclui|exclua|excluam) ?(ai|aí|ae|isso|a|o|meu numero|meu número|por favor|pf|pfv) @eoc
  `,
};

/** Unspaced scripts count letters in a gap (grammar.ts), so their gaps are wider. */
const UNSPACED: ReadonlySet<Lang> = new Set<Lang>(['th', 'zh', 'ja']);

/**
 * The marketing paused until a time, in any order of the pause, the object and the until-word
 * ("pause the promos until…", "the promos on hold till…", "ঈদের পর পর্যন্ত অফার পাঠানো বন্ধ
 * রাখুন", "キャンペーンは年明けまで一時停止"), and "no promos until …" ("FSc ke papers tak koi promo
 * nahi"). The until-phrase may open the next clause ("优惠信息先暂停一下吧，等过完年再说").
 */
function pauseRules(lang: Lang): string {
  const [near, far] = UNSPACED.has(lang) ? ['~8', '~24'] : ['~3', '~8'];
  return `
    out @pauseV ${near} @obj ${far} @untilW
    out @obj ${near} @pauseV ${far} @untilW
    out @untilW ${far} @obj ${near} @pauseV
    out @obj ${far} @untilW ${far} @pauseV
    out @untilW ${far} @pauseV ${near} @obj
    out @obj ${near} @pauseV ${near} @brk ${near} @untilW
  ${
    CLASSES[lang]?.noneW
      ? `outneg @noneW ${near} @obj ${far} @untilW
         outneg @untilW ${far} @noneW ${near} @obj`
      : ''
  }`;
}

/**
 * "Until now" and "until when?" are no pause: "no offers until now" (none came so far) and
 * "promo-nya ditunda sampai kapan?" (the offer postponed until when?) are masked before the
 * rules run.
 */
const TRAPS: Partial<Record<Lang, string>> = {
  en: 'until now, till now, up to now, until today, till today, until when, till when',
  es: 'hasta ahora, hasta hoy, hasta el momento, hasta cuando, hasta cuándo',
  pt: 'ate agora, até agora, ate hoje, até hoje, ate o momento, até o momento, ate quando, até quando',
  fr: 'jusqu a present, jusqu à présent, jusqu ici, jusqu a maintenant, jusqu à maintenant, jusqu aujourd hui, jusqu a quand, jusqu à quand',
  de: 'bis jetzt, bis heute, bis wann',
  it: 'fino ad ora, fino ad oggi, fino adesso, fino a quando',
  nl: 'tot nu toe, tot nu, tot vandaag, tot wanneer',
  pl: 'do tej pory, do teraz, do dzisiaj, do dziś, do dzis, do kiedy',
  ru: 'до сих пор, до сегодняшнего дня, до сегодня, до какого числа, до каких пор, до когда',
  uk: 'до сьогодні, до цього часу, до коли, до якого числа',
  tr: 'ne zamana kadar, ne zamana dek',
  ar: 'حتى الآن, حتى الان, لحد الآن, لحد الان, لين الحين, لحد دلوقتي, حتى اليوم, حتى متى, لحد امتى, لين متى',
  hi: 'ab tak, aaj tak, kab tak, अब तक, आज तक, कब तक',
  ur: 'ab tak, aaj tak, kab tak, اب تک, آج تک, کب تک',
  bn: 'এখন পর্যন্ত, আজ পর্যন্ত, কবে পর্যন্ত, ekhon porjonto, kobe porjonto',
  id: 'sampai sekarang, sampe sekarang, hingga kini, hingga sekarang, sampai hari ini, sampai kapan, sampe kapan',
  ms: 'sampai sekarang, sehingga kini, hingga kini, sampai hari ini, sampai bila, sehingga bila',
  tl: 'hanggang ngayon, hanggang kailan',
  vi: 'den bao gio, đến bao giờ, den khi nao, đến khi nào, toi bao gio, tới bao giờ',
  th: 'จนถึงตอนนี้, จนถึงวันนี้, ถึงเมื่อไหร่, ถึงเมื่อไร, จนถึงเมื่อไหร่, จนถึงเมื่อไร',
  zh: '到什么时候, 到什麼時候, 到几号, 到幾號, 到哪天',
  ja: 'いつまで',
  sw: 'hadi sasa, mpaka sasa, hadi leo, mpaka leo, hadi lini, mpaka lini',
};

/** The round-15d word classes of one language (merged into its lexicon's classes). */
export function round15dClasses(lang: Lang): Record<string, string[]> {
  const own = CLASSES[lang] ?? {};
  return Object.fromEntries(Object.entries(own).map(([name, list]) => [name, words(list)]));
}

export function round15dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(`${CLASSES[lang] ? pauseRules(lang) : ''}\n${RULES[lang] ?? ''}`);
}

/** The round-15d traps of one language. */
export function round15dTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
