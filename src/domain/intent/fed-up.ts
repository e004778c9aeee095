/**
 * "Enough", "I can't take it any more", "fed up", "stop (in disbelief)" said about something
 * else (round 8d): "Ich hab sowas von die Schnauze voll von der Bahn heute", "Não aguento mais
 * essa chuva, vcs têm guarda-chuva?", "Hou op, echt? Voor die prijs?", "Nimechoka, usiku mwema
 * wote", "Yeter artık, 3 gündür internet yok, teknisyen ne zaman gelecek?". When the only stops
 * read are such words, the message names neither the marketing nor a sending or a contact
 * ("your messages", "stop sending", "my number"), and it names something else (the weather, a
 * train, a day, traffic, a price), asks a question or says good night, the stops are set
 * aside: the customer is tired of their day, not of us. General language knowledge, to be
 * reviewed by native speakers.
 */
import { has, runs, startsAt } from './asking';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';

const FED_UP = runs(`
  enough, had enough, i ve had enough, ive had enough, fed up, sick of, sick and tired,
  can t take it, cant take it, can t take it anymore, cant take it anymore,
  schnauze voll, die schnauze voll, nase voll, die nase voll, es reicht, reicht, mir reicht s,
  ich kann nicht mehr, j en ai marre, marre, ras le bol, j en peux plus, j en peux plus de,
  estoy harto, estoy harta, harto, harta, ya no aguanto, no aguanto mas, no aguanto más, basta,
  nao aguento mais, não aguento mais, nao aguento, não aguento, to cansado, tô cansado,
  to cansada, tô cansada, chega, cansei, non ne posso piu, non ne posso più, sono stufo,
  sono stufa, stufo, stufa, basta cosi, basta così,
  hou op, ik trek het niet meer, ik ben het zat, ik word gek, genoeg, het is genoeg,
  mam dosc, mam dość, dosc, dość, nie wytrzymam, nie moge juz, nie mogę już,
  надоело, достало, сил нет, сил больше нет, хватит, не могу больше, задолбал, задолбало,
  yeter, yeter artik, yeter artık, biktim, bıktım, illallah,
  capek, cape, cape deh, bosan, muak, penat, jemu, sudah cukup, cukup,
  chan qua, chán quá, met qua, mệt quá, du roi, đủ rồi, het chiu noi, hết chịu nổi,
  nakakapagod, pagod na ako, suko na ako, tama na, ayoko na,
  che palle, che noia, uffa, nimechoka, nimechoshwa, inatosha, imetosha, basi,
  bas, bas karo, thak gaya, thak gayi, tang aa gaya, tang aa gayi, बस, थक गया, थक गई, तंग आ गया,
  تھک گیا, تنگ آ گیا, যথেষ্ট, বিরক্ত, ক্লান্ত, كفاية, كفى, زهقت, تعبت, طفشت,
  พอแล้ว, เบื่อ, เหนื่อย, 受够了, 够了, 烦死了, 累死了, 受不了, もういい, 疲れた, うんざり
`);

/** What keeps the stop: a sending, a contact or a list named, or "still" (still coming). */
export const ABOUT_US = runs(`
  still, again, immer noch, schon wieder, toujours, encore, todavia, todavía, otra vez, ainda,
  de novo, ancora, di nuovo, nog steeds, alweer, nadal, znowu, всё ещё, все еще, опять, снова,
  hala, yine, masih, lagi, van con, vẫn còn, van nhan, vẫn nhận, nua, nữa, pa rin, ulit, bado, tena, abhi bhi, phir, फिर,
  پھر, আবার, ما زال, تاني, อีก, 还, 還, 又, まだ, また,
  send, sending, sent, text, texting, write, writing, messages, message, number, list, contact,
  whatsapp, sms, spam, subscribe, unsubscribe, schicken, schickt, schreiben, schreibt, nummer,
  envoyer, envoyez, ecrire, écrire, numero, numéro, enviar, envien, envíen, mandar, manden,
  escribir, mandam, mandem, inviare, mandate, scrivere, sturen, stuur, sturen jullie, appen,
  wysylac, wysyłać, piszcie, pisac, pisać, numer, присылать, присылайте, писать, пишите, номер,
  gondermek, göndermek, gondermeyin, göndermeyin, yazmayin, yazmayın, numara, numaram, kirim,
  kirimin, ngirim, nomor, nombor, hantar, gui, gửi, nhan tin, nhắn tin, so, số, magpadala,
  padala, mag text, numero ko, tuma, kutuma, mnitumie, namba, bhej, bhejna, bhejo, number,
  भेज, भेजना, نمبر, بھیج, পাঠা, পাঠাবেন, নম্বর, ترسل, ترسلون, رقمي, رسائل, ส่ง, เบอร์, 发, 發,
  送, 短信, 号码, 號碼, 送って, 配信, 番号, メッセージ
`);

