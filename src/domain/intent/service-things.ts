/**
 * Words of stopping said about a service or a thing, not about the marketing (round 12b):
 * - a service the customer pays for, cancelled, switched off or asked how to ("How do I cancel my
 *   data bundle?", "Как отключить платную подписку на музыку?", "Ek paketi nasıl iptal ederim?"):
 *   a telecom package, an add-on, a caller tune, a paid plan, a streaming subscription or (round
 *   13b) a cable TV package ("Cara berhenti langganan TV kabel gimana?"). No help
 *   reply either: it would tell how to leave the marketing list;
 * - an account or a wallet blocked ("আমার বিকাশ অ্যাকাউন্ট ব্লক করে দিন", "Paki-block yung GCash
 *   account ko", "Tolong blokir rekening saya");
 * - a parcel left somewhere or a car stopped somewhere ("leave it with the concierge", "Залиште на
 *   відділенні пошти", "裏口で止めてください");
 * - a balance asked about ("Il me reste assez de data ?", "我的流量还够吗？");
 * - a thing sent or a carrier sent named where the stop is said ("Не відправляйте посилку на
 *   відділення", "parem de mandar o boleto pro meu email antigo", "ड्राइवर को अभी मत भेजो"): only
 *   that clause's stop is set aside ("stop texting me, where is my parcel?" stays a stop).
 * A marketing word anywhere keeps it all ("how do I stop the promos and cancel my data plan?"
 * stays help; "block my number from your marketing list" stays a stop). The learned model raises
 * no stop or help on the first four either (learned.ts `errand`), no stop where a thing sent is
 * named in a stop's clause (`sentThing`), nothing on a message that is only thanks and a farewell
 * ("Obrigada, boa noite", "谢谢，拜拜": `courtesy`), and no opt-in on a discount code that does
 * not work (`brokenCode`). A service, a balance or a place is read in its clause: "Please
 * unsubscribe me, I already have a data plan" and "Leave me alone, for security reasons" stay
 * stops.
 * New language knowledge in all 23 languages, to be reviewed by native speakers.
 */
import { has, hasStem, isQuestionSpan, runs, startsAt, type RunList } from './asking';
import { clauseOf, type Span } from './bounds';
import { namesMarketing } from './business-sense';
import { LIST_NAMED } from './not-marketing';
import type { Finding } from './finding';
import { isBoundary, phraseTokens } from './normalize';

/**
 * A television service: a cable or satellite TV package or subscription, pay TV, a TV box
 * (round 13b: "Cara berhenti langganan TV kabel gimana?", "Jak zrezygnować z pakietu
 * telewizji?", "Dijital TV aboneliğimi nasıl iptal ederim?", "Hủy gói truyền hình cáp như thế
 * nào?").
 */
const TV = `
  cable tv, cable tv package, cable package, cable subscription, tv package, tv subscription,
  tv plan, pay tv, satellite tv, sports package, sports tv package, dth, dth pack, dish tv,
  tata play, dstv, gotv, startimes, astro, cignal, sky cable, iptv,
  television por cable, televisión por cable, tv por cable, paquete de television,
  paquete de televisión, paquete de tv, suscripcion de tv, suscripción de tv, tv de paga, tv de pago,
  tv a cabo, pacote de tv, pacote de canais, assinatura de tv, tv por assinatura,
  abonnement tv, abonnement télé, abonnement tele, bouquet tv, bouquet télé, bouquet de chaînes,
  bouquet de chaines, tv paket, tv-paket, kabelfernsehen, fernsehpaket, sky abo, pay-tv,
  abbonamento tv, abbonamento alla pay tv, pacchetto tv, pacchetto sport, tv via cavo,
  tv pakket, tv-pakket, tv abonnement, kabeltelevisie, zenderpakket,
  telewizja kablowa, telewizji kablowej, telewizję kablową, telewizje kablowa, pakiet telewizji,
  pakietu telewizji, pakiet tv, pakietu tv, kablowki, kablówki, kablowka,
  kablówka, кабельное тв, кабельного телевидения, кабельное телевидение, пакет каналов,
  тв пакет, пакет тв, спутниковое тв, пакет телеканалів, кабельне тб, кабельного телебачення,
  dijital tv, kablo tv, tv paketi, tv paketim*, tv aboneligi*, tv aboneliği*, digiturk,
  tv kabel, tv digital, tv berbayar, langganan tv, paket tv, tv berlangganan, unifi tv,
  internet rumah, langganan internet, wifi rumah, indihome, unifi, time fibre, maxis fibre,
  truyen hinh cap, truyền hình cáp, goi truyen hinh, gói truyền hình,
  cable ko, cable subscription ko, kifurushi cha dstv, kifurushi cha tv,
  cable tv ka package, tv package, ডিশ লাইন, ডিশ লাইনের, ক্যাবল টিভি, ডিশ, কেবল টিভি,
  باقة القنوات, القنوات المشفرة, باقة التلفزيون, اشتراك التلفزيون,
  ทีวีเคเบิล, เคเบิลทีวี, แพ็กเกจทีวี, ทรูวิชั่นส์, 有线电视, 电视套餐, 有線テレビ, ケーブルテレビ,
  スカパー, 有料放送
`;

/**
 * Internet at home and the line it comes on (round 14c): home internet, broadband, fibre, wifi,
 * an internet connection, a router ("Internet connection kaise band karwaun? Ghar shift kar raha
 * hoon", "ওয়াইফাই লাইনটা কিভাবে বন্ধ করব?", "ยกเลิกอินเทอร์เน็ตบ้านยังไงครับ", "自宅の光回線を解約
 * するには"). Asked how to cancel before a move, it is the service, not the list. Not "internet"
 * alone: "İnternet şubesine giremiyorum" is online banking, "internet bill" a bill.
 */
const HOME_INTERNET = `
  home internet, broadband, home broadband, fibre, fiber, fibre line, wifi, wi fi, home wifi,
  wifi connection, internet connection, internet line, router, modem, fibra, fibra optica,
  fibra óptica, internet de casa, wifi de casa, conexion a internet, conexión a internet,
  internet fixa, banda larga, box internet, la box, ma box, fibre optique, internetanschluss,
  internetvertrag, dsl vertrag, dsl anschluss, glasfaser, wlan, fibra di casa, adsl,
  linea internet, glasvezel, internetabonnement, wifi abonnement, wifi-abonnement, swiatlowod,
  światłowód, swiatlowodu, światłowodu, internet domowy, internetu domowego, домашний интернет,
  домашнего интернета, вайфай, роутер, домашній інтернет, ev interneti, ev internetimi,
  internetimi, fiber internet, modem*, wifi nya, wifi rumah, internet rumah, langganan wifi,
  wifi kos, wifi nha, wifi nhà, cap quang, cáp quang, internet nha, internet nhà, home wifi namin,
  wifi namin, internet namin, intaneti, intaneti ya nyumbani, wifi ya nyumbani, ghar ka wifi,
  ghar ka internet, वाईफाई, ब्रॉडबैंड, وائی فائی, ওয়াইফাই, ওয়াইফাই লাইন, ব্রডব্যান্ড,
  النت المنزلي, الواي فاي, الوايفاي, الراوتر, อินเทอร์เน็ตบ้าน, เน็ตบ้าน, ไวไฟ, ไฟเบอร์, 宽带, 寬頻,
  光纤, 家里网, 光回線, ネット回線, ワイファイ, ルーター, ইন্টারনেট লাইন, বাসার ইন্টারনেট, internet ng bahay, インターネット回線,
  家里的网, 网线, الانترنت المنزلي
`;

