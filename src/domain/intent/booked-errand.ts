/**
 * Round 9b: errands with stop words about something booked or ordered, in every language:
 * - signing off a course, a class, a workshop, a webinar, an appointment or an event one
 *   attends ("ich möchte mich vom Kochkurs abmelden, bin krank", "je peux me désinscrire de
 *   l'atelier de samedi ?", "cancel my spot on Friday", "ขอยกเลิกคิวพรุ่งนี้");
 * - cancelling an order or a booking, pausing a delivery ("can I unsubscribe from the veg box
 *   for 2 weeks?", "stop my vegetable order during the holidays", "можно отменить вчерашний
 *   заказ?");
 * - a card blocked at payment, a calendar slot blocked ("can you block Thursday 3pm for me?");
 * - (round 14d) an order deleted by its number ("Naomba mfute oda namba 4471, nimekosea saizi").
 * - (round 18e, batches 49, 51, 52) a booking named by its compound or its seat ("Bitte den
 *   Montagstermin für die Küchenmontage streichen", "今晚七点订的四个人的火锅位，麻烦取消"), a ride
 *   cancelled ("ยกเลิกรถ คนขับไม่ขยับเลย"), a SIM card blocked ("আমার সিম ব্লক করে দিন, ফোন চুরি
 *   হয়ে গেছে"), days blocked in a calendar ("Proszę zablokować w kalendarzu 3 i 4 czerwca"). New
 *   language knowledge, to be reviewed by native speakers.
 * They are no stop and no help (neither the rules nor the learned model: learned.ts `errand`).
 *
 * Each stop, help or status read must lie in a sentence that names the thing booked, and the
 * message must name no marketing, invitation, list or number: "unsubscribe me from your event
 * invitations", "abmelden von allen Newslettern", "stop the promos about the veg box" and
 * "Stop texting me. Cancel my order." stay stops. General language knowledge, to be reviewed
 * by native speakers.
 */
import { has, hasStem, runs, startsAt } from './asking';
import { clauseOf, sentenceOf } from './bounds';
import { isBoundary, phraseTokens } from './normalize';
import type { Finding } from './finding';
import { VI_CARD } from './card-words';
import { MARKETING } from './not-marketing';

