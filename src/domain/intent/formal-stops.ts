/**
 * Stops written the way a letter or a form is (round 8c), which the phrase rules miss because
 * the request names a person, a right or a law rather than the messages:
 * - on behalf of someone else: "C'est le portable de ma fille de 13 ans … Supprimez ce
 *   numéro", "Pan Kowalski nie pracuje już w naszej firmie … Proszę zaprzestać wysyłki
 *   ofert", "My father passed away, please remove his number": a minor, a former employee or a
 *   deceased person named, with a request to delete, remove or stop in the message;
 * - the right to object: "exerço o direito de oposição ao marketing directo", "I object to the
 *   processing of my data for direct marketing", "widerspreche der Nutzung meiner Daten für
 *   Werbung": an objection and marketing named in one sentence;
 * - consent never given: "لم أمنحكم أي موافقة على التواصل التسويقي", "Nunca di mi
 *   consentimiento para publicidad": with marketing or a complaint named, or the number's
 *   removal asked ("从没同意接收任何消息。不知道你们从哪儿拿到我的号码。请立刻把它从你们的名单里删除", round 17c);
 * - erase my data and do not contact me: "Pakibura po lahat ng personal information ko … at
 *   huwag na akong kontakin para sa marketing": erasure of one's data beside marketing.
 * Each is an explicit stop. General language knowledge, to be reviewed by native speakers.
 */
import { has, hasStem, runs } from './asking';
import type { Finding } from './finding';
import { sentencesOf } from './bounds';

/** Someone else's number: a child, a former employee, a deceased relative. */
const SOMEONE_ELSE = runs(`
  my daughter, my son, my child, my kid, year old, years old, underage, daughter, daughters,
  tochter, sohn, jahrigen, jährigen, fille, fils, hija, hijo, filha, filho, figlia, figlio, dochter, zoon, corki, córki, syna,
  passed away, has died, deceased, late father, late mother, no longer works, left the company, former employee,
  meiner tochter, meines sohnes, meine tochter, mein sohn, mein kind, jahrige, jährige, jahre alt, minderjahrig, minderjährig,
  verstorben, verstorbenen, arbeitet nicht mehr, nicht mehr bei uns, ehemaliger mitarbeiter, ehemaligen mitarbeiters,
  ma fille, mon fils, mon enfant, mineur, mineure, decede, décédé, décédée, ne travaille plus, ancien salarie, ancien salarié,
  mi hija, mi hijo, menor de edad, fallecio, falleció, ya no trabaja, ex empleado,
  minha filha, meu filho, menor de idade, faleceu, falecido, falecida, nao trabalha mais, não trabalha mais,
  mia figlia, mio figlio, minorenne, deceduto, deceduta, venuto a mancare, venuta a mancare, non lavora piu, non lavora più,
  mijn dochter, mijn zoon, minderjarig, overleden, werkt hier niet meer, werkt niet meer,
  moja corka, moja córka, mój syn, moj syn, niepełnoletni, niepelnoletni, zmarł, zmarl, zmarła, zmarla,
  nie pracuje, nie pracuje już, nie pracuje juz, byly pracownik, były pracownik,
  моя дочь, мой сын, ребенка, ребёнка, несовершеннолет*, умер, умерла, скончался, скончалась, больше не работает,
  kizim, kızım, oglum, oğlum, cocugum, çocuğum, yasinda, yaşında, vefat, artik calismiyor, artık çalışmıyor,
  anak saya, putri saya, putra saya, di bawah umur, meninggal, almarhum, almarhumah, sudah tidak bekerja,
  con gai toi, con gái tôi, con trai toi, con trai tôi, chua du tuoi, đã mất, da mat, qua doi, qua đời, khong con lam, không còn làm,
  anak ko, anak kong, menor de edad, pumanaw, namatay, hindi na nagtatrabaho,
  binti yangu, mwanangu, mtoto wangu, amefariki, marehemu, hafanyi kazi tena,
  meri beti, mera beta, mere bete, meri bachchi, नाबालिग, बेटी, बेटे, गुजर गए, निधन, अब यहाँ काम नहीं,
  میری بیٹی, میرا بیٹا, نابالغ, انتقال, فوت,
  আমার মেয়ে, আমার ছেলে, নাবালক, মারা গেছেন, মৃত,
  ابنتي, ابني, قاصر, توفي, توفى, المرحوم, لم يعد يعمل,
  ลูกสาว, ลูกชาย, ผู้เยาว์, เสียชีวิต, ไม่ได้ทำงานที่นี่,
  我女儿, 我儿子, 未成年, 去世, 已故, 已经离职, 离职,
  娘の, 息子の, 未成年, 亡くなり, 亡くなった, 退職
`);

