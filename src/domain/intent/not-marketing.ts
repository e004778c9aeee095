/**
 * Errands that borrow the words of a stop (round 8c), none of them about our marketing:
 * - a medicine stopped: "Dokter suruh stop minum obatnya, boleh retur yang belum dibuka?",
 *   "Bác sĩ bảo ngưng uống thuốc này, hộp chưa mở trả lại được không?";
 * - an app or another channel left, and an order asked about: "Ik heb de app verwijderd, hoe
 *   volg ik nu mijn pakket?", "LINEの公式アカウントはブロックしちゃったんですが、注文の確認は
 *   こちらでできますか？", "微信公众号我已经取消关注了，以后物流消息能发到这里吗？";
 * - a card lost or stolen, to be blocked: "カードを紛失しました、至急止めてください！";
 * - a threat to report us over money: "If my refund isn't in my account by Friday I'm reporting
 *   you to Trading Standards", "Si no me devuelven el dinero, los denuncio en Profeco",
 *   "不退款的话我就去12315投诉"; or (round 16e) a complaint to an authority over money, an
 *   order or a parcel ("Wenn die Bestellung wieder nicht kommt, beschwere ich mich bei der
 *   Verbraucherzentrale", "返金されない場合は国民生活センターに相談します").
 * - (round 8d) a child, or oneself, taken off a course, a class, a canteen, after-school care
 *   or a school bus: "Meine Tochter vom Schwimmkurs abmelden", "dar de baja a mi hijo del
 *   taller de natación", "désinscrire mon fils de la cantine", "отказаться от продлёнки";
 * - (round 8d) who handles a flat or a bill ("Chi è l'agente che segue il bilocale in via
 *   Roma?", "Wer ist mein Ansprechpartner für die Nebenkostenabrechnung?"), a flight to cancel
 *   ("Como eu cancelo a passagem de sexta?"), a card frozen at an ATM ("银行卡在ATM被冻结了，找谁？");
 * - (round 16a) the customer's own matters (own-matters.ts): full after a meal, an ingredient or
 *   a cart item taken off, driving, a charge on a card, a contract or a product subscription
 *   ended, an apology for an angry message, a courier complained of.
 * When the message names one of these and no marketing, its stop, status and help readings are
 * set aside (no stop, no answer about the list) and the learned model raises neither a stop
 * nor help (learned.ts `errand`). Marketing named beside it ("stop the pills and the promos")
 * keeps the stop. General language knowledge, to be reviewed by native speakers.
 */
import { VI_CARD } from './card-words';
import { ROUND13B_OBJECTS } from './lexicon/round13b-rules';
import { ROUND14B_OBJECTS } from './lexicon/round14b-rules';
import { has, runs } from './asking';
import { isOwnMatter, pausesOwnRound, SORRY, SPAM_CALLS } from './own-matters';
import { threatensComplaint } from './lexicon/round16e-rules';
import type { Finding } from './finding';

/** Medicines (not the doctor: "doctor here, stop texting my clinic phone" stays a stop). */
const MEDICINE = runs(`
  medicine, medication, pills, tablets, supplements, vitamins, prescription,
  medikament, medikamente, tabletten, medicament, médicament, medicaments, médicaments,
  comprimes, comprimés, medicamento, medicamentos, pastillas, remedio, remédio, comprimidos,
  farmaco, farmaci, pillole, integratori, obat, obatnya, minum obat, suplemen, ubat, thuoc,
  thuốc, uong thuoc, medicijn, medicijnen, pillen, lekarstwo, leki, tabletki, лекарство,
  лекарства, таблетки, ilac, ilaç, ilacı, ilaci, gamot, dawa, दवा, dawai, دوا, ওষুধ, الدواء,
  دواء, กินยา, หยุดยา, 吃药, 停药, 药物, 服药, 吃藥, 停藥, 藥物, 服藥, 薬を, 服薬, 飲み薬
`);

const APP_OR_CHANNEL = runs(`
  the app, your app, app, application, aplicacao, aplicação, aplicativo, aplicacion, aplicación,
  applicazione, applicatie, aplikacja, aplikację, aplikacje, приложение, uygulama, uygulamayi,
  uygulamayı, aplikasi, ung dung, ứng dụng, apps, programu, ऐप, ایپ, অ্যাপ, التطبيق, แอป, แอพ,
  line, wechat, 公众号, 公眾號, 公式アカウント, アプリ, 小程序, telegram channel, instagram, facebook page
`);

