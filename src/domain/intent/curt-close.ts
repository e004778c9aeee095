/**
 * A curt close said to the sender (round 13b): "That's enough now. Genuinely.", "Ora basta
 * però", "Zo is het wel genoeg geweest", "Bas bohat ho gaya", "inatosha sasa", "พอก่อนนะคะ",
 * "消停点吧", "insaf artık"; and, after a complaint or irony, "I'm out", "count me out", "Ohne
 * mich 🙄", "paso", "ik pas", "算了吧", "postoję", "لا شكراً". A message whose only words, or
 * whose closing clause, are such words with particles, "now", "please" or an intensifier is a
 * `likely` stop: the service asks first.
 * - "enough" words alone suffice ("Yeter ama artık ya", "够了够了，真的"); beside other words
 *   only when those complain of the messages (they are named, sent, "again", "every day",
 *   🙄): "Meseji zenu zimejaa simu yangu 😅 inatosha sasa";
 * - "I'm out", "I pass", "no thanks" and the "enough" words with an everyday sense ("bas",
 *   "خلاص", "thôi", "算了", "bu kadar") only after a complaint or irony ("again", "the third
 *   this week", "every day", 🙄), and only as the last clause: "Otra oferta… la quinta este
 *   mes 🙄 paso". "Paso a recoger el pedido", "I'm out of coffee", "count me out of the dinner"
 *   hold other words;
 * - never about a quantity or a decision ("two bags will be enough", "enough is enough, I'll
 *   take two", "basta de pensarlo": enough-order.ts reads those as orders), nor negated ("no es
 *   suficiente": no particle is a negator);
 * - a complaint read beside it is wry, no joke: laughter leaves the stop ("… 😅 cukup la tu").
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, runs, type RunList } from './asking';
import { ABOUT_US } from './fed-up';
import { QUANTITY, THINKING, TIME } from './enough-order';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';
import { isBoundary, isUnspaced } from './normalize';

/** "Enough" said to the sender: a message of only these is a likely stop. */
const ENOUGH = runs(`
  enough, that s enough, thats enough, that is enough, it s enough, its enough, enough now,
  enough already, enough is enough, i ve had enough, ive had enough, i have had enough,
  had enough, enough of this, give it a rest, knock it off, give me a break, gimme a break,
  basta, ya basta, basta ya, es suficiente, ya es suficiente, suficiente, ya estuvo,
  ya estuvo bueno, ya vale, vale ya, hasta aqui, hasta aquí, bastante ya,
  chega, ja chega, já chega, ja deu, já deu, da um tempo, dá um tempo, chega de vez,
  assez, ca suffit, ça suffit, c est assez, c en est assez, y en a marre, j en ai assez,
  j en ai marre, ras le bol, n en jetez plus,
  genug, es reicht, jetzt reicht s, jetzt reicht es, jetzt reichts, reicht jetzt, reicht,
  langsam reicht s, langsam reicht es, langsam reichts, mir reicht s, mir reicht es, mir reichts,
  es ist genug, genug jetzt, schluss jetzt, jetzt ist schluss, schluss damit, jetzt ist aber gut,
  es langt, jetzt langt s, jetzt langts,
  genoeg, het is genoeg, zo is het genoeg, zo is het wel genoeg, zo is het wel genoeg geweest,
  het is wel genoeg geweest, nu is het genoeg, nu is het wel genoeg, nou is het wel genoeg,
  het is mooi geweest, zo is het mooi geweest, het is welletjes, kappen, kappen nou, kap ermee,
  ora basta, adesso basta, basta cosi, basta così, e basta, ma basta, basta davvero, finitela,
  piantatela, ne ho abbastanza,
  dosc, dość, dosyc, dosyć, wystarczy, starczy, juz wystarczy, już wystarczy, dosc juz, dość już,
  dosc tego, dość tego, mam dosc, mam dość, koniec z tym, wystarczy tego, no dosc, no dość,
  no wystarczy,
  хватит, довольно, хорош, харэ, хватит уже, с меня хватит, хватит с меня, надоело, достало,
  досить, годі, досить вже, годі вже, з мене досить, набридло,
  yeter, yeter artik, yeter artık, artik yeter, artık yeter, bu kadar yeter, bu kadari yeter,
  bu kadarı yeter, bu kadari da fazla, bu kadarı da fazla, yeter be, insaf, insaf artik,
  insaf artık, biktim, bıktım,
  cukup, sudah cukup, udah cukup, udahan, sudahan, cukupan, udah ah, udah dong, udah deh,
  dah cukup, cukuplah, cukup la, cukup lah, sudah sudah, sudahlah, sudah lah, dah la tu, dah lah tu,
  du roi, đủ rồi, thoi du roi, thôi đủ rồi, du lam roi, đủ lắm rồi, thoi di, thôi đi,
  tama na, sapat na, sobra na, awat na, tama na yan, tama na iyan,
  inatosha, imetosha, yatosha,
  bas karo, bas kijiye, bas karein, bas karen, bas kar do, bas kar dein, bas kar den,
  bas bhi karo, bas bhi kijiye, bas bhi karein, bahut ho gaya, bohat ho gaya, bohot ho gaya,
  bahot ho gaya, bohat hogaya, bahut hogaya, kaafi ho gaya, kafi ho gaya,
  बस करो, बस कीजिए, बस करें, बस कर दो, बस कर दें, बस भी करो, बहुत हो गया, काफी हो गया, काफ़ी हो गया,
  بس کریں, بس کرو, بس کر دیں, بس بھی کرو, بہت ہو گیا, بہت ہوگیا, کافی ہو گیا,
  যথেষ্ট, যথেষ্ট হয়েছে, অনেক হয়েছে, অনেক হইছে, আর না, আর নয়,
  كفاية, كفايه, كفى, يكفي, كفاية كده, بزيادة, بزياده, خلاص بقى, خلاص كفاية, حرام عليكم, بس كده,
  يكفي عاد,
  พอ, พอแล้ว, พอได้แล้ว, พอเถอะ, พอที, พอก่อน, พอแค่นี้, ขอพอ, ขอพอแค่นี้, พอกันที, พอเหอะ,
  够了, 行了行了, 消停点, 消停会儿, 消停一下, 消停, 差不多得了, 适可而止, 受够了, 够够的了, 打住,
  もういい, もういいって, もういいです, もう結構, もう結構です, 十分です, もう十分, もう十分です,
  いい加減にして, いい加減にしてください, 勘弁して, 勘弁してください
`);

