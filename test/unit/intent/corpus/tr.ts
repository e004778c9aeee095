/** Turkish: corpus lines (format in ./table.ts). */
import { table } from './table';

export const TR = table(`
  out tr | İPTAL
  out tr | iptal
  out tr | IPTAL
  out tr | DUR
  out tr | RET
  out tr | abonelikten çık
  out tr | Abonelikten çıkmak istiyorum
  out tr | mesaj göndermeyin
  out tr | Bana mesaj atmayın
  out tr | artık mesaj istemiyorum
  out tr | listeden çıkarın
  out tr | beni listeden çıkarın lütfen
  out tr | numaramı silin
  out tr | SMS istemiyorum
  out tr | reklam mesajlarını durdurun
  out tr all | hepsini iptal et
  out tr cat:offers | kampanya mesajı göndermeyin
  out tr | Lütfen bana mesaj göndermeyin
  out tr | Mesaj istemiyorum
  out tr | Aboneliğimi iptal edin
  out tr | Beni listenizden çıkarın
  out tr | Artık reklam mesajı göndermeyin
  out tr | Mesaj atmayı bırakın
  out tr | İptal lütfen
  out tr | Abonelikten çıkar beni
  out tr | SMS göndermeyin
  out tr | Durdurun
  out tr | Mesaj gelmesin
  out tr | Mesaj göndermeyi bırakın
  out tr | Bana bir daha mesaj atmayın
  out tr | Reklam istemiyorum
  out tr | Listeden çıkmak istiyorum
  out tr | Bu numaraya mesaj göndermeyin
  out tr | Kampanya mesajlarını istemiyorum
  out tr | Üyelikten çıkmak istiyorum
  out tr | Bana artık mesaj göndermeyin lütfen
  out tr | Reklam mesajlarınızı almak istemiyorum
  out tr | Lütfen beni rahatsız etmeyin
  out tr | SMS listenizden çıkmak istiyorum
  likely tr | çok fazla mesaj
  likely tr | neden sürekli mesaj atıyorsunuz?
  likely tr | istemiyorum
  likely tr | yeter
  likely tr | hayır
  likely tr | bu mesajlar spam
  likely tr | Çok mesaj atıyorsunuz
  likely tr | Rahatsız ediyorsunuz
  likely tr | Her gün mesaj atıyorsunuz
  likely tr | İzin vermiyorum
  none tr | dur bir dakika
  none tr | siparişimi iptal et
  none tr | teşekkürler
  none tr | iptal etmeyin
  none tr | ne zaman açıksınız?
  none - | Siparişimi iptal etmek istiyorum
  none - | Teşekkür ederim
  none - | Dur bakalım
  none - | Otobüs durağı nerede?
  none - | Siparişim nerede?
  none - | Kargo ücreti ne kadar?
  none - | Faturayı gönderir misiniz?
  none - | Paketi almadım
  help tr | YARDIM
  help tr | nasıl abonelikten çıkarım?
  help tr | Nasıl iptal ederim?
  status tr | abone miyim?
  in tr | ONAY
  in tr | BAŞLA
  in tr | tekrar abone ol
  in tr | Tekrar abone olmak istiyorum
  none - | Videoyu durdur
  out tr | Mesaj atmayin artik
  out tr | Artık rahatsız etmeyin
  out tr | Lütfen mesaj göndermeyi durdurun
  none tr | kodu tekrar atar mısınız
  none tr | faturayı yeniden gönderin lütfen
  status tr | listeden çıkarıldım mı?
  none tr | kuryeyi akşamdan önce göndermeyin
  none tr | kırmızıyı istemiyorum, mavisi var mı?
`);
