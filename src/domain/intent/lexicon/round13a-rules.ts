/**
 * Round 13a of issue 18: batch30's opt-in classes (indirect replies) and batch28's mistaken
 * unsubscription asked back. General language knowledge, to be reviewed by native speakers:
 * - someone else gets the offers and the customer does not ("why does my neighbour get your
 *   discount codes and I don't?", "¿por qué a mi vecina le llegan los descuentos y a mí no?",
 *   "为什么我邻居能收到优惠券，我收不到？"): an opt-in, asked sideways. Only marketing nouns count
 *   (codes, coupons, vouchers, discounts, deals, offers, promos), and the customer's own "not me"
 *   must end its clause: "my husband gets your offers, I don't need them" is no opt-in, and a
 *   neighbour's parcel that arrived first is none;
 * - the offers stopped arriving and the customer misses them ("haven't had your deals in weeks,
 *   I miss them", "ik krijg al een tijdje geen aanbiedingen meer, mis ze wel", "不发活动了，
 *   有点想你们的优惠"): an opt-in that overlaps the words of a stop ("geen aanbiedingen meer"),
 *   which it sets aside (`keep`);
 * - "no need to keep sending these": a stop, where "keep sending these" was read as an opt-in;
 * - "what even are these messages?", "wat zijn dit voor berichten?", "这都是些什么消息": help;
 * - "am I off your list now?": status.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    inasked (gets|get|receives|receive|getting|has|have) ~4 (promo codes|discount codes|coupons|vouchers|voucher texts|voucher codes|discounts|deals|offers|promos|sale texts|promo texts) ~5 @brk ~3 (not me|but not me|i don t|i dont|i do not|i never do|i never|i never get any|i get nothing|i don t get any|i dont get any|i don t get them|i dont get them|me nothing) @eoc
    inasked (havent|haven t|have not|dont|don t|do not|stopped|no longer|not) ~4 (deals|offers|promos|codes|coupons|vouchers|sale texts|promo texts|discounts) ~6 @brk ~4 (i miss|miss them|kind of miss|kinda miss|actually miss|honestly miss|i ve missed|missing them|i miss them)
    inasked (your|ur|the) (deals|offers|promos|coupons|vouchers|sale texts|discounts|promo texts) (stopped|have stopped|dont|don t|no longer|never) ~6 @brk ~4 (i miss|miss them|kind of miss|kinda miss|actually miss|honestly miss|i ve missed|missing them|i miss them)
    inasked (i|honestly i|kind of|kinda) miss (your|ur|the) ~2 (deals|offers|promos|codes|coupons|vouchers|discounts|sale texts)
    outneg (no need|no reason|no point) ~1 (to keep|in keeping) (sending|messaging|texting|writing|spamming|pinging) ~4
    outneg (dont|don t|do not) (have|need) to keep (sending|messaging|texting|writing|spamming|pinging) ~4
    help what (even|exactly|actually|on earth|the hell) (are|is) (these|this|those|all these|all this) ~1 (messages|texts|msgs|notifications|whatsapps)
    status am i (off|out of|removed from|taken off) ~1 (list|lists|mailing list|your list|the list|your mailing list|broadcast)
  `,
  es: `
    inasked (recibe|reciben|le llegan|le llega|les llegan|tiene|tienen|le mandan|le envian) ~4 (cupones|codigos|descuentos|ofertas|promos|promociones|vales|rebajas) ~5 @brk ~3 (y yo no|a mi no|y a mi no|a mi nunca|y a mi nunca|yo nunca|yo no|y yo nada|a mi nada) @eoc
    inasked (no me llegan|no me llega|no recibo|ya no recibo|no nos llegan|dejaron de llegar|dejaron de llegarme) ~5 (ofertas|promos|promociones|descuentos|cupones|novedades) ~6 @brk ~4 (las extrano|los extrano|las echo de menos|los echo de menos|se os echa de menos|se les extrana|extrano|echo de menos)
    in (me podeis|me pueden|me podrias|me podrian|podeis|pueden) (anadir|agregar|apuntar|incluir|meter|sumar) ~3 (directamente|tambien|a la lista|al grupo|a mi)
    inasked (echo de menos|extrano) ~2 (vuestras|sus|tus|las|los) ~1 (ofertas|promos|promociones|descuentos|cupones)
  `,
  pt: `
    inasked (recebe|recebem|ganha|ganham|chega|chegam) ~4 (cupons|cupom|codigos|descontos|ofertas|promos|promocoes) ~5 @brk ~3 (e eu nao|e eu nada|eu nao|pra mim nao|e pra mim nao|a mim nao|e pra mim nada) @eoc
    inasked (nao recebo|parei de receber|nao chega|nao chegam|deixei de receber|nao to recebendo|nao estou recebendo|nao vem|nao vem mais|pararam de chegar) ~5 (ofertas|oferta|promos|promo|promocoes|promocao|cupons|cupom|descontos|desconto|novidades) ~6 @brk ~4 (sinto falta|to com saudade|saudade|saudades|faz falta)
    inasked sinto falta (das|dos) (ofertas|promos|promocoes|cupons|descontos)
  `,
  fr: `
    inasked (recoit|recoivent|a|ont) ~4 (codes|codes promo|bons plans|promos|reductions|bons de reduction|coupons|offres) ~5 @brk ~3 (et moi jamais|et moi rien|et moi non|et moi pas|moi jamais|moi rien|pas moi|mais pas moi) @eoc
    inasked (recois plus|m arrivent plus|arrivent plus|recois rien|recois plus rien) ~6 @brk ~4 (me manque|me manquent|ca me manque)
    inasked (vos|les) ~1 (offres|promos|bons plans|newsletters|codes|reductions) ~2 me (manque|manquent)
    in (etre|mettez moi|mets moi|ajoutez moi|rajoutez moi|gardez moi) ~1 dans la boucle
  `,
  it: `
    inasked (riceve|ricevono|arrivano|arriva|ha|hanno) ~4 (coupon|codici|sconti|offerte|promo|promozioni|buoni) ~5 @brk ~3 (e io no|a me no|a me mai|e a me no|io mai|io no|e a me niente|a me niente) @eoc
    inasked (non mi arrivano|non ricevo|non mi arriva|non arrivano|non mi mandate) ~5 @brk ~4 (mi mancano|mi manca|un po mi mancano)
    inasked (le vostre|vostre) ~1 (offerte|promo|promozioni|sconti) mi (mancano|manca)
  `,
  de: `
    inasked (bekommt|kriegt|erhalt|bekommen|kriegen) ~4 (gutscheine|rabattcodes|angebote|aktionen|rabatte|coupons|deals) ~5 @brk ~3 (ich nicht|ich nie|ich aber nicht|und ich nicht|und ich nie|mir nicht|ich gar nicht|ich nix) @eoc
    inasked (kommen|kommt|bekomme|kriege|krieg|erhalte) ~6 (nicht mehr|nix mehr|nichts mehr|gar nix mehr|gar nichts mehr|keine angebote mehr|keine aktionen mehr|keine gutscheine mehr|keine rabatte mehr|gar keine aktionen mehr|gar keine angebote mehr) ~6 @brk ~4 (vermisse|schade|ich mochte die|fehlen mir|fehlt mir)
    inasked (vermisse|ich vermisse) ~2 (eure|ihre|die) (angebote|aktionen|gutscheine|rabatte|deals)
  `,
  nl: `
    inasked (krijgt|krijgen|ontvangt|ontvangen) ~4 (kortingscodes|acties|aanbiedingen|kortingen|bonnen|coupons|deals) ~4 @brk ~3 (en ik niet|ik niet|ik nooit|maar ik niet|ik niks|en ik nooit) @eoc
    inasked (kortingscodes|acties|aanbiedingen|kortingen|bonnen|coupons|deals) ~2 (krijgt|krijgen|ontvangt) ~2 @brk ~3 (en ik niet|ik niet|ik nooit|maar ik niet|ik niks|en ik nooit) @eoc
    inasked (krijg|ontvang|komen|komt) ~6 (geen aanbiedingen meer|geen acties meer|geen kortingen meer|geen deals meer|niet meer|niks meer|niets meer|niet meer binnen) ~6 @brk ~4 (mis ze|mis ik|ik mis|jammer|mis die)
    help wat (zijn|is) dit ~2 voor (berichten|appjes|smsjes|sms jes|meldingen|reclame)
  `,
  pl: `
    inasked (dostaje|dostaja|otrzymuje|otrzymuja|ma|maja) ~4 (kupony|kody rabatowe|kody promocyjne|promocje|promki|rabaty|oferty|znizki) ~4 @brk ~3 (a ja nie|ja nie|a ja nic|a ja nigdy|ja nic|a mi nie|a do mnie nie) @eoc
    inasked (nie dostaje|przestaly|nie przychodza|nie przychodzi|nie otrzymuje) ~6 @brk ~4 (brakuje|tesknie|szkoda)
  `,
  ru: `
    inasked (получает|получают|приходят|приходит|шлете|присылаете|отправляете) ~4 (промокоды|скидки|акции|купоны|предложения|рассылки|бонусы) ~4 @brk ~3 (а мне нет|а мне ни разу|а мне никогда|а мне ничего|а я нет|а я никогда|мне нет) @eoc
    inasked (не получаю|перестали приходить|не приходят|перестали присылать|ничего не приходит) ~6 @brk ~4 (скучаю|не хватает|жаль|соскучилась|соскучился)
  `,
  uk: `
    inasked (отримує|отримують|приходять|приходить|надсилаєте|шлете) ~4 (промокоди|знижки|акції|купони|пропозиції|бонуси) ~4 @brk ~3 (а мені ні|а мені нема|а мені ніколи|а мені нічого|а я ні|а я ніколи|мені ні) @eoc
    inasked (не отримую|перестали приходити|не приходять|нічого не приходить) ~6 @brk ~4 (сумую|бракує|шкода|скучаю)
  `,
  tr: `
    inasked (kod*|indirim*|kampanya*|kupon*|firsat*) ~2 (geliyor|aliyor|aliyorlar|ulasiyor) ~3 @brk ~3 (bana|ben) ~2 (gelmiyor|almiyorum|yok|gelmiyo) @eoc
    inasked (kampanya*|indirim*|firsat*|kupon*|mesajlariniz) ~2 (gelmiyor|gelmez oldu|kesildi|gelmiyor artik) ~4 @brk ~4 (ozledim|eksikligini|ozluyorum)
  `,
  ar: `
    inasked (بتوصلها|توصلها|تجيه|يجيه|تجيها|يوصله|توصله|يستلم|تستلم|يحصل|تحصل|يوصلها|توصله|بيوصله) ~3 (كوبونات|الخصومات|خصومات|العروض|عروضكم|كوبون|الكوبونات|الخصم) ~4 @brk ~3 (وانا لا|وانا ما|وانا لأ|انا لا|وانا لاء) ?(يجيني|يوصلني|توصلني|تجيني) ?شي @eoc
    inasked (ما عادت|ما عاد|ما وصلني|ماوصلني|ما بيوصلني|ما توصلني|مش بيوصلني|انقطعت|ما يوصلني) ~5 @brk ~4 (اشتقت|وحشتني|وحشني|مشتاق|مشتاقة|افتقد)
  `,
  hi: `
    inasked (ko|को) ~3 (coupons|coupon|offers|offer|discount|ऑफर्स|ऑफर|कूपन|डिस्काउंट) ~2 (aate|milte|आते|मिलते|milta|aata|आता|मिलता) ~2 ?(hain|hai|हैं|है) ~3 @brk ~2 (mujhe|मुझे) ~2 (kyun|kyu|क्यों|nahi|नहीं) ?(milte|aate|milta|aata|मिलते|आते|मिलता|आता) @eoc
    inasked (nahi aa rahe|nahi aate|aane band|नहीं आ रहे|आने बंद|nahi aaye|नहीं आते) ~5 @brk ~4 (miss|याद|yaad)
  `,
  ur: `
    inasked (ko|کو) ~3 (coupons|coupon|offers|offer|discount|آفرز|آفر|کوپن|ڈسکاؤنٹ) ~2 (aate|milte|آتے|ملتے|milta|aata) ~2 ?(hain|hai|ہیں|ہے) ~3 @brk ~2 (mujhe|مجھے) ~2 (kyun|kyu|کیوں|nahi|نہیں) ?(milte|aate|ملتے|آتے) @eoc
    inasked (nahi aa rahe|nahi aate|aana band|نہیں آ رہے|آنا بند|nahi aaye|band ho gayi|band ho gaye) ~5 @brk ~4 (miss|یاد|yaad|کمی)
  `,
  bn: `
    inasked (অফার|কুপন|ডিসকাউন্ট|offer|coupon|discount) ~3 (পায়|পাচ্ছে|পান|pay|pai|paye) ~3 @brk ~2 (আমি|ami|amake|আমাকে) ~2 (কেন|keno) ~2 (পাই না|pai na|পাইনা|paina|না|na) @eoc
    inasked (আসা বন্ধ|পাচ্ছি না|asha bondho|pacchi na|ashe na|আসে না) ~5 @brk ~4 (মিস|miss)
  `,
  id: `
    inasked (dapat|dapet|terima|nerima|menerima|dikirimin) ~4 (voucher|kode promo|kode diskon|promo|diskon|kupon|potongan) ~5 @brk ~3 (saya nggak|saya ngga|saya gak|saya ga|saya tidak|saya enggak|aku nggak|aku gak|aku ga|aku tidak|saya kok nggak|saya kok gak|saya kok ga|saya kok tidak|gue nggak|gw ga) ?(pernah|dapat|dapet) ?(dapat|dapet) @eoc
    inasked (promo|promonya|diskon|voucher) ~3 (nggak masuk|gak masuk|ga masuk|tidak masuk|nggak pernah|gak pernah|ga pernah|udah nggak|udah gak|nggak ada lagi|ga ada lagi|gak ada lagi) ~6 @brk ~4 (kangen|rindu)
    inasked (nggak pernah|gak pernah|ga pernah|tidak pernah) (dapat|dapet) (promo|voucher|diskon) ~4 @brk ~4 (kangen|rindu)
  `,
  ms: `
    inasked (dapat|terima|menerima) ~4 (baucar|voucher|kod promo|kod diskaun|promo|promosi|tawaran|diskaun) ~5 @brk ~3 (saya tak|saya tidak|aku tak|sy tak|saya x) ?(pernah|dapat|pun) ?(dapat|pun) ?pun @eoc
    inasked (tak dapat|tak masuk|dah tak masuk|tak terima|x dapat) ~6 @brk ~4 rindu
    inasked (promo|promosi|tawaran|baucar) ~2 (korang|anda|kalian) ~2 (dah tak|tak) ~1 (masuk|sampai|datang) ~4 @brk ~4 rindu
  `,
  tl: `
    inasked (nakakatanggap|natatanggap|may|meron|nakakakuha|nakukuha) ~4 (voucher|vouchers|promo codes|promo|discount|discounts|codes) ~5 @brk ~3 (ako wala|ako hindi|sa akin wala|ako di|ako walang) @eoc
    inasked (walang natatanggap|hindi na dumadating|di na dumadating|wala nang dumadating|wala na akong natatanggap|hindi ko na natatanggap) ~6 @brk ~4 (nakakamiss|miss ko na|namimiss|miss ko)
  `,
  vi: `
    inasked (nhan duoc|co|duoc) ~4 (ma giam gia|ma khuyen mai|khuyen mai|uu dai|voucher) ~6 @brk ~3 (minh thi khong|con minh thi khong|ma minh thi khong|toi thi khong|minh khong|em thi khong|em khong|ma minh khong) @eoc
    inasked (khong thay|khong nhan duoc|khong con nhan|chang thay|khong con thay) ~6 @brk ~4 (nho|tiec)
    status (da|nhan|bao|gui) ~1 (huy|stop|tu choi) ~1 roi ~3 @brk ~2 (xong chua|duoc chua|roi chua|chua)
  `,
  th: `
    inasked ได้ ~3 (โค้ด|โปร|คูปอง|ส่วนลด) ~12 @brk ~4 แต่ ~1 (เรา|ผม|ฉัน|หนู|ดิฉัน) ~1 ไม่ได้
    inasked ได้ ~3 (โค้ด|โปร|คูปอง|ส่วนลด) ~14 @brk ~2 ทำไม ~1 (เรา|ผม|ฉัน|หนู|ดิฉัน) ~1 ไม่ได้
    inasked (ไม่ได้รับ|ไม่เห็น|ไม่มี) ~8 (โปร|โปรโมชั่น|ข้อเสนอ|ส่วนลด) ~14 @brk ~6 (คิดถึง|เสียดาย)
  `,
  zh: `
    inasked (收到|能收到|有|拿到|领到|能领到) ~4 (优惠券|优惠|券|折扣|活动|促销|红包) ~8 @brk ~4 (我|我却|我怎么|我就|我咋) ~3 (没有|收不到|没收到|没)
    inasked (好久没收到|很久没收到|没收到|收不到|不发|没发) ~8 @brk ~6 (想念|怀念|挺想|想你们|有点想)
    help (这|这些) ~4 什么 ~2 (消息|信息|短信)
  `,
  ja: `
    inasked に ~6 (クーポン|セール|お知らせ|割引|キャンペーン) ~8 (来る|届く|来てる|届いてる) ~4 @brk ~6 (私には|私に|自分には) ~6 (来ない|届かない|来ません|届きません)
    inasked (来なく|届かなく|来ない|届かない) ~8 @brk ~6 (寂しい|さみしい|残念|また欲しい)
  `,
  sw: `
    inasked (anapata|wanapata|anapokea|hupata|anayepata|wanapokea) ~3 (vocha|kuponi|ofa|punguzo|matangazo) ~4 @brk ~3 (na mimi sipati|mimi sipati|mimi sijawahi|mimi hapana|mimi sipokei) @eoc
    inasked (sipati|zimeacha|hazinifikii|haziji|sijapata) ~5 @brk ~4 (nazimiss|namiss|nazikumbuka|nimezimiss)
  `,
};

export function round13aRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
