/**
 * "Mandé STOP sin querer, vuélvanme a meter", "lỡ bấm STOP, bật lại giùm em", "wysłałem STOP
 * przez pomyłkę, włączcie mi to z powrotem", "kont 3amalt stop bas 3ayez arga3" (round 10):
 * a stop told as a mistake, or told before a wish to come back, with a request to be put back
 * or turned on again, is an opt-in. Opt-in wins when the customer asks to come back (issue
 * 18). Round 14b: the unsubscription told in the customer's words ("Випадково відписалася,
 * можете додати назад?", "lỡ tay hủy đăng ký, thêm em lại", "ভুল করে আনসাবস্ক্রাইব হয়ে গেছে,
 * আবার অফার পাঠান") and Turkey's legal keyword RET ("Yanlışlıkla RET yazdım, kampanya mesajları
 * tekrar gelsin") tell the stop as well as a STOP sent. Neither the mistake nor the request may be negated ("it was not by mistake, STOP").
 * Round 15b: an unsubscription regretted is as good as one by mistake ("Ich hätte gern wieder
 * den Newsletter, hab ihn letztes Jahr abbestellt und bereue es"), and leaving the broadcast
 * tells it ("saya nggak sengaja keluar dari broadcast, bisa dimasukin lagi?").
 * Round 16d: Swahili "kwa makosa" (by mistake) and "kunirudisha" (to put me back: "mnaweza
 * kunirudisha kwenye orodha ya ofa?").
 * Round 18c (batch 52): a stop someone else sent from the customer's phone in play or as a joke
 * ("my son sent the stop from my phone as a joke. I do want your weekly offers", "Cucu saya
 * main-main hantar STOP… tolong sambung semula", "孙子拿我的手机乱按，回了STOP") is no stop of
 * theirs, as one by mistake; and Japanese "配信解除" names the unsubscription.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs, startsAt, unnegatedAt } from './asking';
import { clauseOf } from './bounds';
import { ANY_NEGATOR } from './compiled';
import { WISH } from './did-it-work';
import type { Finding } from './finding';
import { wantsThemStill } from './keep-wanted';
import { WRONG_CHAT } from './not-marketing';

/** "By mistake", "accidentally". */
const MISTAKE = runs(`
  by mistake, by accident, accidentally, mistakenly, in error, sin querer, por error, por equivocacion,
  por equivocación, sem querer, por engano, por erro, par erreur, par accident, par megarde, par mégarde,
  aus versehen, versehentlich, per sbaglio, per errore, per ongeluk, per abuis, przez pomylke, przez pomyłkę,
  przypadkiem, случайно, по ошибке, випадково, ненароком, помилково, yanlislikla, yanlışlıkla, kazara, gak sengaja, ga sengaja, gk sengaja,
  nggak sengaja, enggak sengaja, ngga sengaja,
  tidak sengaja, tak sengaja, ndak sengaja, terpencet, kepencet, salah pencet, lo bam, lỡ bấm, lo gui, lỡ gửi, lo nhan, lỡ nhắn, lo tay, lỡ tay, nham, nhầm,
  bấm nhầm, vo tinh, vô tình, aksidente, hindi sinasadya, nagkamali, di sinasadya, kimakosa, kwa makosa, kwa bahati mbaya,
  galti se, galtí se, ghalti se, गलती से, غلطی سے, بالغلط, بالخطأ, عن طريق الخطأ, bel ghalat, bl ghalat,
  bel8alat, ghalat, bhul kore, bhule, ভুল করে, ভুলে, tersilap, tersalah, silap tekan, napindot, napindot ko, napindutan, ไม่ได้ตั้งใจ, กดผิด, 不小心, 误发, 誤發, 按错, 間違えて, 誤って, うっかり,
  as a joke, for a joke, for fun, as a prank, was playing, playing with my phone, zum spass, aus spass, als scherz,
  ein scherz, pour rigoler, pour blaguer, pour plaisanter, en broma, de broma, jugando, de brincadeira, brincando,
  per scherzo, per gioco, voor de grap, dla zartu, w zartach, dla zabawy, в шутку, шутки ради, баловался,
  баловалась, жартома, заради жарту, грався, гралася, saka olsun diye, sakayla, saka yapmis, iseng, main main,
  nghich, nghịch, dua thoi, đùa thôi, biro, joke lang, kwa utani, alikuwa anacheza, mazak mein, mazaak mein,
  khel khel mein, ne mazak mein, ne mazaak mein, ne galti se, ne khel khel mein, مذاق میں, মজা করে, khelte khelte, بيلعب, وهو يلعب, بالهزار, ล้อเล่น, เล่นโทรศัพท์, 开玩笑, 開玩笑,
  乱按, 亂按, いたずら, ふざけて
`);

