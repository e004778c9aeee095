/**
 * Stopping, cancelling or pausing in the business's own sense (round 11b): the customer stops
 * something they pay for or use, not the marketing.
 * - a gym or club membership cancelled or quit, also asked how ("how do I cancel my gym
 *   membership?": none, not help; the help reply would tell how to leave the marketing list);
 * - a subscription's automatic renewal switched off, an automatic deduction stopped with "I never
 *   agreed" beside it ("stop the auto-debit, I never agreed", "auto deduction band karein, maine
 *   ijazat nahi di"): the refusal of consent is about the money, not the messages;
 * - calls to a landline refused, with the mobile asked for ("stop calling the landline, call my
 *   mobile", "dejen de llamar al fijo"): a number to call, not the marketing;
 * - a card blocked because it was lost or stolen ("カードを止めてください、財布をなくしました"),
 *   or declined or stopped at a payment (round 14c: "支払いの時にカードが止められたんですが、どう
 *   すればいいですか": what to do about the card, not help about the list);
 * - a relative who cannot log in ("ze kan niet meer inloggen, kunnen jullie helpen");
 * - a box, a meal kit or a delivery paused for a while ("Pause my meal kit for 2 weeks", "Mettez en
 *   pause ma box ce mois-ci");
 * - "enough" ending a decision to buy ("Basta, ho deciso: prendo la Panda", "chega, decidi: vou
 *   levar o carro"), or (round 16a) praise of the item ("Basta, è troppo bello, lo prendo!").
 * Every reading of a stop, a question about one or a help request is set aside, except a whole
 * message keyword ("STOP"). A marketing word anywhere in the message keeps it all ("cancel my gym
 * AND stop the promos", "block my card and stop the marketing texts").
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import { isObjectWord } from './compiled';
import { PAYMENT } from './errand';
import { VI_CARD } from './card-words';
import { MARKETING, NOT_THE_MARKETING, without } from './not-marketing';
import type { Finding } from './finding';
import { clauseOf } from './bounds';

/** A gym, a fitness club or a sports club, and memberships of one. */
const GYM = runs(`
  gym, the gym, gym membership, gym*, fitness, fitness club, health club, sports club,
  gimnasio, gimnasio*, gym del, membresia del gimnasio, academia, academia*, salle de sport,
  salle de gym, club de sport, palestra, palestra*, fitnessstudio, fitnessstudio*, fitness studio,
  sportschool, sportschool*, sportclub, silownia, silowni, silownie, siłownia, siłowni, siłownię,
  karnet, karnetu, karnet na silownie, спортзал, спортзала, спортзал*, фитнес, фитнес*, абонемент в зал,
  абонемент у спортзал, спортзалу, spor salonu, spor salonu*, salon uyeligi, fitness salonu,
  جيم, الجيم, النادي, نادي, النادي الرياضي, اشتراك الجيم, جم, جِم, ورزش, gym ki membership,
  gym membership, जिम, জিম, জিমের, keahlian gym, member gym, langganan gym, pusat kebugaran,
  phong gym, phong tap, the tap, goi tap, thẻ tập, gói tập, uanachama wa gym, klabu ya mazoezi,
  ยิม, ฟิตเนส, สมาชิกยิม, สมาชิกฟิตเนส, ジム, フィットネス, 健身房, 健身卡, 健身, 会员卡, 健身会员
`);

/**
 * Leaving the gym: a membership named, or a verb of cancelling or quitting a contract. Without one
 * ("I don't want anything from your gym anymore", "хватит писать про фитнес") the gym is the
 * sender, and the stop is a stop.
 */
