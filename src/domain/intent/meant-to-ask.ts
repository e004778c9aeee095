/**
 * "I was going to ask how to unsubscribe... never mind, just do it for me" (round 14d), in every
 * language at once: "Volevo chiedere come disiscrivermi... anzi, fatelo voi", "本来想问怎么退订……
 * 算了，你们直接帮我退了吧", "解除の方法を聞こうと思ったけど、面倒なのでそちらで解除しといてください".
 * The how-question is told as a past intention, then dropped and handed over: the customer asks
 * the business to do it. That is an opt-out, not a help question (asking.ts reads the how).
 *
 * The boundary: the intention alone is also a polite way to ask now ("Volevo chiedere come ci si
 * disiscrive?", "I wanted to ask how to unsubscribe?"): help. Only a hand-over after the intention
 * ("never mind", "you do it", "take me off yourselves") makes it a stop, and only
 * when the question was about the stop (an unsubscription named, or a stop or help read in the
 * message): "I was going to ask how to change my address, never mind, you do it" is no stop.
 * General language knowledge, to be reviewed by native speakers.
 */
import { findRun, hasStem, runs } from './asking';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isBoundary } from './normalize';

/** A question told as a past intention: "I was going to ask", "I wanted to ask". */
const MEANT_TO_ASK = runs(`
  was going to ask, was gonna ask, wanted to ask, meant to ask, was about to ask, wanted to know,
  iba a preguntar, queria preguntar, quería preguntar, pensaba preguntar, ia perguntar,
  queria perguntar, ia te perguntar, ia perguntar pra voces, je voulais demander, j allais demander,
  je voulais savoir, wollte fragen, wollte eigentlich fragen, wollte mal fragen, wollte euch fragen,
  volevo chiedere, stavo per chiedere, volevo sapere, ik wilde vragen, ik wou vragen,
  ik wilde eigenlijk vragen, chcialem zapytac, chciałem zapytać, chcialam zapytac, chciałam zapytać,
  хотел спросить, хотела спросить, хотів запитати, хотіла запитати, хотів спитати, хотіла спитати,
  soracaktim, soracaktım, sormak istemistim, sormak istemiştim, sormak istiyordum,
  tadinya mau nanya, tadinya mau tanya, tadi mau nanya, tadi mau tanya, tadi nak tanya,
  tadinya ingin bertanya, asalnya nak tanya, ingat nak tanya,
  poochne wala tha, puchne wala tha, poochna tha, puchna tha, पूछने वाला था, पूछना था,
  پوچھنا تھا, پوچھنے والا تھا, jiggesh kortam, জিজ্ঞেস করতাম, জিজ্ঞেস করব ভেবেছিলাম,
  كنت ناوي اسال, كنت ناوي أسأل, كنت بسال, كنت بسأل, كنت حاب اسال, كنت حابب اسأل, كنت اريد ان اسال,
  dinh hoi, định hỏi, tinh hoi, tính hỏi, dinh hoi shop, định hỏi shop,
  itatanong ko sana, tatanungin ko sana, magtatanong sana ako,
  nilitaka kuuliza, nilikuwa nataka kuuliza, nilitaka kujua,
  ตั้งใจจะถาม, กะจะถาม, ว่าจะถาม, 本来想问, 本來想問, 原本想问, 本来想问问,
  聞こうと思った, 聞こうと思いました, 聞こうと思ってた, 聞こうと思ったけど, 質問しようと思った
`);

/**
 * The question dropped and the act handed over: "never mind", "forget it", "you do it", "for me",
 * "take me off yourselves".
 */
const HANDED_OVER = runs(`
  never mind, nevermind, forget it, scratch that, just do it, do it for me, do it yourselves,
  you do it, you guys do it, just take me off, just remove me,
  olvidalo, olvídalo, dejalo, déjalo, da igual, mejor haganlo, mejor háganlo, haganlo ustedes,
  háganlo ustedes, haganlo por mi, háganlo por mí, deixa, deixa pra la, deixa pra lá, esquece,
  voces mesmos, vocês mesmos, facam voces, façam vocês, faites le, laissez tomber, laisse tomber,
  tant pis, faites le directement, ach egal, egal, vergiss es, vergesst es, macht ihr das,
  macht das fur mich, macht das für mich, anzi, fatelo voi, lascia stare, lasciate stare,
  lasciate perdere, fate voi, laat maar, laat ook maar, doen jullie het, doe het maar,
  a zresztą, a zreszta, zreszta, zresztą, niewazne, nieważne, zrobcie to, zróbcie to, za mnie,
  ладно, забудьте, неважно, сделайте это, сделайте сами, за меня, забудьте, неважливо, зробіть це,
  зробіть самі, за мене, bosverin, boşverin, bosver, boşver, neyse, siz cikarin, siz çıkarın,
  siz halledin, ah udah, udah deh, gak jadi, ga jadi, nggak jadi, keluarin aja, langsung aja,
  kalian aja, eh takpe, takpe, tak apa lah, buat terus, terus je, korang je, chhodo, chodo,
  rehne do, aap hi kar do, aap hi kar dijiye, aap hi, chhodiye, خیر, چھوڑیں, رہنے دیں, آپ خود ہی,
  خود ہی, থাক, আপনারাই, thak, apnarai, خلاص, انتم احسن, أنتم أحسن, ما عليه, مو مهم, thoi, thôi,
  giup minh luon, giúp mình luôn, wag na, huwag na, kayo na lang, kayo na, basi, achana nayo,
  nyinyi, ninyi, ช่างเถอะ, ช่างมัน, ให้เลย, 算了, 你们直接, 帮我, 直接帮, 面倒, めんどう,
  そちらで, しといて, しておいて
`);

/** Getting rid of them, where no unsubscription word is said ("ان سے جان کیسے چھڑاؤں"). */
const RID = runs(`
  get rid of, جان چھڑا*, jaan chhuda*, jaan chhudau, پیچھا چھڑا*, peecha chhuda*, ہٹا دیں, hata dein
`);

/** The findings with a how-question told as meant, then handed over, read as the stop it asks. */
export function handedOver(findings: readonly Finding[], tokens: readonly string[]): Finding[] {
  const n = tokens.length;
  const meant = findRun(MEANT_TO_ASK, tokens, 0, n);
  if (meant < 0) return [...findings];
  // The hand-over comes after the intention, in its clause or a later one ("Was going to ask
  // how to unsubscribe but honestly just do it for me").
  if (findRun(HANDED_OVER, tokens, meant + 1, n) < 0) return [...findings];
  const read = (f: Finding): boolean => f.intent === 'opt_out' || f.intent === 'help';
  const topic =
    findings.some(read) || hasStem(tokens, 0, n) >= 0 || findRun(RID, tokens, 0, n) >= 0;
  if (!topic) return [...findings];
  const lang = guessLanguage(tokens.filter((t) => !isBoundary(t)));
  const stop: Finding = {
    intent: 'opt_out',
    certainty: 'explicit',
    matched: tokens.slice(meant, n).join(' '),
    langs: lang ? [lang] : [],
    start: meant,
    end: n,
    source: 'phrase',
    all: false,
  };
  return [...findings.filter((f) => f.intent !== 'help'), stop];
}