/**
 * A phone or mobile plan, a contract or a pass paid by the month (round 14c: "Chcę zrezygnować
 * z abonamentu na telefon"). Polish "abonament" and Russian and Ukrainian "абонемент" are always
 * a paid plan or pass (a newsletter is "subskrypcja", "подписка"); French, Dutch, Italian, German,
 * Turkish and Indonesian use their word for both, so only the phone's plan is named there.
 * Round 18b: a SIM or a mobile line asked how to cancel ("Como cancelo meu chip?", "كيف ألغي خط
 * الجوال؟"), named as the customer's own or as the card: a bare "SIM" is also the prepaid card
 * beside a question about what replying costs ("แม่ใช้ซิมเติมเงิน", round 17f), which stays help.
 */
const PHONE_PLAN = `
  phone plan, mobile plan, phone contract, mobile contract, cell plan, postpaid, postpaid plan,
  prepaid plan, contrato de movil, contrato de móvil, plan de celular, plan movil, plan móvil,
  plano de celular, plano do celular, plano pos pago, plano pós pago, abonnement telephonique,
  abonnement téléphonique, forfait mobile, abonnement mobile, handyvertrag, handy abo,
  handy-abo, handytarif, mobilfunkvertrag, abbonamento telefonico, abbonamento del telefono,
  piano tariffario, telefoonabonnement, gsm abonnement, abonament*, абонемент*, мобильный тариф,
  тариф, тарифный план, тарифу, тарифный, тарифний план, telefon aboneligi*, telefon aboneliği*,
  hat aboneligi*, hat aboneliği*, faturali hat*, faturalı hat*, paket bulanan, pascabayar,
  langganan hp, pelan pascabayar, pelan bulanan, goi cuoc tra sau, gói cước trả sau, postpaid ko,
  mpango wa simu, postpaid plan, पोस्टपेड, پوسٹ پیڈ, পোস্টপেইড, باقة الجوال, الخط المفوتر,
  รายเดือน, แพ็กเกจรายเดือน, 话费套餐, 合约机, 携帯プラン, 携帯の契約, 料金プラン,
  my sim, my sim card, the sim card, mobile line, phone line, linea movil, línea móvil,
  linea de celular, línea de celular, mi chip, meu chip, o chip, chip da, linha movel, linha móvel,
  ligne mobile, ma carte sim,
  sim karte, simkarte, linea mobile, la mia sim, mijn simkaartje, simkaart,
  karta sim, karte sim, сим карт*, симк*, сім карт*, hattimi, hattımı, kartu sim, kartu perdana,
  sim kad, sim ko, laini, laini ya simu, सिम कार्ड, سم کارڈ, সিম কার্ড,
  خط الجوال, خط الموبايل, الشريحة, شريحتي, ซิมการ์ด, 手机卡, 电话卡, 号码卡, SIMカード, 回線
`;

/**
 * An insurance the customer holds (round 18b: "¿Cómo cancelo el seguro del carro? Ya lo vendí",
 * "How do I cancel my car insurance?"): cancelling it is the policy, not the list. Spanish and
 * Portuguese "seguro" alone is also "sure", so only the policy's forms are named there.
 */
const INSURANCE = `
  car insurance, my insurance, insurance policy, home insurance, travel insurance, seguro del coche,
  seguro del carro, seguro de auto, seguro del auto, seguro de coche, mi seguro, seguro do carro,
  seguro auto, meu seguro, assurance auto, mon assurance, kfz versicherung, autoversicherung,
  meine versicherung, assicurazione auto, la mia assicurazione, autoverzekering, mijn verzekering,
  ubezpieczenie samochodu, moje ubezpieczenie, polisa, polise, полис, страховку, поліс, sigortami,
  sigortamı, kasko, trafik sigortasi, trafik sigortası, asuransi mobil, asuransi saya,
  insurans kereta, bao hiem xe, bảo hiểm xe, insurance ko, bima ya gari, बीमा पॉलिसी, انشورنس پالیسی,
  বীমা পলিসি, تأمين السيارة, ประกันรถ, 车险, 我的保险, 自動車保険, 保険の解約
`;

/**
 * A service paid for: a telecom package or bundle, an add-on, a caller tune, a paid or premium
 * plan, a streaming or music subscription, an SMS package ("SMS" is no marketing there), a data
 * promo of the customer's own or its renewal (Tagalog "data promo ko", Thai "ต่ออายุโปร", round
 * 14c; Thai "โปรเน็ต" alone is also the offers: "ไม่เอาโปรเน็ตแล้ว" stays a stop), home internet, a
 * phone plan, a SIM or a mobile line, an insurance (round 18b).
 */