/**
 * Regret (round 15b): "abbestellt und bereue es", "unsubscribed and regret it", "kapatmıştım,
 * pişman oldum". Only of an unsubscription told in the customer's words or a keyword sent: "I
 * regret signing up, stop the newsletter" regrets the opposite.
 */
const REGRET = runs(`
  regret, regret it, regretted, bereue, bereue es, bereut, me arrepiento, me arrepentí, arrependi,
  me arrependi, arrependida, arrependido, je regrette, regrette, me ne pento, mi sono pentita,
  mi sono pentito, pentita, pentito, spijt, heb spijt, żałuję, zaluje, жалею, пожалел, пожалела,
  шкодую, pişman, pisman, pişman oldum, menyesal, nyesel, nyesal, kesal, hối hận, hoi han,
  nagsisi, pinagsisihan, najuta, nimejuta, pachhtava, pachtava, pachhta, afsos, افسوس, पछतावा,
  পস্তাচ্ছি, আফসোস, ندمت, ندمان, เสียดาย, 后悔, 後悔, 後悔して
`);

/** Put me back, turn it back on, "I want to come back". */
const RESTORE = runs(`
  put me back, add me back, turn it back on, turn back on, back on, reactivate, re activate, resubscribe,
  back in, again, come back, vuelvanme, vuélvanme, vuelvan a, reactivar, reactiven, activarme, activenme,
  de nuevo, otra vez, riattivatemi, riattivami, riattivare, rimettetemi, rimettermi, di nuovo,
  er weer in, weer aan, weer op, weer, terug, wlaczcie, włączcie, z powrotem, przywroccie, przywróćcie,
  ponownie, znowu, bat lai, bật lại, mo lai, mở lại, them lai, thêm lại, lai, lại, tekrar, geri, yeniden,
  lagi, semula, arga3, argaa, ارجع, رجعوني, wieder, réactivez, reactivez, réactiver, reactiver, remettez,
  de volta, reativar, reativem, de novo, novamente, ibalik, ulit, muli, nirudishe, rudisha, tena,
  kunirudisha, mnirudishe, nirudisheni, mnirejeshe, kunirejesha,
  dobara, phir se, wapas, واپس, دوبارہ, আবার, อีกครั้ง, เปิดใหม่, เปิดกลับ, 恢复, 重新, 再開, 戻して, もう一度,
  снова, обратно, верните, включите, назад, знову, поверніть, повернути, додайте, додати, yine,
  still want, keep receiving, keep getting, continue receiving, volveis a, volvéis a, meterme, volver a meter,
  seguir recibiendo, sigo queriendo, rimettete, rimetti, rimettere, continuare a ricevere,
  continuar recebendo, continuar a receber, quero continuar, weiter bekommen, weiterhin, verder ontvangen,
  gern weiter, gerne weiter, weiter haben, vuelven a, me vuelven, volver a apuntar, apuntarme de nuevo,
  nadal chce, nadal chcę, продолжать получать, продовжувати отримувати,
  keep sending, do want, still want them, sambung semula, もう一回, 再登録, 重新开通
`);

/** "I had done stop … I want to come back": the wish alone, after a stop told. */
const WANTS_BACK = runs(`
  3ayez arga3, 3awez arga3, 3ayza arga3, عايز ارجع, عايزة ارجع, want to come back, wanna come back,
  quiero volver, voglio tornare, quero voltar, je veux revenir, ich will zurück, chce wrocic, chcę wrócić
`);

/** The keyword itself, as customers name what they sent. */
const STOP: ReadonlySet<string> = new Set([
  'baja',
  'salir',
  'stop',
  'stopp',
  'стоп',
  'unsubscribe',
  'unsub',
  'sair',
  'ret',
  'ايقاف',
  'الغاء',
]);