/** Something attended, booked or ordered. */
const BOOKED = runs(`
  course, class, lesson, lessons, workshop, webinar, seminar, session, event, appointment, tasting, spot, slot, seat,
  booking, reservation, order, orders, veg box, vegetable box, fruit box, meal box, delivery, deliveries, parcel, yoga, pilates, meetup,
  kurs*, yogakurs*, kochkurs*, workshop*, termin*, veranstaltung*, seminar*, bestellung*, gemusekiste*, lieferung*, buchung*, reservierung*, webinar*,
  atelier*, cours, seance*, rendez vous, evenement*, commande*, livraison*, panier*, reservation*, degustation*, place pour, ma place,
  taller*, clase, clases, curso*, cita, evento*, pedido*, reserva*, entrega*, caja*, cesta*, aula, aulas, oficina*, consulta*,
  corso*, lezion*, laboratorio, ordine*, prenotazion*, consegn*, spesa,
  cursus*, afspraak*, bestelling*, groentebox*, levering*, reservering*,
  yogales, spinningles, zwemles, dansles, danles, pilatesles, bootcamples, gymles, proefles, groepsles, bokles, fitnessles, zumbales,
  spinning, spinning class, zumba, bootcamp,
  warsztat*, zajec*, zajęć, zajęcia, wizyt*, zamowien*, zamówien*, rezerwacj*, dostawa, dostawy, dostawe, dostawę, dostawie, spotkani*,
  мастер класс*, курс*, заняти*, запись, записи, запись на, заказ, заказа, заказу, заказом, заказы, брон*, доставк*, вебинар*, семинар*, прием*, приём*, замовлення, курсу, заняття,
  atolye*, kurs*, ders*, randevu*, etkinli*, siparis, siparisim, siparisimi, siparisi, siparisini, rezervasyon*, teslimat*, seminer*,
  kelas, kursus, bengkel, acara, janji temu, pesanan, tempahan, orderan, booking*, pengiriman, penghantaran, jadwal, temujanji,
  lop hoc, lớp học, khoa hoc, khóa học, su kien, sự kiện, don hang, đơn hàng, lich hen, lịch hẹn, dat cho, đặt chỗ, dat ban, đặt bàn,
  klase, order ko, appointment ko, slot ko, reservation ko,
  semina, darasa, warsha, oda, agizo, usafirishaji, miadi, tukio,
  ورکشاپ, کلاس, آرڈر, بکنگ, वर्कशॉप, क्लास, ऑर्डर, बुकिंग, ওয়ার্কশপ, ক্লাস, অর্ডার, বুকিং,
  ورشة, ورشه, طلبي, الطلب, حجز, حجزي, موعد, موعدي, دورة, الدورة, الفعالية,
  คิว, การจอง, จอง, ออเดอร์, คำสั่งซื้อ, เวิร์กช็อป, คลาส, นัด, คอร์ส, สั่งซื้อ, ตั๋ว, ที่นั่ง,
  订单, 訂單, 预约, 預約, 报名, 報名, 课, 課, 活动, 活動, 预订, 預訂, 订位,
  注文, 予約, ワークショップ, 参加, 講座, 教室, 配達, 定期便,
  ticket, tickets, bus ticket, train ticket, billete*, passagem, billet, fahrkarte*, biglietto,
  kaartje, bilet*, билет*, квиток, tiket, ve xe, vé xe, ve tau, vé tàu, tiketi, टिकट, ٹکٹ, টিকিট,
  تذكره, التذكره, 车票, 票, チケット, 切符,
  *termin, *termine, *terminen, 订的, 訂的, 座位, 位子, 订的位, 包间, 包厢, 订桌, 订了位,
  ride, my ride, the ride, taxi, cab, trip, viaje, carrera, corrida, fahrt, taxifahrt, corsa, rit,
  taxirit, przejazd, kurs taxi, поездк*, поездку, заказ такси, поїздк*, yolculuk, taksi, perjalanan,
  ojek, grab, gojek, chuyến xe, chuyen xe, cuốc xe, cuoc xe, biyahe, sakay, safari, safari yangu,
  gari, rickshaw, cab ko, ride ko, رائڈ, ٹیکسی, রাইড, গাড়ি, المشوار, الرحلة, التاكسي, รถ, แท็กซี่,
  行程, 打车, 网约车, 配車, タクシー,
  swimming, swimming lessons, swim class, basen*, schwimmkurs*, schwimmen, natation, natacion,
  natación, natacao, natação, nuoto, zwemles*, плавани*, басейн*, yuzme, yüzme, renang, lop boi,
  lớp bơi, languoy, kuogelea, तैराकी, تیراکی, সাঁতার, سباحه, ว่ายน้ำ, 游泳, 水泳, スイミング
`);

/**
 * A number's name: beside an order ("oda yangu namba 4471", "order number", "número de pedido",
 * "注文番号") it is the order's own number, no phone number, and does not keep the stop (round
 * 14d: "naomba mfute oda namba 4471" cancels an order).
 */
const NUMBER_WORD = runs(`
  number, no, nr, nummer, numero, número, numéro, numer, номер, numara*, nomor, nombor, namba,
  नंबर, نمبر, নম্বর, رقم, เลข, หมายเลข, 号, 號, 番号
`);

/**
 * What keeps the stop: the marketing, invitations, a list or the number named; round 13c: an
 * automated stream, follow-ups, alerts and surveys ("arrêtez les relances panier").
 */
