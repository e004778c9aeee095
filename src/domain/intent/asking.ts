/**
 * Questions ABOUT opting out are not opt-outs, in every language at once:
 * - asking HOW to stop ("comment on se désabonne ?", "cara berhentinya gimana?",
 *   "配信停止ってどうやるんですか？") is a request for help: we answer with the way out;
 * - asking WHETHER a stop took effect ("ma désinscription a été prise en compte ?",
 *   "mera unsubscribe hua ya nahi?", "ยกเลิกสำเร็จยัง") is a status request.
 * The opt-out word is the topic of the question, not the request. A question that is a
 * request ("can you stop sending me these?") stays an opt-out: it has neither marker.
 *
 * Vocabulary by meaning, one list per class, every language (general knowledge, to be
 * reviewed by native speakers). Items are folded like messages; unspaced scripts match as
 * runs of letters.
 */
import { clauseOf, sentenceOf } from './bounds';
import type { Finding } from './finding';
import { isBoundary, phraseTokens } from './normalize';
import type { Signal } from './signals';
import { ANY_NEGATOR } from './compiled';
import { withReasonBreaks } from './reason-breaks';

/**
 * A word list compiled for lookup: runs indexed by their first word, and the few whose
 * first word is a stem or a suffix ("abmeld*", "*jiondoa") tried at every position.
 */
export interface RunList {
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  wild: readonly (readonly string[])[];
  /**
   * The wild runs again, by the code unit a token they match must start with (a stem:
   * "abmeld*" needs an "a") or end with (a suffix: "*jiondoa" needs an "a"); `anywhere`
   * those that tell none. `startsAt` runs at every position of every message against
   * lists of dozens of stems: it tries only the few that can match (speed).
   */
  wildByFirst: ReadonlyMap<number, readonly (readonly string[])[]>;
  wildByLast: ReadonlyMap<number, readonly (readonly string[])[]>;
  anywhere: readonly (readonly string[])[];
  /**
   * Bits (modulo CODE_BITS) telling which tokens may start a run: `plainBits` by the length,
   * first and last code unit of every first word in `byFirst` (wordKey), `stemBits` by the
   * first code unit of every stem in `wildByFirst`, `suffixBits` by the last code unit of every
   * suffix in `wildByLast`. A token whose bit is not set has no run to try in that map: most
   * tokens of most messages, told by array reads before any map is looked up (speed). Absent:
   * every map is looked up.
   */
  plainBits?: Uint32Array;
  stemBits?: Uint32Array;
  suffixBits?: Uint32Array;
}

const CODE_BITS = 8192;

function setBit(bits: Uint32Array, key: number): void {
  const c = key % CODE_BITS;
  bits[c >>> 5] = (bits[c >>> 5] ?? 0) | (1 << (c & 31));
}

function hasBit(bits: Uint32Array, key: number): boolean {
  const c = key % CODE_BITS;
  return ((bits[c >>> 5] ?? 0) & (1 << (c & 31))) !== 0;
}

/** A word's key for `plainBits`: its length, first and last code unit (equal words, equal keys). */
function wordKey(w: string): number {
  return w.length * 4099 + w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1);
}

/** Add `run` to the list under `key` of `map`. */
function file(map: Map<number, (readonly string[])[]>, key: number, run: readonly string[]): void {
  const list = map.get(key);
  if (list) list.push(run);
  else map.set(key, [run]);
}

export function runs(text: string): RunList {
  const list = text
    .split(/[,\n]/)
    .map((w) => w.trim())
    .map((w) => {
      const tokens = phraseTokens(w);
      if (tokens.length === 0) return tokens;
      if (w.startsWith('*')) return [`*${tokens[0] ?? ''}`, ...tokens.slice(1)];
      return w.endsWith('*')
        ? [...tokens.slice(0, -1), `${tokens[tokens.length - 1] ?? ''}*`]
        : tokens;
    })
    .filter((t) => t.length > 0);
  const byFirst = new Map<string, (readonly string[])[]>();
  const wild: (readonly string[])[] = [];
  for (const run of list) {
    const first = run[0] ?? '';
    if (first.startsWith('*') || (run.length === 1 && first.endsWith('*'))) {
      wild.push(run);
      continue;
    }
    byFirst.set(first, [...(byFirst.get(first) ?? []), run]);
  }
  const wildByFirst = new Map<number, (readonly string[])[]>();
  const wildByLast = new Map<number, (readonly string[])[]>();
  const anywhere: (readonly string[])[] = [];
  for (const run of wild) {
    // The test `matchesAt` puts to the first word of a wild run, and what it needs.
    const first = run[0] ?? '';
    const stem = run.length === 1 && first.endsWith('*') ? first.slice(0, -1) : null;
    const suffix = stem === null ? first.slice(1) : '';
    if (stem) file(wildByFirst, stem.charCodeAt(0), run);
    else if (suffix) file(wildByLast, suffix.charCodeAt(suffix.length - 1), run);
    else anywhere.push(run);
  }
  const plainBits = new Uint32Array(CODE_BITS / 32);
  const stemBits = new Uint32Array(CODE_BITS / 32);
  const suffixBits = new Uint32Array(CODE_BITS / 32);
  for (const first of byFirst.keys()) if (first.length > 0) setBit(plainBits, wordKey(first));
  for (const code of wildByFirst.keys()) setBit(stemBits, code);
  for (const code of wildByLast.keys()) setBit(suffixBits, code);
  return {
    byFirst,
    wild,
    wildByFirst,
    wildByLast,
    anywhere,
    plainBits,
    stemBits,
    suffixBits,
  };
}

/**
 * "What do I write / type / reply / send to unsubscribe?" (round 4): asking which word to
 * send is asking how. Also a question particle: "ต้องพิมพ์อะไรถึงจะยกเลิกได้" has no "?".
 */
