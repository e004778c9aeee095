/**
 * The customer's own matters that borrow the words of a stop (round 16a, batches 42-44's false
 * stops). "Enough", "no more", "pause", "remove", "cancel" are said of something that is not our
 * marketing:
 * - food: the customer is full ("no more for me, I'm stuffed", "nix mehr, bin pappsatt", "够了
 *   够了，吃饱了", "inatosha, nimeshiba"), or an ingredient or an item is taken off an order, a
 *   dish ("no onion in mine", "我那份不要洋葱"). Being
 *   "fed up" or "sick of" something is no satiety: those idioms are not listed;
 * - a wait while driving or in a meeting ("pause, je conduis", "bentar, lg nyetir"), and a
 *   delivery held while the customer is away from home ("พรุ่งนี้หยุดส่งก่อนนะคะ ไม่อยู่บ้าน");
 * - a charge or a fee on a card or a bill, removed or refunded ("remove the shipping charge from
 *   my card", "カードの送料の請求を取り消してください"), or (round 17e) a booking's deposit paused;
 * - a contract ended, or a subscription to a product (dog food, coffee, a meal box, a printed
 *   magazine) cancelled ("Chcę zrezygnować z subskrypcji karmy dla psa", "定期便の解約をお願いし
 *   ます", "Möchte meinen Vertrag zum 31.12. kündigen"); round 17e: a delivery of milk, water, a
 *   newspaper held ("naomba msimamishe huduma ya kuletewa maji ya mtungi kwa wiki mbili"), a
 *   home service ended ("chcemy zrezygnować z usługi sprzątania klatki"), an item taken out of
 *   an order or a cart ("siparişimden beyaz peyniri çıkarın");
 * - an apology for an earlier, angry message ("Scusate per il messaggio di prima, ero nervoso");
 * - a courier or a shipper complained of or reported ("箱子压坏了我要跟快递投诉");
 * - a pet's habit to be stopped ("Onze puppy blijft maar aan de bank knagen… Hij moet ermee
 *   stoppen");
 * - spam calls blocked on the customer's own phone (a setting asked of the shop); "stop your
 *   spam calls to my phone" and "stop the spam calls to my phone" (no blocking) stay stops.
 * - (round 18e, batches 49, 51, 52) a product's next round changed ("اگلی بار دودھ مت بھیجیے گا",
 *   "いつもの弁当、今日から味噌汁は不要です", "Mach ta ar lagbe na, shudhu shobji pathan"), the place
 *   where it is left ("aufhören, die Zeitung in den Briefkasten zu quetschen"), an item taken out
 *   of a gift set or a hamper ("bitte das Feuerzeug aus dem Geschenkset rausnehmen");
 * - (round 17i, batch 50) a worker's visit called off ("don't send the technician tomorrow, the
 *   AC works again", "Kal electrician mat bhejiye ga", "明天不用派师傅过来了"), or the worker
 *   addressed ("師傅唔該停一停": driver, stop here); a name, a photo or a decoration taken off a
 *   print job, an album, a cake, wedding cards, a saved card taken off the account; a round's
 *   product held and started again ("tiffin band kar dijiye… Agle Monday se phir shuru kar
 *   dena"); a receipt or a document asked here rather than by email ("Чек на почту не
 *   отправляйте, пришлите сюда");
 * They are read by not-marketing.ts (`isOtherErrand`), which keeps the stop whenever the marketing
 * is named: "enough of your food promos, I'm fed up", "no more offers, I'm full up with them",
 * "pause the promos while I'm abroad" and "cancel my subscription to your newsletter" stay stops.
 * New language knowledge in all 23 languages, to be reviewed by native speakers.
 */
import { has, hasStem, runs, startsAt, unnegatedAt } from './asking';
import { REMINDER } from './errand';
import { CARD, NUMBER } from './not-marketing';
import { namesSentThing } from './sent-things';
import { BLOCK, REPLY_KEYWORD, YOURS } from './service-things';

/** Being full after eating (not "fed up", "sick of", "full of": idioms of annoyance). */
const FULL = runs(`
  i m full, im full, i am full, so full, i m stuffed, im stuffed, i am stuffed, stuffed, ate too much,
  eaten too much, eaten way too much, ate way too much, had too much to eat, ate so much, had enough to eat, can t eat any more, cant eat any more, estoy lleno,
  estoy llena, ya comi, ya comí, comi demasiado, comí demasiado, estoy satisfecho, to cheio, tô cheio,
  to cheia, tô cheia, estou cheio, estou cheia, comi demais, ja comi, já comi, j ai trop mange,
  j ai trop mangé, je suis plein, je suis pleine, repu, repue, rassasie, rassasié, rassasiée,
  j ai assez mange, j ai assez mangé, pappsatt, bin satt, ich bin satt, satt gegessen, vollgegessen, voll gegessen,
  zu viel gegessen, genug gegessen, sono pieno, sono piena, sazio, sazia, ho mangiato troppo,
  ho mangiato abbastanza, zit vol, vol gegeten, volgegeten, verzadigd, te veel gegeten,
  jestem pelny, jestem pełny, jestem pelna, jestem pełna, najadlem, najadłem, najadlam, najadłam,
  najedzony, najedzona, objadlem, objadłem, наелся, наелась, наелись, объелся, объелась, я сыт,
  я сыта, наївся, наїлася, наїлась, ситий, сита, doydum, karnim doydu, karnım doydu, tokum,
  cok yedim, çok yedim, kenyang, kekenyangan, no qua, no quá, no roi, no rồi, an no, ăn no, no lam,
  no lắm, busog, nabusog, nimeshiba, tumeshiba, nimeshiba sana, pet bhar gaya, pait bhar gaya,
  pet bhar gya, pait bhar gya, pet bhar chuka, पेट भर गया, پیٹ بھر گیا, pet bhore gese,
  pet bhore geche, pet bhore gechhe, পেট ভরে গেছে, شبعت, شبعان, شبعانة, شبعانه, اكلت كثير,
  อิ่ม, อิ่มแล้ว, กินไม่ไหว, 吃饱, 吃飽, 饱了, 飽了, 吃撑了, 吃不下,
  お腹いっぱい, おなかいっぱい, 満腹, 食べきれない, もう食べられない
`);

/**
 * Annoyance said with the words of satiety: "сыт по горло" (fed up to the throat), "ich hab es
 * satt". They are no meal.
 */
const SICK_OF = runs(`
  сыт по горло, сыта по горло, сыты по горло, ситий по горло, сита по горло, hab es satt,
  habe es satt, hab s satt, habs satt, hab das satt, habe das satt, had my fill, estoy lleno de,
  estoy llena de, to cheio de, tô cheio de, estou cheio de, je suis plein de
`);

/**
 * An ingredient of a dish or a drink (the sides and sauces of an order are service-things.ts's
 * THING): what is taken off is part of an order.
 */