const SERVICE = runs(`
  data bundle, data bundles, bundle, bundles, data pack, data package, data plan, data plans,
  internet package, internet bundle, add on, addon, add ons, sms package, sms pack, sms bundle,
  voice bundle, call bundle, roaming pack, caller tune, caller tunes, ringback tone, ring back tone,
  hello tune, premium plan, premium subscription, paid subscription, music subscription,
  streaming subscription, spotify, netflix, youtube premium, apple music, my plan, monthly plan,
  pelan premium, abonament premium, abonamentu premium, premium uyelig*, premium üyeliğ*,
  paquete de datos, paquete de internet, paquete, paquetes, plan de datos, bolsa de datos,
  bono de internet, bono de datos, bono de minutos,
  tono de espera, suscripcion premium, suscripción premium, pacote de dados, pacote de internet,
  pacote, assinatura premium, assinatura de musica, assinatura de música, plano de dados,
  forfait, option streaming, option internet, option payante, forfait internet, sonnerie d attente, abonnement premium,
  datenpaket, sms paket, sms-paket, paket, zusatzpaket, tarifoption, premium abo,
  pacchetto, pacchetto dati, opzione internet, opzione a pagamento, abbonamento premium,
  databundel, bundel, sms bundel, belbundel, premium abonnement, pakiet, pakiet internetowy,
  pakiet danych, pakiet sms, пакет, пакет интернета, интернет пакет, платную подписку, платная подписка,
  платну підписку, платну послугу, гудок, гудка, замість гудка, вместо гудка, ek paket*, paket*,
  internet paketi, sms paketi, premium uyelik, premium üyelik, paket data, paket internet,
  paket nelpon, paket sms, nada sambung, nada sambung pribadi, rbt, langganan premium, kuota,
  pakej data, pakej internet, pelan data, add on data, goi cuoc, gói cước, goi data, gói data,
  goi cuoc data, nhac cho, nhạc chờ, premium ko, unli data, load subscription, kifurushi,
  vifurushi, bando, kifurushi cha intaneti, डेटा पैक, डाटा पैक, पैक, कॉलर ट्यून, कॉलर टयून, प्लान,
  ڈیٹا پیکج, پیکج, پیکیج, کالر ٹیون, کالر ٹون, প্যাকেজ, ইন্টারনেট প্যাকেজ, কলার টিউন, ডাটা প্যাক,
  باقة, باقه, الباقة, الباقه, باقة الانترنت, نغمة الانتظار, الاشتراك المدفوع, แพ็กเกจ, แพ็คเกจ,
  เสริมเน็ต, แพ็กเกจเสริม, เพลงรอสาย, 流量包, 套餐, 彩铃, 增值业务, 会员自动续费, 有料プラン,
  プラン, 有料オプション, 音楽アプリ, サブスク, data promo, load promo, unli promo, promo ko,
  ต่ออายุอัตโนมัติของโปร, ต่ออายุโปร,
  ${TV},
  ${HOME_INTERNET},
  ${PHONE_PLAN},
  ${INSURANCE}
`);

/** An account, a wallet or a bank card (business-sense.ts has cards lost or stolen). */
const ACCOUNT = runs(`
  account, my account, wallet, bank account, debit card, credit card, card, bkash, bikash, nagad,
  gcash, paymaya, maya, mpesa, m pesa, paytm, phonepe, jazzcash, jazz cash, easypaisa, ovo, gopay,
  cuenta, tarjeta, conta, cartao, cartão, compte, carte, konto, karte, conto, carta, rekening,
  rekeningnummer, kaart, bankpas, karta, karte, счет, счёт, аккаунт, карту, карта, рахунок, картку,
  hesap, hesabim, hesabım, hesabimi, hesabımı, kart, kartimi, kartımı, rekening, akun, akun saya,
  akaun, akaun bank, kad, tai khoan, tài khoản, the tin dung, thẻ tín dụng, the ngan hang, thẻ ngân hàng,
  vi dien tu, ví điện tử, tai khoan vi, tài khoản ví, akaunti, akaunti yangu, kadi, kadi yangu,
  अकाउंट, खाता, कार्ड, اکاؤنٹ, کھاتہ, کارڈ, অ্যাকাউন্ট, একাউন্ট, বিকাশ, কার্ড, حساب, حسابي,
  المحفظة, محفظة, البطاقة, بطاقتي, บัญชี, บัตร, 账户, 帐户, 账号, 银行卡, 口座, アカウント, カード
`);

/**
 * An app (round 18g): a card saved in it, removed ("Comment je supprime ma carte bancaire de
 * l'appli ?", "ลบบัตรออกจากแอปยังไง"), is a setting of the app, not the list. The removal is
 * named (TAKE_OUT): "is this the app's official account?" and "I can't log in to the M-Pesa app"
 * are no errand.
 */
const APP = runs(`
  app, the app, apps, application, appli, applicazione, aplicacion, aplicación, aplicativo, aplikasi,
  aplikace, aplikacja, aplikacji, aplikacje, приложени*, застосунк*, додатк*, uygulama*, ung dung,
  ứng dụng, programu, ऐप, एप, ایپ, অ্যাপ, التطبيق, تطبيق, แอป, แอพ, 应用, アプリ
`);

/** Removing or unlinking a card (from an app, above). */
const TAKE_OUT = runs(`
  remove, delete, unlink, unsave, supprime*, enlever, enleve, retirer, retire, borrar, borro,
  eliminar, elimino, quitar, quito, remover, removo, excluir, excluo, tirar, tiro, entfernen,
  entferne, loschen, lösche, losche, löschen, rimuovere, rimuovo, eliminare, elimino, togliere,
  tolgo, verwijder*, ontkoppel*, usunac, usunąć, usune, usunę, odpiac, odpiąć, удалить, удалю,
  отвязать, видалити, видалю, відв язати, sil, silmek, silerim, kaldir*, kaldır*, hapus, menghapus,
  buang, padam, keluarkan, xoa, xóa, tanggal*, alisin, *ondoa, hata*, हटा*, ہٹا*, মুছ*, সরা*, حذف,
  احذف, امسح, شيل, ลบ, เอาออก, 删除, 删掉, 移除, 解绑, 削除, 外し, 外す
`);

/** Blocking, freezing or closing an account (not a number: "block my number" is a stop). */
export const BLOCK = runs(`
  block, block it, blocking, freeze, close, suspend, blokir, sekat, bloquear, bloqueo, bloqueio,
  bloqueen, bloquea, bloqueiem, bloqueie, bloquear a, bloquer, bloquez, sperren, sperrt, sperre,
  bloccare, bloccate, blocca, وقفوها, اوقفوها, blokkeren, blokkeer, zablokuj, zablokujcie, заблокируйте,
  заблокировать, заблокуйте, заблокувати, bloke, bloke edin, bloke et, dondurun, khoa, khóa,
  i block, paki block, block niyo, zuia, mzuie, zuieni, funga, ब्लॉक, बंद कर दो, बंद कर दें,
  بلاک, بند کر دیں, بند کر دو, ব্লক, বন্ধ করে দিন, اوقفوا, اوقف, وقف, ايقاف, إيقاف, احظروا,
  جمدوا, อายัด, ระงับ, บล็อก, 冻结, 凍結, 锁定, 止めて, 停止, 凍結して, 止められ
`);

