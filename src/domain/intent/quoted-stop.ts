/**
 * Someone else's stop, quoted (round 8b): "meine Frau sagt immer "hör auf mit den
 * Nachrichten", aber ich finde eure Angebote super", "my husband keeps saying "tell them to
 * stop" but I love your deals". A stop said by another person, followed by "but" and the
 * customer's own liking of the marketing, is no stop of theirs. Both parts are needed: "my
 * wife says stop sending these" alone is the customer passing the request on (a stop).
 * Every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { findRun, has, runs } from './asking';
import { sentenceOf } from './bounds';
import type { Finding } from './finding';

/** Another person saying it. */
const SAYS = runs(`
  says, said, keeps saying, always says, tells me, yells, shouts, dice, dijo, siempre dice, diz,
  disse, vive dizendo, fala, dit, a dit, sagt, sagte, meint, ruft, roept, zegt, zei, ha detto,
  bilang, kata, berkata, ngomong, kehta, kehti, kehte, bolta, bolti, bolte, diyor, soyluyor,
  söylüyor, говорит, сказал, сказала, mowi, mówi, powiedzial, powiedział, noi, nói, bao, bảo,
  sabi, anasema, alisema, bole, বলে, বলছে, บอกว่า, 说, 說, 老说, って言, と言, يقول, تقول,
  بيقول, بتقول, کہتا, کہتی, कहता, कहती
`);

/** The customer's own liking of the marketing. */
const LIKES = runs(`
  love, like, enjoy, great, awesome, encantan, encanta, gustan, gusta, adoro, amo, gosto,
  adore, aime, toll, super, gern, gerne, graag, mag, leuk, piacciono, piace, suka, senang,
  pasand, achhe lagte, seviyorum, begeniyorum, beğeniyorum, нравятся, нравится, люблю, fijn,
  podobaja, podobają, lubie, lubię, thich, thích, gusto ko, napenda, ভালো লাগে, ชอบ, 喜欢,
  好き, احب, بحب, عاجبني, عاجبتني
`);

/** "But". */
const BUT = runs(`
  but, aber, pero, mas, mais, ma, tapi, lekin, magar, ama, но, а мне, maar, ale, nhung, nhưng,
  lakini, kintu, কিন্তু, แต่, 但, 但是, でも, لكن, بس
`);

/** The findings without the stops another person is quoted saying, when the customer likes them. */
export function setQuotedStopsAside(findings: Finding[], tokens: readonly string[]): Finding[] {
  const n = tokens.length;
  const said = findRun(SAYS, tokens, 0, n);
  if (said < 0) return findings;
  return findings.filter((f) => {
    if (f.intent !== 'opt_out' || f.source === 'message' || f.start <= said) return true;
    const [from] = sentenceOf(tokens, f);
    if (said < from && findRun(SAYS, tokens, from, f.start) < 0) return true;
    const but = findRun(BUT, tokens, f.end, n);
    return but < 0 || !has(LIKES, tokens, but + 1, n);
  });
}