const INGREDIENT = runs(`
  onion, onions, garlic, cheese, pickles, pickle, cilantro, coriander, chili, chilli, sugar, ice,
  tomato, tomatoes, lettuce, olives, mushrooms, cebolla, ajo, queso, pepinillos,
  picante, azucar, azúcar, hielo, cebola, alho, queijo, coentro, pimenta, acucar, açúcar,
  gelo, oignon, oignons, ail, fromage, cornichons, coriandre, piment, sucre, glacons,
  glaçons, zwiebel, zwiebeln, knoblauch, kase, käse, gurken, koriander, zucker,
  cipolla, cipolle, aglio, formaggio, cetriolini, coriandolo, peperoncino, zucchero, ghiaccio,
  uien, knoflook, kaas, augurk, augurken, suiker, cebula,
  cebuli, cebule, cebulę, czosnek, czosnku, ogorki, ogórki, kolendra, kolendry, cukru, лук, лука, чеснок, чеснока, сыр, сыра, огурцы, кинза, кинзы, сахар, сахара, льда,
  цибуля, цибулі, часник, сиру, цукру, льоду, sogan,
  soğan, sarimsak, sarımsak, peynir, tursu, turşu, kisnis, kişniş, seker, şeker, bawang, bawang merah, bawang putih, keju, acar, ketumbar, seledri, cabe, cabai,
  es batu, hanh tay, hành tây, hành, hành lá, bột ngọt, bot ngot, rau ngò, ngò rí, ngo ri, pho mai, phô mai, rau mui, rau mùi, sibuyas, keso, atsara, wansoy, asukal, yelo, sili, kitunguu, vitunguu,
  jibini, sukari, barafu, pyaaz, pyaz, lahsun, dhaniya, mirchi, cheeni, प्याज, प्याज़, लहसुन,
  धनिया, मिर्च, پیاز, لہسن, دھنیا, مرچ, peyaj, piyaj, rosun, পেঁয়াজ, রসুন,
  ধনেপাতা, মরিচ, بصل, البصل, ثوم, الثوم, جبنة, الجبنة, مخلل, كزبرة, ثلج,
  หัวหอม, ต้นหอม, กระเทียม, ชีส, ผักชี, พริก, น้ำแข็ง, 洋葱, 洋蔥, 葱, 蔥, 香菜, 大蒜,
  芝士, 奶酪, 辣椒, 酸黄瓜, 玉ねぎ, たまねぎ, ネギ, ねぎ, にんにく, チーズ,
  パクチー, ピクルス, わさび, pakai gula, pake gula, tanpa gula, kurang gula, gulanya, चीनी, शक्कर,
  چینی, চিনি, السكر, بدون سكر, تحطون سكر, حطوا سكر, น้ำตาล, 糖, 砂糖
`);

/** Driving, or in a meeting: the customer cannot read now. */
const BUSY = runs(`
  driving, i m driving, im driving, behind the wheel, in a meeting, je conduis, au volant,
  en reunion, en réunion, estoy manejando, estoy conduciendo, manejando, conduciendo,
  en una reunion, en una reunión, to dirigindo, tô dirigindo, estou dirigindo, dirigindo,
  em reuniao, em reunião, ich fahre gerade, fahre gerade, am steuer, bin am fahren,
  im meeting, in einer besprechung, sto guidando, sto guidano, alla guida, in riunione, ik rij,
  achter het stuur, aan het rijden, in een vergadering, in vergadering, prowadze, prowadzę,
  za kierownica, za kierownicą, na spotkaniu, на совещании, за рулем, за рулём, за кермом,
  на нараді, araba kullaniyorum, araba kullanıyorum, direksiyondayim, direksiyondayım,
  toplantidayim, toplantıdayım, nyetir, lagi nyetir, lg nyetir, menyetir, nyupir, lagi meeting,
  lg meeting, sedang rapat, tengah drive, tengah memandu, memandu, dang lai xe, đang lái xe,
  lai xe, lái xe, dang hop, đang họp, nagmamaneho, nagda drive, nasa meeting, ninaendesha,
  naendesha, niko kwenye kikao, gaadi chala raha, gaadi chala rahi, drive kar raha,
  drive kar rahi, meeting mein, गाड़ी चला रहा, گاڑی چلا رہا, gari chalacchi, গাড়ি চালাচ্ছি,
  মিটিংয়ে, اسوق, أسوق, سايق, في اجتماع, ขับรถ, ประชุมอยู่, 在开车, 開車中, 开车, 在开会, 運転中,
  会議中
`);

/** Away from home: a delivery held, not the messages (nobody is away from a phone's chat). */
const AWAY = runs(`
  not home, won t be home, wont be home, not at home, no estoy en casa, no voy a estar en casa,
  nao estou em casa, não estou em casa, pas chez moi, pas a la maison, pas à la maison,
  nicht zu hause, nicht daheim, non sono a casa, niet thuis, nie ma mnie w domu, nie bede w domu,
  nie będę w domu, меня не будет дома, не буду дома, мене не буде вдома, не буду вдома,
  evde degilim, evde değilim, evde olmayacagim, evde olmayacağım, tidak di rumah, gak di rumah,
  ga di rumah, ngga di rumah, tak ada di rumah, khong o nha, không ở nhà, wala ako sa bahay,
  sipo nyumbani, ghar pe nahi, ghar par nahi, ghar nahi, घर पर नहीं, گھر پر نہیں, bashay nei,
  বাসায় নেই, مش في البيت, لست في البيت, ما راح اكون في البيت, ไม่อยู่บ้าน, 不在家, 留守
`);

/** A charge, a fee or a payment taken. */
const CHARGE = runs(`
  charge, charges, fee, fees, shipping charge, delivery fee, shipping fee, cargo, cargos, cobro,
  cobros, cobranca, cobrança, frete, taxa, frais, frais de port, gebuhr, gebühr, gebühren,
  versandkosten, abbuchung, addebito, spese di spedizione, spese, verzendkosten, bezorgkosten,
  afschrijving, oplata, opłata, oplate, opłatę, obciazenie, obciążenie, списание, комиссия,
  комісія, списання, ucret, ücret, ucreti, ücreti, ucretini, ücretini, biaya, ongkir, caj,
  phi ship, phí ship, phi van chuyen, phí vận chuyển, bayad, singil, shipping fee, ada ya, makato, चार्ज, شپنگ چارج,
  চার্জ, ফি, رسوم, الرسوم, ค่าส่ง, ค่าธรรมเนียม, 运费, 運費, 扣款, 手续费, 送料, 手数料
`);

/**
 * A deposit or a down payment on a booking (round 17e: "is it OK to pause the deposit until I've
 * confirmed numbers?"): held or paused, it is the booking's money.
 */
const DEPOSIT = runs(`
  deposit, the deposit, down payment, downpayment, deposito, depósito, anticipo, sena, seña,
  sinal, caucao, caução, acompte, arrhes, anzahlung, kaution, caparra, acconto, aanbetaling,
  zaliczka, zaliczke, zaliczkę, zadatek, kaucja, задаток, предоплата, предоплату, завдаток,
  передоплата, передоплату, kapora, kaporayi, kaporayı, on odeme, ön ödeme, uang muka, uang panjar,
  wang pendahuluan, deposit tempahan, tien coc, tiền cọc, dat coc, đặt cọc, paunang bayad,
  advance payment, malipo ya awali, advance dena, बयाना, एडवांस, بیعانہ, ایڈوانس, অগ্রিম, বায়না,
  عربون, العربون, الدفعة المقدمة, มัดจำ, เงินมัดจำ, 定金, 订金, 押金, 手付金, 内金, 予約金
`);

