/**
 * Stops about something other than the marketing (round 7), in every language at once:
 * - a delivery's time or manner: "don't send the courier before 6, nobody is home",
 *   "kal delivery mat bhejo", "土曜日の配達はやめてください", "berhentikan pengiriman tabung gas
 *   bulan ini": the courier, the driver or the delivery is what should not come;
 * - prices: "stop raising the prices", "hört auf, ständig die Preise zu erhöhen", "毎月の値上げは
 *   やめてください": a complaint about prices going up;
 * - an account's login: "Hab mich im Kundenkonto abgemeldet und komm nicht mehr rein", "ik ben
 *   afgemeld in de app en kan niet meer inloggen": logged out, not unsubscribed.
 * - a waiting list for a product, a table, an appointment or a course (round 7c): "take me off
 *   the waitlist for the PS5, got one", "Retirez-moi de la liste d'attente pour le canapé",
 *   "Usuńcie mnie z listy oczekujących na rower": the customer leaves a queue, not our list;
 *   and "am I still on the waiting list / still booked for Saturday?" asks about a booking.
 * A stop phrase whose sentence is about one of them, and names no marketing, is no stop, and the
 * learned model raises none there. General language knowledge, to be reviewed by native
 * speakers.
 */
import { has, runs } from './asking';
import { sentenceOf } from './bounds';
import type { Finding } from './finding';

/** Who or what delivers: the courier, the driver, the delivery itself. */
const DELIVERY = runs(`
  courier, the courier, driver, the driver, rider, the rider, delivery guy, delivery boy,
  delivery man, deliveryman, postman, delivery, deliveries, deliver, shipment,
  repartidor, mensajero, entrega, entregas, entregador, motoboy, livreur, livraison, livrer,
  fahrer, kurier, zusteller, lieferung, liefern, zustellung, paketbote, corriere, fattorino,
  consegna, consegne, kurir, kurirnya, pengiriman, pengantaran, antar, penghantaran, posmen,
  डिलीवरी, delivery boy ko, डिलिवरी, ڈیلیوری, ڈيليوري, رائیڈر, المندوب, مندوب, السواق, السائق,
  المندوب, التوصيل, توصيل, توصلوا, توصلو, الدليفري, دليفري, kurye, kuryeyi, kuryeniz, teslimat,
  teslimati, курьер*, доставк*, водител*, bezorger, bezorging, bezorgen, koerier, bezorgd,
  levering, leveringen, leveren, kurier*, dostawa, dostawy, dostawe, dostawę, dostawie, dostawca, kuriera, shipper, giao hang, giao hàng, tai xe, tài xế, nguoi giao, người giao,
  delivery po, dereva, msafirishaji, usafirishaji, mzigo, ডেলিভারি, ডেলিভারিম্যান,
  কুরিয়ার, ส่งของ, คนส่งของ, ไรเดอร์, การจัดส่ง, จัดส่ง, 送货, 送貨, 快递员, 快遞員, 配送, 送餐,
  外卖, 配達, 配送, 宅配, 置き配, 再配達,
  dhl, fedex, dpd, gls, hermes, brt, bartolini, sda, correos, seur, mrw, ctt, sedex,
  correios, chronopost, colissimo, postnl, inpost, сдэк, сдек, cdek, почтой, boxberry, jne,
  jnt, j t, sicepat, ninja van, ninjavan, aramex, yurtici, yurtiçi, aras kargo, mng kargo,
  kerry, flash express, ไปรษณีย์, lbc, ghn, ghtk, viettel post, 顺丰, 順豐, 中通, 圆通, 韵达,
  ヤマト, 佐川, 日本郵便
`);

/** Prices and fees. */
const PRICE = runs(`
  price, prices, pricing, fees, fee, rates, tariff, tariffs, precio, precios, tarifa, tarifas,
  preco, preço, precos, preços, prix, tarif, tarifs, preis, preise, beitrag, beitrage, beiträge,
  gebuhren, gebühren, prezzo, prezzi, tariffe, harga, harganya, tarif, daam, dam, keemat, kimat,
  दाम, कीमत, قیمت, قیمتیں, دام, الاسعار, اسعار, السعر, fiyat, fiyatlari, fiyatları, fiyatlar,
  zam, цен*, стоимост*, prijs, prijzen, tarieven, cena, ceny, cen, gia, giá, presyo, bei, দাম,
  ราคา, 价格, 价钱, 價格, 涨价, 漲價, 値上げ, 価格, 料金
`);