/**
 * Closes only after a complaint or irony: "I'm out", "I pass", "no thanks", and "enough" words
 * with an everyday sense ("bas": only; "خلاص": done; "thôi": never mind; "bu kadar": that's all).
 */
const OUT = runs(`
  i m out, im out, i am out, count me out, i pass, i ll pass, ill pass, pass, hard pass, i m done,
  im done, i am done, without me, nope, no thanks, no thank you, nah, not for me,
  ich bin raus, bin raus, da bin ich raus, ohne mich, nein danke, ich passe, passe, ich bin weg,
  nicht mit mir, ich steig aus, ich steige aus,
  sans moi, je passe, non merci, tres peu pour moi, très peu pour moi, je me retire, pas pour moi,
  c est bon,
  paso, yo paso, conmigo no cuenten, no cuenten conmigo, no conteis conmigo, no contéis conmigo,
  no gracias, sin mi, sin mí, me bajo, yo me bajo, ya esta bien, ya está bien, no es para mi,
  passo, io passo, senza di me, no grazie, non contate su di me, non fa per me, mi chiamo fuori,
  lascio perdere,
  eu passo, to fora, tô fora, estou fora, sem mim, nao obrigado, não obrigado, nao obrigada,
  não obrigada, dispenso, eu dispenso, deixa quieto,
  ik pas, pas, zonder mij, nee dank je, nee bedankt, nee dankjewel, ik doe niet meer mee,
  ik haak af, ik ben weg, ik ben eruit, niks voor mij, laat maar,
  postoje, postoję, ja odpadam, odpadam, beze mnie, nie dziekuje, nie dziękuję, pasuje, pasuję,
  spasuje, spasuję, ja pasuje, ja pasuję, nie dzieki, nie dzięki,
  я пас, без меня, нет спасибо, я выхожу, увольте, я воздержусь, воздержусь,
  без мене, ні дякую, я виходжу,
  ben yokum, yokum, beni saymayin, beni saymayın, hayir tesekkurler, hayır teşekkürler,
  pas geciyorum, pas geçiyorum, ben pas, bensiz, bu kadar,
  skip, aku skip, saya skip, skip deh, gak ikutan, nggak ikutan, ga ikutan, gak ikut, nggak ikut,
  gak deh, nggak deh, ga deh, engga deh, saya tak join, tak join, tak nak join,
  kira saya keluar, takpelah, takpe lah,
  xin kieu, xin kiếu, thoi, thôi, thoi nha, thôi nha, thoi khoi, thôi khỏi, khong tham gia,
  không tham gia, minh khong tham gia, mình không tham gia,
  pass ako, pass muna, pass na, ayoko na, ayaw ko na, wag na, huwag na, wag na lang,
  huwag na lang,
  nimejitoa, najitoa, mimi nimejitoa, mimi najitoa, bila mimi, hapana asante, mimi siko, basi,
  basi sasa,
  main pass, main toh pass, main to pass, hum to pass, hum toh pass, rehne do, rehne dijiye,
  rehne dein, bas, मैं तो पास, रहने दो, रहने दीजिए, بس, رہنے دیں, رہنے دو,
  আমি বাদ, আমাকে বাদ দিন, বাদ দিন, না ধন্যবাদ, থাক,
  لا شكرا, لا لا شكرا, انا مش معاكم, بدوني, انا برا, خلاص,
  ขอผ่าน, ผ่าน, ไม่เอาด้วย, ไม่เอาด้วยแล้ว, ไม่ล่ะ, ไม่ดีกว่า,
  算了, 我退出, 退出, 不了, 我就不参与了, 不参与了, 我不参与, 免了, 可以了, 行了, 我就算了,
  パス, パスで, パスします, 遠慮しておきます, 遠慮します, 私は抜けます, 私は遠慮しておきます,
  私は遠慮します, 私はパス, 私はパスで
`);