/** A bill or a statement (the charge is on it). */
const BILL = runs(`
  bill, billing, invoice, statement, factura, fatura, facture, rechnung, fattura, factuur, rachunek,
  rachunku, счет, счёт, рахунок, tagihan, bil, hoa don, hóa đơn, bili, बिल, بل, বিল, فاتورة,
  الفاتورة, บิล, ใบแจ้งหนี้, 账单, 帳單, 請求書, 明細
`);

/** A contract, ended or not (the customer's own, with the business). */
const CONTRACT = runs(`
  contract, my contract, vertrag, meinen vertrag, contrat, contrato, contratto, umowa, umowe, umowę,
  umowy, договор, договір, sozlesme, sözleşme, sozlesmemi, sözleşmemi, kontrak, hop dong, hợp đồng,
  kontrata, mkataba, معاہدہ, চুক্তি, العقد, عقد, สัญญา, 合同, 合約, 契約
`);

/** A product delivered on a subscription: food, coffee, a box, a printed magazine, wine. */
const PRODUCT = runs(`
  food, dog food, cat food, coffee, tea, box, meal, meals, meal kit, magazine, print, wine, diapers,
  comida, pienso, cafe, café, caja, revista, impresa, vino, racao, ração, caixa, vinho,
  croquettes, nourriture, boite, boîte, magazine papier, vin, futter, hundefutter, katzenfutter,
  kaffee, kiste, zeitschrift, wein, cibo, crocchette, caffe, caffè, scatola, rivista, cartacea,
  voer, hondenvoer, kattenvoer, koffie, maaltijdbox, doos, tijdschrift, wijn, karma, karmy,
  kawy, kawa, pudelko, pudełko, czasopisma, wino, корм, корма, кофе, коробк*, журнал*, вино,
  кави, mama, mamasi, maması, kahve, kutu, dergi, sarap, şarap, makanan, pakan, kopi, kotak, majalah, thuc an,
  thức ăn, ca phe, cà phê, hop, hộp, tap chi, tạp chí, pagkain, kape, kahon, chakula, kahawa,
  sanduku, jarida, khana, کھانا, খাবার, طعام, اكل, أكل, قهوة, مجلة, อาหาร, กาแฟ, กล่อง,
  นิตยสาร, 狗粮, 猫粮, 咖啡, 盒, 杂志, 雜誌, 定期便, 定期購入, 定期お届け, フード, コーヒー, 雑誌,
  milk, water, newspaper, bread, veg box, vegetables, eggs, flowers, tiffin, leche, agua, garrafon,
  garrafón, garrafones, periodico,
  periódico, verduras, huevos, flores, leite, água, galao, galão, jornal, pao, pão, legumes, ovos,
  lait, eau, pain, légumes, oeufs, œufs, fleurs, milch, wasser, zeitung, brot, brötchen, gemuse,
  gemüse, eier, blumen, latte, acqua, giornale, pane, verdura, uova, fiori, melk, krant, brood,
  groente, eieren, bloemen, mleko, mleka, wody, woda, gazety, gazeta, pieczywa, chleba, warzyw,
  jajek, kwiatow, kwiatów, молоко, молока, воды, вода, газеты, газета, хлеба, овощей, яиц, цветов,
  води, газети, хліба, овочів, süt, sut, sütü, sutu, gazete, ekmek, sebze, yumurta, cicek, çiçek,
  susu, air galon, galon, koran, roti, sayur, telur, bunga, surat khabar, giao sữa, sữa tươi, banh mi,
  bánh mì, trứng gà, gatas, tubig, dyaryo, tinapay, gulay, itlog, bulaklak, maziwa, maji,
  gazeti, mkate, mboga, mayai, maua, doodh, dudh, paani, akhbaar, akhbar, dabba, दूध, पानी, अख़बार,
  अखबार, टिफिन, دودھ, پانی, اخبار, ٹفن, দুধ, পানি, পত্রিকা, খবরের কাগজ, টিফিন, حليب, الحليب, مياه,
  المياه, الجريدة, جريدة, خبز, الخبز, นม, น้ำดื่ม, หนังสือพิมพ์, ขนมปัง, ผัก, ไข่, ดอกไม้, 牛奶,
  桶装水, 报纸, 報紙, 面包, 蔬菜, 鸡蛋, 鲜花, 牛乳, 新聞, パン, 野菜, 卵, 弁当,
  fish, meat, rice, soup, pescado, carne, arroz, sopa, peixe, poisson, viande, riz, soupe, fisch,
  fleisch, reis, suppe, pesce, riso, zuppa, vlees, rijst, soep, ryba, ryby, mięso, mieso, ryż,
  zupa, zupy, рыба, рыбу, мясо, рис, суп, риба, рибу, м'ясо, balik, balık, pirinç, pirinc, çorba,
  corba, ikan, daging, beras, cá, thịt, gạo, canh, isda, karne, bigas, sabaw, samaki,
  nyama, mchele, supu, mach ta, maach, machh, mangsho, shobji, sabji, sabzi, machli, gosht,
  मछली, सब्ज़ी, सब्जी, अंडे, مچھلی, سبزی, انڈے, گوشت, মাছ, মাংস, সবজি, ডিম, سمك, لحم, رز,
  شوربة, ปลา, เนื้อ, ข้าว, ซุป, 鱼, 肉, 米, 汤, 魚, 味噌汁, ご飯, お米, 汁物
`);

/**
 * The next round of a product (round 18e, batches 49 and 51: "اگلی بار دودھ مت بھیجیے گا",
 * "Mach ta ar lagbe na, shudhu shobji pathan", "今日から味噌汁は不要です"): from the next time or
 * day on, or no longer needed. Said beside a product, the customer changes their own order.
 * "Only" and a bare "tomorrow" are not: "Guten Morgen", "I only ever bought coffee once". A round
 * moved to another day is one too (batch 55: "Ya no me manden el garrafón los lunes, mejor los
 * jueves").
 */
const NEXT_ROUND = runs(`
  next time, from tomorrow, from today, from now on, only send, just send, la proxima vez,
  la próxima vez, a partir de mañana, a partir de hoy, solo manden, da proxima vez, da próxima vez,
  a partir de amanhã, a partir de amanha, a partir de hoje, só mandem, so mandem, la prochaine fois,
  à partir de demain, a partir de demain, à partir d aujourd hui, nächstes mal, nachstes mal,
  ab morgen, ab heute, la prossima volta, da domani, da oggi, volgende keer, vanaf morgen,
  vanaf vandaag, następnym razem, nastepnym razem, od jutra, od dzisiaj, od dziś, od dzis,
  в следующий раз, с завтрашнего, с сегодняшнего, с завтра, наступного разу, з завтра, з сьогодні,
  bir dahaki sefere, yarından itibaren, yarindan itibaren, bugünden itibaren, bugunden itibaren,
  lain kali, mulai besok, mulai hari ini, lần sau, lan sau, từ mai, tu mai, từ hôm nay,
  sa susunod, simula bukas, simula ngayon, wakati ujao, kuanzia kesho, kuanzia leo, agli baar,
  agli bar, kal se, aaj se, ar lagbe na, ar lagbena, अगली बार, कल से, आज से, اگلی بار, کل سے,
  آج سے, পরের বার, কাল থেকে, আজ থেকে, المرة الجاية, المرة القادمة, من بكرة, من بكره, من النهارده,
  ครั้งหน้า, ตั้งแต่พรุ่งนี้, ตั้งแต่วันนี้, 下次, 从明天, 從明天, 从今天, 從今天, 今日から, 明日から,
  来月から, 次回から,
  better on, instead on, on mondays instead, mejor los, mejor el, mejor en la tarde, en vez de los,
  melhor na, melhor no, melhor às, plutôt le, plutot le, lieber am, besser am, meglio il,
  liever op, lepiej w, лучше в, краще в, lebih baik hari, tốt hơn vào, mas mabuti sa
`);