const LEAVE = runs(`
  membership, member, my plan, my contract, cancel*, quit, quitting, leave, leaving, terminate, freeze,
  membresia, membresía, baja, darme de baja, dar de baja, cancelar, plan del gimnasio, matricula, matrícula,
  mitgliedschaft*, kundig*, kündig*, vertrag*, abo, resilier*, résilier*, resiliation, résiliation, abonnement*,
  desinscri*, disdire, disdico, disdetta, abbonamento*, iscrizione, plano, cancelar o plano, sair da academia,
  lidmaatschap*, opzeg*, karnet*, zrezygnow*, rezygnacj*, абонемент*, членств*, расторг*, отмен*, скасув*,
  uyelik*, üyelik*, iptal*, keahlian, langganan, berhenti, batal*, membership ko, hủy, huy, ngừng, ngung,
  thẻ tập, the tap, gói tập, goi tap, uanachama, kusitisha, kuacha, membership band, band karni, khatam karni,
  সদস্য*, মেম্বারশিপ, বাতিল, اشتراك*, الغي, ألغي, الغاء, إلغاء, عضوية, ممبرشپ, สมาชิก, ยกเลิก,
  会员, 会員, 退会, 解約, 契約, 取消, 退了, 健身卡
`);

/** An automatic renewal or deduction: money, not messages (errand.ts has the payment orders). */
const RENEWAL = runs(`
  auto renew, auto renewal, autorenew, auto renewals, automatic renewal, auto-renew, renews automatically,
  otomatik odemeyi, otomatik ödemeyi, otomatik odeme talimatini, auto deduction, auto deductions, automatic deduction, auto debit, autodebit, auto cut,
  renovacion automatica, renovación automática, renovacao automatica, renovação automática,
  renouvellement automatique, rinnovo automatico, automatische verlangerung, automatische verlängerung,
  automatische verlenging, automatyczne odnowienie, automatycznego odnowienia, автопродление,
  автопродления, автопродовження, автосписання, otomatik yenileme, otomatik yenilemeyi,
  perpanjangan otomatis, perpanjangan auto, auto perpanjang, pembaharuan automatik,
  gia han tu dong, tu dong gia han, auto renew ng, kujisasisha, kujirenew,
  التجديد التلقائي, التجديد الاوتوماتيكي, الخصم التلقائي, الخصم الاوتوماتيكي, آٹو رینیو, آٹو ڈیڈکشن,
  अटो रिन्यू, ऑटो रिन्यू, ऑटो रिन्यूअल, auto renewal, অটো রিনিউ, অটো রিনিউয়াল,
  ต่ออายุอัตโนมัติ, ตัดเงินอัตโนมัติ, 自動更新, 自动续费, 自動續費, 自动续订, 自動継続, 自动扣费
`);

/** A landline or home phone. */
const LANDLINE = runs(`
  landline, land line, home phone, house phone, fixed line, fijo, telefono fijo, teléfono fijo,
  telefone fixo, fixo, le fixe, au fixe, telephone fixe, festnetz, festnetznummer, aufs festnetz,
  il fisso, al fisso, sul fisso, telefono fisso, vaste lijn, vaste telefoon, vaste nummer,
  stacjonarny, stacjonarnego, telefon stacjonarny, городской, городской телефон, стационарный,
  домашний телефон, домашній телефон, на домашний, на городской, на стационарный, на домашній, стаціонарний, ev telefonu, sabit hat, sabit telefon,
  telepon rumah, telefon rumah, telepon ke rumah, telpon ke rumah, nelpon ke rumah, telpon rumah, dien thoai ban, may ban, landline namin, simu ya mezani,
  الخط الارضي, التلفون الارضي, الهاتف الارضي, ارضي, लैंडलाइन, landline par, ল্যান্ডলাইন,
  لینڈ لائن, โทรศัพท์บ้าน, 固定電話, 家の電話, 座机, 固话, 家里电话
`);

/**
 * A bank card, and its being lost or stolen, or declined at a payment (Vietnamese: `VI_CARD`).
 */
