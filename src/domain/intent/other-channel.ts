/**
 * "No offers on WhatsApp" is a stop on the channel we write on (round 9a): the customer does not
 * want our marketing here, and WhatsApp is the only place we send it. It is a channel preference,
 * no stop (as a call refused for a text is, channel.ts), only when another channel is asked for
 * instead: "no offers on WhatsApp please, send them by email instead", "ofertas por WhatsApp no,
 * mejor mándenlas al correo". A channel merely named ("stop the WhatsApp promos. My email is …")
 * asks for nothing: the other channel must come with "instead / rather / better" or a verb that
 * asks for it ("send them", "I prefer").
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { clauseOf } from './bounds';
import { findRuns, has, runs } from './asking';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';

/** WhatsApp, the channel we write on, by its names. */
export const HERE = runs(`
  whatsapp, whatsap, watsap, wasap, whatsup, wa, wpp, zap, zapzap, whats, whatsappie, whatsappen,
  whatsapptan, whatsapp tan, whatsappa, ватсап, вотсап, вацап, ватсапе, вотсапе, واتساب, واتس,
  الواتس, الواتساب, واتس اب, واٹس ایپ, وٹس ایپ, واٹس اپ, व्हाट्सएप, व्हाट्सऐप, হোয়াটসঅ্যাপ,
  হোয়াটসঅ্যাপে, วอทส์แอป, วอทแอป, วอทสแอป, 瓦次普
`);

/** Another channel: e-mail, SMS, post, another messenger. */
export const ELSEWHERE = runs(`
  email, e mail, mail, emails, by mail, correo, correo electronico, correo electrónico, courriel,
  mailem, emailem, e mailem, poczta, poczte, pocztę, почта, почту, почте, емейл, имейл, эл почту,
  sms, смс, text message, text messages, telegram, телеграм, телеграмм, viber, messenger, signal,
  line, zalo, instagram, insta, facebook, eposta, e posta, surel, emel, barua pepe, ईमेल, ई मेल,
  ای میل, ایمیل, ইমেইল, ই মেইল, ايميل, إيميل, الايميل, البريد, بريد, อีเมล, อีเมล์, ไลน์, 邮件,
  邮箱, 电邮, 电子邮件, 短信, メール, ショートメール, LINE, пошту, пошта, пошті, поштою, почтой,
  імейл, емейл, имейлом, emailu, maila, mailu, emaila, ইমেইলে, ইমেলে, মেইলে, ইমেল, correio,
  e mailen, mailen, e postayla, epostayla, e posta ile, emailnya, emel saya, sa email,
  instagramda, instagramdan, facebookta, facebooktan, e postadan, epostadan, mailden, ig, fb
`);

/**
 * Things sent that are not marketing: moved to another channel, they are an errand ("send the
 * invoice by e-mail instead of WhatsApp").
 */
const ERRAND_THING = runs(`
  invoice, invoices, receipt, receipts, bill, bills, statement, statements, ticket, tickets,
  boarding pass, confirmation, booking confirmation, code, codes, otp, password, contract,
  document, documents, report, results, tracking, tracking number, order update, order updates,
  factura, facturas, recibo, recibos, boleto, boletos, comprobante, confirmacion, confirmación,
  codigo, código, contrato, documentos, extrato, nota fiscal, fatura, facture, factures, recu,
  reçu, billet, billets, confirmation, rechnung, rechnungen, quittung, beleg, bestatigung,
  bestätigung, ticket, vertrag, unterlagen, fattura, fatture, ricevuta, biglietto, conferma,
  contratto, factuur, facturen, bon, bevestiging, faktura, faktury, fakture, fakturę, paragon,
  potwierdzenie, bilet, счет, счёт, счета, чек, чеки, квитанцию, квитанция, билет, код,
  договор, рахунок, квитанцію, fatura, faturayi, faturayı, fis, fiş, dekont, bilet, kod,
  invois, resit, struk, tagihan, kwitansi, e tiket, tiket, kode, hoa don, hóa đơn, ve, vé,
  ma, mã, resibo, tiket, risiti, ankara, bill ko, बिल, रसीद, बिल्ल, بل, رسید, বিল, রসিদ,
  الفاتورة, الفاتوره, فاتورة, الايصال, التذكرة, ใบเสร็จ, ใบแจ้งหนี้, ตั๋ว, 发票, 账单, 收据,
  验证码, 机票, 电子票, 請求書, 領収書, 明細, チケット, 認証コード
`);

/** Whether the message moves an errand (an invoice, a code) and names no marketing. */
export function movesErrand(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return has(ERRAND_THING, tokens, 0, n) && !has(MARKETING, tokens, 0, n);
}

