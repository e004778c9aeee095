/**
 * A stop asked for BEFORE, reported, then a question whether it was done (round 16, batch 46's
 * long messages): "My husband messaged you last Tuesday asking for my number to be removed from
 * your promotions. Could you confirm whether that was done?", "maine pichhle Monday ko bola tha
 * ki promotional msgs band kar do. Kya wo ho gaya hai?", "Jumatatu iliyopita niliomba
 * msinitumie matangazo tena. Je, ombi hilo limeshashughulikiwa?", "Syn w poniedziałek prosił…
 * Czy to już załatwione?" is a **status** question: the request is told (by the customer or by a
 * relative on their behalf, with a past verb of asking, writing or sending, or a time ago), and
 * what is asked is whether it took effect. did-it-work.ts reads the stop asked about in the
 * question itself ("did you remove me?"); here the stop is in a sentence that reports it and the
 * question is another one, often the next.
 *
 * The boundary: every stop read lies in a sentence that reports it as asked before; a message
 * that asks it again outside them ("I asked last week. Was it done? If not, stop them now!"),
 * reproaches ("why do I still get them?") or opts in stays as it was; the question must carry a
 * done-word ("done", "processed", "handled", "confirm", "ho gaya", "załatwione", "yapıldı mı",
 * "limeshughulikiwa") or ask whether the customer is off the list.
 *
 * Round 17d (batch 48): the request told in a letter the rules read whole ("mi hijo les escribió
 * el lunes para que me quitaran de la publicidad. ¿Me pueden confirmar si ya está hecho?", a
 * stop on someone's behalf, formal-stops.ts) counts when every sentence of it that names the
 * unsubscription tells it as asked before; one the rules do not read at all ("mijn dochter
 * heeft maandag namens mij gevraagd om mij uit te schrijven") counts as a keyword told does.
 * "Am I still on your list?" and "whether my unsubscription still counts" ask it too.
 *
 * Round 17g (batch 50's long letters): the request told in words the rules do not read as a
 * stop ("my daughter sent a message from my phone asking you to take me off": REMOVAL), the
 * business's own reply reported ("Vocês responderam que o descadastro leva até 48 horas"), a stop
 * read inside the question itself ("আমার নাম কি লিস্ট থেকে বাদ পড়েছে?", has my name been
 * removed?) once a request is told elsewhere, and a status read in the question ("Eu ainda tô na
 * lista de vocês?") count too. And the other way round (`askedBackIfDone`): a request to be
 * ADDED back told as made before, then a question whether it was done ("la semana pasada pedí que
 * me volvieran a agregar… ¿Ya quedé otra vez en la lista?"), is a status, not a new opt-in.
 *
 * Round 18c (batch 52's long messages): the request told to someone else (the cashier, a form
 * ticked, a link clicked: "Ik had in de winkel tegen de caissière gezegd…", "我勾了…", "Nag-click
 * na po ako nung link…"), or by a wife at the shop ("Isteri saya kata dia dah minta…"), and the
 * question whether it arrived or was passed on ("Ist das bei euch angekommen?", "Дошло ли до
 * вас?", "czy to przekazała", "反映されていますか") or whether it is done in the told sentence's own
 * last clause ("上星期已經要求取消，搞掂咗未？").
 *
 * Vocabulary by meaning, to be reviewed by native speakers; items are folded like messages.
 */
import { findRun, has, hasStem, isQuestionSpan, runs } from './asking';
import { clauseOf, sentenceOf, sentencesOf } from './bounds';
import { DONE_ASKED, REPROACH } from './did-it-work';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';
import { PUT_BACK } from './put-back';
import { isUnspaced } from './normalize';
import { keywordTold } from './typed-stop';

