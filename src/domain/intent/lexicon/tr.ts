/**
 * Turkish. İPTAL and DUR are the opt-out words seen for Turkish SMS, RET is the İYS term
 * for refusal and ONAY its consent status (opt-out-prior-art.md §5, §7). Negation is a verb
 * suffix: "gönderme(yin)" (don't send) is an opt-out, "durma" (don't stop) and
 * "iptal etme" (don't cancel) are masked as traps. "dur bir dakika" is "wait a minute".
 * "Onay için teşekkürler" thanks the business for its confirmation (round 16d): a courtesy, like
 * "teşekkürler", no ONAY given (to be reviewed by native speakers).
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const tr: Lexicon = {
  lang: 'tr',
  keywords: {
    stop: words(`
      iptal, durdur, durdurun, ret, red, abonelikten cik, abonelikten cikar,
      abonelikten cikarin, abonelikten cikmak istiyorum, aboneligi iptal, aboneligimi iptal et,
      aboneligimi iptal edin, listeden cikar, listeden cikarin, beni listeden cikarin,
      beni cikarin, beni silin, stop, mesaj gondermeyin, mesaj atmayin, mesaj istemiyorum,
      sms istemiyorum, gondermeyin, atmayin, yollamayin, iptal et, iptal edin, iptal ediyorum,
      reklam istemiyorum, kampanya istemiyorum, rahatsiz etmeyin, abonelik iptal, uyelik iptal,
      defol, defolun, defol git, defolun gidin`),
    stopWeak: words('sil, silin, kaldir, kaldirin, cikar, cikarin, cik'),
    stopSolo: words('dur, durun'),
    stopLikely: words(`
      hayir, yok, yeter, yeter artik, istemiyorum, istemem, spam, bikti, biktim, biktik,
      ilgilenmiyorum, engelle, sikayet, rahatsiz ediyorsunuz`),
    start: words(`
      onay, basla, baslat, abone ol, tekrar abone ol, yeniden abone ol, tekrar basla,
      yeniden basla, aktif et, aktiflestir, tekrar gonderin, start, kaydol, beni ekleyin, katil,
      katilmak istiyorum, uye ol, kayit, kayit ol`),
    help: words('yardim, bilgi, destek, yardim edin, yardim lutfen'),
    status: words('durum, durumum, abonelik durumu, abonelik durumum, uyelik durumu'),
  },
  filler: words(`
    lutfen, tesekkurler, tesekkur ederim, tesekkur ederiz, sagol, sagolun, sag olun, merhaba,
    selam, tamam, ok, artik, hemen, simdi, efendim, rica ederim, abi, abla, hocam, kardesim,
    iyi gunler, iyi aksamlar, gunaydin, bir an once, acil, kesinlikle, evet,
    onay icin tesekkurler, onay icin tesekkur ederim, onay icin sagolun, onayiniz icin tesekkurler,
    onayiniz icin tesekkur ederim, teyit icin tesekkurler, teyit icin sagolun`),
  all: words(
    'hepsi, hepsini, tum, tumu, tumunu, butun, her sey, herseyi, her seyi, tamamen, hepsinden',
  ),
  objects: words(`
    mesaj, mesajlar, mesajlari, mesajlariniz, mesajlarinizi, sms, smsler, smsleri, kampanya,
    kampanyalar, kampanyalari, reklam, reklamlar, reklamlari, promosyon, promosyonlar,
    teklif, teklifler, bildirim, bildirimler, bulten, e posta, eposta, spam, whatsapp, firsat,
    firsatlar, indirim, indirimler, duyuru, duyurular, ileti, iletiler, iletileri, arama,
    aramalar, bilgilendirme, tanitim, mesaj atmak, mesaj gondermek`),
  pronouns: words('bunu, bunlari, bunlar, bu, sunu, sunlari, sunlar'),
  connectors: words(`
    bana, beni, numaram, numarami, numara, numaramı, liste, listeden, listenizden, daha,
    fazla, sizden, sizin, benim, bir daha, asla, ve, de, da, icin, birdaha, hic`),
  negators: words('degil, asla, hic, yok'),
  classes: {
    who: words('kim, kimsiniz, kimsin, kimin'),
    sendNeg: words(`
      gondermeyin, gondermeyiniz, gonderme, gondermesin, atmayin, atmayiniz, atma, yollamayin,
      yollamayiniz, yollama, gondermeyi birakin, atmayi birakin, yollamayi birakin,
      gondermeyi kesin, atmayi kesin, yollamayi kesin, gondermeyi durdurun, atmayi durdurun,
      aramayin, aramayiniz, ulasmayin, yazmayin, yazmayiniz, rahatsiz etmeyin, rahatsiz etmeyiniz,
      gondermekten vazgecin, gondermeye son verin`),
    stopSaid: words(
      'atmayin, atmayın, gondermeyin, göndermeyin, yazmayin, yazmayın, durdurun, durdur, durdurmanizi, iptal, cikarin, çıkarın',
    ),
    stopVerb: words(`
      durdurun, durdur, kesin, kes, bitirin, bitir, birakin, birak, iptal edin, iptal et, iptal,
      sonlandirin, sonlandir, engelleyin, kapatin, kapat, istemiyorum, istemiyoruz, istemem`),
    kw: words(`
      iptal, cik, cikarim, cikabilirim, durdur, durdurabilirim, abonelikten, listeden,
      iptal edebilirim, iptal ederim, abone olabilirim, abone olurum`),
  },
  traps: words(`
    dur (bir|bi|biraz) (dakika|saniye|bakalim|bakayim)
    (abonelikten cik|abonelikten cikis|abonelik iptal|uyelik iptal) (butonu|butonunu|linki|linkini|tusu|dugmesi|secenegi) (cok|hic|nerede|nerde|yok|sakli|gizli)
    (bir|bi) dakika dur
    dur bakalim
    (siparis*|rezervasyon*|randevu*|odeme*|kart*|bilet*|ucus*|hesab*|kargo*) ~1 (iptal|kaldir|sil)
    iptal (etme|etmeyin|etmeyiniz|etmesin)
    (durma|durmayin|durmadan|durmaksizin|durmak bilmeden)
    (otobus|metro|tramvay) (duragi|durak)
  `),
  rules: rules(`
    out (numaramin|numaramı|numarami|beni|bilgilerimin) ~4 (silinmesini|cikarilmasini|çıkarılmasını|kaldirilmasini|kaldırılmasını) ~3
    help (kimsiniz|kimsin|kim bu|bu kim|siz kimsiniz|kim yaziyor)
    help (bu|bu ne) ~1 (numara|numarasi) ~1 (ne|kimin)
    help (neden|niye|nicin) ?(bana) ?(bu) (mesajlar|mesaj|bunlar) ?(bana) (geliyor|geliyo)
    help (bu mesajlar|mesajlar|bunlar) ?(bana) (neden|niye|nicin) ?(bana) (geliyor|geliyo)
    in (tekrar|yeniden|geri) ~4 (ekle*|kaydet*|abone*|al*) ~3
    in (gondermeye|yollamaya|atmaya) devam (edin|et|ediniz)
    outneg (durdurun|kaldirin|cikarin) ~1 (dedim|demistim|soyledim|yazdim)
    outneg ?(bana|bize|beni|artik|bir daha|birdaha) ~1 (@obj|bunlari|bunu|bana|bize) ~1 @sendNeg
    outneg (artik|bir daha|birdaha|hic|asla|lutfen) @sendNeg
    outneg @bos @sendNeg
    outneg (@obj|bunlari|bunlar) ~1 (istemiyorum|istemiyoruz|istemem|almak istemiyorum|gormek istemiyorum)
    maybeneg bunu ~1 (istemiyorum|istemiyoruz|istemem|almak istemiyorum)
    outneg (artik|bir daha|birdaha) (mesaj|sms|@obj) ~1 (istemiyorum|istemem|atmayin|gondermeyin|yollamayin)
    out (abonelik*|uyelik*|liste*|bulten*) ~1 (cik|cikar|cikmak|cikarin|cikart|cikartin|ciktim|cikis|cikarmanizi|iptal|sonlandir|silin|sil)
    out (aboneligimi|aboneligi|uyeligimi|uyeligi|abonelik|uyelik) ~1 (iptal|sonlandir|bitir|kapat|durdur)
    out (beni|numarami|numaramı|telefonumu|numaramizi) ~2 (cikarin|cikar|cikartin|silin|sil|kaldirin|kaldir|cikarmanizi)
    out (@obj|bunlari|bunu) ~1 ?(gondermeyi|atmayi|yollamayi) ~1 (durdurun|durdur|kesin|kes|bitirin|birakin|iptal edin|iptal et|sonlandirin|kapatin)
    out (mesaj|sms|reklam|kampanya|bildirim) ~1 iptal
    outneg (@obj|bunlar) ~1 (gelmesin|gelmesini istemiyorum|gelmesin lutfen|gondermeyiniz)
    maybe (cok|fazla|asiri|bu kadar) ~1 ?fazla ~1 @obj
    maybe (neden|niye|niçin|nicin) ~3 (atiyorsunuz|gonderiyorsunuz|yolluyorsunuz|yaziyorsunuz|ariyorsunuz|mesaj)
    maybe (bu|tam|resmen) spam
    maybe (her gun|surekli|devamli|hep|durmadan|sik sik) ~1 ?@obj ~1 (atiyorsunuz|gonderiyorsunuz|yolluyorsunuz|geliyor|yaziyorsunuz)
    maybe spam
    maybe (yeter|bikti*|sikildim|rahatsiz ediyorsunuz|rahatsiz oldum|darladiniz|bunaldim)
    maybe (sikayet|engel*) ~2 (edecegim|ederim|ediyorum|edicem|liyorum|leyecegim)
    maybeneg (ilgilenmiyorum|ilgilenmiyoruz|ilgimi cekmiyor)
    maybeneg (izin|onay) ~1 (vermedim|vermedik|vermiyorum|vermiyoruz)
    maybe (numarami|numaramı) ~2 (nereden|kimden) ~1 (buldunuz|aldiniz)
    maybe yanlis numara
    maybeneg ?artik istemiyorum @eoc
    in (tekrar|yeniden) ~1 (abone|gonder*|baslat|basla|aktif|kaydol)
    in (mesaj|kampanya|bildirim|@obj) ~1 (almak istiyorum|gonderin|gonderebilirsiniz)
    help nasil ~3 @kw
    help (abonelikten|listeden) ~1 nasil
    help (ne|hangi) ~3 (yazmam|gondermem|yazayim|gondereyim) ~2 (gerek*|lazim)
    status (abone|kayitli|uye) ~1 (miyim|miyiz|mi)
    status (hala|halen) ~1 (abone|kayitli|uye|listede)
    status (abonelik|uyelik) ~1 (durumum|durumu|durumumu)
  `),
  common: words(`
    bir, bu, ve, ben, sen, siz, bana, beni, mesaj, lutfen, tesekkurler, merhaba, neden, niye,
    nasil, ne, evet, hayir, degil, var, yok, cok, artik, daha, icin, ile, gibi, ama, de, da,
    mi, mu, misiniz, istiyorum, istemiyorum, gonder, numara, tamam, iyi, gun, sizden`),
  signals: {
    laugh: words(
      `(gulmekten|gülmekten) ~1 (oldum|öldüm|olucem|ölücem|kırıldım|kirildim), (asdf*|lan)`,
    ),
    past: words(
      `(yanlislikla|yanlışlıkla|kazara|istemeden|hatayla), (gecen|geçen) (yil|yıl|ay|hafta), (once|önce) ~2 (cikmistim|çıkmıştım|ayrilmistim)`,
    ),
    still: words(
      `(hala|hâlâ|halen|yine|hâla) ~3 (geliyor|gonderiyorsunuz|atiyorsunuz|mesaj), (daha once|daha önce|kac kere|kaç kere|defalarca) ~3 (dedim|soyledim|söyledim|yazdim|istedim)`,
    ),
    decline: words(
      `simdi degil, şimdi değil, simdilik hayir, şimdilik hayır, (bu sefer|bu sefer de|bu kez) ~2 (almayacagim|almayacağım|hayir|istemiyorum|gerek yok|degil), (bir dahaki|baska) (sefere|zaman)`,
    ),
  },
};