/** The other channel asked for: "instead", "rather", "better", or a verb that asks for it. */
const ASKED = runs(`
  instead, rather, better, only, prefer, i prefer, id prefer, send, send them, send it, mail me,
  email me, mejor, prefiero, manden, mandenlas, mándenlas, mandenmelas, envien, envíen, melhor,
  prefiro, mandem, manda, mande, envie, plutot, plutôt, prefere, préfère, envoyez, envoyez les,
  envoyer, lieber, besser, bevorzuge, schickt, schicken, sendet, senden, meglio, preferisco,
  mandate, mandatele, inviate, aja, saja, kirim, kirimkan, lebih baik, lebih suka, hantar, je,
  behtar, bhejo, bhejiye, bhejein, bhej do, yerine, tercih, gonderin, gönderin, лучше,
  предпочитаю, присылайте, пришлите, отправляйте, liever, stuur, stuurt, sturen, wole, wolę,
  lepiej, wysylajcie, wysyłajcie, wyslijcie, wyślijcie, thay, gui qua, gửi qua, gui, gửi, na lang,
  ipadala, padalhan, badala, tumeni, tumia, বরং, পাঠান, পাঠাবেন, แทน, ส่งทาง, ส่งมาทาง, 改, 发到,
  发邮件, 寄到, 而是, 送って, でお願い, にして, بدلا, بدل, افضل, أفضل, احسن, أحسن, ارسلوا,
  أرسلوا, ابعتوا, ابعتولي, بہتر, بھیجیں, بھیج دیں
`);

/**
 * Whether a stop naming WhatsApp in its clause (`here`, the position of that name) is followed by
 * another channel asked for, outside every stop read (`stops`): the customer moves our
 * marketing, they do not stop it.
 */
function otherChannelAfter(
  tokens: readonly string[],
  here: number,
  stops: readonly { start: number; end: number }[],
): boolean {
  return findRuns(ELSEWHERE, tokens, here + 1, tokens.length).some((at) => {
    if (stops.some((s) => at >= s.start && at < s.end)) return false;
    const [from, to] = clauseOf(tokens, { start: at, end: at + 1 });
    return has(ASKED, tokens, Math.max(from, here + 1), to);
  });
}

/**
 * Whether the stop `f` is about WhatsApp and the message asks for our messages on another
 * channel instead: a channel preference, no stop. `stops` are every stop read in the message.
 */
export function movesToOtherChannel(
  tokens: readonly string[],
  f: Finding,
  stops: readonly Finding[] = [f],
  stands = false,
): boolean {
  const [from, to] = clauseOf(tokens, f);
  const here = findRuns(HERE, tokens, Math.min(from, f.start), Math.max(to, f.end))[0];
  if (here === undefined) return false;
  const others = stops.filter((s) => !(s.start <= here && s.end > here) && s !== f);
  // Round 11 (channel-stop.ts): our marketing refused on WhatsApp, in a clause that asks
  // nothing (`stands`), is a stop there wherever else it may go; only an errand (an invoice, a
  // code) moved to another channel is a preference.
  return otherChannelAfter(tokens, here, others) && (movesErrand(tokens) || !stands);
}

/** The same for the learned model (which raises no stop there): WhatsApp, then another channel asked for. */
export function isOtherChannelPreference(tokens: readonly string[]): boolean {
  return (
    movesErrand(tokens) &&
    findRuns(HERE, tokens, 0, tokens.length).some((at) => otherChannelAfter(tokens, at, []))
  );
}

/**
 * Whether the opt-in `f` asks for the other channel after WhatsApp was refused before it ("no
 * offers on WhatsApp, send them by email instead"): the way to reach them, not the marketing.
 */
export function asksForOtherChannel(tokens: readonly string[], f: Finding): boolean {
  const here = findRuns(HERE, tokens, 0, f.start)[0];
  return (
    here !== undefined &&
    has(ELSEWHERE, tokens, f.start, f.end) &&
    otherChannelAfter(tokens, here, [])
  );
}

/**
 * "I'd rather not get any offers on WhatsApp": "any offers on …" usually asks about another
 * product ("any offers on shoes?", the `another` signal, which sets a decline's stop aside),
 * but WhatsApp is where we send them, not a product. Such `another` signals are dropped.
 */
export function withoutChannelProducts<
  S extends { kind: string; span: { start: number; end: number } },
>(signals: S[], tokens: readonly string[]): S[] {
  return signals.filter(
    (s) => s.kind !== 'another' || findRuns(HERE, tokens, s.span.start, s.span.end).length === 0,
  );
}

/**
 * "No offers on WhatsApp? I only see them on Instagram": "on" is a start keyword when a message
 * is only keywords and objects ("offers on"), but after "no" / "not" it starts nothing.
 */
export function isNegatedOn(tokens: readonly string[], f: Finding): boolean {
  if (f.intent !== 'opt_in' || f.matched !== 'on') return false;
  return tokens.slice(f.start, f.end).some((t) => t === 'no' || t === 'not' || t === 'dont');
}