/** Particles, "now", "please", intensifiers, thanks, vocatives: they change nothing. */
const PARTICLE = runs(`
  now, right now, already, please, pls, plz, really, seriously, genuinely, honestly, truly, guys,
  mate, ok, okay, alright, though, thanks, thank you, thx, ty, no no, nah nah, folks, for real,
  man, bro, dude, i mean it, jeez, ffs, ugh, oh, ok then, then, yeah,
  ya, ahora, por favor, porfa, de verdad, en serio, eh, hombre, gente, chicos, gracias, va, pues,
  oye, caray,
  agora, pfv, pf, serio, sério, serio mesmo, sério mesmo, viu, ne, né, pessoal, galera, ta, tá,
  obrigado, obrigada, valeu, poxa, aff, affs, pelo amor de deus, hein, mesmo, beleza,
  maintenant, svp, s il vous plait, s il vous plaît, merci, vraiment, serieux, sérieux,
  franchement, bon, bah, ben, la, là, quoi, allez, les gars, stp, pitie, pitié,
  jetzt, aber, bitte, wirklich, echt, ernsthaft, ehrlich, danke, leute, mal, nun, langsam, doch,
  ja, also, schon, mensch, ey,
  ora, adesso, pero, però, davvero, sul serio, dai, grazie, per favore, per piacere, ragazzi,
  veramente, ma, insomma,
  nu, nou, he, hè, hoor, serieus, alsjeblieft, aub, bedankt, dank je, jongens, mensen, wel, toch,
  zo, even, pff,
  juz, już, naprawde, naprawdę, prosze, proszę, dziekuje, dziękuję, dzieki, dzięki, moze,
  może, chyba, blagam, błagam, ludzie, kurcze, w koncu, w końcu,
  уже, же, пожалуйста, правда, серьезно, серьёзно, спасибо, ну, все, всё, ладно, ребята, народ,
  реально, честно, блин, ок,
  вже, будь ласка, серйозно, дякую, усе, люди, чесно,
  artik, artık, ama, be, yahu, lutfen, lütfen, cidden, gercekten, gerçekten, valla, vallahi,
  tesekkurler, teşekkürler, sag olun, sağ olun, abi, abla, arkadaslar, arkadaşlar, tamam,
  yah, dong, deh, sih, kak, kakak, min, mimin, gan, bang, mas, mbak, tolong, plis, makasih,
  terima kasih, ah, lah, aja, nih, oke, beneran, serius,
  tu, ni, je, tq, boss, ye, weh, wei,
  nha, nhe, nhé, shop, a, ạ, di, đi, nghe, nhen, thiet, thiệt, that su, thật sự, cam on, cảm ơn,
  ban oi, bạn ơi, oi, ơi, luon, luôn, day, đấy, do, đó, ma, mà,
  po, na, naman, talaga, lang, na lang, ha, salamat, sige, grabe, kayo, nyo, niyo, pakiusap,
  seryoso,
  sasa, tafadhali, jamani, kweli, asante, asanteni, ndugu, bwana, kabisa, aisee,
  ab, abhi, yaar, yar, bhai, bhaiya, ji, sir, madam, naa, to, toh, bhi, shukriya, please yaar,
  sach mein, sach me, अब, भाई, जी, यार, प्लीज़, प्लीज, भी, तो, ना, सच में,
  اب, بھائی, جی, یار, پلیز, بھی, شکریہ,
  ভাই, ভাইয়া, আপু, প্লিজ, দয়া করে, এবার, এখন, সত্যি, সত্যিই, ধন্যবাদ,
  بقى, بقا, كده, كدا, يا جماعة, يا جماعه, يا اخي, لو سمحت, لو سمحتو, من فضلك, الله يخليكم,
  والله, بجد, شكرا, لا لا, يعني, ارجوكم, الحين, دلوقتي,
  นะ, นะคะ, นะครับ, ค่ะ, คะ, ครับ, จ้า, จ้ะ, เถอะ, เลย, ก่อน, แล้ว, ได้แล้ว, ขอบคุณ, จริงๆ, จริง,
  ที, หน่อย, ซะ, ละ, ล่ะ, น้า, แหละ, ด้วย,
  吧, 啊, 呀, 了, 啦, 哦, 喔, 嘛, 呢, 真的, 求求你们, 求你们了, 拜托, 拜托了, 谢谢, 好吗, 好不好,
  你们, 点, 一点, 真的是, 好了,
  です, ですよ, よ, ね, って, 本当に, ほんとに, ほんと, マジで, まじで, ください, 下さい,
  お願いします, 頼む, 頼むから, ありがとう, ありがとうございます, いや, ちょっと
`);