const KEEPS = runs(`
  invitation*, invite, invites, einladung*, newsletter*, invitacion*, convite*, invit*, uitnodiging*, zaproszen*,
  приглашен*, запрошен*, davet*, undangan, loi moi, lời mời, imbitasyon, mialiko, دعوات, دعوة, คำเชิญ, 邀请, 邀請, 招待,
  list, liste, lista, listy, список, списка, listeden, listesinden, daftar, senarai, danh sach, danh sách, listahan, orodha,
  सूची, فہرست, তালিকা, القائمة, รายชื่อ, 名单, 名單, リスト,
  number, nummer, numero, número, numer, номер, numara*, nomor, nombor, namba, नंबर, نمبر, নম্বর, رقم, เบอร์, 号码, 番号,
  sending, send me, stop texting, write to me, contact me, schreiben, envoyer, mandar, enviar, mandarme, inviare,
  sturen, wysylac, wysyłać, присылать, писать, göndermeyin, gondermeyin, kirim, hantar, gui tin, gửi tin, padalhan, kutumia, bhejna,
  بھیجنا, পাঠানো, ترسلوا, ส่งข้อความ, 发消息, 送らないで, whatsapp,
  news, noticias, nouvelles, notizie, nieuws, новости, новини, haberler, berita, tin tuc, tin tức, balita,
  habari, khabrein, خبریں, খবর, اخبار, أخبار, ข่าว, ข่าวสาร, 新闻, 新聞, ニュース,
  info, infos, information, informasi,案内, updates, notifications, notification, promocji, promocja, promocje, promoção, promocao,
  pub, bons plans, propaganda, акции, акций, ofert, reklam*, kampanya*, discount*, โปร, عروض, ya3roud, msg, msgs, sms*, km,
  promo*, reklam*, реклам*, рекл*, publi*, angebot*, offre*, oferta*, offert*, aanbied*, ofert*, iklan*, diskaun*,
  diskon*, sconti, descuento*, desconto*, rabatt*, khuyen*, quang cao, matangazo, ofa, offer, 宣伝, 広告, 促销, 优惠,
  廣告, โปร*, โฆษณา, عروض, اعلان*, إعلان*, اشتہار*, বিজ্ঞাপন, विज्ञापन, sale, sales, deals, notifs, reszta, le reste,
  the rest, invite me, moi, mời, imbitahin, einladen, inviter, invitar, convidar, invitare, uitnodigen, zapraszac,
  zapraszać, приглашать, davet etmeyin, alika,
  remocao, remoção, descadastramento,
  relance*, alert*, alerte*, sondag*, survey*, encuesta*, pesquisa*, umfrag*, enquete*, ankiet*,
  опрос*, опитуван*, anket*, survei, tinjauan, khao sat, dodoso, questionnaire*, questionari*,
  cuestionario*, kuesioner, استبيان*, แบบสอบถาม, सर्वे, سروے, সার্ভে, 问卷, アンケート,
  pedido de avaliacao, pedidos de avaliacao, pedido de avaliação, pedidos de avaliação,
  review request*, rating request*, solicitud de resena, solicitudes de resena, richieste di recensione,
  rappels de panier, rappel de panier, rappels panier, webinaruitnodiging*, webinareinladung*,
  remove me, take me off, delete me, opt me out, opt out, only once, once,
  never, jamais, nunca, mai, nooit, nigdy, никогда, ніколи, hic, hiç, asla, tidak pernah, tak pernah, khong bao gio,
  không bao giờ, kailanman, kamwe, kabhi nahi, कभी नहीं, کبھی نہیں, কখনও, أبدا, ابدا, ไม่เคย, 从来, 從來, 一度も
`);

/**
 * A card blocked, or a time blocked in a calendar: "block" in another sense. Vietnamese "thẻ"
 * only with what makes it a card: folded alone it is English "the" (round 18d).
 */
