/**
 * Emoji, punctuation, invisible characters and other languages: corpus lines (format in ./table.ts).
 * Issue 18 added Dutch: "stop alsjeblieft" is an explicit Dutch opt-out now, no longer a
 * keyword among words of an unknown language.
 * The last block (round 7b): another company named (a stop in its own clause only), a variant
 * asked after one product declined, refused consent, "who" about the service, "tell me when
 * there's a sale" and "add my number too".
 */
import { table } from './table';

export const MIXED = table(`
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
  likely - | 🛑
  likely - | 👎
  likely - | 🛑🛑🛑
  likely - | 👎👎
  out nl | stop alsjeblieft
  likely - | Stop prosím
  none - | 👍
  none - |
  none - | ...
  none - | 😂😂
  none nl | kunnen jullie het wachtwoord opnieuw sturen
  none pl | wyślijcie jeszcze raz link do płatności
  none vi | gửi lại mật khẩu giúp mình
  none zh | 请再发一次验证码
  none ja | 領収書をもう一度送ってください
  none sw | nitumieni tena tiketi yangu
  none tl | pakisend ulit ng OTP
  none ms | hantar semula invois saya
  none ja | 日曜日の配達はやめてください
  none ur | ڈیلیوری شام سے پہلے نہ بھیجیں
  none nl | stop met die prijsverhogingen, het wordt te duur
  none zh | 别再涨价了
  help pl | jak mogę wyjść z tej listy?
  help zh | 退订按钮在哪里？找不到
  in - | niliomba msitume lakini nimebadilisha mawazo, tumeni ofa tena
  out zh | 别发
  out ja | 解除で
  in - | nag-unsub ako by mistake, pa-sub ulit po
  likely zh | 不感兴趣，以后别发
  out - | I buy from another shop now, stop sending me offers
  out - | we switched to another company, please stop the messages
  out - | I get my groceries from a different store now. Unsubscribe me
  out - | ya compro en otra tienda, dejen de mandarme promociones
  out - | me cambié a otra empresa, no me manden más mensajes
  out - | agora compro em outra loja, parem de me mandar promoções
  out - | j'achète dans une autre boutique maintenant, arrêtez les messages
  out - | ich kaufe jetzt in einem anderen Laden, bitte keine Werbung mehr
  out - | ora compro in un altro negozio, smettete di mandarmi offerte
  out - | aku udah belanja di toko lain, stop kirim promo ya
  out - | я теперь покупаю в другом магазине, перестаньте присылать рассылку
  out - | ik koop nu bij een andere winkel, stop met berichten sturen
  out - | kupuję teraz w innym sklepie, przestańcie wysyłać wiadomości
  out - | 我现在在别的店买了，别再发了
  none - | I unsubscribed from another store's list, do you have this in blue?
  none - | not this one, but keep sending the others
  none - | bunu istemiyorum, mavisi var mı?
  none - | bunu almak istemiyorum, 42 numarası var mı?
  likely - | bunu istemiyorum
  out - | bunları istemiyorum
  none - | I don't want this one, do you have it in blue?
  none - | no quiero este, ¿lo tienen en azul?
  none - | yang ini gak mau, ada warna biru?
  out - | non acconsento a ricevere offerte
  out - | I don't agree to receive promotional offers
  out - | no autorizo el envío de publicidad
  out - | não autorizo mensagens promocionais
  out - | je n'accepte pas de recevoir des offres commerciales
  out - | ich stimme dem Erhalt von Werbung nicht zu
  out - | mit Werbung bin ich nicht einverstanden
  out - | saya tidak setuju menerima promo
  out - | kampanya mesajlarını almayı kabul etmiyorum
  out - | я не согласен получать рекламу
  out - | nie wyrażam zgody na otrzymywanie ofert
  out - | ik geef geen toestemming voor reclame
  out - | tôi không đồng ý nhận tin khuyến mãi
  out - | لا أوافق على استلام العروض
  out - | 我不同意接收促销信息
  out - | 広告の受け取りに同意しません
  out - | sikubali kupokea matangazo
  out - | main offers lene ke liye sahmat nahi hoon
  out - | hindi po ako pumapayag na makatanggap ng promo
  none - | no autorizo la entrega al vecino
  none - | I don't agree with the price of the offer
  none - | who is the pharmacist on duty?
  none - | who won the raffle?
  none - | who is the courier on duty today?
  none - | quién ganó el sorteo?
  none - | quién es el farmacéutico de turno?
  none - | wer hat die Verlosung gewonnen?
  none - | qui est le pharmacien de garde ?
  none - | chi è il farmacista di turno?
  none - | quem ganhou o sorteio?
  none - | siapa kurir hari ini?
  none - | çekilişi kim kazandı?
  none - | кто выиграл розыгрыш?
  help - | who is this?
  help - | who's writing?
  help - | ¿quién eres?
  help - | chi siete?
  help - | кто это?
  in - | tell me when there's a sale
  in - | let me know when you have offers
  in - | avísame cuando haya ofertas
  in - | me avisa quando tiver promoção
  in - | prévenez-moi quand il y a des promos
  in - | avvisatemi quando ci sono offerte
  in - | kabarin kalau ada promo ya
  in - | indirim olunca haber verin
  in - | 有优惠的时候告诉我
  none - | let me know when my order ships
  in - | add my number too
  in - | agreguen mi número también
  in - | ajoutez mon numéro aussi
  in - | aggiungete anche il mio numero
  in - | fügt meine Nummer auch hinzu
  out - | ab main dusre shop se leta hoon, message bhejna band karo
  out - | artık başka mağazadan alıyorum, mesaj göndermeyi bırakın
  out - | صرت أشتري من محل ثاني، وقفوا الرسائل لو سمحتوا
  out - | sasa nanunua duka lingine, acheni kunitumia ujumbe
  out - | giờ mình mua ở shop khác rồi, đừng gửi tin nữa
  none - | unsubscribe me from the other shop's newsletter, yours is fine
`);