/**
 * A complaint of the messages' frequency or sameness: "again", "another one", "the third
 * this week", "every day", "40 a month".
 */
const AGAIN = runs(`
  again, another, yet another, another one, once again, every day, everyday, every single day,
  all day, this week, third, fourth, fifth, 3rd, 4th, 5th, umpteenth, too many, so many,
  a day, per day, in a month, a month, a week, per week, every hour,
  otra vez, otra, otro, de nuevo, otra mas, otra más, cada dia, cada día, todos los dias,
  todos los días, esta semana, este mes, tercera, cuarta, quinta, tercer, enesima, enésima,
  de novo, outra, outro, mais uma, mais um, outra vez, todo dia, todo santo dia, essa semana,
  terceira, quarta, enésima,
  encore, encore une, encore un, a nouveau, à nouveau, de nouveau, chaque jour, tous les jours,
  cette semaine, troisieme, troisième, quatrieme, quatrième, enieme, énième,
  schon wieder, wieder, noch ein, noch eine, nochmal, jeden tag, taglich, täglich, diese woche,
  dritte, vierte, funfte, fünfte,
  ancora, di nuovo, un altro, un altra, ennesima, ennesimo, ogni giorno, tutti i giorni,
  questa settimana, terza, quarta,
  weer, alweer, nog een, opnieuw, elke dag, iedere dag, deze week, derde, vierde,
  znowu, znow, znów, kolejna, kolejny, kolejne, jeszcze jedna, jeszcze jeden, codziennie,
  co dzien, co dzień, w tym tygodniu, trzecia, czwarta,
  опять, снова, еще одна, ещё одна, еще один, ещё один, очередная, очередной, каждый день,
  на этой неделе, третья, третий,
  знову, ще одна, ще один, чергова, черговий, щодня, кожен день, цього тижня, третя,
  yine, gene, bir daha, tekrar, her gun, her gün, bu hafta, ucuncu, üçüncü, dorduncu, dördüncü,
  lagi lagi, promo lagi, tiap hari, setiap hari, tiap jam, minggu ini, ketiga, keempat,
  hari hari, minggu ni,
  lai, lại, lai nua, lại nữa, moi ngay, mỗi ngày, ngay nao cung, ngày nào cũng, tuan nay, tuần này,
  na naman, ulit, araw araw, pang apat, pangatlo, ikatlo,
  tena, kila siku, kila saa, wiki hii,
  phir se, fir se, dobara, dubara, roz, har roz, rozana, har din, is hafte, teesri,
  फिर से, फिर, रोज़, रोज, हर दिन, دوبارہ, پھر سے, پھر, روز, ہر روز,
  আবার, আবারও, প্রতিদিন, রোজ, এই সপ্তাহে, তৃতীয়,
  تاني, تانى, مرة ثانية, مرة تانية, كمان, من جديد, كل يوم, كل شوي, التالت, الثالث, الرابع,
  هالاسبوع, الاسبوع ده,
  อีกแล้ว, ทุกวัน, ทั้งวัน, สัปดาห์นี้, อาทิตย์นี้, วันละ,
  又, 又是, 又来, 再次, 每天, 天天, 一天到晚, 这周, 第三次,
  また, 毎日, 今週, 何度も, 何回も, 三回目, 3回目
`);