/** Where a parcel is left or a car stops: a person at the door, a gate, an entrance, a branch. */
const PLACE = runs(`
  concierge, reception, front desk, doorman, porter, security desk, security guard, guard,
  neighbour, neighbor, gate,
  back gate, entrance, back entrance, back door, front door, post office, branch, lobby,
  portaria, porteiro, portão, portao, portero, conserje, recepcion, recepción, porteria, portería,
  vecino, vecina, gardien, gardienne, loge, voisin, voisine, accueil, nachbar, nachbarn, pforte,
  empfang, eingang, tor, hintereingang, portineria, portiere, cancello, ingresso, vicino, vicina,
  receptie, buren, buurman, buurvrouw, poort, ingang, portier, recepcja, recepcji, sasiad, sąsiad,
  sasiadki, sąsiadki, brama, bramie, wejscie, wejście, консьерж, консьержа, охрана, охраны,
  охраннику, ворот, воротах, подъезда, подъезде, входа, відділенні, відділення, пошти, консьєржа,
  сусідів, воріт, güvenlik, guvenlik, kapici, kapıcı, kapida, kapıda, kapı, kapi, resepsiyon,
  satpam, resepsionis, pos satpam, gerbang, pintu belakang, pintu depan, tetangga, pengawal,
  pondok pengawal, jiran, bao ve, bảo vệ, le tan, lễ tân, cong, cổng, cong sau, cổng sau,
  guard house, gwardya, kapitbahay, mlinzi, getini, geti, mlangoni, jirani, चौकीदार, गार्ड, गेट,
  रिसेप्शन, पड़ोसी, پڑوسی, گارڈ, گیٹ, چوکیدار, দারোয়ান, গেট, গেটে, রিসেপশন, الحارس, البواب,
  البوابة, الباب الخلفي, الباب, الاستقبال, الجيران, ยาม, นิติ, ป้อมยาม, ประตู, ประตูหลัง,
  门卫, 保安, 前台, 门口, 后门, 快递柜, 驿站, 邻居, 管理人, 受付, 裏口, 正門, 裏門, 玄関, の前で,
  コンシェルジュ, 宅配ボックス, 管理室
`);

/** Leaving a parcel or stopping a car there. */
const LEAVE_OR_PULL_UP = runs(`
  leave, leave it, drop, drop it, drop it off, stop at, stop by, pull over, park, deixar, deixa,
  deixe, pode deixar, dejar, dejalo, déjelo, dejelo, dejenlo, déjenlo, pare, pare no, pare na,
  laisser, laissez, laisse, deposer, déposer, deposez, déposez, abgeben, abstellen, halten,
  lasciare, lasci, lasciate, lasciatelo, si fermi, fermati, fermatevi, afgeven, achterlaten,
  stoppen bij, zostawic, zostawić, zostawcie, zostaw, zatrzymaj, оставьте, оставь, оставить,
  залиште, залиш, залишити, остановите, остановитесь, зупиніться, зупиніть, birakin, bırakın,
  birak, bırak, dursun, durun, dur, pakihinto, ihinto, hinto, titip, titipkan, taruh, tinggalkan, letak, tinggal, de lai,
  để lại, gui o, gửi ở, dung o, dừng ở, iwan, iwanan, ibaba, acha, mwachie, simama, छोड़ दो,
  छोड़ देना, रोक देना, रोक दो, रोकना, رکھ دیں, چھوڑ دیں, روک دیں, রেখে দিন, রেখে যান, থামান,
  اترك, اتركه, اتركوه, خليه, حطه, وقف, ฝาก, วาง, วางไว้, จอด, 放在, 放, 停在, 停一下, 置いて,
  止めて, 停めて, 預けて
`);

/** A balance, an allowance of data or of credit. */
const BALANCE = runs(`
  data left, enough data, data balance, data remaining, credit, balance, airtime, saldo, kuota,
  pulsa, kredit, baki, baki data, sisa data, guthaben, datenvolumen, assez de data, de data,
  crédit, credito, crédito, megas, traffico, tegoed,
  bundel, srodki, środki, остаток, остатка, баланс, баланса, трафик, трафика, трафік, залишок,
  bakiye, bakiyem, internetim, tai khoan, tài khoản, luu luong, lưu lượng, dung luong, salio,
  bando, बैलेंस, डेटा, डाटा, بیلنس, ڈیٹا, ব্যালেন্স, ডাটা, رصيد, رصيدي, الرصيد, ยอดเงิน, เน็ต,
  เครดิต, 流量, 余额, 话费, 話費, 残高, ギガ, データ, 通信量
`);

/** Enough of it, or some of it left (no "basta": an Italian and Spanish stop). */
const ENOUGH_LEFT = runs(`
  enough, left, assez, suffisamment, suffisant, reste, il me reste, suficiente,
  alcanza, me queda, queda, sobra, suficiente pra, reicht, genug, ubrig, übrig, abbastanza,
  sufficiente, rimane, genoeg, wystarczy, zostalo, zostało, хватит, хватает, осталось,
  достаточно, вистачить, вистачає, залишилося, yeter, yeterli, kaldi, kaldı, cukup, sisa,
  tinggal, du tien, đủ tiền, con du, còn đủ, du de, đủ để, linatosha, inatosha, imebaki, बचे,
  बचा, काफी, पर्याप्त, کافی, بچا, بچے, যথেষ্ট, বাকি, يكفي, كافي, متبقي, باقي, พอ, เหลือ, 够,
  剩, 足り, 残って, 残り
`);

/**
 * Things an order or an account sends, and who brings them (sent-things.ts has codes and links).
 * Round 15c: the sides and extras of a food order ("aur raita mat bhejna is dafa", "no cutlery,
 * and don't send the sauce"): an order note, not a stop.
 */
const THING = runs(`
  cutlery, utensils, napkins, straws, sauce, sauces, ketchup, mayo, chopsticks, raita, chutney,
  achar, cold drink, cubiertos, servilletas, pajitas, talheres, guardanapos, canudo, couverts,
  serviettes, besteck, servietten, posate, tovaglioli, bestek, servetten, rietjes, sztucce,
  sztućce, serwetki, slomki, słomki, приборы, салфетки, прибори, серветки, catal bicak, çatal bıçak,
  pecete, peçete, alat makan, sedotan, sambal, sudu garpu, sos cili, muong, muỗng,
  nuoc cham, nước chấm, ong hut, ống hút, kubyertos, sawsawan, vijiko, mchuzi, رائتہ, چٹنی,
  রায়তা, চাটনি, شوك, ملاعق, مناديل, صوص, ช้อนส้อม, ตะเกียบ, หลอด, 餐具, 筷子, 吸管, 酱料, 箸, ストロー,
  カトラリー,
  parcel, package, bill, bills, invoice, invoices, receipt, receipts, statement, statements,
  courier, driver, rider, delivery guy, delivery man, boleto, boletos, fatura, faturas, conta de luz,
  extrato, entregador, motoboy, motorista, factura, facturas, recibo, recibos, estado de cuenta,
  repartidor, mensajero, chofer, paquete, facture, factures, releve, relevé, releves, relevés,
  livreur, coursier, colis, chauffeur, rechnung, rechnungen, kontoauszug, quittung, kurier,
  fahrer, paket, paketbote, fattura, fatture, ricevuta, estratto conto, corriere, pacco,
  autista, factuur, facturen, afschrift, bezorger, pakketbezorger, koerier, pakket, paragon,
  paragony, paragonow, paragonów, faktura, faktury, wyciag, wyciąg, kurier, kuriera, paczka,
  paczke, paczkę, kierowca, bolletta, bollette, kassenbon, kassenbons, kassenzettel, e rechnung,
  e rechnungen, scontrino, scontrini, bonnetje, bonnetjes, e receipt, e receipts, e invoice,
  e invoices, посылк*, посилк*, счет, счёт, счета, счетов, квитанц*, чек, чеки,
  выписк*, курьер*, кур єр*, водител*, водія,
  fatura*, fis, fiş, dekont, ekstre, kurye*, kargo, kargoyu, sofor, şoför, paket, paketi,
  tagihan, struk, kurir, kurirnya, driver nya, paket nya, bil, resit, penyata, penghantar,
  hoa don, hóa đơn, bien lai, biên lai, sao ke, sao kê, shipper, tai xe, tài xế, buwanang bill,
  resibo, rider ko, bili, risiti, ankara, dereva, mpelekaji, kifurushi changu, बिल, रसीद, ड्राइवर,
  डिलीवरी बॉय, पार्सल, رسید, ڈرائیور, رائیڈر, پارسل, বিল, রসিদ, ড্রাইভার, রাইডার,
  পার্সেল, الفاتورة, الفاتوره, الإيصال, الايصال, المندوب, السائق, الطرد, كشف الحساب,
  الفواتير, فواتير, فاتورة, ใบแจ้งหนี้, ใบเสร็จ, ไรเดอร์, คนส่งของ, พัสดุ, 账单, 帐单, 发票, 收据, 小票, 快递员, 司机, 骑手,
  包裹, 領収書, 請求書, 明細, レシート, 配達員, ドライバー, 運転手, 荷物
`);

