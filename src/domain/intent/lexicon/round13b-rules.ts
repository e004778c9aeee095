/**
 * Round 13b of issue 18: opt-out classes read from the misses of batches 30 (indirect replies)
 * and 28 (an ordinary month). General language knowledge, to be reviewed by native speakers:
 * - c1, a life change makes the offers useless ("sold the car, won't be needing the car-wash
 *   offers any more", "las ofertas de pañales sobran", "moved away, the store's offers are
 *   wasted on me. No need to keep sending"): the offers named as not needed any more are a stop
 *   (`outwry`), as useless, wasted or no longer relevant a likely one (`wry`); the past moment
 *   beside it dates the move and laughter is wry ("as ofertas de fralda já eram 😂"): neither
 *   sets it aside;
 * - c4, a polite decline for the future ("je vais m'en passer dorénavant", "ik zie voortaan
 *   af van de aanbiedingen", "paso de las ofertas", "when I need something I'll call you, ok?"):
 *   likely;
 * - c5, flooded, spare me, leave me alone ("drowning in your messages", "you write more than my
 *   mother", "my phone is like a night market", "hasta el moño de tanto mensaje", "मुझे अपने
 *   ऑफर्स से बख्श दो", "better not send me your discounts, I'm saving"): likely and wry;
 *   "سيبوني في حالي", "achaneni nami" (leave me alone) explicit;
 * - c6, batch28's plain misses: donation requests and "gazetka" named as the marketing (the
 *   objects below), "proszę nie przysyłać …", Portugal's "não desejo receber comunicações
 *   publicitárias", Thai "ขอออกจากลิสต์ครับ" after "ใช้ไม่ได้" (the space between is lost: no
 *   negator there), Vietnamese "bỏ mình ra".
 * The curt "enough" (c2) and "I'm out / I pass" after irony (c3) are read in curt-close.ts, a
 * cable TV package cancelled (c7) in service-things.ts.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/** The offers and messages, by language (c1, c4, c5). */
export const EN_OFFERS =
  '(offers|offer|deals|deal|promos|promo|promotions|discounts|sales|sale texts|messages|texts|newsletters|newsletter|ads|coupons)';
export const ES_OFFERS =
  '(ofertas|oferta|promos|promo|promociones|descuentos|mensajes|publicidad|anuncios|cupones|rebajas)';
export const PT_OFFERS =
  '(ofertas|oferta|promocoes|promoções|promocao|promoção|promos|promo|descontos|mensagens|mensagem|propaganda|propagandas|cupons)';
export const FR_OFFERS =
  '(offres|offre|promos|promo|promotions|reductions|réductions|bons plans|messages|pubs|pub|publicites|publicités|soldes)';
export const DE_OFFERS =
  '(angebot*|aktion*|rabatt*|werbung|nachrichten|deals|gutschein*|newsletter*|prospekt*)';
export const IT_OFFERS =
  '(offerte|offerta|promozioni|promo|sconti|messaggi|pubblicita|pubblicità|volantini|coupon)';
export const NL_OFFERS =
  '(aanbiedingen|aanbieding|acties|actie|kortingen|reclame|berichten|appjes|deals|folders|nieuwsbrief)';
export const PL_OFFERS = '(promocj*|ofert*|rabat*|reklam*|wiadomosc*|wiadomośc*|gazet*|okazj*)';
export const RU_OFFERS = '(акци*|скидк*|скидок|предложени*|рассылк*|реклам*|сообщени*|промо)';
export const UK_OFFERS = '(акці*|знижк*|знижок|пропозиці*|розсилк*|реклам*|повідомлен*|промо)';
export const TR_OFFERS = '(kampanya*|indirim*|firsat*|fırsat*|reklam*|mesaj*|promosyon*)';
export const ID_OFFERS =
  '(promo|promonya|diskon|penawaran|iklan|info promo|chat promo|pesan promo)';
export const MS_OFFERS = '(promo|promosi|tawaran|diskaun|iklan|mesej promo)';
export const VI_OFFERS =
  '(uu dai|ưu đãi|khuyen mai|khuyến mãi|km|tin khuyen mai|tin khuyến mãi|quang cao|quảng cáo|sale|voucher)';
export const TL_OFFERS = '(promo|promos|offers|sale|deals|discount|discounts)';
export const SW_OFFERS = '(ofa|matangazo|punguzo|promosheni|jumbe|meseji)';
export const HI_OFFERS =
  '(offers|offer|deals|discount|discounts|messages|sale|ऑफर|ऑफर्स|ओफर|ओफर्स|ऑफ़र|ऑफ़र्स|डील|मैसेज)';
export const UR_OFFERS = '(offers|offer|deals|discount|messages|sale|آفرز|آفر|آفرز|ڈیلز|میسجز)';
export const BN_OFFERS = '(অফার|অফারের|অফারগুলো|অফারগুলা|ডিসকাউন্ট|মেসেজ|মেসেজের|offer|offers)';
export const AR_OFFERS =
  '(العروض|عروض|عروضكم|الخصومات|خصومات|التخفيضات|تخفيضات|الرسائل|رسائلكم|الرسايل|رسايلكم|الاعلانات|اعلاناتكم)';
