/**
 * Round 16b of issue 18, from batches 42-44 (help, status and opt-in read wrong). General
 * language knowledge, to be reviewed by native speakers:
 * - "I want to be on your list" ("quiero estar en la lista", "хочу бути у вашому списку", "ich will
 *   auf eure Liste"): an opt-in. Said after "tell me when the cakes are on offer" it was read as
 *   a likely stop by the model, alone as nothing.
 * - "Put me on the list" where the lexicons lacked it: German "nehmt mich in die Liste auf" (the
 *   separable "auf" at the end, as round 15f's "in die Liste aufnehmen"), a bare Japanese
 *   "追加お願いします" (add me please) as the whole reply. In Spanish, French and Italian the list
 *   ends the clause or names the offers: "mettez-moi sur la liste noire" (the blacklist) is none.
 * - "You can send the offers again", "send them to me again", "I still want your discount
 *   messages" ("можете знову надсилати акції", "还是想收你们的折扣消息，再给我发吧"): an opt-in;
 *   after "the order got sorted, thanks" the model read a likely stop. A negator before them
 *   ("别再给我发", "не надсилайте знову") cancels the opt-in as any `in` rule.
 * - Swahili "inawezekana kuniondoa" (is it possible to remove me?), "mnaweza kunitoa": a request
 *   (asking.ts reads the other languages' "can you / is it possible" forms as requests).
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (want|wanna|would like|d like) to (be|stay|get) (on|in) ~2 (list|mailing list|broadcast|broadcast list|offers list)
    in (still want|still like) ~2 (offers|deals|promos|discount messages|discounts|sale messages)
    in (send|text) (them|it|those|these) ~1 (again|to me again)
  `,
  es: `
    in (ponganme|pongame|ponme|apuntenme|apuntame|agreguenme|agregame|anadanme|metanme) ~2 (en|a) ~2 (lista|listado) (@eoc|por favor|porfa|de ofertas|de promociones|de difusion)
    in (quiero|quisiera|queremos|me gustaria) (estar|seguir|quedarme|entrar) en ~2 (lista|listado|difusion|lista de difusion)
    in (pueden|podeis|puedes) ~2 (volver a mandar*|volver a enviar*|mandarme otra vez|enviarme otra vez|mandarme de nuevo|enviarme de nuevo)
  `,
  pt: `
    in (quero|queria|gostaria de) (estar|ficar|continuar|entrar) na ~2 lista
  `,
  fr: `
    in (mettez moi|mets moi|ajoutez moi|inscrivez moi|rajoutez moi|remettez moi) ~2 (sur|dans|a) ~2 liste (@eoc|svp|s il vous plait|merci|de diffusion|des promos|des offres|d envoi)
    in (veux|voudrais|souhaite|aimerais) (etre|rester) (sur|dans) ~2 liste
    in (de nouveau|a nouveau) ~2 (m envoyer|envoyer|me renvoyer|renvoyer) ~2 (promos|offres|messages|bons plans)
    in (pouvez|pourrez) ~1 (me renvoyer|renvoyer) ~2 (promos|offres|bons plans)
  `,
  de: `
    in (will|mochte|wurde gern|wurde gerne|waere gern|ware gern) ~2 (auf|in) ~2 (liste|verteiler|newsletter)
    in (nehmt|nehmen sie|nimm) mich ~3 (liste|verteiler|newsletter) auf
  `,
  it: `
    in (mettetemi|mettimi|aggiungetemi|aggiungimi|iscrivetemi|inseritemi|rimettetemi) ~3 lista (@eoc|per favore|grazie|delle offerte|delle promozioni|broadcast)
    in (voglio|vorrei) (essere|stare|restare|rimanere|entrare) (nella|in) ~2 lista
    in (potete|potreste) ~1 (rimandarmi|tornare a mandarmi|ricominciare a mandarmi|mandarmi di nuovo|inviarmi di nuovo)
  `,
  nl: `
    in (mogen|kunnen|kun|mag) ~2 (aanbiedingen|acties|nieuwsbrief|promoties|kortingen) ~2 (weer|opnieuw) ~1 (sturen|versturen|toesturen)
    in (wil|wil graag|zou graag|wil heel graag) ~2 op ~2 (lijst|mailinglijst|verzendlijst)
  `,
  pl: `
    in (chce|chcialbym|chcialabym) (byc|zostac) na ~2 liscie
    in (mozecie|mozna) ~1 (znowu|znow|ponownie) ~1 (wysylac|przysylac|slac)
  `,
  ru: `
    in (хочу|хотел бы|хотела бы) (быть|остаться|состоять) в ~2 (списке|рассылке)
    out не (хочу|хотел бы|хотела бы) (быть|оставаться|состоять) в ~2 (списке|рассылке)
    in (можете|можно) ~1 (снова|опять|дальше) (присылать|отправлять|слать|высылать)
  `,
  uk: `
    in (хочу|хотів би|хотіла б) (бути|залишитися) (у|в) ~2 (списку|розсилці)
    out не (хочу|хотів би|хотіла б) (бути|залишатися) (у|в) ~2 (списку|розсилці)
    in (можете|можна) ~1 (знову|знов|далі) (надсилати|присилати|відправляти|слати)
  `,
  tr: `
    in (listenize|listeye) (eklenmek|katilmak|girmek) (istiyorum|isterim)
  `,
  id: `
    in (mau|pengen|ingin) (masuk|gabung|ikut) ~2 (list|daftar|grup|broadcast)
  `,
  ms: `
    in (nak|mahu|ingin) (masuk|join|sertai) ~2 (senarai|list|group|grup)
  `,
  vi: `
    in gui ~1 (khuyen mai|uu dai|km|deal|chuong trinh) ~1 lai cho (minh|toi|em|tui)
    in muon ~3 (trong danh sach|vao danh sach)
  `,
  tl: `
    in (gusto ko|gusto kong) ~2 (mapasama|maisama|makasama|sumali) ~2 (listahan|list)
  `,
  sw: `
    in (mnaweza|mwaweza|unaweza) kunitumia ~1 (ofa|matangazo|punguzo|promo|ujumbe) ~1 tena
    in nataka (kuwa|kubaki) (kwenye|katika) ~1 orodha
    out (inawezekana|mnaweza|unaweza) ~2 (kuniondoa|kunitoa)
  `,
  hi: `
    in (mujhe|muje) ~2 (list|लिस्ट) (mein|me|में) (daal do|dal do|add kar do|add karo|rakho|rehna hai|rahna hai|jod do)
    in (offers|offer|ऑफर) ~2 (phir se|fir se|dobara) ~1 (bhej|bhejo|bhejna|bhejiye|bhej do)
  `,
  ur: `
    in (آفرز|آفر|offers) ~2 (دوبارہ|پھر سے) ~1 (بھیج|بھیجیں|بھیجو)
  `,
  ar: `
    in (ترجعوا|رجعوا|ارجعوا) ~2 (تبعتولي|تبعتوا|ترسلوا|ابعتولي|ارسلوا) ~2 (العروض|عروض)
    in (اريد|عايز|عاوز|بدي|ابغى) ~2 (اكون|ابقى|اكون موجود) ~2 (قايم*|القايم*|ليست*|اللسته)
  `,
  bn: `
    in (amake|আমাকে) ~3 (add kore din|add koren|add koro|যোগ করুন|অ্যাড করুন|যোগ করে দিন)
    in (offer|offers|অফার) ~2 (abar|আবার) ~2 (pathate paren|pathan|pathaben|পাঠাতে পারেন|পাঠান|পাঠাবেন)
  `,
  th: `
    in เพิ่มชื่อ ~12 (ลิสต์|รายชื่อ)
    in อยากอยู่ ~6 (ลิสต์|รายชื่อ)
  `,
  zh: `
    in (还是想收|还想收|想继续收|还是想要收|还想收到)
    in 再给我发
  `,
  ja: `
    in @bos (追加|登録) (お願いします|おねがいします|お願い|してください) @eoc
  `,
};

export function round16bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
