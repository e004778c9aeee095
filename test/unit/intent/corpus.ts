/**
 * The classifier's test corpus: real-world shaped messages in 11 languages (+ Hinglish),
 * with the intent we expect. One case per line: `<kind> <lang|-> [all|cat:<id>] | <text>`.
 *   out      opt_out, explicit          likely  opt_out, likely
 *   in       opt_in, explicit           help    help
 *   status   status                     none    intent none
 *   notout   anything but opt_out (a trap that may still be read as help or opt-in)
 * The language is asserted when given; `-` leaves it unchecked.
 */
import type { CategoryRef, Certainty, Intent, Scope } from '../../../src/domain/intent';

export interface CorpusCase {
  text: string;
  kind: string;
  intent: Intent;
  certainty?: Certainty;
  language?: string;
  scope?: Scope;
  categoryId?: string | null;
}

/** Categories every corpus case is classified with (scope tests name them). */
export const CORPUS_CATEGORIES: CategoryRef[] = [
  { id: 'offers', name: 'Offers', keywords: ['offer', 'deals', 'ofertas', 'angebote', 'offerte', 'penawaran', 'kampanya', 'عروض', 'акции'] },
  { id: 'news', name: 'Newsletter', keywords: ['news', 'novidades', 'boletín', 'actualités', 'bülten'] },
];

const KINDS: Record<string, { intent: Intent; certainty?: Certainty }> = {
  out: { intent: 'opt_out', certainty: 'explicit' },
  likely: { intent: 'opt_out', certainty: 'likely' },
  in: { intent: 'opt_in', certainty: 'explicit' },
  help: { intent: 'help' },
  status: { intent: 'status' },
  none: { intent: 'none', certainty: 'none' },
  notout: { intent: 'none' },
};

function table(text: string): CorpusCase[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((line) => {
      const bar = line.indexOf('|');
      const [kind = '', lang = '-', ...flags] = line.slice(0, bar).trim().split(/\s+/);
      const spec = KINDS[kind];
      if (bar < 0 || !spec) throw new Error(`Bad corpus line: ${line}`);
      const c: CorpusCase = { text: line.slice(bar + 1).trim(), kind, ...spec };
      if (lang !== '-') c.language = lang;
      for (const f of flags) {
        if (f === 'all') c.scope = 'all';
        if (f === 'default') c.scope = 'default';
        if (f.startsWith('cat:')) [c.scope, c.categoryId] = ['category', f.slice(4)];
      }
      return c;
    });
}