const CARD = runs(`
  card, my card, debit card, credit card, tarjeta, cartao, cartão, carte, karte, carta, kaart,
  karta, karte, карта, карту, карточку, kart, kartim, kartımı, kartimi, kartu, kad,
  ${VI_CARD},
  kadi, بطاقة, البطاقة, بطاقتي, बटाक, कार्ड, card ko, কার্ড, کارڈ, บัตร, カード, 卡, 银行卡, 信用卡
`);
const LOST = runs(`
  lost, stolen, lost it, perdi, perdí, la perdi, me la robaron, robada, roubado, roubaram, perdue,
  perdu, vole, volé, verloren, gestohlen, persa, rubata, rubato, kwijt, gestolen, zgubilem, zgubiłem,
  zgubilam, zgubiłam, skradziony, потерял, потеряла, потеряли, украли, втратив, втратила, kaybettim,
  kayboldu, caldirdim, çaldırdım, hilang, dicuri, kehilangan, mat the, mất thẻ, lam mat, làm mất,
  nawala, ninakaw, nimepoteza, imepotea, kho gaya, kho gayi, gum ho gaya, চুরি, হারিয়ে, হারিয়েছি,
  انسرقت, اتسرقت, 落とし, 落とした, 盗まれ, 丢失, 被盗, gum ho gayi, chori ho gaya, chori,
  گم, کھو گیا, ضاع, ضاعت, سرق, سرقت, หาย, ทำหาย, なくし, なくした, 無くし, 紛失, 盗ま, 丢了, 被偷,
  got declined, was declined, been declined, got blocked at, was blocked at, declined at checkout, me rechazaron,
  fue rechazada, rechazada, foi recusado, foi recusada, recusaram, a ete refusee, a été refusée, carte refusee,
  carte refusée, wurde abgelehnt, abgelehnt, e stata rifiutata, è stata rifiutata, werd geweigerd, geweigerd,
  zostala odrzucona, została odrzucona, odrzucili, отклонили, отклонена, не прошла, reddedildi, gecmedi, geçmedi,
  ditolak, bị từ chối, bi tu choi, na decline, nadecline, imekataliwa, decline ho gaya, decline ho gayi,
  রিজেক্ট হয়েছে, ডিক্লাইন, اترفضت, رفضت البطاقة, ถูกปฏิเสธ, รูดไม่ผ่าน, 被拒, 刷不了, 止められ, 使えなくなっ
`);

/**
 * Logging in ("ze kan niet meer inloggen", "my mum can't log in"): an account, not the marketing
 * (other-stops.ts reads a login beside an account named; a relative writing often names none).
 */
const LOGIN = runs(`
  log in, login, log into, sign in, signing in, inloggen, in te loggen, einloggen, einzuloggen, se connecter,
  me connecter, iniciar sesion, iniciar sesión, entrar en su cuenta, entrar a su cuenta, entrar na conta,
  fazer login, accedere, fare il login, zalogowac, zalogować, zalogowac sie, войти, залогиниться, увійти,
  giris yap*, giriş yap*, oturum ac*, masuk akun, bisa login, log masuk, dang nhap, đăng nhập, mag login,
  makapag login, kuingia kwenye akaunti, लॉगिन, login nahi, لاگ ان, লগইন, تسجيل الدخول, ادخل حسابي,
  เข้าสู่ระบบ, ล็อกอิน, ログイン, 登录, 登入, 登陆
`);

/** A decision to buy told after "enough" ("Basta, ho deciso: prendo la Panda"). */
const DECIDED = runs(`
  decided, i ve decided, made up my mind, ho deciso, deciso, lo decidi, lo decidí, ya decidi,
  ya decidí, decidi, decidido, j ai decide, j ai décidé, c est decide, c est décidé, entschieden,
  ich habe mich entschieden, решено, решил, решила, вирішила, вирішив, вирішено, karar verdim,
  karar verdik, besloten, zdecydowalem, zdecydowałem, zdecydowalam, zdecydowałam, sudah putuskan,
  udah mutusin, dah decide, nakapagdesisyon, nimeamua, tumeamua, faisla kar liya, ফাইনাল,
  قررت, خلاص قررت, فیصلہ کر لیا, ตัดสินใจแล้ว, 決めました, 决定了, quyet dinh roi
`);

/**
 * Praise of the item, before taking it (round 16a: "Basta, questo giubbotto è troppo bello, lo
 * prendo!"): the "enough" gives in to the item, as a decision told does.
 */