/** Delete, remove, erase, stop (the request made for them). */
const DELETE = runs(`
  delete, erase, remove, supprimez, supprimer, effacez, retirez, retirer, borren, borrar, eliminen, eliminar,
  excluam, excluir, apaguem, apagar, remover, removam, loschen, löschen, loschen sie, entfernen,
  cancellate, cancellare, eliminate, rimuovete, verwijder, verwijderen, usuncie, usuńcie, usunac, usunąć,
  zaprzestac, zaprzestać, zaprzestanie, удалите, удалить, исключите, sil, silin, silinmesini,
  hapus, hapuskan, padam, padamkan, xoa, xóa, burahin, pakibura, tanggalin, futa, futeni, ondoa, ondoeni,
  हटाएं, हटा दें, हटाइए, hata dein, hataiye, ہٹا دیں, ہٹائیں, মুছে, বাদ দিন, احذف, احذفوا, امسحوا, شيلوا,
  ลบ, 删除, 删掉, 移除, 削除
`);

/** Marketing named. */
const MARKETING = runs(`
  marketing, direct marketing, advertising, promotional, promotions, offers, commercial communications,
  werbung, werbezwecke, werbezwecken, direktwerbung, angebote, prospection, prospection commerciale,
  publicite, publicité, offres, publicidad, comunicaciones comerciales, ofertas, marketing directo,
  marketing direto, publicidade, promocoes, promoções, pubblicita, pubblicità, offerte,
  reclame, aanbiedingen, marketingowych, ofert, oferty, reklam*, маркетинг*, рекламн*, реклам*,
  pazarlama, ticari ileti, kampanya, pemasaran, promosi, promo, tiep thi, tiếp thị, quang cao,
  quảng cáo, khuyen mai, khuyến mãi, matangazo, ofa, मार्केटिंग, प्रचार, مارکیٹنگ, اشتہار,
  মার্কেটিং, বিজ্ঞাপন, التسويق, التسويقي, التسويقية, الترويجية, العروض, การตลาด, โฆษณา, โปรโมชั่น,
  营销, 推广, 广告, 促销, 営業, 広告, 宣伝
`);

/** An objection, the legal right to object. */
const OBJECT = runs(`
  i object, object to, right to object, widerspreche, widerspruch, droit d opposition, je m oppose,
  derecho de oposicion, derecho de oposición, me opongo, direito de oposicao, direito de oposição,
  me oponho, oponho me, mi oppongo, diritto di opposizione, maak bezwaar, bezwaar tegen,
  sprzeciw, sprzeciwiam sie, sprzeciwiam się, возражаю, возражение, itiraz ediyorum, itiraz,
  saya keberatan, keberatan atas, toi phan doi, tôi phản đối, tumututol, napinga, आपत्ति,
  اعتراض, আপত্তি, أعترض, คัดค้าน, 反对, 反對, 異議
`);

/** Consent never given. */
const NEVER_CONSENTED = runs(`
  never gave you consent, never gave consent, never consented, never agreed, did not consent, didn't consent,
  never gave my consent, never gave you permission, never gave permission,
  nie zugestimmt, nie eingewilligt, jamais consenti, jamais donne mon consentement, jamais donné mon consentement,
  nunca di mi consentimiento, nunca di consentimiento, nunca autorice, nunca autoricé, nunca consenti,
  nunca dei consentimento, nunca autorizei, mai dato il consenso, mai acconsentito,
  nooit toestemming gegeven, nigdy nie wyrazalem zgody, nigdy nie wyrażałem zgody, nigdy nie wyrazilam zgody,
  nigdy nie wyraziłam zgody, никогда не давал согласия, не давал согласия, не давала согласия,
  hic onay vermedim, hiç onay vermedim, izin vermedim, tidak pernah memberi izin, tidak pernah setuju,
  tak pernah bagi kebenaran, chua bao gio dong y, chưa bao giờ đồng ý, hindi ako pumayag,
  sijawahi kukubali, kabhi sahmati nahi di, کبھی اجازت نہیں دی, কখনো সম্মতি দিইনি,
  kabhi ijazat nahi di, ijazat nahi di, permission nahi di, na hi permission di, na hi ijazat di,
  nooit toestemming, nie wyrazalem zgody, nie wyrażałem zgody, згоди не давала, згоди не давав,
  не давав згоди, не давала згоди, non ho mai dato il consenso, ne dato il consenso, né dato il consenso,
  je n ai jamais accepte, je n ai jamais accepté, nunca he aceptado, nunca aceptei, nunca autorizei,
  nggak pernah setuju, gak pernah setuju, tak pernah setuju, khong dong y nhan, không đồng ý nhận,
  wala kukubali, ไม่เคยอนุญาต, 从没同意, 从来没同意, 没同意过, 從沒同意, 同意したことも,
  لم أمنحكم أي موافقة, لم امنحكم اي موافقة, لم أعط موافقة, لم أوافق, لم اوافق, ไม่เคยยินยอม,
  我从未同意, 我没有同意过, 从来没有同意, 同意していません
`);

