/**
 * Round 13c of issue 18: batch32's classes (replies to particular kinds of automated marketing:
 * loyalty points and cashback notices, coupon codes, surveys and review requests, price-drop
 * and back-in-stock alerts, abandoned-cart reminders, webinar invitations, app-download pushes,
 * referral programmes). General language knowledge, to be reviewed by native speakers:
 * - one automated stream stopped, often with a switch-off verb ("turn off the price-drop
 *   alerts", "desactiven la alerta de bajada de precio", "wyłączcie powiadomienia o
 *   dostępności", "zimeni arifa za bei", "把降价通知关了吧"), "no more surveys", "stop reminding me
 *   about my cart", "I won't write a review, stop asking", "keep the receipts, drop the discount
 *   codes": a stop of that stream (explicit; the scope is the service's business). The words
 *   come in classes per language: `notice` (alerts, notifications, reminders, invitations,
 *   requests), `topic` (a price drop, a restock, the cart, a survey, a review, cashback, a
 *   webinar, referral, points), `stream` (a notice of a topic, or a stream named alone: surveys,
 *   questionnaires, discount codes), `offV` (switch off, deactivate, disable), `asked` (what the
 *   customer is pestered about: a review, the cart, the app, a referral);
 * - the same stream switched back on ("switch the back-in-stock alerts back on", "riattivate gli
 *   avvisi", "bật lại thông báo", "重新打开到货通知", "washeni tena arifa"): an opt-in;
 * - "what is this points programme? I don't remember joining": help (the `programme` class); a
 *   question that asks to stop only one stream ("can I turn off just the surveys and keep the
 *   rest?") is help too (notices-only.ts);
 * - traps: Swahili "sikumbuki kujiunga" (I don't remember joining) is no "join"; Vietnamese
 *   "chưa dùng thử" (not tried yet) holds no "dừng" (stop).
 * A loan application withdrawn, a stolen card blocked, a points balance asked and a review put
 * off are errands (service-things.ts, business-sense.ts), not the marketing.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/** The word classes the rules below use, per language. */
