/**
 * Swahili (Kenya, Tanzania, Uganda). Verbs carry their subject and object as prefixes
 * ("msinitumie": you-plural don't send me; "nitumieni": send me), so rules match stems by
 * prefix where they can. STOP is the SMS keyword (Communications Authority of Kenya,
 * TCRA). General language knowledge otherwise; to be reviewed by a native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const sw: Lexicon = {
  lang: 'sw',
  keywords: {
    stop: words(`
      acheni, sitisha, sitisheni, simamisha, ondoa, niondoe, niondoeni, jiondoa,
      nataka kujiondoa, msinitumie, msinitumie tena, usinitumie, usinitumie tena, acheni kutuma,
      acha kutuma, acheni kunitumia, sitaki ujumbe, sitaki meseji, sitaki tena, komeni, komeni kunitumia,
      komesheni, koma kunitumia, komesha ujumbe, niacheni, niache`),
    stopWeak: words('futa, ghairi, batilisha'),
    stopSolo: [],
    stopLikely: words(`
      acha, hapana, sitaki, basi, inatosha, imetosha, inaboa, mnaboa, mnakera, kero, spam,
      sina haja, sipendi`),
    start: words('anza, anzisha, jiunge, jiunge tena, nirudishe, nirudisheni, endelea, endeleeni'),
    help: words(
      'msaada, usaidizi, maelezo, taarifa, nani huyu, ni nani, nyinyi ni nani, nitajiondoaje, najiondoaje, ninajiondoaje, nitajitoaje, najitoaje, nitaondolewaje, tutajiondoaje, nitajiondoa vipi, nitajitoa vipi',
    ),
    status: words('hali, hali yangu'),
  },
  filler: words(`
    tafadhali, asante, asanteni, asante sana, habari, hujambo, salaam, salamu, jambo, mambo,
    sasa, sasa hivi, haraka, ndugu, bwana, dada, kaka, mama, sawa, ok, poa, naomba, tena`),
  all: words('zote, yote, kila kitu, wote'),
  objects: words(`
    ujumbe, meseji, mesej, sms, matangazo, tangazo, ofa, ofa zenu, punguzo, promosheni,
    jumbe, simu, barua pepe, arifa, spam`),
  pronouns: words('hizi, hii, hizo, hiyo, huu, huo'),
  connectors: words(`
    yangu, wangu, namba, namba yangu, nambari, nambari yangu, kwenye, katika, kutoka, na,
    ya, za, wa, la, orodha, orodha yenu, yenu, tena, mimi, kwa, pia`),
  negators: words('si, usi, msi, hapana, sio, bila, siwezi'),
  classes: {
    who: words('nani'),
    stopSaid: words('muache, waache, mwache, kuacha, msitume, mniondoe'),
    stopV: words('acha, acheni, sitisha, sitisheni, simamisha, simamisheni, komesha'),
    send: words(`
      kutuma, kunitumia, kunipigia, kunisumbua, kutumiwa, tuma, tumeni, nitumie, kunitumia ujumbe,
      kusumbua, kupiga simu, msinitumie, usinitumie, msitume, usitume`),
    list: words('orodha, orodha yenu, kundi, group, broadcast, hifadhidata, orodha ya matangazo'),
    remove: words('ondoa, ondoeni, niondoe, niondoeni, futa, futeni, toa, toeni'),
    kw: words('kujiondoa, jiondoa, kuacha, kujiunga, jiunge, acha'),
  },
  traps: words(`
    (kufuta|futa|ghairi|kughairi) ~2 (oda|agizo|order|booking|malipo)
    siwezi ~1 (kuacha|kuacha kununua) ~4
    (msisimamishe|msiache|msisitishe|usisimamishe) ~3
  `),
  rules: rules(`
    out (@stopV) ~2 (@send|@obj)
    outneg (msinitumie|usinitumie|msitume|usitume|msinipigie|msinisumbue|usinisumbue) ~3
    outneg (sitaki|hatutaki|sihitaji) ~3 (@obj|kupokea|kutumiwa|tena)
    out (@remove) ~3 (namba|nambari|mimi|jina) ~4 (kwenye|katika|kutoka) ~2 (@list)
    out (nataka|naomba|tafadhali) ~2 (kujiondoa|kuondolewa|kuondoa namba)
    out (jiondoa|kujiondoa|kuondolewa) ~2 (kwenye|katika|kutoka) ~2 (@list)
    maybe (kila siku|mara kwa mara|nyingi sana|sana) ~2 (@obj)
    maybe (mnaboa|inaboa|mnakera|kero|mnasumbua|usumbufu)
    in (nirudishe|nirudisheni|mnirudishe|niongeze|niongezeni|mniongeze|nirudishwe) ~4
    in (jiunga|kujiunga|jiunge|kujisajili) ~1 tena
    in @bos ?(ndio|ndiyo|sawa) (nitumieni|nitumie|tumeni|tuma) ~2 (@obj)
    in (nataka|napenda) ~2 (kupokea|kupata) ~2 (@obj)
    help (vipi|jinsi gani|namna gani|nifanyeje) ~4 (@kw)
    help (nani|ni nani) ~1 (huyu|hii|nyinyi|wewe|ninyi) @eoc
    help (wewe|nyinyi|ninyi|nyie) ni nani
    help (kwa nini|kwanini|mbona) ~4 (napokea|ninapokea|mnanitumia|mnatuma|nimepokea|napata) ~3
    status (bado|je) ~2 (niko|nipo|nimo) ~2 (kwenye|katika|orodha) ~2
  `),
  common: words(`
    na, ya, wa, kwa, ni, si, hii, hizi, yangu, yenu, mimi, wewe, nyinyi, sisi, bado, tena,
    sana, asante, tafadhali, kwa nini, nini, nani, wapi, lakini, pia, hapana, ndio, sawa,
    habari, naomba, nataka, sitaki, kwenye, hapa, leo, jana, mwaka, ziko`),
  signals: {
    laugh: words('(nimecheka|kucheka|nacheka|vicheko) ~2, mpaka basi'),
    past: words(
      '(kimakosa|kwa makosa|bahati mbaya|bila kukusudia), (mwaka|mwezi|wiki) (jana|uliopita|iliyopita)',
    ),
    still: words(
      '(bado|mbona bado) ~2 (mnatuma|mnanitumia|napokea|inakuja|zinakuja), (nishawaambia|nimeshawaambia|niliwaambia|nimesema|nimeshasema)',
    ),
    decline: words(
      'si sasa, labda baadaye, wakati mwingine, (si|sio) wakati huu, (wakati|mara) ijayo, (mara|safari) hii ~1 (hapana|si)',
    ),
  },
};