const WHAT_TO_SEND = `
  what do i write, what do i type, what do i reply, what do i send, what do i text,
  what should i write, what should i type, what should i reply, what should i send,
  what should i text, what to write, what to type, what to reply, what to send, what to text,
  what do i have to write, what do i have to send, what do i have to type, what do i need to write,
  what do i need to send, what do i need to type, what do i text back, what should i text back,
  which word, what word, what keyword, what command, which keyword, which command,
  que tengo que escribir, que escribo, que debo escribir, que respondo, que mando, que envio,
  que tengo que mandar, que tengo que responder, que pongo, que hay que escribir,
  que hay que mandar, que palabra, que le escribo, que contesto,
  o que eu respondo, o que respondo, o que eu escrevo, o que escrevo, o que eu mando, o que mando,
  o que preciso mandar, o que preciso escrever, o que tenho que mandar, o que tenho que escrever,
  o que eu digito, o que digito, digitar o que, mandar o que, escrever o que, responder o que,
  escribo que, mando que, respondo que, o que preciso responder, o que tenho que responder, qual palavra,
  dois repondre quoi, dois ecrire quoi, dois envoyer quoi, qu'est-ce que je dois ecrire,
  qu'est-ce que je dois repondre, qu'est-ce que je dois envoyer, que dois-je ecrire,
  que dois-je repondre, que dois-je envoyer, quoi repondre, quoi ecrire, quoi envoyer, quel mot,
  je reponds quoi, j'ecris quoi, j'envoie quoi,
  was muss ich schreiben, was soll ich schreiben, was muss ich antworten, was soll ich antworten,
  was muss ich senden, was muss ich schicken, was schreibe ich, was muss ich eingeben,
  was soll ich schicken, welches wort,
  cosa devo scrivere, cosa devo rispondere, cosa devo mandare, cosa devo inviare, cosa scrivo,
  che devo scrivere, cosa rispondo, quale parola, cosa bisogna scrivere,
  ketik apa, balas apa, kirim apa, tulis apa, ngetik apa, bales apa, ngirim apa, jawab apa,
  taip apa, hantar apa, reply apa,
  kya likhna, kya likhu, kya likhun, kya bhejna, kya bhejun, kya bheju, kya reply, kya type,
  kya likhe, kya likhen, kya bhejen, kya send, क्या लिखना, क्या लिखूं, क्या भेजना, क्या भेजूं,
  کیا لکھنا, کیا لکھوں, کیا بھیجنا, کیا بھیجوں,
  ki likhte, ki likhbo, ki pathate, ki pathabo, ki reply, ki type, ki likhe, ki pathiye,
  কী লিখতে, কি লিখতে, কী পাঠাতে, কি পাঠাতে, কী লিখব, কি লিখব, কী পাঠাব, কি পাঠাব,
  لازم اكتب, ايش اكتب, ايه اكتب, اكتب ايه, اكتب ايش, ماذا اكتب, ماذا ارسل, شو اكتب, شو ابعت,
  ابعت ايه, ارد بايه, لازم ارد, ايش ارد, شو ارد, وش ارد, وش اكتب, ماذا ارد, lazem ektob, ektob eh, shu ektob, eh ektob, ab3at eh,
  ne yazmam, ne yazmaliyim, ne yazayim, ne gondermem, ne gondermeliyim, ne gondereyim,
  ne cevap, ne yazmak, ne gondermek, ne yazilir,
  что написать, что нужно написать, что нужно ответить, что ответить, что отправить,
  что нужно отправить, что мне написать, что мне ответить, что прислать, какое слово,
  что надо написать, что надо отправить, що написати, що треба написати, що потрібно написати,
  що мені написати, що відповісти, що треба відповісти, що надіслати, що треба надіслати, яке слово,
  wat moet ik sturen, wat moet ik terugsturen, wat moet ik typen, wat moet ik antwoorden,
  wat stuur ik, wat moet ik schrijven, wat moet ik sms'en, welk woord,
  co mam napisac, co mam odpisac, co mam wyslac, co mam odpowiedziec, co napisac, co odpisac,
  co wyslac, jakie slowo, co trzeba napisac, co trzeba wyslac,
  nhan gi, gui gi, go gi, tra loi gi, soan gi, rep gi, nhắn gì, gửi gì, gõ gì, soạn gì,
  ano ita-type, ano i-type, ano itatype, ano ire-reply, ano irereply, ano isesend, ano ise-send,
  anong ita-type, anong ire-reply, anong isesend, ano isasagot, ano ilalagay, ano ang ita-type,
  ano ang ire-reply, ano ang ise-send, ano po ang ire-reply, ano po ang ita-type, ano po ang ise-send, anong ise-send, ano ang itetext, ano po ire-reply, ano po ita-type, ano po isesend, ano itetext, ano ite-text,
  nitume nini, niandike nini, nijibu nini, niseme nini, nitumie nini, tuma nini, andika nini,
  พิมพ์อะไร, ตอบว่าอะไร, ตอบอะไร, ส่งคำว่าอะไร, พิมพ์ว่าอะไร,
  发什么, 回复什么, 回什么, 输入什么, 打什么, 写什么, 发啥, 回啥,
  何を送れば, 何て送れば, 何と送れば, 何を返信, 何と返信, なんて送れば, なんと返信, 何を入力, 何て返せば,
  何て返信, なんて返信, 何と送信, 何を送信,
  che parola, quale parola devo, welk woord, neno gani, niandike neno, nitume neno, คำว่าอะไร,
  พิมพ์คำว่าอะไร, ส่งคำว่าอะไร, kaunsa word, konsa word, kon sa word, কোন শব্দ, kon word,
  hangi kelime, hangi kelimeyi, kata apa, perkataan apa, tu gi, từ gì, anong salita, 什么字, 哪个词,
  何という言葉, どの言葉,
  ano po itatype, ano po ang itatype, ano itatype ko, anong itatype, ano ang itatype, itatype ko,
  eh el kelma, ay kelma, anhi kelma, el kelma elli, ايه الكلمة, اي كلمة, أي كلمة
`;
const WHAT_SEND = runs(WHAT_TO_SEND);

/**
 * "What do I have to do to stop these?" (round 15c): the how-question asked as what must I do,
 * what should I do, what is needed ("il faut faire quoi pour ne plus recevoir ça ?", "nak
 * berhenti terima msg ni kena buat apa?", "ye message band karwane ke liye kya karna hoga?").
 * Like which word to send, it governs its whole sentence: the stop sits in the purpose clause
 * ("to stop", "pour ne plus", "ke liye", "biar"), often after a comma. Only forms that ask for a
 * step (a modal or the asker as subject): "I don't know what to do any more, stop this" gives
 * up, "what do I do with all your offers?" shrugs, and Indonesian "ngapain", Malay "buat apa",
 * Vietnamese "làm gì" alone ask "what for".
 */
const WHAT_TO_DO_TEXT = `
  what do i have to do, what do i need to do, what must i do, what should i do,
  what have i got to do, what do i gotta do, what do we have to do, what do you have to do,
  what does one have to do, what needs to be done, what is needed, what s needed,
  que tengo que hacer, que hay que hacer, que debo hacer, que necesito hacer,
  que tendria que hacer, hay que hacer que, tengo que hacer que,
  o que eu preciso fazer, o que preciso fazer, o que eu tenho que fazer, o que tenho que fazer,
  o que tenho de fazer, o que devo fazer, o que eu devo fazer,
  o que e preciso fazer, o que precisa fazer, preciso fazer o que, tenho que fazer o que,
  que dois je faire, il faut faire quoi, faut faire quoi, je dois faire quoi, on doit faire quoi,
  qu'est-ce que je dois faire, qu'est-ce qu'il faut faire, que faut il faire,
  que puis je faire, qu'est-ce que je peux faire,
  was muss ich tun, was muss ich machen, was muss man tun, was muss man machen, was soll ich tun,
  was soll ich machen, was kann ich tun, was kann ich machen, was ist zu tun,
  cosa devo fare, cosa bisogna fare, che devo fare, che bisogna fare,
  cosa si deve fare, cosa posso fare, cosa occorre fare, cosa dovrei fare,
  wat moet ik doen, wat moet je doen, wat moet men doen, wat kan ik doen, wat moet ik daarvoor doen,
  co mam zrobic, co trzeba zrobic, co musze zrobic, co nalezy zrobic, co powinienem zrobic,
  co powinnam zrobic, co moge zrobic,
  что нужно сделать, что надо сделать, что мне сделать, что мне нужно сделать, что мне надо сделать,
  что необходимо сделать, что я должен сделать, что я должна сделать,
  що треба зробити, що потрібно зробити, що мені зробити, що мені треба зробити,
  що мені потрібно зробити, що я маю зробити,
  ne yapmam lazim, ne yapmaliyim, ne yapmam gerekiyor, ne yapmam gerek, ne yapmak gerekiyor,
  ne yapmaliyiz,
  ماذا يجب ان افعل, ماذا علي ان افعل, شو لازم اعمل, ايش لازم اسوي, وش لازم اسوي, لازم اعمل ايه,
  lazem a3mel eh, shu lazem a3mel,
  kya karna hoga, kya karna ho ga, kya karna padega, kya karna parega, kya karna pade ga,
  kya karna pare ga, kya karna chahiye, liye kya karu, liye kya karun, liye kya karoon,
  liye kya karen, liye kya karein, karna kya hai, karna kya hoga, क्या करना होगा, क्या करना पड़ेगा,
  क्या करना चाहिए, लिए क्या करूं, کیا کرنا ہوگا, کیا کرنا ہو گا, کیا کرنا پڑے گا, کیا کرنا پڑیگا,
  کیا کرنا چاہیے, لیے کیا کروں, ki korte hobe, ki korte hoy, ki kora lagbe, jonno ki korbo,
  jonne ki korbo, জন্য কী করব, জন্য কি করব, কী করতে হয়, কি করতে হয়, কী করা লাগবে, কি করা লাগবে,
  harus ngapain, mesti ngapain, musti ngapain, perlu ngapain, harus apa, apa yang harus saya lakukan,
  apa yang harus dilakukan, apa yang perlu saya lakukan, apa yang harus aku lakukan, saya harus apa,
  aku harus apa,
  kena buat apa, perlu buat apa, patut buat apa, apa yang perlu saya buat, apa yang patut saya buat,
  apa saya kena buat, apa perlu dibuat, apa yang perlu dibuat,
  ano ang kailangan kong gawin, anong kailangan kong gawin, ano ang gagawin ko, ano gagawin ko,
  ano ang dapat kong gawin, anong dapat kong gawin, ano dapat gawin, ano ang kailangang gawin,
  ano po ang gagawin ko, ano po ang kailangan kong gawin,
  phai lam gi, can lam gi, phai lam sao, phai lam the nao,
  ต้องทำอะไร, ควรทำอะไร, ทำยังไงดี, ต้องทำอย่างไร,
  需要做什么, 要做什么, 该做什么, 应该做什么, 得做什么, 需要怎么做,
  何をすれば, 何をしたら, 何すれば, なにをすれば, 何をする必要,
  nifanye nini, natakiwa kufanya nini, inabidi nifanye nini, nahitaji kufanya nini, tufanye nini
`;
const WHAT_TO_DO = runs(WHAT_TO_DO_TEXT);