const EN = table(`
  out en | STOP
  out en | stop
  out en | Stop.
  out en | STOP!!!
  out en | Stop. Thank you
  out en | stop please
  out en | Please stop
  out en | STOP STOP STOP
  out en | 🛑 STOP
  out en | stopppp
  out en | Stooooop!!
  out en | S T O P
  out en | S.T.O.P.
  out en all | STOPALL
  out en all | stop all
  out en all | Stop everything
  out en all | STOP ALL MESSAGES PLEASE
  out en | UNSUBSCRIBE
  out en | Unsubscribe me
  out en | unsubscribe me please
  out en | unsub
  out en | CANCEL
  out en | End
  out en | QUIT
  out en | REVOKE
  out en | OPTOUT
  out en | opt-out
  out en | Opt out
  out en | Please opt me out
  out en | REMOVE
  out en | remove me
  out en | STOP PROMOTIONS
  out en | Stop promotions
  out en | please stop sending me these
  out en | Please stop sending me messages
  out en | stop texting me
  out en | Stop messaging me!
  out en | stop contacting me
  out en | Quit texting me
  out en | I don't want these messages anymore
  out en | I do not want to receive any more messages
  out en | I no longer wish to receive these texts
  out en | remove me from your list
  out en | Please remove my number from your list
  out en | take me off the list
  out en | Take me off your mailing list
  out en | don't message me
  out en | Don't text me again
  out en | do not contact me
  out en | Never contact me again
  out en | no more messages
  out en | No more promos please
  out en | lose my number
  out en | delete my number
  out en | leave me alone
  out en | I would like to unsubscribe
  out en | I want to opt out
  out en | I'd like to be removed from this list
  out en | Why don't you stop texting me
  out en | stop spamming me
  out en | Can you please stop sending me these promotions?
  out en | You can stop now
  out en | stop it
  out en | Stop. I never signed up for this.
  out en | I never asked for this. STOP
  out en | STOP?
  out en | stpo
  out en | unsubscibe
  out en | Enough with the spam!
  out en cat:offers | stop offers
  out en cat:offers | STOP deals
  out en cat:news | no more newsletter
  out en cat:news | unsubscribe from the newsletter
  out en cat:offers | stop all offers
  out en default | STOP ads
  out en | stop sending
  out en | St0p
  out en | UNSUBSCRIBE!!! 😡
  out en | Hi, please unsubscribe me from this list. Thanks
  out en | I revoke my consent
  out en | stop sending me stuff
  out en | quit sending me offers
  out en | Stop these messages
  likely en | too many messages
  likely en | Way too many texts from you guys
  likely en | why do you keep texting me?
  likely en | Why am I still getting these?
  likely en | enough
  likely en | this is spam
  likely en | spam
  likely en | annoying
  likely en | so annoying
  likely en | no
  likely en | No thanks
  likely en | not interested
  likely en | I'm not interested
  likely en | I never signed up for this
  likely en | who gave you my number?
  likely en | wrong number
  likely en | I will block this number
  likely en | pause promotions
  likely en | cancel it
  likely en | Cancel. Wrong address
  likely en | I don't want this
  none en | who is this?
  none en | I can't stop loving this
  notout en | non-stop deals
  notout en | don't stop sending me deals
  none en | cancel my order
  none en | Please cancel my order!
  none en | I need to cancel my booking for tomorrow
  none en | bus stop
  none en | I'm at the bus stop
  none en | stop by the store
  none en | I'll stop by the store later
  none en | end of season sale
  none en | When does the sale end?
  none - | unstoppable
  none en | quit smoking plan
  none en | Count me in! We have got to STOP this terrible bill from passing!!
  none en | yes
  none en | YES
  none en | ok thanks
  none en | Thank you!
  none en | What time do you open?
  none en | Can you send me the catalog?
  none en | Where is my package?
  none en | Please send me the invoice again
  none en | I love these deals, keep them coming
  none en | Don't unsubscribe me
  none en | I don't want to unsubscribe
  none en | Nonstop fun this weekend!
  none en | Stop loss at 5%
  none en | The end
  none en | This went to my spam folder
  none en | bye
  none en | hello
  help en | HELP
  help en | info
  help en | how do I unsubscribe?
  help en | How can I stop receiving these messages?
  help en | what do I reply to stop?
  help en | Is there a way to opt out?
  help en | how do i opt back in
  status en | STATUS
  status en | what am I subscribed to?
  status en | am I unsubscribed?
  status en | Am I still on your list?
  status en | did my unsubscribe work?
  in en | START
  in en | start
  in en | UNSTOP
  in en | SUBSCRIBE
  in en | resume
  in en | opt me back in
  in en | subscribe again
  in en | Start again please
  in en | I want to receive offers again
  in en | please start sending me deals again
  in en | sign me back up
  in en | Resubscribe
`);

const PT = table(`
  out - | PARAR
  out - | parar
  out - | Parar!
  out pt | SAIR
  out pt | Sair
  out - | CANCELAR
  out pt | DESCADASTRAR
  out pt | descadastrar por favor
  out pt | Descadastre meu número
  out pt | não quero mais receber mensagens
  out pt | Não quero mais receber essas mensagens
  out pt | nao quero mais receber
  out pt | me tira da lista
  out pt | Me tire dessa lista por favor
  out pt | parar promoções
  out pt | Para de me mandar mensagem
  out pt | Pare de enviar mensagens
  out pt | parem de me mandar propaganda
  out pt | não me mande mais mensagens
  out pt | Não me mandem mais nada
  out pt | quero sair da lista
  out pt | Quero me descadastrar
  out pt | remover meu número
  out pt | Remova meu contato da lista
  out pt | chega de mensagens
  out - | Para
  out pt | pare
  out pt all | parar tudo
  out - all | cancelar todas
  out pt cat:offers | não quero mais receber ofertas
  out pt | cancelar inscrição
  out pt | Me deixem em paz
  out pt | Obrigado, mas não quero mais receber
  likely pt | muitas mensagens
  likely pt | Mensagem demais
  likely pt | por que vocês ficam me mandando mensagem?
  likely pt | isso é spam
  likely pt | chega
  likely pt | não
  likely pt | não tenho interesse
  likely pt | quero sair
  none pt | vou sair agora
  none pt | não consigo parar de comprar
  none pt | stop, o Zé não vem
  none pt | quero cancelar meu pedido
  none pt | Para mim está ótimo
  none pt | obrigado
  none pt | Qual o horário de funcionamento?
  notout pt | não pare de mandar promoções
  none pt | Vou sair de casa às 8
  help pt | AJUDA
  help pt | como faço para sair da lista?
  help pt | Como faço pra parar de receber essas mensagens?
  status pt | estou inscrito?
  status pt | ainda estou na lista?
  in pt | VOLTAR
  in pt | voltar
  in - | INICIAR
  in pt | quero receber de novo
  in pt | Quero voltar a receber as promoções
  in pt | receber
`);