/**
 * What a message is about, or the messages themselves ("don't send me anything about coffee",
 * "doodh wale message mat bhejna"): the product is then the marketing's topic, not the round's.
 */
const ABOUT_OR_MESSAGE = runs(`
  anything, about, message, messages, nada, sobre, mensaje, nada sobre, nenhuma, mensagem, rien,
  au sujet, nichts, über, uber, nachricht, niente, riguardo, messaggio, niets, over,
  bericht, nic, wiadomosc, wiadomość, ничего, про, сообщение, сообщения, нічого, повідомлення,
  hicbir, hiçbir, hakkında, hakkinda, mesaj, apa apa, apapun, tentang, pesan, gì cả, gi ca, về,
  tin nhắn, tin nhan, wala nang, tungkol, mensahe, chochote, kuhusu, ujumbe, kuch bhi, ke baare,
  message mat, wale message, کچھ بھی, کے بارے, میسج, কিছু, সম্পর্কে, মেসেজ, اي شي, أي شيء,
  رسالة, رسائل, อะไร, เกี่ยวกับ, ข้อความ, 任何, 关于, 消息, 信息, 何も, について, メッセージ
`);

/**
 * Where a delivered thing is left (round 18e, batch 52: "Könnten Sie bitte aufhören, die Zeitung
 * in den Briefkasten zu quetschen? … Legen Sie sie einfach auf die Fußmatte"): the stop is of the
 * way the customer's own round is delivered.
 */
const DELIVERY_SPOT = runs(`
  letterbox, letter box, mailbox, postbox, doormat, doorstep, front door, porch, briefkasten,
  fußmatte, fussmatte, haustür, haustur, vor die tür, vor die tur, boite aux lettres,
  boîte aux lettres, la boite, la boîte, paillasson, devant la porte, buzon, buzón, felpudo,
  en la puerta, caixa de correio, capacho, no portao, no portão, cassetta della posta,
  buca delle lettere, zerbino, davanti alla porta, brievenbus, deurmat, voordeur, voor de deur,
  skrzynki, skrzynka, skrzynce, wycieraczce, wycieraczka, pod drzwiami, почтовый ящик,
  почтовом ящике, ящик, у двери, под дверью, поштову скриньку, скриньку, під дверима,
  posta kutusu, posta kutusuna, kapının önüne, kapinin onune, paspas, kotak surat, kotak pos,
  depan pintu, hộp thư, hop thu, trước cửa, truoc cua, mailbox namin, sa pintuan, sanduku la barua,
  mlangoni, darwaze pe, darwaze par, दरवाज़े, دروازے پر, লেটারবক্স, দরজায়, صندوق البريد,
  عند الباب, ตู้จดหมาย, หน้าประตู, 信箱, 门口, 門口, 郵便受け, 玄関
`);

/**
 * A delivery of such a product, held or stopped (round 17e: "naomba msimamishe huduma ya kuletewa
 * maji ya mtungi kwa wiki mbili", "Приостановите доставку воды на две недели"): the customer's
 * own round, not the messages.
 */
const DELIVERY = runs(`
  delivery, deliveries, delivering, deliver, entrega, entregas, reparto, entregar, livraison,
  livraisons, livrer, lieferung, lieferungen, liefern, zustellung, consegna, consegne, bezorging,
  bezorgen, levering, dostawa, dostawy, dostawę, dostawe, dostarczanie, доставка, доставку,
  доставки, привоз, доставлення, teslimat, teslimati, teslimatı, antar, pengantaran, kiriman,
  penghantaran, giao, giao hang, giao hàng, deliver ng, pag deliver, padala, pagpapadala, kuletewa, kuleta, kuniletea,
  usambazaji, kusambaza, supply, sapplai, सप्लाई, डिलीवरी, ڈیلیوری, سپلائی, ডেলিভারি, সাপ্লাই,
  توصيل, التوصيل, จัดส่ง, งดส่ง, พักส่ง, 配送, 送货, 送奶, 配達, お届け
`);

/**
 * Unsubscribed FROM a product named right after (round 16g: "I'd like to unsubscribe from the veg
 * box"): the product's subscription, where "unsubscribe" alone is a stop's.
 */
const UNSUBSCRIBE_FROM = runs(`
  unsubscribe from the, unsubscribe me from the, cancel my subscription to the, darme de baja del,
  darme de baja de la, me dar de baixa da, me dar de baixa do, me desabonner de la, me desabonner du,
  mich von der, disdire il, disdire la
`);

/**
 * A home service on a plan, ended (round 16g: "quiero darme de baja del plan de limpieza
 * quincenal"): cleaning, gardening, laundry, pest control.
 */
const HOME_SERVICE = runs(`
  cleaning, cleaner, gardening, laundry, pest control, limpieza, jardineria, jardinería, lavanderia,
  lavandería, fumigacion, fumigación, faxina, limpeza, jardinagem, lavanderia, menage, ménage, nettoyage,
  jardinage, blanchisserie, reinigung, putzfrau, gartenpflege, wascherei, wäscherei, pulizie, pulizia,
  giardinaggio, lavanderia, schoonmaak, tuinonderhoud, wasserij, sprzatanie, sprzątanie, уборка, уборки,
  прибирання, temizlik, kebersihan, bersih bersih, laundry, pembersihan, don dep, dọn dẹp, paglilinis,
  usafi, safai, صفائی, পরিষ্কার, تنظيف, ทำความสะอาด, 保洁, 清洁, 家政, 清掃, ハウスクリーニング,
  window cleaning, lawn mowing, mowing, pool cleaning, sprzatania, sprzątania, koszenia, mycia okien,
  pielegnacji ogrodu, pielęgnacji ogrodu, клининг, прибиранн*, limpeza de piscina, tonte,
  entretien du jardin, fensterreinigung, rasenmähen, pulizia vetri, glazenwassen, cim bicme,
  çim biçme, potong rumput, cuci rumah, cat co, cắt cỏ, kukata nyasi, kufua nguo, dhulai, دھلائی,
  কাপড় ধোয়া, غسيل, ตัดหญ้า, 割草, 草刈り, 庭の手入れ
`);

/**
 * A plan or a regular visit of a service. Round 17e: Japanese names the service by its kind
 * ("今月のハウスクリーニングは一旦停止でお願いします": house cleaning is the visit itself).
 */
const SERVICE_PLAN = runs(`
  plan, service, visits, visit, servicio, visitas, plano, servico, serviço, formule, forfait, dienst,
  vertrag, abo, servizio, abbonamento, abonnement, plan sprzatania, usluga, usługa, uslugi, usługi,
  uslug, usług, usluge, usługę, servis, услуга, услуги, услугу, послугу, послуги,
  послуга, hizmet, paket, layanan, pakej, goi, gói, serbisyo, huduma, پلان, প্ল্যান, خدمة, บริการ, 服务,
  套餐, プラン, ハウスクリーニング, 家事代行, サービス, 服務
`);