/**
 * A loan or credit the customer applied for (round 13c): "Loan application rok do, ab zaroorat
 * nahi", "Mijn leningaanvraag mag gestopt worden", "贷款申请帮我撤回吧". A loan named with an
 * application, or a word that is both, withdrawn in the same clause: the whole message is that
 * errand.
 */
const LOAN = runs(`
  loan, loans, credit, mortgage, financing, prestamo, préstamo, credito, crédito, hipoteca,
  financiamiento, emprestimo, empréstimo, financiamento, pret, prêt, kredit, darlehen, prestito,
  finanziamento, mutuo, lening, krediet, hypotheek, pozyczk*, pożyczk*, kredyt*, кредит*, займ*,
  позик*, kredi*, pinjaman, mkopo, karz, qarz, कर्ज, लोन, قرض, لون, ঋণ, লোন*, القرض, تمويل,
  التمويل, สินเชื่อ, เงินกู้, 贷款, 借款, ローン, 融資
`);
const APPLICATION = runs(`
  application, applications, request, solicitud, tramite, trámite, pedido, demande, dossier,
  antrag, anfrage, richiesta, pratica, domanda, aanvraag, wniosek, wniosku, заявк*, заяв*,
  basvuru*, başvuru*, pengajuan, permohonan, aplikasi, maombi, ombi, darkhwast, درخواست, आवेदन,
  আবেদন*, طلب, คำขอ, การขอ, การสมัคร, 申请, 申請, 申し込み, 申込
`);
/** Words that are a loan application by themselves. */
const LOAN_APPLIED = runs(`
  kreditantrag*, darlehensantrag*, leningaanvraag*, kredietaanvraag*, hypotheekaanvraag*,
  ho so vay, hồ sơ vay, khoan vay, khoản vay, don vay, đơn vay, 贷款申请, 借款申请
`);
/** Stopping, cancelling or withdrawing it. */
const WITHDRAW = runs(`
  stop, stopped, cancel, withdraw, halt, pause, put on hold, close, drop, parar, parem, pare,
  zatrzymajcie, zatrzymac, zatrzymać,
  detener, detengan, cancelar, cancela, cancelen, cancelem, anular, anulen, retirar, suspender,
  desistir, arreter, arrêter, arretez, arrêtez, annuler, annulez, retirer, retirez, stoppen,
  stoppt, gestoppt, gestopt, zuruckziehen, zurückziehen, stornieren, abbrechen, fermare, fermate,
  annullare, annullate, ritirare, ritirate, intrekken, annuleren, stopzetten, wstrzymac, wstrzymać,
  anulowac, anulować, anulujcie, wycofac, wycofać, остановить, остановите, отменить, отмените,
  отозвать, приостановить, зупиніть, зупинити, скасуйте, скасувати, відкликати, durdurun,
  durdur, iptal*, geri cek*, geri çek*, hentikan, dihentikan, batalkan, dibatalkan, tarik,
  berhentikan, dung, dừng, huy, hủy, rut, rút, itigil, pakihinto, ihinto, hinto, kanselahin,
  sitisha, nisitishieni, sitisheni, kusimamisha, simamisha, ghairi, rok do, rok dein, rok, roko,
  cancel kar*, band kar*, बंद, रोक, रद्द, روک, بند, منسوخ, বন্ধ, থামি*, বাতিল, اوقف, وقف, الغ*,
  الغاء, سحب, หยุด, ยกเลิก, ระงับ, 停止, 取消, 撤回, 撤销, 暂停, 取り下げ, キャンセル, 中止, 止め
`);

/**
 * Loyalty points asked about (round 13c): "How many points do I have?", "Скільки в мене
 * балів?", "我现在有多少积分？": a balance, not the marketing (in a question only).
 */
const POINTS = runs(`
  points, point, reward points, miles, puntos, millas, pontos, milhas, punkte, punkten, punti,
  punten, spaarpunten, punktow, punktów, punkty, punktami, баллов, балл*, бонусов, бонус*,
  балів, бали, бонусів, puan*, poin, poinnya, mata, mata ganjaran, diem, điểm, pointi, पॉइंट्स,
  पॉइंट, پوائنٹس, পয়েন্ট*, نقاط, نقطه, نقاطي, แต้ม, 积分, ポイント
`);
const HOW_MANY = runs(`
  how many, how much, cuantos, cuántos, cuanto, cuánto, quantos, quanto, combien, wie viele,
  wie viel, quanti, hoeveel, ile, сколько, скільки, kac, kaç, ne kadar, berapa, bao nhieu,
  bao nhiêu, ilan, ilang, ngapi, kitne, kitna, कितने, कितना, کتنے, کتنا, কত, كم, เท่าไหร่,
  เท่าไร, 多少, いくつ, 何ポイント, どれくらい, どのくらい
`);

/**
 * A review put off (round 13c): "I'll write the review next week", "Đánh giá để sau nha, chưa
 * dùng", "评价晚点再写": the customer's own review, not a stop of the review requests.
 */
