/**
 * Round 16e of issue 18: second replies (batch 47), after the business's confirmation or after
 * being ignored. General language knowledge, to be reviewed by native speakers:
 * - A complaint to a consumer authority threatened (c3): "one more promo and I complain to the
 *   consumer authority", "ek aur promo aaya to consumer forum mein complaint karunga",
 *   "消費生活センターに相談します", "nitapeleka malalamiko kwa mamlaka husika", "скаргу отримає
 *   Держпродспоживслужба". Like the threats to block or report (broad-rules.ts) it is a likely
 *   stop (`maybe`): the customer is fed up with the marketing. Both the complaint and the
 *   authority are named, in one clause; a complaint about a parcel or an order is the order's
 *   errand (not-marketing.ts), and "I'll report the courier" names no authority.
 * - The next promo as the threat's condition is no request for it: Vietnamese "gửi quảng cáo
 *   nữa là …" (one more ad and …), Indonesian "kalau kirim promo lagi …" (if you send promos
 *   again …), Thai "ถ้าส่งโปรมาอีก" (if you send promos again …) were read as opt-ins ("gửi …
 *   cho mình", "kirim promo lagi", "ส่ง…มาอีก"). Traps.
 * - Help (c1): Thai "who is this?" beside "a message from this number" (Thai has no spaces, so
 *   the whole-clause "ใครคะ" rule cannot see its clause end), Vietnamese "where did you get my
 *   number" without "của" ("lấy số mình ở đâu").
 */
import { anchorIndex } from '../anchor-index';
import {
  compilePattern,
  findSpans,
  patternAnchors,
  patternRequirements,
  renderTokens,
} from '../grammar';
import type { Lang } from '../types';
import { rules, words } from './rules';

/** Per language: the complaint (verbs and nouns), then the authorities it goes to. */
const COMPLAINT_TO: Partial<Record<Lang, readonly [string, string]>> = {
  en: [
    `complain|complaining|complaint|report you|reporting you|file a complaint|lodge a complaint`,
    `trading standards|consumer protection|consumer authority|consumer council|ombudsman|regulator|ico|ftc|fcc|ofcom|the authorities|watchdog|data protection`,
  ],
  es: [
    `denuncio|denunciare|denuncia|denunciarlos|reclamacion|reclamare|queja|quejarme|me quejo|reclamo`,
    `consumo|profeco|omic|sernac|indecopi|defensa del consumidor|proteccion de datos|aepd|las autoridades`,
  ],
  pt: [
    `reclamar|reclamacao|reclamo|denunciar|denuncio|denuncia|queixa|vou no`,
    `procon|reclame aqui|anatel|defesa do consumidor|anpd|as autoridades`,
  ],
  fr: [
    `plainte|porte plainte|porter plainte|signaler|je signale|me plaindre|reclamation|je saisis|saisir`,
    `cnil|dgccrf|signal conso|association de consommateurs|ufc que choisir|les autorites|repression des fraudes`,
  ],
  it: [
    `reclamo|denuncia|denuncio|segnalazione|segnalo|esposto|lamentela`,
    `garante|agcom|agcm|antitrust|associazione consumatori|codacons|le autorita|altroconsumo`,
  ],
  de: [
    `beschwere|beschweren|beschwerde|melde|anzeige|zeige an`,
    `verbraucherzentrale|bundesnetzagentur|datenschutzbehorde|datenschutzbeauftragten|behorde|aufsichtsbehorde`,
  ],
  nl: [
    `klacht|klagen|meld|melden|aangifte`,
    `acm|consumentenbond|autoriteit persoonsgegevens|toezichthouder|de autoriteiten`,
  ],
  pl: [
    `skarga|skarge|skargi|zglosze|poskarze|zawiadomienie`,
    `uokik|uodo|rzecznik konsumentow|rzecznika praw konsumenta|urzad`,
  ],
  ru: [
    `жалоба|жалобу|пожалуюсь|пожалуюсь в|заявление|напишу в`,
    `роспотребнадзор|прокуратуру|прокуратура|роскомнадзор|защиты прав потребителей|фас`,
  ],
  uk: [
    `скарга|скаргу|поскаржуся|скаржитися|звернуся|заява|заяву`,
    `держпродспоживслужба|держпродспоживслужбу|держпродспоживслужби|захисту прав споживачів|омбудсман|поліцію`,
  ],
  tr: [
    `sikayet|sikayetci|bildirecegim|basvuracagim|basvuru`,
    `tuketici hakem heyeti|tuketici hakem heyetine|tuketici|btk|kvkk|cimer|savciliga`,
  ],
  id: [
    `lapor|laporkan|laporin|adukan|mengadu|komplain|aduan`,
    `ylki|bpkn|kominfo|perlindungan konsumen|ojk|polisi|pihak berwajib`,
  ],
  ms: [
    `lapor|laporkan|aduan|adu|report|buat aduan`,
    `kpdn|kpdnhep|tribunal|tribunal tuntutan pengguna|mcmc|skmm|persatuan pengguna`,
  ],
  // "người tiêu dùng" (consumer) without its last word: "dùng" folds to "dung", the spelling of
  // "đừng" (don't) and "dừng" (stop), which would negate the rule or make it a double negation.
  vi: [
    `bao|báo|bao cao|báo cáo|khieu nai|khiếu nại|to cao|tố cáo|kien|kiện`,
    `hoi bao ve nguoi tieu|hội bảo vệ người tiêu|nguoi tieu|người tiêu|bo cong thuong|bộ công thương|cong an|công an|co quan chuc nang|cơ quan chức năng`,
  ],
  tl: [
    `ireklamo|irereklamo|ireport|irereport|isusumbong|magrereklamo|complaint|reklamo`,
    `dti|ntc|npc|awtoridad|consumer`,
  ],
  sw: [
    `malalamiko|nitalalamika|kulalamika|nitawashtaki|nitaripoti|nitashtaki|kushtaki`,
    `mamlaka|mamlaka husika|tcra|ca|tume ya ushindani|baraza la watumiaji|polisi`,
  ],
  hi: [
    `complaint|shikayat|शिकायत|report`,
    `consumer forum|consumer court|consumer helpline|उपभोक्ता|trai|ट्राई|police|पुलिस`,
  ],
  ur: [
    `complaint|shikayat|شکایت|report`,
    `consumer court|consumer forum|کنزیومر|صارف|pta|پی ٹی اے|police|پولیس`,
  ],
  bn: [`অভিযোগ|নালিশ|complaint|report`, `ভোক্তা অধিকার|ভোক্তা|consumer|btrc|বিটিআরসি|পুলিশ`],
  ar: [
    `اشتكي|أشتكي|شكوى|شكوي|ابلغ|أبلغ|بلاغ|اشتكيكم|أشتكيكم|باشتكي|بشتكي|بقدم شكوى`,
    `حماية المستهلك|لحماية المستهلك|بحماية المستهلك|جهاز حماية|لجهاز حماية|وزارة التجارة|هيئة الاتصالات|الجهات المختصة|الشرطة`,
  ],
  th: [`ร้องเรียน|แจ้ง|ฟ้อง`, `สคบ|กสทช|คุ้มครองผู้บริโภค|ตำรวจ`],
  zh: [`投诉|投訴|举报|舉報|告`, `消协|消協|12315|工商|消费者协会|市场监管|12321|工信部`],
  ja: [
    `相談|通報|苦情|訴え|申し立て`,
    `消費生活センター|消費者センター|国民生活センター|消費者庁|総務省|警察`,
  ],
};