/** Going up. */
const RAISE = runs(`
  raise, raising, raised, increase, increasing, increases, hike, hiking, put up, putting up,
  going up, subir, subiendo, aumentar, aumentando, aumento, aumentos, augmenter, augmentation,
  augmentez, erhohen, erhöhen, erhohung, erhöhung, anheben, aumentare, aumentate, rincari,
  naikin, naikkan, menaikkan, naik, badhana, badhate, badha, barhana, बढ़ाना, बढ़ा, بڑھانا, بڑھا,
  ترفعوا, رفع, زياده, زيادة, artirmayi, artırmayı, artirma, artırma, artiriyorsunuz, zam yapmayi,
  повышать, поднимать, повышение, подорожание, verhogen, verhoging, podnosic, podnosić,
  podwyzki, podwyżki, podwyzszac, tang gia, tăng giá, taasan, pagtaas, kupandisha,
  kupandisha bei, বাড়ানো, বাড়াচ্ছেন, ขึ้นราคา, 涨价, 漲價, 涨, 値上げ, 上げ
`);

/** An account or an app, and getting into it. */
const ACCOUNT = runs(`
  account, my account, app, the app, profile, cuenta, sesion, sesión, conta, compte, appli,
  konto, kundenkonto, profil, account, akun, akaun, aplikasi, खाता, अकाउंट, اکاؤنٹ, ایپ, حساب,
  حسابي, التطبيق, hesap, hesabim, hesabım, hesabimdan, hesabımdan, uygulama, аккаунт*,
  личн* кабинет*, приложени*, konto, aplikacji, aplikacja, tai khoan, tài khoản, ung dung, ứng dụng,
  akawnt, akaunti, programu, অ্যাকাউন্ট, অ্যাপ, บัญชี, แอป, 账号, 账户, 帳號, アカウント, アプリ
`);
const LOGIN = runs(`
  log in, login, logged out, log out, sign in, signed out, get in, get back in, cant get in,
  iniciar sesion, iniciar sesión, entrar, cerro la sesion, cerró la sesión, acceder, acessar,
  logar, se connecter, connecte, connecté, deconnecte, déconnecté, einloggen, eingeloggt,
  ausgeloggt, anmelden, reinkommen, rein, accedere, loggato, login lagi, masuk, log masuk,
  लॉगिन, لاگ ان, تسجيل الدخول, ادخل, giris, giriş, giremiyorum, cikis yaptim, çıkış yaptım,
  войти, зайти, вылетел*, inloggen, ingelogd, uitgelogd, zalogowac, zalogować, wylogowa*,
  dang nhap, đăng nhập, dang xuat, đăng xuất, mag log in, kuingia, লগইন, ล็อกอิน, เข้าสู่ระบบ,
  登录, 登入, 登出, ログイン, ログアウト
`);

/**
 * A service the customer pays for: "berhenti langganan internet", "wypowiedzieć umowę na
 * abonament", "ยกเลิกซิมรายเดือน". Cancelling it is probably not our marketing, but a
 * subscription can be ours too: such a stop is only `likely` (one question first).
 */