/** A request told as made before: a past verb of asking, writing or sending, or a time ago. */
const ASKED_BEFORE = runs(`
  asked, asking for, asking you, requested, i wrote, wrote to you, messaged you, texted you, i told you, he told you,
  she told you, i said, i sent, sent you, replied, last week, last monday, last tuesday, last wednesday, last thursday,
  last friday, days ago, weeks ago, week ago, a while ago, earlier,
  gebeten, geschrieben, geschickt, geantwortet, hatte, letzte woche, letzten montag, vor zwei wochen, vor einer woche,
  vor tagen, ai demande, vous ai ecrit, vous a ecrit, a ecrit, ai envoye, ai repondu, la semaine derniere, il y a,
  pedi, pedido, pidiendo, pidio, les escribi, les escribio, escribi, mande, dije, les dije, la semana pasada, hace,
  pedindo, pediu, mandou, mandei, escrevi, escreveu, disse, falei, semana passada, atras,
  ho chiesto, per chiedere, vi ha scritto, vi ho scritto, ho scritto, ho mandato, la settimana scorsa, giorni fa,
  settimane fa, heb gevraagd, gevraagd, gestuurd, geschreven, vorige week, geleden,
  prosilem, prosilam, prosil, prosila, pisal, pisala, pisalem, pisalam, wyslalem, wyslalam, tydzien temu, tygodnie temu,
  dni temu, w poniedzialek, w imieniu, w moim imieniu,
  писал, писала, писали, просил, просила, просили, отправлял, отправляла, неделю назад, недели назад, дня назад,
  в четверг, в понедельник, от моего имени, писав, просив, минулого тижня, тиждень тому, тому, від мого імені,
  у понеділок, в понеділок,
  istemistim, istemisti, istemistik, yazmistim, yazip, yazdim, gondermistim, gecen hafta, once, pazartesi gunu,
  benim adima,
  sudah minta, udah minta, pernah minta, sudah kirim, udah kirim, minggu lalu, kemarin, beberapa hari lalu,
  dah minta, pernah minta, minggu lepas, hari tu,
  da nhan, đa nhan, da nhắn, đã nhắn, da yeu cau, đã yêu cầu, tuan truoc, tuần trước, hom truoc, hôm trước,
  nag request, nagrequest, nag send, nagsend, nung lunes, nung isang linggo, noong, nakaraang linggo,
  niliomba, nilituma, nilishaomba, iliyopita, wiki iliyopita, jumatatu iliyopita,
  bola tha, kaha tha, likha tha, bheja tha, request ki thi, pichhle, pichle, पिछले, कहा था, बोला था,
  کہا تھا, کہا, بولا تھا, پچھلے, bolechilam, বলেছিলাম, likhechilam, লিখেছিলাম, গত, agey, আগে,
  قلتلكم, قلت لكم, طلبت, بعتلكم, بعثت لكم, ارسلت, من كام يوم, الاسبوع الماضي, الأسبوع الماضي,
  เคยขอ, ขอไปแล้ว, ส่งไปแล้ว, อาทิตย์ที่แล้ว, สัปดาห์ที่แล้ว,
  先週, お願いしました, 送りました, 連絡しました, 伝えました, 依頼しました,
  上周, 之前说过, 已经说过, 说过, 发过, 上个星期, 之前,
  on monday, on tuesday, on wednesday, on thursday, on friday, yesterday, namens mij, maandag, dinsdag, woensdag,
  gisteren, avais demande, j avais demande, avait demande, les mando, le mando, mi hijo les, mi hija les, el lunes,
  el martes, ayer, enviou, enviei, mandou vos, a pedir, na segunda feira, na terca, ontem, avevo fatto, avevo chiesto,
  aveva chiesto, ho fatto, il mese scorso, ieri, hom thu, hôm thứ, hom qua, hôm qua, tuan roi, tuần rồi, bulan lepas,
  semalam, geçen, gecen, dun, dün, istedi, jana, wiki iliyopita, kal, कल, গতকাল, pathiyechilam, পাঠিয়েছিলাম,
  aliomba, aliandika, alituma, message kiya tha, msg kiya tha, udah chat, sudah chat, dah mesej, dah whatsapp,
  แจ้งไปแล้ว, ส่งข้อความไปแล้ว, お願いした, 申请过, 申请了,
  you replied, your reply, you said, you told me, responderam, voces disseram, me disseram, me responderam,
  me respondieron, me dijeron, vous m avez repondu, vous m avez dit, ihr habt geantwortet, sie haben geantwortet,
  mi avete risposto, mi avete detto, jullie antwoordden, odpisaliscie, ответили, відповіли, cevap verdiniz,
  kalian bilang, katanya, sabi nyo, mlisema, aapne kaha, लिखा था, पहले, हफ्ते पहले, likha tha,
  hafte pehle, pehle, লিখেছিল, বলেছিল, قلتولي, رديتوا, بعثت, كتبت, ردّيتوا, 你们说, 你们回复, 先日, 前に, เคยพิมพ์,
  请你们, 让你们, 发消息, 发过消息, 上个星期, 两个星期前, 星期前,
  told the, told her, told him, told them, said to, i ticked, ticked, i clicked, clicked, i pressed, at the shop,
  gesagt, hab gesagt, habe gesagt, angekreuzt, ai dit, j ai dit, avais dit, j avais dit, ai coche, coche,
  le dije, le dijimos, marque, marqué, eu disse, falei pra, marquei, ho detto, avevo detto, ho barrato,
  gezegd, had gezegd, heb gezegd, zei, aangevinkt, mowilem, mowilam, powiedzialem, powiedzialam, zaznaczylem,
  zaznaczylam, сказал, сказала, говорил, говорила, написал, написала, отметил, отметила, сказав, сказала,
  казала, казав, писала, написала, написав, відмітила, söyledim, soyledim, söylemiştim, soylemistim,
  demistim, demiştim, isaretledim, işaretledim, bilang, udah bilang, sudah bilang, kata dia, dia kata,
  saya kata, dah cakap, hari sabtu, hari jumaat, hari jumat, hari ahad, hari minggu, hari isnin, hari senin,
  noi voi, nói với, da noi, đã nói, da bam, đã bấm, sinabi ko, sabi ko, kahapon, nag click, pinindot ko,
  niliwaambia, nilisema, alisema, akaomba, aliwaambia, bola, boli thi, kaha, keh diya tha, বলেছি, bolechi,
  قلت, قالت, طلبت من, บอก, บอกไปแล้ว, 言いました, 伝えた, 書いて出し, 書いて, 出しました, 上次, 上星期,
  要求, 已经要求, 勾了, 填了, 写了, 跟店员说, 讲过
`);

