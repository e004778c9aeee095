/**
 * Urdu, in its own script (Nastaliq, Arabic letters) and romanised (Roman Urdu, close to
 * Hinglish: "band karo", "mat bhejein"). Word order is object-negation-verb. PTA's SMS
 * rules use "STOP"/"UNSUB"; the rest is general language knowledge, to be reviewed by a
 * native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const ur: Lexicon = {
  lang: 'ur',
  keywords: {
    stop: words(`
      بند کرو, بند کریں, بند کر دیں, بند کردیں, بند کیجیے, بند کیجئے, بند کر دو, روک دیں,
      روکیں, مت بھیجیں, مت بھیجو, نہ بھیجیں, میسج مت کریں, میسج نہ کریں, ان سبسکرائب,
      ان سبسکرائب کریں, آپٹ آؤٹ, سبسکرپشن ختم کریں, band karein, band kar dein, band kijiye,
      mat bhejein, mat bhejiye, na bhejein, unsubscribe karein, unsubscribe kar dein`),
    stopWeak: words('بند, ختم, ختم کریں, نکال دیں, ہٹا دیں'),
    stopSolo: [],
    stopLikely: words(`
      نہیں, نہیں چاہیے, بس, بس کرو, بس کریں, تنگ, پریشان, سپیم, spam, nahi chahiye, bas karein,
      tang na karein, dilchaspi nahi`),
    start: words(`
      اسٹارٹ, سٹارٹ, شروع کریں, شروع کرو, دوبارہ شروع کریں, دوبارہ بھیجیں, سبسکرائب, سبسکرائب کریں,
      shuru karein, dobara bhejein, dobara shamil karein, dobara add karein`),
    help: words('مدد, مدد چاہیے, معلومات, madad, madad chahiye, کون ہے, کون ہیں, آپ کون ہیں'),
    status: words('سٹیٹس, اسٹیٹس, میرا سٹیٹس'),
  },
  filler: words(`
    براہ کرم, برائے مہربانی, مہربانی, مہربانی فرما کر, پلیز, شکریہ, بہت شکریہ, جزاک اللہ,
    السلام علیکم, سلام, جناب, بھائی, جی, اب, ابھی, فوراً, جلدی, ٹھیک ہے, اوکے, meharbani,
    meherbani, barae meharbani, shukriya, bohat shukriya, janab, assalam o alaikum, salam,
    jee, abhi, foran, please, plz`),
  all: words('سب, سارے, تمام, sab, saare, tamam'),
  objects: words(`
    میسج, میسجز, میسیج, پیغام, پیغامات, ایس ایم ایس, اشتہار, اشتہارات, آفر, آفرز, پروموشن,
    پروموشنز, کال, کالز, نوٹیفکیشن, ای میل, messages, message, msg, sms, offers, offer,
    promotions, ishtihar, paigham, paighamat, calls`),
  pronouns: words('یہ, اسے, انہیں, ye, yeh, inhein'),
  connectors: words(`
    مجھے, میرا, میری, میرے, نمبر, میرا نمبر, اپنی, اپنے, سے, کو, کی, کے, کا, اور, لسٹ,
    فہرست, آئندہ, دوبارہ, mujhe, mera, meri, mere, number, apni, apne, se, ko, ki, ke, ka,
    aur, list, aainda, aindah, dobara`),
  negators: words('مت, نہ, نہیں, mat, na, nahi, nahin, mt, nhi'),
  classes: {
    who: words('کون, kaun, kon'),
    stopV: words('بند, روک, روکیں, ختم'),
    send: words(`
      بھیجیں, بھیجو, بھیجیے, بھیجنا, بھیجا, بھیج, کریں میسج, میسج کریں, میسج کرو, کال کریں,
      تنگ کریں, bhejein, bhejo, bhejiye, bhejna, bhej, message karein, call karein, tang karein`),
    doV: words(
      'کریں, کرو, کر دیں, کردیں, کیجیے, کیجئے, کر دو, karein, karo, kar dein, kijiye, kar do',
    ),
    list: words(`
      لسٹ, فہرست, براڈکاسٹ, براڈکاسٹ لسٹ, گروپ, ڈیٹا بیس, list, broadcast, broadcast list,
      group, fehrist`),
    remove: words(
      'نکال دیں, نکالیں, ہٹا دیں, ہٹائیں, خارج کریں, ڈیلیٹ کریں, nikal dein, hata dein, remove kar dein, delete kar dein, khaarij karein',
    ),
    kw: words('ان سبسکرائب, بند, سبسکرائب, unsubscribe, band, subscribe'),
  },
  traps: words(`
    (آرڈر|order|بکنگ|booking) ~3 (کینسل|cancel|منسوخ)
    (sale|سیل|ڈسکاؤنٹ|discount) ~1 (band|بند) ~1 (na|نہ|mat|مت)
    (band|بند) ~1 (hi|ہی) (nahi|نہیں) (hota|ہوتا)
  `),
  rules: rules(`
    outneg (@obj|مجھے|mujhe) ~3 (مت|نہ|mat|na) (@send|@doV)
    outneg (مت|نہ|mat|na) (@send)
    out (@obj|سب|sab) ~2 (بند|band) (@doV)
    out (نمبر|number|مجھے|mujhe) ~5 (@list) ~2 (سے|se) ~1 (@remove)
    out (نمبر|number|مجھے|mujhe) ~3 (@remove)
    out (ان سبسکرائب|unsubscribe) ~1 (@doV|کرنا|karna)
    maybe (بہت زیادہ|روز روز|ہر روز|bohat zyada|roz roz) ~2 (@obj)
    maybe (تنگ|پریشان|tang|pareshan) ~1 (@doV|ہو گیا|ho gaya|aa gaya)
    in (دوبارہ|پھر سے|واپس|dobara|phir se|wapas) ~5 (شامل|ایڈ|add|shamil|subscribe|سبسکرائب) ~2
    in (@obj) ~2 (بھیجتے رہیں|بھیجتے رہو|بھیجیں|bhejte rahein|bhejte raho|bhejein) @eoc
    in (جی|ہاں|haan|jee|ji) ~3 (@obj) ~2 (بھیجیں|bhejein|bhejiye|بھیجتے رہیں|bhejte rahein)
    help (کیسے|kaise) ~4 (@kw)
    help (کون|kaun) ~1 (ہے|ہیں|ho|hai|hain|ہو) @eoc
    help (یہ|ye|yeh) ~2 (کونسا|کون سا|konsa|kaunsa|kon sa) (نمبر|number)
    help (کیوں|kyun|kyu|kiyon) (آ رہے|آرہے|آ رہا|aa rahe|aa raha|مل رہے|mil rahe)
    help (@obj) ~2 (کیوں|kyun|kyu) (آ رہے|آرہے|aa rahe|aa raha|mil rahe|مل رہے)
    status (کیا|kya) ~2 (میں|main|mein) ~2 (ابھی بھی|اب بھی|abhi bhi|ab bhi) ~3 (لسٹ|list|فہرست|سبسکرائب|subscribe|subscribed)
  `),
  common: words(`
    میں, ہے, ہیں, کی, کا, کے, کو, سے, اور, یہ, وہ, نہیں, کیا, کیوں, کون, آپ, ہم, مجھے, میرا,
    نے, تھا, تھی, پر, بھی, جی, ہاں, شکریہ, main, hai, hain, ki, ka, ke, ko, se, aur, ye,
    nahi, kya, kyun, kaun, aap, hum, mujhe, mera, ne, tha, thi, par, bhi, ji, haan, yaar,
    kahan, hoon, kar, kiya, dein, karein`),
  signals: {
    laugh: words(
      '(hans|hasa|hansa|ہنس|ہنسا) ~1 (hans|hasa|hansa|ہنس|ہنسا), (pait|پیٹ) (dard|درد), (maar|مار) (doge|دو گے|ڈالا)',
    ),
    past: words(`
      (ghalti|galti|غلطی) (se|سے), (pichle|پچھلے) (saal|hafte|mahine|سال|ہفتے|مہینے),
      (pehle|پہلے) ~3 (kiya tha|کیا تھا|ho gaya tha|ہو گیا تھا), (kiya|kiye|کیا|کیے) (tha|the|تھا|تھے)`),
    still: words(`
      (ab bhi|abhi bhi|phir bhi|اب بھی|ابھی بھی|پھر بھی) ~3 (aa rahe|bhej|آ رہے|بھیج),
      (kitni|کتنی) (baar|dafa|بار|دفعہ), (keh|kaha|کہا|کہہ) ~2 (chuka|chuki|tha|چکا|تھا)`),
    decline: words(
      'abhi nahi, ابھی نہیں, (is|اس) (baar|dafa|bar|بار|دفعہ) ~1 (nahi|نہیں), (agli|اگلی) (baar|dafa|بار|دفعہ)',
    ),
  },
};
