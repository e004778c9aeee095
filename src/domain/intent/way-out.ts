/**
 * Asking for the way out without asking to be let out (round 7), in every language at once:
 * - the unsubscribe link or button not found: "Où est le lien de désinscription ? Je le trouve
 *   pas", "no encuentro el enlace para darme de baja", "退订链接在哪里？找不到". The customer
 *   asks where it is: help (the answer gives the way out). A link that does not WORK is
 *   another matter ("the unsubscribe link is broken, take me off"): that stays a stop;
 * - how to get off the list with a verb no lexicon holds: "comment je sors de cette liste ?",
 *   "jak wyjść z tej listy?", "ninatokaje kwenye orodha hii?": help;
 * - "what is this? I never signed up": a maybe-stop said with a question about what the
 *   message is, answered with help (which names the brand and the way out);
 * - "how do I get only the delivery updates and not the ads?" (round 12, notices-only.ts): help;
 * - "what is this raffle? I don't know your shop" (round 12, unknown-sender.ts): help beside any
 *   stop (a stop said too stays the reading);
 * - "can I turn off just the surveys?" (round 13c, notices-only.ts): the stop of one stream asked
 *   about is help.
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, hasStem, HOW_WORDS, isQuestionSpan, runs } from './asking';
import { sentenceOf, sentencesOf } from './bounds';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isBoundary } from './normalize';
import { asksForNoticesOnly, asksToStopOnlyOne } from './notices-only';
import { saysSenderUnknown } from './unknown-sender';

/** The link, button or option that lets one out (also as a compound: "abmeldelink"). */
export const LINK = runs(`
  link, links, button, option, *link, lien, bouton, enlace, boton, botón, opcion, opción, botao,
  botão, opcao, opção, knopf, schaltflache, schaltfläche, pulsante, tasto, opzione, tautan, tombol,
  pilihan, pautan, लिंक, बटन, ऑप्शन, لنک, بٹن, رابط, الرابط, زر, الزر, خيار, linki, baglanti,
  bağlantı, buton, butonu, secenek, seçenek, ссылк*, кнопк*, опци*, knop, optie, linku,
  przycisk*, opcj*, lien ket, liên kết, nut, nút, tuy chon, tùy chọn, pindutan, kiungo, kitufe,
  লিংক, লিঙ্ক, বাটন, অপশন, ลิงก์, ลิงค์, ปุ่ม, 链接, 連結, 按钮, 選項, 选项, リンク, ボタン
`);

/** Not finding it, or asking where it is. */
const WHERE_FIND = runs(`
  where, where s, find, found, cant see, can t see, donde, dónde, encuentro, encontrar, veo, onde,
  acho, encontro, vejo, ou, où, trouve, trouver, vois, wo, finde, finden, gefunden, sehe, dove,
  trovo, trovare, vedo, dimana, di mana, mana, nemu, ketemu, menemukan, jumpa, kat mana, kahan,
  kaha, mil raha, mil rahi, nahi mila, khuje, pacchi, kothay, কোথায়, খুঁজে, কہاں, ملا, وين, فين,
  اين, أين, ملقيتش, ما لقيت, nerede, nerde, bulamiyorum, bulamıyorum, bulamadim, bulamadım, где,
  найти, нашел, нашёл, нашла, waar, vinden, vind, gdzie, znalezc, znaleźć, znajduje, znajduję,
  o dau, ở đâu, khong thay, không thấy, tim, tìm, saan, nasaan, makita, hanap, wapi, sioni,
  sikuoni, ที่ไหน, ตรงไหน, หาไม่เจอ, ไม่เจอ, 哪里, 哪儿, 在哪, 找不到, 没找到, どこ, 見つから, 見当たら
`);

/** The list itself. */
const LIST = runs(`
  list, mailing list, lista, liste, verteiler, daftar, senarai, list ni, सूची, لسٹ, فہرست, قائمه,
  القائمه, هالقائمه, listeden, listesinden, список*, рассылк*, lijst, listy, liscie, liście,
  danh sach, danh sách, listahan, orodha, লিস্ট, তালিকা, ลิสต์, รายชื่อ, รายการ, 名单, 名單, 列表,
  リスト, 配信リスト
`);

/** Getting out of it, with any verb of leaving. */
const LEAVE = runs(`
  get out, get off, out of, off, leave, exit, salgo, salir, sair, saio, sors, sortir, raus,
  runter, herunter, esce, uscire, esco, keluar, nak keluar, niklun, niklu, nikloon, nikalu,
  nikalun, nikal, nikalna, bahar, نکلوں, نکلنا, اطلع, أطلع, اطلع من, اخرج, أخرج, cikarim,
  çıkarım, cikabilirim, çıkabilirim, cikmak, çıkmak, выйти, выйду, af, uit, eruit, wyjsc, wyjść,
  wypisac, ra khoi, ra khỏi, thoat, thoát, umalis, alis, makaalis, *tokaje, kutoka, *toka, বের,
  ออก, 退出, 出去, 抜け, 抜ける, 外れ
`);