/**
 * A removal asked for in words the rules read as no stop when told ("asking you to take me
 * off"): only beside a past verb of asking (ASKED_BEFORE), never as a request of its own.
 */
const REMOVAL = runs(`
  take me off, taken off, remove me, be removed, remove my number, delete my number,
  mich rauszunehmen, mich zu entfernen, mich von der liste, me quitaran, me sacaran, me borraran, me tirar,
  me tirarem, me retirar, m enlever, me retirer, mi togliessero, mi toglieste, me eraf te halen, van de lijst,
  usunac mnie, usunęli mnie, убрали меня, удалили меня, прибрали мене, видалили мене, beni cikarmaniz*,
  beni silmeniz*, hapus nomor, dihapus, dikeluarkan, xoa toi, xóa tôi, xoa so, xóa số, tanggalin ako,
  mniondoe, niondoe, mujhe hata, hata do, nikal do, mujhe nikal, मुझे हटा, हटा दो, আমাকে বাদ, বাদ দিতে,
  وقف, الغاء, إلغاء, شيلوني, شيلو رقمي, احذفوا رقمي, เอาเบอร์ออก, ลบเบอร์, 外して, 删掉, 删除, 移除, 去掉,
  m enleve, m enlever, me desinscrire, tirarem meu numero, tirar meu numero, tirassem meu numero, skreslila,
  skreslil, skreslic, skreslili, skreslily, wykreslic, wykreslila, wykreslili, bondho korte, bondho kore,
  বন্ধ করতে, বন্ধ করে, 取消, 退订
`);

/**
 * Round 18c: the marketing refused, told ("I told the cashier I didn't want the promos any more",
 * "Ho detto alla commessa che non volevo più le offerte"): a request made before only with the
 * marketing named in the same sentence ("I said I don't want the blue one" is about an order).
 */
