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
import { has, hasStem, runs } from './asking';
import type { Finding } from './finding';

/** "What is this message / text / number?", "who is writing?" as a question about the message. */
const WHAT_MESSAGE = runs(`
  what is this, whats this, what s this, what is that, what are these, what message is this, what kind of message,
  what kind of messages, what messages are these, what texts are these, what s with these, what are all these,
  que es esto, que es este mensaje, que mensaje es este, qué mensaje es este, que es eso, que son estos,
  qué son estos, que mensajes son, qué mensajes son, que son esos, qué son esos,
  que mensagem e essa, que mensagem é essa, que mensagem e esta, o que e isso, o que é isso, que isso, q isso, oq e isso,
  que mensagens sao, que mensagens são, o que sao essas, o que são essas,
  quels messages, ce sont quels messages, c est quoi, cest quoi, c quoi, quel est ce message, qu est ce que c est, qu est ce que ce message, quels sont ces,
  what are these messages exactly, what exactly are these, what are they exactly,
  was ist das, was soll das, was ist das fur eine nachricht, was sind das genau, was sind das eigentlich, was ist das für eine nachricht, was sind das,
  was sollen diese, was sollen die, was sind das fur, was sind das für,
  cos e, cos è, che cos e, che cos è, cosa e, cosa è, che messaggio e, che messaggio è, che messaggi sono,
  cosa sono questi, cosa sono questi messaggi,
  wat is dit, wat is dat, wat is dit voor, wat voor bericht, wat zijn dit, wat zijn dit voor, wat voor berichten,
  co to, co to jest, co to za, jaka to wiadomosc, jaka to wiadomość, co to za wiadomosci, co to za wiadomości,
  что это, что за, это что, що це, що за, це що,
  bu mesajlar tam olarak ne, bu mesajlar tam olarak nedir, tam olarak ne, bu ne, bu nedir, bu mesaj ne, ne mesaji, ne mesajı, bu mesaj nedir, bu mesajlar ne, bu mesajlar nedir,
  ini apa, apa ini, ini pesan apa, pesan apa, apaan nih, mesej apa, apa ni, apa benda ni,
  tin nhan nay la gi, tin nhắn này là gì, may tin nhan nay la gi, mấy tin nhắn này là gì, tin nhan gi, tin nhắn gì, cai gi day, cái gì đây, gi day, gì đây, gi vay, gì vậy,
  ano ito, ano to, ano po ito, ano po itong, ano itong, anong message,
  jumbe hizi ni za nini, ujumbe huu ni wa nini, ujumbe gani, hii ni nini, nini hii, ujumbe huu ni nini,
  ye kya hai, yeh kya hai, ye kaisa message, yeh kaisa message, kaisa message, kya message hai, ये क्या है, यह क्या है,
  kis cheez ke, kis chiz ke, kis cheez ka, kiske messages, किस चीज़ के, किस चीज के, किसके मैसेज, کس چیز کے,
  ye kaisa, yeh kya messages, ye kya messages, kaise messages, یہ کیا ہے, یہ کیسا میسج, کیسا میسج,
  کیسے میسج, eta ki, এটা কি, এটা কী, এটা কিসের, কিসের মেসেজ,
  ايش هذا, ايش هالرسالة, ايش هذي الرسالة, شو هاد, شو هالرسالة, ما هذه الرسالة, ما هذا, ايه ده, ايه الرسالة دي,
  شنو هذي الرسائل, شنو هذي الرسايل, شنو هالرسايل, شنو هالرسائل, ايش هذي الرسائل, ايش هذي الرسايل,
  ما هذه الرسائل, ما هذه الرسايل, ايه الرسايل دي, ايه الرسائل دي, ايش هالرسايل, شو هالرسايل, ايه الرسايل دى,
  ข้อความอะไร, ข้อความพวกนี้คืออะไร, ข้อความพวกนี้คือ, นี่อะไร, นี่คืออะไร, อะไรเนี่ย,
  这些到底是什么, 这些是什么, 到底是什么信息, 这是什么, 这是啥, 什么信息, 什么短信, 啥信息, 這是什麼,
  これは何, これ何, 何のメッセージですか, このメッセージは一体, 何のメッセージ, このメッセージは何, なにこれ, 何これ
`);

/**
 * Never bought, ordered, signed up or registered ("I never bought anything from you"); not a
 * customer, not knowing the sender, not remembering giving the number or the details (round
 * 14c: "Don't remember giving you my details", "Ich bin doch gar kein Kunde bei Ihnen", "أنا
 * معرفكوش").
 */