/** Something else named, or a goodbye for the night. */
const OTHER = runs(`
  rain, weather, heat, cold, winter, summer, train, trains, traffic, monday, mondays, price, prices, good night, goodnight, regen, hitze, kalte, kälte, winter, bahn, zug, stau,
  montag, preis, gute nacht, pluie, chaleur, froid, hiver, train, trains, bouchons,
  lundi, lundis, boulot, prix, bonne nuit, lluvia, calor, frio, frío, invierno, trafico,
  tráfico, lunes, trabajo, precio, buenas noches, chuva, calor, trem, transito, trânsito,
  segunda, trabalho, preco, preço, boa noite, pioggia, caldo, freddo, inverno, treno, traffico,
  lunedi, lunedì, lavoro, prezzo, buonanotte, buona notte, regen, hitte, trein, maandag, prijs, welterusten, deszcz, upal, upał, zimno, zima, pociag, pociąg, korki,
  poniedzialek, poniedziałek, cena, dobranoc, дождь, жара, холод, зима, поезд, пробки,
  понедельник, работа, цены, цена, спокойной ночи, yagmur, yağmur, sicak, sıcak, soguk, soğuk,
  trafik*, siparis*, sipariş*, yagmur*, yağmur*, pazartesi, fiyat, internet, iyi geceler, hujan, panas, dingin, macet, kerja, harga, selamat malam, selamat tidur, mua, mưa, nong, nóng, ket xe, kẹt xe, thu hai,
  thứ hai, chuc ngu ngon, chúc ngủ ngon, trapik, lunes, trabaho, presyo,
  goodnight po, mvua, joto, baridi, foleni, jumatatu, usiku mwema, lala salama,
  barish, garmi, sardi, traffic, shubh ratri, बारिश, गर्मी, ट्रैफिक, शुभ रात्रि, بارش, گرمی,
  শুভ রাত্রি, বৃষ্টি, গরম, মطر, مطر, حر, زحمة, تصبحون على خير, ฝน, ร้อน, รถติด, ราตรีสวัสดิ์,
  下雨, 天气, 堵车, 晚安, 上班, 价格, 暑い, 電車, 月曜, おやすみ, 仕事
`);

/** Whether token range [start, end) holds a fed-up phrase. */
function fedUpWithin(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 3); i < Math.min(tokens.length, end); i++)
    if (startsAt(FED_UP, tokens, i, tokens.length)) return true;
  return false;
}

/** Findings read again: a stop that is only tiredness with something else is set aside. */
export function setFedUpAside(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out');
  if (stops.length === 0 || stops.some((f) => f.source === 'message')) return [...findings];
  if (!stops.every((f) => fedUpWithin(tokens, f.start, f.end))) return [...findings];
  const all = tokens.length;
  if (has(MARKETING, tokens, 0, all) || has(ABOUT_US, tokens, 0, all)) return [...findings];
  if (!has(OTHER, tokens, 0, all) && questions.length === 0) return [...findings];
  return findings.filter((f) => f.intent !== 'opt_out');
}