const LEFT = runs(`
  deleted, uninstalled, removed, blocked, unfollowed, verwijderd, gewist, gedeinstalleerd,
  geloscht, gelöscht, deinstalliert, blockiert, supprime, supprimé, desinstalle, désinstallé,
  bloque, bloqué, borre, borré, desinstale, desinstalé, bloquee, bloqueé, desinstalei, apaguei,
  bloqueei, excluí, exclui, cancellato, disinstallato, bloccato, usunalem, usunąłem, odinstalowalem,
  zablokowalem, удалил, удалила, заблокировал, заблокировала, sildim, kaldirdim, kaldırdım,
  engelledim, hapus, sudah hapus, uninstall, blokir, padam, xoa, xóa, go app, gỡ app, chan, chặn,
  binura, inuninstall, blinock, nimefuta, hata diya, delete kar diya, block kar diya, ڈیلیٹ,
  মুছে ফেলেছি, ডিলিট, حذفت, مسحت, بلكت, ลบแอป, ลบ, บล็อก, 删了, 删除了, 拉黑, 取消关注, 取消關注,
  ブロック, 削除, アンインストール
`);

const ORDER = runs(`
  order, parcel, package, delivery, tracking, track, pakket, bestelling, volg, zending,
  paket, bestellung, sendung, colis, commande, livraison, suivre, pedido, paquete, envio, envío,
  encomenda, entrega, rastreio, acompanho, acompanhar, ordine, pacco, spedizione, zamowienie,
  zamówienie, paczka, paczke, paczkę, przesylka, przesyłka, заказ, посылка, доставка, siparis,
  sipariş, kargo, pesanan, paket saya, resi, don hang, đơn hàng, giao hang, giao hàng, order ko,
  parcel ko, oda, kifurushi, ऑर्डर, آرڈر, অর্ডার, الطلب, الشحنة, الشحنه, พัสดุ, ออเดอร์,
  订单, 訂單, 物流, 快递, 快遞, 注文, 配送, 荷物
`);

const REPORT = runs(`
  report, reporting, denuncio, denunciare, denunciar, denuncia, los denuncio, signale, signaler,
  melde, anzeigen, zeige, segnalo, denuncio, meld, aangifte, zglosze, zgłoszę, пожалуюсь,
  сообщу, sikayet, şikayet, lapor, laporkan, adukan, to cao, tố cáo, khieu nai, khiếu nại,
  isusumbong, irereport, nitawashtaki, nitaripoti, shikayat, شکایت, রিপোর্ট, অভিযোগ, سأشتكي,
  بشتكي, ร้องเรียน, 投诉, 投訴, 举报, 舉報, 通報
`);

const MONEY = runs(`
  refund, refunded, my money, money back, reembolso, reembolsan, devuelven el dinero, dinero,
  remboursement, rembourse, remboursé, geld, erstattung, ruckerstattung, rückerstattung,
  dinheiro, meu dinheiro, reembolso do, rimborso, soldi, terugbetaling, geld terug, zwrot, zwrotu, pieniadze, pieniądze, возврат,
  деньги, iade, param, paramı, parami, uang, dana, refund saya, duit, hoan tien, hoàn tiền,
  tien, tiền, pera, refund ko, pesa, pesa zangu, paise, पैसे, رقم واپس, পয়সা, টাকা, فلوسي,
  استرداد, المبلغ, เงิน, คืนเงิน, 退款, 退钱, 退錢, 返金
`);

/** A card lost or stolen ("カードなくしたので利用停止してください", "Kadi yangu imeibiwa, ifungeni"). */
export const CARD = runs(`
  card, my card, karte, carte, tarjeta, cartao, cartão, carta, kaart, karta, карта, карту,
  kart, kartim, kartım, kartu, kad, ${VI_CARD}, kadi, कार्ड, کارڈ, কার্ড, بطاقة, البطاقة, บัตร, 卡, カード
`);

const LOST = runs(`
  lost, stolen, verloren, gestohlen, perdu, perdue, vole, volé, volée, perdi, perdí, robaron, robada,
  roubaram, roubado, perso, persa, rubata, rubato, kwijt, gestolen, zgubilem, zgubiłem, zgubilam,
  zgubiłam, skradziono, ukradziono, потерял, потеряла, украли, kaybettim, kayboldu, calindi, çalındı,
  hilang, dicuri, kecurian, mat the, mất thẻ, bi mat, bị mất, nawala, ninakaw, imeibiwa, nimepoteza,
  imepotea, kho gaya, खो गया, chori, چوری, گم, হারিয়ে, চুরি, ضاعت, سرقت, انسرقت, หาย, ถูกขโมย,
  丢了, 被偷, 遗失, 紛失, なくした, 無くした, 盗まれ, 失くし, なくして, 無くして, 落としてしまい,
  落としました, 丢失, 弄丢
`);