/** A subscription (the word itself: "unsubscribe" is a stop's). */
const SUBSCRIPTION = runs(`
  subscription, suscripcion, suscripción, assinatura, abonnement, abo, abbonamento, subskrypcj*,
  prenumerat*, подписк*, підписк*, abonelik*, aboneli*, langganan, goi dinh ky, gói định kỳ,
  subscription ko, usajili, سبسکرپشن, সাবস্ক্রিপশন, اشتراك, الاشتراك, สมาชิกรายเดือน, 订阅, 訂閱,
  定期便, 定期購入, サブスク
`);

/** Sorry (an apology, for an earlier message; not-marketing.ts: for a message sent wrongly). */
export const SORRY = runs(`
  sorry, i m sorry, apologies, i apologize, perdon, perdón, disculpa, disculpen, lo siento,
  desculpa, desculpe, desculpem, desole, désolé, desolee, désolée, pardon, entschuldigung,
  entschuldigt, sorry, scusa, scusate, scusi, mi dispiace, sorry voor, excuses, przepraszam,
  извините, простите, вибачте, пробачте, ozur dilerim, özür dilerim, kusura bakmayin,
  kusura bakmayın, maaf, mohon maaf, xin loi, xin lỗi, pasensya, pasensya na, patawad,
  samahani, maaf kijiye, maafi, माफ़ कीजिए, माफ कीजिए, معذرت, معاف, দুঃখিত, ক্ষমা, اسف, آسف,
  اعتذر, أعتذر, ขอโทษ, 对不起, 對不起, 抱歉, すみません, ごめんなさい, 申し訳, 不好意思, 失礼しました
`);

/** Angry or upset, said of oneself before ("I was upset", "ero nervoso"). */
const WAS_ANGRY = runs(`
  i was upset, i was angry, i was annoyed, i was frustrated, i was stressed, earlier message,
  my last message, estaba enfadado, estaba enfadada, estaba enojado, estaba enojada,
  mensaje de antes, estava irritado, estava irritada, mensagem de antes, j etais enerve,
  j étais énervé, j etais enervee, j étais énervée, message de tout a l heure,
  message de tout à l heure, ich war sauer, ich war wutend, ich war wütend, nachricht vorhin,
  ero nervoso, ero nervosa, messaggio di prima, ik was boos, bericht van net, bylem zly,
  byłem zły, bylam zla, byłam zła, poprzednia wiadomosc, poprzednią wiadomość, я был зол,
  я была зла, я погорячился, я погорячилась, я був злий, я була зла, sinirliydim,
  onceki mesajim, önceki mesajım, tadi saya emosi, tadi aku emosi, lagi emosi, pesan tadi,
  mesej tadi, toi buc qua, tôi bực quá, tin nhan luc nay, tin nhắn lúc nãy, nainis ako,
  nagalit ako, nilikuwa na hasira, ujumbe wangu wa awali, gussa tha, gusse mein tha, غصے میں تھا,
  রাগ করে, রেগে ছিলাম, كنت معصب, كنت زعلان, رسالتي السابقة, อารมณ์เสีย, ข้อความเมื่อกี้,
  我刚才太冲动, 刚才的消息, 刚才生气, 先ほどのメッセージ, イライラして
`);

/** A courier or a shipper, complained of or reported. */
const COURIER = runs(`
  courier, the courier, shipping company, delivery company, mensajeria, mensajería, paqueteria,
  paquetería, transportadora, transporteur, lieferdienst, paketdienst, corriere, vervoerder,
  pakketdienst, firma kurierska, kuriera, курьерск*, службу доставки, кур єрськ*, kargo firmasi,
  kargo firması, kargo sirketi, kargo şirketi, kargoya, ekspedisi, jasa kirim, syarikat kurier,
  don vi van chuyen, đơn vị vận chuyển, ben giao hang, bên giao hàng, kumpanya ng courier,
  kampuni ya usafirishaji, courier wale, কুরিয়ার, شركة الشحن, شركة التوصيل, المندوب,
  บริษัทขนส่ง, ขนส่ง, 快递, 快遞, 快递公司, 物流公司, 配送業者, 宅配業者, 運送会社
`);

/** Complaining or reporting (not-marketing.ts's REPORT has the threats over money). */
const COMPLAIN = runs(`
  complain, complaint, queja, reclamar, reclamacion, reclamación, reclamacao, reclamação, plainte,
  reclamation, réclamation, beschweren, beschwerde, reklamation, reclamo, lamentela, klacht,
  klagen, reklamacja, reklamacje, reklamację, жалоба, жалобу, пожаловаться, скарга, скаргу,
  sikayet, şikayet, komplain, aduan, khieu nai, khiếu nại, reklamo, malalamiko, complaint karunga,
  shikayat, شکایت, অভিযোগ, ابلغ, أبلغ, شكوى, اشتكي, ร้องเรียน, 投诉, 投訴, 苦情, クレーム
`);

/** A pet, and a habit of one that the customer wants to stop ("our puppy keeps chewing the sofa"). */
const PET = runs(`
  puppy, dog, cat, kitten, perro, perrito, cachorro, gato, gatito, chien, chiot, chat, chaton, hund,
  welpe, katze, cane, cucciolo, gatto, hond, pup, kat, pies, piesek, szczeniak, kot, собака,
  щенок, кот, кошка, цуценя, песик, кіт, köpek, kopek, köpeğim, kopegim, yavru, kedi, anjing,
  anak anjing, kucing, con cho, con chó, con meo, con mèo, aso, tuta, pusa, mbwa, paka, kutta, billi,
  कुत्ता, बिल्ली, کتا, بلی, কুকুর, বিড়াল, كلب, كلبي, قطة, قطتي, หมา, สุนัข, แมว, 狗, 小狗, 猫, 犬, 子犬
`);
const HABIT = runs(`
  chewing, chews, barking, barks, biting, bites, scratching, scratches, peeing, knagen, knaagt,
  blaffen, blaft, bijten, bijt, krabben, plassen, kauen, kaut, bellen, bellt, beissen, beißt,
  mordisquea, mordiendo, ladra, ladrando, muerde, mordendo, latindo, morde, ronge, ronger,
  aboie, aboyer, rosicchia, rosicchiare, abbaia, abbaiare, gryzie, gryźć, gryzc, szczeka,
  грызет, грызёт, лает, кусается, гризе, гавкає, кусається, kemiriyor, havliyor, havlıyor,
  isiriyor, ısırıyor, gigit, menggonggong, gonggong, can do, cắn đồ, sua suot, sủa suốt, ngatngat,
  tumatahol, kumakagat, anatafuna, anabweka, anauma, bhaunkta, kaatta, भौंकता, काटता, بھونکتا,
  কামড়ায়, ঘেউ, يعض, ينبح, يخربش, กัด, เห่า, ข่วน, 咬, 乱叫, 噛む, 噛んで, 吠える, 吠えて
`);

/**
 * Spam calls, from anyone, blocked on the customer's own phone ("How do I block spam calls on my
 * new phone? Could you set it up when I collect it?"): a phone's setting, asked of the shop. The
 * "spam" inside names no marketing of ours (not-marketing.ts reads the message without them).
 */
