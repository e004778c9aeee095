/**
 * A channel preference is not a stop (round 8b): "dont call me pls, text is fine", "no me
 * llames, mejor por whatsapp", "call mat karo, whatsapp pe baat karo", "電話じゃなくてメッセで
 * お願いします", "aramayın, whatsapptan yazın". The customer refuses a call (or a visit, or an
 * email) and names the channel they want instead: they still want to hear from us, on that
 * channel. A stop that names the marketing stays a stop ("don't call and stop the promos",
 * "не звоните и уберите меня из рассылки"): only the finding about the call is set aside.
 * A call refused without a channel ("stop calling me") is left as it was (round 7b).
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { clauseOf } from './bounds';
import { findRuns, has, runs } from './asking';
import { ANY_NEGATOR, NEGATORS } from './compiled';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isBoundary } from './normalize';

/** What the customer refuses: a call, a visit, an email. */
const REFUSED = runs(`
  call, calls, calling, ring, ringing, phone, phoning, phone calls, visit, visits, come by, email,
  emails, e mail, llames, llamen, llamar, marques, marquen, me marques, me marquen, llamadas, llamada, llamarme, llamenme, correo, correos,
  liga, ligue, liguem, ligar, ligacao, ligacoes, ligação, ligações, telefonar, appelle, appelez,
  appeler, appels, appel, telephonez, anrufen, ruft, anruf, anrufe, telefonieren, chiamare,
  chiamate, chiamatemi, chiamami, chiamarmi, telefonare, telefonate, telefonatemi, telefonarmi, telpon, telepon, nelpon, nelfon, telfon,
  tlp, tlpn, kol, fon, call karo, call mat, phone mat, phone karo, कॉल, फोन, फ़ोन, کال, فون,
  اتصال, تتصل, تتصلوا, تتصلي, تتصلو, تكلمني, ترن, arama, aramayin, aramayın, arayin, arayın,
  aramak, aramasin, aramasın, telefon, telefonla, звоните, звонить, звонки, звонок, позвоните,
  звони, bellen, bel, belt, opbellen, dzwonic, dzwonić, dzwońcie, dzwoncie, dzwon, dzwoń,
  goi, gọi, goi dien, gọi điện, tawag, tumawag, tawagan, tatawag, pigie, msinipigie,
  usinipigie, kunipigia, piga simu, simu, ফোন, কল, โทร, 打电话, 打電話, 电话, 電話, 通話, コール
`);

/** The channel wanted instead: a text, a chat, WhatsApp, an email, writing. */
const CHANNEL = runs(`
  text, txt, texts, sms, message, msg, dm, inbox, chat, whatsapp, whatsap, watsap, wasap,
  whats, wpp, wa aja, wa saja, lewat wa, via wa, di wa, ke wa, zap, zapzap, email, mail, e mail, telegram, viber, messenger, line, zalo,
  escribe, escribeme, escríbeme, escriban, escribanme, escríbanme, mensaje, mensajito,
  escreve, escrevam, me escreve, mensagem, mensagens, ecrivez, écrivez, ecris, écris, ecrivez moi,
  écrivez moi, sms, schreiben, schreibt, schreib, nachricht, scrivetemi, scrivimi, scrivere,
  messaggio, scrivete, tulis, ketik, pesan, chat aja, mesej, mesej je, wasap je,
  likh, likho, likhiye, likh do, message karo, message kar do, message kardo, message karein,
  message kar dein, message diben, message deben, message den, yaz, yazin, yazın, yazabilirsiniz,
  mesaj, mesaj atin, mesaj atın, whatsapptan, напишите, пишите, написать, напиши, вотсап,
  ватсап, вацап, телеграм, смс, app me, appen, appje, whatsappen, schrijf, schrijven, piszcie,
  napiszcie, pisz, napisz, pisac, pisać, whatsappie, wiadomosc, wiadomość, sms a, nhan, nhắn,
  nhan tin, nhắn tin, tin nhan, tin nhắn, zalo thoi, text na lang, mag text, i text, chat na
  lang, andika, niandikie, nitumie ujumbe, ujumbe, মেসেজ, লিখুন, লিখে, লিখবেন, ข้อความ,
  ส่งข้อความ, ไลน์, แชท, ทักแชท, ทักไลน์, 微信, 短信, 发消息, 發消息, 留言, 文字, メッセ,
  メッセージ, ライン, チャット, メール, رسالة, رساله, راسلني, راسلوني, ابعتلي, ابعتولي,
  واتساب, واتس, الواتس, واتس اب, ميسج, مسج, میسج, میسیج, واٹس ایپ, وٹس ایپ, لکھیں, लिखो,
  लिखिए, मैसेज, व्हाट्सएप
`);