const REVIEW = runs(`
  review, reviews, rating, resena, reseña, opinion, opinión, valoracion, valoración, avaliacao,
  avaliação, avalio, avaliar, avis, bewertung, rezension, recensione, beoordeling, opinia,
  opinie, recenzja, recenzje, отзыв*, відгук*, yorum*, degerlendirme*, değerlendirme*, ulasan*,
  penilaian, danh gia, đánh giá, maoni, tathmini, रिव्यू, ریویو, রিভিউ, التقييم, تقييم, รีวิว,
  评价, 评论, レビュー, 評価
`);
const LATER = runs(`
  later, next week, tomorrow, despues, después, luego, mas tarde, más tarde, mais tarde, depois,
  plus tard, spater, später, piu tardi, più tardi, dopo, piu avanti, più avanti, straks,
  pozniej, później, потом, позже, попозже, пізніше, потім, sonra, nanti, kemudian, lain kali,
  de sau, để sau, mamaya, sa susunod, baadaye, baad mein, बाद में, بعد میں, পরে, بعدين, لاحقا,
  ทีหลัง, ไว้ก่อน, 晚点, 以后, 回头, 後で, あとで
`);

/**
 * Sending, offering or recommending, or the business's own ("your packages"): a service sent,
 * offered or told about is an offer ("旅游套餐就不用发了", "لا تعرضوا علي باقات انترنت", "ギガ追加の
 * おすすめはもういらない", "vifurushi vyenu havinihusu tena"), the marketing itself; the
 * customer's own service is cancelled or switched off. The same goes for a balance: "周日一大早推
 * 流量包，真的够了" has had enough of the offers. Not interested in it says the same (round 14c:
 * "pas intéressé par la box internet et plus généralement arrêtez tout ça" is a stop).
 */
const OFFERED = runs(`
  send, sending, sent, offer, offering, enviar, envien, envíen, mandar, manden, mandem, mande,
  envoyer, envoyez, proposer, schicken, senden, anbieten, mandare, mandate, inviare, proporre,
  sturen, stuur, aanbieden, wysylac, wysyłać, wysylajcie, wysyłajcie, oferowac, oferować,
  присылать, присылайте, отправлять, предлагать, предлагайте, надсилати, надсилайте, пропонувати,
  gondermeyin, göndermeyin, gondermek, göndermek, atmayin, atmayın, kirim, kirimin, ngirim,
  tawarin, hantar, gui, gửi, moi, mời, padala, magpadala, tuma, kutuma, mnitumie, bhejo,
  bhejna, भेजो, भेजना, भेजें, بھیجیں, بھیجنا, بھیجو, পাঠাবেন, পাঠানো, পাঠাবেন না, ترسل*,
  ارسال, إرسال, تبعت*, تعرض*, ส่ง, เสนอ, 发, 发了, 推, 推荐, 送って, 送ら, 勧め, おすすめ, お勧め,
  案内, ditawarin, ditawari, ditawarkan, tawar, ditawar,
  interested, interessé, intéressé, interesse, interesa, interesado, interesada, interessado, interessada,
  interessiert, interessato, interessata, geinteresseerd, zainteresowany, zainteresowana, интересует,
  интересно, цікавить, ilgilenmiyorum, tertarik, berminat, quan tam, quan tâm, interesado po, interesado ako,
  sina hamu, dilchaspi, दिलचस्पी, دلچسپی, আগ্রহ নেই, مهتم, مهتمة, สนใจ, 感兴趣, 興味
`);

/**
 * The business's own, or this chat's account ("your packages", "vifurushi vyenu", "I'll block
 * this account"): the sender is meant, and a stop stays one.
 */
export const YOURS = runs(`
  your, yours, vos, vuestros, vuestras, eure, euren, ваши, ваших, ваші, sizin, kalian,
  punya kalian, anda, của bạn, ben ban, bên bạn, ninyo, niyo, vyenu, yenu, आपके, aapke, آپ کے,
  آپکے, আপনাদের, باقاتكم, عروضكم, ของคุณ, そちらの, 御社の, 你们的, 你們的, 贵司, this account,
  esta cuenta, esa cuenta, essa conta, esta conta, ce compte, dieses konto, diesen account,
  questo account, questo numero, deze account, to konto, ten numer, этот аккаунт, этот номер,
  цей акаунт, bu hesap, bu hesabi, bu hesabı, akun ini, akaun ini, tai khoan nay, tài khoản này,
  account na ito, akaunti hii, यह अकाउंट, اس اکاؤنٹ, এই অ্যাকাউন্ট, هذا الحساب, บัญชีนี้,
  这个账号, 這個帳號, このアカウント
`);

/** Replying with a stop keyword ("si je réponds STOP, ça résilie mon forfait ?") asks about it. */
export const REPLY_KEYWORD = runs(`
  reply stop, reply with stop, send stop, text stop, type stop, reponds stop, réponds stop,
  repondre stop, répondre stop, envoie stop, responder stop, respondo stop, respondo baja,
  mando stop, mandar stop, responder sair, respondo sair, antworte stop, antworten stop,
  rispondo stop, antwoord stop, odpowiem stop, ответить стоп, отвечу стоп, відповім стоп,
  stop yazarsam, stop yazsam, iptal yazarsam, balas stop, ketik stop, bales stop, hantar stop,
  tra loi stop, trả lời stop, go stop, gõ stop, sumagot ng stop, mag reply ng stop, jibu stop,
  nikijibu stop, stop likhun, stop bhejun, stop bhej du, بعت ايقاف, ابعت ايقاف, ارسلت ايقاف,
  ارسل ايقاف, اكتب ايقاف, رد ايقاف, بعت stop, ابعت stop, ตอบ stop, พิมพ์ stop, 回复stop,
  回复 stop, 回复退订, 回复td, 返信でstop, stopと返信, 停止と返信, 停止って送ったら, 停止と送ったら,
  stopって送ったら, stopと送ったら, 停止と送ると, 停止って送ると
`);

/** The channel a thing goes to ("to my old email"): no marketing by itself there. */
const CHANNEL = new Set(
  `email, e mail, mail, correo, e-mail, courriel, whatsapp, watsap, واتساب, الواتس, واتس, почта, почту, пошту, e posta, eposta, surel,
  emel, thu, barua pepe, ईमेल, ای میل, ইমেইল, ايميل, البريد, อีเมล, 邮箱, 邮件, メール`
    .split(',')
    .map((w) => phraseTokens(w).join(' ')),
);

/** The tokens with every run of `list` blanked out (a service's "SMS" names no marketing). */
function without(list: RunList, tokens: readonly string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    if (!startsAt(list, out, i, out.length)) continue;
    let end = i + 1;
    while (!startsAt(list, out, i, end)) end++;
    out.fill('', i, end);
    i = end - 1;
  }
  return out;
}

/** Information sent about a thing ("info paket", "信息"): the messages, not the thing. */
const INFO = runs(`
  info, infos, information, informasi, informacion, información, informacoes, informações,
  informationen, informazioni, informatie, informacje, информаци*, інформаці*, bilgi*, maklumat,
  thong tin, thông tin, impormasyon, taarifa, जानकारी, معلومات, তথ্য, ข้อมูล, 信息, 资讯, 情報
`);