const BLOCK = runs(
  `block, blocked, block out, blocken, blockieren, blockiert, bloquer, bloquee, bloquée, bloquear, bloqueada, bloccare, bloccata, blokir, diblokir, บล็อก, 冻结, ブロック,
  zablokowac, zablokować, zablokujcie, заблокировать, заблокируйте, заблокуйте, bloke, bloke edin, engelleyin,
  chặn, i block, paki block, zuia, block kar do, block kar dijiye, ब्लॉक, بلاک, ব্লক, احظر, احظروا, اقفل, 锁定`,
);
const CARD_OR_TIME = runs(`
  card, karte, carte, tarjeta, cartao, cartão, carta, kartu, kad, ${VI_CARD}, บัตร, カード, 卡,
  checkout, payment, paiement, pago, pagamento, pembayaran, จ่ายเงิน, 支付, 決済,
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, afternoon, morning, evening, am, pm, calendar, diary,
  montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag, uhr, kalender,
  sim, sim card, simcard, simkarte, tarjeta sim, chip, carte sim, scheda sim, simkaart, karta sim, karte sim,
  сим, симку, сим карту, сім картку, sim kart, sim kartı, kartu sim, kad sim, thẻ sim, the sim, sim ko,
  laini, laini yangu, सिम, سم, سیم, সিম, শিম, الشريحة, شريحة, ซิม, 手机卡, 电话卡, SIM卡, sim卡,
  kalendarz, kalendarzu, w kalendarzu, calendario, calendrier, agenda, календаре, календарь, календарі,
  takvim, takvimde, kalender, lịch, kalendaryo, kalenda, कैलेंडर, کیلنڈر, ক্যালেন্ডার, التقويم, ปฏิทิน,
  日历, 日程, カレンダー, 予定表
`);

/** A how-question about cancelling ("can I unsubscribe from the veg box?"), not a plea for help. */
const CANCEL = runs(`
  unsub*, cancel*, stop*, pause*, remove*, unregister*, opt*, abmeld*, storn*, kundig*, pausier*, desinscri*,
  desabonn*, annul*, suspend*, arret*, baja, cancelar*, anular*, pausar*, descadastr*, disiscriv*, sospend*,
  afmeld*, uitschrijv*, stopzet*, wypis*, anulow*, rezygn*, отмен*, отпис*, скасув*, відпис*, iptal*, batal*, huy, hủy,
  ghairi, kughairi, kusitisha, futa, kufuta, *fute, *futie, *futeni, *jiondoa, tarik diri, نکال, نکالیں, کینسل, منسوخ, हटा, हटाओ, कैंसल, रद्द, hata, nikal,
  বাতিল, ক্যানসেল, ยกเลิก, 取消, キャンセル, 解除, 退订, إلغاء, الغاء, الغي, ألغي
`);

/**
 * Verbs that call a thing off, never the customer (round 18e): "麻烦取消" after the table booked
 * cancels it; "wypiszcie mnie", "çıkarın beni" sign the customer off.
 */
const CALL_OFF = runs(`
  cancel, cancel it, call off, streichen, stornieren, absagen, annuler, annulez, cancelar, cancelen,
  cancela, anular, anulen, cancelare, annullare, annullate, disdire, annuleren, afzeggen, anulowac,
  anulować, anulujcie, odwołać, odwolac, отменить, отмените, отменяйте, скасувати, скасуйте,
  iptal, iptal edin, batalkan, batalin, batal, hủy, huy, hủy giúp, kanselahin, i cancel, ghairi,
  ghairisha, cancel kar do, cancel kar dijiye, کینسل, منسوخ, कैंसल, रद्द, বাতিল, ক্যানসেল, الغي,
  الغاء, إلغاء, ألغي, الغوا, ยกเลิก, 取消, キャンセル
`);

/** A guest list for one event: "take me off the guest list for Thursday" is no marketing list. */
const GUEST_LIST = runs(`
  guest list, gasteliste, gästeliste, liste des invites, liste des invités, lista de invitados, lista de convidados,
  lista degli invitati, gastenlijst, lista gosci, lista gości, список гостей, список гостів, davetli listesi,
  daftar tamu, senarai tetamu, danh sach khach moi, danh sách khách mời, listahan ng bisita, orodha ya wageni
`);

/** The tokens with every order's number masked (same length: positions keep). */
function withoutOrderNumbers(tokens: readonly string[]): readonly string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    if (!startsAt(NUMBER_WORD, tokens, i, i + 1)) continue;
    let from = i;
    while (from > Math.max(0, i - 3) && !isBoundary(tokens[from - 1])) from--;
    let to = i + 1;
    while (to < Math.min(tokens.length, i + 4) && !isBoundary(tokens[to])) to++;
    if (has(BOOKED, tokens, from, i) || has(BOOKED, tokens, i + 1, to)) out[i] = '|';
  }
  return out;
}