export const TH_OFFERS = '(โปร|โปรโมชั่น|ส่วนลด|ดีล|ข้อความ|โฆษณา)';
export const ZH_OFFERS = '(优惠|活动|促销|广告|消息|推送|打折信息)';
export const JA_OFFERS = '(セール|キャンペーン|クーポン|お知らせ|メッセージ|広告|情報)';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    # c1: the offers no longer needed, useless, wasted
    outwry (wont|won t|will not|no longer) ~1 (be needing|need|be using|use|have any use for) ~3 ${EN_OFFERS} ~2 (any more|anymore|now|from now on)
    outwry (wont|won t|will not) (be needing|need) ~4 (offers|deals|promos|promotions|discounts|sales|newsletters)
    outwry ${EN_OFFERS} ~2 (are|is) ~1 no longer (needed|of use|any use|useful|relevant)
    wry ${EN_OFFERS} ~3 (are|is|re) ~1 (wasted on|no use to|of no use to|no good to|useless to|useless for|pointless for|irrelevant to|not relevant to|not relevant for|not much use to|superfluous for|redundant for) (me|us)
    outneg no need to (keep|continue) (sending|texting|messaging) ~3
    # c4: declined for the future
    maybeneg (give|giving) ~2 ${EN_OFFERS} a miss
    maybeneg (i ll|ill|i will|i m going to|im going to|gonna) (pass on|give) ~3 ${EN_OFFERS} ~2 (from now on|going forward|in future|in the future)
    maybeneg (from now on|going forward|in future|in the future) ~3 (i ll|ill|i will) (pass on|skip|give) ~3 ${EN_OFFERS}
    maybeneg (if|when|whenever) (i|we) (need|want|require) (anything|something|smth|stuff) @brk ?then (i ll|ill|i will|we ll|we will) ~2 (reach out|contact you|call you|text you|message you|get in touch|be in touch|give you a shout)
    # c5: flooded, spare me, more than my mother
    wry (drowning|buried|swamped|flooded|snowed under|inundated|bombarded|drowned) (in|with|by|under) ~2 (your|ur|these|all these|the|all the|all your) ~1 ${EN_OFFERS}
    wry (inbox|phone|whatsapp) ~2 (is|s) ~1 (buried|flooded|drowning|swamped|clogged) ~3 (your|ur|these) ~1 ${EN_OFFERS}
    wry spare (me|us) ~1 (the|your|these|all the|all these|any more) ~2 ${EN_OFFERS}
    wry (you|u|yall|you guys) ~2 (text|message|write|msg|ping|send|contact) ~3 (more|more often) than my ~1 (mum|mom|mother|mam|mama|sister|ex|girlfriend|boyfriend|wife|husband|gf|bf|grandma|nan|nana|mother in law)
    wry no point (sending|texting|messaging) ~2 (me|us) ~2 ${EN_OFFERS}
    maybeneg (better|best) (not|to not) (send|text|message) ~2 (me|us) ~2 ${EN_OFFERS}
  `,
  es: `
    outwry (ya no|no) (me sirven|me hacen falta|las necesito|los necesito|me interesan) ~2 (para nada|de nada)
    outwry ${ES_OFFERS} ~6 ya no (me sirven|me hacen falta|las necesito|me interesan)
    wry ${ES_OFFERS} ~6 (sobran|ya no van conmigo|no van conmigo|ya no me aplican|ya no aplican|no me sirven de nada|estan de mas|están de más|ya no tienen sentido)
    wry lo de ~2 ${ES_OFFERS} ~3 ya no va conmigo
    maybeneg (paso|pasare|pasaré|prefiero pasar) de ~2 ?(las|los|sus|vuestras|vuestros|tus) ~1 ${ES_OFFERS}
    maybeneg (me apano|me apaño|me arreglo|me las arreglo|me apañaré|me apanare|me las apano|me las apaño) sin ~2 ${ES_OFFERS}
    maybeneg (cuando|si) (necesite|necesito|me haga falta|quiera) ?algo @brk (yo|ya) (os|les|te|me) ~1 (escribo|escribire|escribiré|llamo|llamare|llamaré|aviso|contacto|pongo en contacto|comunico)
    wry (me teneis|me tenéis|me tienen|me tenes|me tenés) (frito|frita|harto|harta|loco|loca|mareado|mareada|agobiado|agobiada|hasta el moño|hasta el mono|hasta las narices|hasta la coronilla) ~4 (mensaje*|promo*|oferta*|whatsapp*|notificacion*|notificación*|publicidad)
    wry (hasta el mono|hasta el moño|hasta las narices|hasta la coronilla|hasta el gorro) ~1 de ~2 (mensaje*|promo*|oferta*|publicidad|spam|notificacion*|notificación*|whatsapp*)
    wry (ahogad*|inundad*|saturad*|bombardead*|sepultad*) (en|de|con|por) ~3 (mensaje*|promo*|oferta*|notificacion*|notificación*|publicidad)
    wry (me escriben|me escribis|me escribís|me escribes|me mandan|me mandais|me mandáis) ~2 (mas|más) ~2 que (mi|mis) (madre|mama|mamá|novio|novia|ex|suegra|abuela|hermana|pareja|marido|mujer)
    maybeneg mejor no ?(me|nos) (manden|mandes|envien|envíen|mandeis|mandéis|mandar|enviar) ~2 ${ES_OFFERS}
    wry (ahorrenme|ahórrenme|ahorradme|ahórradme|ahorrame|ahórrame) ~2 ?(las|los|sus|vuestras) ~1 ${ES_OFFERS}
  `,
  pt: `
    outneg (nao|não) (pretendo|desejo|autorizo|aceito) ~2 (receber|envio|o envio) ~2 @obj
    outneg (nao|não) (autorizo|aceito|consinto) ~2 @obj
    outwry ${PT_OFFERS} ~6 (ja nao|já não|nao|não) (me servem|me interessam mais|preciso mais|fazem falta)
    wry ${PT_OFFERS} ~6 (ja eram|já eram|nao fazem mais sentido|não fazem mais sentido|nao tem mais sentido|não têm mais sentido|sobram|perderam o sentido|nao servem mais|não servem mais)
    maybeneg (daqui pra frente|daqui para frente|de agora em diante|a partir de agora|daqui em diante) ~2 (eu passo|passo|dispenso|eu dispenso)
    maybeneg (quando|se) ?eu precisar ?(de algo|de alguma coisa|de qualquer coisa) @brk (eu chamo|eu aviso|eu procuro|eu entro em contato|eu falo com|chamo|procuro|entro em contato com|mando mensagem pra)
    wry (afogando|afogado|afogada|soterrado|soterrada|inundado|inundada|entupido|entupida|bombardeado|bombardeada|lotado|lotada) (em|nas|nos|de|com|na|no|da|das|dos|pelas|pelos) ~3 (mensage*|promo*|oferta*|propaganda*|notificac*|notificaç*|zap)
    wry (voces|vocês|vcs|vc) (mandam|enviam|escrevem|me mandam|me escrevem) ~2 mais ~2 (que|do que) ~1 (minha|meu) (mae|mãe|namorado|namorada|sogra|avo|avó|vo|vó|ex|esposa|marido|tia)
    maybeneg melhor (nao|não) ?(me|nos) (mandar|mandarem|enviar|enviarem|mandem|enviem) ~2 ${PT_OFFERS}
    wry (me poupem|me poupe|poupem me|poupe me) (de|das|dos|da|do) ~2 ${PT_OFFERS}
  `,
  fr: `
    outwry ${FR_OFFERS} ~6 ne me (servent|sert) plus
    wry ${FR_OFFERS} ~6 ne me (concernent|concerne) plus
    outneg inutile de (m ecrire|m écrire|m envoyer|me contacter|me relancer|m en envoyer|nous ecrire|nous envoyer)
    maybeneg (m en|men|je m en) (passer|passerai|passe) ~2 (dorenavant|dorénavant|desormais|désormais|a l avenir|à l avenir|a partir de maintenant|à partir de maintenant)
    maybeneg (dorenavant|dorénavant|desormais|désormais|a l avenir|à l avenir|a partir de maintenant|à partir de maintenant) ~3 (m en|men) (passer|passerai|passe)
    maybeneg (si|quand) (j ai|j aurai) besoin ?(de quelque chose|de qqch|d un truc) @brk (je vous|c est moi qui vous|moi qui vous) (contacterai|recontacterai|appellerai|ecrirai|écrirai|ferai signe|contacte|appelle|ecris|écris)
    wry (croule|croulons|submerge|submergé|submergee|submergée|noye|noyé|noyee|noyée|inonde|inondé|inondee|inondée|bombarde|bombardé|bombardee|bombardée) (sous|de|par|avec) ~3 ${FR_OFFERS}
    wry (vous m ecrivez|vous m écrivez|vous m envoyez|m ecrivez|m écrivez) ~3 plus ~3 que (ma|mon|mes) (mere|mère|maman|copine|copain|ex|belle mere|belle mère|soeur|sœur|grand mere|grand mère)
    wry (epargnez moi|épargnez moi|epargnez nous|épargnez nous|epargne moi|épargne moi) ~2 (vos|ces|les|tes) ~1 ${FR_OFFERS}
    wry (c est|ca devient|ça devient|cela devient|ca tourne au|ça tourne au|on frise le) ~2 (du harcelement|du harcèlement|harcelement|harcèlement)
  `,
  de: `
    outwry ${DE_OFFERS} ~4 (brauche ich nicht mehr|brauch ich nicht mehr|brauchen wir nicht mehr|bringen mir nichts mehr|bringen uns nichts mehr|nutzen mir nichts mehr)
    wry ${DE_OFFERS} ~4 (konnt ihr euch sparen|könnt ihr euch sparen|konnen sie sich sparen|können sie sich sparen|sind fur mich sinnlos|sind für mich sinnlos|sind fur mich uberflussig|sind für mich überflüssig)
    maybeneg (verzichte|verzichten) ~3 auf ~2 (eure|ihre|die|deine|weitere) ~1 ${DE_OFFERS}
    maybeneg (wenn|falls|sobald) ich ?(was|etwas) (brauche|benotige|benötige|brauch) @brk (melde ich mich|ruf ich an|rufe ich an|schreib ich|schreibe ich|komme ich)
    wry (ertrinke|ersaufe|versinke|ersticke|gehe unter) ~1 (in|mit|unter) ~2 (euren|ihren|deinen|den|diesen) ~1 ${DE_OFFERS}
    maybeneg (lieber|besser) ~2 keine ${DE_OFFERS} ~2 (schicken|senden|mehr)
    wry (verschont|verschonen sie|verschone) (mich|uns) ~2 (mit|vor) ~3 ${DE_OFFERS}
    wry (ihr schreibt|ihr schickt|ihr meldet euch|schreibt ihr|schickt ihr) ~3 (ofter|öfter|mehr|haufiger|häufiger) als (meine|mein) ~1 (mutter|mama|oma|freundin|freund|frau|mann|ex|schwiegermutter)
  `,
  it: `
    outwry ${IT_OFFERS} ~6 non (mi servono piu|mi servono più|mi servono|ci servono piu|ci servono più)
    wry ${IT_OFFERS} ~6 (per me sono inutili|sono inutili|sono sprecate|non fanno piu per me|non fanno più per me|non hanno piu senso|non hanno più senso)
    maybeneg (d ora in poi|da ora in poi|da adesso in poi|d ora in avanti|da ora in avanti|in futuro) ~3 (ne faccio a meno|ne faro a meno|ne farò a meno|rinuncio)
    maybeneg (ne faccio a meno|ne faro a meno|ne farò a meno|rinuncio) ~2 (delle|alle|alla|a|ai) ~2 ${IT_OFFERS}
    maybeneg (quando|se) (avro|avrò|ho|avessi) bisogno ?(di qualcosa) @brk ?io (vi scrivo|vi chiamo|vi contatto|vi faccio sapere|mi faccio vivo|mi faccio sentire|vi cerco)
    wry (affogando|affogato|affogata|annegando|sommerso|sommersa|invaso|invasa|bombardato|bombardata|sepolto|sepolta) (nei|nelle|di|da|dai|dalle|tra|sotto|con) ~3 ${IT_OFFERS}
    wry (risparmiatemi|risparmiami|risparmiateci) ~2 ${IT_OFFERS}
    wry (mi scrivete|scrivete|mi mandate|mandate|mi cercate) ~2 piu ~2 (di|che) (mia|mio) (madre|mamma|suocera|nonna|moglie|marito|fidanzata|fidanzato|ex|sorella)
  `,
  nl: `
    outwry ${NL_OFFERS} ~4 (heb ik niet meer nodig|hebben we niet meer nodig|zijn niet meer nodig)
    wry ${NL_OFFERS} ~4 (heb ik niks meer aan|heb ik niets meer aan|heb ik niks aan|zijn aan mij niet besteed|zijn niet meer aan mij besteed|zijn overbodig)
    wry (aan jullie|aan die|aan de) ~1 ${NL_OFFERS} ~3 (heb ik niks meer|heb ik niets meer)
    maybeneg (zie|zien) ~3 af van ~2 (de|jullie|uw|die|alle) ~1 ${NL_OFFERS}
    maybeneg (sla|slaan) ~2 (de|jullie|die|uw|alle) ~1 ${NL_OFFERS} ~1 over
    maybeneg nodig heb ~1 @brk ~5 (neem ik zelf contact op|neem ik wel contact op|meld ik me wel|meld ik me zelf|bel ik wel|bel ik zelf|app ik wel|app ik zelf|hoort u het wel|horen jullie het wel)
    wry (verzuip|verdrink|verzuipen|verdrinken|bedolven|overspoeld|gebombardeerd) (in|onder|met|door) ~2 (jullie|uw|je|die|al die|deze) ~1 ${NL_OFFERS}
    wry (bespaar|spaar) (me|mij|ons) ~2 ${NL_OFFERS}
    wry (jullie|u) (appen|sturen|berichten|mailen|appt|stuurt) ~3 (vaker|meer) dan (mijn|m n) (moeder|ma|schoonmoeder|oma|vriendin|vriend|ex|zus)
  `,
  pl: `
    outneg (prosze|proszę|uprzejmie prosze|uprzejmie proszę) ~1 nie (przysylac|przysyłać|wysylac|wysyłać|przesylac|przesyłać) ~3 @obj
    outwry ${PL_OFFERS} ~4 (sa mi juz niepotrzebne|są mi już niepotrzebne|sa mi niepotrzebne|są mi niepotrzebne|nie sa mi juz potrzebne|nie są mi już potrzebne|juz mi niepotrzebne|już mi niepotrzebne)
    wry ${PL_OFFERS} ~4 (na nic mi sie nie przydadza|na nic mi się nie przydadzą|sa mi juz na nic|są mi już na nic|nie maja juz sensu|nie mają już sensu)
    maybeneg (podziekuje|podziękuję) (za|za wasze) ~2 ${PL_OFFERS}
    maybeneg (jesli|jeśli|gdy|kiedy) ~1 (bede|będę) ~2 (potrzebowac|potrzebować) ~1 @brk ~2 (sama|sam) ~1 (sie odezwe|się odezwę|zadzwonie|zadzwonię|napisze|napiszę|odezwe|odezwę)
    wry (tone|tonę|toniemy|zasypany|zasypana|zawalony|zawalona|bombardowany|bombardowana|zalany|zalana) (w|pod|od) ~2 (waszych|waszymi|tych|tymi|twoich) ~1 (wiadomosci*|wiadomości*|promocj*|ofert*|reklam*|smsach|smsami|powiadomie*)
    wry (oszczedzcie|oszczędźcie|oszczedz|oszczędź) mi ~2 (promocj*|ofert*|reklam*|wiadomo*|gazet*)
    wry (piszecie|wysylacie|wysyłacie) ~3 (czesciej|częściej|wiecej|więcej) (niz|niż|od) ~1 (moja|mojej|moj|mój|mojego) (mama|mamy|matka|matki|tesciowa|teściowa|babcia|babci|dziewczyna|chlopak|chłopak|zona|żona|maz|mąż)
    wry (czesciej|częściej|wiecej|więcej) ~1 (piszecie|wysylacie|wysyłacie) ~3 (niz|niż|od) ~1 (moja|mojej|moj|mój|mojego) (mama|mamy|matka|matki|tesciowa|teściowa|babcia|babci|dziewczyna|chlopak|chłopak|zona|żona|maz|mąż)
  `,
  ru: `
    outwry ${RU_OFFERS} ~4 (мне уже не нужны|мне больше не нужны|уже не нужны|больше не нужны|нам уже не нужны)
    wry ${RU_OFFERS} ~4 (мне ни к чему|ни к чему|мне больше не актуальны|больше не актуальны|уже не актуальны|мне не актуальны|мне без надобности)
    maybeneg (обойдусь|обойдемся|обойдёмся) без ~2 ${RU_OFFERS}
    maybeneg (если|когда) ~2 (понадобится|нужно будет|надо будет|потребуется) ~1 @brk ~2 (сам|сама|сами) ~1 (напишу|позвоню|обращусь|свяжусь|напишем)
    wry (тону|утопаю|тонем|завален|завалена|засыпан|засыпана|закидали|забросали|заспамили) (в|под|от) ~2 (ваших|ваши|этих|этими|вашими) ~1 ${RU_OFFERS}
    wry (тону|утопаю|тонем) (в|от) ~2 ${RU_OFFERS}
    wry (избавьте|избавь) (меня|нас) от ~3 ${RU_OFFERS}
    maybeneg ${RU_OFFERS} ~2 лучше ~1 ?(мне|нам) не (присылать|слать|отправлять|присылайте|шлите)
    wry (пишете|присылаете|шлете|шлёте) ~2 (чаще|больше) @brk ~1 (чем|нежели) ~1 (моя|мой|мама|мать|жена|теща|тёща|бабушка|девушка|парень)
  `,
  uk: `
    outwry ${UK_OFFERS} ~4 (мені вже не потрібні|мені більше не потрібні|вже не потрібні|більше не потрібні)
    wry ${UK_OFFERS} ~4 (мені ні до чого|ні до чого|вже не актуальні|більше не актуальні|мені не актуальні)
    wry (мені|нам) ~2 (ні до чого|вже не актуальні) ~3 ${UK_OFFERS}
    maybeneg (обійдуся|обійдемося|обійдусь) без ~2 ${UK_OFFERS}
    maybeneg ${UK_OFFERS} ~2 краще ~1 ?(мені|нам) не (надсилати|присилати|слати|надсилайте)
    maybeneg (як|якщо|коли) ~3 (треба|потрібно|знадобиться) ~1 @brk ~2 (сам|сама) ~1 (напишу|зателефоную|звернуся|звернусь)
    wry (тону|потопаю|завалений|завалена|закидали|засипали) (в|у|під) ~2 (ваших|цих|вашими) ~1 ${UK_OFFERS}
    wry (пишете|надсилаєте|шлете|шлете) ~2 (частіше|більше) @brk ~1 ніж ~1 (моя|мій|мама|мати|дружина|теща|бабуся|дівчина)
  `,
  tr: `
    outwry ${TR_OFFERS} ~3 artik ~2 (lazim degil|lazım değil|gerekmiyor|gerek yok|ihtiyacim yok|ihtiyacım yok)
    wry ${TR_OFFERS} ~3 (isime yaramiyor|işime yaramıyor|isime yaramaz|işime yaramaz|bana uymuyor|benim icin anlamsiz|benim için anlamsız)
    maybeneg ${TR_OFFERS} ~2 (vazgeciyorum|vazgeçiyorum|vazgectim|vazgeçtim)
    maybeneg (ihtiyacim|ihtiyacım) olursa ~2 (ben size|ben sizi|ben) ~1 (yazarim|yazarım|ararim|ararım|ulasirim|ulaşırım|haber veririm)
    wry (mesajlariniz*|mesajlarınız*|bildirimleriniz*|kampanyalariniz*|kampanyalarınız*|reklamlariniz*|reklamlarınız*) ~2 (bogul*|boğul*|gomuldum|gömüldüm|bunaldim|bunaldım)
    wry (annemden|sevgilimden|esimden|eşimden|kayinvalidemden|kayınvalidemden|babamdan|ablamdan|kiz arkadasimdan|kız arkadaşımdan) ~2 (cok|çok|fazla|sik|sık) ~3 (yaziyorsunuz|yazıyorsunuz|atiyorsunuz|atıyorsunuz|mesaj|arıyorsunuz|ariyorsunuz)
    wry telefonum ~3 (mesaj*|bildirim*|reklam*) ~2 (isindi|ısındı|kilitlendi|dondu|doldu|patladi|patladı)
  `,
  id: `
    outwry ${ID_OFFERS} ~4 (udah nggak|udah gak|udah ga|sudah tidak|udah enggak) (butuh|perlu|kepake|kepakai|dipakai)
    wry ${ID_OFFERS} ~4 (udah nggak|udah gak|udah ga|sudah tidak|nggak|gak|tidak|udah enggak) (relevan|berguna|guna|kepake lagi|berlaku buat saya)
    maybeneg (kalau|kalo|klo|jika|kl) ~1 (butuh|perlu) ~3 ?nanti ~1 (saya|aku|gue|gw) ~1 ?yang (hubungi|kontak|chat|wa|hubungin|menghubungi)
    wry (tenggelam|kebanjiran|kelelep|kelelap|ketimbun|tertimbun|dibanjiri|dibombardir) ~4 (chat|pesan|promo|notif|notifikasi|iklan|wa) ~3 (kalian|dari kalian|kamu|anda)
    wry (chat|pesan|wa) keluarga ~2 (ketimbun|tenggelam|kelelep|tertimbun|ketutup|kalah)
    wry (hp|hape|handphone|wa|whatsapp|inbox) ~2 penuh ~3 (chat|pesan|promo|notif|iklan) ~3 (kalian|kamu|anda)
    wry (kalian|kamu|anda) ~3 lebih sering ~2 (dari|daripada) ~1 (pacar|ibu|mama|emak|mamah|istri|suami|mantan|ibuku|mamaku|pacarku|nyokap)
  `,
  ms: `
    outwry ${MS_OFFERS} ~4 (dah tak|sudah tidak|tak) (perlu|diperlukan) ~2 (lagi|dah)
    wry ${MS_OFFERS} ~4 (tak guna dah|dah tak berguna|tak berguna lagi|tak berguna|tak guna lagi|tak relevan) ~2 ?(untuk saya|bagi saya|kat saya)
    maybeneg (kalau|kalo|jika) ~1 (saya|aku) ~1 (perlu|nak|memerlukan) ~3 @brk ~3 (saya|aku) ~2 (contact|hubungi|whatsapp|mesej|call)
    wry (lemas|tenggelam|dibanjiri) ~3 (mesej|promo|notifikasi|iklan|whatsapp) ~2 (korang|kamu|anda|awak)
    wry (phone|fon|telefon|hp|handphone|inbox) ~3 macam pasar malam
    wry (berderet|berlambak|bertimbun|bersepah) ~2 (mesej|promo|notifikasi) ~3 (korang|kamu|anda|awak)
    wry (korang|kamu|awak|anda) ~3 (lagi kerap|lebih kerap|lagi banyak) ~3 (dari|daripada) ~1 (mak|emak|ibu|isteri|suami|girlfriend|awek|boyfriend|pakwe|bini)
  `,
  vi: `
    outwry ${VI_OFFERS} ~4 (khong can nua|không cần nữa|khong con can|không còn cần)
    wry ${VI_OFFERS} ~4 (khong can|không cần) ~1 (dau|đâu|a|ạ|nha|nhe|nhé|@eoc)
    wry ${VI_OFFERS} ~5 (khong su dung duoc|không sử dụng được|khong xai duoc|không xài được|vo ich|vô ích|khong con tac dung|không còn tác dụng)
    out (bo|bỏ) (minh|mình|em|toi|tôi|tui|to|tớ|so nay|số này|so minh|số mình|so em|số em|so toi|số tôi) ra ?(khoi|khỏi)
    maybeneg (khi nao|luc nao|neu|khi) ~2 can ~3 (tu|tự) ~1 (lien he|nhan|goi|inbox|ib)
    wry (ngap|chim|ngop) ~2 ?(trong|giua|vi|boi|voi) ~2 (tin nhan|tin|khuyen mai|quang cao|thong bao|uu dai)
    wry (tin nhan|tin|khuyen mai|quang cao|thong bao) ~3 (nhieu qua|nhieu) ~1 @brk ~2 (chim|ngap|ngop)
    wry (shop|ben ban|cac ban|ban) ~2 (nhan|gui|nhan tin) ~2 (nhieu hon|thuong xuyen hon|sieng hon) ~1 (nguoi yeu|me|ma|vo|chong|ny|nguoi iu)
  `,
  tl: `
    outwry hindi ko na ~1 (kailangan|kelangan) ~3 ${TL_OFFERS}
    wry hindi ko na ~1 (magagamit|magamit) ~3 ${TL_OFFERS}
    maybeneg pass na ako sa ~2 ${TL_OFFERS}
    maybeneg (kapag|pag|kung) may kailangan ~2 @brk ~2 ako na lang ~2 (mag message|magme message|magmessage|tatawag|magtext|mag text|kokontak|mag contact|magcontact)
    wry (nalulunod|lunod|nalunod|binabaha|binaha) ~5 ${TL_OFFERS}
    wry (nalulunod|lunod|nalunod|binabaha|binaha) ~5 (message|messages|text|texts|notif|chat) ~2 (niyo|nyo|ninyo)
    wry mas madalas ~4 (kaysa|kesa|keysa) ~2 (nanay|mama|jowa|asawa|ex|lola|gf|bf|nobya|nobyo|syota|mommy)
  `,
  sw: `
    outwry ${SW_OFFERS} ~4 (sizihitaji tena|sihitaji tena|hazihitajiki tena)
    wry ${SW_OFFERS} ~4 (hazinifai tena|hazinifai|hazina faida kwangu|hazinisaidii tena|hazinihusu tena)
    out (achaneni|niachane|acheni|achana) (nami|na mimi)
    maybeneg (nikihitaji|nitakapohitaji) ~3 (nitawatafuta|nitawapigia|nitawaandikia|nitawasiliana|nitawatumia)
    wry (nimezama|nazama|nimezidiwa|zimejaa|zimefurika|nimefurika) ~3 (jumbe|meseji|ujumbe|sms|ofa|matangazo) ~1 (zenu|yenu)
    wry (meseji|jumbe|sms|ofa|matangazo) zenu (zimejaa|zimefurika|zimejazana) ~2 (simu|whatsapp)
    wry (mnanitumia|mnaniandikia|mnanitext) ~3 kuliko ~1 (mama|mke|mume|mpenzi|dada|bibi)
  `,
  hi: `
    outwry ${HI_OFFERS} ~4 (ab|aur) ~2 (zarurat nahi|zaroorat nahi|nahi chahiye|जरूरत नहीं|ज़रूरत नहीं)
    wry ${HI_OFFERS} ~4 (kisi kaam ke nahi|kisi kaam ka nahi|kaam ke nahi|bekaar hain|bekar hain|किसी काम के नहीं|बेकार हैं)
    maybeneg (jab|agar) ~1 (zarurat|zaroorat|jarurat) ~2 (hogi|hui|ho) ~2 (main|mai|hum) ~1 (khud|khudi) ~3 (contact|call|message|msg|baat|sampark|rabta|raabta)
    maybeneg (जब|अगर) ~1 (ज़रूरत|जरूरत) ~2 (होगी|हो) ~2 (मैं|हम) ~1 खुद ~3 (संपर्क|कॉल|बात|मैसेज)
    wry (messages|message|offers|msgs|sms|notifications) (mein|me|se) ~1 (doob|dub|dooba|duba|bhar)
    wry (मैसेज|मेसेज|ऑफर|ऑफर्स|संदेश|संदेशों) (में|से) ~1 (डूब|डूबा|भर)
    wry (mujhe|hame|hamein|मुझे|हमें) ~4 (bakhsh|baksh|bakhs|बख्श|बख़्श) (do|dijiye|dein|दो|दीजिए|दें)
    wry (bakhsh|baksh|bakhs|बख्श|बख़्श) (do|dijiye|dein|दो|दीजिए|दें) ~3 ${HI_OFFERS}
    wry (chain|chaiin|sukoon|sukun|चैन|सुकून) se (rehne|jeene|रहने|जीने) (do|dein|dijiye|दो|दें|दीजिए)
    wry (haath|hath|jeb|हाथ|जेब) ~1 (tang|khali|खाली|तंग) ~4 @brk ~8 @brk ~2 (mat|na|मत|ना) (bhejo|bhejiye|bhejein|bhejna|bheje|भेजो|भेजिए|भेजें)
    wry ${HI_OFFERS} ~2 (bhej|bhejke|bhej ke|bhejne|भेज|भेजके|भेज के) ~2 (kya fayda|kya faida|koi fayda nahi|bekaar|क्या फायदा|कोई फायदा नहीं)
  `,
  ur: `
    outwry ${UR_OFFERS} ~4 (ab|aur) ~2 (zaroorat nahi|zarurat nahi|nahi chahiye|ضرورت نہیں|نہیں چاہیے)
    wry ${UR_OFFERS} ~4 (kisi kaam ki nahi|kisi kaam ke nahi|kaam ki nahi|bekaar hain|کسی کام کی نہیں|کسی کام کے نہیں)
    maybeneg (jab|agar) ~1 (zaroorat|zarurat) ~2 (hogi|hui|ho) ~2 (main|mai|hum) ~1 (khud|khudi) ~3 (contact|call|message|rabta|raabta|baat)
    maybeneg (جب|اگر) ~1 ضرورت ~2 (ہوگی|ہو) ~2 (میں|ہم) ~1 خود ~3 (رابطہ|کال|بات)
    wry (messages|message|offers|msgs|sms|میسجز|میسج|پیغامات) ki (barish|baarish|بارش)
    wry (offers|messages|آفرز|میسجز) se ~1 (maaf|maf|معاف) ~1 ?hi (rakhein|rakhen|rakho|rakhiye|رکھیں|رکھو)
    wry (mujhe|hamein|مجھے|ہمیں) ~4 (maaf|maf|معاف) ~1 ?hi (rakhein|rakhen|rakho|rakhiye|رکھیں|رکھو)
    wry (sukoon|sukun|chain|سکون|چین) se (rehne|jeene|رہنے|جینے) (dein|do|dijiye|دیں|دو)
  `,
  bn: `
    outwry ${BN_OFFERS} ~2 আর (দরকার নেই|লাগবে না|প্রয়োজন নেই)
    wry ${BN_OFFERS} দিয়ে আর (কী|কি) করব
    wry ${BN_OFFERS} ~2 (পাঠিয়ে|দিয়ে) ~1 লাভ নেই
    maybeneg ${BN_OFFERS} ~2 না (পাঠালেই|পাঠালে) ~1 ভালো
    maybeneg (দরকার|প্রয়োজন) (হলে|পড়লে) ~2 (আমিই|আমি নিজেই|আমি) ~1 (যোগাযোগ করব|যোগাযোগ করবো|ফোন করব|জানাব|জানাবো|মেসেজ দিব|মেসেজ দেব)
    wry ${BN_OFFERS} ~2 (বন্যায়|বন্যা|ডুবে|ভেসে)
    wry (মেসেজে|মেসেজের|অফারে|অফারের) ~1 (ডুবে|ভেসে)
    wry (রেহাই|রেহায়|নিস্তার) (দেন|দিন|দাও|চাই)
    wry শান্তিতে থাকতে (দিন|দেন|দাও)
  `,
  ar: `
    outwry ${AR_OFFERS} ~3 (ما عادت تلزمني|ما عاد تلزمني|ما عادت تهمني|مبقتش تلزمني|مبقاش ليها لازمه|مش محتاجها|ما احتاجها|ما عدت احتاجها)
    wry ${AR_OFFERS} ~3 (ما تفيدني|مش بتفيدني|ملهاش لازمه|مالها داعي|ما لها داعي)
    maybeneg (لما|لو|اذا|وقت ما) ~1 (احتاج|احتجت|عزت|اعوز|بدي) ~3 (هكلمكم|بكلمكم|هتصل|حتصل|راح اتواصل|بتواصل|هتواصل|اكلمكم|بتصل|باتصل)
    out (سيبوني|سيبني|خلوني|خليني|اتركوني|اتركني|دعوني) (في حالي|ف حالي|بحالي|لحالي|في حالى)
    wry (غرقت|غرقانه|غرقان|غرقتوني|غرقتونا|اغرقتوني) ~2 ${AR_OFFERS}
    wry (غرقت|غرقانه|غرقان|غرقتوني|غرقتونا|اغرقتوني) ~2 (رسايل|رسائل|مسجات)
    wry (ارحموني|ارحمونا|ريحوني|ريحونا) ~2 (من|بلا) ~2 ${AR_OFFERS}
  `,
  th: `
    outneg ขอ ~2 ออกจาก ~2 (ลิสต์|รายชื่อ|กลุ่ม|ลิส|list)
    outwry ${TH_OFFERS} ~8 ไม่จำเป็น ~12 (แล้ว|อีกแล้ว)
    wry ${TH_OFFERS} ~12 (ไม่ได้ใช้แล้ว|ไม่มีประโยชน์|ไม่มีประโยชน์แล้ว)
    maybeneg (ถ้า|หาก) ~10 (ต้องการ|อยากได้) ~12 (ติดต่อไปเอง|ทักไปเอง|โทรไปเอง|ติดต่อเอง|ทักเอง)
    wry (จม|ท่วม) ~8 (ข้อความ|แชท|โปร|โฆษณา|แจ้งเตือน)
    wry (ข้อความ|แชท) ~12 จม
    wry (ทัก|ส่ง|แชท) ~4 บ่อยกว่า ~4 (แม่|แฟน|ผัว|เมีย|สามี|ภรรยา|ยาย|พ่อ)
    maybeneg ขอไม่รับ ~2 (ข้อความ|โปร|โฆษณา|ข่าวสาร)
    maybeneg ขอไม่รับ ?(แล้ว) ?(นะ) ?(คะ|ค่ะ|ครับ) @eoc
    maybe ปล่อย ~2 (ฉัน|ผม|หนู|เรา) ~2 (ไปเถอะ|ไป)
  `,
  zh: `
    outwry ${ZH_OFFERS} ~4 (不需要了|用不上了|用不着了)
    wry ${ZH_OFFERS} ~4 (对我没用了|对我没用|没用了|没意义了)
    maybeneg (需要的时候|有需要|需要时|要的时候|有需要的话) ~4 (我会|我再|我自己|我) ~2 (联系你们|联系|找你们|找你)
    wry (被|让) ~6 (消息|信息|短信|广告|推送|优惠) ~4 (淹没|淹死|刷屏|轰炸|塞满|占满)
    wry ${ZH_OFFERS} ~8 @brk ~2 (饶了我|饶过我)
    wry (饶了我|饶过我) ~4 @brk ~4 (别再|别|不要) ~2 (发|推|推送)
    wry (你们|你) ~4 (发|发得|发的|找我|联系我) ~4 比 ~3 (我妈|我老婆|我老公|我女朋友|我男朋友|我对象|我奶奶|我前任) ~3 (还|都)
    wry 比闹钟还 (准|准时|勤)
  `,
  ja: `
    outwry ${JA_OFFERS} ~6 (もう必要ありません|もう必要ない|もういりません|もう要りません|必要なくなりました)
    maybeneg (必要な時|必要なとき|必要になったら|用がある時|用があれば) ~6 (こちらから|私から|自分から) ~4 (連絡|ご連絡)
    wry ${JA_OFFERS} ~4 (埋もれ|溺れ|埋め尽くさ|あふれ|溢れ)
    wry (母|親|彼女|彼氏|妻|夫) より ~6 (連絡|メッセージ|送って|届き|来ます|多い)
  `,
};

export function round13bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/**
 * Stop words in another sense: Swahili "niacheni" (leave me) to think first ("niacheni
 * nifikirie, nitawajulisha kuhusu oda"); English "keep sending" (an opt-in) in "no need to keep
 * sending" (the rule above spells it out and reads it as a stop).
 */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `
    no need to (keep|continue) (sending|texting|messaging)
  `,
  sw: `
    (niacheni|niache|niachie) (nifikirie|nifikiri|niwaze|niamue|nijipange|niangalie)
  `,
};

export function round13bTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}

/**
 * Marketing named by its kind (c6): a charity's donation requests and appeals, a store's
 * promotional flyer ("gazetka"), Portugal's "comunicações publicitárias". Every stop phrase
 * that takes the lexicon's objects takes them too ("proszę nie przysyłać gazetek").
 */
const OBJECTS: Partial<Record<Lang, string>> = {
  en: 'donation requests, donation appeals, fundraising messages, fundraising appeals, appeals for donations, flyers, leaflets',
  es: 'solicitudes de donativos, solicitudes de donacion, solicitudes de donación, pedidos de donacion, pedidos de donación, peticiones de donativos, folletos, folleto',
  pt: `pedidos de doacao, pedidos de doação, pedido de doacao, pedido de doação, pedidos de contribuicao,
    pedidos de contribuição, pedido de contribuição, pedidos de doacoes, pedidos de doações, folheto,
    folhetos, encarte, encartes, comunicacoes publicitarias, comunicações publicitárias,
    comunicacoes de marketing, comunicações de marketing, comunicacoes comerciais,
    comunicações comerciais`,
  fr: 'appels aux dons, appels au don, appel aux dons, demandes de dons, sollicitations de dons, prospectus',
  de: 'spendenaufrufe, spendenaufruf, spendenanfragen, spendenbitten, spendenbriefe, prospekt, prospekte, handzettel, flyer',
  it: 'richieste di donazione, richieste di donazioni, appelli per donazioni, volantino, volantini',
  nl: 'donatieverzoeken, donatieverzoek, verzoeken om donaties, folder, folders',
  pl: `gazetka, gazetki, gazetek, gazetke, gazetkę, gazetkami, gazetka promocyjna, gazetki promocyjnej,
    gazetki promocyjne, prosby o datki, prośby o datki, prosb o datki, próśb o datki, prosb o darowizny,
    próśb o darowizny, apele o wplaty, apele o wpłaty, apeli o wplaty, apeli o wpłaty, ulotki, ulotek`,
  ru: 'просьбы о пожертвованиях, просьб о пожертвованиях, просьбы о пожертвовании, буклеты, листовки',
  uk: 'прохання про пожертви, прохань про пожертви, листівки',
  tr: 'bagis talebi, bağış talebi, bagis talepleri, bağış talepleri, bagis mesajlari, bağış mesajları, brosur, broşür',
  id: 'permintaan donasi, ajakan donasi, brosur',
  ms: 'permintaan derma, rayuan derma, risalah',
  vi: 'loi keu goi quyen gop, lời kêu gọi quyên góp, to roi, tờ rơi',
  tl: 'hingi ng donasyon, paghingi ng donasyon, flyers',
  sw: 'maombi ya michango, maombi ya mchango, vipeperushi',
  hi: 'daan ki appeal, chande ki appeal, दान की अपील',
  ur: 'chande ki appeal, عطیات کی اپیل',
  bn: 'দানের অনুরোধ, অনুদানের অনুরোধ',
  ar: 'طلبات التبرع, طلبات التبرعات, نشرات العروض',
  th: 'ขอรับบริจาค, ใบปลิว',
  zh: '募捐信息, 捐款请求, 传单',
  ja: '寄付のお願い, チラシ',
};

export function round13bObjects(lang: Lang): string[] {
  return words(OBJECTS[lang] ?? '');
}

/**
 * The same objects in all languages, one list: they name the marketing wherever a reader asks
 * whether it is named (not-marketing.ts `MARKETING`): "pedidos de doação" are no order.
 */
export const ROUND13B_OBJECTS: string = Object.values(OBJECTS).join(', ');