const SERVICE = runs(`
  internet, wifi, wi fi, broadband, fibre, fiber, sim, sim card, contract, membership, gym,
  insurance, policy, electricity, mobile plan, phone plan, data plan, postpaid, prepaid,
  contrato, seguro, gimnasio, academia, plano de celular, abonnement internet, contrat, assurance,
  salle de sport, vertrag, mitgliedschaft, versicherung, fitnessstudio, handyvertrag,
  contratto, abbonamento internet, palestra, assicurazione, kontrak, indihome, paket data,
  pascabayar, asuransi, langganan internet, sim kad, ahli gym, kontrak, इंटरनेट, सिम, बीमा,
  انٹرنیٹ, سم, الانترنت, انترنت, الشريحه, شريحه, العقد, التأمين, sozlesme, sözleşme, sozlesmesi,
  hat, faturali hat, sigorta, spor salonu, договор, тариф, интернет, сим*, страховк*, абонемент,
  abonnement op, glasvezel, verzekering, sportschool, umowa, umowe, umowę, abonament, karnet,
  ubezpieczenie, hop dong, hợp đồng, goi cuoc, gói cước, bao hiem, bảo hiểm, mang, mạng,
  kontrata, insurance ko, mkataba, bima, ইন্টারনেট, সিম, বিমা, ซิม, อินเทอร์เน็ต, เน็ต, ประกัน,
  สัญญา, 宽带, 合约, 合同, 保险, 会员卡, 健身房, 回線, 契約, 保険, ジム, 解約,
  card, credit card, debit card, bank card, tarjeta, cartao, cartão, carte bancaire, carte bleue,
  kreditkarte, bankkarte, ec karte, carta di credito, bancomat, kartu kredit, kartu debit, kad kredit,
  pinpas, bankpas, karta kredytowa, karte, карта, карту, kredi karti, kredi kartı, banka karti,
  the tin dung, thẻ tín dụng, the ngan hang, thẻ ngân hàng, kadi ya benki, ক্রেডিট কার্ড, ডেবিট কার্ড,
  क्रेडिट कार्ड, डेबिट कार्ड, بطاقه الائتمان, بطاقه, کریڈٹ کارڈ, บัตรเครดิต, 信用卡, 银行卡, カード,
  النادي, بالنادي, نادي, الجيم, بالجيم, جيم, العضوية, عضويتي, auto renew, auto renewal,
  autorenew, renovacion automatica, renovación automática, renovacao automatica,
  renovação automática, renouvellement automatique, automatische verlangerung,
  automatische verlängerung, rinnovo automatico, perpanjangan otomatis, otomatik yenileme,
  автопродление, automatische verlenging, automatyczne odnawianie, tu dong gia han,
  tự động gia hạn, অটো রিনিউ, অটো রিনিউয়াল, প্যাকেজের অটো, 自动续费, 自動續費, 自動更新
`);

/** The marketing itself named: "stop the delivery promos", "no more price alerts". */
const MARKETING = runs(`
  promo, promos, promotion, promotions, offers, offer, deals, newsletter, ads, advertising,
  marketing, messages, msgs, texts, notifications, alerts, updates,
  promociones, ofertas, mensajes, promocoes, promoções, mensagens, publicite, publicités, offres,
  messages, werbung, angebote, nachrichten, newsletter, promozioni, offerte, messaggi, promo nya,
  pesan, iklan, tawaran, mesej, ऑफर, मैसेज, messages, آفرز, میسج, عروض, العروض, رسائل, الرسائل,
  kampanya, mesaj, mesajlar, реклам*, рассылк*, сообщени*, aanbiedingen, berichten, reklam*,
  wiadomosci, wiadomości, quang cao, quảng cáo, tin nhan, tin nhắn, khuyen mai, khuyến mãi,
  matangazo, ujumbe, অফার, মেসেজ, โปรโมชั่น, ข้อความ, 广告, 推广, 消息, 短信, 広告, メッセージ, 配信,
  pub, publicite, pubblicita, pubblicità, promocao, promoção, promocji, promocja, promocje, акци*,
  ofa, โปร, 券, 红包, 優惠, 优惠, クーポン, セール
`);

/**
 * A phone call and a time of day (round 7b): "don't call me at night, text me about the
 * order", "Msinipigie simu usiku", "no me llamen de noche": when to call, not whether to
 * write. A stop of calls without a time ("stop calling me") stays a stop.
 */