/**
 * A child of the customer's (a course booked for oneself needs the school words below), or
 * (round 15c) another member of the family: "my wife is leaving the Tuesday yoga class". Not the
 * words that also address the seller ("Ibu", "แม่ค้า") or hide in others ("大丈夫" holds "丈夫"
 * and "夫"). A relative beside a paid service is no errand by itself: "ma mère ne souhaite plus
 * recevoir vos propositions d'assurance" stops the marketing for her.
 */
const FAMILY = runs(`
  husband, my husband, wife, my wife, spouse, my partner, my mum, my mom, my mother, my dad,
  my father, my brother, my sister, my parents, my grandma, my grandmother, my grandpa,
  esposo, esposa, marido, mi pareja, mi madre, mi padre, mi hermano, mi hermana, minha esposa,
  minha mulher, minha mae, minha mãe, meu pai, meu irmao, meu irmão, minha irma, minha irmã,
  mon mari, ma femme, mon conjoint, ma conjointe, ma mere, ma mère, mon pere, mon père, mon frere,
  mon frère, ma soeur, ma sœur, mein mann, meinen mann, meine frau, ehemann, ehefrau,
  meine mutter, mein vater, meinen vater, mein bruder, meinen bruder, meine schwester, mio marito,
  mia moglie, marito, moglie, mia madre, mio padre, mio fratello, mia sorella, mijn man,
  mijn vrouw, echtgenoot, echtgenote, mijn moeder, mijn vader, mijn broer, mijn zus, maz, mąż,
  meza, męża, moja zona, moją żonę, moja żona, mojej mamy, mojego taty, муж, мужа, жена, жену, мою маму,
  моего папу, мама, папа, чоловік, чоловіка, дружина, дружину, мою маму, мого тата, esim, eşim,
  esimi, eşimi, kocam, kocami, kocamı, karim, karım, karimi, karımı, annem, annemi, babam, babami,
  babamı, suami, suami saya, istri, istri saya, isteri, isteri saya, ibu saya, ayah saya,
  chong, chồng, vo toi, vợ tôi, vo em, vợ em, me toi, mẹ tôi, bo toi, bố tôi, asawa, asawa ko,
  nanay ko, tatay ko, patni, biwi, shohar, mummy, पति, पत्नी, बीवी, शौहर, بیوی, شوہر, امی,
  abbu, স্বামী, স্ত্রী, shami, bou, زوجي, زوجتي, جوزي, مراتي, امي, ابويا, ابوي, สามี, ภรรยา,
  แฟน, 老公, 老婆, 我先生, 我太太, 我妈, 我爸, 夫の, 妻の, 夫を, 妻を, 主人の, mume, mume wangu,
  mke wangu, mama yangu, baba yangu,
  my son, our son, my daughter, my child, my kid, my kids, my children, daughter, child, kid,
  sohn, tochter, mein kind, unser kind, meinen sohn, meine tochter, fils, fille, enfant, mon fils, ma fille,
  hijo, hija, mi hijo, mi hija, nino, niño, nina, niña, filho, filha, meu filho, minha filha,
  figlio, figlia, mio figlio, mia figlia, bambino, bambina, zoon, dochter, mijn zoon, mijn dochter, mijn kind, ons kind,
  syn, syna, synа, corka, córka, corke, córkę, corki, córki, dziecko, dziecka, сын, сына, сыну,
  дочь, дочку, дочери, ребенка, ребёнка, ребенок, oglum, oğlum, oglumu, oğlumu, oglumun, oğlumun,
  kizim, kızım, kizimi, kızımı, kizimin, kızımın, cocugum, çocuğum, cocugumu, çocuğumu, anak,
  anak saya, anakku, con toi, con tôi, con minh, con mình, con trai, con gai, con gái, cho con, anak ko, ang anak ko, mtoto,
  mwanangu, beta, beti, bete, बेटा, बेटी, बच्चे, بیٹا, بیٹی, بچے, ছেলে, মেয়ে, বাচ্চা, ابني, بنتي,
  ابنتي, طفلي, ลูก, 孩子, 儿子, 女儿, 兒子, 女兒, 小孩, 息子, 娘, 子供, 子ども
`);

/** The phone number named: "this number is my 12-year-old's, take it off the course list" is a stop. */
export const NUMBER = runs(`
  number, this number, my number, nummer, numero, número, numer, numeru, номер, numara, numarayi,
  numarayı, nomor, nombor, so nay, số này, so dien thoai, số điện thoại, numero ko, namba, नंबर,
  نمبر, নম্বর, رقم, الرقم, เบอร์, 号码, 號碼, 番号
`);