const PRAISE = runs(`
  so beautiful, too beautiful, so pretty, too pretty, too good, love it, i love it, gorgeous,
  troppo bello, troppo bella, bellissimo, bellissima, precioso, preciosa, demasiado bonito,
  demasiado bonita, lindo demais, linda demais, muito lindo, muito linda, trop beau, trop belle,
  trop joli, trop jolie, magnifique, zu schön, zu schon, wunderschön, wunderschon, te mooi,
  prachtig, przepiekny, przepiękny, przepiekna, przepiękna, sliczny, śliczny, слишком красив*,
  очень красив*, шикарн*, дуже гарн*, неймовірн*, cok guzel, çok güzel, bagus banget,
  cantik banget, cakep banget, cantik sangat, lawa sangat, dep qua, đẹp quá, ang ganda,
  ang ganda ganda, nzuri sana, bahut sundar, bohot pyara, bahut pyara, بہت خوبصورت, খুব সুন্দর,
  حلو مرة, جميل جدا, جميلة جدا, สวยมาก, สวยเกิน, 太好看了, 太漂亮了, 好漂亮, 素敵すぎ, かわいすぎ
`);

/** A delivery, a box or a plan paused for a while ("pause my meal kit for 2 weeks"). */
const PAUSE = runs(`
  pause, paused, pausing, put on hold, on hold, pausar, pausen, pausa, pausieren, pausiert, en pause,
  in pausa, pauzeren, pauze, wstrzymac, wstrzymać, zawiesic, zawiesić, приостановить, приостановите,
  заморозить, заморозьте, призупинити, призупиніть, dondur*, askiya al*, jeda, tam dung, tạm dừng,
  kusimamisha, simamisha, ايقاف مؤقت, إيقاف مؤقت, وقف مؤقت, 一時停止, 休止, 暂停, 暫停, พักไว้,
  หยุดชั่วคราว, স্থগিত
`);
const FOR_A_WHILE = runs(`
  week, weeks, month, months, days, next week, this month, semana*, mes, meses, woche*, monat*, semaine*,
  mois, settiman*, mese, mesi, week*, maand*, tygodni*, tydzien, tydzień, miesiac*, miesiąc*, недел*,
  месяц*, тижн*, місяц*, hafta, ay, minggu, bulan, tuan, tuần, thang, tháng, linggo, buwan, wiki, mwezi,
  hafte, mahine, সপ্তাহ, মাস, اسبوع, أسبوع, اسبوعين, شهر, สัปดาห์, เดือน, 週間, ヶ月, か月, 个月, 個月,
  vacation, holiday, holidays, away, vacances, vacaciones, ferien, urlaub, ferie, vakantie, wakacje,
  отпуск, tatil, liburan, cuti, nghi, nghỉ, bakasyon, likizo, chhutti, ছুটি, اجازة, ลาพักร้อน, 旅行, 休假,
  box, kit, meal kit, meal plan, tiffin, caja, caixa, kiste, kochbox, abonnement, abbonamento, langganan,
  sayur, plan, delivery, deliveries, entrega, lieferung, livraison, consegna, levering, dostawa, доставк*
`);

/** Taking the product ("prendo la Panda in promo"): the promo named is the offer bought. */
const TAKE = runs(`
  i ll take, ill take, i will take, i m taking, buying, i ll buy, prendo, lo prendo, compro, me llevo, me lo llevo,
  vou levar, levo, vou comprar, je prends, je la prends, je le prends, j achete, ich nehme, nehme, kaufe,
  neem, ik neem, biore, biorę, kupuje, kupuję, беру, возьму, покупаю, беру её, alıyorum, aliyorum,
  alacağım, alacagim, saya ambil, ambil, beli, lấy, lay, mua, kukunin, bibilhin, nitachukua, nanunua,
  le raha, le lunga, lunga, kharid, নেব, কিনব, ساخذ, سآخذ, باخذ, اشتري, لوں گا, เอา, ซื้อ, 買います, 買う,
  にします, 买, 要了
`);

/** Calls are objects of the lexicons' dictionary, but not marketing by themselves. */
const CALLS = new Set(
  `call, calls, calling, phone, llamadas, llamada, llamar, anrufe, anruf, anrufen, appels, appel, appeler,
  chiamate, chiamata, ligacoes, ligações, ligacao, ligação, ligar, oproepen, telefoontjes, telefony, polaczenia,
  połączenia, звонки, звонить, дзвінки, arama, aramalar, telepon, telpon, nelpon, panggilan, cuoc goi, tawag,
  simu, calls mat, फोन, کال, কল, مكالمات, اتصالات, โทร, 电话, 電話`
    .split(',')
    .map((w) => w.trim()),
);