/**
 * Whether tokens name the marketing, its list or its information, a service's own words and a
 * channel set aside ("mein SMS-Paket", "the bill to my old email").
 */
function namesTheMarketing(tokens: readonly string[]): boolean {
  return (
    has(LIST_NAMED, tokens, 0, tokens.length) ||
    has(INFO, tokens, 0, tokens.length) ||
    namesMarketing(without(SERVICE, tokens).filter((t) => !CHANNEL.has(t)))
  );
}

/** What the whole message says around its clauses (`serviceIn`, `errand`). */
interface Around {
  offered: boolean;
  yours: boolean;
  asks: boolean;
}

function around(tokens: readonly string[], questions: readonly number[]): Around {
  const n = tokens.length;
  const yours = has(YOURS, tokens, 0, n);
  return {
    yours,
    offered: yours || has(OFFERED, tokens, 0, n),
    asks: questions.length > 0 || isQuestionSpan(tokens, questions, 0, n),
  };
}

/**
 * Whether tokens[from, to) are about a service paid for or a balance. A service or a balance
 * offered, and the business's own ("your packages"), are the marketing's; a balance only in a
 * question ("enough, I don't have credit left for this" may be fed up with the messages).
 */
function serviceIn(tokens: readonly string[], from: number, to: number, a: Around): boolean {
  return (
    (has(SERVICE, tokens, from, to) && !a.offered) ||
    (has(BALANCE, tokens, from, to) &&
      has(ENOUGH_LEFT, tokens, from, to) &&
      !a.offered &&
      a.asks) ||
    // Round 13c: points counted in a question, a review put off.
    (has(POINTS, tokens, from, to) &&
      (has(HOW_MANY, tokens, from, to) || has(BALANCE, tokens, from, to)) &&
      a.asks) ||
    (has(REVIEW, tokens, from, to) && has(LATER, tokens, from, to))
  );
}

/** Whether tokens[from, to) withdraw a loan application (round 13c). */
function withdrawsLoan(tokens: readonly string[], from: number, to: number): boolean {
  return (
    (has(LOAN_APPLIED, tokens, from, to) ||
      (has(LOAN, tokens, from, to) && has(APPLICATION, tokens, from, to))) &&
    has(WITHDRAW, tokens, from, to)
  );
}

/**
 * Whether one clause asks for an account to be blocked (not "this account": the sender's; not
 * "my card is blocked anyway", a state), removes a card from an app (round 18g), or a parcel left or a car stopped somewhere: the whole
 * message is that errand. In one clause: "Leave me alone, for security reasons" and "Bırakın
 * artık, kapıcı bile bıktı" leave no parcel.
 */
function errand(tokens: readonly string[], a: Around): boolean {
  for (let from = 0; from < tokens.length;) {
    const [, to] = clauseOf(tokens, { start: from, end: from });
    if (
      (has(ACCOUNT, tokens, from, to) &&
        (has(BLOCK, tokens, from, to) ||
          (has(APP, tokens, from, to) && has(TAKE_OUT, tokens, from, to))) &&
        !a.yours) ||
      (has(PLACE, tokens, from, to) && has(LEAVE_OR_PULL_UP, tokens, from, to)) ||
      withdrawsLoan(tokens, from, to)
    )
      return true;
    from = to + 1;
  }
  return false;
}

/**
 * A charge for the reply (round 17f): "if I text back STOP, will that cost me anything?", "Kalau
 * saya balas STOP kena potong pulsa nggak?", "ถ้าตอบกลับ STOP จะเสียเงินไหม": the help the rules read
 * there (lexicon/round17f-rules.ts) is about the supposed reply and stays (hypothetical.ts).
 */
export const COST = runs(`
  cost, costs, charged, charge, kostet, kosten, kost, coute, coutera, payant, cobran, cobra, cuesta,
  costara, cobrada, cobrado, custa, cobram, costa, costera, addebitato, спишут, платно, стоит,
  спишуть, коштує, kosztuje, platne, ucret, ucretli, parali, potong pulsa, kena potong, berbayar,
  caj, kena caj, kepotong, terpotong, bayad, bawas, nitakatwa, gharama, ton tien, mat tien, mat phi, tinh phi, paise,
  पैसे, پیسے, টাকা, فلوس, رصيد, 收费, 扣费, 要钱, 料金, 有料, เสียเงิน, เสียค่า
`);

/**
 * A reply to the messages (round 18a): "ถ้าตอบกลับข้อความนี้ เสียค่าเน็ตไหม" beside "I'm on a
 * prepaid SIM, not much money left" asks what replying costs, not about the balance.
 */
const REPLYING = runs(`
  reply, replying, respond, responding, text back, answer, answering, antworte, antworten,
  reponds, repondre, responder, respondo, contestar, contesto, rispondere, rispondo, reageer,
  reageren, odpowiem, odpowiedziec, odpisac, odpisze, отвечу, ответить, ответ, відповім, відповідаю,
  відповідати, cevap, yanit, yanitlarsam, cevaplarsam, balas, bales, membalas, tra loi, rep,
  jibu, nikijibu, kujibu, jawab, जवाब, جواب, উত্তর, রিপ্লাই, رد, الرد, ตอบกลับ, 回复, 返信
`);

/**
 * Whether the message names the marketing, or asks what replying STOP does or what replying
 * costs: no errand then.
 */
function keepsItsStops(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return (
    namesTheMarketing(tokens) ||
    has(REPLY_KEYWORD, tokens, 0, n) ||
    (has(REPLYING, tokens, 0, n) && has(COST, tokens, 0, n))
  );
}

/**
 * Whether the message is about a service, a balance, an account or a place (above) and names no
 * marketing: the learned model raises no stop or help there (learned.ts `errand`).
 */
export function isAboutServiceOrAccount(
  tokens: readonly string[],
  questions: readonly number[],
): boolean {
  const a = around(tokens, questions);
  return (errand(tokens, a) || serviceIn(tokens, 0, tokens.length, a)) && !keepsItsStops(tokens);
}

/**
 * Whether a thing sent or a carrier is named in the clause of one of the `stops` (the stop
 * keywords read), and neither the marketing nor an unsubscription is named ("ड्राइवर को अभी मत
 * भेजो"): the model raises no stop (learned.ts `sentThing`). A bill named in another clause
 * ("别再推信用卡了，账单照常") leaves the stop to the model.
 */
export function namesThingSent(tokens: readonly string[], stops: readonly Span[]): boolean {
  const n = tokens.length;
  return (
    stops.some((s) => has(THING, tokens, ...clauseOf(tokens, s))) &&
    !namesTheMarketing(tokens) &&
    hasStem(tokens, 0, n) < 0
  );
}

/**
 * Whether tokens[from, to) names a thing an order or an account sends, or its carrier: "if I
 * unsubscribe, will my receipts still come?" asks which messages remain (hypothetical.ts).
 */