/** A course, a class, lessons, or a school's service. */
const COURSE = runs(`
  course, class, classes, lessons, lesson, swimming, swim, training, tuition, workshop, kurs, kurse, schwimmkurs, training, unterricht, nachhilfe, fussballtraining, fußballtraining,
  cours, atelier, stage, natation, taller, clase, clases, curso, natacion, natación, aula, aulas,
  natacao, natação, matricula, matrícula, corso, lezioni, lezione, nuoto, les, lessen, cursus,
  zwemles, zwemlessen, kurs, kursu, zajecia, zajęcia, zajec, zajęć, basen, basenu, lekcje,
  курс, курса, курсов, кружок, кружка, секция, секции, занятия, занятий, kurs, kursu, kursundan,
  kursdan, ders, dersi, dersinden, yuzme, yüzme, les renang, les piano, kursus, kelas, tuisyen,
  lop, lớp, lop hoc, lớp học, lop boi, lớp bơi, klase, kurso, darasa, masomo, tuition, coaching,
  क्लास, कोचिंग, ٹیوشن, کلاس, ক্লাস, কোচিং, دورة, الدورة, حصص, درس, คอร์ส, คลาส, เรียนพิเศษ,
  ว่ายน้ำ, 课, 班, 课程, 游泳班, 補習, 补习, 教室, スイミング, 習い事, 塾, 講座
`);

/** A school's service (canteen, after-school care, school bus): no child needed. */
const SCHOOL_SERVICE = runs(`
  canteen, school lunch, school lunches, after school, after-school, afterschool, school bus,
  daycare, mensa, schulbus, ganztag, ganztagsbetreuung, cantine, periscolaire,
  périscolaire, garderie, ramassage scolaire, comedor, comedor escolar, transporte escolar,
  ruta escolar, cantina, transporte escolar, mensa scolastica, doposcuola,
  scuolabus, overblijf, tso, bso, naschoolse opvang, schoolbus, stolowka, stołówka, stolowki,
  stołówki, swietlica, świetlica, swietlicy, świetlicy, продленка, продлёнка, продленки,
  продлёнки, продленку, продлёнку, столовая, столовой, школьный автобус, servis kaydini,
  servis kaydını, okul servisi, yemekhane, kantin, antar jemput, jemputan sekolah, bas sekolah,
  xe dua don, xe đưa đón, ban tru, bán trú, school service, canteen ng, basi ya shule, chakula cha shule,
  स्कूल बस, اسکول وین, স্কুল বাস, الحافلة المدرسية, باص المدرسة, รถรับส่ง, รถรับส่งนักเรียน,
  校车, 校車, 午托, 托管, 食堂, 学童, スクールバス, 給食
`);

/** Who handles a flat or a bill: the customer asks for a person about an errand. */
const WHO = runs(`
  who, who s, whos, wer, qui, c est qui, quien, quién, quem, chi, wie, kto, кто, kim, siapa,
  ai, sino, nani, kaun, کون, কে, من, ใคร, 谁, 誰, 找谁, 找誰
`);

const HANDLER = runs(`
  agent, realtor, broker, landlord, contact person, advisor, adviser, makler, ansprechpartner,
  vermieter, conseiller, agent immobilier, agente, corredor, corretor, gestor, agente immobiliare,
  makelaar, contactpersoon, opiekunem, opiekun, agent nieruchomosci, риелтор, риэлтор, агент,
  emlakci, emlakçı, danisman, danışman, penanggung jawab, agen, ejen, moi gioi, môi giới,
  dalali, wakala, broker, ایجنٹ, দালাল, وكيل, السمسار, นายหน้า, 中介, 经纪人, 經紀人, 担当者, 不動産屋
`);

const PROPERTY_OR_BILL = runs(`
  flat, apartment, house, property, viewing, bill, invoice, wohnung, haus, nebenkostenabrechnung,
  abrechnung, rechnung, appart, appartement, maison, logement, facture, piso, apartamento, casa,
  factura, ape, apê, imovel, imóvel, fatura, bilocale, appartamento, trilocale, bolletta, fattura,
  appartement, woning, huis, factuur, mieszkania, mieszkanie, domu, rachunek, faktura, квартире,
  квартиры, квартира, дому, счет, счёт, daire, ev, fatura, apartemen, rumah, tagihan, rumah sewa,
  can ho, căn hộ, nha, nhà, hoa don, hóa đơn, bahay, condo, nyumba, bili, flat ka, फ्लैट, مکان,
  ফ্ল্যাট, الشقة, شقة, คอนโด, บ้าน, 房子, 公寓, 账单, 物件, 部屋
`);