export const SPAM_CALLS = runs(`
  spam calls, spam call, robocalls, scam calls, llamadas spam, llamadas de spam, ligacoes de spam,
  ligações de spam, ligacoes spam, ligações spam, appels indesirables, appels indésirables,
  appels spam, spam anrufe, spamanrufe, werbeanrufe, chiamate spam, spam telefoontjes,
  spamtelefoontjes, polaczenia spam, połączenia spam, спам звонки, спам звонков, спам дзвінки,
  spam aramalar, spam aramalari, spam aramaları, panggilan spam, telepon spam, cuoc goi rac,
  cuộc gọi rác, cuoc goi spam, cuộc gọi spam, spam na tawag, simu za utapeli, spam call ko,
  स्पैम कॉल, اسپیم کال, স্প্যাম কল, مكالمات مزعجة, المكالمات المزعجة, สายสแปม, โทรสแปม,
  骚扰电话, 騷擾電話, 迷惑電話
`);

/** The customer's own phone, the device ("on my new phone", "携帯"). */
const MY_PHONE = runs(`
  my phone, my new phone, this phone, the phone, new phone, mi telefono, mi teléfono, mi celular,
  meu celular, meu telefone, mon telephone, mon téléphone, mon portable, mein handy, meinem handy,
  il mio telefono, mio cellulare, mijn telefoon, moj telefon, mój telefon, мой телефон, моем телефоне,
  моём телефоне, мій телефон, telefonum, telefonumda, hp saya, hp ku, hp aku, điện thoại của tôi,
  dien thoai cua toi, phone ko, simu yangu, mera phone, میرا فون, আমার ফোন, هاتفي, جوالي,
  โทรศัพท์ของฉัน, มือถือ, 我的手机, 手机上, 携帯, スマホ
`);

/**
 * An item taken out of an order or a cart (round 17e: "siparişimden beyaz peyniri çıkarın",
 * "Tolong keluarin 1 item dari keranjang", "Toa maziwa kwenye oda yangu, sitaki tena"): the
 * remove verb. The "don't want it any more" beside it is the item's, not the messages'
 * (errand.ts reads the cart alone in a stop's clause; here the order counts too, for the
 * whole message and for the learned model).
 */
const TAKE_OUT = runs(`
  remove, take off, take out, off the, off my, delete, cancel the, quita, quitar, quiten, quite, saca, saque, saquen,
  elimina, elimine, eliminen, borra, borre, tira, tirar, tirem, remove, remova, removam, retire,
  retira, exclui, exclua, enleve, enlevez, enlever, retirez, supprimez, supprime, retirer,
  nehmen sie, nimm, raus, rausnehmen, herausnehmen, entfernen, entfernt, streichen, streicht,
  löschen, loschen, lösch, losch, löscht, loscht,
  togli, togliete, toglimi, rimuovi, rimuovete, elimina, eliminate, haal, verwijder, verwijderen,
  schrap, halen, eraf halen, usun, usuń, usunac, usunąć, usuncie, usuńcie, wyrzuc, wyrzuć, wykresl, wykreśl, уберите, убери, удалите,
  удали, уберіть, приберіть, видаліть, видали, cikarin, çıkarın, cikar, çıkar, cikartin, çıkartın,
  silin, sil, iptal edin, hapus, hapusin, keluarkan, keluarin, buang, batalkan, bỏ, xoa, xóa,
  alisin, tanggalin, paki alis, pakialis, paki tanggal, pakitanggal, tanggal, toa, ondoa,
  ondoeni, mtoe, hata do, hata dijiye, hatao, nikal do, nikal dijiye, remove kar do, हटा दो,
  हटा दीजिए, निकाल दो, ہٹا دیں, ہٹا دو, نکال دیں, نکال دو, বাদ দিন, বাদ দাও, সরিয়ে দিন,
  شيلوا, شيل, احذفوا, احذف, الغوا, ลบ, เอาออก, เอา ออก, ออกจาก, 删掉, 删除, 去掉, 拿掉, 取消, 外して, 削除,
  抜いて, キャンセル
`);

/**
 * An item put into an order or a cart ("Can you add a loaf to my order?", "注文にパンも追加して
 * いただけますか？"): the add verb. Round 17a reads "can you add my number too?" as joining the
 * offers; beside an order the thing added is the order's (the learned model, trained on those
 * joins, must not raise an opt-in here: learned.ts).
 */
const PUT_IN = runs(`
  add, put, include, agrega, agregue, agreguen, añade, anade, añadan, anadan, incluye, incluya,
  adiciona, adicione, acrescenta, acrescente, coloca, coloque, inclui, inclua, ajoute, ajoutez,
  ajouter, rajoute, rajoutez, hinzufugen, hinzufügen, dazu, dazutun, fugen sie, fügen sie,
  aggiungi, aggiungete, aggiungere, metti, mettete, toevoegen, voeg, doe er, dodaj, dodajcie,
  dopisz, dopiszcie, добавьте, добавь, додайте, додай, ekleyin, ekle, ekler misiniz, tambah,
  tambahin, tambahkan, masukkan, masukin, thêm, them, isama, idagdag, dagdag, ongeza, ongezeni,
  add kar do, add kar dijiye, jod do, daal do, daal dein, जोड़ दो, जोड़ दीजिए, डाल दो, شامل کر دیں,
  ڈال دیں, যোগ করুন, যোগ করে দিন, add kore din, أضف, اضيفوا, ضيفوا, زودوا, เพิ่ม, 加, 加上, 添加,
  追加, 加えて
`);

/**
 * Round 17i (batch 50): a print job, an album, a cake or the account's saved card, the place
 * of a name, a photo or a decoration taken off ("ondoeni jina la Mjomba Juma kwenye kadi za
 * harusi", "शादी की एल्बम से वो फ़ोटो हटा दीजिए", "streichen Sie bei der Tortenbestellung die
 * Marzipanrosen", "Proszę usunąć moją kartę zapisaną na koncie"). Cards alone are not one
 * (a card is a bank's, not-marketing.ts `CARD`): the wedding's or the invitation's are.
 */
const PRINT_JOB = `
  album, wedding album, photo album, photo book, invitation, invitations, wedding cards,
  invitation cards, proof, the print, the design, the banner, cake, the cake, *bestellung, torte,
  tortenbestellung, album de boda, invitaciones, tarta, pastel, convites, bolo, faire part,
  faire part de mariage, gateau, gâteau, partecipazioni, inviti, torta, uitnodigingen, taart,
  zaproszenia, zaproszeniach, tort, tortu, альбом*, приглашени*, запрошен*, торт*, davetiye*,
  pasta siparişi, undangan, kad kahwin, kad jemputan, kue, kek, thiệp cưới, thiep cuoi, bánh kem,
  invitation, imbitasyon, keyk, kadi za harusi, kadi za mwaliko, keki, shaadi ke card, shaadi ke cards,
  एल्बम, कार्ड्स, केक, البوم, کارڈز, کیک, অ্যালবাম, বিয়ের কার্ড, কার্ড থেকে, কেক, الألبوم, الالبوم,
  بطاقات الدعوة, كرت العرس, الكيكة, التورتة, อัลบั้ม, การ์ดแต่งงาน, เค้ก, 相册, 相冊, 请柬, 喜帖,
  蛋糕, アルバム, 招待状, ケーキ,
  saved card, gespeicherte karte, gespeicherte kreditkarte, meine gespeicherte, tarjeta guardada,
  cartao salvo, cartão salvo, carte enregistree, carte enregistrée, carta salvata,
  opgeslagen kaart, karte zapisana, kartę zapisaną, karta zapisana, zapisaną kartę, zapisana karte,
  сохраненную карту, сохранённую карту, збережену картку, kayitli kart, kayıtlı kart, kartu tersimpan,
  thẻ đã lưu, naka save na card, kadi iliyohifadhiwa, saved card ko, محفوظ کارڈ, সেভ করা কার্ড,
  البطاقة المحفوظة, บัตรที่บันทึกไว้, 已保存的卡, 保存したカード
`;