/**
 * Every language's negators at once: "what do I send so that I no longer get these?" asks
 * about the way out whatever verb follows the negator ("om niks meer te krijgen").
 */

/**
 * "How" in every language: the words every reader of a how-question shares (asking.ts, way-out.ts,
 * notices-only.ts), each adding its own to them.
 */
export const HOW_WORDS = `
  how, how do, how can, como, comment, wie, come, cara, gimana, bagaimana, kaise, kese, كيف, ازاي,
  nasıl, как, hoe, macam mana, làm sao, làm thế nào, kiểu gì, kieu gi, paano, pano, کیسے, কিভাবে,
  কীভাবে, ยังไง,
  อย่างไร, vipi, 怎么, 如何, どうやって, どうすれば
`;

/**
 * "how", "in what way", "what do I do to": the question asks for a procedure. Ukrainian "як"
 * only with what follows it: alone it is also "if / when" ("як щось буде треба, я сама напишу,
 * добре?" declines for the future, round 13); Polish "jak" too ("wywalcie mnie z tej listy czy
 * jak to się nazywa": or whatever it is called, round 13d).
 */
const HOW = runs(`
  ${HOW_WORDS},
  how to, what do i do, what should i do, what do i need to do, como faço, como hago, como se,
  de que forma, que tengo que hacer, para que, donde me, dónde me, donde puedo, dónde puedo,
  where do i, where can i, onde me, onde posso, ou puis je, où puis je, wo kann ich, dove posso,
  waar kan ik, gdzie moge, gdzie mogę, comment faire, que dois je faire, wie kann,
  was muss ich, was soll ich, damit, come si fa, come faccio, cosa devo fare, caranya, gmn, gimane,
  kaisay, kaise karu, kaise karen, kya karna hai, kaise kare, شلون, كيفاش, ne yapmam lazim,
  ne yapmaliyim, каким образом, что нужно сделать, что сделать, что нужно, чтобы, як мені,
  як можна, як я можу, як відключити, як вимкнути, як відписатися, як відписатись, як зупинити,
  як прибрати, як скасувати, як вийти, як позбутися, як це зробити, яким чином, що треба зробити,
  що потрібно зробити, hoe kan, wat moet ik doen, jak mogę, jak moge, jak można, jak mozna,
  jak się, jak sie, jak zrezygnować, jak zrezygnowac, jak wypisać, jak wypisac, jak to zrobić,
  jak to zrobic, jak wyłączyć, jak wylaczyc, jak usunąć, jak usunac, co mam zrobić, w jaki sposób,
  camne, cemana, bagaimana caranya, biar, supaya, agar, như thế nào, nhu the nao, thế nào, the nao,
  cách nào, cach nao, bằng cách nào, như nào, nhu nao, paanu, ano gagawin ko, کیسے کریں,
  طریقہ کیا ہے, ka tareeqa, ka tareeka, ka tarika, tareeqa kya, tareeka kya, tarika kya, কি করে,
  কী করে, কেমনে, kivabe, kibhabe, kivave, kemne, ki kore, কী করতে হবে, কি করতে হবে, ki korte hobe,
  कैसे, कैसे करें, कैसे करूं, kaise karun, ทำไง, ทํายังไง, ทำยังไง, วิธี, ถึงจะ, jinsi gani,
  namna gani, nifanyeje, nifanye nini, jinsi ya, nawezaje, tunawezaje, ninawezaje, 怎样, どうやる, どうしたら,
  どうやったら, どうやれば, 方法, には, ${WHAT_TO_SEND}, ${WHAT_TO_DO_TEXT}
`);

/**
 * Perfective or passive forms of "removed", "unsubscribed": the word says both what was
 * asked and that it is done ("bin ich jetzt abgemeldet?", "natanggal na ba ako?").
 */
const REMOVED_TEXT = `
  unsubscribed, removed, taken off, opted out,
  fuera de la lista, quede fuera, dado de baja, dada de baja, eliminado, eliminada, borrado,
  sai da lista, descadastrado, descadastrada, removido, removida, excluido, excluida,
  desinscrit, desinscrite, desabonne, desabonnee, retire, retiree, supprime,
  abgemeldet, ausgetragen, entfernt, geloscht,
  cancellato, cancellata, disiscritto, disiscritta, rimosso, rimossa, tolto, tolta,
  dihapus, dikeluarkan, diunsubscribe, di unsubscribe, dipadam, dibuang,
  cikarildim, cikarildi, silindi, silindim, çıkarıldım, çıkarıldı,
  удалили, удалён, удален, удалена, отписан, отписана, исключили, исключен, исключён,
  afgemeld, uitgeschreven, verwijderd,
  wypisany, wypisana, usuniety, usunięty, usunieta, usunięta, usunieto, usunięto,
  bi xoa, bị xóa, da xoa, đã xóa, da huy, đã hủy,
  natanggal, naalis, na unsubscribe, naka unsubscribe,
  *tolewa, *ondolewa,
  退订了, 删除了, 移除了, 取消了,
  解除され, 停止され, 削除され, 配信停止になって,
  تم حذف, اتشال, اتلغى, اتمسح,
  বাদ দেওয়া হয়েছে, বাদ দেওয়া,
  ลบ, เอาออก,
  hat gaya, hata diya, hat gayi, हट गया, हटा दिया, ہٹ گیا, ہٹا دیا,
  took me off, taken me off, von der liste genommen, aus der liste genommen,
  vom verteiler genommen, aus dem verteiler genommen, me tiraram, tiraram da lista, me sacaron,
  me quitaron, me han sacado, ciktim, çıktım, cikardiniz, çıkardınız, dikeluarin dari,
  van de lijst gehaald, usuneliscie, usunęliście, tinanggal na, naam hata, list se hata,
  hoise naki, hoyeche naki, hoye geche naki,
  me borraron, me eliminaron, me dieron de baja, отписали, отписали меня, відписали,
  nikal diya, nikaal diya, nikal diye, निकाल दिया, نکال دیا,
  bad dise, bad disen, bad diyeche, bad diyechen, bad dilen, baad diyechen, baad dise,
  bad deya hoise, bad deya hoyeche, বাদ দিয়েছেন, বাদ দিয়েছে, বাদ দিছেন, বাদ দিলেন, সরিয়ে দিয়েছেন,
  شلتوني, شلتني, حذفتوني, حذفتني, مسحتوني, شالوني, شلتو رقمي, حذفتو رقمي,
  dah buang, sudah buang, udah buang, dah keluarkan, udah dikeluarin, udah keluarin
`;