/** A flight, cancelled or asked about ("how do I cancel Friday's flight?"). */
const FLIGHT = runs(`
  flight, flights, flug, vuelo, passagem, voo, volo, vlucht, рейс, билет на самолет,
  ucus, uçuş, ucusu, uçuşu, penerbangan, tiket pesawat, chuyen bay, chuyến bay, ve may bay, vé máy bay,
  flight ko, safari ya ndege, tiketi ya ndege, फ्लाइट, فلائٹ, ফ্লাইট, الرحلة, رحلة, เที่ยวบิน, ตั๋วเครื่องบิน,
  航班, 机票, 機票, フライト, 航空券
`);

/** A card frozen or blocked by the bank ("บัตรโดนอายัด", "银行卡被冻结了"). */
const FROZEN = runs(`
  frozen, blocked by, swallowed, gesperrt, bloquee, bloquée, bloqueada, bloqueado, bloccata,
  geblokkeerd, zablokowana, заблокирована, bloke, bloke oldu, diblokir, terblokir, bi khoa, bị khóa,
  na-block, imefungwa, block ho gaya, بلاک, ব্লক, محظورة, موقوفة, อายัด, โดนอายัด, 冻结, 凍結, 被吞
`);

/**
 * Round 11: the offers, deals and ads named by their kind ("hotel offers", "pharmacy ads",
 * "Kreditangebote", "cursusaanbiedingen", "промокоды", "โปรโรงแรม"): a stop beside a flight, a
 * medicine or a statement kept ("flight updates are fine, but no hotel offers") names the
 * marketing. Stems (`offer*`) for inflections, suffixes (`*angebote`) for German and Dutch
 * compounds; scripts without spaces match inside the word anyway. The verbs of a pitch
 * ("nawarin", "ofrecer", "предлагать") name it too: "jangan nawarin kartu kredit lagi".
 * Round 18d: Tagalog "anunsyo" and "patalastas" (a senior's letter named "anunsyo tungkol sa
 * bitamina at gamot": the medicine was the ads', no errand), Bengali "প্রমো", Malaysian Chinese
 * "配套" (a package offered: "换轮胎的配套不用再发给我了" stops the tyre offers, no exchange).
 */
const OFFER_KINDS = `
  offer*, promo*, deal, deals, advert*, discount*, coupon*, pitch*, sales pitch,
  oferta*, ofertinha*, promoc*, promoç*, publicidad*, publicidade*, anuncio*, anúncio*,
  propaganda*, descuento*, desconto*, cupon*, cupom*, feirao, feirão, liquidacao, liquidação,
  offre*, publicit*, reduction*, réduction*, soldes, bons plans, *angebot, *angebote,
  *angeboten, angebot*, *werbung, werbe*, aktion*, *aktionen, rabatt*, gutschein*, offert*,
  pubblicit*, sconti, sconto, *aanbieding, *aanbiedingen, aanbieding*, *reclame, reclame*,
  *acties, korting*, ofert*, promocj*, reklam*, rabat*, okazj*, предложени*, акци*, реклам*,
  промокод*, скидк*, промо*, рассылк*, пропозиц*, акці*, знижк*, розсилк*, kampanya*,
  teklif*, indirim*, firsat*, fırsat*, promosyon*, iklan*, tawaran*, penawaran*, diskon*,
  promosi*, khuyen mai, khuyến mãi, quang cao, quảng cáo, uu dai, ưu đãi, giam gia, giảm giá,
  alok, ऑफर*, आफर*, विज्ञापन*, آفر*, اشتہار*, پروموشن*, অফার*, বিজ্ঞাপন*, প্রমোশন*, عروض*,
  العروض*, عرض, العرض, اعلان*, الاعلان*, إعلان*, الإعلان*, ترويج*, الترويج*, تسويق*, التسويق*, تخفيضات*,
  โปร, โฆษณา, ส่วนลด, ดีล, ofa, matangazo, tangazo, promosheni, punguzo, 广告, 促销, 优惠,
  推广, 营销, 宣传, 推销, 特价, 折扣, 打折, 減價, 広告, セール, キャンペーン, 勧誘, 営業, 特典, クーポン,
  割引, nawarin, nawarkan, tawarin, tawarkan, menawarkan, ofrec*, oferec*, anzubieten, propormi,
  offrirmi, proponowac, proponować, предлага*, пропонува*, alukin, ialok, 推销, 勧誘, เสนอ,
  anunsyo, anunsiyo, patalastas, প্রমো*, 配套
`;

