/**
 * Emoji, punctuation, invisible characters and other languages: corpus lines (format in ./table.ts).
 * Issue 18 added Dutch: "stop alsjeblieft" is an explicit Dutch opt-out now, no longer a
 * keyword among words of an unknown language.
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
`);