/**
 * How: the question asks for a procedure (the shared words, then this reader's own; asking.ts
 * holds the full list for stops). Polish "jak" alone is also "as": with a list and a leaving verb
 * beside it, it asks how.
 */
const HOW = runs(`
  ${HOW_WORDS},
  jak, *je, どう
`);

/** "What is this?", "what are these messages?": a question about the message itself. */
const WHAT_IS_THIS = runs(`
  what is this, what s this, whats this, what are these, what is that, que es esto, qué es esto,
  que es eso, o que e isso, o que é isso, que e isso, c est quoi, c'est quoi, qu est ce que c est,
  was ist das, was sind das, was soll das, cos e, cos'è, cosa e questo, che cos e, ini apa,
  apa ini, pesan apa, ini pesan apa, ye kya hai, yeh kya hai, ye kaisa, ये क्या, یہ کیا, شو هاد,
  شو هالرساله, ايش هذا, ما هذا, ايه ده, bu ne, bu nedir, что это, wat is dit, wat is dat,
  co to jest, co to, cai gi day, cái gì đây, tin nhan nay la gi, tin nhắn này là gì, la gi,
  là gì, ano ito, ano to, nini hii, hii ni nini, এটা কি, এটা কী, এগুলো কি, นี่อะไร, อะไรเนี่ย,
  这是什么, 這是什麼, 什么东西, これは何, これ何, なにこれ, 何これ
`);

/** Whether one clause asks how to leave the list ("comment je sors de cette liste"). */
export function asksHowToLeave(tokens: readonly string[]): boolean {
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isBoundary(tokens[i])) continue;
    if (has(HOW, tokens, from, i) && has(LIST, tokens, from, i) && has(LEAVE, tokens, from, i))
      return true;
    from = i + 1;
  }
  return false;
}

/** A help finding over tokens[from, to). */
function help(tokens: readonly string[], from: number, to: number): Finding {
  // The sentence decides, so its words cannot tell the language (language.ts): guess it here.
  const lang = guessLanguage(tokens.slice(from, to).filter((t) => !isBoundary(t)));
  return {
    intent: 'help',
    certainty: 'explicit',
    matched: tokens.slice(from, to).join(' '),
    langs: lang ? [lang] : [],
    start: from,
    end: to,
    source: 'sentence',
    all: false,
  };
}

/**
 * The findings with the way-out questions read: a stop whose sentence names the link not
 * found becomes help; a how-question about leaving the list is help; a likely stop said with
 * "what is this?" is help.
 */
export function askedForTheWayOut(
  findings: Finding[],
  tokens: readonly string[],
  questions: readonly number[] = [],
): Finding[] {
  const n = tokens.length;
  // Round 17d: the link not found is said in its sentence or the next ("Où est le lien ? Je le
  // trouve pas"): a link used for a request told before, then French "ou" (or) in a question
  // far after it ("…via le lien de votre site. … C'est en cours ou il y a eu un souci ?"), is
  // no link sought.
  const sentences = sentencesOf(tokens);
  const linkSought = sentences.some(
    ([from, to], i) =>
      has(LINK, tokens, from, to) &&
      (has(WHERE_FIND, tokens, from, to) ||
        has(WHERE_FIND, tokens, to, sentences[i + 1]?.[1] ?? to)),
  );
  const link = linkSought && hasStem(tokens, 0, n) >= 0;
  const leave = asksHowToLeave(tokens);
  const what = has(WHAT_IS_THIS, tokens, 0, n);
  // Any sentence may ask ("What is this raffle? I don't know your shop").
  const asks = questions.length > 0 || isQuestionSpan(tokens, questions, 0, n);
  const only = asksForNoticesOnly(tokens, asks);
  const unknown = asks && saysSenderUnknown(tokens);
  // "Can I turn off just the surveys and keep the rest?" (round 13c): a stop of one stream, asked.
  const one = (f: Finding): boolean =>
    f.intent === 'opt_out' &&
    f.source !== 'message' &&
    f.langs.length > 0 &&
    asksToStopOnlyOne(tokens, questions, ...sentenceOf(tokens, f));
  const oneAsked = findings.some(one);
  if (!link && !leave && !what && !only && !unknown && !oneAsked) return findings;
  const out = findings.map((f): Finding => {
    // A whole-message keyword and a tenant's phrase stay what they are.
    if (f.intent !== 'opt_out' || f.source === 'message' || f.langs.length === 0) return f;
    const [from, to] = sentenceOf(tokens, f);
    if (link && has(LINK, tokens, from, to)) return help(tokens, from, to);
    if (what && f.certainty === 'likely') return help(tokens, from, to);
    // "Only the delivery updates, not the ads: how?": the partial stop inside is asked about.
    if (only) return help(tokens, 0, n);
    if (one(f)) return help(tokens, from, to);
    return f;
  });
  const answered = out.some((f) => f.intent === 'help' || f.intent === 'status');
  return (leave || link || only || unknown) && !answered ? [...out, help(tokens, 0, n)] : out;
}