export function namesThing(tokens: readonly string[], from: number, to: number): boolean {
  return has(THING, tokens, from, to);
}

/**
 * The findings without their stops, stop questions and help requests, when the message names no
 * marketing: all of them beside an account blocked or a parcel left at a place ("快递放门口就行，
 * 别打电话了我在开会": the courier is not to call); those whose own clause is about a service or a
 * balance, or names a thing sent or a carrier. A whole message keyword ("STOP") stays, and so does
 * a stop in a clause of its own beside a service: "Please unsubscribe me, I already have a data
 * plan", "Stop. I don't have enough credit to read all these".
 */
export function setServiceStopsAside(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  if (!findings.some((f) => f.intent !== 'opt_in') || keepsItsStops(tokens)) return [...findings];
  const a = around(tokens, questions);
  const whole = errand(tokens, a);
  return findings.filter((f) => {
    if (f.intent === 'opt_in' || (f.source === 'message' && f.intent === 'opt_out')) return true;
    const [from, to] = clauseOf(tokens, f);
    if (whole || serviceIn(tokens, from, to, a)) return false;
    return f.intent !== 'opt_out' || !has(THING, tokens, from, to);
  });
}

/** Thanks, in every language (a message of courtesy needs one). */
const THANKS = `
  thanks, thank you, thank u, thx, ty, many thanks, gracias, muchas gracias, obrigado, obrigada,
  muito obrigado, muito obrigada, merci, merci beaucoup, danke, danke schön, danke schon, vielen dank,
  grazie, grazie mille, dank je, dank je wel, dank u, bedankt, dankjewel, dziekuje, dziękuję,
  dzieki, dzięki, спасибо, спасибі, дякую, teşekkürler, tesekkurler, teşekkür ederim,
  tesekkur ederim, sağol, sagol, sağ olun, sag olun, terima kasih, makasih, makasih ya, terima kasih ya, trims, thanks ya,
  cam on, cảm ơn, cám ơn, salamat, salamat po, asante, asante sana, shukran, धन्यवाद, शुक्रिया,
  dhanyavad, shukriya, شکریہ, ধন্যবাদ, শুকরিয়া, شكرا, شكراً, مشكور, ขอบคุณ, ขอบใจ, 谢谢, 多谢,
  謝謝, 感谢, ありがとう, ありがとうございます, ありがとうございました, どうも
`;

/** Farewells, greetings and the small words beside them ("thanks ya", "obrigada, boa noite"). */
const FAREWELL = `
  bye, bye bye, goodbye, see you, see ya, see you soon, good night, goodnight, good day,
  have a nice day, have a good day, take care, cheers, very much, so much, a lot,
  hasta luego, adios, adiós, buenas noches, buen dia, buen día, nos vemos, chao, chau,
  boa noite, bom dia, boa tarde, tchau, ate logo, até logo, ate mais, até mais, au revoir,
  bonne soiree, bonne soirée, bonne nuit, bonne journee, bonne journée, a bientot, à bientôt,
  tschuss, tschüss, gute nacht, auf wiedersehen, bis bald, schönen tag, schonen tag, ciao,
  buonanotte, buona serata, buona giornata, arrivederci, a presto, tot ziens, doei, fijne avond,
  welterusten, do widzenia, dobranoc, milego dnia, miłego dnia, do zobaczenia, до свидания,
  спокойной ночи, пока, всего доброго, хорошего дня, на все добре, добраніч, бувай, до побачення,
  iyi geceler, iyi günler, iyi gunler, görüşürüz, gorusuruz, hoşça kal, hosca kal, jumpa lagi,
  sampai jumpa, selamat malam, selamat tinggal, sampai nanti, dadah, da, chuc ngu ngon, chúc ngủ ngon,
  tam biet, tạm biệt, hen gap lai, hẹn gặp lại, ingat, ingat po, paalam, magandang gabi,
  usiku mwema, kwaheri, tutaonana, siku njema, शुभ रात्रि, अलविदा, फिर मिलेंगे, khuda hafiz,
  خدا حافظ, اللہ حافظ, شب بخیر, শুভ রাত্রি, আবার দেখা হবে, বিদায়, مع السلامة, تصبح على خير,
  الى اللقاء, إلى اللقاء, บาย, บ๊ายบาย, ราตรีสวัสดิ์, แล้วเจอกัน, ค่ะ, คะ, ครับ, นะคะ, นะครับ,
  拜拜, 再见, 再見, 晚安, 回头见, おやすみなさい, おやすみ, さようなら, またね, では, po, sir, madam,
  ji, जी, جی, nhé, nhe, ạ
`;

/** The phrases as space-joined tokens, longest first (a long one before its own start). */
function phrases(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((w) => phraseTokens(w.trim()).join(' '))
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
}
const THANKS_PHRASES = phrases(THANKS);
const COURTESY_PHRASES = phrases(`${THANKS},${FAREWELL}`);

/**
 * Whether the message is only thanks and a farewell or a greeting ("thanks, see you", "Terima
 * kasih, jumpa lagi", "谢谢，拜拜"): the model raises nothing on it.
 */
export function isOnlyCourtesy(tokens: readonly string[]): boolean {
  let rest = ` ${tokens.filter((t) => !isBoundary(t)).join(' ')} `;
  if (!THANKS_PHRASES.some((p) => rest.includes(` ${p} `))) return false;
  for (const p of COURTESY_PHRASES) {
    while (rest.includes(` ${p} `)) rest = rest.replace(` ${p} `, ' ');
  }
  return rest.trim().length === 0;
}

/** A discount code or a coupon (learned.ts: one that does not work raises no opt-in). */
export const DISCOUNT_CODE = runs(`
  discount code, promo code, promocode, coupon, coupon code, voucher, voucher code, codigo de descuento,
  código de descuento, cupon, cupón, cupom, cupom de desconto, codigo promocional, código promocional,
  code promo, code de reduction, code de réduction, gutscheincode, rabattcode, gutschein,
  codice sconto, codice promozionale, buono sconto, kortingscode, kortingscoupon, kod rabatowy,
  kod promocyjny, kupon, промокод, купон, indirim kodu, kupon kodu, kode promo,
  kode promonya, kode diskon, kode voucher, kod promosi, kod diskaun, baucar, ma giam gia,
  mã giảm giá, voucher ko, promo code ko, kuponi, nambari ya punguzo, कूपन, कूपन कोड, डिस्काउंट कोड,
  کوپن, ڈسکاؤنٹ کوڈ, কুপন, ডিসকাউন্ট কোড, كود الخصم, كوبون, رمز الخصم, โค้ดส่วนลด, โค้ด, คูปอง,
  优惠码, 优惠券, 折扣码, 優惠碼, クーポン, クーポンコード, 割引コード
`);