const ES = table(`
  out es | BAJA
  out es | baja
  out es | Baja por favor
  out es | darme de baja
  out es | Quiero darme de baja
  out es | Denme de baja de esta lista
  out es | PARAR
  out es | DETENER
  out es | CANCELAR
  out es | no quiero más mensajes
  out es | No quiero recibir más mensajes
  out es | ya no quiero recibir promociones
  out es | no me envíen más
  out es | No me manden más mensajes por favor
  out es | dejen de enviarme mensajes
  out es | Deja de escribirme
  out es | quítenme de la lista
  out es | Bórrenme de su lista
  out es | No más
  out es | no mas mensajes
  out es | desuscribirme
  out es | SALIR
  out es all | baja de todo
  out es cat:offers | no quiero más ofertas
  out es | basta de mensajes
  out es | stop por favor
  out es | ¡Paren ya de mandarme publicidad!
  out es | eliminen mi número de su base de datos
  likely es | demasiados mensajes
  likely es | ¿por qué me siguen escribiendo?
  likely es | esto es spam
  likely - | no
  likely es | No me interesa
  likely es | que pesados
  none es | el precio baja
  none es | alta calidad
  none es | ¿El precio baja mañana?
  none es | quiero cancelar mi pedido
  none es | Para mí está bien
  none es | gracias
  none es | hola, ¿tienen envío a domicilio?
  notout es | no paren de enviarme ofertas
  notout es | No pares nunca
  none es | voy a salir de casa
  help es | AYUDA
  help es | ¿cómo me doy de baja?
  help es | ¿Cómo dejo de recibir mensajes?
  status es | ¿estoy suscrito?
  status es | ¿Sigo en la lista?
  in es | ALTA
  in es | alta
  in es | volver a recibir
  in es | Quiero volver a recibir las ofertas
  in es | darme de alta
  in es | COMENZAR
`);

const FR = table(`
  out - | STOP
  out fr | stop svp
  out fr | ARRET
  out fr | ARRÊT
  out fr | arrêt
  out fr | Arrêtez
  out fr | désabonner
  out fr | Désabonnez-moi
  out fr | je veux me désabonner
  out fr | ne plus recevoir
  out fr | Je ne veux plus recevoir de messages
  out fr | je ne veux plus recevoir vos promotions
  out fr | Arrêtez de m'envoyer des messages
  out fr | arrêtez de m'écrire
  out fr | Ne m'envoyez plus de SMS
  out fr | ne me contactez plus
  out fr | retirez-moi de votre liste
  out fr | Supprimez mon numéro de votre liste
  out fr | plus de messages svp
  out fr | STOP PUB
  out fr | désinscription
  out fr | Laissez-moi tranquille
  out fr all | Stop tout
  out fr cat:news | désabonnez-moi des actualités
  likely fr | trop de messages
  likely fr | c'est du spam
  likely fr | ça suffit
  likely fr | non merci
  likely fr | pas intéressé
  likely fr | pourquoi vous m'envoyez ça ?
  none fr | l'arrêt de bus
  none fr | Je suis à l'arrêt de bus
  none fr | je reçois sans arrêt vos colis, merci
  notout fr | n'arrêtez pas de m'envoyer des offres
  none fr | je voudrais annuler ma commande
  none fr | merci beaucoup
  none fr | Bonjour, vous êtes ouverts dimanche ?
  help fr | AIDE
  help fr | comment me désabonner ?
  status fr | suis-je abonné ?
  in - | START
  in fr | me réabonner
  in fr | réabonner
`);