/**
 * "Am I still on the list?" after a STOP told (round 4): whether it took effect, asked.
 */
const STILL_LISTED_TEXT = `
  still on the list, still on your list, still subscribed, list me hu, list mein hoon, list mein hun,
  list me hoon, list me hun, list mein hu, list e achi, list e achhi, liste achi, ekhono list,
  masih di daftar, masih terdaftar, masih dalam senarai, masih dalam list, ainda estou na lista,
  ainda to na lista, sigo en la lista, sigo en su lista, noch auf der liste, noch im verteiler,
  encore sur la liste, encore inscrit, ancora nella lista, ancora iscritto, все еще в списке,
  всё ещё в списке, еще в рассылке, nog op de lijst, nog ingeschreven, nadal na liscie, wciaz na liscie,
  hala listede, hala kayitli, van trong danh sach, vẫn trong danh sách, nasa listahan pa, nasa list pa,
  bado kwenye orodha, bado niko kwenye orodha, ยังอยู่ในรายชื่อ, 还在名单, 还在列表, まだリストに,
  tamamlandi, tamamlandı, ho gayi, ہو گئی, ہو گئی ہے, hoye geche, হয়ে গেছে
`;
/**
 * "worked", "done", "taken into account", "yet": the question asks whether a
 * stop took effect. Past/perfective forms and "did it go through" particles.
 */
const DONE_TEXT = `
  did it, did my, did that, did the, worked, gone through, went through, go thru, went thru,
  gone thru, done, processed, been removed,
  been unsubscribed, yet, successful, successfully, confirmed, is it done,
  funcionou, funciono, deu certo, foi feito, ja foi, já foi, ainda estou, efetuado, concluido, processado,
  funcionó, se hizo, proceso, procesó, procesada, aplicada, aplicado, ya me, ya estoy, todavia, todavía, aun, aún, sigo, realizado, procesado, quedo, quedó,
  pris en compte, prise en compte, bien ete, a t elle, a t il, fonctionne, marche, effectue, effectuée, effective, effectif,
  geklappt, funktioniert, erledigt, noch immer, immer noch, wirksam, angekommen,
  funzionato, andata a buon fine, andato a buon fine, ancora iscritto, effettuata, registrata,
  e andata, e andato, è andata, è andato, e passata, è passata,
  est passee, est passée, est passe, est passé, a ete prise, a été prise, a ete faite, a été faite,
  wypisaliscie, wypisaliście, usuneliscie, usunęliście,
  berhasil, belum, masih, terdaftar, jadi, sukses, diproses,
  hua, hui, ho gaya, ho gayi, hogaya, hua ya nahi, abhi bhi, ab bhi, ho chuka, हुआ, हो गया, अभी भी,
  تم, نجح, اتلغى, اتشال, لسه, مازلت, ما زلت, هل تم, فعلا,
  oldu mu, oldu, alındı mı, alindi mi, işleme, isleme, islendi, işlendi, hala, hâlâ, gerçekleşti, tamam mı,
  получилось, сработало, сработала, сработал, прошла, прошло, прошёл, прошел, обработана, обработан, всё ещё, все еще, удалось, оформлена,
  спрацювало, спрацювала, спрацював, вийшло, пройшло, подіяло, оброблено, досі,
  gelukt, gewerkt, verwerkt, nog steeds, doorgevoerd,
  zadziałało, zadzialalo, zadziałała, zadzialala, udało, udalo, przeszła, przeszla, przeszło, przeszlo, przeszedł, nadal, wciąż, wciaz, przeszło,
  berjaya, masih, jadi ke, lulus,
  được chưa, duoc chua, chưa, chua, rồi, roi, thành công, thanh cong, vẫn còn, xu ly, xử lý,
  na ba, nagawa, gumana, pa rin, parin, na po ba, tapos na,
  ho gaya, hogya, hua, ab bhi, abhi tak, ہو گیا, ہوا, ابھی بھی,
  হয়েছে, হয়ে গেছে, হলো, এখনো, এখনও, সফল, hoise, hoyeche, hoye geche, hoiche,
  สำเร็จ, รึยัง, หรือยัง, แล้วหรือยัง, เรียบร้อย,
  imefanikiwa, imekubaliwa, bado, nimesha, nimeshaondolewa, nimeondolewa,
  成功, 了吗, 了没, 好了吗, 还在, 生效,
  できて, できました, できた, 完了, 済み, まだ, 反映, なって, なっています, されて, されました,
  になりました, になった, もらえました, いただけました, くれました, ให้ยัง, ยังคะ, ยังครับ, ยังค่ะ
`;
const DONE = runs(`${DONE_TEXT},${REMOVED_TEXT},${STILL_LISTED_TEXT}`);

/**
 * "Did it work": success or effect only, not "still" or "yet" ("ポイントってまだ使えますか？"
 * asks about points). A stop told in the past ("yesterday I sent STOP") is asked about only
 * with one of these.
 */
const WORKED = runs(`
  worked, work, gone through, went through, go through, processed, successful, confirmed, done,
  funcionou, deu certo, funciono, funcionó, se hizo, quedo, quedó, procesado, pris en compte,
  prise en compte, fonctionne, marche, geklappt, funktioniert, erledigt, andato a buon fine,
  andata a buon fine, funzionato, berhasil, sukses, jadi, hua ya nahi, ho gaya, hua, تم, نجح,
  اتلغى, oldu mu, oldu, получилось, сработало, прошло, удалось, gelukt, gewerkt, zadziałało,
  zadzialalo, udało, udalo, спрацювало, вийшло, подіяло, berjaya, thành công, thanh cong, được chưa, duoc chua, gumana,
  nagawa, natanggal, হয়েছে, সফল, สำเร็จ, imefanikiwa, 成功, 生效, 反映, できました, 完了,
  e andata, e andato, è andata, è andato
,
  ${STILL_LISTED_TEXT}
`);
const REMOVED = runs(REMOVED_TEXT);
const DONE_ONLY = runs(DONE_TEXT);

/**
 * Particles that close their question (Thai, Chinese, Japanese). One standing before a stop
 * asks about what came before it, not about the stop (round 15d): "วันละ 3 ข้อความ เยอะไปมั้ย
 * ลบเบอร์ผมออกจากรายชื่อเลยครับ" (three a day, too many, no? remove my number from the list),
 * where the space that ends the Thai sentence is lost.
 */
const CLOSING_PARTICLES_TEXT = `
  吗, 嗎, ですか, ますか, ไหม, มั้ย, หรือเปล่า, รึยัง, หรือยัง, ยังคะ, ยังครับ, ยังค่ะ
`;
const CLOSING_PARTICLES = runs(CLOSING_PARTICLES_TEXT);

/**
 * Question particles and question words (besides "?"): a sentence holding one asks.
 * "how" words count too (HOW). A wish to know how asks too: "je voulais savoir comment on se
 * désabonne, merci" (round 14d; not "je ne sais pas comment…, retirez-moi", which gives up).
 */