/** Marketing words the dictionary's objects miss in unspaced scripts and inflected forms. */
const MORE_MARKETING = runs(`
  promo*, offer*, oferta*, aktion*, акци*, kampanya*, indirim*, โปร, ข่าวสาร, キャンペーン, 促销, 活动,
  宣传, 宣伝, ưu đãi, khuyen mai, 優惠, 优惠, 推送
`);

/**
 * Whether tokens name the marketing: a lexicon object ("promos", "offers", "messages"; a call
 * is not one here) or a marketing word (not-marketing.ts, and the inflected ones above). Round
 * 17i: the messages set apart and the customer's own message ("¿con este mensaje basta?") are
 * read without (not-marketing.ts `NOT_THE_MARKETING`).
 */
export function namesMarketing(said: readonly string[]): boolean {
  const tokens = without(NOT_THE_MARKETING, said);
  const n = tokens.length;
  return (
    has(MARKETING, tokens, 0, n) ||
    has(MORE_MARKETING, tokens, 0, n) ||
    tokens.some((t) => !CALLS.has(t) && isObjectWord(t))
  );
}

/** Whether the message is about a renewal or a deduction, a landline, a lost card or a pause. */
function aboutMoneyOrLine(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return (
    has(RENEWAL, tokens, 0, n) ||
    has(PAYMENT, tokens, 0, n) ||
    has(LANDLINE, tokens, 0, n) ||
    (has(CARD, tokens, 0, n) && has(LOST, tokens, 0, n)) ||
    (has(PAUSE, tokens, 0, n) && has(FOR_A_WHILE, tokens, 0, n))
  );
}

/**
 * Whether the message is about logging in and names no marketing: its stops are set aside, its
 * help request stays ("I can't log in, help": the help reply points to a person). The learned
 * model raises no stop there either (learned.ts `login`).
 */
export function isLoginTrouble(tokens: readonly string[]): boolean {
  return has(LOGIN, tokens, 0, tokens.length) && !namesMarketing(tokens);
}

/**
 * Whether the message is one of these errands (the learned model raises no stop or help there
 * either): a gym, a renewal, a landline or a lost card named, and no marketing.
 */
export function isBusinessSense(tokens: readonly string[]): boolean {
  if (namesMarketing(tokens)) return false;
  const n = tokens.length;
  return aboutMoneyOrLine(tokens) || (has(GYM, tokens, 0, n) && has(LEAVE, tokens, 0, n));
}

/**
 * The stops, stop questions and help requests of such a message, set aside: the whole message's
 * for a renewal, a deduction, a landline or a lost card (the "I never agreed" beside it is about
 * the money); the stops only beside a login; the gym's own clause only, when it leaves the
 * gym ("I quit the gym, stop texting me" and "nothing more from your gym" keep the stop);
 * only a doubtful "enough" before a decision to buy (also beside "in promo": the offer taken).
 */
export function setBusinessSenseAside(
  findings: readonly Finding[],
  tokens: readonly string[],
): Finding[] {
  if (!findings.some((f) => f.intent !== 'opt_in')) return [...findings];
  const n = tokens.length;
  // "Basta, ho deciso: prendo la Panda in promo": the promo is what is bought.
  const decided =
    (has(DECIDED, tokens, 0, n) || has(PRAISE, tokens, 0, n)) && has(TAKE, tokens, 0, n);
  if (namesMarketing(tokens))
    return decided
      ? findings.filter((f) => !(f.intent === 'opt_out' && f.certainty === 'likely'))
      : [...findings];
  const all = aboutMoneyOrLine(tokens);
  const login = has(LOGIN, tokens, 0, tokens.length);
  const gym = has(GYM, tokens, 0, tokens.length);
  if (!all && !decided && !gym && !login) return [...findings];
  return findings.filter((f) => {
    if (f.intent === 'opt_in' || (f.source === 'message' && f.intent === 'opt_out')) return true;
    if (all) return false;
    if (login && f.intent === 'opt_out') return false;
    if (gym) {
      const [from, to] = clauseOf(tokens, f);
      if (has(GYM, tokens, from, to) && has(LEAVE, tokens, from, to)) return false;
    }
    return !(decided && f.intent === 'opt_out' && f.certainty === 'likely');
  });
}
