/**
 * "No hotel offers, but send me the flight deals", "keine Hotelangebote, aber Flugangebote gerne",
 * "sin ofertas de hoteles, pero las de vuelos sí" (round 11): a stop that names one kind of
 * offer while another clause asks for another kind of offer is a choice among the offers, not
 * a wish to leave the marketing: it is asked about (`likely`), never acted on at once. A stop
 * beside a service message kept ("flight updates are fine, but no hotel offers") names no second
 * offer and stays as it is.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import { clauseOf } from './bounds';
import type { Finding } from './finding';
import { OFFERS } from './not-marketing';
import { isBoundary } from './normalize';

/** Wanted: "send", "yes", "welcome", "fine", "gerne", "tell me". */
const WANTED = runs(`
  send, send me, yes, welcome, are welcome, fine, ok, okay, tell me, let me know, keep, keep sending,
  si, sí, mandame, mándame, mandenme, mándenme, envienme, envíenme, oui, envoyez, ja, gerne,
  schickt, schicken, ja bitte, sì, mandate, inviate, wel, graag, stuur, tak, wysylajcie,
  wysyłajcie, да, присылайте, пишите, так, надсилайте, evet, gonderin, gönderin, gelsin, boleh,
  kirim, kirimin, hantar, duoc, được, gui, gửi, oo, sige, padalhan, haan, bhejo, bhejiye,
  হ্যাঁ, পাঠান, نعم, ايوه, ارسلوا, ابعتوا, ได้, ส่ง, ndiyo, tumeni, nitumieni, 要, 可以, 发, 欢迎,
  ok, はい, 送って, お願い, sim, mandem, manda, pode mandar, podem mandar, ابعتولي, ارسلولي, بتانا,
  bata dena, batana, batayen, بتائیں, বলবেন, জানাবেন, let me know, notify me, avisenme, avísenme
`);

function offerClauseWanted(tokens: readonly string[], from: number, to: number): boolean {
  return has(OFFERS, tokens, from, to) && has(WANTED, tokens, from, to);
}

/** The stops whose message asks for other offers in another clause, turned into questions. */
export function askOtherOffersKept(findings: Finding[], tokens: readonly string[]): Finding[] {
  const at = findings.findIndex(
    (f) => f.intent === 'opt_out' && f.certainty === 'explicit' && f.source === 'phrase',
  );
  if (at < 0) return findings;
  const n = tokens.length;
  // Another clause, outside every stop, names an offer and wants it ("…, but the flight deals
  // yes", "…، بس ابعتولي عروض اللابتوب", "…، لیپ ٹاپ کی آفر آئے تو بتانا").
  // (Only explicit ones: Arabic "بس" is both "but" and a doubtful "enough".)
  const stops = findings.filter((f) => f.intent === 'opt_out' && f.certainty === 'explicit');
  let wanted = false;
  for (let i = 0; i < n && !wanted; i++) {
    if (i > 0 && !isBoundary(tokens[i - 1] ?? '')) continue;
    if (isBoundary(tokens[i] ?? '')) continue;
    const [from, to] = clauseOf(tokens, { start: i, end: i + 1 });
    if (stops.some((s) => s.start < to && s.end > from)) continue;
    wanted = offerClauseWanted(tokens, from, to);
  }
  if (!wanted) return findings;
  // Only stops that name an offer kind themselves: "STOP, but send the flight deals" stays.
  return findings.map((f) => {
    if (f.intent !== 'opt_out' || f.certainty !== 'explicit' || f.source !== 'phrase') return f;
    const [from, to] = clauseOf(tokens, f);
    return has(OFFERS, tokens, Math.min(from, f.start), Math.max(to, f.end))
      ? { ...f, certainty: 'likely' }
      : f;
  });
}