/** The offer kinds alone, for the readers that already know the lexicons' objects (errand.ts). */
export const OFFERS = runs(OFFER_KINDS);

/**
 * The marketing named. Round 16a: "msgs", "la pub", "ご案内" (notices offered) and "通目" (the
 * nth message: "本日4通目ですね…もうお腹いっぱいです" is fed up with them, no meal). Round 16f:
 * Turkish "pazarlama (mesajı)" (marketing messages, a formal letter's word), Quebec "les
 * spéciaux" and "circulaires" (the weekly specials and flyers), Banglish "promo msg", Malay
 * "diskaun", Japanese "宣伝" (advertising: "宣伝メッセージは停止して"). Round 17j: the plural
 * "newsletters" ("Notre fille est née… Vos newsletters en font partie, je préfère ne plus les
 * recevoir": a daughter and French "les", Indonesian lessons, made it a child's course left).
 */
export const MARKETING = runs(`
  promo, promos, promotions, promotional, offers, marketing, ads, advertising, newsletter,
  newsletters, messages, texts, texting, text me, messaging, spam, werbung, angebote, nachrichten, publicite, publicité, offres, pubs,
  publicidad, ofertas, mensajes, promocoes, promoções, mensagens, pubblicita, pubblicità, offerte,
  messaggi, reclame, aanbiedingen, berichten, reklamy, oferty, wiadomosci, wiadomości, реклама,
  рекламу, рассылку, сообщения, reklam, kampanya, mesaj, mesajlar, iklan, pesan, tin nhan,
  tin nhắn, quang cao, quảng cáo, khuyen mai, khuyến mãi, matangazo, ujumbe, ofa, विज्ञापन,
  اشتہار, বিজ্ঞাপন, الرسائل, العروض, โฆษณา, โปรโมชั่น, 广告, 促销, 推广, 広告, キャンペーン, 配信,
  uu dai, ưu đãi, 优惠, 優惠, お知らせ, セール, クーポン, deals, discounts, sale,
  msgs, la pub, ご案内, 通目, 活动信息, 活动消息, 信息, 消息, 訊息,
  pazarlama, speciaux, spéciaux, circulaires, promo msg, offer msg, diskaun, diskon, 宣伝,
  ${OFFER_KINDS},
  ${ROUND13B_OBJECTS},
  ${ROUND14B_OBJECTS}
`);

/** A list or broadcast named: the marketing's own list, never a school's or a shop's errand. */
export const LIST_NAMED = runs(`
  list, the list, mailing list, broadcast, lista, listas, liste, verteiler, senarai, सूची, लिस्ट,
  لسٹ, فہرست, قائمة, القائمة, قائمه, القائمه, listeden, listesinden, список*, списк*, рассылк*,
  розсилк*, lijst, listy, liscie, liście, danh sach, danh sách, listahan, orodha, লিস্ট, তালিকা,
  ลิสต์, รายชื่อ, 名单, 名單, 列表, リスト, 配信リスト, difusion, difusión, transmissao, transmissão
`);

/** The school's own lists, which a child leaves ("take him off the class list"). */
const SCHOOL_LIST = runs(`
  class list, attendance, roster, register, waiting list, waitlist, lista de asistencia,
  lista de clase, lista de espera, lista da turma, lista de presenca, lista de presença,
  liste de classe, liste d appel, liste d attente, klassenliste, anwesenheitsliste, warteliste,
  lista di classe, registro, presenze, lista d attesa, klassenlijst, wachtlijst, lista obecnosci,
  lista obecności, журнал, список класса, список группы, daftar hadir, absen, senarai kelas
`);

/**
 * A message sent to the wrong chat (round 17i, batch 50: "Pardon, je me suis trompée de
 * conversation, c'était pour ma sœur : je quitte le groupe des cousins, il y a trop de
 * messages"): what it leaves or stops is the customer's own group, told to somebody else.
 * Round 18e (batch 52: "Mah stop beli galon dulu ya … Eh maaf kak salah kirim, ini buat mama
 * saya", "ゲームそろそろやめて宿題やりなさい … 息子に送るつもりでした"): or said to have been
 * meant for a relative (or sent to the wrong person, with an apology: `WRONG_SEND`); the stop is
 * told to the family. New language knowledge, to be reviewed by native speakers.
 */