const REFUSED = runs(`
  didn t want, did not want, no longer wanted, don t want, wollte keine, nicht mehr wollte, ne voulais plus,
  ne voulait plus, ne veux plus, no queria mas, no quería más, ya no quiero, nao queria mais, não queria mais,
  non volevo piu, non volevo più, non voleva piu, non voglio piu, geen aanbiedingen meer, geen reclame meer,
  geen berichten meer, niet meer wilde, nie chce, nie chcę, nie chcialam, nie chcialem, больше не хочу,
  не хотела, не хотел, більше не хочу, не хотіла, не хотів, istemedigimi, istemediğimi, tidak mau lagi,
  nggak mau lagi, tak nak lagi, khong muon nhan, không muốn nhận, ayaw ko na, sitaki tena, nahi chahiye,
  nahi chahta, nahi chahti, नहीं चाहिए, نہیں چاہیے, চাই না, ما بدي, مش عايز, ไม่อยากรับ, 不想再收到, 不想收到,
  不要再发, いらない, 不要
`);

/** Whether what was asked was carried out: the question's done-words, beside DONE_ASKED's. */
const DONE_CHECK = runs(`
  was that done, was it done, is it done, has it been done, been done, been processed, processed, handled, confirm,
  taken care of, went through, gone through, am i off, am i really off, off the list, off your list, still on,
  erledigt, umgesetzt, bearbeitet, raus, aus dem verteiler, bestatigen, bestaetigen,
  c est fait, est ce fait, est fait, confirmer, confirmez, traite,
  esta hecho, ya esta hecho, se hizo, hecho, confirman, confirmar, confirmais, procesado,
  foi feito, ja foi feito, feito, confirmar, confirmem, processado,
  stato fatto, e stato fatto, fatto, confermate, confermare, confermi,
  gedaan, verwerkt, bevestigen, niet meer op de lijst,
  zalatwione, zalatwiona, zrobione, usunieta, usuniety, usunieta z listy, potwierdzic,
  сделано, это сделано, убрали, удалили, подтвердите, нет в списке, не в списке, зроблено, чи це вже, прибрали,
  підтвердіть, немає у списку, немає в списку, не в списку,
  yapildi mi, yapildi, halledildi mi, tamamlandi mi, listede degilim,
  sudah diproses, udah diproses, diproses, sudah dihapus, udah dihapus, sudah beres, udah beres,
  dah diproses, dah buang, dah settle, sudah selesai,
  xong chua, xong chưa, da xong, đã xong, xu ly, xử lý,
  naproseso, naayos na, nagawa na, gumana,
  limeshashughulikiwa, limeshughulikiwa, limefanyika, limetekelezwa, imefanyika,
  ho gaya, hua, kaam hua, ہو گیا, ہوا, हो गया, kaj korse, kaj hoyeche, কাজটা কি হয়েছে, হয়েছে,
  اتشلت, تم, اتعمل, اشتغلت, اتنفذ,
  เรียบร้อย, ดำเนินการ, หรือยัง,
  完了, 対応, 処理, できていますか, 外れていますか,
  处理了吗, 办好了吗, 弄好了吗, 好了吗, 处理好了吗, 搞定了吗,
  still on your list, still on the list, still listed, noch auf der liste, noch im verteiler, toujours sur la liste,
  toujours inscrit, toujours inscrite, en cours de traitement, en cours, sigo en la lista, sigo apuntado, sigo apuntada,
  ya lo hicieron, lo hicieron, ainda estou na lista, ainda na lista, esta tratado, ja esta tratado, tratado,
  ancora nella, ancora iscritto, ancora iscritta, vale ancora, andata a buon fine, nog op de lijst, nog steeds op,
  nadal na liscie, nadal na liście, всё ещё в списке, все еще в списке, досі в списку, hala listede,
  islem yapildi mi, masih di daftar, masih dalam senarai, dah selesai, sahkan, con trong danh sach, còn trong danh sách,
  nasa listahan pa, bado kwenye orodha, process hui, hui ya nahi, hui kya, kaj koreche, কাজ করেছে, বাদ হয়েছি,
  বাদ পড়েছি, ยังอยู่ในรายชื่อ, まだリストに, 还在名单, still counts, still count, still valid, noch gultig, noch gültig,
  toujours valable, sigue vigente, sigue valiendo, ainda vale, continua valendo,
  still on your mailing list, noch auf ihrer liste, noch auf eurer liste, noch auf deiner liste, noch drauf,
  pris en compte, est ce pris en compte, ainda to na lista, ainda tô na lista, ainda estou na lista de voces,
  sigo en su lista, sigo en sus listas, sono ancora nella, sta ik nog, sta ik er nog, jestem jeszcze, nadal jestem,
  я ещё в, я еще в, я ещё у, я еще у, ещё в вашем списке, я ще у, я ще в, досі у, hala listenizde, listenizde miyim,
  listede miyim, yapti mi, udah keluar, sudah keluar, dah keluar, udah beneran keluar, sudah benar benar keluar,
  masih ada di daftar, dah betul betul dibuang, dah dibuang, natanggal na, abhi bhi aap ki list, abhi bhi list,
  अभी भी आपकी लिस्ट, अभी भी लिस्ट, انشالني, انشلت, اتشلت من, شالوني, لسه على القائمة, لسا على القائمة,
  fui mesmo, fui tirado, fui tirada, fui removido, fui removida, বাদ পড়েছে, বাদ দেওয়া হয়েছে, সরানো হয়েছে,
  แล้วใช่ไหม, แล้วใช่มั้ย, แล้วจริงๆ, 还在你们的名单, 还在名单上, 还在你们名单, 真的退订了吗, まだ登録されて,
  did it reach you, did that reach you, pass it on, did he pass, did she pass, did they pass, did you get it, did you get my message, did you receive it, got through,
  passed it on, passed on, angekommen, durchgegangen, durchging, durchgekommen, weitergegeben, bien recu,
  l avez vous recu, vous l avez recu, avez vous recu, transmis, l a note, les llego, llego, lo recibieron,
  recibieron, lo paso, lo anoto, chegou, receberam, repassou, anotou, foi tirado, foi tirada, foi removido,
  ja foi tirado, e arrivato, arrivato, avete ricevuto, l ha segnato, l ha passato, aangekomen, ontvangen,
  doorgegeven, genoteerd, doszlo, dotarlo, otrzymaliscie, przekazala, przekazal, zanotowala, ja jeszcze jestem,
  jeszcze jestem, дошло, дошло ли, получили, передала, передал, дійшло, отримали, передала, передав,
  ulasti mi, aldiniz mi, iletti mi, iletildi mi, iletmis mi, sudah sampai, udah sampai, udah nyampe, diterima,
  sudah diterima, diteruskan, dah sampai, dah terima, nhan duoc chua, nhận được chưa, chuyen chua, chuyển chưa,
  ghi nhan chua, ghi nhận chưa, natanggap, natanggap nyo, naipasa, na process na, naprocess na, na process,
  imefika, mmepokea, ilifika, amepitisha, imeshafutwa, imefutwa, mil gaya, pahunch gaya, pahuncha, पहुंचा,
  पहुँच गया, مل گیا, پہنچ گیا, peyechen, পেয়েছেন, hoye geche, hoye gese, hoyeche ki, وصلكم, وصلتكم, استلمتوا,
  ได้รับไหม, ได้รับหรือยัง, แจ้งให้หรือยัง, 届きましたか, 届いてますか, 届いていますか, 反映されていますか,
  反映されてますか, 反映されました, 收到了吗, 生效了吗, 搞掂, 咗未, 了没, 好了没,
  has that happened, has it happened, did that happen, happened yet, is it sorted, sorted yet, all set, ya esta, ya está,
  ya quedo, ya quedó, ja foi, já foi, ja esta, já está, ja deu, já deu, c est bon, e fatto, è fatto,
  ist es erledigt, hat s geklappt, is het al gedaan, al geregeld, сделали, уже сделали, зробили, вже зробили,
  tamam mi, tamam mı, oldu mu, dah ke, udah belum, sudah belum, duoc chua, được chưa, ได้หรือยัง, okay na ba, ok na ba, ayos na ba, tapos na ba, imekamilika,
  हुआ क्या, हो गया क्या, ہوا کیا, ہو گیا کیا, صار, صارت, خلص, تم ولا لا,
  เสร็จหรือยัง, เรียบร้อยหรือยัง, 好了没有, 办了吗, 处理了没, 反映され
`);