const NEVER = runs(`
  not your customer, not even your customer, not a customer, not a client, dont know you, don t know you,
  dont remember giving, don t remember giving, don t remember signing, dont remember signing, never gave you,
  no soy cliente, no soy tu cliente, ni soy cliente, no los conozco, no recuerdo haber dado, nunca les di,
  nem sou cliente, nao sou cliente, não sou cliente, nao conheco voces, não conheço vocês, nunca dei meu,
  je ne suis pas client, je suis pas client, je ne vous connais pas, je vous connais pas,
  kein kunde, keine kundin, kenne sie nicht, kenne euch nicht, kenne sie gar nicht, kenne euch gar nicht,
  non sono un vostro cliente, non sono cliente, non vi conosco, geen klant, ken jullie niet, ken u niet,
  nie jestem klientem, nie jestem klientka, nie jestem klientką, nie znam was, nie pamietam, nie pamiętam,
  nie podawalem, nie podawałem, nie podawalam, nie podawałam, je ne me souviens pas, me souviens pas avoir,
  erinnere mich nicht, kann mich nicht erinnern, non ricordo di aver, non ricordo di avervi, herinner me niet,
  nao lembro de ter, não lembro de ter, no me acuerdo de haber, не помню чтобы, не помню, не пам ятаю,
  hatirlamiyorum, hatırlamıyorum, gak inget pernah, ga inget pernah, tidak ingat pernah, tak ingat pernah,
  khong nho da, không nhớ đã, hindi ko maalala, sikumbuki, yaad nahi, याद नहीं, یاد نہیں, মনে পড়ে না, মনে নেই,
  مش فاكر, لا اتذكر, لا أتذكر, จำไม่ได้, 不记得, 不記得, 記憶にない, не ваш клиент, не являюсь клиентом,
  я вас не знаю, не ваша клиентка, не ваш клієнт, не знаю вас, musteriniz degilim, müşteriniz değilim,
  musteri degilim, müşteri değilim, sizi tanimiyorum, sizi tanımıyorum, bukan pelanggan, bukan customer,
  gak kenal, ga kenal, tidak kenal, bukan pelanggan anda, khong phai khach, không phải khách, hindi ako customer,
  hindi ko kayo kilala, si mteja wenu, siwajui, customer nahi hoon, aapko nahi janta, আমি আপনাদের গ্রাহক না,
  চিনি না, معرفكوش, ماعرفكمش, مش عارفكم, مش عارفكو, ما اعرفكم, ما أعرفكم, لا اعرفكم, لا أعرفكم, لست عميل,
  مش عميل, ไม่ใช่ลูกค้า, ไม่รู้จัก, 不是你们的客户, 不认识你们, 不认识, お客じゃない, 客ではありません, 知らない,
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

/**
 * "Am I signed up somewhere?", "did I subscribe to something?" (round 16b: "Was sind das für
 * Nachrichten? Bin ich irgendwo angemeldet?"): beside "what are these messages", the customer
 * does not know why they get them, as with "I never signed up". Read as a status question
 * before. Not about a stop ("am I unsubscribed?", "am I still on it?": STILL and the
 * unsubscription stems keep their status reading).
 */
const SIGNED_UP = runs(`
  signed up, subscribed, registered, on a list, on your list, on some list,
  angemeldet, eingetragen, registriert, abonniert,
  inscrit, inscrite, abonne, abonnee, enregistre, enregistree,
  suscrito, suscrita, registrado, registrada, inscrito, inscrita, apuntado, apuntada,
  cadastrado, cadastrada, assinante,
  iscritto, iscritta, registrato, registrata, abbonato, abbonata,
  ingeschreven, aangemeld, geabonneerd, geregistreerd,
  zapisany, zapisana, zarejestrowany, zarejestrowana,
  подписан, подписана, зарегистрирован, зарегистрирована, підписаний, підписана, зареєстрований,
  kayitli, kayıtlı, uye miyim, üye miyim, abone miyim,
  terdaftar, berlangganan, langganan, daftar,
  dang ky, đăng ký, naka subscribe, nakarehistro, naka register, nimejiandikisha, nimesajiliwa,
  registered hoon, subscribe kiya, register kiya, रजिस्टर, رجسٹر, সাবস্ক্রাইব, রেজিস্টার, مشترك, مسجل, สมัคร,
  订阅, 注册, 登录了, 登録
`);

/** "Still", "already", "again": a question about an earlier stop, not about signing up. */
const STILL = runs(`
  still, already, again, noch, schon, encore, deja, déjà, todavia, todavía, aun, aún, sigo, ainda,
  ancora, gia, già, nog, al, nadal, wciaz, wciąż, juz, już, еще, ещё, все еще, уже, досі, вже,
  hala, hâlâ, masih, sudah, udah, dah, van, vẫn, pa rin, parin, bado, abhi bhi, ab bhi, ekhono,
  لسه, لا زلت, مازلت, ยัง, 还, 還, 仍, まだ, もう
`);

/**
 * "What are these messages exactly?", "is it about the loyalty card?" (round 16e, batch 47: "Che
 * messaggi sono esattamente? C'entra la tessera fedeltà?", "Bu mesajlar tam olarak ne? Sadakat
 * kartıyla mı ilgili?", "ข้อความพวกนี้คืออะไรกันแน่"): beside "what are these messages", the
 * customer asks what exactly they are or what they are tied to, a second reply after the first
 * went unanswered. The model read some as a likely stop. Help, as with "I never signed up".
 * General language knowledge, to be reviewed by native speakers.
 */
const EXACTLY_ABOUT = runs(`
  exactly, actually, is it about, is this about, is it for, to do with, related to, linked to,
  exactamente, en realidad, tiene que ver, tienen que ver, es por, es de, relacionado, relacionados,
  exactement, au juste, c est lie, c est lié, lie a, lié à, lies a, liés à, concerne, c est pour,
  genau, eigentlich, hat das mit, haben die mit, zu tun, geht es um, ist das wegen,
  exatamente, na verdade, tem a ver, e por causa, é por causa, e do, é do, e da, é da,
  esattamente, di preciso, c entra, centra, riguarda, riguardano, e per, è per, sono per,
  precies, eigenlijk, te maken met, gaat het om, is het voor,
  dokladnie, dokładnie, wlasciwie, właściwie, chodzi o, dotyczy, dotycza, dotyczą, zwiazane, związane,
  вообще, собственно, точно, связано, связаны, это про, это насчет, это насчёт, по поводу,
  взагалі, власне, пов язано, пов язані, стосується, стосуються, це про, щодо,
  tam olarak, aslinda, aslında, ilgili, hakkinda, hakkında, icin mi, için mi,
  sebenarnya, sebenernya, sih, hubungannya, berhubungan, terkait, berkaitan, pasal, tentang,
  chinh xac, chính xác, thuc ra, thực ra, lien quan, liên quan, ve, về,
  talaga, ba talaga, tungkol, may kinalaman, para saan,
  hasa, hasa ni, kuhusu, inahusu, zinahusu, ni za,
  aakhir, akhir, asal mein, waale hain, wale hain, wala hai, ke liye, se jude, आखिर, असल में, वाले हैं, वाला है,
  से जुड़े, के लिए, آخر, اصل میں, والے ہیں, والا ہے, کے لیے, سے متعلق,
  ashole, asole, আসলে, জন্য নাকি, সম্পর্কিত, নিয়ে,
  بالضبط, بالزبط, علاقة, لها علاقة, لهم علاقة, بخصوص, عشان, تبع,
  กันแน่, จริงๆ, เกี่ยวกับ, เกี่ยวกับอะไร,
  到底, 究竟, 具体, 有关, 有關, 关于, 關於, 相关, 是不是,
  一体, 正確には, 関係, 関連, について, のこと
`);

/** Whether the message asks if the customer signed up anywhere (and names no stop). */
function asksIfSignedUp(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return has(SIGNED_UP, tokens, 0, n) && !has(STILL, tokens, 0, n) && hasStem(tokens, 0, n) < 0;
}

/**
 * Whether the message asks what exactly the messages are or what they are tied to, and no stop
 * was read in its words (the stop stems, a phrase rule): "what are these exactly? I don't want
 * them" keeps its stop.
 */
function asksWhatExactly(findings: readonly Finding[], tokens: readonly string[]): boolean {
  const n = tokens.length;
  return (
    has(EXACTLY_ABOUT, tokens, 0, n) &&
    hasStem(tokens, 0, n) < 0 &&
    !findings.some((f) => f.intent === 'opt_out' || f.intent === 'status')
  );
}

/** The stop and status readings of such a message give way to one help request. */
export function askedWhatTheMessageIs(
  findings: readonly Finding[],
  tokens: readonly string[],
): Finding[] {
  const n = tokens.length;
  if (!has(WHAT_MESSAGE, tokens, 0, n)) return [...findings];
  if (!has(NEVER, tokens, 0, n) && !asksIfSignedUp(tokens) && !asksWhatExactly(findings, tokens))
    return [...findings];
  // A stop asked for in so many words stays; so does an opt-in or a help request already read
  // (over a status question beside it: "c'est quoi ces messages ? je suis inscrit ?").
  const asked = findings.some(
    (f) => (f.intent === 'opt_out' && f.certainty === 'explicit') || f.intent === 'opt_in',
  );
  if (asked) return [...findings];
  if (findings.some((f) => f.intent === 'help'))
    return findings.filter((f) => f.intent !== 'status');
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