const PARTICLES = runs(`
  est ce que, est-ce que, هل, mı, mi mi, mu, mü, ли, czy, kya, क्या, কি, কী, na ba, po ba,
  ${CLOSING_PARTICLES_TEXT}, 了没, 了没有, chưa, không, kan, kah, ya nahi,
  या नहीं, হয়েছে কি, ob, whether,
  gimana, gmn, vipi, ยังไง, อย่างไร, ทำไง, どうやって, どうやる, どうすれば, 怎么, 如何, kaise,
  paano, làm sao, lam sao, macam mana, kivabe, kibhabe, कैसे, كيف, ازاي, nasıl, nasil, কিভাবে, কীভাবে, jinsi gani,
  như thế nào, nhu the nao,
  tell me, dime, digame, me diga, me fala, dites moi, sag mir, sagen sie mir, dimmi, mi dica,
  kasih tau, kasih tahu, beritahu, batao, bataiye, बताओ, बताइए, قولي, قولولي, söyleyin,
  подскажите, скажите, vertel, powiedz, powiedzcie, chỉ mình, chi minh, sabihin, بتائیں,
  বলুন, บอกหน่อย, niambie, niambieni, 告诉我, 教えて,
  ke tak, ke belum, jadi ke, kah, اذا تم, إذا تم, لو تم, ان كان تم,
  voulais savoir comment, veux savoir comment, voudrais savoir comment, volevo sapere come,
  vorrei sapere come, quiero saber como, quisiera saber como, queria saber como, quería saber cómo,
  gostaria de saber como, want to know how, wanted to know how, would like to know how,
  mochte wissen wie, möchte wissen wie, wollte wissen wie, wil weten hoe, wilde weten hoe,
  ${WHAT_TO_SEND}, ${WHAT_TO_DO_TEXT}
`);

/**
 * Where the first run of `list` starts in tokens[from, to), or -1. A run's last word may
 * end with `*` (a stem: "abmeld*") and its first may start with one (a suffix: "*jiondoa",
 * Swahili verbs carry their subject and tense as prefixes, "nitajiondoa").
 */
function matchesAt(
  run: readonly string[],
  tokens: readonly string[],
  i: number,
  to: number,
): boolean {
  if (i + run.length > to) return false;
  const last = run.length - 1;
  // A plain loop, the stem and the suffix compared in place: no closure, no sliced copy of the
  // word for every candidate tried (startsAt runs ~500 times a message: speed).
  for (let k = 0; k <= last; k++) {
    const w = run[k] ?? '';
    const t = tokens[i + k] ?? '';
    if (k === last && w.endsWith('*')) {
      if (!hasStemOf(t, w)) return false;
    } else if (k === 0 && w.startsWith('*')) {
      if (!hasSuffixOf(t, w)) return false;
    } else if (t !== w) return false;
  }
  return true;
}

/** `t.startsWith(w.slice(0, -1))` without the copy: `w` is a stem ending with `*`. */
function hasStemOf(t: string, w: string): boolean {
  const n = w.length - 1;
  if (t.length < n) return false;
  for (let j = 0; j < n; j++) if (t.charCodeAt(j) !== w.charCodeAt(j)) return false;
  return true;
}

/** `t.endsWith(w.slice(1))` without the copy: `w` is a suffix starting with `*`. */
function hasSuffixOf(t: string, w: string): boolean {
  const offset = t.length - w.length;
  if (offset < -1) return false;
  for (let j = 1; j < w.length; j++) if (t.charCodeAt(offset + j) !== w.charCodeAt(j)) return false;
  return true;
}

/** Whether a run of `list` starts at token `i` (and ends before `to`). */
export function startsAt(list: RunList, tokens: readonly string[], i: number, to: number): boolean {
  const token = tokens[i] ?? '';
  const { plainBits, stemBits, suffixBits } = list;
  if (plainBits && stemBits && suffixBits && token.length > 0) {
    // The same tries as below, each only when its bit says the map may hold a run for the token.
    const first = token.charCodeAt(0);
    const last = token.charCodeAt(token.length - 1);
    return (
      (hasBit(plainBits, wordKey(token)) && anyAt(list.byFirst.get(token), tokens, i, to)) ||
      (hasBit(stemBits, first) && anyAt(list.wildByFirst.get(first), tokens, i, to)) ||
      (hasBit(suffixBits, last) && anyAt(list.wildByLast.get(last), tokens, i, to)) ||
      anyAt(list.anywhere, tokens, i, to)
    );
  }
  if (anyAt(list.byFirst.get(token), tokens, i, to)) return true;
  if (list.wild.length === 0 || token.length === 0) return anyAt(list.anywhere, tokens, i, to);
  // Code units as keys: charAt would build a string for every letter outside Latin-1.
  return (
    anyAt(list.wildByFirst.get(token.charCodeAt(0)), tokens, i, to) ||
    anyAt(list.wildByLast.get(token.charCodeAt(token.length - 1)), tokens, i, to) ||
    anyAt(list.anywhere, tokens, i, to)
  );
}

/** Whether one of `candidates` starts at token `i` (a plain loop: called ~130 times a message). */
function anyAt(
  candidates: readonly (readonly string[])[] | undefined,
  tokens: readonly string[],
  i: number,
  to: number,
): boolean {
  if (candidates) for (const run of candidates) if (matchesAt(run, tokens, i, to)) return true;
  return false;
}

/** Where the first run of `list` starts in tokens[from, to), or -1. */
export function findRun(
  list: RunList,
  tokens: readonly string[],
  from: number,
  to: number,
): number {
  for (let i = from; i < to; i++) if (startsAt(list, tokens, i, to)) return i;
  return -1;
}

/** Where every run of `list` starts in tokens[from, to), each position once. */
export function findRuns(
  list: RunList,
  tokens: readonly string[],
  from: number,
  to: number,
): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (startsAt(list, tokens, i, to)) out.push(i);
  return out;
}

/** Whether tokens[from, to) is a question: closed by "?" (at `to`) or holding a question particle. */
export function isQuestionSpan(
  tokens: readonly string[],
  questions: readonly number[],
  from: number,
  to: number,
): boolean {
  return questions.includes(to) || hasParticle(tokens, from, to);
}

/**
 * Whether tokens[from, to) holds a question particle. A "send what" right after a negator
 * asks nothing: Vietnamese "shop đừng gửi gì nữa nha" and Chinese "别发什么了" say "don't send
 * anything any more" (round 9a: a chatty stop read as a help question).
 */
const IDIOM_BEFORE: ReadonlySet<string> = new Set(['bukannya', 'bukan']);

/** Words that may close a Vietnamese question after "không" ("được không ạ?", "có không vậy"). */
const VI_CLOSERS: ReadonlySet<string> = new Set(
  'a ha ta vay nhi nhe nha shop em anh chi ban ha'.split(' '),
);

/**
 * Vietnamese "không" asks only at the end of its clause ("được không?"); before a verb it
 * negates it: "chuyển vào Sài Gòn rồi nên không cần khuyến mãi nữa" (round 11c) says "no need
 * for the offers any more", no question.
 */
function negatesVerb(tokens: readonly string[], at: number, to: number): boolean {
  if (tokens[at] !== 'khong') return false;
  for (let i = at + 1; i < to && !isBoundary(tokens[i]); i++) {
    if (!VI_CLOSERS.has(tokens[i] ?? '')) return true;
  }
  return false;
}

/**
 * Turkish "mı", "mu" (folded "mi", "mu") close the clause they ask, or stand before a few
 * words that close it ("sildiniz mi acaba", "çıktım mı yoksa …", "oldu mu bilmiyorum"). Spanish and Italian "mi"
 * (my, me) opens a phrase: "mi hija les mandó un mensaje" asks nothing (round 17d).
 */
const TR_PARTICLE: ReadonlySet<string> = new Set(['mi', 'mu']);
const TR_CLOSERS: ReadonlySet<string> = new Set(
  'acaba yoksa ya ki diye peki hala artik simdi lutfen bilmiyorum emin merak anlamadim'.split(' '),
);