/**
 * Round 17d: French "en cours" is "in progress", no course ("ma désinscription, c'est en cours
 * de traitement ?"): the tokens with that "cours" blanked (same length: positions keep).
 */
function withoutInProgress(tokens: readonly string[]): readonly string[] {
  return tokens.map((t, i) => (t === 'cours' && tokens[i - 1] === 'en' ? '' : t));
}

/** Whether a clause in tokens[from, to) cancels something booked ("mnifutie agizo langu"). */
function cancelledBefore(tokens: readonly string[], from: number, to: number): boolean {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isBoundary(tokens[i])) continue;
    if (has(BOOKED, tokens, start, i) && has(CANCEL, tokens, start, i)) return true;
    start = i + 1;
  }
  return false;
}

/** Whether the message is such an errand (the rules set its stops aside). */
export function isBookedErrand(tokens: readonly string[]): boolean {
  const all = tokens.length;
  if (has(MARKETING, tokens, 0, all)) return false;
  if (has(GUEST_LIST, tokens, 0, all)) return true;
  if (has(KEEPS, withoutOrderNumbers(tokens), 0, all)) return false;
  return (
    has(BOOKED, withoutInProgress(tokens), 0, all) ||
    (has(BLOCK, tokens, 0, all) && has(CARD_OR_TIME, tokens, 0, all))
  );
}

/**
 * For the learned model's `errand` gate: such an errand with a verb of cancelling, pausing or
 * signing off in it. Without one ("promos no, order updates yes", "what is this raffle? I never
 * signed up") the model still weighs the message.
 */
export function isBookedCancel(tokens: readonly string[]): boolean {
  return (
    isBookedErrand(tokens) &&
    (has(CANCEL, tokens, 0, tokens.length) || has(BLOCK, tokens, 0, tokens.length))
  );
}

/**
 * The findings without the stop and status read in a clause about something booked, and
 * without a how-question about cancelling it. A help keyword beside an order ("help, my order
 * has not come") keeps its answer.
 */
export function setBookedErrandsAside(findings: Finding[], tokens: readonly string[]): Finding[] {
  if (!findings.some((f) => f.intent !== 'opt_in') || !isBookedErrand(tokens)) return findings;
  const all = tokens.length;
  const aboutBooking = (f: Finding): boolean => {
    // A whole-message keyword or an opening STOP in capitals ("STOP booking") stays a stop.
    if (f.intent === 'opt_in' || f.source === 'message') return false;
    const [from, to] = clauseOf(tokens, f);
    // Round 14d: or a stop after the clause that cancels the booked thing, in the same sentence
    // ("Naomba mnifutie agizo langu la jana, sitaki tena viatu hivyo": the order cancelled, then
    // the shoes no longer wanted). Not after the thing alone: "il corso non mi interessa più,
    // toglietemi" leaves the course's list.
    const [sFrom] = sentenceOf(tokens, f);
    const booked =
      has(BOOKED, tokens, from, to) ||
      (f.intent === 'opt_out' && cancelledBefore(tokens, sFrom, from)) ||
      // Round 18e: a bare cancel after the thing booked, in its sentence ("今晚七点订的四个人的火锅
      // 位，麻烦取消") with a verb that calls a thing off; "kurs mnie już nie interesuje,
      // wypiszcie mnie" signs the customer off, "the course was dull, unsubscribe me" names an
      // unsubscription: both stay stops.
      (f.intent === 'opt_out' &&
        has(BOOKED, tokens, sFrom, from) &&
        has(CALL_OFF, tokens, from, to) &&
        hasStem(tokens, from, to) < 0) ||
      has(GUEST_LIST, tokens, from, to) ||
      (has(BLOCK, tokens, from, to) && has(CARD_OR_TIME, tokens, 0, all));
    if (!booked) return false;
    if (f.intent !== 'help') return true;
    const said = phraseTokens(f.matched);
    return has(CANCEL, said, 0, said.length);
  };
  return findings.filter((f) => !aboutBooking(f));
}