/** The sender addressed: "you", "your" (plural or polite), beside a complaint of the messages. */
const YOU = runs(`
  you, your, u, ur, you guys, vosotros, vuestros, vuestras, ustedes, sus, voces, vocês, vcs,
  vous, vos, ihr, euch, eure, euren, voi, vostri, vostre, jullie, wy, wasze, waszych, вы, ваши,
  ваших, вас, ви, ваші, siz, sizin, kalian, korang, kamu, awak, shop, ben ban, bên bạn, kayo,
  ninyo, niyo, nyo, mnanitumia, zenu, yenu, aap, aapke, aap ke, آپ, আপনারা, আপনাদের, انتو,
  انتم, عروضكم, رسايلكم, رسائلكم, ร้าน, คุณ, 你们, 你們, そちら
`);

/** 🙄 😒 😑 🤦 🥱 🤨: irony, a sigh, disbelief. */
const IRONY_EMOJI: ReadonlySet<string> = new Set([
  '\u{1F644}',
  '\u{1F612}',
  '\u{1F611}',
  '\u{1F926}',
  '\u{1F971}',
  '\u{1F928}',
]);

/** "ไม่พอ", "不够", "足りない": a negator before an unspaced "enough" makes it "not enough". */
const UNSPACED_NOT: ReadonlySet<string> = new Set(['ไม่', '不', '没', '沒']);

/** Laughter between a complaint and its close ("555", "kkkk", "haha") closes the complaint. */
const LAUGH_WORD =
  /^(?:5{3,}|k{3,}|(?:ha){2,}h?|(?:he){2,}|(?:wk){2,}|(?:ja){2,}|(?:rs){2,}|lo+l+|lmf?a+o+|x+d+|mdr+)$/;
const isBreak = (t: string | undefined): boolean => isBoundary(t) || LAUGH_WORD.test(t ?? '');

type Kind = 'enough' | 'out';

/** The ends of the runs of `list` that start at tokens[i] and end by `to`. */
function runEnds(list: RunList, tokens: readonly string[], i: number, to: number): number[] {
  const ends: number[] = [];
  for (const run of list.byFirst.get(tokens[i] ?? '') ?? []) {
    const end = i + run.length;
    if (end <= to && run.every((w, k) => tokens[i + k] === w)) ends.push(end);
  }
  return ends;
}

/**
 * How each tail tokens[i, to) of tokens[from, to) is covered by curt words and particles
 * (index i - from; the last entry is the empty tail): 2 when an "enough" word is used, 1 when
 * only an out word is, 0 with particles only, -1 when some word is none of them.
 */
function tailRanks(tokens: readonly string[], from: number, to: number): number[] {
  const best: number[] = new Array<number>(to - from + 1).fill(-1);
  best[to - from] = 0;
  for (let i = to - 1; i >= from; i--) {
    let b = -1;
    for (const [list, rank] of [
      [ENOUGH, 2],
      [OUT, 1],
      [PARTICLE, 0],
    ] as const) {
      for (const end of runEnds(list, tokens, i, to)) {
        const rest = best[end - from] ?? -1;
        if (rest >= 0) b = Math.max(b, rank, rest);
      }
    }
    best[i - from] = b;
  }
  return best;
}