function notTurkishParticle(tokens: readonly string[], at: number): boolean {
  if (!TR_PARTICLE.has(tokens[at] ?? '')) return false;
  const next = tokens[at + 1];
  return next !== undefined && !isBoundary(next) && !TR_CLOSERS.has(next) && next !== tokens[at];
}

/**
 * `closedBefore`: where a stop starts; a closing particle before it asks nothing of the stop.
 */
function hasParticle(
  tokens: readonly string[],
  from: number,
  to: number,
  closedBefore = from,
): boolean {
  let reasons: readonly string[] | undefined;
  for (let at = findRun(PARTICLES, tokens, from, to); at >= 0;) {
    const negated = ANY_NEGATOR.has(tokens[at - 1] ?? '') && startsAt(WHAT_SEND, tokens, at, to);
    // Indonesian "bukannya gimana" (no offence meant) asks nothing either.
    const idiom = IDIOM_BEFORE.has(tokens[at - 1] ?? '');
    const closed = at < closedBefore && startsAt(CLOSING_PARTICLES, tokens, at, to);
    const mine = notTurkishParticle(tokens, at);
    // Round 17b: "…车都卖了 没什么意义 帮我取消订阅吧" (sold the car, no sense, unsubscribe me): a
    // particle in a reason, or running into one ("了没" of "卖了 没意义"), asks nothing
    // (reason-breaks.ts).
    reasons ??= withReasonBreaks(tokens);
    const inReason = (i: number): boolean => reasons?.[i] !== tokens[i];
    const reason = inReason(at) || inReason(at + 1);
    if (!negated && !idiom && !closed && !mine && !reason && !negatesVerb(tokens, at, to))
      return true;
    at = findRun(PARTICLES, tokens, at + 1, to);
  }
  return false;
}

export function has(list: RunList, tokens: readonly string[], from: number, to: number): boolean {
  return findRun(list, tokens, from, to) >= 0;
}

/**
 * Where the first run of `list` in tokens[from, to) starts with no negator among the `reach`
 * tokens before it (only those in its own clause when `inClause`); -1 when none. "I did not
 * unsubscribe by mistake" is no mistake told; sent-by-mistake, put-back, new-number and
 * unsubscribed-elsewhere each look for a run said plainly.
 */
export function unnegatedAt(
  list: RunList,
  tokens: readonly string[],
  reach: number,
  { from = 0, to = tokens.length, inClause = false } = {},
): number {
  for (let i = from; i < to; i++) {
    if (!startsAt(list, tokens, i, to)) continue;
    const near = tokens.slice(Math.max(0, i - reach), i);
    const before = inClause ? near.slice(near.findLastIndex(isBoundary) + 1) : near;
    if (!before.some((t) => ANY_NEGATOR.has(t))) return i;
  }
  return -1;
}

/**
 * Like `has`, for the how and which-word lists, skipping a question word said twice:
 * Malay and Indonesian "apa-apa" (anything) in "jangan hantar apa-apa lagi" asks nothing.
 */
function hasAsk(list: RunList, tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const all = [...(list.byFirst.get(tokens[i] ?? '') ?? []), ...list.wild];
    const run = all.find((r) => matchesAt(r, tokens, i, to));
    if (!run) continue;
    const end = i + run.length;
    if (end < tokens.length && tokens[end] === tokens[end - 1]) continue;
    return true;
  }
  return false;
}

/**
 * The unsubscription itself, as a noun or in any tense ("afmelding", "wypisanie", "退订",
 * "abgemeldet", "отписывался"): `*` ends a stem. The topic of a status or how question
 * even where no opt-out phrase matched.
 */
const UNSUB_TEXT = `
  unsubscri*, opt out, opted out, optout, stopped, removal, stop request,
  baja, desuscri*, desinscri*, descadastr*, cancelamento, cancelacion, cancelación,
  desabonn*, désabonn*, desinscription, désinscription, desinscri*,
  abmeld*, abgemeld*, austrag*, ausgetragen, abbestell*,
  disiscri*, cancellazione, cancellat*,
  berhenti*, unsub*, henti langgan*,
  band kiya, band karwaya, बंद किया,
  الغاء, إلغاء, لغيت, الغيت, ألغيت, شطب*,
  ret talebi*, iptal*, abonelikten,
  отпис*, отказ*,
  afmeld*, afgemeld*, uitschrij*, uitgeschreven,
  wypisani*, wypisał*, wypisal*, rezygnacj*,
  hủy*, huy, hủy đăng ký,
  naka unsubscribe, nag unsubscribe,
  আনসাবস্ক্রাইব*,
  ยกเลิก,
  *jiondoa, *ondolewa, *ondoa, *sitisha,
  退订, 取消订阅,
  配信停止, 登録解除, 解除,
  durdur*, engelle*, остановить, прекратить, parar, arreter, arrêter, aufhören, aufhoren,
  smettere, stoppen, zatrzymać, zatrzymac, zrezygnowa*, dừng, ngừng, itigil, hentikan, berhentikan,
  বন্ধ, بند, band, 停止, หยุด, стоп,
  stop, stopp, turn off, turn these off, disable, opt out,
  no recibir, no me lleguen, no me llegue, nao receber, não receber, ne plus recevoir,
  keine nachrichten, nicht mehr bekommen, non ricevere, piu ricevere, niet meer ontvangen,
  wyłączyć, wylaczyc, wyłączyc, nie dostawać, nie dostawac, nie otrzymywać, nie otrzymywac,
  ititigil, itigil, matigil, kurtul*, engellerim, не получать, не отримувати, не приходили, отключить,
  ga dapet, gak dapet, nggak dapet, ngga dapet, enggak dapet, ga dapat, tidak dapat, tidak menerima, ga terima, tak terima,
  không nhận, khong nhan, 不收到, 不再收到, 不要收到, 收不到, 止める, 止め, 届かない,
  ไม่ได้รับ, ไม่รับ, ไม่อยากรับ, ไม่อยากได้รับ, ไม่ให้ส่ง, msinitumie, *sipokee, *sipate, sitapokea, dejen de llegar, deje de llegar, না আসে, আসা বন্ধ,
  nahi aaye, na aaye, نہ آئیں,
  me tirarem, me tirar da, me tirem, me tire da, me sacaran, me saquen, me sacaran de, me quitaran,
  me borraran, me eliminaran, cancello, cancellarmi, cancellarsi, wypisanie, wypisania,
  abzumeld*, af te melden, afmelden, uit te schrijven, van de lijst te halen, buang nombor, buang nomor, hapus nomor, keluarkan nombor, me retirarem, me retirar, me retirem, wypisac, wypisać, wypisac sie, bondho, bondo, bandh,
  ga dikirim*, gak dikirim*, nggak dikirim*, tidak dikirim*, tak dapat, x dapat,
  *situmiwe, *situmiwe, abonelikten cik*, listeden cik*, отписаться, отписки,
  turns off, turns these off, turn them off, turns them off, turn it off, turns it off,
  rokne, rokna, rukwane, rukwana, rukvane, रुकवाने, aufhort, aufhoert, لايقاف, band karne, band karwane, बंद करने, रोकने, بند کرنے, روکنے, bondho korar, bondho korte,
  pra sair, para sair, sair da lista, يوقف, توقف الاشتراك, ايقاف, إيقاف,
  di na makatanggap, hindi na makatanggap, di makatanggap, hindi makatanggap,
  止まる, 止まり, 止まります, 退会, 届かなく, 届かなくなる, 受け取らない, 受け取らなく, 受信しない, 受信しなく, awa2af, awa2ef, a wa2af, remocao, remoção, wa2ef, wa2af, wa2fo, niet meer te krijgen,
  przestaly przychodzic, przestały przychodzić, перестали приходить, перестали,
  سبسکرپشن ختم, subscription khatam, mesajlar gelmesin, gelmesin,
  अनसब्सक्राइब*, ان سبسکرپشن, ان سبسکرائب, انسبسکرائب*, elgha2, el8a2, elgha2i, ilgha2
`;
const UNSUB = runs(`${UNSUB_TEXT},${REMOVED_TEXT}`);