/** An order or a cart named as the customer's (the item's place, not a list). */
const ORDER_WORDS = `
  my order, the order, from the order, from my order, off my order, cart, my cart, basket, my basket,
  mi pedido, del pedido, el pedido, carrito, cesta, meu pedido, do pedido, o pedido, carrinho,
  sacola, ma commande, de la commande, la commande, panier, meiner bestellung, der bestellung,
  bestellung, warenkorb, ordine, dall ordine, dal mio ordine, carrello, mijn bestelling,
  de bestelling, bestelling, winkelmand*, winkelwagen*, zamowienia, zamówienia, zamowieniu,
  zamówieniu, zamowienie, zamówienie, koszyk*, заказа, заказе, заказ, корзин*, замовлення,
  siparisimden, siparişimden, siparisten, siparişten, siparis, sipariş, sepet*, pesanan,
  pesananku, pesanan saya, keranjang, troli, don hang, đơn hàng, khoi don, khỏi đơn, gio hang,
  giỏ hàng, order ko, sa order, oda yangu, kwenye oda, oda ya, kikapu, order se, order mein, ऑर्डर, آرڈر,
  hamper, the hamper, gift set, gift box, gift basket, geschenkset, geschenkkorb, präsentkorb,
  prasentkorb, coffret, coffret cadeau, cesta de regalo, cesta regalo, cesto regalo, kerstpakket,
  kosz prezentowy, koszu prezentowego, подарочный набор, подарункový набір, hediye seti,
  hediye paketi, hampers, parsel raya, giỏ quà, gio qua, gift pack, گفٹ پیک, গিফট বক্স,
  سلة الهدايا, กระเช้า, 礼盒, 禮盒, ギフトセット, 詰め合わせ,
  آرڈر سے, অর্ডার, অর্ডার থেকে, طلبي, الطلب, الطلبية, السلة, ออเดอร์, ตะกร้า, 订单, 訂單,
  购物车, 購物車, 注文, カート
`;

/** An order or a cart named as the customer's, or a print job's place (round 17i). */
const ORDER_OR_CART = runs(`
  ${ORDER_WORDS},
  ${PRINT_JOB}
`);

/**
 * Only an order or a cart (no print job): "Mi aggiungete alla lista per gli inviti alle
 * serate?" adds the customer to a list of invitations, an opt-in, where "add uncle's name to the
 * invitations" would be the print job's.
 */
const ORDER_ONLY = runs(ORDER_WORDS);

/**
 * A worker sent to the home or the car (round 17i, batch 50: "ما تبعتوا الفني بكرة، المكيف
 * اشتغل لحاله", "พรุ่งนี้ไม่ต้องส่งช่างมานะครับ"): a visit of the customer's own, called off or
 * put off. Chinese "师傅" also addresses a driver ("師傅唔該停一停，你揸過咗頭啦": stop here,
 * you drove past). Thai "ช่าง" alone is not one: "ช่างเถอะ" is "never mind".
 */
const WORKER = runs(`
  technician, the technician, plumber, electrician, mechanic, repairman, repair man, handyman,
  engineer visit, fitter, installer, tecnico, técnico, fontanero, plomero, electricista, mecanico,
  mecánico, encanador, eletricista, technicien, plombier, electricien, électricien, depanneur,
  dépanneur, techniker, klempner, installateur, elektriker, monteur, handwerker, idraulico,
  elettricista, tecnico della caldaia, loodgieter, elektricien, hydraulik, hydraulika, elektryk,
  elektryka, serwisant, serwisanta, мастер, мастера, мастеру, сантехник, сантехника, электрик,
  электрика, майстер, майстра, сантехніка, електрика, teknisyen, tesisatci, tesisatçı, elektrikci,
  elektrikçi, usta, ustayi, ustayı, servisci, teknisi, tukang, tukang ledeng, tukang listrik,
  juruteknik, cử thợ, cu tho, gửi thợ, thợ qua, tho qua, thợ điện, thợ nước, thợ sửa, ky thuat vien, kỹ thuật viên, tubero, elektrisyan, fundi,
  mafundi, fundi bomba, fundi umeme, mistri, mistry, plumber ko, electrician ko, mechanic ko,
  मिस्त्री, इलेक्ट्रीशियन, प्लंबर, मैकेनिक, مستری, الیکٹریشن, پلمبر, মিস্ত্রি, ইলেকট্রিশিয়ান, প্লাম্বার,
  মেকানিক, الفني, فني, الفنى, السباك, سباك, الكهربائي, كهربائي, الميكانيكي, ส่งช่าง, ช่างแอร์, ช่างซ่อม, ช่างไฟ, ช่างประปา, 师傅, 師傅, 维修工,
  修理工, 派人, 上门, 修理の方, 修理業者, 業者の方, 作業員
`);

/** Started again later (a round held: "Agle Monday se phir shuru kar dena", "à partir de lundi"). */
const RESUME = runs(`
  start again, start it again, resume, restart, start from, from next, empiecen de nuevo, reanuden,
  retomen, retomar, voltem a, recomecem, reprenez, reprendre, a partir de, wieder ab, ab nächster,
  ab nachster, riprendete, riprendere, da lunedi, da lunedì, weer vanaf, hervatten, od przyszłego,
  od przyszlego, wznowcie, wznówcie, с понедельника, со следующей, возобновите, з понеділка,
  поновіть, tekrar baslat*, tekrar başlat*, mulai lagi, lanjut lagi, sambung semula, mula semula,
  bắt đầu lại, bat dau lai, giao lại từ, ulitin, ulit po, simula ulit, anzeni tena, endeleeni tena,
  phir shuru, phir se shuru, phir se chalu, dobara shuru, firse shuru, se phir, আবার শুরু,
  ابدأوا من جديد, رجعوا ابدأوا, كملوا من, เริ่มส่งใหม่, เริ่มใหม่, 恢复, 重新开始, 再開
`);

/** By email or post: where a receipt or a document is not to go. */
const BY_MAIL = runs(`
  email, e mail, mail, by email, by post, correo, por correo, e mail, par mail, par email, per mail,
  per e mail, per post, na maila, maila, mailem, emailem, почту, на почту, по почте, пошту, на пошту,
  e posta, eposta, e postaya, surel, email ko, ای میل, ইমেইল, الايميل, الإيميل, البريد, อีเมล,
  邮箱, 邮件, 郵件, メール
`);

/** Here, in this chat (where the document is wanted instead). */
const HERE = runs(`
  here, this chat, aqui, aquí, por aqui, por aquí, ici, hier, hierher, hierheen, qui, tutaj, tu,
  сюда, сюди, buraya, ke sini, kesini, di sini, sini, vao day, vào đây, dito, hapa, yahan, idhar,
  یہاں, এখানে, هنا, ที่นี่, ทางนี้, 这里, 這裡, 这边, ここ
`);