/** A complaint to a regulator. */
const COMPLAINT = runs(`
  complain, complaint, report you, regulator, ico, ftc, cnil, aepd, cnpd, garante, anpd, uodo,
  beschwerde, plainte, reclamacion, reclamación, queixa, reclamo, klacht, skarga, жалоб*,
  sikayet, şikayet, lapor, aduan, khieu nai, khiếu nại, reklamo, malalamiko, शिकायत, شکایت,
  অভিযোগ, شكوى, بشكوى, ร้องเรียน, 投诉, 投訴, 苦情
`);

/** The number or the contact itself. */
const NUMBER = runs(`
  number, this number, numero, numéro, número, nummer, numer, номер, numara, numarayi, nomor, nombor,
  so nay, số này, so dien thoai, numerong, namba, नंबर, نمبر, নম্বর, رقم, الرقم, เบอร์, 号码, 號碼, 番号,
  cadastro, contact, kontakt, contacto, contato
`);

/** My data, all of it. */
const MY_DATA = runs(`
  personal data, my data, personal information, all my data, meine daten, mes donnees, mes données,
  mis datos, meus dados, i miei dati, mijn gegevens, moje dane, мои данные, verilerimi, data saya,
  data pribadi, maklumat peribadi, du lieu ca nhan, dữ liệu cá nhân, personal information ko, data ko,
  taarifa zangu, mera data, میرا ڈیٹا, আমার তথ্য, بياناتي, ข้อมูลส่วนตัว, 个人信息, 個人情報
`);

/** The formal stop of the message, if it makes one of the requests above. */
export function formalStop(tokens: readonly string[]): Finding | null {
  const all = tokens.length;
  const request = (from: number, to: number): boolean =>
    has(DELETE, tokens, from, to) || hasStem(tokens, from, to) >= 0;
  // The request must name the number or the marketing ("my son ordered it, stop the
  // delivery" is an errand).
  const forSomeoneElse =
    has(SOMEONE_ELSE, tokens, 0, all) &&
    request(0, all) &&
    (has(NUMBER, tokens, 0, all) || has(MARKETING, tokens, 0, all));
  const objects = sentencesOf(tokens).some(
    ([from, to]) => has(OBJECT, tokens, from, to) && has(MARKETING, tokens, from, to),
  );
  // Round 17c: "I never agreed. No idea where you got my number. Delete it from your list": the
  // removal of the number asked is the stop the never-agreeing explains.
  const neverConsented =
    has(NEVER_CONSENTED, tokens, 0, all) &&
    (has(MARKETING, tokens, 0, all) ||
      has(COMPLAINT, tokens, 0, all) ||
      (has(NUMBER, tokens, 0, all) && request(0, all)));
  const erase =
    has(MY_DATA, tokens, 0, all) && has(DELETE, tokens, 0, all) && has(MARKETING, tokens, 0, all);
  if (!forSomeoneElse && !objects && !neverConsented && !erase) return null;
  return {
    intent: 'opt_out',
    certainty: 'explicit',
    matched: forSomeoneElse
      ? 'on behalf of someone else'
      : objects
        ? 'objection'
        : neverConsented
          ? 'no consent'
          : 'erasure',
    langs: [],
    start: 0,
    end: all,
    source: 'phrase',
    all: false,
  };
}