/**
 * Put back as asked (`askedBackIfDone`): "am I on the list again?", "Sta ik er nu weer op?",
 * "Naibalik na po ba ako?", "已经加回去了吗？" — whether the customer is back, not a request.
 */
const BACK_CHECK = runs(`
  am i back, back on the list, on the list again, on it again, have you added me, did you add me, added me back,
  bin ich wieder, wieder drin, wieder auf der liste, habt ihr mich wieder, suis je reinscrit, suis je reinscrite,
  suis je de nouveau, ya quede, ya quedé, quede otra vez, estoy otra vez, ya estoy suscrito, ya estoy suscrita,
  ya me agregaron, ja me colocaram, já me colocaram, ja estou na lista, já estou na lista, ja me adicionaram,
  sono di nuovo, mi avete reinserit*, mi avete riaggiunt*, sta ik er weer op, sta ik er nu weer op, sta ik weer,
  ben ik weer, jestem z powrotem, jestem znowu, czy mnie dodaliscie, меня вернули, меня уже вернули,
  меня добавили, я снова в, мене повернули, мене вже повернули, мене додали, tekrar eklendim, eklendim mi,
  geri eklendim, udah masuk lagi, sudah masuk lagi, masuk lagi belum, udah dimasukin, sudah dimasukkan,
  dah masuk, sudah masuk, dah dimasukkan, naibalik na, naibalik, naisama na, nakabalik na, wapas add ho,
  wapas list, aa gaya, aa gayi, add ho gaya, add kar diya, mmeshanirudisha, mmenirudisha, nimerudishwa,
  them lai chua, thêm lại chưa, da them lai, đã thêm lại, 加回去了, 加回了, 已经加回, 加上了吗,
  bin ich drin, bin ich jetzt drin, uberhaupt drin, überhaupt drin, suis je inscrit, suis je inscrite, estoy dentro,
  estou dentro, sono dentro, zit ik erin, jestem na liscie, jestem na liście, я в списке, я в рассылке, я у списку,
  listede miyim, sudah masuk belum, udah masuk belum, nasa listahan na ba, niko kwenye orodha, list mein hoon,
  戻していただけ, 戻りましたか, 登録されましたか, 再登録され, رجعتوني, ضفتوني, ফিরিয়ে দিয়েছেন,
  আবার যোগ হয়েছে, আবার যোগ করেছেন, เพิ่มกลับแล้ว, กลับเข้ารายชื่อแล้ว
`);