/** Not on WhatsApp ("por correo, no por WhatsApp"): the thing sent moved off this channel. */
const NOT_HERE = runs(`
  not on whatsapp, not by whatsapp, not via whatsapp, not here, no por whatsapp, no por aqui,
  no por aquí, nao pelo whatsapp, não pelo whatsapp, pas par whatsapp, pas sur whatsapp,
  nicht per whatsapp, nicht über whatsapp, nicht uber whatsapp, non su whatsapp, non per whatsapp,
  niet via whatsapp, nie na whatsapp, nie przez whatsapp, не в ватсап, не в whatsapp, не сюда,
  whatsapptan degil, whatsapp'tan değil, jangan lewat whatsapp, bukan lewat whatsapp,
  khong qua whatsapp, không qua whatsapp, hindi sa whatsapp, si kwa whatsapp, whatsapp pe nahi,
  whatsapp par nahi, ليس على الواتساب, مش على الواتس, ไม่ต้องทางไลน์, 不要发微信, 不要在这里
`);

/**
 * The customer removed ("remove me", "bórrenme", "tragt mich aus"): the stop is theirs whatever
 * else they say ("sorry, I was upset earlier, but please remove me", "unsubscribe me, I'm full").
 */
const ME_REMOVED = runs(`
  remove me, delete me, take me off, unsubscribe me, borrenme, bórrenme, saquenme, sáquenme,
  sacame, sácame, eliminenme, elimíneme, me tira, me tirem, me tirar, desinscrivez moi,
  retirez moi, tragt mich aus, streicht mich, loscht mich, löscht mich, cancellatemi, toglietemi,
  rimuovetemi, haal me eraf, haal me weg, verwijder mij, verwijder me, usuncie mnie, usuńcie mnie,
  wypiszcie mnie, удалите меня, уберите меня, отпишите меня, видаліть мене, відпишіть мене,
  beni cikarin, beni çıkarın, beni silin, hapus saya, keluarkan saya, keluarin aku, hapus aku,
  xoa toi, xóa tôi, xoa em, xóa em, tanggalin niyo ako, alisin niyo ako, niondoe, niondoeni,
  mnifute, nifute, mujhe hatao, mujhe hata do, mujhe remove karo, mujhe nikal do, مجھے ہٹا دیں,
  আমাকে বাদ দিন, আমাকে রিমুভ করুন, احذفني, شيلوني, امسحوني, เอาฉันออก, เอาผมออก, 把我删了,
  把我移除, 私を削除
`);

/**
 * Whether the message is one of the matters above (the caller checks that no marketing and no
 * list is named). A charge counts on a card or a bill: "gausah chat gw lg soal gratis ongkir"
 * refuses the offer of free shipping.
 */
export function isOwnMatter(tokens: readonly string[]): boolean {
  const n = tokens.length;
  const any = (list: ReturnType<typeof runs>): boolean => has(list, tokens, 0, n);
  // "停止って送ったら、携帯の契約も解約になりますか?": what replying STOP does is asked.
  if (any(REPLY_KEYWORD) || any(ME_REMOVED) || any(NUMBER)) return false;
  return (
    (any(FULL) && !any(SICK_OF)) ||
    any(INGREDIENT) ||
    any(BUSY) ||
    any(AWAY) ||
    (any(CHARGE) && (any(CARD) || any(BILL))) ||
    any(DEPOSIT) ||
    // "I never signed a contract with you, delete my number" denies the contract.
    unnegatedAt(CONTRACT, tokens, 3) >= 0 ||
    (any(UNSUBSCRIBE_FROM) && any(PRODUCT)) ||
    pausesOwnRound(tokens) ||
    // Round 18e: a product's next round changed, or where it is left.
    (any(PRODUCT) && any(NEXT_ROUND) && !any(ABOUT_OR_MESSAGE)) ||
    (any(DELIVERY_SPOT) && productBesideSpot(tokens) && !any(ABOUT_OR_MESSAGE)) ||
    // "Remove the cheese from my order": unless an unsubscription or the cart's reminders are
    // named beside it ("delete the abandoned cart reminders" asks off marketing, errand.ts).
    (any(TAKE_OUT) && any(ORDER_OR_CART) && !any(REMINDER) && !unsubscribesBesides(tokens)) ||
    any(WORKER) ||
    // "Чек на почту не отправляйте, пришлите сюда": the receipt wanted here, not by email.
    // "mándenme el comprobante por correo, no por WhatsApp": the other way round.
    (namesSentThing(tokens, 0, n) && any(BY_MAIL) && (any(HERE) || any(NOT_HERE))) ||
    addsToOrder(tokens) ||
    (any(SORRY) && any(WAS_ANGRY)) ||
    (any(COURIER) && any(COMPLAIN)) ||
    (any(PET) && any(HABIT)) ||
    (any(SPAM_CALLS) && any(MY_PHONE) && any(BLOCK) && !any(YOURS))
  );
}

/**
 * Whether a product is named beside a delivery spot, not inside one (round 18e): "mon téléphone
 * n'est pas une boîte aux lettres à pub" names a letterbox, whose "boîte" (box) is no product
 * delivered; a spot starting at the product or up to two words before it holds it.
 */
function productBesideSpot(tokens: readonly string[]): boolean {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (!startsAt(PRODUCT, tokens, i, n)) continue;
    let inSpot = false;
    for (let j = Math.max(0, i - 2); j <= i && !inSpot; j++)
      inSpot = startsAt(DELIVERY_SPOT, tokens, j, n);
    if (!inSpot) return true;
  }
  return false;
}

/** "Add bread to my order": an item put into an order or a cart, no marketing named. */
export function addsToOrder(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return has(PUT_IN, tokens, 0, n) && has(ORDER_ONLY, tokens, 0, n) && hasStem(tokens, 0, n) < 0;
}

/**
 * Whether an unsubscription is named besides the remove verbs (round 17i: "Comment je supprime
 * le doublon ?" removes the item with a stop's verb; "remove the shoes from my cart and
 * unsubscribe me" unsubscribes).
 */
function unsubscribesBesides(tokens: readonly string[]): boolean {
  const n = tokens.length;
  for (let at = hasStem(tokens, 0, n); at >= 0; at = hasStem(tokens, at + 1, n))
    if (!startsAt(TAKE_OUT, tokens, at, n)) return true;
  return false;
}

/**
 * Whether the message holds or ends a round of the customer's own (round 17e): a product
 * delivered ("stop the milk delivery for a week", "akhbaar ki delivery band kar dijiye") or on a
 * subscription, or a home service on a plan. A start asked for beside it is the round's.
 * Round 17i: or a round's product held and started again later ("ek hafte ke liye tiffin band
 * kar dijiye… Agle Monday se phir shuru kar dena").
 */
export function pausesOwnRound(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return (
    ((has(SUBSCRIPTION, tokens, 0, n) || has(DELIVERY, tokens, 0, n)) &&
      has(PRODUCT, tokens, 0, n)) ||
    (has(HOME_SERVICE, tokens, 0, n) && has(SERVICE_PLAN, tokens, 0, n)) ||
    (has(PRODUCT, tokens, 0, n) && has(RESUME, tokens, 0, n))
  );
}