export const WRONG_CHAT = runs(`
  wrong chat, wrong conversation, wrong group, wrong thread, meant for my, was meant for,
  me equivoque de chat, me equivoqué de chat, chat equivocado, conversacion equivocada,
  conversación equivocada, chat errado, conversa errada, errei de conversa, errei o chat,
  trompe de conversation, trompé de conversation, trompee de conversation, trompée de conversation,
  trompe de discussion, trompé de discussion, mauvaise conversation, mauvais chat, falscher chat,
  falschen chat, im falschen chat, falsche unterhaltung, sbagliato chat, chat sbagliata,
  conversazione sbagliata, verkeerde chat, verkeerde gesprek, zly czat, zły czat, zlego czatu, złego czatu, nie ten czat,
  pomylilam czaty, pomyliłam czaty, pomylilem czaty, pomyliłem czaty, не тот чат, не в тот чат,
  ошиблась чатом, ошибся чатом, не той чат, не в той чат, помилилася чатом, помилився чатом,
  yanlis sohbet, yanlış sohbet, yanlis gruba, yanlış gruba, salah chat, salah grup, salah group,
  salah hantar, nhan nham, nhắn nhầm, nham nhom, nhầm nhóm, maling chat, maling gc, nimekosea chat,
  galat chat, galat group, ghalat chat, गलत चैट, غلط چیٹ, ভুল চ্যাটে, ভুল গ্রুপে, محادثة غلط,
  المحادثة الغلط, ผิดแชท, ส่งผิดแชท, ส่งผิดกลุ่ม, 发错群, 發錯群, 发错了, 發錯了, 誤爆, 送り先を間違え,
  that was for my, this was for my, era para mi hijo, era para mi hija, era para mi marido,
  era para mi mama, era para mi mamá, era pra minha, era pro meu, era para a minha,
  c etait pour ma, c était pour ma, c etait pour mon, c était pour mon, war für meine, war fur meine,
  war für meinen, war fur meinen, era per mia, era per mio, dit was voor mijn, to bylo do, to było do,
  это было для, це було для, ini buat mama, ini buat suami, ini buat anak, ini untuk suami,
  nimemtumia mtu mwingine, ujumbe huu si wenu, مش ليكم, ليست لكم, ভুল করে আপনাকে,
  送るつもりでした, 送るつもりだった, に送るはずでした
`);

/**
 * Sent to the wrong person (round 18e): "salah kirim", "wrong person", "发错人了". Said by the
 * customer of their own message only with an apology ("Eh maaf kak salah kirim"): without one it
 * may tell us that we wrote to the wrong person ("you've got the wrong person, stop texting me",
 * "kalian salah kirim"), a stop.
 */
const WRONG_SEND = runs(`
  wrong person, wrong send, sent to the wrong, sent this to the wrong, persona equivocada,
  pessoa errada, mandei errado, mauvaise personne, falsche person, falschen person,
  persona sbagliata, verkeerde persoon, verkeerd gestuurd, nie do tej osoby, не тому человеку,
  не тому отправила, не тому отправил, не тій людині, не тому надіслала, yanlis kisiye,
  yanlış kişiye, salah kirim, tersalah hantar, salah orang, nhầm người, nham nguoi, gửi nhầm,
  gui nham, maling tao, maling send, galat insaan, galat bande ko, غلط بندے, غلط شخص,
  ভুল মানুষকে, الشخص الغلط, ส่งผิดคน, 发错人, 發錯人, 宛先を間違え
`);

/**
 * Whether the message was sent to the wrong chat and asks nothing of our marketing: no offer,
 * list or number named ("sorry, wrong chat… anyway, take my number off your promo list" keeps
 * its stop).
 */
function sentToWrongChat(tokens: readonly string[]): boolean {
  const all = tokens.length;
  return (
    (has(WRONG_CHAT, tokens, 0, all) ||
      (has(WRONG_SEND, tokens, 0, all) && has(SORRY, tokens, 0, all))) &&
    !has(OFFERS, tokens, 0, all) &&
    !has(LIST_NAMED, tokens, 0, all) &&
    !has(NUMBER, tokens, 0, all)
  );
}

/**
 * Whether the message is one of the errands above and names no marketing, or was sent to the
 * wrong chat.
 */