/** "Whether" said without a question mark: "…, not sure whether it worked", "kaj korse kina". */
const WHETHER = runs(
  `whether, if it worked, ob, si c est, si ya, se ja, of het, kina, ki na, ya nahi, sapere se, non capisco se, non so se`,
);

/**
 * Whether tokens[from, to) tells a request made before with the unsubscription named ("my son
 * asked you to take me off", "namens mij gevraagd om mij uit te schrijven"), said plainly.
 */
function toldRequest(tokens: readonly string[], from: number, to: number): boolean {
  return (
    has(ASKED_BEFORE, tokens, from, to) &&
    (hasStem(tokens, from, to) >= 0 ||
      has(REMOVAL, tokens, from, to) ||
      (has(REFUSED, tokens, from, to) && has(MARKETING, tokens, from, to)))
  );
}

/**
 * A stop read from the whole letter (formal-stops.ts): every sentence of it that names the
 * unsubscription tells the request made before, or asks whether it was done.
 */
function toldThroughout(
  tokens: readonly string[],
  questions: readonly number[],
  f: Finding,
): boolean {
  const named = sentencesOf(tokens).filter(
    ([from, to]) => from >= f.start && to <= f.end && hasStem(tokens, from, to) >= 0,
  );
  const asks = ([from, to]: [number, number]): boolean =>
    isQuestionSpan(tokens, questions, from, to) &&
    (has(DONE_CHECK, tokens, from, to) || has(DONE_ASKED, tokens, from, to));
  return (
    named.some(([from, to]) => toldRequest(tokens, from, to)) &&
    named.every(([from, to]) => toldRequest(tokens, from, to) || asks([from, to]))
  );
}

