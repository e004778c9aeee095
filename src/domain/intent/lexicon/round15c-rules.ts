/**
 * Round 15c of issue 18: one offer declined for now, in every language ("Tę ofertę sobie
 * odpuszczę, kolor mi nie pasuje", "Цього місяця ні, може наступного", "Is dafa rehne dein, rang
 * pasand nahi aaya"): this offer, this time, this month passed on or left, or "maybe next month";
 * "no thanks, I already bought one" (round 15, after the retrain raised it as a likely stop).
 * A `decline` signal (signals.ts): the `likely` stop of such a message is set aside, an explicit
 * stop stays, and the learned model raises none (learned.ts `closed`). The customer stays with
 * the marketing: the next offer may suit. New language knowledge, to be reviewed by native
 * speakers.
 */
import type { Lang } from '../types';
import { words } from './rules';

const DECLINE: Partial<Record<Lang, string>> = {
  en: `
    (this|that) (one|offer|deal|time|month|week) ~2 (i ll pass|ill pass|i will pass|i ll skip|ill skip|i will skip),
    (i ll|ill|i will|gonna) (pass|skip) on (this|that|it) ~1 (one|offer|deal|time),
    maybe next (time|month|week|season|year), not this (month|week|season|year),
    (i|i ve|ive|i have) (already|just) (bought|got|ordered) (one|it|this|that|mine)
  `,
  es: `
    (esta vez|este mes|esta semana|esta oferta|esta promo) ~2 (paso|lo dejo|la dejo|me la salto|no),
    (tal vez|quizas|quizás|a lo mejor) ~1 (el proximo|el próximo|la proxima|la próxima) (mes|vez|semana),
    ya (lo|la) (compre|compré|tengo|pedi|pedí)
  `,
  pt: `
    (dessa vez|desta vez|esse mes|esse mês|este mes|este mês|essa semana|essa oferta|essa promo) ~2 (passo|vou passar|nao|não),
    (quem sabe|talvez) ~1 (no proximo|no próximo|na proxima|na próxima) (mes|mês|vez|semana),
    fica pra (proxima|próxima)
  `,
  fr: `
    (cette fois|ce mois ci|ce mois|cette semaine|cette offre|cette promo) ~2 (je passe|je laisse|non|pas pour moi),
    je passe (pour cette fois|cette fois),
    (peut etre|peut être) ~1 (le mois prochain|la prochaine fois|la semaine prochaine)
  `,
  de: `
    (diesmal|dieses mal|diesen monat|diese woche|dieses angebot) ~2 (verzichte ich|passe ich|lasse ich aus|setze ich aus|nicht|nein),
    (vielleicht|eventuell) ~1 (nachsten monat|nächsten monat|nachstes mal|nächstes mal|nachste woche|nächste woche)
  `,
  it: `
    (stavolta|questa volta|questo mese|questa settimana|questa offerta) ~2 (passo|lascio perdere|salto|no),
    (forse|magari) ~1 (il prossimo mese|la prossima volta|la prossima settimana)
  `,
  nl: `
    (deze keer|dit keer|deze maand|deze week|deze aanbieding) ~2 (sla ik over|pas ik|laat ik schieten|niet),
    (misschien|wellicht) ~1 (volgende maand|volgende keer|volgende week)
  `,
  pl: `
    (tym razem|w tym miesiacu|w tym miesiącu|w tym tygodniu) ~2 (odpuszcze|odpuszczę|pomine|pominę|spasuje|spasuję|podziekuje|podziękuję),
    (te|tę|ta|tą) (oferte|ofertę|promocje|promocję|okazje|okazję) ~2 (odpuszcze|odpuszczę|pomine|pominę|spasuje|spasuję),
    (moze|może) ~1 (w przyszlym|w przyszłym|w nastepnym|w następnym) (miesiacu|miesiącu|tygodniu),
    (moze|może) (nastepnym|następnym) razem
  `,
  ru: `
    (в этот раз|в этом месяце|на этой неделе|это предложение) ~2 (пропущу|откажусь|пас|нет|не надо),
    (может|возможно) ~1 (в следующем месяце|в следующий раз|на следующей неделе|в следующем)
  `,
  uk: `
    (цього місяця|цього тижня|цього разу|цю пропозицію) ~2 (пропущу|відмовлюсь|пас|ні|не треба),
    (може|можливо) ~1 (наступного|наступним разом|в наступному)
  `,
  tr: `
    (bu sefer|bu ay|bu hafta|bu firsat|bu fırsat|bu kampanya) ~2 (pas|geciyorum|geçiyorum|almayayim|almayayım|olmasin|olmasın),
    (belki|belki de) ~1 (gelecek ay|sonraki sefer|bir dahaki sefere|haftaya|seneye)
  `,
  id: `
    (kali ini|bulan ini|minggu ini|promo ini|yang ini) ~2 (skip|lewat|pass|ga dulu|gak dulu|nggak dulu|engga dulu|tidak dulu),
    (mungkin|mgkn) ~1 (bulan depan|lain kali|minggu depan), (skip|pass) dulu
  `,
  ms: `
    (kali ni|kali ini|bulan ni|bulan ini|yang ni) ~2 (skip|pass|tak dulu|x dulu|tak nak dulu),
    (mungkin|kot) ~1 (bulan depan|lain kali|minggu depan)
  `,
  vi: `
    (lan nay|lần này|thang nay|tháng này|dot nay|đợt này) ~2 (bo qua|bỏ qua|de sau|để sau|thoi|thôi|chua|chưa),
    (chac|chắc|co le|có lẽ|de|để) ~1 (thang sau|tháng sau|lan sau|lần sau|dip sau|dịp sau)
  `,
  tl: `
    (ngayon|ngayong buwan|ito) ~2 (pass muna|skip muna|hindi muna|wag muna|huwag muna),
    (baka|siguro) ~1 (sa susunod|next month|next time|susunod na buwan)
  `,
  hi: `
    (is baar|is bar|is dafa|is mahine|is hafte|इस बार|इस महीने) ~2 (rehne do|rehne dein|rehne dijiye|chhod do|skip|रहने दो|रहने दें),
    (shayad|शायद) ~1 (agle mahine|agli baar|agle hafte|अगले महीने|अगली बार)
  `,
  ur: `
    (is baar|is bar|is dafa|is mahine|اس بار|اس دفعہ|اس مہینے) ~2 (rehne do|rehne dein|rehne den|rehne dijiye|chhod do|skip|رہنے دیں|رہنے دو),
    (shayad|شاید) ~1 (agle mahine|agli baar|agli dafa|اگلے مہینے|اگلی بار)
  `,
  bn: `
    (ei bar|এইবার|এবার|ei mash|এই মাসে) ~2 (thak|থাক|baad|বাদ|skip),
    (hoyto|হয়তো) ~1 (porer mash|porer bar|পরের মাসে|পরের বার)
  `,
  ar: `
    (المره دي|هالمره|هذه المره|هالشهر|الشهر ده|هذا الشهر) ~2 (خليها|بلاش|عدي|سكيب),
    (يمكن|ربما) ~1 (الشهر الجاي|الشهر القادم|المره الجايه|المره القادمه)
  `,
  th: `
    (รอบนี้|ครั้งนี้|เดือนนี้) ~4 (ขอผ่าน|ข้ามไป|ไว้ก่อน),
    (ไว้|อาจจะ) ~2 (เดือนหน้า|คราวหน้า|ครั้งหน้า)
  `,
  zh: `
    (这次|这个月|这回) ~3 (算了|先不要|跳过|就不了),
    (下个月|下次|下回) ~2 (再说|再看)
  `,
  ja: `
    (今回は|今月は) ~4 (見送り|パス|やめておき|やめとき|遠慮),
    (来月|また今度|次回) ~3 (にします|かな)
  `,
  sw: `
    (mara hii|mwezi huu) ~2 (nitapita|acha|hapana),
    (labda|pengine) ~1 (mwezi ujao|wakati mwingine|mara nyingine|wiki ijayo)
  `,
};

export function round15cDecline(lang: Lang): string[] {
  return words(DECLINE[lang] ?? '');
}