/**
 * "Instead", "rather", "only", "better": the channel is offered as the other way, even in the
 * clause of the refusal ("電話じゃなくてメッセで", "ไม่ต้องโทร ส่งไลน์มาแทน").
 */
const INSTEAD = runs(`
  instead, rather, better, only, just, is fine, are fine, ok, okay, mejor, solo, sólo, mas bien,
  melhor, so, só, apenas, plutot, plutôt, seulement, mieux, lieber, besser, nur, einfach, meglio,
  piuttosto, solo su, aja, saja, je, sahaja, hi, sirf, bas, hee, behtar, sadece, yerine, лучше,
  только, вместо, liever, maar, alleen, lepiej, tylko, zamiast, thay, chi, chỉ, thoi, thôi,
  la duoc, là được, na lang, lang, badala, বরং, শুধু, แทน, ได้เลย, 就行, 就好, 就可以, 而是, 改,
  じゃなくて, ではなく, でお願い, で大丈夫, بس, احسن, أحسن, بدل, بدلا, افضل, بہتر, صرف
`);

/** "Or", "nor": "don't call or text me" refuses both. */
const NOR = runs(`
  or, nor, neither, ni, o, ou, nem, oder, noch, atau, ataupun, ya phir, veya, ya da, ne,
  или, ни, of, noch, lub, ani, hay, hoac, hoặc, o kaya, au, wala, অথবা, বা, หรือ, 或, 也别, 或者,
  也不要, とか, も, أو, ولا, یا
`);

/** The negators of the message's language ("no" negates in Spanish, not in "manda no zap"). */
function negatorsOf(tokens: readonly string[]): ReadonlySet<string> {
  const lang = guessLanguage(tokens.filter((t) => !isBoundary(t)));
  return (lang && NEGATORS.get(lang)) || ANY_NEGATOR;
}

/**
 * Whether a channel is asked for after tokens[callAt]: a channel word, not inside `refusals`
 * (the stops read), with no "or" between, and either in a clause of its own that no negator
 * opens before it, or after an "instead" word.
 */
function channelAfter(
  tokens: readonly string[],
  callAt: number,
  refusals: readonly { start: number; end: number }[],
): boolean {
  for (const at of findRuns(CHANNEL, tokens, callAt + 1, tokens.length)) {
    if (refusals.some((r) => at >= r.start && at < r.end)) continue;
    if (has(NOR, tokens, callAt + 1, at)) continue;
    const [from] = clauseOf(tokens, { start: at, end: at + 1 });
    const ownClause = from > callAt;
    const negators = negatorsOf(tokens);
    const negated = tokens.slice(Math.max(from, callAt + 1), at).some((t) => negators.has(t));
    if ((ownClause && !negated) || has(INSTEAD, tokens, callAt + 1, tokens.length)) return true;
  }
  return false;
}

/**
 * Whether the stop `f` refuses a call (or a visit, an email) for which the message asks for
 * another channel: "no me llames, mejor por whatsapp". `stops` are every stop read in the
 * message (a channel inside one of them is refused too: "no calls, no messages").
 */
export function prefersChannel(
  tokens: readonly string[],
  f: Finding,
  stops: readonly Finding[] = [f],
): boolean {
  const calls = findRuns(REFUSED, tokens, f.start, f.end);
  const last = calls[calls.length - 1];
  if (last === undefined) return false;
  // A stop spanning the call too (the whole message read as one) is this same refusal.
  const others = stops.filter((s) => !(s.start <= last && s.end > last));
  return channelAfter(tokens, last, others);
}

/**
 * Whether the message refuses a call and asks for another channel, for the learned model
 * (which raises no stop there): a call word, then a channel wanted (as above), and nothing
 * but the call refused.
 */
export function isChannelPreference(tokens: readonly string[]): boolean {
  const calls = findRuns(REFUSED, tokens, 0, tokens.length);
  return calls.some((at) => channelAfter(tokens, at, []));
}

/**
 * Whether the opt-in `f` asks for the channel after a call refused before it ("no me llamen,
 * mándenme un mensaje", "niet bellen, app me maar"): the way to reach them, not the marketing.
 */
export function asksForChannel(tokens: readonly string[], f: Finding): boolean {
  const call = findRuns(REFUSED, tokens, 0, f.start)[0];
  return (
    call !== undefined && has(CHANNEL, tokens, f.start, f.end) && channelAfter(tokens, call, [])
  );
}
