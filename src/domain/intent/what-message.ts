/**
 * "What is this message? I never bought anything from you" (round 11b): the customer asks what
 * the message is and why it reached them, and says they never bought, signed up or registered.
 * That is **help** (the help reply names the brand and the way out), in every language: "Ujumbe
 * huu ni wa nini? Sijawahi kununua kitu kwenu", "Bu mesaj ne? Sizden hiçbir şey almadım", "que
 * mensagem é essa? Nunca me cadastrei", "che cos'è? Non mi sono mai iscritta".
 *
 * The "never signed up" used to be read as a likely stop, or (Italian "mi sono ... iscritta") as a
 * status question. A stop asked for in so many words beside it stays a stop ("I never bought
 * anything from you, remove my number", "nunca me cadastrei, me tirem dessa lista"): only
 * `likely` stops and status readings give way. Whole-message "what is this?" is what-is-this.ts.
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import type { Finding } from './finding';

/** "What is this message / text / number?", "who is writing?" as a question about the message. */
const WHAT_MESSAGE = runs(`
  what is this, whats this, what s this, what is that, what are these, what message is this, what kind of message,
  que es esto, que es este mensaje, que mensaje es este, qué mensaje es este, que es eso,
  que mensagem e essa, que mensagem é essa, que mensagem e esta, o que e isso, o que é isso, que isso, q isso, oq e isso,
  c est quoi, cest quoi, c quoi, quel est ce message, qu est ce que c est, qu est ce que ce message,
  was ist das, was soll das, was ist das fur eine nachricht, was ist das für eine nachricht, was sind das,
  cos e, cos è, che cos e, che cos è, cosa e, cosa è, che messaggio e, che messaggio è,
  wat is dit, wat is dat, wat is dit voor, wat voor bericht,
  co to, co to jest, co to za, jaka to wiadomosc, jaka to wiadomość,
  что это, что за, это что, що це, що за, це що,
  bu ne, bu nedir, bu mesaj ne, ne mesaji, ne mesajı, bu mesaj nedir,
  ini apa, apa ini, ini pesan apa, pesan apa, apaan nih, mesej apa, apa ni, apa benda ni,
  tin nhan gi, tin nhắn gì, cai gi day, cái gì đây, gi day, gì đây, gi vay, gì vậy,
  ano ito, ano to, ano po ito, ano po itong, ano itong, anong message,
  ujumbe huu ni wa nini, ujumbe gani, hii ni nini, nini hii, ujumbe huu ni nini,
  ye kya hai, yeh kya hai, ye kaisa message, yeh kaisa message, kaisa message, kya message hai, ये क्या है, यह क्या है,
  ye kaisa, یہ کیا ہے, یہ کیسا میسج, کیسا میسج, eta ki, এটা কি, এটা কী, এটা কিসের, কিসের মেসেজ,
  ايش هذا, ايش هالرسالة, ايش هذي الرسالة, شو هاد, شو هالرسالة, ما هذه الرسالة, ما هذا, ايه ده, ايه الرسالة دي,
  ข้อความอะไร, นี่อะไร, นี่คืออะไร, อะไรเนี่ย,
  这是什么, 这是啥, 什么信息, 什么短信, 啥信息, 這是什麼,
  これは何, これ何, 何のメッセージ, このメッセージは何, なにこれ, 何これ
`);

/** Never bought, ordered, signed up or registered ("I never bought anything from you"). */
const NEVER = runs(`
  never bought, never ordered, never signed up, never registered, never subscribed, never shopped, never bought anything,
  never purchased, i ve never, ive never, i have never, never been a customer,
  nunca compre, nunca compré, nunca les compre, nunca les he comprado, nunca me registre, nunca me suscribi, nunca me suscribí,
  nunca me cadastrei, nunca comprei, nunca me inscrevi, nunca fiz, nunca pedi,
  jamais achete, jamais acheté, jamais rien achete, jamais rien acheté, jamais inscrit, jamais inscrite, rien achete, rien acheté,
  nie bei euch, nie etwas, nie gekauft, nie bestellt, nie angemeldet, nie registriert, noch nie,
  mai iscritto, mai iscritta, mai registrato, mai registrata, mai comprato, mai acquistato, mai ordinato,
  nooit iets, nooit gekocht, nooit besteld, nooit aangemeld,
  nigdy nic, nigdy nie, nic nie kupowalem, nic nie kupowałem, nic nie kupowalam, nic nie kupowałam,
  ничего не покупал, ничего не покупала, никогда не, нічого не купувала, нічого не купував, ніколи не,
  hic bir sey almadim, hiçbir şey almadım, hicbir sey almadim, hic almadim, hiç almadım, hic uye olmadim, hiç üye olmadım, almadim,
  gak pernah, ga pernah, tidak pernah, tak pernah, belum pernah, nggak pernah, ndak pernah,
  chua tung, chưa từng, chua bao gio, chưa bao giờ, chua mua, chưa mua, khong mua, không mua,
  wala naman akong binili, hindi ako bumili, hindi naman ako, wala akong binili, never po,
  sijawahi, sijanunua, sikununua, sijajiunga,
  kabhi kuch nahi, kabhi nahi, kuch nahi khareeda, कभी कुछ नहीं, कभी नहीं, کبھی کچھ نہیں, کبھی نہیں,
  kichu kini ni, কিছু কিনিনি, কখনো, kokhono,
  عمري ما, ما اشتريت, ما شريت, لم اشتر, لم أشتر, ابدا ما, ما سجلت, لم اسجل,
  ไม่เคยซื้อ, ไม่เคยสมัคร, ไม่เคย,
  从来没, 從來沒, 没买过, 沒買過, 没注册, 没有注册, 没订阅,
  買い物したことがありません, 買ったことがない, 登録した覚え, 購入した覚え, 一度も, 覚えがありません
`);

/** The stop and status readings of such a message give way to one help request. */
export function askedWhatTheMessageIs(
  findings: readonly Finding[],
  tokens: readonly string[],
): Finding[] {
  const n = tokens.length;
  if (!has(WHAT_MESSAGE, tokens, 0, n) || !has(NEVER, tokens, 0, n)) return [...findings];
  // A stop asked for in so many words stays; so does an opt-in or a help request already read.
  const asked = findings.some(
    (f) =>
      (f.intent === 'opt_out' && f.certainty === 'explicit') ||
      f.intent === 'opt_in' ||
      f.intent === 'help',
  );
  if (asked) return [...findings];
  const help: Finding = {
    intent: 'help',
    certainty: 'explicit',
    matched: 'what is this message',
    langs: [],
    start: 0,
    end: n,
    source: 'phrase',
    all: false,
  };
  return [...findings.filter((f) => f.intent !== 'opt_out' && f.intent !== 'status'), help];
}