export function hasStem(tokens: readonly string[], from: number, to: number): number {
  return findRun(UNSUB, tokens, from, to);
}

/** The first unsubscription named in tokens[from, to) ("me tirarem", "退订"), as [start, end). */
export function stemSpan(
  tokens: readonly string[],
  from: number,
  to: number,
): [number, number] | null {
  const at = findRun(UNSUB, tokens, from, to);
  if (at < 0) return null;
  const all = [...(UNSUB.byFirst.get(tokens[at] ?? '') ?? []), ...UNSUB.wild];
  const length = Math.max(
    1,
    ...all.filter((r) => matchesAt(r, tokens, at, to)).map((r) => r.length),
  );
  return [at, at + length];
}

/**
 * "My number", "this number": a question about where the number came from or whose it is
 * ("quién les dio mi número?", "skąd macie mój numer?") is answered with help, which names
 * the brand and the way out; a maybe-stop in it is the same complaint, asked.
 */
const NUMBER = runs(`
  my number, this number, my phone number, my contact,
  mi numero, mi número, este numero, este número, mi contacto,
  meu numero, meu número, esse numero, esse número, este numero, meu contato,
  mon numero, mon numéro, ce numero, ce numéro, mes coordonnees,
  meine nummer, diese nummer, meine handynummer, meine daten,
  il mio numero, questo numero, i miei dati,
  nomor saya, nomor aku, nomorku, nomor gue, nomor ini, no saya,
  mera number, mera no, मेरा नंबर, ye number, yeh number, यह नंबर,
  رقمي, نمرتي, الرقم ده, هذا الرقم,
  numaramı, numarami, bu numara,
  мой номер, этот номер, мой телефон,
  mijn nummer, dit nummer, mijn gegevens,
  mój numer, moj numer, ten numer, moje dane,
  nombor saya, nombor aku, nombor ni,
  số của tôi, so cua toi, số của mình, so cua minh, số này, so nay, số điện thoại của tôi,
  number ko, numero ko, itong number, number na ito,
  میرا نمبر, یہ نمبر,
  আমার নম্বর, আমার নাম্বার, এই নম্বর,
  เบอร์ฉัน, เบอร์ผม, เบอร์นี้, เบอร์เรา,
  namba yangu, namba hii, nambari yangu,
  我的号码, 我的电话, 这个号码, 我的手机号,
  私の番号, この番号, 電話番号
`);

/**
 * "I sent STOP yesterday", "昨日配信停止と送りました": the keyword in that clause is told, and
 * "did it work?" in the same sentence asks about it (status).
 */
const SENT = runs(`
  sent, i sent, texted, replied, typed, wrote, envie, envié, mande, mandé, escribi, escribí,
  mandei, enviei, escrevi, respondi, j ai envoye, envoye, envoyé, ecrit, écrit, geschickt,
  gesendet, geschrieben, ho mandato, ho inviato, ho scritto, mandato, inviato, kirim, udah kirim,
  sudah kirim, dah hantar, sudah hantar, hantar, bheja, bheja tha, likha, likha tha, بعت, بعتت,
  ارسلت, أرسلت, gonderdim, gönderdim, yazdim, yazdım, отправил, отправила, написал, написала,
  gestuurd, verstuurd, wysłałem, wyslalem, wysłałam, wyslalam, napisałem, napisalem, đã gửi, da gui,
  đã nhắn, da nhan, nag send, nagsend, nag text, nagtext, পাঠিয়েছি, পাঠালাম, ส่ง, พิมพ์,
  nilituma, niliandika, 回复了, 回了, 发了, 发过, 送りました, 送った, 返信しました, 返信した,
  ketik, udah ketik, sudah ketik, pathiyechilam, pathiyechi, pathalam, পাঠিয়েছিলাম, bheja tha, bheji thi
`);

/**
 * "Who" and "where from": with "my number" they ask whose number this is or where it came
 * from, also without a question mark ("who gave you my number").
 */
const WHO_WHERE = runs(`
  who, whos, where, quien, quién, quienes, de donde, qui, ou, où, d ou, wer, woher, chi, dove,
  da dove, siapa, dari mana, darimana, kaun, kon, kahan, kaha, कौन, कहाँ, कहां, مين, من, منين,
  من وين, من اين, kim, nereden, nerden, кто, откуда, wie, waar, waarvandaan, kto, skąd, skad,
  mana, ai, đâu, dau, sino, saan, کون, کہاں, কে, কোথায়, কোথা, ใคร, ไหน, nani, wapi, 谁, 哪里, 哪儿,
  誰, どこ, どなた
`);

/**
 * "How dare you", "how many times": exasperation, not a question about the way out. A
 * stop said with them is a stop. So is one after Thai "อย่างไรก็ตาม" (however: "how" with
 * "anyway", round 17c), which opens the request of a formal letter written in one sentence.
 */
const EXASPERATED = runs(`
  how dare, how many times, how often, how many more, how come, wie oft, combien de fois,
  cuantas veces, cuántas veces, quantas vezes, quante volte, сколько раз, сколько можно,
  kitni baar, kitni bar, kitni dafa, kaç kere, kac kere, kaç defa, kac defa, hoe vaak,
  ile razy, berapa kali, bao nhiêu lần, bao nhieu lan, ilang beses, ilang ulit, mara ngapi,
  多少次, 何度, 何回, كام مرة, كم مرة, কতবার, กี่ครั้ง, कितनी बार, کتنی بار, อย่างไรก็ตาม, อย่างไรก็ดี
`);

/**
 * Request words: "can you stop..." asks for the stop, it does not ask about it. Hindi and Urdu
 * "hata sakte hain" (can you remove) and Bengali "bad deya jabe / dite parben" (can it be removed,
 * can you) ask too (round 16b: "kya aap mera number broadcast list se hata sakte hain?" read as
 * status). "Is it possible", "可能ですか", "inawezekana", "posible bang" ask for it too.
 */
const REQUEST = runs(`
  can you, could you, would you, please, pls, plz, pouvez vous, pourriez vous, merci de,
  können sie, könnt ihr, koennen sie, potete, podrian, pueden, podem, poderiam, bisa tolong,
  tolong, mohon, можете, можно, прошу, kunnen jullie, możecie, proszę, boleh tak, pakisuyo,
  paki, pwede po bang, naomba, mnaweza, lütfen, misiniz, ممكن, من فضلك, please stop,
  can i, could i, may i, i want, want to be, i d like, i would like,
  puedo, podria, quiero, quisiera, posso, poderia, quero, gostaria,
  puis je, je peux, je veux, je voudrais, kann ich, konnte ich, möchte, mochte, ich will,
  posso, potrei, voglio, vorrei, bisa, boleh, mau, pengen, ingin,
  mogę, moge, czy mogę, chcę, chce, kan ik, mag ik, ik wil, могу ли, хочу, хотел бы,
  muốn, muon, có thể, co the, pwede, gusto ko, nataka, naweza, istiyorum, olabilir mi,
  عايز, عاوز, اريد, أريد, chahta, chahti, چاہتا, চাই, อยาก, ได้ไหม, 可以, 能不能, 我想, 我要,
  たい, ください, もらえ, いただけ, 頂け, くださいますか, くれますか,
  solicito, solicitamos, solicito que, le solicito, les solicito, pido que, les pido, requiero, exijo,
  i request, i ask that, je demande, ich bitte, ich fordere, chiedo, richiedo, peço, peco, solicito a,
  saya mohon, saya minta, prosze o, proszę o, talep ediyorum, rica ederim, yêu cầu, yeu cau,
  sakte hain, sakte ho, sakti hain, sakenge, ja sakta, ja sakti, सकते हैं, सकती हैं, सकेंगे, जा सकता,
  سکتے ہیں, سکتی ہیں, سکیں گے, جا سکتا, parben, deya jabe, dewa jabe, পারবেন, যাবে, দেবেন, দিবেন,
  is it possible, would it be possible, e possibile, è possibile, sarebbe possibile, inawezekana,
  posible bang, posible ba, pwede bang, puwede bang, pwede ba, 能把, 可以把, 可能ですか,
  可能でしょうか, いただく, いただける
`);