/**
 * The unsubscription told ("I unsubscribed", "відписалася", "hủy đăng ký", "আনসাবস্ক্রাইব"),
 * which the rules may read as no stop of its own.
 */
export const UNSUBSCRIBED = runs(`
  unsubscribed, i unsubscribed, opted out, me di de baja, me desuscribi, me desuscribí,
  me descadastrei, descadastrei, me desinscrit, désinscrit, désabonné, désabonnée, sai da lista,
  saí da lista, abgemeldet, abbestellt, me sali de la lista,
  me salí de la lista, ان سبسکرائب, سبسکرائب ختم, disiscritto, disiscritta,
  afgemeld, uitgeschreven, wypisalem, wypisałem, wypisalam, wypisałam, отписался, отписалась,
  відписався, відписалася, відписалась, abonelikten ciktim, abonelikten çıktım, berhenti langganan,
  unsubscribe, huy dang ky, hủy đăng ký, nag unsubscribe, nimejiondoa, unsubscribe ho gaya,
  unsubscribe kar diya, আনসাবস্ক্রাইব, ألغيت الاشتراك, left the broadcast, left the list,
  keluar dari broadcast, keluar dari grup, keluar dari list, keluar broadcast, quitté la liste,
  salí de la lista, uscita dalla lista, uscito dalla lista, kapatmıştım, kapattım, kapatmistim,
  kapattim, เลิกรับ, ยกเลิกการรับ, 退订了, 退訂了, 取消订阅,
  配信停止, 登録解除, 配信解除
`);

/**
 * Round 17d: a mistake feared is none made ("I don't want to accidentally sign up for something
 * else", "no quiero apuntarme a otra cosa sin querer"): a wish negated before it in its clause.
 */
function feared(tokens: readonly string[], at: number): boolean {
  const [from] = clauseOf(tokens, { start: at, end: at + 1 });
  for (let k = from; k < at; k++) {
    if (ANY_NEGATOR.has(tokens[k] ?? '') && startsAt(WISH, tokens, k + 1, at)) return true;
  }
  return false;
}

/** Findings read again: a stop sent by mistake, with a request to come back, is an opt-in. */
export function sentByMistake(findings: Finding[], tokens: readonly string[]): Finding[] {
  // The stop told: read as a stop, or already set aside as told ("I sent STOP").
  const inWords = tokens.some((t) => STOP.has(t)) || has(UNSUBSCRIBED, tokens, 0, tokens.length);
  const told = inWords || findings.some((f) => f.intent === 'opt_out');
  if (!told) return findings;
  const regret = inWords ? unnegatedAt(REGRET, tokens, 2) : -1;
  // Round 18f: a keyword sent to the wrong chat was sent by mistake ("hit stop on the wrong
  // chat"); the mistake's negator in its own clause ("Pasensya na, napindot ko STOP": Hindi "na"
  // before the comma negates nothing).
  const slip = unnegatedAt(MISTAKE, tokens, 2, { inClause: true });
  const mistaken = slip >= 0 || !inWords ? slip : unnegatedAt(WRONG_CHAT, tokens, 2);
  if (mistaken >= 0 && feared(tokens, mistaken)) return findings;
  const mistake = mistaken >= 0 ? mistaken : regret;
  const wants = unnegatedAt(WANTS_BACK, tokens, 2);
  const restored = mistake >= 0 ? unnegatedAt(RESTORE, tokens, 2) : -1;
  // Round 18f: or the messages wished for with no "again" ("I do want your messages!").
  const restore = mistake >= 0 && restored < 0 ? wantsThemStill(tokens, findings) : restored;
  const at = wants >= 0 ? wants : restore;
  if (at < 0) return findings;
  const optIn: Finding = {
    intent: 'opt_in',
    certainty: 'explicit',
    matched: 'sent stop by mistake',
    langs: [],
    start: Math.min(at, mistake >= 0 ? mistake : at),
    end: tokens.length,
    source: 'phrase',
    all: false,
  };
  return [...findings.filter((f) => f.intent !== 'opt_out'), optIn];
}