const DE = table(`
  out de | STOPP
  out de | Stopp!
  out de | stop bitte
  out de | abbestellen
  out de | Newsletter abbestellen
  out de | abmelden
  out de | Ich möchte mich abmelden
  out de | keine Nachrichten mehr
  out de | Keine Werbung mehr bitte
  out de | bitte keine weiteren Nachrichten
  out de | Bitte schreiben Sie mir nicht mehr
  out de | Hören Sie auf, mir zu schreiben
  out de | hört auf mir Nachrichten zu schicken
  out de | Austragen bitte
  out de | Bitte tragen Sie mich aus der Liste aus
  out de | Entfernen Sie meine Nummer
  out de | Lassen Sie mich in Ruhe
  out de | Ich will keine Werbung
  out de all | Alles stoppen
  out de cat:offers | keine Angebote mehr
  out de | Werbung stoppen
  out - | STOP
  likely de | zu viele Nachrichten
  likely de | das ist Spam
  likely de | nein danke
  likely de | kein Interesse
  likely de | Warum schreiben Sie mir ständig?
  likely de | es reicht
  none de | Wie kann ich mich vom Konto abmelden?
  none de | ich kann nicht aufhören zu lachen
  notout de | bitte nicht aufhören
  notout de | Hören Sie nicht auf, mir Angebote zu schicken
  none de | Ich möchte meine Bestellung stornieren
  none de | Danke schön
  none de | Wann haben Sie geöffnet?
  help de | HILFE
  help de | Wie kann ich die Nachrichten abbestellen?
  status de | bin ich noch angemeldet?
  in - | START
  in de | anmelden
  in de | wieder anmelden
`);

const IT = table(`
  out - | STOP
  out - | basta
  out - | Basta!
  out it | disiscrivimi
  out it | Disiscrivimi per favore
  out it | cancellami
  out it | non scrivetemi più
  out it | Non mandatemi più messaggi
  out it | non voglio più ricevere messaggi
  out it | Smettete di scrivermi
  out it | smettetela di mandarmi offerte
  out it | toglietemi dalla lista
  out it | Rimuovete il mio numero
  out it | basta messaggi
  out it | annulla iscrizione
  out it | voglio disiscrivermi
  out it all | basta con tutto
  out it cat:offers | non voglio più offerte
  likely it | troppi messaggi
  likely it | è spam
  likely it | no grazie
  likely it | non mi interessa
  likely it | perché continuate a scrivermi?
  none it | annulla il mio ordine
  none it | non riesco a smettere di comprare
  none it | grazie mille
  none it | a che ora aprite?
  notout it | non smettete di mandarmi offerte
  help it | AIUTO
  help it | come faccio a disiscrivermi?
  status it | sono ancora iscritto?
  in - | START
  in it | riattiva
  in it | iscrivimi di nuovo
`);

const ID = table(`
  out id | BERHENTI
  out id | berhenti
  out - | STOP
  out id | UNREG
  out - | UNSUB
  out id | berhenti berlangganan
  out id | jangan kirim lagi
  out id | Jangan kirim pesan lagi ya
  out id | tolong berhenti kirim pesan
  out id | stop kirim promo
  out id | saya tidak mau menerima pesan lagi
  out id | Saya ga mau terima promo lagi
  out id | hapus nomor saya dari daftar
  out id | Hapus saya dari list
  out id | jangan hubungi saya lagi
  out id | batalkan langganan
  out id all | stop semua
  out id cat:offers | berhenti kirim penawaran
  likely id | terlalu banyak pesan
  likely id | kenapa kirim pesan terus?
  likely id | ini spam
  likely id | tidak
  likely id | ga tertarik
  none id | batal pesanan
  none id | Saya mau batal pesanan kemarin
  none id | terima kasih
  none id | jangan berhenti kirim promo
  none id | kapan buka?
  none id | saya tidak bisa berhenti belanja
  help id | BANTUAN
  help id | gimana cara berhenti berlangganan?
  status id | apakah saya masih berlangganan?
  in id | DAFTAR LAGI
  in id | REG
  in id | MULAI
`);

const HI = table(`
  out hi | बंद करो
  out hi | मैसेज मत भेजो
  out hi | मुझे मैसेज मत भेजो
  out hi | ये मैसेज बंद करो
  out hi | कृपया संदेश न भेजें
  out hi | अब और मैसेज मत भेजना
  out hi | सदस्यता रद्द करें
  out hi | message mat bhejo
  out hi | mat bhejo
  out hi | band karo
  out hi | Band karo ye sab
  out hi | mujhe message mat bhejo
  out hi | msg band kar do bhai
  out hi | stop karo
  out hi | unsubscribe karo
  out hi | mera number list se hatao
  out hi | mujhe ye messages nahi chahiye
  out hi all | sab band karo
  likely hi | nahi chahiye
  likely hi | नहीं चाहिए
  likely hi | bahut zyada message aate hain
  likely hi | बहुत ज़्यादा मैसेज
  likely hi | bas karo
  likely hi | nahi
  none hi | dukaan band hai?
  none hi | दुकान बंद है क्या?
  none hi | band mat karo
  none hi | धन्यवाद
  none hi | kal milte hain
  none hi | mera order kab aayega?
  help hi | madad
  help hi | मदद
  help hi | kaise band kare?
  status hi | mera status kya hai
  in hi | start karo
  in hi | phir se bhejo
  in hi | शुरू करो
`);