/** Findings read again: stops only reported as asked before, then asked about, are a status. */
export function askedBeforeIfDone(
  found: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const stops = found.filter((f) => f.intent === 'opt_out');
  // A status read in the question itself ("am I still on your list?") is the same question.
  if (found.some((f) => f.intent !== 'opt_out' && f.intent !== 'status')) return [...found];
  // A whole-message keyword or an opening STOP is asked for now.
  if (stops.some((f) => f.source === 'message')) return [...found];
  const all = tokens.length;
  if (has(REPROACH, tokens, 0, all)) return [...found];
  // With no stop read by the rules, a keyword told as sent ("ich hatte vor zwei Wochen STOP
  // geschickt", typed-stop.ts) is the request reported; the model would read it as a stop.
  // A request told in words the rules read as no stop ("gevraagd om mij uit te schrijven") too.
  const keyword = keywordTold(tokens);
  const told = keyword || sentencesOf(tokens).some(([a, b]) => toldRequest(tokens, a, b));
  if (stops.length === 0 && !told) return [...found];
  // Told only in words, the question is another sentence: "me di de baja hace tiempo pero
  // ¿dónde están mis puntos?" tells the unsubscription and asks about the points.
  const inWordsOnly = stops.length === 0 && !keyword;
  // A likely stop beside an explicit one ("je reçois encore des offres") reports what came in.
  const explicit = stops.filter((f) => f.certainty === 'explicit');
  // A status read in a question asks it ("Eu ainda tô na lista de vocês?").
  const statusIn = (from: number, to: number): boolean =>
    found.some((f) => f.intent === 'status' && f.start >= from && f.end <= to);
  const asks = (from: number, to: number): boolean =>
    has(DONE_CHECK, tokens, from, to) || has(DONE_ASKED, tokens, from, to) || statusIn(from, to);
  // A stop read inside a question that asks whether it was done ("আমার নাম কি লিস্ট থেকে বাদ
  // পড়েছে?", has my name been removed?) is that question, when the request is told elsewhere.
  const inQuestion = (f: Finding): boolean => {
    const [from, to] = sentenceOf(tokens, f);
    return told && f.end <= to && isQuestionSpan(tokens, questions, from, to) && asks(from, to);
  };
  for (const f of explicit.length > 0 ? explicit : stops) {
    if (inQuestion(f)) continue;
    const [from, to] = sentenceOf(tokens, f);
    // A reading of several sentences (the whole letter) has no words outside it to look at.
    if (sentenceOf(tokens, { start: f.start, end: f.start + 1 })[1] < f.end) {
      if (toldThroughout(tokens, questions, f)) continue;
      return [...found];
    }
    // The marker in the stop's sentence, outside the stop's own words.
    if (!has(ASKED_BEFORE, tokens, from, f.start) && !has(ASKED_BEFORE, tokens, f.end, to))
      return [...found];
  }
  // Round 18c: told in words and asked in one sentence, the asking clause closes it apart from
  // the telling ("上星期已經要求取消，搞掂咗未？", asked last week to cancel, done yet?).
  const askedAlone = (from: number, to: number): boolean => {
    const [cFrom] = clauseOf(tokens, { start: to - 1, end: to });
    return cFrom > from && !toldRequest(tokens, cFrom, to) && asks(cFrom, to);
  };
  const asked = sentencesOf(tokens).some(
    ([from, to]) =>
      (isQuestionSpan(tokens, questions, from, to) || has(WHETHER, tokens, from, to)) &&
      (inWordsOnly && toldRequest(tokens, from, to) ? askedAlone(from, to) : asks(from, to)),
  );
  if (!asked) return [...found];
  const status: Finding = {
    intent: 'status',
    certainty: 'explicit',
    // Not the message's words: they tell its language (language.ts excludes the matched ones).
    matched: 'asked before, was it done',
    langs: [],
    start: 0,
    end: all,
    source: 'sentence',
    all: false,
  };
  return [...found.filter((f) => f.intent !== 'opt_out'), status];
}