const CALL = runs(`
  call, calling, ring, phone, llamen, llamar, llames, llamadas, ligar, liguem, ligacoes,
  ligações, appeler, appelez, appels, anrufen, ruft, anrufe, chiamare, chiamate, telpon,
  telepon, nelpon, nelfon, call karo, phone karo, فون, کال, اتصال, تتصلوا, تتصل, aramayin,
  aramayın, aramak, звоните, звонить, звонки, bellen, belt, dzwonic, dzwonić, dzwońcie,
  dzwoncie, goi dien, gọi điện, goi, gọi, tumawag, tawag, pigie, msinipigie, kunipigia, simu,
  ফোন, কল, โทร, 打电话, 电话, 電話
`);
const TIME_OF_DAY = runs(`
  at night, night, nights, late, early, in the morning, mornings, during work, at work,
  de noche, noche, por la noche, temprano, tarde, de madrugada, a noite, à noite, noite, cedo,
  la nuit, le soir, tot, tôt, nachts, abends, morgens, fruh, früh, di notte, la sera, la mattina,
  presto, malam, malam malam, pagi, raat, raat ko, subah, रात, सुबह, رات, صبح, بالليل, الليل,
  الصبح, gece, geceleri, sabah, ночью, вечером, утром, рано, поздно, s nachts, 's avonds,
  avonds, w nocy, wieczorem, rano, ban dem, ban đêm, buoi toi, buổi tối, sa gabi, gabi, umaga,
  usiku, asubuhi, rat, রাতে, সকালে, กลางคืน, ตอนกลางคืน, ตอนเช้า, 晚上, 半夜, 早上, 夜, 夜中, 朝
`);

/** Never again: "no me llamen más, ni de día ni de noche" stops the calls, whatever the hour. */
const NEVER_AGAIN = runs(`
  anymore, any more, again, never, ever, mas, más, nunca, ni de dia, ni de día, mais, jamais,
  plus, mehr, nie, nie wieder, nie mehr, piu, più, mai, lagi, kabhi, phir, dobara, artik, artık,
  bir daha, больше, никогда, meer, nooit, wiecej, więcej, nigdy, nua, nữa, ulit, tena, kamwe,
  আর, อีก, 再, もう
`);

/**
 * A waiting list (round 7c), in the 22 languages: the customer waits for a product, a table, an
 * appointment or a course, and leaving it (or asking whether they are still on it) is not about
 * the marketing list.
 */
export const WAITLIST = runs(`
  waitlist, waitlists, wait list, waiting list, waitinglist, waitlisted,
  lista de espera, listas de espera, lista d espera, liste d attente, liste dattente,
  warteliste, wartelisten, der warteliste, lista d attesa, lista di attesa, liste d attesa,
  wachtlijst, wachtlijsten, wachtrij, lista oczekujacych, listy oczekujacych,
  liscie oczekujacych, liste oczekujacych, listy rezerwowej, liscie rezerwowej,
  bekleme listesi, bekleme listesinden, bekleme listesine, bekleme listesinde,
  лист ожидания, листа ожидания, листе ожидания, список ожидания, списка ожидания,
  списке ожидания, daftar tunggu, daftar antrian, antrian, antrean, senarai menunggu,
  senarai tunggu, orodha ya kusubiri, orodha ya kungoja, orodha ya kusubiria,
  listahan ng naghihintay, प्रतीक्षा सूची, वेटिंग लिस्ट, वेटलिस्ट, ویٹنگ لسٹ, ویٹ لسٹ, انتظار کی فہرست,
  intezar ki list, intizar ki list, قائمة الانتظار, قائمه الانتظار, قايمة الانتظار, قايمه الانتظار,
  لستة الانتظار, ليستة الانتظار, الويتنج ليست, অপেক্ষমাণ তালিকা, অপেক্ষমান তালিকা,
  অপেক্ষার তালিকা, ওয়েটিং লিস্ট, รายชื่อรอ, รายชื่อสำรอง, คิวรอ, ลิสต์รอ, เวตติ้งลิสต์,
  ウェイティングリスト, ウエイティングリスト, キャンセル待ち, 順番待ち, 予約待ち, 候补名单,
  候補名單, 排队名单, 排隊名單, 等候名单, 等候名單, 等待名单, 候补, 候補, danh sach cho,
  danh sách chờ, danh sach doi, danh sách đợi
`);

/**
 * A booking: a table, an appointment, a class or a workshop, and the days it is for. Only a
 * status question is read against it: "je suis toujours bien inscrite à l'atelier de samedi ?",
 * "czy jestem zapisana na jutro na 10?" ask about a booking, not about the marketing.
 */