const AR = table(`
  out ar | إلغاء الاشتراك
  out ar | الغاء الاشتراك
  out ar | إيقاف
  out ar | توقف
  out ar | توقفوا عن إرسال الرسائل
  out ar | لا أريد رسائل
  out ar | لا اريد استلام رسائل
  out ar | لا ترسلوا لي
  out ar | لا ترسلوا لي رسائل بعد الآن
  out ar | أوقفوا الرسائل من فضلك
  out ar | احذف رقمي من القائمة
  out ar | ألغوا اشتراكي
  out ar | stop من فضلك
  out ar | ستوب
  out ar | إلغاء
  out ar all | إيقاف كل الرسائل
  out ar cat:offers | لا أريد عروض
  likely ar | رسائل كثيرة
  likely ar | لماذا ترسلون لي رسائل؟
  likely ar | هذا إزعاج
  likely ar | لا
  likely ar | كفى
  likely ar | مزعج
  none ar | إلغاء الطلب
  none ar | أريد إلغاء طلبي
  none ar | شكرا
  none ar | متى تفتحون؟
  none ar | لا توقف
  help ar | مساعدة
  help ar | كيف ألغي الاشتراك؟
  status ar | هل أنا مشترك؟
  in ar | اشتراك
  in ar | تفعيل
  in ar | إعادة الاشتراك
`);

const TR = table(`
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
  likely tr | çok fazla mesaj
  likely tr | neden sürekli mesaj atıyorsunuz?
  likely tr | istemiyorum
  likely tr | yeter
  likely tr | hayır
  likely tr | bu mesajlar spam
  none tr | dur bir dakika
  none tr | siparişimi iptal et
  none tr | teşekkürler
  none tr | iptal etmeyin
  none tr | ne zaman açıksınız?
  help tr | YARDIM
  help tr | nasıl abonelikten çıkarım?
  status tr | abone miyim?
  in tr | ONAY
  in tr | BAŞLA
  in tr | tekrar abone ol
`);

const RU = table(`
  out ru | СТОП
  out ru | стоп
  out ru | Стоп!
  out ru | отписаться
  out ru | отписка
  out ru | Отпишите меня
  out ru | не пишите мне
  out ru | больше не присылайте
  out ru | Больше не присылайте мне сообщения
  out ru | прекратите присылать рекламу
  out ru | хватит спамить
  out ru | удалите меня из рассылки
  out ru | Удалите мой номер из списка
  out ru | не хочу получать сообщения
  out ru | отказываюсь от рассылки
  out ru all | отпишите от всех рассылок
  out ru cat:offers | не присылайте акции
  likely ru | слишком много сообщений
  likely ru | зачем вы мне пишете?
  likely ru | это спам
  likely ru | хватит
  likely ru | нет
  likely ru | надоели
  none ru | отменить заказ
  none ru | стоп, я перепутал адрес
  none ru | не могу остановиться покупать
  none ru | спасибо
  none ru | когда вы открываетесь?
  notout ru | не прекращайте присылать акции
  help ru | ПОМОЩЬ
  help ru | как отписаться?
  status ru | я подписан?
  in ru | СТАРТ
  in ru | подписаться
  in ru | возобновить рассылку
`);

const MIXED = table(`
  likely - | 🛑
  likely - | 👎
  likely - | 🛑🛑🛑
  none - | 👍
  none - |
  none - | ...
  none - | 😂😂
  out en | stop 🙏
  out es | stop gracias
  out pt | stop obrigado
  out hi | stop bhai
  out en | STOP!!!!!!!!
  out en | ＳＴＯＰ
  out en | s-t-o-p
  out en | Unsubscribe.
  out en | Stop!! Stop!!
  out en | stop\u200b
  out en | pls stop
  out en | plz stop sending these msgs
  out en | stop it now!
  out en | Stop sending me promotional messages
  out en | remove me from the broadcast list
`);

export const CORPUS: readonly CorpusCase[] = [
  ...EN,
  ...PT,
  ...ES,
  ...FR,
  ...DE,
  ...IT,
  ...ID,
  ...HI,
  ...AR,
  ...TR,
  ...RU,
  ...MIXED,
];