/**
 * Round 18f (batch 55's short questions): the request told and the question asked in one
 * sentence, the question in its last clause ("Pedi pra voltar a receber semana passada, já foi?",
 * "上周说要重新订阅，弄好了吗？"): the sentence's parts, read as two. A question sentence whose
 * clauses before the last tell no request made before, or whose last clause holds no done-word,
 * stays whole.
 */
function toldThenAsked(
  tokens: readonly string[],
  questions: readonly number[],
): [number, number][] {
  const unspaced = isUnspaced(tokens.join(''));
  return sentencesOf(tokens).flatMap(([from, to]): [number, number][] => {
    if (!isQuestionSpan(tokens, questions, from, to)) return [[from, to]];
    const [last] = clauseOf(tokens, { start: to - 1, end: to });
    // Thai and Chinese may run the question on with no comma ("ขอสมัครใหม่ ได้หรือยังครับ"): it
    // starts at its done-word there.
    const at =
      last > from
        ? doneAt(tokens, last, to) >= 0
          ? last
          : -1
        : unspaced
          ? doneAt(tokens, from, to)
          : -1;
    const toldTo = at === last ? last - 1 : at;
    if (at <= from || !has(ASKED_BEFORE, tokens, from, toldTo)) return [[from, to]];
    return [
      [from, toldTo],
      [at, to],
    ];
  });
}

/**
 * Where the first done-word of tokens[from, to) starts, or -1. Not DONE_ASKED's openers ("habt
 * ihr mich", "did you"): "Früher habt ihr mir die Angebote geschickt, habt ihr mich vergessen?"
 * asks no result.
 */
function doneAt(tokens: readonly string[], from: number, to: number): number {
  const at = [DONE_CHECK, BACK_CHECK]
    .map((list) => findRun(list, tokens, from, to))
    .filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * Findings read again (round 17g): an opt-in only told as asked for before ("la semana pasada
 * pedí que me volvieran a agregar a las promos porque me había dado de baja por error"), then a
 * question whether it was done ("¿Ya quedé otra vez en la lista?", "Est-ce que c'est fait ?"),
 * is a status. Every opt-in read must lie in the sentence telling the request or in the
 * question; one said again elsewhere ("…Please add me back now") keeps the opt-in, as does a
 * question that only asks for it ("can you put me back?": no done-word). With no opt-in read, the
 * request told must name the putting back (put-back.ts). A status the rules read
 * in the question does not count here: "Vous pouvez me remettre dans la liste des promos ?" is
 * read as one, and is a request.
 */
export function askedBackIfDone(
  found: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const ins = found.filter((f) => f.intent === 'opt_in');
  if (found.some((f) => f.intent !== 'opt_in' && f.intent !== 'status')) return [...found];
  const sentences = toldThenAsked(tokens, questions);
  const told = ([from, to]: [number, number]): boolean =>
    !isQuestionSpan(tokens, questions, from, to) && has(ASKED_BEFORE, tokens, from, to);
  const asks = ([from, to]: [number, number]): boolean =>
    (isQuestionSpan(tokens, questions, from, to) || has(WHETHER, tokens, from, to)) &&
    (has(DONE_CHECK, tokens, from, to) ||
      has(DONE_ASKED, tokens, from, to) ||
      has(BACK_CHECK, tokens, from, to));
  if (!sentences.some(told) || !sentences.some(asks)) return [...found];
  // With no opt-in read ("aku udah minta dimasukin lagi ke broadcast promo"), the request to be
  // put back must be told in words: "udah masuk lagi belum?" alone may ask after the stock.
  if (ins.length === 0 && !sentences.some((s) => told(s) && has(PUT_BACK, tokens, s[0], s[1])))
    return [...found];
  const heard = (f: Finding): boolean => {
    const part = sentences.find(([from, to]) => f.start >= from && f.start < to);
    return part !== undefined && (told(part) || asks(part));
  };
  if (!ins.every(heard)) return [...found];
  const status: Finding = {
    intent: 'status',
    certainty: 'explicit',
    // Not the message's words: they tell its language (language.ts excludes the matched ones).
    matched: 'asked back, was it done',
    langs: [],
    start: 0,
    end: tokens.length,
    source: 'sentence',
    all: false,
  };
  return [...found.filter((f) => f.intent !== 'opt_in'), status];
}