const BOOKING = runs(`
  appointment, booking, reservation, table, class, course, workshop, session, tomorrow, today,
  tonight, monday, tuesday, wednesday, thursday, friday, saturday, sunday,
  cita, reserva, turno, mesa, clase, curso, taller, manana, mañana, sabado, sábado, domingo,
  consulta, aula, oficina, amanha, amanhã, rendez vous, rdv, reservation, réservation, atelier,
  cours, demain, samedi, dimanche, termin, reservierung, tisch, kurs, workshop, morgen, samstag,
  sonntag, appuntamento, prenotazione, tavolo, corso, laboratorio, domani, sabato,
  janji temu, reservasi, kelas, besok, sabtu, temujanji, tempahan, esok, अपॉइंटमेंट, बुकिंग,
  कल, क्लास, اپائنٹمنٹ, بکنگ, کلاس, موعد, الموعد, حجز, الحجز, بكرا, بكره, randevu, randevum,
  rezervasyon, rezervasyonum, yarin, yarın, kurs, запис*, брон*, столик, завтра, занятие,
  afspraak, reservering, tafel, cursus, zaterdag, wizyta, wizyte, wizytę, rezerwacja,
  rezerwacje, zajecia, zajęcia, jutro, sobote, sobotę, lich hen, lịch hẹn, dat ban, đặt bàn,
  ngay mai, ngày mai, lop, lớp, appointment ko, bukas, klase, miadi, kesho, darasa,
  অ্যাপয়েন্টমেন্ট, বুকিং, কাল, ক্লাস, นัด, จองโต๊ะ, การจอง, พรุ่งนี้, คลาส, 预约, 預約, 订位,
  訂位, 明天, 课程, 課程, 予約, 明日, レッスン, 教室
`);

/** What a stop is about when it is not the marketing. */
export type Elsewhere = 'delivery' | 'price' | 'login' | 'service' | 'call' | 'waitlist';

/** What tokens[from, to) are about, if a delivery, prices or a login and no marketing. */
function aboutSomethingElse(tokens: readonly string[], from: number, to: number): Elsewhere | null {
  if (has(MARKETING, tokens, from, to)) return null;
  if (has(WAITLIST, tokens, from, to)) return 'waitlist';
  if (has(DELIVERY, tokens, from, to)) return 'delivery';
  if (has(PRICE, tokens, from, to) && has(RAISE, tokens, from, to)) return 'price';
  if (has(ACCOUNT, tokens, from, to) && has(LOGIN, tokens, from, to)) return 'login';
  if (
    has(CALL, tokens, from, to) &&
    has(TIME_OF_DAY, tokens, from, to) &&
    !has(NEVER_AGAIN, tokens, from, to)
  )
    return 'call';
  return has(SERVICE, tokens, from, to) ? 'service' : null;
}

/** What the finding's sentence (a stop, or a question about one) is about instead. */
export function stopsSomethingElse(tokens: readonly string[], f: Finding): Elsewhere | null {
  return aboutSomethingElse(tokens, ...sentenceOf(tokens, f));
}

/**
 * Whether the finding's sentence, a status question, asks about a booking and names no
 * marketing (round 7c): "am I still booked for tomorrow at 10?".
 */
export function asksAboutBooking(tokens: readonly string[], f: Finding): boolean {
  return aboutBooking(tokens, ...sentenceOf(tokens, f));
}

/** Whether the whole message is about a booking or a waiting list (the model asks no status). */
export function isAboutBooking(tokens: readonly string[]): boolean {
  return aboutBooking(tokens, 0, tokens.length);
}

function aboutBooking(tokens: readonly string[], from: number, to: number): boolean {
  if (has(MARKETING, tokens, from, to)) return false;
  return has(BOOKING, tokens, from, to) || has(WAITLIST, tokens, from, to);
}

/** What the whole message is about instead (for the model). */
export function isAboutSomethingElse(tokens: readonly string[]): Elsewhere | null {
  return aboutSomethingElse(tokens, 0, tokens.length);
}