/** Scripts written without spaces: the gap is counted in letters. */
const UNSPACED: ReadonlySet<Lang> = new Set(['th', 'zh', 'ja']);

/** The complaint and the authority in either order, in one clause. */
function complaintRules(lang: Lang): string {
  const pair = COMPLAINT_TO[lang];
  if (!pair) return '';
  const [complaint, authority] = pair;
  const gap = UNSPACED.has(lang) ? '~12' : '~6';
  return `
    maybe (${complaint}) ${gap} (${authority})
    maybe (${authority}) ${gap} (${complaint})
  `;
}

/**
 * The complaint rules' patterns, every language at once, looked up by the words a message holds
 * (anchor-index.ts): read for every message, most name no complaint word (speed).
 */
const COMPLAINT_PATTERNS = anchorIndex(
  (Object.keys(COMPLAINT_TO) as Lang[]).flatMap((lang) =>
    rules(complaintRules(lang)).map((r) => ({
      re: compilePattern(r.p, () => undefined),
      anchors: patternAnchors(r.p, () => undefined),
      required: patternRequirements(r.p, () => undefined),
    })),
  ),
);

/**
 * Whether the message threatens a complaint to an authority: "another promo" is then the
 * threat's condition ("ek aur promo aaya to consumer forum mein complaint karunga"), not
 * another offer asked about (signals.ts `another`).
 */
export function threatensComplaint(tokens: readonly string[]): boolean {
  const candidates = COMPLAINT_PATTERNS(new Set(tokens));
  if (candidates.length === 0) return false;
  const rendered = renderTokens(tokens);
  return candidates.some(({ re }) => findSpans(re, rendered).length > 0);
}

const HELP: Partial<Record<Lang, string>> = {
  th: `
    help (ใครคะ|ใครครับ|ใครค่ะ|นี่ใคร) ~6 (ได้ข้อความ|ข้อความจาก|เบอร์นี้|ส่งข้อความ)
  `,
  vi: `
    help (lay|lấy|co|có) ~2 (so|số) (toi|tôi|minh|mình|em) ~2 (o dau|ở đâu|tu dau|từ đâu)
  `,
};

export function round16eRules(lang: Lang): ReturnType<typeof rules> {
  return rules(`${complaintRules(lang)}${HELP[lang] ?? ''}`);
}

/** The next promo as a condition ("one more ad and …", "if you send promos again …"). */
const TRAPS: Partial<Record<Lang, string>> = {
  vi: `
    (gui|gửi|goi|gởi) ~3 (quang cao|quảng cáo|khuyen mai|khuyến mãi|tin|tin nhan|tin nhắn) (nua|nữa) (la|là)
  `,
  th: `
    ถ้า (ส่ง|ทัก) ~8 (มาอีก|อีก)
  `,
  id: `
    (kalau|kalo|klo|jika|sekali lagi) (kirim|kirimin|ngirim|kirimi) ~2 (promo*|iklan|pesan|spam) ~1 lagi
  `,
};

export function round16eTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