/**
 * "Is it possible to remove me / my number?", "è possibile togliermi dalla lista?" (round 16b):
 * the help rules' "is it possible to unsubscribe?" asks whether there is a way; with the customer
 * as the object of the stop verb (the next word "me", "my"; an Italian clitic "-rmi") it asks for
 * the stop, like "can you remove me?".
 */
const POSSIBLE = runs(`
  is it possible, would it be possible, possible, e possibile, è possibile, sarebbe possibile
`);
const MY: ReadonlySet<string> = new Set(['me', 'my', 'mine']);

function possibleForMe(tokens: readonly string[], f: Finding): boolean {
  if (!has(POSSIBLE, tokens, f.start, f.end)) return false;
  return MY.has(tokens[f.end] ?? '') || /^\p{L}{3,}[aei]rmi$/u.test(tokens[f.end - 1] ?? '');
}

/**
 * An opt-out finding inside a question about it becomes help (how) or status (whether).
 * Questions are a "?" closing the sentence, or a question word or particle in it.
 */
export function askAbout(
  findings: readonly Finding[],
  /** The message; `untrapped()`: the same with its traps ("vom Konto abmelden") masked. */
  tokens: readonly string[],
  questions: readonly number[],
  signals: readonly Signal[] = [],
  untrapped: () => readonly string[] = () => tokens,
): Finding[] {
  // "I already told you to stop, why do I still get these?": a stop, not a question.
  if (signals.some((s) => s.kind === 'still')) return [...findings];
  const past = signals.filter((s) => s.kind === 'past');
  const told = (from: number, to: number): boolean =>
    past.some((s) => s.span.start >= from && s.span.end <= to);
  const out = findings.map((f): Finding => {
    if (f.intent !== 'opt_out') return f;
    const [from, to] = sentenceOf(tokens, f);
    const marked = questions.includes(to);
    if (!marked && !hasParticle(tokens, from, to, f.start)) return f;
    // "I unsubscribed last year, but where are my points?": the stop is told, the question
    // is about something else (signals.ts drops the stop).
    const [cFrom, cTo] = clauseOf(tokens, f);
    // "I sent STOP yesterday, did it work?": a keyword sent, asked about.
    const sentWorked = has(SENT, tokens, cFrom, cTo) && has(WORKED, tokens, from, to);
    if (!sentWorked && (told(from, to) || has(EXASPERATED, tokens, from, to))) return f;
    // The how or the "did it work" belongs to the stop's own clause: "stop sending me these,
    // did you hear?" and "unsubscribe me, how long does it take?" are stops.
    // A how opening the sentence ("was muss ich tun, damit keine Nachrichten mehr kommen?")
    // governs all of it.
    // "To stop these, what do I type?" (round 4): which word to send governs the sentence.
    const how =
      hasAsk(HOW, tokens, cFrom, cTo) ||
      hasAsk(HOW, tokens, from, Math.min(from + 3, to)) ||
      hasAsk(WHAT_SEND, tokens, from, to) ||
      hasAsk(WHAT_TO_DO, tokens, from, to);
    // "Can I be removed?" asks for the stop; "can you check my unsubscription worked?" does not.
    const worked = sentWorked || has(DONE_ONLY, tokens, cFrom, cTo);
    if (has(REQUEST, tokens, from, to) && !how && !worked) return f;
    const done = worked || has(DONE, tokens, cFrom, cTo);
    if (!done && !how) return f;
    const sentence = tokens.slice(from, to).filter((t) => !isBoundary(t));
    return {
      ...f,
      intent: done && !how ? 'status' : 'help',
      certainty: 'explicit',
      matched: sentence.join(' '),
      start: from,
      end: to,
      source: 'sentence',
    };
  });
  // "is mijn afmelding gelukt?", "najiondoa vipi?": no opt-out phrase matched, but the
  // sentence asks about the unsubscription itself.
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== '||') continue;
    const to = i;
    const start = from;
    from = i + 1;
    if (findings.some((f) => f.start < to && f.end > start)) continue;
    if (!questions.includes(to) && !hasParticle(tokens, start, to)) continue;
    // "kemarin udah kirim STOP, udah berhasil?": a past moment, but asked whether it worked.
    const toldOnly = told(start, to) && !has(WORKED, tokens, start, to);
    // "What do I send so that these stop / I don't get them?" (round 4): which word to send,
    // with a negated wish, is the way-out question even where no stop word is known.
    const whatSend =
      hasAsk(WHAT_SEND, tokens, start, to) &&
      tokens.slice(start, to).some((t) => ANY_NEGATOR.has(t));
    if (toldOnly || (hasStem(untrapped(), start, to) < 0 && !whatSend)) continue;
    const how = hasAsk(HOW, tokens, start, to);
    if (!how && !has(DONE, tokens, start, to)) continue;
    // "我退订了京东的短信，你们这款鞋有42码吗？": an unsubscription told in one clause, a question
    // about something else in the last one (round 5). The asking clause must name the stop,
    // the how or the "done".
    let last = to;
    while (last > start && !isBoundary(tokens[last - 1])) last--;
    if (
      last > start &&
      hasStem(untrapped(), last, to) < 0 &&
      !hasAsk(HOW, tokens, last, to) &&
      !has(DONE, tokens, last, to) &&
      !hasAsk(WHAT_SEND, tokens, last, to)
    )
      continue;
    // "¿puedo ser eliminado de la lista?", "bisa nomor saya dihapus?": asking to BE removed
    // is a request; we ask once before acting.
    const request =
      !how &&
      !has(DONE_ONLY, tokens, start, to) &&
      has(REMOVED, tokens, start, to) &&
      has(REQUEST, tokens, start, to);
    out.push({
      intent: how ? 'help' : request ? 'opt_out' : 'status',
      certainty: request ? 'likely' : 'explicit',
      matched: tokens.slice(start, to).join(' '),
      langs: [],
      start,
      end: to,
      source: 'sentence',
      all: false,
    });
  }
  // "¿Quién les dio mi número?": a likely stop inside a question about the number is help.
  return out.map((f): Finding => {
    if (f.intent === 'help' && f.source === 'phrase' && possibleForMe(tokens, f))
      return { ...f, intent: 'opt_out', certainty: 'explicit' };
    if (f.intent !== 'opt_out' || f.certainty !== 'likely') return f;
    const [start, to] = sentenceOf(tokens, f);
    const asked = questions.includes(to) || has(WHO_WHERE, tokens, start, to);
    if (!asked || !has(NUMBER, tokens, start, to)) return f;
    if (has(REQUEST, tokens, start, to)) return f;
    return { ...f, intent: 'help', certainty: 'explicit', start, end: to, source: 'sentence' };
  });
}

/**
 * For told.ts: "did it work", how-questions, question particles and request words; for
 * never-joined.ts: "my number" and the who/where words that ask where it came from.
 */
export {
  WORKED as WORKED_LIST,
  HOW as HOW_LIST,
  PARTICLES as PARTICLE_LIST,
  REQUEST as REQUEST_LIST,
  NUMBER as MY_NUMBER_LIST,
  WHO_WHERE as WHO_WHERE_LIST,
};