const CLASSES: Partial<Record<Lang, Record<string, string>>> = {
  en: {
    notice: `alerts, alert, notifications, notification, notifs, notif, notices, reminders,
      reminder, emails, messages, texts, updates, invites, invitations, requests, pushes, nudges, pings`,
    topic: `price, price drop, price drops, price tracking, price watch, restock, back in stock,
      in stock, stock, availability, cart, basket, abandoned cart, survey, feedback, review, rating,
      webinar, webinars, cashback, cash back, points, rewards, loyalty, referral, refer a friend,
      birthday`,
    stream: `@notice ~1 @topic, @topic ~1 @notice, surveys, survey, questionnaires, questionnaire,
      feedback surveys, satisfaction surveys, review requests, rating requests, webinar invites,
      referral (thing|stuff|programme|program|scheme|messages), refer a friend (thing|stuff|messages),
      discount codes, coupon codes, promo codes`,
    offV: `turn off, switch off, shut off, disable, deactivate, kill`,
    asked: `review, reviews, rating, rate, survey, surveys, feedback, cart, basket, checkout, app,
      download, refer, referral, referrals, webinar, webinars, cashback`,
    programme: `programme, program, club, scheme, rewards, loyalty, points thing, membership`,
  },
  es: {
    notice: `alertas, alerta, avisos, aviso, notificaciones, notificacion, notis, recordatorios,
      recordatorio, correos, mensajes, invitaciones, invitacion, solicitudes, peticiones`,
    topic: `precio, precios, bajada, bajadas, rebaja, rebajas, reposicion, stock, disponibilidad,
      carrito, cesta, encuesta, encuestas, resena, resenas, opinion, opiniones, valoracion,
      valoraciones, webinar, webinars, seminario, seminarios, cashback, reembolso, puntos,
      referidos, referido, cumpleanos`,
    stream: `@notice ~2 @topic, encuestas, encuesta de satisfaccion, encuestas de satisfaccion,
      cuestionarios, cuestionario, (lo|eso) del referido, programa de referidos, codigos de descuento,
      (lo|eso) (de|del) ?(las|los|la|el) @topic`,
    offV: `desactiven, desactiva, desactivad, desactivar, desactivenme, desactivame, apaguen,
      apaga, apagad, apagar, quiten, quitad, quitenme`,
    asked: `resena, resenas, opinion, valoracion, valorar, calificar, encuesta, encuestas, carrito,
      cesta, app, aplicacion, descargar, referido, referidos, invitar, webinar, webinars, cashback`,
    programme: `programa, club, puntos, recompensas, fidelidad`,
  },
  pt: {
    notice: `alertas, alerta, avisos, aviso, notificacoes, notificacao, notif, lembretes, lembrete,
      mensagens, emails, convites, convite`,
    topic: `preco, precos, baixa, queda, reposicao, estoque, volta ao estoque, disponibilidade,
      carrinho, pesquisa, pesquisas, avaliacao, avaliacoes, review, webinar, webinars, seminario,
      cashback, pontos, indicacao, indicacoes, aniversario`,
    stream: `@notice ~2 @topic, pesquisa de satisfacao, pesquisas de satisfacao, pesquisas,
      questionarios, questionario, programa de indicacao, indique e ganhe, codigos de desconto,
      (pedido|pedidos) de (avaliacao|avaliacoes|review)`,
    offV: `desliguem, desliga, desligar, desligue, desativem, desativa, desativar, desative,
      podem desligar, podem desativar, tirem, tira`,
    asked: `avaliacao, avaliar, avaliacoes, review, nota, pesquisa, pesquisas, carrinho, app,
      aplicativo, baixar, indicacao, indicar, webinar, cashback`,
    programme: `programa, clube, pontos, vantagens, recompensas, fidelidade`,
  },
  fr: {
    notice: `alertes, alerte, notifications, notification, notifs, rappels, rappel, relances,
      relance, messages, mails, e mails, invitations, invitation, demandes, demande, sollicitations`,
    topic: `prix, baisse de prix, baisse, retour en stock, stock, disponibilite, panier, enquete,
      enquetes, questionnaire, questionnaires, sondage, sondages, avis, evaluation, evaluations,
      webinaire, webinaires, webinar, webinars, cashback, remboursement, points, fidelite,
      parrainage, anniversaire`,
    stream: `@notice ~2 @topic, sondages, questionnaires, questionnaires de satisfaction,
      enquetes de satisfaction, (le|ce|du) parrainage, codes promo`,
    offV: `desactivez, desactive, desactiver, desactivez moi, coupez, coupe, couper, arretez`,
    asked: `avis, evaluation, noter, enquete, questionnaire, sondage, panier, appli, application,
      telecharger, parrainage, parrainer, webinaire, webinaires, cashback`,
    programme: `programme, club, fidelite, points, recompenses, avantages`,
  },
  de: {
    notice: `benachrichtigungen, benachrichtigung, hinweise, erinnerungen, erinnerung, mails,
      nachrichten, einladungen, einladung, anfragen, alarme, alarm, alerts, meldungen, infos`,
    topic: `preis, preissenkung, preissenkungen, verfugbarkeit, wieder verfugbar, lager, warenkorb,
      umfrage, umfragen, bewertung, bewertungen, rezension, feedback, webinar, webinare, cashback,
      punkte, empfehlung, freunde werben, geburtstag`,
    stream: `@notice ~2 @topic, @topic ~1 @notice, preisalarm*, preisbenachrichtigung*, verfugbarkeits*,
      warenkorberinnerung*, zufriedenheitsumfrage*, umfragen, umfrage, bewertungsanfrage*,
      bewertungsmail*, webinareinladung*, webinar einladungen, cashbackbenachrichtigung*,
      cashback mails, rabattcodes, gutscheincodes`,
    offV: `ausschalten, abschalten, deaktivieren, abstellen, abbestellen`,
    asked: `bewertung, bewertungen, bewerten, rezension, umfrage, umfragen, warenkorb, app,
      herunterladen, runterladen, empfehlen, freunde werben, webinar, webinare, cashback`,
    programme: `bonusprogramm*, punkteprogramm*, treueprogramm*, kundenclub*, programm, club`,
  },
  it: {
    notice: `notifiche, notifica, avvisi, avviso, promemoria, email, mail, messaggi, inviti,
      invito, richieste, richiesta, alert`,
    topic: `prezzo, prezzi, calo, ribasso, disponibilita, disponibili, carrello, sondaggio,
      sondaggi, questionario, questionari, recensione, recensioni, valutazione, feedback, webinar,
      cashback, punti, invita un amico, presenta un amico, referral, compleanno`,
    stream: `@notice ~2 @topic, sondaggi, sondaggio, questionari, questionari di soddisfazione,
      invita un amico, codici sconto`,
    offV: `disattivate, disattiva, disattivare, disattivatemi, spegnete, spegni, spegnere,
      togliete, toglietemi`,
    asked: `recensione, recensioni, valutazione, valutare, sondaggio, sondaggi, carrello, app,
      scaricare, invitare, amico, webinar, cashback`,
    programme: `programma, club, raccolta punti, carta fedelta, fedelta`,
  },
  nl: {
    notice: `meldingen, melding, herinneringen, herinnering, berichten, mails, uitnodigingen,
      uitnodiging, verzoeken, verzoek, alerts, notificaties, pushberichten`,
    topic: `prijs, prijsdaling, voorraad, weer op voorraad, beschikbaar, winkelwagen, winkelmand,
      winkelmandje, enquete, enquetes, review, reviews, beoordeling, webinar, webinars, cashback,
      punten, spaarpunten, vrienden, verjaardag`,
    stream: `@notice ~2 @topic, @topic ~1 @notice, prijsalert*, prijsmelding*, voorraadmelding*,
      winkelwagenherinnering*, winkelmandherinnering*, enquetes, enquete, reviewverzoek*,
      cashbackmelding*, cashbackbericht*, webinaruitnodiging*, kortingscodes`,
    offV: `uitzetten, uitschakelen, deactiveren, stopzetten`,
    asked: `review, reviews, beoordeling, beoordelen, enquete, winkelwagen, winkelmand,
      winkelmandje, app, downloaden, vrienden, webinar, cashback`,
    programme: `spaarprogramma*, puntenprogramma*, klantenprogramma*, loyaliteitsprogramma*,
      programma, club, klantenkaart`,
  },
  pl: {
    notice: `powiadomienia, powiadomien, powiadomień, alerty, alertow, alertów, przypomnienia,
      przypomnien, przypomnień, maile, wiadomosci, zaproszenia, zaproszen, zaproszeń, prosby,
      prośby`,
    topic: `cen*, obnizk*, obniżk*, dostepnosc*, dostępnoś*, koszyk*, ankiet*, opini*, recenzj*,
      ocen*, webinar*, cashback*, punkt*, polecen*, urodzin*`,
    stream: `@notice ~2 @topic, ankiety, ankiet, ankietami, zaproszenia na webinary, program polecen,
      program poleceń, kody rabatowe`,
    offV: `wylaczcie, wyłączcie, wylacz, wyłącz, wylaczyc, wyłączyć, dezaktywujcie, odlaczcie,
      odłączcie`,
    asked: `opini*, recenzj*, ocen*, ankiet*, koszyk*, aplikacj*, pobra*, polec*, webinar*,
      cashback*`,
    programme: `program, klub`,
  },
  ru: {
    notice: `уведомления, уведомлений, оповещения, напоминания, напоминаний, сообщения, письма,
      приглашения, приглашений, просьбы, запросы, рассылк*, пуши, пуш уведомления`,
    topic: `цен*, снижени*, поступлени*, наличи*, корзин*, опрос*, анкет*, отзыв*, оцен*,
      вебинар*, кешбэк*, кэшбэк*, кешбек*, кэшбек*, балл*, бонус*, рефераль*, друз*, день рождения`,
    stream: `@notice ~2 @topic, опросы, опросов, опросами, анкеты, анкет, реферальн* ~1 программ*`,
    offV: `отключите, отключи, выключите, выключи, отключить, выключить, уберите`,
    asked: `отзыв*, оцен*, опрос*, анкет*, корзин*, приложени*, скача*, скачива*, установ*,
      рефераль*, друз*, вебинар*, кешбэк*`,
    programme: `программ*, клуб*, бонусн*`,
  },
  uk: {
    notice: `сповіщення, сповіщень, нагадування, повідомлення, листи, запрошення, запрошень,
      прохання, розсилк*, пуші`,
    topic: `цін*, зниженн*, надходженн*, наявн*, появ*, кошик*, опитуван*, анкет*, відгук*, оцін*,
      вебінар*, кешбек*, кешбэк*, бал*, бонус*, реферал*, друз*, день народження`,
    stream: `@notice ~2 @topic, опитування, опитувань, опитуваннями, анкети, анкет`,
    offV: `вимкніть, вимкни, вимкнути, відключіть, відключи, відключити, приберіть`,
    asked: `відгук*, оцін*, опитуван*, анкет*, кошик*, застосун*, додат*, завантаж*, реферал*,
      друз*, вебінар*, кешбек*`,
    programme: `програм*, клуб*, бонусн*`,
  },
  tr: {
    notice: `bildirim*, hatirlatma*, hatırlatma*, uyari*, uyarı*, mesaj*, e posta*, davet*, talep*,
      istek*, alarm*`,
    topic: `fiyat*, stok*, stoga, stoğa, sepet*, anket*, degerlendirme*, değerlendirme*, yorum*,
      puan*, webinar*, seminer*, cashback*, nakit iade*, para iade*, referans*, arkadas*, arkadaş*,
      dogum gunu*, doğum günü*`,
    stream: `@topic ~3 @notice, anket*, webinar davet*, indirim kod*, kupon kod*`,
    offV: `kapatin, kapatın, kapat, kapatir misiniz, kapatır mısınız, durdurun, kesin,
      devre disi birakin, devre dışı bırakın`,
    asked: `yorum*, degerlendirme*, değerlendirme*, puan ver*, anket*, sepet*, uygulama*, indir*,
      referans*, davet*, webinar*, cashback*`,
    programme: `programi, programı, program, kulubu, kulübü, kulup, kulüp`,
  },
  id: {
    notice: `notifikasi, notif, notifnya, pengingat, pesan, email, undangan, permintaan,
      pemberitahuan, alert, reminder`,
    topic: `harga, turun harga, harga turun, penurunan harga, stok, restock, ready stock, tersedia,
      keranjang, survei, survey, kuesioner, ulasan, review, rating, penilaian, webinar*, cashback,
      poin, referral, ajak teman, undang teman, ulang tahun`,
    stream: `@notice ~2 @topic, survei, survey, kuesioner, undangan webinar*, kode promo, kode diskon`,
    offV: `matikan, matiin, dimatikan, nonaktifkan, dinonaktifkan, hentikan, berhentiin, setop`,
    asked: `ulasan, review, rating, nilai, survei, survey, keranjang, aplikasi, app, download,
      unduh, referral, ajak, webinar*, cashback`,
    programme: `program, member, membership, keanggotaan, klub`,
  },
  ms: {
    notice: `notifikasi, notis, peringatan, mesej, emel, jemputan, permintaan, makluman`,
    topic: `harga, harga turun, penurunan harga, stok, stok masuk, troli, kart, tinjauan,
      soal selidik, ulasan, review, penilaian, webinar*, pulangan tunai, cashback, mata,
      mata ganjaran, rujukan, jemput rakan, hari jadi`,
    stream: `@notice ~2 @topic, tinjauan, soal selidik, jemputan webinar*, kod diskaun, kod promo,
      baucar`,
    offV: `matikan, tutup, tutupkan, nyahaktifkan, hentikan, off kan, offkan`,
    asked: `ulasan, review, penilaian, tinjauan, troli, kart, app, aplikasi, muat turun, download,
      rujukan, rakan, webinar*, cashback`,
    programme: `program, kelab, keahlian`,
  },
  vi: {
    notice: `thong bao, tin nhan, tin, nhac nho, loi moi, email, canh bao, yeu cau`,
    topic: `giam gia, gia giam, ha gia, co hang, hang ve, con hang, gio hang, khao sat, danh gia,
      review, webinar, hoan tien, cashback, diem, gioi thieu ban be, sinh nhat`,
    stream: `@notice ~2 @topic, khao sat, ma giam gia, voucher`,
    offV: `tat, tat giup, tat gium, tat di, huy`,
    asked: `danh gia, review, khao sat, gio hang, app, ung dung, tai app, gioi thieu, webinar,
      hoan tien`,
    programme: `chuong trinh, cau lac bo, the thanh vien`,
  },
  tl: {
    notice: `notifications, notification, notif, notifs, alerts, alert, reminders, reminder,
      messages, emails, invites, invitations, imbitasyon, paalala`,
    topic: `price, price drop, presyo, restock, back in stock, stock, cart, survey, surveys, review,
      reviews, rating, webinar, cashback, points, referral, birthday`,
    stream: `@notice ~2 @topic, @topic ~1 @notice, survey, surveys, coupon codes, discount codes,
      vouchers`,
    offV: `paki off, pakioff, i off, ioff, patayin, pakipatay, i disable, idisable, paki disable`,
    asked: `review, rating, survey, cart, app, download, referral, webinar, cashback`,
    programme: `program, club, rewards program, points program`,
  },
  sw: {
    notice: `arifa, taarifa, ujumbe, jumbe, vikumbusho, kikumbusho, mialiko, mwaliko, maombi`,
    topic: `bei, kushuka, punguzo la bei, bidhaa kurudi, stock, stoo, kikapu, dodoso, maoni,
      tathmini, ukadiriaji, webinar, semina, cashback, pointi, alama, rufaa, marafiki,
      siku ya kuzaliwa`,
    stream: `@notice ~2 @topic, dodoso, madodoso, mialiko ya webinar, misimbo ya punguzo`,
    offV: `zimeni, zima, izime, zizime, lizimeni, sitisheni`,
    asked: `maoni, tathmini, ukadiriaji, dodoso, kikapu, app, programu, kupakua, pakua, rufaa,
      marafiki, webinar, cashback`,
    programme: `mpango, programu, klabu`,
  },
  hi: {
    notice: `alerts, alert, notification, notifications, reminder, reminders, message, messages,
      mail, invite, invites, नोटिफिकेशन, अलर्ट, रिमाइंडर, मैसेज`,
    topic: `price drop, price, daam, keemat, kimat, stock, cart, survey, review, rating, webinar,
      cashback, points, referral, birthday, दाम, कीमत, कार्ट, सर्वे, रिव्यू, कैशबैक, कैशबैक वाले,
      पॉइंट्स, वेबिनार`,
    stream: `@topic ~3 @notice, survey, surveys, सर्वे`,
    offV: `band kar do, band karo, band kar dijiye, band kar dein, band kijiye, off kar do,
      off karo, बंद कर दो, बंद करो, बंद कर दीजिए, बंद कीजिए`,
    asked: `review, rating, survey, cart, app, download, referral, webinar, cashback, रिव्यू, ऐप`,
    programme: `program, programme, club, प्रोग्राम, क्लब`,
  },
  ur: {
    notice: `alert, alerts, notification, notifications, ittela, ittila, yaad dehani, reminder,
      الرٹ, نوٹیفکیشن, اطلاع, یاد دہانی`,
    topic: `qeemat, keemat, price, price drop, stock, cart, survey, review, cashback, points,
      webinar, referral, سروے, قیمت, ریویو, کارٹ, کیش بیک, اسٹاک`,
    stream: `@topic ~3 @notice, survey, سروے`,
    offV: `band kar dein, band karein, band kar do, band karo, off kar dein, بند کریں, بند کر دیں,
      بند کرو`,
    asked: `review, rating, survey, cart, app, download, referral, webinar, cashback, ریویو, ایپ`,
    programme: `program, club, پروگرام, کلب`,
  },
  bn: {
    notice: `নোটিফিকেশন, রিমাইন্ডার, মেসেজ, অ্যালার্ট, এলার্ট, আমন্ত্রণ, notification, reminder,
      alert`,
    topic: `দাম, দাম কমার, দামের, কার্ট, কার্টের, সার্ভে, রিভিউ, ক্যাশব্যাক, পয়েন্ট, রেফারেল,
      ওয়েবিনার, স্টক, cashback, survey, review, cart`,
    stream: `@topic ~3 @notice, সার্ভে, survey`,
    offV: `বন্ধ করে দিন, বন্ধ করুন, বন্ধ করো, bondho korun, bondho kore din, off kore din`,
    asked: `রিভিউ, সার্ভে, কার্ট, অ্যাপ, review, survey, app`,
    programme: `প্রোগ্রাম*, ক্লাব*, program`,
  },
  ar: {
    notice: `تنبيه, تنبيهات, التنبيه, التنبيهات, اشعار, اشعارات, الاشعارات, تذكير, تذكيرات,
      رسائل, دعوات, دعوه`,
    topic: `السعر, الاسعار, الأسعار, نزول, انخفاض, توفر, السله, سله, استبيان*, التقييم, تقييم,
      الويبينار, ويبينار, الكاش باك, كاش باك, النقاط, نقاط, الاحاله, عيد ميلاد`,
    stream: `@notice ~2 @topic, استبيانات, الاستبيانات, استبيان, اكواد الخصم, كوبونات`,
    offV: `اطفوا, طفوا, اطفئوا, وقفوا, اوقفوا, الغوا, عطلوا, شيلوا`,
    asked: `تقييم, التقييم, اقيم, استبيان*, السله, التطبيق, تحميل, الاحاله, ويبينار, كاش باك`,
    programme: `برنامج, نادي`,
  },
  th: {
    notice: `แจ้งเตือน, การแจ้งเตือน, ข้อความ, คำเชิญ, เตือน`,
    topic: `ราคาลด, ลดราคา, สินค้าเข้า, ของเข้า, ตะกร้า, แบบสอบถาม, แบบสำรวจ, รีวิว, ให้คะแนน,
      เว็บบินาร์, สัมมนา, แคชแบ็ก, เงินคืน, แต้ม, แนะนำเพื่อน, วันเกิด`,
    stream: `@notice ~6 @topic, แบบสอบถาม, แบบสำรวจ`,
    offV: `ช่วยปิด, ขอปิด, กรุณาปิด, รบกวนปิด`,
    asked: `รีวิว, ให้คะแนน, แบบสอบถาม, ตะกร้า, แอป, ดาวน์โหลด, แนะนำเพื่อน, เว็บบินาร์`,
    programme: `โปรแกรม, โครงการ, คลับ`,
  },
  zh: {
    notice: `通知, 提醒, 消息, 短信, 邀请, 推送`,
    topic: `降价, 到货, 补货, 有货, 购物车, 问卷, 调查, 评价, 评论, 返现, 返利, 积分, 邀请好友,
      推荐好友, 直播, 讲座, 生日`,
    stream: `@topic ~3 @notice, 问卷, 问卷调查, 满意度调查, 邀请好友, 优惠码`,
    offV: `关掉, 关了, 关闭, 停掉`,
    asked: `评价, 好评, 问卷, 购物车, 下载, 邀请, 推荐, 返现`,
    programme: `积分计划, 会员计划, 积分, 会员, 奖励计划`,
  },
  ja: {
    notice: `通知, お知らせ, リマインド, リマインダー, メール, 案内, 依頼, メッセージ, 招待`,
    topic: `値下げ, 入荷, 再入荷, カート, アンケート, レビュー, 評価, ウェビナー, セミナー,
      キャッシュバック, ポイント, 友達紹介, 誕生日`,
    stream: `@topic ~3 @notice, アンケート`,
    offV: `オフにして, 止めて, 停止して, 解除して`,
    asked: `レビュー, 評価, アンケート, カート, アプリ, ダウンロード, 紹介`,
    programme: `ポイントプログラム, プログラム, 会員制度, ポイント制度, クラブ`,
  },
};

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out @offV ?@det ~2 @stream
    out (turn|switch|shut) ?@det ~4 @stream off
    polite @stream ~8 @brk ?@filler ?@filler ((turn|switch|shut) (them|it|those|that|these) off|(disable|deactivate) (them|it|those|that|these))
    out (no more|enough|enough with|enough of|done with|im done with|i m done with) ?@det ~1 @stream
    out (stop|quit) (asking|reminding|nagging|pestering|bugging|telling|pushing|hassling|chasing|begging) ?(me|us) (to|about|for|if|that) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (stop|quit) (asking|reminding|nagging|pestering|bugging|hassling|chasing|pushing|telling me) ?(me|us) ~1 @eoc
    out ((but|just|and) drop|ditch|skip|scrap|lose) ?@det ~1 @stream
    in (turn|switch|put) ?@det ~4 @stream (back on|on again)
    in (turn|switch|put) (back on|on again) ?@det ~2 @stream
    in (re enable|reenable|reactivate|re activate) ?@det ~2 @stream
    in (enable|turn on|switch on|activate) ?@det ~3 @stream ~2 again
    inasked (can|could|would|will) (you|u) ~2 (turn|switch|put) ?@det ~4 @stream (back on|on again)
    help (what|whats) (is|s|are) (this|that|these) ~4 @programme
    help (whats|what s) (this|that) ~4 @programme
    out (stop|quit|cease|halt|discontinue) ?@det ~2 @stream
    outneg (dont|do not|no longer) (want|need) ?(the|these|those|your|any|more|any more|anymore) @stream ?(anymore|any more|thanks|please) @eoc
  `,
  es: `
    out @offV ~2 @stream
    out (basta de|nada de|ya no mas|no mas|se acabaron|ya basta de|ya basta con) ~1 @stream
    out (dejen|deja|dejad|paren|para|parad|ya paren) (de|con) ~1 (recordarme|pedirme|preguntarme|insistir|molestarme|lo del|mandarme|pedir) ~6 @asked
    polite @asked ~8 @brk ?@filler ?@filler (dejen de|paren de|ya paren|dejad de) ~1 (insistir|pedir*|preguntar*|recordar*|molestar)
    polite @asked ~8 @brk ?@filler ?@filler no me ~1 (la|lo|las|los) ~1 (vuelvan|volvais) a pedir
    outneg (no me|no nos) (pidan|pidais|pidas) mas ~3 @asked
    out (ya paren|paren) con ~2 @stream
    outneg @bos ?(los|las) (cupones|codigos de descuento|codigos|promos|ofertas) ya no ?(gracias|porfa) @eoc
    in (reactiven|reactiva|reactivad|reactivar|reactivenme|reactivame) ~3 @stream
    in vuelvan a (activar|activarme|encender|poner) ~3 @stream
    in (activen|activenme|activad|enciendan|pongan) ~1 (otra vez|de nuevo|nuevamente) ~3 @stream
    in (activen|activenme|activad|enciendan|pongan) ~3 @stream ~2 (otra vez|de nuevo|nuevamente)
    help que es (ese|esa|este|esta|eso del|esto del|eso de|lo del) ~2 @programme
    out (paren|parad|detengan|cesen|terminen con|paren ya con|ya paren con) ~2 @stream
    outneg (no quiero|ya no quiero|no necesito) ?(mas|más) ?(los|las|el|la|tantos|tantas) @stream
  `,
  pt: `
    out @offV ~2 @stream
    polite @stream ~8 @brk ?@filler ?@filler (desliga|desliguem|desativa|desativem|desligar|desativar) ~2 (isso|isto|eles|elas|pra mim|por favor|pfv|@eoc)
    out (chega de|nada de|sem mais|nao quero mais|chega) ~1 @stream
    out (parem|para|pare|deixem|deixa) de (me lembrar|lembrar|me pedir|pedir|me perguntar|perguntar|insistir|me encher) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (parem|para|pare|deixem|deixa) de (insistir|pedir|perguntar|lembrar|encher)
    in (religuem|religa|reativem|reativa|reative|reativar) ~3 @stream
    in (liguem|liga|ligue|ativem|ativa|ative) ~1 (de novo|novamente|outra vez) ~3 @stream
    in (liguem|liga|ligue|ativem|ativa|ative) ~3 @stream ~2 (de novo|novamente|outra vez)
    in (voltem|volta|volte) a (ativar|ligar|mandar) ~3 @stream
    help (que|qual|o que e|o que eh) ~3 @programme ~2 (e esse|e esse ai|e essa|eh esse)
    help (o que e|o que eh|que e) (esse|essa|este|esta|isso de|esse tal) ~2 @programme
    out (parem|parem com|parar com|chega de) ~2 @stream
    outneg (nao quero|não quero|nao preciso de|não preciso de) ?(mais) ?(os|as|o|a|de|dos|das|do|da) @stream
  `,
  fr: `
    out @offV ~2 @stream
    out (plus de|assez de|assez avec|fini les|stop aux|marre des|j en ai marre des|ras le bol des) ~1 @stream
    out (arretez|arrete|cessez) de (me demander|demander|me relancer|relancer|me rappeler|me harceler|insister|me parler) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (arretez|cessez) de ~1 (demander|insister|relancer|me le demander)
    in (reactivez|reactive|reactiver|reactivez moi|rallumez|remettez moi|remettez) ~3 @stream
    in (activez|remettez|rallumez) ~3 @stream ~2 (a nouveau|de nouveau)
    help (c est quoi|c quoi|cest quoi|quel est|qu est ce que c est que) (ce|cette|ces|ce truc de) ~2 @programme
    out @stopV ~2 @stream
    outneg (je ne veux plus|je veux plus|je ne veux pas de|pas besoin de|plus besoin de|plus besoin des) ?(de|des|les|d|vos|ces) @stream
  `,
  de: `
    out @offV ~2 @stream
    out @stream ~4 ?(bitte|mal|doch) @offV
    out (schaltet|stellt|macht|schalten sie|stellen sie) ?(die|den|das|mir) ~4 @stream ~2 (aus|ab)
    polite @stream ~6 @brk ?@filler ?@filler ?bitte (ausschalten|abschalten|deaktivieren|abstellen)
    out keine ~2 @stream ~2 mehr
    out (schluss mit|genug mit|genug von|hort auf mit|hoert auf mit|horen sie auf mit) ~1 @stream
    out (hort|hoert|horen sie|hor) auf ~8 @asked ~3 (zu erinnern|zu fragen|zu nerven|zu bitten|zu drangen)
    polite @asked ~8 @brk ?@filler ?@filler (hort|hoert|horen sie|hor) ~3 auf ~2 (zu fragen|zu nerven|zu drangen)
    polite @asked ~8 @brk ?@filler ?@filler (hort|hoert|horen sie|hor) mit den ~1 (anfragen|fragen|nachfragen|erinnerungen) auf
    outneg @stream ?(bitte|danke) nicht mehr @eoc
    in (schaltet|stellt|macht|schalten sie|stellen sie) ~4 @stream ~1 wieder (an|ein)
    in @stream ~4 wieder (aktivieren|einschalten|anschalten|anstellen)
    in (reaktiviert|reaktivieren|reaktivieren sie) ~3 @stream
    help was ist (das|dies|dieses) ~2 ?(fur|für) ~2 @programme
    out (stoppt|stoppen sie|stopp|stop|einstellen|abstellen|abbestellen|abschalten|unterlasst) ~3 @stream
    outneg (ich will|ich mochte|ich möchte|ich brauche|brauche) ?(echt|wirklich) keine ~1 @stream ?mehr ?(bitte|danke) @eoc
  `,
  it: `
    out @offV ~2 @stream
    out (basta|niente piu|basta con|stop ai|stop con|non piu) ~1 @stream
    out (smettete|smettetela|smettila|smetti|basta) di (ricordarmi|chiedermi|chiedere|scrivermi|insistere|mandarmi|ricordare) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (smettete|smettetela|smettila|basta) di ~1 (chiedermelo|chiedermi|insistere|ricordarmelo|chiederlo|chiedere)
    in (riattivate|riattiva|riattivatemi|riattivare|riaccendete|rimettetemi|rimettete) ~3 @stream
    in (attivate|accendete|attivatemi) ~3 @stream ~2 (di nuovo|ancora)
    help (che cos e|cos e|che e|cosa e|che cosa e) (questo|questa|sto|sta|quel|quello) ~2 @programme
    out @stopV ~2 @stream
    outneg (non voglio|non mi servono|non mi serve|non voglio piu|non voglio più) ?(piu|più) ?(gli|i|le|altri|altre|questi|queste) @stream
  `,
  nl: `
    out @offV ~2 @stream
    out @stream ~4 ?(graag|aub|alsjeblieft|maar|svp) @offV
    out (zet|zetten|schakel|schakelen) ?(de|die|het|me|mij) ~4 @stream ~2 uit
    polite @stream ~6 @brk ?@filler ?@filler ?(graag|aub|alsjeblieft|maar|svp) (uitzetten|uitschakelen)
    outneg @stream ~2 hoeven ~1 niet
    out geen ~2 @stream ~1 meer
    out (klaar met|kappen met|stop met|ophouden met|hou op met|houd op met) ~3 @stream
    out (stop|hou op|houd op|kap) met ~2 (vragen om|zeuren over|zeuren om|herinneren aan|herinneringen over|die herinneringen over|de herinneringen over) ~3 @asked
    polite @asked ~8 @brk ?@filler ?@filler (hou|houd) op ~1 (met vragen|met zeuren|met erom vragen)
    in (zet|schakel) ~4 @stream ~1 weer (aan|in)
    in @stream ~4 weer (aanzetten|inschakelen|activeren)
    in (heractiveer|heractiveren) ~3 @stream
    help wat (is|zijn) ~3 @programme
    help (kan ik|kunnen we|is het mogelijk om|kan je|kun je) ~2 (alleen|enkel) ~3 @stream ~2 (uitzetten|stopzetten|uitschakelen|opzeggen)
    out @stopV ~2 @stream
    outneg (ik wil|ik hoef) ?(echt|gewoon) geen ~1 @stream ?meer ?(ontvangen|krijgen|hebben) @eoc
  `,
  pl: `
    out @offV ?mi ~2 @stream
    out (koniec z|dosc|dość|wystarczy|basta z|dosc juz|dość już) ~3 @stream
    out (przestancie|przestańcie|przestan|przestań) ~1 (mi przypominac|mi przypominać|przypominac|przypominać|prosic|prosić|pytac|pytać|mnie prosic|mnie prosić|nalegac|nalegać) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (przestancie|przestańcie|przestan|przestań) ~1 (prosic|prosić|pytac|pytać|nalegac|nalegać|przypominac|przypominać)
    in (wlaczcie|włączcie|wlacz|włącz|wlaczyc|włączyć) ~1 (z powrotem|ponownie|znowu) ~3 @stream
    in (wlaczcie|włączcie|wlacz|włącz|wlaczyc|włączyć) ~3 @stream ~2 (z powrotem|ponownie|znowu)
    help co to ~2 (za|jest) ~3 @programme
    help (czy moge|czy mogę|da sie|da się|mozna|można) ~3 (wylaczyc|wyłączyć|wypisac|wypisać) ~1 (tylko|jedynie) ~3 @stream
    out @stopV ~2 @stream
    outneg nie (chce|chcę|potrzebuje|potrzebuję) ?(juz|już) ?(wiecej|więcej|zadnych|żadnych|tych) @stream
  `,
  ru: `
    out @offV ?мне ~2 @stream
    out (хватит|достаточно|довольно|больше не надо|не надо больше) ~1 @stream
    out (хватит|перестаньте|прекратите|не надо) (напоминать|просить|спрашивать|предлагать|приставать|писать) ~2 @brk ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (хватит|перестаньте|прекратите) ~2 (напоминать|просить|спрашивать|писать|предлагать)
    in (включите|включи|верните) ?мне ~1 (обратно|снова|опять|заново) ~3 @stream
    in (включите|включи|верните) ?мне ~3 @stream ~2 (обратно|снова|опять|заново)
    help (что это за|что за) ~3 @programme
    help (можно ли|можно|могу ли) ~3 (отключить|выключить|убрать) ~2 (только|лишь) ~3 @stream
    out @stopV ~2 @stream
    outneg (не хочу|не нужны|не нужно|не надо) ?(больше|эти|ваши|никаких) @stream
  `,
  uk: `
    out @offV ?мені ~2 @stream
    out (досить|годі|вистачить|більше не треба|не треба більше) ~1 @stream
    out (перестаньте|припиніть|досить|годі|не треба) (нагадувати|просити|питати|пропонувати|писати) ~2 @brk ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (перестаньте|припиніть|досить|годі) ~2 (нагадувати|просити|питати|писати)
    in (увімкніть|увімкни|ввімкніть|поверніть) ?мені ~1 (знову|назад|знов|ще раз) ~3 @stream
    in (увімкніть|увімкни|ввімкніть|поверніть) ?мені ~3 @stream ~2 (знову|назад|знов)
    help (що це за|що за) ~3 @programme
    help (можна|чи можна|чи можу я) ~3 (вимкнути|відключити) ~2 (тільки|лише) ~3 @stream
    out @stopV ~2 @stream
    outneg (не хочу|не потрібні|не потрібно|не треба) ?(більше|ці|ваші|жодних) @stream
  `,
  tr: `
    out @stream ~3 @offV
    out @stream ~2 (gondermeyin|göndermeyin|atmayin|atmayın|yollamayin|yollamayın)
    out @stream ~2 (yeter|yetti|yeter artik|yeter artık)
    out (yeter|artik yeter|artık yeter) ~2 @stream
    polite @asked ~8 @brk ?@filler ?@filler (sormayi|sormayı|hatirlatmayi|hatırlatmayı|istemeyi|yazmayi|yazmayı|israr etmeyi|ısrar etmeyi) (birakin|bırakın|kesin)
    out @asked ~4 (hatirlatmayi|hatırlatmayı|sormayi|sormayı|istemeyi) (birakin|bırakın|kesin)
    in @stream ~3 (tekrar|yeniden) ~1 (acin|açın|acar misiniz|açar mısınız|aktif edin|aktiflestirin|aktifleştirin|etkinlestirin|etkinleştirin)
    help @programme ~2 (ne|nedir|neymis|neymiş) @eoc
    help (sadece|yalnizca|yalnızca) ~3 @stream ~3 (nasil|nasıl) ~1 (kapat*|durdur*|iptal*)
    outneg @stream ?(artik|artık|hic|hiç) (istemiyorum|istemiyoruz|istemem|gerek yok|lazim degil|lazım değil)
  `,
  id: `
    out @offV ~2 @stream
    out (stop|berhenti|jangan) (ingetin|ngingetin|mengingatkan|ingatkan|minta|nanya|nanyain|tanya|nyuruh|suruh) ~5 @asked
    out (nggak usah|gak usah|ga usah|tidak usah|gausah|ngga usah) (minta|ingetin|nanyain|nyuruh) ~3 @asked
    polite @asked ~8 @brk ?@filler ?@filler (jangan|stop|berhenti|nggak usah|gak usah) (nyuruh|suruh|nanya|nanyain|minta|ingetin)
    out @bos (udah deh|cukup|cukup sudah|sudah cukup|stop) ?(sama|dengan) ~1 @stream
    in (nyalakan|nyalain|aktifkan|hidupkan|onkan|on kan|aktifin) (lagi|kembali) ~3 @stream
    in (nyalakan|nyalain|aktifkan|hidupkan|onkan|on kan|aktifin) ~3 @stream ~2 (lagi|kembali)
    help @programme ~3 (ini|itu) ~1 (apa|apaan)
    help (bisa|boleh|bisakah) ?(nggak|gak|ga|tidak|ngga) ~2 @offV ~2 @stream ~1 (aja|saja)
    help (apa|apaan) ?(ini|itu) ~1 @programme
    out @stopV ~2 @stream
    outneg (nggak mau|gak mau|ga mau|tidak mau|ngga mau|nggak butuh|gak butuh|tidak perlu) ?(lagi|ada) @stream
  `,
  ms: `
    out @offV ~2 @stream
    out (berhenti|jangan|tak payah|tak perlu) (ingatkan|minta|tanya|suruh|paksa) ~5 @asked
    polite @asked ~8 @brk ?@filler ?@filler (jangan|tak payah|tak perlu|berhenti) (suruh|paksa|tanya|ingatkan|minta)
    out (tak payah|tak perlu|jangan) (hantar|kirim) ~2 @stream
    outneg @stream ~2 (dah cukup|cukuplah|tak payah|tak perlu|takpayah) @eoc
    out @stream ~2 (dah cukup|cukuplah) @brk
    in (hidupkan|aktifkan|on|onkan|on kan) (semula|balik|lagi) ~3 @stream
    in (hidupkan|aktifkan|onkan|on kan) ~3 @stream ~2 (semula|balik|lagi)
    help @programme ~3 (ni|ini) ~1 (apa|ape)
    out @stopV ~2 @stream
    outneg (tak nak|tak mahu|tidak mahu|tak perlu) ?(lagi|dah) @stream
  `,
  vi: `
    out @offV ~2 @stream
    out (dung|thoi|khoi) ~1 (nhac|hoi|moi|xin|doi) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (dung|thoi|khoi) (hoi|nhac|moi|xin|doi|nhan) ~1 (nua|di|nha)
    out (dung|khoi|thoi|thoi khoi) (gui|moi) ~2 @stream
    outneg (@obj|@stream) thi (khoi|thoi khoi|khong can) ?(nha|nhe|a)
    in (bat|mo) lai ~3 @stream
    in (bat|mo) ~3 @stream ~2 lai
    help @programme ~4 la gi
    out (ngung|ngưng|thoi) ~2 @stream
    outneg (khong muon|không muốn|khong can|không cần) ?(nhan|nhận|them|thêm) @stream
  `,
  tl: `
    out @offV ~2 @stream
    out (tigilan|itigil|wag|huwag) ~3 (paalalahanan|ipaalala|pagtatanong|magtanong|pagpapaalala|pagpilit|pagpapa review) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (tigilan|itigil|wag na|huwag na) ~3 (pagtatanong|pagtanong|pagpapaalala|pagpilit|pagtanong)
    outneg (@stream|@obj) ~1 (wag na|huwag na|ayoko na) @eoc
    in (paki on|pakion|i on|ion|pakibukas|buksan|i enable|paki enable) (ulit|uli|muli) ~3 @stream
    in (paki on|pakion|i on|ion|pakibukas|buksan|i enable|paki enable) ~3 @stream ~2 (ulit|uli|muli)
    in ibalik ~3 @stream
    help ano ~3 @programme
    out @stopV ~3 @stream
    outneg (ayoko na|ayaw ko na|hindi ko na kailangan) ?(ng|sa|yung|ang) @stream
  `,
  sw: `
    out @offV ~2 @stream
    out (acheni|acha|msi) ~1 (kunikumbusha|kuniuliza|kuniomba|kunisumbua|kunitumia) ~4 @asked
    polite @asked ~8 @brk ?@filler ?@filler (acheni|acha) ~1 (kuniuliza|kunikumbusha|kuniomba|kunisumbua)
    out (msinitumie|usinitumie) ~1 ?tena ~2 @stream
    out @stream ~3 (imetosha|zimetosha|yametosha|inatosha)
    in (washeni|washa|iwasheni|niwashieni|niwashie|rudisheni|warudishe) ~1 tena ~3 @stream
    in (washeni|washa|niwashieni|niwashie) ~3 @stream ~2 tena
    help @programme ~4 (ni nini|nini)
    help (nawezaje|jinsi ya|namna ya) ~2 (kuzima|kusitisha|kuacha) ~3 @stream
    out (sitisheni|simamisheni|komesha) ~2 @stream
    outneg (sitaki|sihitaji) ?tena @stream
  `,
  hi: `
    out @stream ~3 @offV
    out @stream ~2 (bhejna|bhejne) ~1 @offV
    polite @asked ~8 @brk ?@filler ?@filler (baar baar|bar bar|बार बार) ~1 mat (bolo|kaho|poocho|pucho|bhejo|बोलो|कहो|पूछो)
    in @stream ~3 (fir se|phir se|dobara|wapas|फिर से|दोबारा) ~1 (chalu|on|start|shuru|चालू) ~1 (kar do|karo|kar dijiye|kar dein|kijiye|कर दो|करो|कर दीजिए)
    help @programme ~3 (kya hai|kya he|क्या है)
    help (sirf|keval|सिर्फ) ~3 @stream ~2 (band karne|rokne|off karne|बंद करने) ~3 (kaise|tareeka|tarika|tarike|तरीका|कैसे)
    outneg @stream ?(ab|aur|अब|और) (nahi chahiye|नहीं चाहिए|mat bhejo|मत भेजो)
  `,
  ur: `
    out @stream ~3 @offV
    polite @asked ~8 @brk ?@filler ?@filler (bar bar|baar baar|بار بار) ~1 mat (kaho|bolo|poochein|puchein|کہیں|کہو|بولو)
    in @stream ~3 (dobara|phir se|wapas|دوبارہ) ~1 (on|chalu|shuru|آن|چالو) ~1 (kar dein|karein|kar do|کر دیں|کریں)
    help @programme ~3 (kya hai|کیا ہے)
    help (sirf|صرف) ~3 @stream ~2 (band|بند) ~3 (kaise|کیسے|tareeqa|tareeka|طریقہ)
    outneg @stream ?(ab|aur|اب|اور) (nahi chahiye|نہیں چاہیے|mat bhejein|mat bhejo|نہ بھیجیں)
  `,
  bn: `
    out @stream ~3 @offV
    in @stream ~3 (আবার|abar) ~1 (চালু|chalu|অন) ~2
    help @programme ~2 (কী|কি|ki)
    help (শুধু|shudhu) ~4 @stream ~4 (কীভাবে|কিভাবে|উপায়|কি করে)
    outneg @stream ?(আর|ar) (চাই না|লাগবে না|পাঠাবেন না|chai na|lagbe na)
  `,
  ar: `
    out @offV ~2 @stream
    out (بطلوا|لا) ~1 (تذكروني|تطلبوا|تسالوني|تسألوني) ~3 @asked
    polite @asked ~8 @brk ?@filler ?@filler (كفايه|كفاية|خلاص|بس) ~2 (طلبات|تطلبوا|تسالوني|تسألوني)
    out (لا ترسلوا|لا تبعتوا|بلاش|كفايه|كفاية) ~2 @stream
    in (فعلوا|شغلوا|رجعوا|ارجعوا|افتحوا) ?لي ~2 @stream
    in (فعلوا|شغلوا|افتحوا) ?لي ~2 @obj ~2 (مره ثانيه|مرة ثانية|من جديد|مره تانيه|تاني|ثاني)
    help (ايش|وش|شو|ايه|ما هو|ما هذا) ~2 @programme
    help @programme ~3 (ايش|ايه|شو) ~1 (هذا|ده|هاد)
    out @stopV ~2 @stream
    outneg (ما ابغى|ما ابغي|ما ابي|مش عايز|مش عاوز|ما بدي|لا اريد) @stream
  `,
  th: `
    out @offV ~4 @stream
    out @bos ปิด ~4 @stream
    out (เลิก|ไม่ต้อง|หยุด) ~2 (เตือน|ถาม|ชวน|ขอให้|ขอรีวิว|ขอคะแนน|ทวง) ~10 @asked
    polite @asked ~10 @brk ?@filler ?@filler (เลิก|หยุด) ~2 (ขอ|ถาม|ชวน|เตือน)
    out (พอแล้ว|พอเถอะ|พอที) ~3 @stream
    in เปิด ~14 (@stream|@obj) ~8 (อีกครั้ง|อีกรอบ)
    in (ช่วยเปิด|ขอเปิด) ~14 (@stream|@obj) ~8 (ให้หน่อย|ให้ด้วย|หน่อย|ด้วย|ได้ไหม)
    help @programme ~16 (คืออะไร|อะไร)
    out @stopV ~4 @stream
    outneg (ไม่เอา|ไม่ต้องการ|ไม่ต้องส่ง) ~2 @stream
  `,
  zh: `
    out @offV ~4 @stream
    out 把 ~1 @stream ~2 @offV
    out @stream ~4 @offV
    out (别|不要|不用) ~1 ?再 ~2 (提醒|催|让我填|让我写|让我评|叫我填|叫我写|问) ~6 @asked
    polite @asked ~10 @brk ?@filler ?@filler 别 ~2 (让我|催|提醒|问)
    polite @asked ~10 @brk ?@filler ?@filler 别催了
    in (重新|再) ~2 (打开|开启) ~4 @stream
    in @stream ~6 (重新|再) ~2 (打开|开启)
    help @programme ~6 (是什么|是啥|干嘛的|干什么的|是干嘛) ?(啊|呀|呢|东西) @eoc
    help (只|仅) ~2 (关|关掉|关闭|取消|停) ~12 @brk ~8 (怎么|如何)
    out @stopV ~3 @stream
    outneg (不要|不想要|不需要|不用) ?再 ?(发|给我发|收) @stream
    outneg (@stream|@obj) ~3 (一律不要|全都不要|都不要)
  `,
  ja: `
    out @stream ~4 @offV
    in @stream ~4 (もう一度|再度|また) ~2 (オンに|有効に)
    help @programme ~6 (って|とは) ~1 (何|なに|なん)
    out @stream ~3 (いらない|不要|要りません|いりません)
  `,
};

/** Phrases that set a stop or start word aside (masked before the rules run). */
const TRAPS: Partial<Record<Lang, string>> = {
  sw: `
    (sikumbuki|sijawahi|sikuwahi) ~1 kujiunga
  `,
  vi: `
    (chua|chưa|da|đã|moi|mới) (dung|dùng) thu
    (dung|dùng) thu (roi|rồi|xong)
    (su dung|sử dụng)
  `,
};

/** The round-13c word classes of one language (merged into its lexicon's classes). */
export function round13cClasses(lang: Lang): Record<string, string[]> {
  const own = CLASSES[lang] ?? {};
  return Object.fromEntries(Object.entries(own).map(([name, list]) => [name, words(list)]));
}

/**
 * The round-13c rules of one language. A stop that names a stream is marked as such: "keep the
 * rest" beside it is said of the other streams (signals.ts).
 */
export function round13cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '').map((r) =>
    r.intent === 'opt_out' && r.p.includes('@stream') ? { ...r, stream: true } : r,
  );
}

/** The round-13c traps of one language. */
export function round13cTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