const kindOf = (rank: number | undefined): Kind | null =>
  rank === 2 ? 'enough' : rank === 1 ? 'out' : null;

/** Words that make a number a rank ("pang-apat", "thứ ba", "第三", "another one"): no count. */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set(['pang', 'ika', 'ke', 'thu', '第', 'another']);

/**
 * A quantity that counts things ordered ("two bags"), not messages, times or a rank ("40
 * messages", "3 times", "pang-apat na this week").
 */
function countsThings(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const counted = /^\d{1,3}$/.test(t) && !/^5{3,}$/.test(t);
    if (!counted && !has(QUANTITY, tokens, i, i + 1)) return false;
    if (ORDINAL_BEFORE.has(tokens[i - 1] ?? '')) return false;
    return !has(MARKETING, tokens, i + 1, i + 3) && !has(TIME, tokens, i + 1, i + 2);
  });
}

interface Close {
  kind: Kind;
  start: number;
  end: number;
}

/** Whether tokens[from, to) are particles only ("Genuinely.", "ok"). */
const covered = (tokens: readonly string[], from: number, to: number): boolean =>
  tailRanks(tokens, from, to)[0] === 0;

/**
 * The message's closing curt clause (particle-only clauses after it left aside: "That's enough
 * now. Genuinely."): a whole clause, or in Thai, Chinese and Japanese an "enough" written onto
 * the complaint ("…ทุกวันพอได้แล้วค่ะ"), not negated ("ไม่พอ", "不够").
 */
function closingClause(tokens: readonly string[]): Close | null {
  let end = tokens.length;
  for (;;) {
    while (end > 0 && isBreak(tokens[end - 1])) end--;
    let start = end;
    while (start > 0 && !isBreak(tokens[start - 1])) start--;
    if (start === end) return null;
    const ranks = tailRanks(tokens, start, end);
    const kind = kindOf(ranks[0]);
    if (kind) return { kind, start, end };
    if (ranks[0] !== 0) {
      if (!tokens.slice(start, end).some((t) => isUnspaced(t))) return null;
      for (let i = start + 1; i < end; i++) {
        if (ranks[i - start] === 2 && !UNSPACED_NOT.has(tokens[i - 1] ?? ''))
          return { kind: 'enough', start: i, end };
      }
      return null;
    }
    end = start;
  }
}

/** Whether the clause ending at `end` closes a question ("Może już wystarczy?"). */
const asked = (questions: readonly number[], end: number): boolean => questions.includes(end);

/**
 * The likely stop a curt close says, or null. `emoji`: the message's emoji (🙄 is irony).
 */
export function curtClose(
  tokens: readonly string[],
  questions: readonly number[],
  emoji: readonly string[],
): Finding | null {
  const close = closingClause(tokens);
  if (!close) return null;
  if (countsThings(tokens) || has(THINKING, tokens, 0, tokens.length)) return null;
  // What precedes the close, its particle-only clauses left out.
  const rest: string[] = [];
  for (let from = 0; from < close.start;) {
    let to = from;
    while (to < close.start && !isBreak(tokens[to])) to++;
    if (to > from && !covered(tokens, from, to)) rest.push(...tokens.slice(from, to), '|');
    from = to + 1;
  }
  const irony = emoji.some((e) => IRONY_EMOJI.has(e));
  const again = has(AGAIN, rest, 0, rest.length);
  const named =
    has(MARKETING, rest, 0, rest.length) ||
    has(ABOUT_US, rest, 0, rest.length) ||
    has(YOU, rest, 0, rest.length);
  const complaint = irony || again || (close.kind === 'enough' && named);
  if (rest.length > 0 ? !complaint : close.kind === 'out' && !irony) return null;
  // "Może już wystarczy?" asks only after a complaint; "Pass?" never.
  if (asked(questions, close.end) && (close.kind === 'out' || rest.length === 0)) return null;
  return {
    intent: 'opt_out',
    certainty: 'likely',
    matched: tokens.slice(close.start, close.end).join(' '),
    langs: [],
    start: close.start,
    end: close.end,
    source: 'phrase',
    all: false,
    ...(rest.length > 0 ? { wry: true } : {}),
  };
}
