/**
 * Filipino / Tagalog, often mixed with English (Taglish: "paki-remove po", "na-unsubscribe
 * ko"). Hyphenated affixes split into two words ("paki remove", "i message"). STOP is the
 * SMS keyword (NTC memorandum on unsolicited messages). General language knowledge
 * otherwise; to be reviewed by a native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const tl: Lexicon = {
  lang: 'tl',
  keywords: {
    stop: words(`
      tigil, itigil, tigilan, tigil na, itigil na, tigilan nyo na ako, tigilan niyo na ako,
      stop na, stop na po, wag na mag message, huwag na mag message, ayoko na, ayaw ko na,
      paki unsubscribe, paki remove, tanggalin nyo ako, alisin nyo ako, wag nyo na ako itext,
      hinto, hinto na, ihinto, ihinto na`),
    stopWeak: words('tanggalin, alisin, paki tanggal, paki alis, cancel'),
    stopSolo: [],
    stopLikely: words(`
      hindi, di, hinde, ayoko, ayaw, wag, huwag, tama na, tama na po, sobra na, nakakainis,
      spam, hindi interesado, di interesado, block`),
    start: words(`
      simula, simulan, ituloy, ituloy nyo, subscribe ulit, mag subscribe ulit, i add ulit,
      isama ulit`),
    help: words(
      'tulong, pakitulong, info, impormasyon, sino to, sino ito, sino po ito, sino po sila',
    ),
    status: words('status, status ko'),
  },
  filler: words(`
    po, ho, pls, please, paki, pakiusap, salamat, salamat po, maraming salamat, thank you,
    thanks, ty, na, nga, naman, lang, muna, ngayon, agad, ok, okay, sige, oo, opo, hello, hi,
    good day, good morning, good afternoon, magandang umaga, magandang hapon, sir, maam,
    ma am, admin, kuya, ate, pa, ba, eh, kasi, talaga`),
  all: words('lahat, lahat ng'),
  objects: words(`
    message, messages, msg, mensahe, text, texts, sms, promo, promos, ads, patalastas,
    alok, offers, deals, notif, notification, spam, broadcast, email, tawag`),
  pronouns: words('ito, iyan, yan, yun, yon, to'),
  connectors: words(`
    ako, ko, akin, sakin, sa akin, namin, kami, number, number ko, numero, numero ko, ng, sa,
    mula, nyo, niyo, ninyo, inyo, ang, yung, si, at, rin, din, list, listahan, ulit, pa`),
  negators: words('hindi, di, wag, huwag, ayaw, ayoko, hinde'),
  classes: {
    who: words('sino'),
    stopV: words('tigil, itigil, tigilan, stop, hinto, ihinto'),
    send: words(`
      message, mag message, i message, text, mag text, i text, itext, magtext, send, mag send,
      i send, padala, magpadala, pagpadala, tawag, tumawag, spam, istorbo, istorbohin, chat`),
    me: words('ako, akong, ako ng, akin, sakin, sa akin, number ko, numero ko, kami, amin'),
    list: words(
      'list, listahan, broadcast list, broadcast, group, database, mailing list, contact list',
    ),
    kw: words('unsubscribe, mag unsubscribe, tumigil, itigil, subscribe, mag subscribe'),
  },
  traps: words(`
    (cancel|i cancel|pa cancel|paki cancel|kansela|kanselahin) ~3 (order|booking|reservation|bayad|payment)
    (hindi|di) ~2 (makatigil|tumigil|mapigilan) ~4
    (wag|huwag) ~2 (itigil|tigilan|ihinto|tapusin) ~2 (sale|promo|discount|yung sale)
  `),
  rules: rules(`
    outneg (wag|huwag) ~2 (na|nang) ~2 (@me) ~2 (@send) ~2
    outneg (wag|huwag) ~3 (@send) ~3 (ulit|na|uli|pa)
    out (@stopV) ~3 (@send|@obj|pag text|pag message|pagpapadala)
    out (tigil|itigil|tigilan|hinto|ihinto) ~5 (@send|@obj|pag text|pag message|pagpapadala)
    outneg (ayaw|ayoko) ~2 (na|nang) ~2 (makatanggap|tumanggap|ma receive|mag receive|makareceive) ~3
    out (paki|pa|i) ~2 (remove|tanggal|alis|delete|unsubscribe) ~4 (@me) ~4 (@list) ~1
    out (remove|tanggalin|alisin|i remove|i delete) ~3 (@me) ~3 (sa|from) ~3 (@list)
    out (pakitanggal|pakialis|pakiremove|pakidelete|tanggalin|alisin|tanggal|alis) ~4 (sa|from) ~2 (@list)
    outneg (ayoko|ayaw ko|ayaw namin) (na|nang) ~3 (@obj)
    out (unsub*)
    maybe (sobra|sobrang dami|ang dami|araw araw) ~2 (@obj|text|message)
    maybe (nakakainis|nakakairita|kainis|istorbo|spam|annoying)
    maybeneg (hindi|di) (interesado|interested)
    in (i add|isama|ibalik|isali|i subscribe) ~3 (ulit|uli|muli) ~3
    in (add|subscribe) ~3 (ulit|uli|muli)
    in (subscribe|mag subscribe|sumali) ~1 (ulit|uli|muli)
    in @bos ?(oo|opo|sige) (send|padala|i send|magpadala|padalhan) ~2 (nyo|niyo|mo) ~2 (po) ~2 (sakin|sa akin|ako|kami) ~2 (yung|ang|ng) ~1 (@obj)
    in (gusto|gusto ko|gusto kong) ~2 (makatanggap|tumanggap|ma receive) ~3 (@obj)
    help (paano|pano|papaano) ~4 (@kw)
    help sino ~2 (to|ito|po|sila|kayo|ka|yan) @eoc
    help (bakit|bat|ba t) ~4 (nakakatanggap|natatanggap|nakakareceive|nagtetext|nagmemessage|nagpapadala|may) ~4
    status (naka subscribe|subscribed|nasa list|kasama) ~3 (pa|parin|pa rin) ~3 (ba|po|ako)
    status (naka subscribe|subscribed|nasa listahan) ~1 pa ~2 (ba|po)
  `),
  common: words(`
    ako, ko, ka, mo, siya, kami, tayo, kayo, sila, nyo, niyo, ang, ng, sa, na, po, ba, pa,
    hindi, di, wag, yung, ito, yan, lang, naman, talaga, kasi, pero, at, din, rin, sino,
    bakit, paano, saan, ano, gusto, ayaw, salamat, opo, oo, mga, ulit, nasan, nasaan`),
  signals: {
    laugh: words(
      '(kakatawa|katatawa|tawang tawa|natatawa|nakakatawa), naiiyak ~3 (tawa|katatawa|kakatawa)',
    ),
    past: words(`
      (by mistake|aksidente|hindi sinasadya|di sinasadya|nagkamali|napindot), last (year|week|month),
      (noong|nung) (isang|nakaraang) (taon|linggo|buwan), (nakaraang|last) ~1 (taon|linggo|buwan),
      (nag|nagpa) (unsubscribe|unsub|opt out) ~1 ako`),
    still: words(`
      (pa rin|parin|padin|pa din), (sinabi|sabi|nagsabi|sinabihan) ~2 (na|ko) ~3 (stop|tigil|wag|huwag|unsubscribe)`),
    // Round 17h: "next time" declines when it closes the clause or comes with "na lang"; "sa
    // susunod na buwan" (next month) only dates a plan ("Magbubukas ako ng tindahan sa susunod na
    // buwan… Pakisali po ang number ko sa listahan").
    decline: words(
      '(hindi|di) muna, saka na lang, (hindi|di) (na|muna) ~1 (po|muna) ~2 (muna|salamat), ngayon ~1 (hindi|di), (next time|sa susunod) ?po (na lang|nalang|na lng|na lamang), (next time|sa susunod) ?po @eoc',
    ),
  },
};