export function isOtherErrand(tokens: readonly string[]): boolean {
  if (sentToWrongChat(tokens)) return true;
  const all = tokens.length;
  const errand =
    has(MEDICINE, tokens, 0, all) ||
    (has(APP_OR_CHANNEL, tokens, 0, all) &&
      has(LEFT, tokens, 0, all) &&
      has(ORDER, tokens, 0, all)) ||
    (has(REPORT, tokens, 0, all) && has(MONEY, tokens, 0, all)) ||
    // Round 16e: a complaint to an authority over money, an order or a parcel ("if the order
    // doesn't come again I'll complain to the consumer centre") is that errand's, not fed up
    // with the marketing.
    (threatensComplaint(tokens) && (has(MONEY, tokens, 0, all) || has(ORDER, tokens, 0, all))) ||
    (has(CARD, tokens, 0, all) && (has(LOST, tokens, 0, all) || has(FROZEN, tokens, 0, all))) ||
    // A child's (a relative's) course left is the school's errand, unless the customer asks off a list too
    // ("my son finished tutoring, please take me off the list": round 11, batch22).
    (has(COURSE, tokens, 0, all) &&
      has(FAMILY, tokens, 0, all) &&
      !has(NUMBER, tokens, 0, all) &&
      !(has(LIST_NAMED, tokens, 0, all) && !has(SCHOOL_LIST, tokens, 0, all))) ||
    has(SCHOOL_SERVICE, tokens, 0, all) ||
    (has(WHO, tokens, 0, all) &&
      has(HANDLER, tokens, 0, all) &&
      has(PROPERTY_OR_BILL, tokens, 0, all)) ||
    has(FLIGHT, tokens, 0, all) ||
    // Round 16a: a meal, a wait while driving, a charge, a contract, an apology (own-matters.ts).
    (isOwnMatter(tokens) && !has(LIST_NAMED, tokens, 0, all));
  return errand && !has(MARKETING, without(NOT_THE_MARKETING, without(SPAM_CALLS, tokens)), 0, all);
}

/**
 * The customer's own message (round 17i, batch 50: "¿Con este mensaje basta o tengo que ir en
 * persona?", asked of a gym membership cancelled): none of our marketing, and an "enough" said
 * of it is no stop (enough-order.ts).
 */
const THIS_MESSAGE_TEXT = `
  this message, is this message, este mensaje, con este mensaje, esta mensagem, essa mensagem,
  ce message, avec ce message, diese nachricht, questo messaggio, dit bericht, ta wiadomosc,
  ta wiadomość, tej wiadomości, этого сообщения, это сообщение, цього повідомлення, це повідомлення,
  bu mesaj, bu mesajla, pesan ini, mesej ini, tin nhắn này, tin nhan nay, mensaheng ito,
  message na ito, ujumbe huu, ye message, yeh message, is message se, یہ میسج, এই মেসেজ,
  هذه الرسالة, الرسالة هذي, ข้อความนี้, 这条消息, 这条信息, このメッセージ
`;
export const THIS_MESSAGE = runs(THIS_MESSAGE_TEXT);

/**
 * The messages set apart from what is ended (round 16g, batch 46): "unsubscribe me from the veg
 * box, not the messages, I mean the actual weekly box" names the marketing only to keep it; and
 * the customer's own message (round 17i).
 */
export const NOT_THE_MARKETING = runs(`
  not the messages, not the texts, not the whatsapps, not the offers, not your messages, no los mensajes,
  no los mensajes de whatsapp, nao as mensagens, não as mensagens, pas les messages, nicht die nachrichten,
  non i messaggi, niet de berichten, nie wiadomosci, nie wiadomości, не сообщения, не повідомлення,
  ${THIS_MESSAGE_TEXT}
`);

/**
 * The tokens with a list's runs blanked: "spam calls" (their "spam" is nobody's marketing,
 * own-matters.ts), the messages set apart ("…, not the messages").
 */
export function without(
  list: ReturnType<typeof runs>,
  tokens: readonly string[],
): readonly string[] {
  if (!has(list, tokens, 0, tokens.length)) return tokens;
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    for (let end = i + 1; end <= Math.min(out.length, i + 6); end++) {
      if (has(list, out, i, end)) {
        out.fill('', i, end);
        break;
      }
    }
  }
  return out;
}

/**
 * The findings without stop, status or help readings when the message is such an errand. Round
 * 17e: a round paused (a delivery, a subscription of milk, a cleaning plan) is started again in
 * the same message ("doodh ki subscription 10 din ke liye pause kar dijiye… 20 tareekh se phir
 * se bhejna shuru kar dena"): the start is the round's, no opt-in either. The errand names no
 * marketing (`isOtherErrand`), so no offer is asked for there.
 */
export function setOtherErrandsAside(findings: Finding[], tokens: readonly string[]): Finding[] {
  const resumes = findings.some((f) => f.intent === 'opt_in') && pausesOwnRound(tokens);
  if (!(resumes || findings.some((f) => f.intent !== 'opt_in')) || !isOtherErrand(tokens))
    return findings;
  return resumes ? [] : findings.filter((f) => f.intent === 'opt_in');
}
