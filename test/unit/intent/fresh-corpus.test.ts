/**
 * Fresh corpora: messages written for issue 18 by someone who had not read the lexicons,
 * scored first-read before any change (FIRST-READ-SCORES.md), then used for development.
 * They are regression data now: the figures reached on them must not drop. (Their figures
 * after development are no evidence of generalisation; only first-read scores are.)
 * `dev-issue18.jsonl` holds the development sentences written alongside the code (new
 * phrasings of the same classes, and keywords in unknown languages), same format;
 * `dev-round2.jsonl` those of the second round, one per class and language (questions
 * about opting out, coming back, subscribing, declining one offer, formal and "never
 * again" stops, whose number). `dev-round3.jsonl` holds the third round's, each pass written
 * before the fixes it led to: two passes of at least 15 per language (threats to block or
 * report, never again, requests phrased as questions, "no more ...", romanised Bengali,
 * Taglish, coming back "again", "I sent STOP, did it work?") and a pass of hard negatives
 * (the same verbs about invoices, codes, parcels and addresses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage, LANGS } from '../../../src/domain/intent';
import { parseFreshCorpus, scoreCorpus, type Ratio } from './fresh/score';

const rate = (r: Ratio): number => (r.of === 0 ? 1 : r.hit / r.of);

const read = (file: string) =>
  parseFreshCorpus(readFileSync(join(__dirname, 'corpus', file), 'utf8'));

describe.each([['fresh-batch1.jsonl'], ['fresh-batch2.jsonl'], ['fresh-batch3.jsonl']])(
  'fresh corpus %s: what it covers',
  (file) => {
    const cases = read(file);
    const score = scoreCorpus(cases, classifyMessage);

    // Ukrainian (round 9b) came after these batches were written: they cover the 22 before it.
    const written = LANGS.filter((l) => l !== 'uk');

    it('covers every language supported when it was written, with every intent', () => {
      const langs = new Set(cases.map((c) => c.lang));
      expect(written.filter((l) => !langs.has(l))).toEqual([]);
      expect(new Set(cases.map((c) => c.expect)).size).toBe(5);
    });

    it.each([...written])('%s: finds every opt-out', (lang) => {
      const s = score.byLang.get(lang);
      expect(s && rate(s.optOut)).toBe(1);
    });
  },
);

/**
 * The misses a corpus keeps, as read. Round 8 reads "don't stop sending me the deals" as an
 * opt-in; it also takes the Tagalog "don't stop the sale please!!", which batch1's writer
 * labelled none (the sale, not the messages). The writer's label stays: a first-read corpus is
 * never relabelled to fit the code.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  'fresh-batch1.jsonl': ['tl none→opt_in: wag nyo itigil yung sale pls!!'],
};

describe.each([
  ['fresh-batch1.jsonl'],
  ['fresh-batch2.jsonl'],
  ['dev-issue18.jsonl'],
  ['dev-round2.jsonl'],
  ['fresh-batch3.jsonl'],
  ['dev-round3.jsonl'],
])('corpus %s', (file) => {
  const score = scoreCorpus(read(file), classifyMessage);

  it('acts on no message that is not an opt-out, and asks about none', () => {
    const wrong = score.misses
      .filter(({ c, got }) => c.expect !== 'opt_out' && got.intent === 'opt_out')
      .map(({ c, got }) => `${c.lang} ${got.certainty}: ${c.text}`);
    expect(wrong).toEqual([]);
  });

  it('recognises every opt-in, help and status request', () => {
    const { optIn, help, status } = score.total;
    expect({ optIn: rate(optIn), help: rate(help), status: rate(status) }).toEqual({
      optIn: 1,
      help: 1,
      status: 1,
    });
  });

  it('reads every message as written (but its known misses)', () => {
    expect(
      score.misses.map(({ c, got }) => `${c.lang} ${c.expect}→${got.intent}: ${c.text}`),
    ).toEqual(KNOWN_MISSES[file] ?? []);
  });
});

/**
 * Round 4. `fresh-batch4.jsonl` (880 messages, 22 languages, by a writer who never saw the
 * code) was first read on the round-2 and round-3 code (FIRST-READ-SCORES.md) and then used
 * for development; `dev-round4.jsonl` holds the round-4 developer's sentences, each pass
 * scored before the fixes it led to (five mechanisms in every language: how-to-send
 * questions, another company's unsubscription with "yours stay", negated stops, cart errands
 * and one offer declined for another, coming back after a mistake). Counts are pinned:
 * a change that loses one message fails here.
 *
 * Round 5. `fresh-batch5.jsonl` (880 messages by another writer who never saw the code) was
 * first read on round 4 (FIRST-READ-SCORES.md) and then used for development;
 * `dev-round5.jsonl` holds the round-5 developer's sentences in four passes, each scored
 * before the fixes it led to (status questions naming the earlier unsubscription, another
 * company's unsubscription told before an unrelated question, formal withdrawals of consent,
 * erasure of the number or data, who-is-this and human help, "send them again" opt-ins;
 * then risk probes: a told stop with "still getting them", deleting an item from an order).
 *
 * Round 6. batch6 and batch7 became development data; `dev-round6.jsonl` holds the round-6
 * developer's sentences (see the entry below).
 */
describe.each([
  [
    'fresh-batch4.jsonl',
    {
      optOut: [440, 440],
      explicitFalse: [0, 440],
      // Round 15: 1, the model retrained with round 15's sets reads "Stop er alsjeblieft niet
      // mee, top aanbiedingen!" (don't stop, great offers) as a likely stop (P 0.66): a
      // question asked, nothing recorded.
      likelyFalse: [1, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  [
    'dev-round4.jsonl',
    {
      // 78 by the rules (round 5); the learned model (issue 18, learned.ts) asks about the rest
      // ("stop sending me abandoned cart reminders", its Indonesian twin, "quảng cáo thì
      // thôi"). It was trained on this file: the gain is no evidence, the pin guards it.
      // Round 8: 35 "don't stop sending me the deals" lines, labelled none by round 4, are
      // opt-ins (the round-8 brief: a negated stop with the marketing wanted asks for it), so
      // optIn 45/45 → 80/80; nothing else moved. Round 14: the Thai one, "อย่าหยุดส่งคูปองนะคะ",
      // still labelled none, is relabelled opt_in as round 14b did dev-issue18's Polish twin
      // (coupons are now named as the marketing, so the rules read it): 81/81.
      optOut: [80, 80],
      explicitFalse: [0, 287],
      likelyFalse: [0, 287],
      optIn: [81, 81],
      help: [77, 77],
      status: [0, 0],
    },
  ],
  [
    'fresh-batch5.jsonl',
    {
      optOut: [440, 440],
      explicitFalse: [0, 440],
      likelyFalse: [0, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  [
    'dev-round5.jsonl',
    {
      optOut: [170, 171],
      explicitFalse: [0, 240],
      likelyFalse: [0, 240],
      optIn: [53, 53],
      help: [76, 76],
      status: [52, 52],
    },
  ],
  // Round 6: batch6 and batch7 (first read on round 5, FIRST-READ-SCORES.md) are development
  // data and the model is trained on them: not evidence, the pins guard what was reached.
  [
    'fresh-batch6.jsonl',
    {
      // Round 8b: 437 → 438 ("stahp 🙄", the spelling now read as STOP).
      optOut: [438, 440],
      explicitFalse: [0, 440],
      // Round 14d: 2 → 1 ("naomba kusitisha oda namba 2231, nimekosea saizi": the order's own
      // number no longer keeps the stop, booked-errand.ts; an order cancelled, none).
      likelyFalse: [1, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  [
    'fresh-batch7.jsonl',
    {
      // Round 12d: 435 → 436 ("gausah kirim2 promo lg", an explicit opt-in before: "gausah", no
      // need, is an Indonesian negator now). Round 16e: 436 → 437 ("agli dafa flash sale ka msg
      // aaya to PTA mein complaint karunga 😤": a complaint to the authority threatened over the
      // marketing, a likely stop, round16e-rules.ts).
      optOut: [437, 440],
      explicitFalse: [0, 440],
      // Round 11b: 4 → 3 (a gym membership, business-sense.ts). Round 14d: 3 → 2
      // ("注文番号4412止めてください、サイズ間違えました": an order stopped by its number, none).
      // Round 14: 2 → 1 ("jajaja "ya no me escribas" le dije a mi ex, no a ustedes 😂 sigan con
      // los cupones": "sigan con los cupones" is the marketing still wanted, broad-rules.ts).
      // Round 15: 2, the retrained model reads "nimejiondoa kwenye group ya WhatsApp ya kazini
      // sio hapa, endeleeni kunitumia ofa" (I left the work group, not here: keep sending me
      // offers) as a likely stop (P 0.71); 1 again in round 15f. Round 18: 2, the model retrained
      // with batches 49, 51, 52 and 55 reads it as a likely stop again (P 0.66).
      likelyFalse: [2, 440],
      optIn: [87, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // The round-6 developer's sentences, three passes each written before its fix (stopping an
  // automatic payment, a negated send to an address, another service's unsubscription with
  // a charge complaint, consent to receive marketing; and stops and a negated consent that
  // must stay; then polite conditional stops, "I'd be grateful if I no longer got these",
  // which the model already asked about on first read: no rule was added for them). The Italian
  // "non acconsento a ricevere offerte" was labelled none here; round 7b relabelled it opt_out
  // (refused consent to receive the marketing is its withdrawal, round6-rules.ts REFUSED).
  [
    'dev-round6.jsonl',
    {
      optOut: [15, 15],
      explicitFalse: [0, 39],
      likelyFalse: [0, 39],
      optIn: [14, 14],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // Round 7: batch8 and batch9 (first read on round 5 and round 6, FIRST-READ-SCORES.md) are
  // development data and the model is trained on them: not evidence, the pins guard what was
  // reached.
  [
    'fresh-batch8.jsonl',
    {
      // Round 8d: likely false 5 → 4 and status 43 → 44 ("am I still on your marketing list or
      // did you take me off when I closed my account?" is a status question, confirm-removal.ts).
      // Round 12b: 4 → 3 ("Pakihinto po sa green na gate, sira doorbell": a car stopped at a
      // gate, an errand, service-things.ts).
      optOut: [440, 440],
      explicitFalse: [0, 440],
      // Round 13d: 3 → 2, home internet is a service paid for ("Mau berhenti langganan internet,
      // pindah rumah. Prosesnya gimana?", service-things.ts).
      likelyFalse: [2, 440],
      optIn: [88, 88],
      help: [87, 88],
      status: [44, 44],
    },
  ],
  [
    'fresh-batch9.jsonl',
    {
      // Round 8b: 438 → 439 ("ไม่เคยสมัครเลย ลบออกด้วย", never signed up + delete).
      optOut: [439, 440],
      explicitFalse: [0, 440],
      // Round 13: 2 → 3: the model retrained with round 13's sets and batches 28, 30, 32 reads
      // "khuyến mãi tới khi nào?" (when does the promo end?) as a likely stop (P 0.68): a
      // question asked, nothing recorded.
      // Round 14: 4 with batch 39 in the model's data: "hanggang kailan promo?" (until when is
      // the promo?) is a likely stop (P 0.66): a question asked, nothing recorded.
      // Round 15: 3, "hanggang kailan promo?" is none again (round 15d masks "until when").
      // Round 17: 4, the model retrained with batch 50 reads it as a likely stop again (P 0.68).
      // Round 18: 3, the model retrained with batches 49, 51, 52 and 55 reads it as none again.
      likelyFalse: [3, 440],
      // Round 14: "ừ gửi đi" (yeah, send it), read by the model alone, fell under its bar with
      // batch 36 in its data and rose over it again with batch 39 (a likely opt-in).
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // Round 7c: batch10 and batch11 (first read on round 7b, b1b0f6b, FIRST-READ-SCORES.md) are
  // development data and the model is trained on them: not evidence, the pins guard what was
  // reached.
  [
    'fresh-batch10.jsonl',
    {
      optOut: [438, 440],
      explicitFalse: [0, 440],
      // Round 11b: 8 → 4 (a gym membership, an auto-renewal: business-sense.ts). 5 with
      // batch22 in the model: "Passt so, mehr brauch ich nicht" (an order, asked about: the
      // model learnt batch22's polite "ich brauch … nicht" refusals). Round 18g: 4, "بدي الغي
      // اشتراكي بالنادي من الشهر الجاي" (a club membership cancelled, none) is no likely stop with
      // round18g-rules.ts's Arabic rules (without them it is again): a side effect of the rules'
      // words, not a rule read on the line.
      likelyFalse: [4, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  [
    'fresh-batch11.jsonl',
    {
      // Round 8b: likely false 5 → 4 ("ไม่ต้องโทรนะคะ ทักแชทแทนได้เลย", a channel preference);
      // rounds 8, 8b and 8c merged and the model retrained on all of them: 4 → 3.
      // Round 9a: opt-out 439 → 440 (a chatty stop after a purchase a year ago, Vietnamese).
      optOut: [440, 440],
      explicitFalse: [0, 440],
      likelyFalse: [3, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // Round 8c: batch13 (first read by the lead on round 7c, main bb33f4a, FIRST-READ-SCORES.md)
  // is development data and the model is trained on it: not evidence, the pin guards what was
  // reached. Its 11 likely false opt-outs are paid plans and automatic payments cancelled (one
  // question, as allowed), a rider's number blocked and an item removed from an order.
  [
    'fresh-batch13.jsonl',
    {
      optOut: [440, 440],
      explicitFalse: [0, 440],
      // Round 12b: 10 → 3, seven paid plans cancelled read as none (service-things.ts): "بدي
      // ألغي اشتراك الباقة الذهبية الشهري، بس خلوا حسابي شغال", "Mau berhenti langganan paket
      // premium yang 49 ribu/bulan.", "Premium package band karna hai, agle mahine se paise na
      // katein", "₹299 wala monthly plan band karna hai…", "Nak berhenti langganan pelan premium
      // RM19.90 sebulan.", "Chcę zrezygnować z abonamentu Premium…", "Aylık 49,90 TL'lik premium
      // üyeliğimi iptal etmek istiyorum.". Round 15c: 3 → 2, the automatic card payment stopped
      // "รบกวนหยุดตัดบัตรอัตโนมัติครับ จ่ายผ่านพร้อมเพย์ไปแล้ว" reads as none (errand.ts PAYMENT).
      likelyFalse: [2, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // Round 8d: batch14 and batch15 (first read by the lead on 568c738/28950d0,
  // FIRST-READ-SCORES.md) are now development data and the model is trained on them: not
  // evidence, the pins guard what was reached. Round 9b's retrain moved batch15's opt-outs 418 →
  // 417: a hint the model alone reads, at its threshold ("ek baar kurta kharida tha, shaadi nahi
  // ki thi aapse", 0.65 before, just under after), not a rule; and it put dev-round8's opt-in
  // back at 73 of 74, its pin before round 9b's first retrain.
  [
    'fresh-batch14.jsonl',
    {
      // Round 11a: 437 → 438 ("配送のお知らせはそのままで、キャンペーン情報だけ止めてください":
      // the campaign named beside the delivery notices kept, not-marketing.ts OFFER_KINDS).
      optOut: [438, 440],
      explicitFalse: [0, 440],
      // Round 11b: likely false 5 → 4 and help 83 → 85 ("Que mensagem é essa? nunca me
      // cadastrei", "Che cos'è questo messaggio? Non mi sono mai iscritto": what-message.ts).
      // Round 12b: 4 → 3 ("快递放门口就行，别打电话了我在开会": a parcel left at the door, an
      // errand, service-things.ts).
      likelyFalse: [3, 440],
      optIn: [88, 88],
      help: [85, 88],
      status: [44, 44],
    },
  ],
  [
    'fresh-batch15.jsonl',
    {
      // Round 9a: 418 → 419 ("delivery wale msg theek hai, baaki offers mat bhejo": the rest
      // refused too, rest-too.ts); 418 with train-h and train-i in the model's data (a hint only
      // the model reads, at its threshold); 417 with dev-round10 in it (round 10: "Je ne suis
      // pas votre cible, vraiment pas", read by the model alone, just under its threshold);
      // 419 with round 11c ("Je ne suis pas votre cible, vraiment pas" found again by the
      // retrained model). Round 11a: "แจ้งส่งของได้ค่ะ แต่โฆษณาไม่ต้อง" and "thôi khỏi nha" no
      // longer set aside beside a delivery (420 on its branch); 419 with rounds 11a-11c merged
      // and the model retrained on all of them (the line the model alone reads is under its
      // threshold again).
      // Round 12: "Je ne suis pas votre cible" is a rule of its own now (round12c-rules.ts); the
      // model retrained with batches 24-26 read "Gak butuh apa-apa, sekarang atau nanti" as a
      // likely stop (420), and no longer with round 12b's sentences in its data too: 419; 420
      // with batch29 (indirect replies) in its data. Round 13: 421, the retrained model reads
      // "Shop dễ thương nhưng nhắn dày quá, thôi khỏi nha" (too many messages, no thanks).
      // Round 14: 419. Two lines only the model reads fell just under its bar (0.64 and 0.65
      // against 0.65) with round 14's sentences in its data: "Ma che, ci siamo sposati? Ho
      // comprato una volta sola" and "Sağ olun, almayayım"; 420 with batches 36 and 39 in it
      // (the Turkish one over the bar again, "Jajaja no. Nunca más" under it and back). optIn 86 → 87: "بیٹے نے غلطی سے ان
      // سبسکرائب کر دیا، دوبارہ لسٹ میں ڈال دیں" (unsubscribed by mistake, sent-by-mistake.ts).
      // Round 15f: 418 with batches 37, 38 and 40 in the model's data: "Jajaja no. Nunca más" and
      // "J'ai acheté UN truc chez vous en 2020, on n'est pas mariés", read by the model alone,
      // fell under its bar. Round 17: 419 with batches 45 and 48 in the model's data (one line
      // the model alone reads back over its bar). 417 with batch 50 and rounds 17f-j in the
      // model's data: "J'ai acheté UN truc chez vous en 2020, on n'est pas mariés" and "Shop dễ
      // thương nhưng nhắn dày quá, thôi khỏi nha", read by the model alone, fell under its bar.
      optOut: [417, 440],
      explicitFalse: [0, 440],
      // Round 15: 4, the retrained model reads "Przestańcie, serio za tyle?" (stop it, seriously,
      // that much?) as a likely stop (P 0.67); 3 again in round 15f; round 16: read so again (P
      // 0.68) while a status question is no longer a likely stop (below), so 3. Stops: the same
      // count, "J'ai acheté UN truc chez vous en 2020, on n'est pas mariés" read again and "Gak
      // butuh apa-apa, sekarang atau nanti" lost.
      // Round 18g: 2, "Ini program poin apa ya? Saya gak pernah daftar" (what is this points
      // programme?) is help now (round18g-rules.ts), no longer a likely stop; help 87 → 88.
      likelyFalse: [2, 440],
      optIn: [87, 88],
      help: [88, 88],
      // Round 16g: 44, "Bin ich noch auf eurer Liste? Hab mich letzte Woche abgemeldet".
      status: [44, 44],
    },
  ],
  // Batch16 (first read by the lead on 023eaba: recall 0.95, 4/440 explicit false opt-outs,
  // FIRST-READ-SCORES.md) is development data from round 9b on; round 9b's classes (status
  // asked after a stop, a course, an order or a booking cancelled, a stop word in another
  // sense, a bot refused) were taken from its misses, and the model is trained on it: fitted,
  // not evidence. Pinned once it read no explicit false opt-out.
  [
    'fresh-batch16.jsonl',
    {
      optOut: [440, 440],
      explicitFalse: [0, 440],
      // Round 11b: 1 → 0 (a gym membership changed to yearly, business-sense.ts).
      likelyFalse: [0, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // Batch17 and batch18 (first read by the lead on the round-9 code: recall 0.99 and 0.99,
  // 1/440 and 4/440 explicit false opt-outs, FIRST-READ-SCORES.md) are development data from
  // round 10 on; round 10's classes ("con 2 basta", STOP sent by mistake, an unsubscription
  // from another company's e-mails beside an errand, "did my unsubscription go through" in more
  // forms, a real person asked for) were taken from their misses, and the model is trained on
  // them: fitted, not evidence. Pinned once each read no explicit false opt-out.
  [
    'fresh-batch17.jsonl',
    {
      optOut: [440, 440],
      explicitFalse: [0, 440],
      // Round 15: 5, the retrained model reads the first sentence of "定期便の解約をお願いします。
      // お知らせのメッセージはそのままで大丈夫です" (cancel my regular delivery; the notices are
      // fine as they are) alone as a stop (P 0.83, one sentence): a question asked.
      likelyFalse: [5, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  [
    'fresh-batch18.jsonl',
    {
      // Round 11a: 437 → 438 ("ไม่เอาโฆษณา แต่แจ้งเรื่องส่งของได้", likely: round 10's note).
      // Round 12b: likely false 1 → 0 ("kuryede yanlış numara var": the courier has a wrong
      // number, a thing named in the stop's clause, service-things.ts). A bare "plus tard",
      // asked about by the model retrained with batches 24-26 alone, is not with 12b's data.
      optOut: [438, 440],
      explicitFalse: [0, 440],
      likelyFalse: [0, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // The round-7 developer's sentences, each pass written before its fix: requests to send a
  // code, a receipt, a link or a ticket again (none, in all 22 languages; three controls asking
  // for discount codes or offers again are opt-ins); then the explicit false opt-outs of
  // batch8/9 as classes (a negated send about a delivery's time, "stop raising the prices",
  // logged out of an account, status questions naming the removal), and an opening STOP
  // exclaimed at an offer ("STOP. 70% off??"): those six are asked about (likely), on purpose,
  // while a bare STOP and "STOP. Why do you keep sending these??" stay explicit. Then help and
  // opt-in by class: how to leave the list with a verb no lexicon holds, the unsubscribe link
  // not found (a broken one stays a stop), a real person, "what is this? I never signed up",
  // back after a mistaken unsubscription, and "I asked you to stop but changed my mind".
  // Then a product declined with another asked about in a question without "but" ("no me
  // interesa el de 128GB, ¿tienen la de 256?"), curt keywords ("解除で", "别发"), Tagalog and Thai
  // come-backs; the Thai one ("กดยกเลิกผิด ช่วยเพิ่มกลับเข้าไปด้วยครับ") is still missed. Then
  // "stop charging me twice" in 15 languages (the charge errand; a stop that names the
  // unwanted messages stays). Round 7b added 76 lines (notes "r7b"; their first reading is in
  // the round-7b notes): a stop beside another company named in another clause, a variant
  // asked after one product declined, refused consent in 18 languages, "who" about the
  // service, "tell me when there's a sale" and "add my number too". Round 7c added 47 lines
  // (notes "r7c"; first readings in the round-7c notes): leaving a waiting list or asking
  // whether one is still on it or booked (none, 22 languages), "ขอไม่รับโปรโมชั่น" (a negator
  // before "receive" in an opt-in phrase: a stop), a paid service's membership or auto-renew,
  // a carrier named ("don't ship with FedEx again"), "how do I cancel?" in Vietnamese, someone
  // else's stop quoted beside "but I like your offers", another shop's unsubscribe button.
  [
    'dev-round7.jsonl',
    {
      // Round 8b: likely false 7 → 6 (the German wife's quoted stop, quoted-stop.ts).
      optOut: [50, 50],
      explicitFalse: [0, 301],
      likelyFalse: [6, 301],
      optIn: [33, 33],
      help: [58, 58],
      status: [12, 12],
    },
  ],
  // Round 8b: batch12 (first read by the lead on round 7c, main bb33f4a, FIRST-READ-SCORES.md)
  // is development data and the model is trained on it: not evidence, the pins guard what
  // was reached.
  [
    'fresh-batch12.jsonl',
    {
      optOut: [440, 440],
      explicitFalse: [0, 440],
      likelyFalse: [1, 440],
      optIn: [88, 88],
      help: [88, 88],
      status: [44, 44],
    },
  ],
  // The round-8b developer's sentences (notes "r8b c1" to "r8b c6"), written before the rules
  // for batch12's classes: a channel preference ("no me llames, mejor escríbeme por whatsapp",
  // 22 languages, with stops that name the marketing beside a refused call), negations written
  // short ("nn", "k", "gk", "x", "j'veux pu"), frustration referring back in time closed by
  // "enough" or "stop", "never signed up, delete me", "who sings in the ad?" (no help) and a
  // bare "what is this?" written short (help), "how do I get off this list? I typed STOP"
  // (help), product questions (none), slang stops. Their first reading (main bb33f4a) is in
  // the round-8b notes: 97 of 108 opt-outs, 19 explicit and 7 likely false opt-outs of 59,
  // 9 of 13 help requests.
  [
    'dev-round8b.jsonl',
    {
      optOut: [108, 108],
      explicitFalse: [0, 59],
      likelyFalse: [0, 59],
      optIn: [5, 5],
      help: [13, 13],
      status: [0, 0],
    },
  ],
  // Round 8's sentences (notes "r8", written before the round-8 rules; their first reading is
  // in the round-8 notes): opt-ins that sound negative ("don't stop sending me the deals", "I
  // don't want to miss your offers", 22 languages), come-backs after a mistaken unsubscription
  // (Chinese, Japanese, Thai without spaces, and the rest), partial stops without a stop verb
  // ("only the order updates, no promos"), romanised, mixed-script and Ukrainian stops, stops
  // split by "please" between commas, one offer declined "this time" with the rest wanted.
  [
    'dev-round8.jsonl',
    {
      // Round 16: 122, the model retrained on round 16 no longer reads the Romanian
      // "dezabonati-ma va rog" (no Romanian lexicon: the model alone read it).
      // 123 with round 17's model: "dezabonati-ma va rog" (Romanian) read by the model.
      optOut: [123, 123],
      explicitFalse: [0, 105],
      likelyFalse: [0, 105],
      // 74 with round 11a's retrain alone ("hört bloß nicht auf, mir die Angebote zu
      // schicken", an opt-in only the model reads); 73 again, as before round 11, with rounds
      // 11a-11c merged and retrained together.
      optIn: [73, 74],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-8c developer's sentences (notes "r8c c1" … "c6"), written before the rules for
  // batch13's six classes in many languages: a stop supposed in a question ("if I unsubscribe,
  // do I keep my points?": none), our opt-out line quoted, formal consent and "start sending
  // again" (opt-in), a confirmation asked for an earlier stop (status) and a do-not-call
  // registry cited (stop), stops on behalf of someone else, by objection, erasure or consent
  // never given, and errands (a medicine stopped, an app deleted, a refund threat: none), each
  // with controls that stay as they were (six bare "yes please" in other languages among them:
  // consent names what it is given to). The one miss, "If you don't stop texting me I will
  // report this number" (a stop), is masked by the round-4 trap "don't stop sending".
  [
    'dev-round8c.jsonl',
    {
      optOut: [39, 40],
      explicitFalse: [0, 102],
      likelyFalse: [0, 102],
      optIn: [27, 27],
      help: [1, 1],
      status: [12, 12],
    },
  ],
  // The round-8d developer's sentences (notes "r8d c1" … "c5"), written before the rules for
  // batch14/15's classes: a request to be put back after "I no longer get the offers" (opt-in),
  // a child taken off a course or a school service, who handles a flat, a flight to cancel
  // (none), "fed up / enough" about the rain, a train or a Monday (none), "am I still on your
  // list? I thought I had unsubscribed" (status), with controls that stay stops.
  [
    'dev-round8d.jsonl',
    {
      optOut: [17, 17],
      explicitFalse: [0, 50],
      // Round 16g: 2 and status 5: "Bin ich noch in eurem Verteiler? Ich dachte, ich hätte mich
      // abgemeldet" (asked-before.ts: a stop told as done, then whether it was).
      likelyFalse: [2, 50],
      optIn: [8, 8],
      help: [1, 1],
      status: [5, 5],
    },
  ],
  // The round-9b developer's sentences (notes "r9b c1" … "c6"), written before the rules: "did
  // I unsubscribe? I got one again today" (status) beside complaints that repeat the stop, a
  // course, a workshop or an event left (none) beside invitations named, an order, a booking or
  // a delivery cancelled or paused, a stop word in another sense ("yeter ki", "band dikh raha",
  // a card blocked), "I don't want a bot, get me a person" (help), and Ukrainian stops, opt-ins,
  // help, status and traps. Their first reading (d4d3a0c): 30 of 30 opt-outs, 15 explicit and
  // 10 likely false opt-outs of 130, opt-in 0 of 2, help 23 of 26, status 19 of 27. A second
  // pass of 95 ("r9b p2"), written after the first rules, read first on 048144c: 4 of 4
  // opt-outs, 0 explicit and 1 likely false opt-out of 91, help 20 of 23, status 22 of 23 (a
  // German "did I unsubscribe? got ads again today" read as an opt-in). A third pass, 30
  // Ukrainian sentences ("r9b p3"), read first on 19396ae: all 30 as labelled.
  [
    'dev-round9b.jsonl',
    {
      optOut: [46, 46],
      explicitFalse: [0, 239],
      likelyFalse: [0, 239],
      optIn: [6, 6],
      help: [52, 52],
      status: [52, 52],
    },
  ],
  // The round-10 developer's sentences (notes "r10 c1" … "c7", then "r10 p2"), written before
  // the rules: "enough" beside a quantity or ending the thinking (none), "did my unsubscription
  // go through" (status) beside "I never signed up, delete" and a formal request (stops), STOP
  // sent by mistake with a request to come back and START in local script (opt-in), an
  // unsubscription from another company's e-mails beside an errand (none), a real person asked
  // for (help), missed stops. First reading (862a323): 26 of 70 misread. Pass 2, 20 probes
  // written after the rules, first read on 520f135: 19 of 20 ("ma désinscription est passée ?"
  // read as an explicit stop, then fixed). Left: "Stop! Is this really the price? 😳" and a
  // product subscription cancelled with the messages kept (likely, not none).
  [
    'dev-round10.jsonl',
    {
      optOut: [21, 21],
      explicitFalse: [0, 68],
      likelyFalse: [1, 68],
      optIn: [21, 21],
      help: [4, 4],
      status: [7, 7],
    },
  ],
  // The round-11c developer's sentences (notes "r11c c1" … "c7", then "r11c p2", "p3"), batch21's
  // classes in all 23 languages: the number given for an errand and not for ads, "keep your
  // offers", moved away with good wishes, the offers refused with thanks, "who added me to this
  // group? remove me" (and without the removal: help), broadcast opt-ins, stop / block / skip in
  // other senses. First readings (FIRST-READ-SCORES.md, round 11c): pass 1 (200, written before
  // any rule) on 7da6409 85/119 opt-outs, 0/81 explicit and 5/81 likely false, opt-in 17/18,
  // help 6/6; pass 2 (70, after the rules) 38/38, 0/32, 2/32, 6/6, 3/3; pass 3 (166 probes)
  // 82/95, 0/46, 6/46, opt-in 23/27. Left: "Yang ni tak nak, tapi bagitahu kalau ada promosi
  // lain" (an explicit opt-in, as on main) and "Kal tuition cancel kar dijiye" (likely). Round 12:
  // 250 → 251, "estas ofertas no son para mí" (a stop: a rule that spells out the words of the
  // "para mí" trap reads them in its own sense, phrases.ts).
  [
    'dev-round11c.jsonl',
    {
      optOut: [251, 251],
      explicitFalse: [0, 185],
      likelyFalse: [1, 185],
      optIn: [51, 51],
      help: [9, 9],
      status: [0, 0],
    },
  ],
  // The round-13d sentences (notes "r13d c1" … "c8"), batches 31 and 33's classes written by the
  // lead after reading their misses (both first read on the release and on round 13 as merged),
  // before the rules: "where did you get my number? delete it" (a stop beside the question),
  // "a friend gets your discounts, can you include me too?", "I sent STOP, has it been
  // processed?", the offers refused beside a service kept, "what is this message / how do I
  // stop these?" asked in Urdu, Bengali, Turkish, Chinese, a seat or a bus ticket cancelled, home
  // internet cancelled, paper statements stopped, Vietnamese "bỏ bớt" (take off one, not a bot),
  // plain stops and opt-ins missed (uk "вимкніть розсилку", Brunei "inda", Tunisian and Moroccan
  // "الليستة", Cantonese "加返我"). First reading on 17afd01 (round 13 merged): 28/39 opt-outs, 1/44
  // explicit and 7/44 likely false, opt-in 12/15, help 8/12, status 5/8. "I asked to be taken
  // off last week, is it sorted?" was left to the rules (none: a told stop followed by a
  // question with no "did it work" word reads as a question about something else, told.ts); the
  // model retrained with this file reads it as status (likely).
  [
    'dev-round13d.jsonl',
    {
      optOut: [39, 39],
      explicitFalse: [0, 44],
      likelyFalse: [0, 44],
      optIn: [15, 15],
      help: [12, 12],
      status: [8, 8],
    },
  ],
  // The round-15b sentences (notes "r15b c1" … "c4"), batches 37 to 39's opt-ins and stops said
  // sideways, written by the developer after reading their misses, before the rules: the offers
  // that used to come and "did you forget me?" (15 languages), unsubscribed or unfollowed elsewhere
  // and "here too", back after a regret or an accident ("send the member offers too, not just the
  // schedule"), "never subscribed" with the loanword negated before a removal and voice-to-text
  // "on subscribe me from", beside a status question, a missing order, relief that the offers
  // stopped, an unsubscription elsewhere with WhatsApp kept, plain stops and plain opt-ins. First
  // reading on dfff9da (round 14 merged): 17/28 opt-outs, 4/46 explicit and 4/46 likely false,
  // opt-in 23/33, status 1/1; "Finally no more deals every Friday, thank you" then labelled a
  // stop (the brief keeps it "none or not opt_in"): 18/29, 3/45 and 4/45. Left: "You used to tell
  // me about every sale, what happened? Nothing for months" (none: no wish, no "forgot me"), and
  // three likely stops: "I never subscribed but I'd like to, please add me" (the rules') and two
  // customers glad the offers stopped (fr, de, the model's).
  [
    'dev-round15b.jsonl',
    {
      optOut: [29, 29],
      explicitFalse: [0, 45],
      // 1 and 32 with the model retrained on round 15: the two customers glad the offers stopped
      // are none, "You used to tell me about every sale, what happened?" a likely opt-in.
      likelyFalse: [1, 45],
      optIn: [32, 33],
      help: [0, 0],
      status: [1, 1],
    },
  ],
  // The round-18d sentences (notes "r18d c1" … "c4", "keep"), written by the round-18d developer
  // after reading batches 49, 51 and 52's missed stops, before the change: a plain stop after a
  // prelude about the offer or one's day, laughing or broke (16 languages: "paise nahi hai 😂 list
  // se hata do please", "shilni mn el list law sama7t", "I want off the list please"), stops
  // dictated without punctuation with a reason told in the past (8 languages: "jangan hantar lagi
  // promo tayar tu saya dah tukar minggu lepas", "prosze mi juz nie przysylac ofert … bo juz
  // serwisowalem"), a stop beside an errand (9 languages: "Outra coisa, quero sair da lista de
  // promoções", "agradecia que deixassem de mas enviar", "gusto ko nang umalis sa mga promo", a
  // quoted keyword answered), short stops (12 languages: a threat, "the app is deleted", "健身房的
  // 活动消息取消吧"); beside laughs at a bare "stop", offers taken up, errands with "already
  // renewed", help and status questions. First reading on 43d8f8e: 50/59 opt-outs, 0/22 explicit
  // and 0/22 likely false, opt-in 1/1, help 2/2, status 1/1; with the change: 59/59, 0, 0, 1/1,
  // 2/2, 1/1.
  [
    'dev-round18d.jsonl',
    {
      optOut: [59, 59],
      explicitFalse: [0, 22],
      likelyFalse: [0, 22],
      optIn: [1, 1],
      help: [2, 2],
      status: [1, 1],
    },
  ],
  // The round-17j sentences (notes "r17j c1" … "c3", "k-in", "k-help", "k-neg"), written by the
  // round-17j developer after reading batch 50's missed stops, before the change: a subscription
  // told (mine, a child's, unremembered) then a removal asked (10 languages: "yaad nahi kab maine
  // subscribe kiya tha, please mujhe unsubscribe kar dijiye"), "I never registered; where did you
  // get my number? delete it" in other words (10 languages: 从哪里弄到, 登记, মুছে ফেলুন), a long
  // story ending in a plain stop or a preference for no more (16 languages: "je préfère ne plus
  // les recevoir", "Снимите меня с рассылки", "मुझे आपका कोई प्रचार नहीं चाहिए"); beside opt-ins
  // that tell an earlier unsubscription, help questions, and hard negatives (a preference about a
  // parcel, an item taken off an order, a digit wrong). First reading on db3038b: 31/36 opt-outs,
  // 0/17 explicit and 0/17 likely false, opt-in 4/4, help 3/4; with the change: 36/36, 0, 0,
  // 4/4, 3/4. Left: "Mera beta kehta hai usne subscribe kiya tha. Ye kaise band hota hai?" reads
  // opt-in (help, round 17f's class).
  // The round-18f sentences (notes "r18f c1" … "c5"), batch 55's missed opt-ins and status questions
  // in short messages, written by the round-18f developer after reading its misses, before the
  // change: a stop sent by mistake, then the messages wanted with no "again" (12 languages: "I do
  // want your messages", "Mujhe aapke offers chahiye", "Chcę dalej dostawać wiadomości"), how to
  // come back asked (12 languages: "¿Cómo hago para volver a recibir sus promociones?", "怎么样才能
  // 重新收到"), told of the next sale asked for and added again asked (11 lines), a re-subscription
  // asked before and asked about in one sentence (12 languages), beside real stops, real help
  // questions, an order's "let me know" and a taken-up offer. First reading on 43d8f8e: 4/4
  // opt-outs, 3/55 explicit and 1/55 likely false, opt-in 15/36, help 3/3, status 7/12; with the
  // change: 4/4, 0, 0, 35/36, 3/3, 12/12. Left: th "ช่วยเพิ่มเบอร์กลับได้ไหมครับ…" (add my number
  // back?) reads none.
  [
    'dev-round18f.jsonl',
    {
      optOut: [4, 4],
      explicitFalse: [0, 55],
      likelyFalse: [0, 55],
      optIn: [35, 36],
      help: [3, 3],
      status: [12, 12],
    },
  ],
  [
    'dev-round17j.jsonl',
    {
      optOut: [36, 36],
      explicitFalse: [0, 17],
      likelyFalse: [0, 17],
      optIn: [4, 4],
      help: [3, 4],
      status: [0, 0],
    },
  ],
  // The round-18e sentences (notes "r18e c1" … "c5"), written by the round-18e developer after
  // reading batches 49, 51 and 52's false opt-outs: "enough" at a faulty order with an exchange
  // asked (10 languages), a message to the wrong person or meant for a relative (9), a booking, a
  // ride, a SIM, calendar days or a round of goods called off (14), an offer taken with joy (5),
  // beside 14 stops that keep their reading (the marketing named beside an exchange, a wrong
  // number, a block). First reading on 43d8f8e: 14/14 opt-outs, 4/38 explicit and 6/38 likely
  // false; with the change: 14/14, 0/38, 0/38.
  [
    'dev-round18e.jsonl',
    {
      optOut: [14, 14],
      explicitFalse: [0, 38],
      likelyFalse: [0, 38],
      optIn: [0, 0],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-17c sentences (notes "r17c c1" … "c6"), written by the round-17c developer after
  // reading batches 45 and 48's missed stops, before the change: partial stops keeping the service
  // messages and refusing the marketing in long messages (20 languages: "напоминания хочу получать
  // и дальше. А вот рассылку, пожалуйста, отключите", "il volantino non lo voglio più ricevere",
  // "promo, wag na po ipadala"), formal letters asking to be removed from the marketing, consent
  // withdrawn (13 languages), "I never bought or agreed; where did you get my number? delete it"
  // (12 languages); beside "who are you, where did you get my number?", "how do I withdraw my
  // consent?", "how do I stop the promos but keep the order updates?" (help), a waiting list
  // left, an appointment moved, a loan application withdrawn, a colour refused, "warna" as Urdu
  // "otherwise" in an errand. First reading on 9817091: 82/89 opt-outs, 0/23 explicit and 3/23
  // likely false, opt-in 1/1, help 10/11, status 0/1; with the change, before the retrain: 89/89,
  // 0, 3/23, 1/1, 11/11, 0/1. Left: the three likely false stops are the model's ("bitte entfernen
  // Sie den zweiten Artikel aus meiner Bestellung", "Напоминания о тренировках хочу получать и
  // дальше", "Le pizze in offerta non le voglio più"), and "I withdrew my consent to marketing last
  // week, has that been processed?" (none: status is round 17d's).
  [
    'dev-round17c.jsonl',
    {
      optOut: [89, 89],
      explicitFalse: [0, 23],
      // 0 with round 17 merged and the model retrained on this file (fitted, no evidence).
      likelyFalse: [0, 23],
      optIn: [1, 1],
      help: [11, 11],
      // 1 with round 17 merged: "I withdrew my consent … has that been processed?" (17d).
      status: [1, 1],
    },
  ],
  // The round-16c sentences (notes "r16c c1" … "c4"), batches 42-44's missed stops written by the
  // round-16c developer after reading its misses, before the change: the marketing named first or
  // with a demonstrative then refused ("die berichten wil ik niet", "这些消息我不要"), the customer
  // taking themselves off ("mi cancello", "gỡ mình ra", "udah ga minat"), another person's number
  // removed in any order ("könnt ihr auch meinen Bruder rausnehmen?", "sacad también a mi
  // marido", "我老公那个号也取消一下"), curt and rude stops ("やめてーー", "hinto na", "滚", "rot op
  // met die reclame"); beside shoes or a colour refused, another person added (opt-in), a laugh,
  // an insult about someone else, "¿cómo me doy de baja?" (help). First reading on 2b156a5: 71/88
  // opt-outs, 0/16 explicit and 0/16 likely false, opt-in 3/3, help 3/3; with the change, before
  // the retrain: 88/88, 0, 0, 3/3, 3/3.
  [
    'dev-round16c.jsonl',
    {
      optOut: [88, 88],
      explicitFalse: [0, 16],
      likelyFalse: [0, 16],
      optIn: [3, 3],
      help: [3, 3],
      status: [0, 0],
    },
  ],
  // The round-16d sentences (notes "r16d c1" … "c5"), batch 47's missed second replies written by
  // the round-16d developer after reading its misses, before the change: a change of mind back to
  // the offers ("pensando bem, podem continuar mandando", "算了，促销消息还是照常发吧", "Thôi mình
  // đổi ý rồi, shop cứ nhắn ưu đãi"), the messages turned on again ("увімкніть розсилку назад"),
  // another person's number stopped after thanks for the confirmation, with its digits ("onu da
  // iptal edin: 0544 …", "一起退订吧：137 …"), a confirmed stop not honoured then "this time really
  // delete me", corrections that are stops ("só as promoções; os avisos do pedido eu quero sim"),
  // STOP sent by mistake ("kwa makosa … kunirudisha"); beside "I changed my mind, stop them", "keep
  // sending my order updates", "Onay için teşekkürler" alone, a refund asked "this time", "only the
  // shoes". First reading on 88d0974: 33/41 opt-outs, 1/48 explicit and 6/48 likely false (opt-ins
  // read as stops: "Thôi … đổi ý" explicit), opt-in 25/36, help 1/1; with the change, before the
  // retrain: 41/41, 0, 0, 36/36, 1/1.
  [
    'dev-round16d.jsonl',
    {
      optOut: [41, 41],
      explicitFalse: [0, 48],
      likelyFalse: [0, 48],
      optIn: [36, 36],
      help: [1, 1],
      status: [0, 0],
    },
  ],
  // The round-16e sentences (notes "r16e c1" … "c4"), batch 47's second replies written by the
  // round-16e developer after reading its misses, before the change: "what are these messages
  // exactly? is it about the loyalty card?", "sorry, who is this?", "where did you get my number?"
  // asked again (help); "I replied STOP on Friday, am I off the list now?", "did the unsubscribe go
  // through?" (status); "refused twice, one more promo and I complain to the consumer authority"
  // (a likely stop); false stops (a subscription paused, an item out of the cart, a parcel's
  // address, sugar) and the readings to keep. First reading on 88d0974: 15/19 opt-outs, 2/48
  // explicit and 6/48 likely false, help 12/20, status 11/15; with the change, before the
  // retrain: 19/19, 0, 3/48, help 20/20, status 15/15. Left (round 16a's: a product subscription
  // paused, an item out of the cart, "no more ice in my tea"): the three likely false stops.
  [
    'dev-round16e.jsonl',
    {
      optOut: [19, 19],
      explicitFalse: [0, 48],
      // 1 with the model retrained on round 16: the cup out of the basket and no ice in the milk
      // tea read as none; "ممكن أوقف اشتراك القهوة شهر؟" is left. 0 since round 17e: the milk's
      // subscription paused ("ممكن أوقف اشتراك الحليب أسبوعين؟") is the customer's own round.
      likelyFalse: [0, 48],
      optIn: [0, 0],
      help: [20, 20],
      status: [15, 15],
    },
  ],
  // The round-17e sentences (notes "r17e c1" … "c3", "r17e keep"), written by the round-17e
  // developer after reading batches 45 and 48's false stops, before the change: a round of the
  // customer's own paused or ended (a delivery of water, milk or a newspaper, a cleaning plan, a
  // lost card suspended, a booking's deposit held) and started again, an item taken out of an
  // order or a cart, a product given up and sent back, "two crates is plenty, no more", the old
  // address with "sorry for the trouble", no sugar in the tea from now on (none, 23 languages);
  // beside them real stops ("pause the offers until after Ramadan", "no more promos") and two
  // help questions. First reading on 9817091: 19/20 opt-outs, 3/90 explicit and 10/90 likely
  // false (and an opt-in read in the paused newspaper's "start sending again"), help 2/2; with
  // the change, before the retrain: 19/20, 0, 0, 2/2. Left: "Приостановите рассылку,
  // пожалуйста." (a pause of the mailing with no until-word, round 17c's class) reads none.
  [
    'dev-round17e.jsonl',
    {
      // 20 with round 17 merged and the model retrained on this file (fitted, no evidence).
      optOut: [20, 20],
      explicitFalse: [0, 90],
      likelyFalse: [0, 90],
      optIn: [0, 0],
      help: [2, 2],
      status: [0, 0],
    },
  ],
  // The round-17i sentences (notes "r17i c1" … "c4", "r17i keep"), written by the round-17i
  // developer after reading batch 50's false stops in long messages, before the change: a
  // worker's visit called off (a plumber, a technician, a mechanic: "don't send him tomorrow, it
  // works again"), a name or a photo taken off wedding cards, an album or a cake, a duplicate out
  // of the basket, a saved card removed, a gym membership ended "with this message", a group left
  // told in the wrong chat, a round's product held and started again, a receipt or an invoice
  // wanted here rather than by email, the driver told to stop, no coriander in the noodles, a
  // promotion praised as timely with an order (none, 23 languages); beside them real stops
  // ("remove my number from your promo list", "take me out of the promo group") and two help
  // questions. First reading on db3038b: 13/13 opt-outs, 3/46 explicit and 5/46 likely false,
  // help 2/2; with the change, before the retrain: 13/13, 0, 1/46, 2/2. Left: "Tolong buang nama
  // Pak Long dari kad kahwin, dia tak dapat datang" (its "tak dapat", he can't come, reads as an
  // unsubscription stem beside the remove verb).
  [
    'dev-round17i.jsonl',
    {
      optOut: [13, 13],
      explicitFalse: [0, 46],
      likelyFalse: [1, 46],
      optIn: [0, 0],
      help: [2, 2],
      status: [0, 0],
    },
  ],
  // The round-16f sentences (notes "r16f c1" … "c5"), batch 46's long messages written by the
  // round-16f developer after reading its misses, before the change: a stop told, then a request
  // to send again after a wedding, a move or a trip (opt-in, 10 languages), laughing at an ad and
  // asking who makes them (none, 7 languages), stops inside long messages (partial stops keeping
  // the service messages, voice notes thanking for a service, moved away, a formal letter, signed
  // up elsewhere), joining from outside the list (a market stall, a small business, a colleague
  // forwarding the deals: opt-in), "if I reply STOP, will I still get my order tracking?" and
  // "which company / garage are you?" (help); beside stops still coming after a told stop, "who is
  // this?", "my colleague gave you my number, remove it" and "STOP the promotions, I still want
  // my tracking". First reading on c4f0f80: 18/19 opt-outs, 3/35 explicit and 3/35 likely false,
  // opt-in 15/19, help 4/8; with the change, before the retrain: 18/19, 0, 0, 19/19, 8/8. Left:
  // "Mi ero già cancellato dalla newsletter… Togliete questo numero" (none: "this number" names no
  // marketing, so no sentence of it raises the stop).
  [
    'dev-round16f.jsonl',
    {
      optOut: [18, 19],
      explicitFalse: [0, 35],
      likelyFalse: [0, 35],
      optIn: [19, 19],
      help: [8, 8],
      status: [0, 0],
    },
  ],
  // The round-17d sentences (notes "r17d c1" … "c4"), batch 48's missed help and status
  // questions written by the round-17d developer after reading its misses, before the change: a
  // person asked for beside the promo codes complained of ("c'est un bot ou un humain ? … je
  // voudrais parler à un conseiller", "Можна поговорити з консультантом?", "オペレーターの方と話せ
  // ますか？", "Naomba kuongea na wakala"), how to get off the list asked ("Wie melde ich mich von
  // diesen Angeboten ab?", "…I don't want to sign up for anything else by mistake"), a request
  // told, made by a relative or through the site, then asked whether it was done ("mi hija les
  // mandó un mensaje … ¿Me confirman si ya lo hicieron?", "Tôi còn trong danh sách không?", "STOP
  // bheja tha. Meri request process hui ya nahi?"); beside real stops (asked before, now again),
  // "how do I unsubscribe?", a warranty asked about ("ยังอยู่ในประกันไหม"), an invoice sent again,
  // an agent thanked, an order's errand told by a son, "is this a bot? add me to the offers".
  // First reading on 9817091: 5/5 opt-outs, 1/46 explicit and 4/46 likely false, opt-in 1/1, help
  // 22/28, status 6/12; with the change, before the retrain: 5/5, 0, 0, 1/1, 28/28, 12/12.
  [
    'dev-round17d.jsonl',
    {
      optOut: [5, 5],
      explicitFalse: [0, 46],
      likelyFalse: [0, 46],
      optIn: [1, 1],
      help: [28, 28],
      status: [12, 12],
    },
  ],
  // The round-17a sentences (notes "r17a c1" … "c3"), batch 48's missed opt-ins written by the
  // round-17a developer after reading its misses, before the change: joining through someone who
  // already gets the offers ("my neighbour gets your deals, can you add my number too?", 16
  // languages), a formal request to be registered again after a return from abroad (12
  // languages), a told stop then a resumption asked for (letters and voice notes, 11 languages);
  // beside real stops that mention receiving, a told stop then a complaint that they still come,
  // an item added to an order, one offer taken up and "is my number on your list?" (status).
  // First reading on 9817091: 6/6 opt-outs, 2/45 explicit and 1/45 likely false, opt-in 33/39,
  // status 1/1; with the change, before the retrain: 6/6, 0, 0, 39/39, 1/1.
  [
    'dev-round17a.jsonl',
    {
      optOut: [6, 6],
      explicitFalse: [0, 45],
      likelyFalse: [0, 45],
      optIn: [39, 39],
      help: [0, 0],
      status: [1, 1],
    },
  ],
  // The round-17b sentences (notes "r17b c1" … "c4"), batch 48's missed stops in long casual
  // messages written by the round-17b developer after reading its misses, before the change: a
  // stop at the end of a voice note after a story and a reason ("…não tem mais sentido pode me
  // tirar da lista", 23 languages), a quoted instruction answered with its keyword or a quoted
  // promo then a stop, a complaint question closed by a curt "take me out" (hi/ur/bn "hata dein
  // mujhe", "amake bad dao"); beside "I keep getting them, did my stop work?" (status), "it says
  // reply STOP, does that also stop my order updates?" (help), items out of an order, a move with
  // an errand (none) and plain stops. First reading on 9817091: 45/48 opt-outs, 0/12 explicit and
  // 3/12 likely false, help 1/3, status 2/2; with the change, before the retrain: 48/48, 0, 3/12,
  // 1/3, 2/2 (and 12 stops read as likely before are explicit). Left: the two help questions
  // after a quoted instruction and "…nie ma sensu ich wysyłać anulujcie zamówienie" (a cancelled
  // order), each a likely stop raised by the model.
  [
    'dev-round17b.jsonl',
    {
      optOut: [48, 48],
      explicitFalse: [0, 12],
      // likely false 0 and help 2 with round 17 merged and the model retrained on this file.
      likelyFalse: [0, 12],
      optIn: [0, 0],
      help: [2, 3],
      status: [2, 2],
    },
  ],
  // The round-17h sentences (notes "r17h c1" … "c3", "keep"), batch 50's missed opt-ins in long
  // messages written by the round-17h developer after reading its misses, before the change: a
  // shop about to open asks for the wholesale or trade list only pointed at ("put my number on
  // it", "Apuntadme en esa lista", "mniweke kwenye orodha hiyo"), shown the weekly offers by a
  // friend ("add me as well, this is my number", "Dopiszecie mnie?", "也帮我加一下吧"), a stop told
  // while away then the offers asked for again (bn Banglish "ekhon", ja "…停止していましたが");
  // beside items put on an order, a number given for a delivery (none) and shops closed (stops).
  // First reading on db3038b: 5/5 opt-outs, 0/40 explicit and 4/40 likely false, opt-in 28/34;
  // with the change, before the retrain: 5/5, 0, 1/40, 34/34. Left: "Wezmę dwa opakowania, to mój
  // numer do kuriera" (a number given for the courier), a likely stop raised by the model.
  [
    'dev-round17h.jsonl',
    {
      optOut: [5, 5],
      explicitFalse: [0, 40],
      // 0 with round 17 merged and the model retrained on this file (fitted, no evidence).
      likelyFalse: [0, 40],
      optIn: [34, 34],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-17f sentences (notes "r17f c1" … "c5", "r17f keep"), batch 50's missed help
  // questions written by the round-17f developer after reading its misses, before the change: how
  // my number got on the list, or whether a third party passed it on (wedding caterer, hall,
  // bridal salon; 13 languages), what replying (STOP) costs on prepaid (10), how to leave and
  // whether the delivery notices still come if I do (10), "what are these 'Gold Club' messages?
  // did I agree to something?" (7), a person asked for beside "why do you write to me" and an
  // answering machine (4); beside stops that also ask ("stop these. I'll still get my receipts?"),
  // "I don't know where you got my number, but delete it", "how do I unsubscribe?" and orders
  // that name a cost, prepaid or a wedding (none). First reading on db3038b: 6/6 opt-outs, 1/49
  // explicit and 6/49 likely false, help 20/45; with the change, before the retrain: 6/6, 0, 0,
  // 45/45.
  [
    'dev-round17f.jsonl',
    {
      optOut: [6, 6],
      explicitFalse: [0, 49],
      likelyFalse: [0, 49],
      optIn: [0, 0],
      help: [45, 45],
      status: [0, 0],
    },
  ],
  // The round-18a sentences (notes "r18a c1" … "c3", "r18a keep"), batch 52's missed help
  // questions about what the list does, written by the round-18a developer after reading its
  // misses, before the change: a trader, a landlord or a taxi driver asks whether the invoices,
  // receipts or parcel news still come if they leave the promos or block the number, some with "I
  // only don't want the promos" as the reason (27, every language); how often the offers come,
  // asked by night workers before deciding (23); what replying costs on prepaid, and whether a
  // person answers (12); beside stops that also ask ("I don't want promos any more. Will the
  // receipts still come?"), "how many times must I say it", "how do I cancel my order / my
  // line", "how often does the bus run", an order cancelled and a parcel after a move (none).
  // First reading on 43d8f8e: 10/10 opt-outs, 7/69 explicit and 12/69 likely false, help 25/63;
  // with the change, before the retrain: 10/10, 0, 0, 62/63. Left: th "ถ้าผมบล็อกเบอร์นี้ ใบเสร็จ…
  // ผมต้องใช้ทำบัญชี" (service-things.ts reads "บัญชี", the accounts kept, as a bank account to
  // block); es "¿Cómo cancelo mi línea móvil?" reads help (18b's border).
  [
    'dev-round18a.jsonl',
    {
      optOut: [10, 10],
      explicitFalse: [0, 69],
      likelyFalse: [0, 69],
      optIn: [0, 0],
      help: [62, 63],
      status: [0, 0],
    },
  ],
  // The round-18b sentences (notes "r18b c1" … "c6", "r18b keep"), written by the round-18b
  // developer after reading batches 49, 51 and 52's misses, before the change: whether the
  // business passes my number on to other companies (12 languages), who is writing and where
  // my number came from, in long and formal messages (a loyalty card, a son's new number, a shop's
  // number; 12), whether the sender is really the shop, after a scam (10), a group or only me,
  // who sees my number (8), "what are these messages?" short (Cantonese, ja, zh, th, vi, ar); the
  // border: stops that also ask where the number came from or say the phone is for the family
  // (6), "how do I cancel my SIM / car insurance / mobile line?" (none, 6); beside real stops, real
  // help questions and orders that name a number. First reading on 43d8f8e: 6/8 opt-outs, 0/59
  // explicit and 6/59 likely false, help 23/50; with the change, before the retrain: 8/8, 0, 0,
  // 50/50.
  [
    'dev-round18b.jsonl',
    {
      optOut: [8, 8],
      explicitFalse: [0, 59],
      likelyFalse: [0, 59],
      optIn: [0, 0],
      help: [50, 50],
      status: [0, 0],
    },
  ],
  // The round-18g sentences (notes "r18g c1" … "c5", "r18g keep"), written by the round-18g
  // developer after reading batch 55's missed help questions, before the change: short questions
  // of what still comes after a leave supposed ("Pag nag-unsubscribe ako, darating pa rin ba yung
  // mga invoice ko?", "Hủy đăng ký thì hóa đơn điện tử có còn gửi cho mình không?"), fewer messages
  // asked as a setting, an automated or official number, what the club or the messages are, and a
  // card removed from an app (none); beside stops that also ask, status, an opt-in and hard
  // negatives. First reading on 43d8f8e: 6/6 opt-outs, 1/53 explicit and 4/53 likely false,
  // opt-in 1/1, help 20/41, status 1/1; with the change: 6/6, 0, 0, 1/1, 41/41, 1/1.
  [
    'dev-round18g.jsonl',
    {
      optOut: [6, 6],
      explicitFalse: [0, 53],
      likelyFalse: [0, 53],
      optIn: [1, 1],
      help: [41, 41],
      status: [1, 1],
    },
  ],
  // The round-18c sentences (notes "r18c c1" … "c5"), written by the round-18c developer after
  // reading batches 49, 51 and 52's misses, before the change: a stop told to the cashier, a form
  // or a link, or asked by a wife at the shop, then "did it reach you / am I still on your list?";
  // a STOP sent from the customer's phone as a joke, then a wish to come back; "my neighbour gets
  // your offers, send them to me too", Latin-letter Russian and Ukrainian "subscribe me back";
  // "je résilie mon abonnement… confirmer la résiliation", "Є нова книжка…?" (none); beside stops
  // repeated after one told, help and hard negatives. First reading on 43d8f8e: 5/5 opt-outs,
  // 5/50 explicit and 3/50 likely false, opt-in 22/28, help 2/2, status 9/13; with the change:
  // 5/5, 0/50, 0/50, 28/28, 2/2, 12/13. Left: ja "アンケートに「DM不要」と書いて…反映されていますか？"
  // (the quoted words are not read), uk "Є нова книжка Андруховича?" (the model's likely opt-in).
  // A 51st line, ja "もう勘弁してください、また注文と違うサイズが届きました。交換お願いします。", left
  // the file: no longer an opt-in, it reads as an explicit stop (an order's complaint, round 18e's
  // class; round18c.test.ts keeps it from reading as an opt-in).
  [
    'dev-round18c.jsonl',
    {
      // After the round-18 merge: "Mi hijo mandó STOP… ¿Cómo hago para volver a recibir las
      // ofertas?" is relabelled opt_in (asking how to come back asks to come back, round 18f's
      // how-back.ts), and the ja 「配信不要」 status question reads status.
      optOut: [5, 5],
      explicitFalse: [0, 50],
      likelyFalse: [0, 50],
      optIn: [29, 29],
      help: [1, 1],
      status: [13, 13],
    },
  ],
  // The round-17g sentences (notes "r17g c1" … "c4"), batch 50's missed status questions in long
  // letters written by the round-17g developer after reading its misses, before the change: a
  // request to be added back told as made before, then asked whether it was done ("je vous ai
  // écrit lundi pour être réabonné… C'est pris en compte ?", "Shop thêm lại chưa?"), a removal
  // asked for by a relative from the customer's phone, then "am I still on your list?", STOP
  // sent after a funeral, a wedding or a hospital stay, or a reply that it takes 72 hours, then
  // "was I really removed?"; beside "add me back now" said again, "vuelvan a agregarme", a
  // told request with the offers still coming and the stop asked again, a plain stop, and "how
  // do I get back on the list?". First reading on db3038b: 4/4 opt-outs, 2/45 explicit and 2/45
  // likely false, opt-in 6/6, help 1/2, status 18/37; with the change: 4/4, 0, 0, 6/6, 1/2,
  // 37/37. Left: en "…unsubscribed me by mistake. How do I get back on the list?" (an opt-in:
  // sent-by-mistake.ts, a help question in another group's classes).
  // Round 18f: es "Me di de baja por error la semana pasada. ¿Cómo hago para volver a recibir las
  // ofertas?" (labelled help) now reads opt_in: how to come back, asked, is the request to come
  // back (issue 18, round 18f class 2: how-back.ts), as the note above says of its English twin.
  [
    'dev-round17g.jsonl',
    {
      optOut: [4, 4],
      explicitFalse: [0, 45],
      likelyFalse: [0, 45],
      optIn: [6, 6],
      help: [0, 2],
      status: [37, 37],
    },
  ],
  // The round-15d sentences (notes "r15d c1" … "c6"), batch 41's missed stops written by the
  // round-15d developer after reading its misses, before the change: the marketing paused until a
  // time (23 languages), the kinds refused beside a kind kept, named kinds (last-minute deals,
  // seat sale alerts, happy hour, wine club), moved away or too many + remove me; beside a box,
  // a parcel, a membership or a delivery paused (none), "send me the offers after Christmas"
  // (opt-in), real stops and "how do I pause the promos?" (help). First reading on bb8be67: 61/75
  // opt-outs, 0/24 explicit and 1/24 likely false, opt-in 1/1, help 1/3; with the change, before
  // the retrain: 74/75, 0, 1/24, 1/1, 1/3. Left: "Udahan ya info tiket promo last minute-nya"
  // (none), "¿Cómo pauso las ofertas durante un mes?" (none) and "Est-ce qu'on peut mettre les
  // promos en pause ?" (a likely stop): help questions about pausing are another round's.
  [
    'dev-round15d.jsonl',
    {
      // 75 and help 2 with the model retrained on round 15: "Udahan ya info tiket promo last
      // minute-nya" a likely stop, "¿Cómo pauso las ofertas durante un mes?" likely help.
      optOut: [75, 75],
      explicitFalse: [0, 24],
      likelyFalse: [1, 24],
      optIn: [1, 1],
      help: [2, 3],
      status: [0, 0],
    },
  ],
  // The round-14f sentences (notes "r14f c1" … "c4"), batch 36's opt-ins said sideways, written
  // by the lead after reading its misses, before the rules: a new number with the offers sent to
  // it (23 languages), the offers that used to come wanted again, an unsubscription by mistake,
  // "skip me with those promos", beside a new number for an errand, a new number refused, and
  // "you used to send more offers" with no wish. First reading on f0f63f1 (round 14 merged): 5/6
  // opt-outs, 0/43 explicit and 11/43 likely false (the model read "send the offers here from
  // now on" as a stop), opt-in 19/36. Left: "You used to send so many offers, glad that calmed
  // down" (a likely stop, the rules') and "Früher gab es mehr Rabatte bei euch, schade" (the
  // model's).
  [
    'dev-round14f.jsonl',
    {
      optOut: [6, 6],
      explicitFalse: [0, 43],
      // 2 → 1 with the model retrained on these sentences ("Früher gab es mehr Rabatte bei euch,
      // schade" is none).
      likelyFalse: [1, 43],
      optIn: [36, 36],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-15a sentences (notes "r15a c1" … "c5"), written by the lead after reading batches
  // 37 and 38's misses, before the rules: Turkish stops asked as a polite question, the
  // marketing let go beside a service kept ("the promo ones can go", "khuyến mãi thì thôi",
  // "套餐推荐就免了"), status said as checking ("just checking my opt out went through", "list se
  // hata diya kya?"), Maghrebi and Egyptian Arabizi, Japanese in romaji; beside errands stopped
  // and items let go. First reading on dfff9da: 26/34 opt-outs, 1/29 explicit and 6/29 likely
  // false, opt-in 3/4, help 2/3, status 5/11. Left: "Checking whether you got my STOP from
  // Monday" (none).
  [
    'dev-round15a.jsonl',
    {
      optOut: [34, 34],
      explicitFalse: [0, 29],
      likelyFalse: [0, 29],
      optIn: [4, 4],
      help: [3, 3],
      status: [10, 11],
    },
  ],
  // The round-15e sentences (notes "r15e c1" … "c5"), batch 41's kinds of marketing, written by
  // the lead after reading its misses, before the rules: "what kinds of messages do you send,
  // can I choose?" (help, 23 languages), the weekly flyer or catalogue asked for here too
  // (opt-in), "STOP bheja tha, list se nikal gaya?" (status), a table, a date, a card or an
  // onion taken off (none); c5, after the first retrain: "I haven't had any promos until today"
  // (none) and "les promos, c'est fini pour moi" (a stop); c6, after the round-15f retrain read
  // "Can I get a discount?" (an expectation table's none) as a likely opt-in: a discount asked
  // for one purchase (none). First reading on bb8be67: 4/4
  // opt-outs, 3/56 explicit and 9/56 likely false, opt-in 9/14, help 3/24, status 1/4. Left:
  // "Do you have different lists? Could I just get the recipes one?" (help, read as none before
  // the retrain) and one likely false.
  [
    'dev-round15e.jsonl',
    {
      optOut: [5, 5],
      explicitFalse: [0, 67],
      likelyFalse: [1, 67],
      optIn: [14, 14],
      help: [24, 24],
      status: [4, 4],
    },
  ],
  // The round-16b sentences (notes "r16b c1" … "c6"), batches 42-44's help, status and opt-in
  // misses, written after reading them, before the rules: a stop foreseen in a conditional with
  // a how beside it ("if one day I don't want these anymore, how do I unsubscribe?", help), "what
  // are these messages? am I signed up somewhere?" (help), short "removed yet?" forms (status),
  // "can you remove my number from the list?" (a stop), "I want to be on your list", "you can
  // send the offers again" (opt-in), and the readings to keep (c6). First reading on efe7c44:
  // 18/20 opt-outs, 7/72 explicit and 1/72 likely false, opt-in 21/23, help 12/22, status 20/22.
  // Left: Hindi "kya mera number broadcast list se hataya ja sakta hai?" (can it be removed?),
  // read as status by hi.ts's "kya mera number … list" before the request is seen.
  [
    'dev-round16b.jsonl',
    {
      optOut: [19, 20],
      explicitFalse: [0, 72],
      likelyFalse: [0, 72],
      optIn: [23, 23],
      help: [22, 22],
      status: [22, 22],
    },
  ],
  // Batches 42, 43 and 44 (round 15's evidence: first read on round 14 and on round 15 as
  // submitted, FIRST-READ-SCORES.md), read for their misses in rounds 16a-c; batch 47 (second
  // replies, first read on round 15 as submitted) in rounds 16d-e; batch 46 (long messages, first
  // read on round 15 as submitted: recall 0.96, 23/460 explicit false, status 0.52) in rounds
  // 16f-g. Development data: the pins guard what was reached with the model retrained on them.
  // Left in batch 42: "Ya les había pedido que me eliminaran y me dijeron que sí. Si me vuelve a
  // llegar algo los denuncio ante la Profeco. Bórrenme." (none: a told stop, a threat and the
  // final "Bórrenme" together; each alone reads as a stop).
  [
    'fresh-batch42.jsonl',
    {
      optOut: [459, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch43.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch44.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  // Left in batch 46: long help and status questions whose stop is only the model's, milk and
  // lunch paused (read as opt-ins). Round 17d: "ami ki ekhono apnader offer list e achi? agey
  // ekbar unsubscribe likhechilam, kintu bujhte parchi na oita kaj korse kina" (am I still on
  // your list? I wrote unsubscribe before, not sure whether it worked) is status, no likely stop
  // (asked-before.ts: "still on the list" beside the request told): 44 → 45 status, 11 → 10.
  [
    'fresh-batch46.jsonl',
    {
      // 456 since round 18b: es "«¡Solo hoy! 2x1…» … voy a seguir pidiendo por Rappi como siempre.
      // Pero esos mensajes de ofertas ya no, sáquenme de esa lista porfa." is a stop again: the
      // quoted "solo" (only) and "como siempre" (as always) in other sentences, with no question
      // asked, are no "how do I get only the notices?" (notices-only.ts).
      optOut: [456, 460],
      explicitFalse: [0, 460],
      // 7 since rounds 17d and 17e: the Bengali "am I still on your list?" reads status (17d); a
      // cart's T-shirt deleted (ja), a lunch box's delivery held for a week (th) and a wedding date
      // blocked with its advance asked (bn) read as none (17e, own-matters.ts). 6 and status 46
      // since round 17g: pl "dwa tygodnie temu wysłałam STOP… czy na pewno zostałam usunięta z
      // listy?" reads status (asked-before.ts: "wysłałam" tells the request, the stop read in
      // the question that asks whether it was done is that question). 5 since round 18e: pl
      // "Chcę zablokować kartę lojalnościową, ukradli mi portfel w tramwaju" blocks a card
      // (booked-errand.ts reads Polish "zablokować" beside a card), no likely stop.
      likelyFalse: [5, 460],
      optIn: [90, 92],
      help: [90, 92],
      status: [46, 46],
    },
  ],
  // Batches 45 (an ordinary month) and 48 (long messages), first read on round 15 and round 16
  // as submitted (FIRST-READ-SCORES.md: 0.99 and 0.96 recall on round 16), read for their misses
  // in rounds 17a-e and trained on: these figures are fitted, no evidence.
  [
    'fresh-batch45.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch48.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  // Batch 50 (long messages from another life), first read on round 16 and on rounds 17a-e
  // (FIRST-READ-SCORES.md: recall 0.97 and 0.98), read for its misses in rounds 17f-j and
  // trained on: fitted, no evidence. Left: one help question. Round 18: 460, the Tagalog family
  // phone letter ("Nakikita ng mga bata ang promo ng chocolates…") is a stop for the model
  // retrained with batches 49, 51, 52 and 55.
  [
    'fresh-batch50.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [91, 92],
      status: [46, 46],
    },
  ],
  // Batches 49 (mixed scripts), 51 (an ordinary month of other businesses) and 52 (long messages
  // by busy customers), first read on rounds 16 and 17 (FIRST-READ-SCORES.md), read for their
  // misses in rounds 18a-e and trained on: fitted, no evidence. Left in 52: the Spanish 'it says
  // "reply BAJA to stop", so: BAJA' (a keyword quoted back), and a Japanese 勘弁 at a wrong shirt
  // number asked as a likely stop.
  [
    'fresh-batch49.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch51.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch52.jsonl',
    {
      optOut: [459, 460],
      explicitFalse: [0, 460],
      likelyFalse: [1, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  // Batch 55 (questions: 8 opt-outs, 8 opt-ins, 12 help, 4 status and 8 others a language),
  // first read on rounds 16 and 17, read for its misses in rounds 18f-g and trained on. Left:
  // seven "what happens to my points if I unsubscribe?" (batch 13 labels the same question none),
  // "Que mensagens são essas? Tô recebendo…" (status), a Thai "add me back?", zh
  // "可以别再给我发这些了吗？" (a stop asked as a question, read status), vi "Shipper là ai vậy?" (help).
  [
    'fresh-batch55.jsonl',
    {
      optOut: [183, 184],
      explicitFalse: [0, 736],
      likelyFalse: [0, 736],
      optIn: [183, 184],
      help: [268, 276],
      status: [92, 92],
    },
  ],
  [
    'fresh-batch47.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      // 1 since round 17e: "msitume kifurushi kwa anwani ya zamani, sasa niko Mtaa wa Uhuru 14"
      // reads none (Swahili "wa", "of", no longer names the marketing for the address errand).
      likelyFalse: [1, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  // Batch 41 (businesses with several kinds of marketing), first read on round 14 as submitted
  // (7f298e6/dfff9da: recall 0.95, 3/460 explicit and 19/460 likely false, opt-in 0.88, help
  // 0.79, status 0.96; FIRST-READ-SCORES.md), then read for its misses (rounds 15d and 15e):
  // development data, the pin guards what was reached. Likely false 1 -> 0 on round 16a: "Walang
  // sibuyas po, tsaka pakitanggal yung pickles" (no onion, take out the pickles) names an
  // ingredient of an order, none (own-matters.ts).
  [
    'fresh-batch41.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  // Batches 37 and 38 (round 14's evidence: first read on the release and on round 14,
  // FIRST-READ-SCORES.md), read for their misses in rounds 15a-c; batch 40 (customers who want
  // more, first read on round 14 as submitted and on round 15: opt-in 0.72 and 0.73), read for its
  // misses in round 15f. Development data: the pins guard what was reached.
  [
    'fresh-batch37.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch38.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      status: [46, 46],
    },
  ],
  [
    'fresh-batch40.jsonl',
    {
      optOut: [460, 460],
      explicitFalse: [0, 460],
      likelyFalse: [0, 460],
      optIn: [92, 92],
      help: [92, 92],
      // Left: "Heb me opnieuw aangemeld maar krijg nog steeds niks, klopt dat wel?" (none).
      status: [45, 46],
    },
  ],
  // The round-16a sentences (notes "r16a c1" … "c5", "r16a keep"), batches 42-44's false stops
  // written after reading their misses, before the change: full after a meal or an ingredient
  // taken off (23 languages), a wait while driving or a delivery held while away, a charge on a
  // card, a contract or a product subscription ended, an apology, a courier complained of, a pet,
  // "enough" before taking an item (none), beside real stops said with the same words ("enough
  // of your food promos", "no more offers, I'm full up with them", "pause the promos while I'm
  // abroad", "cancel my subscription to your newsletter") and a help question. First reading on
  // 2b156a5: 21/21 opt-outs, 4/82 explicit and 15/82 likely false, help 1/1; with the change:
  // 21/21, 0/82, 0/82, 1/1, and every "none" line none.
  [
    'dev-round16a.jsonl',
    {
      optOut: [21, 21],
      explicitFalse: [0, 82],
      likelyFalse: [0, 82],
      optIn: [0, 0],
      help: [1, 1],
      status: [0, 0],
    },
  ],
  // The round-15c sentences (notes "r15c c1" … "c4"), batches 37-39's help questions and hard
  // negatives written after reading their misses, before the rules: "what do I have to do to stop
  // these?" asked as what must I do in 23 languages (help), what remains after a stop and how to
  // stop the ads but keep the notices (help), a direct debit stopped, an order or a ticket
  // cancelled, a food order's extras not to be sent, a cancelled plan still charged, a class left
  // (none), one offer declined for now (none), beside firm stops said with the same words. First
  // reading on dfff9da: 11/11 opt-outs, 11/67 explicit and 5/67 likely false, help 22/40.
  [
    'dev-round15c.jsonl',
    {
      optOut: [11, 11],
      explicitFalse: [0, 67],
      likelyFalse: [0, 67],
      optIn: [0, 0],
      help: [40, 40],
      status: [0, 0],
    },
  ],
  // The round-14a sentences (notes "r14a c1" … "c3"), batch 35's two things at once written by
  // the lead after reading its misses, before the change: thanks or an errand in one sentence and
  // an opt-in ("parcel came, thanks! add me to the offers list too") or a stop ("thanks for the
  // invoice. The newsletter can stop") in the next, in 23 languages, beside thanks and praise of
  // the offers (none). First reading on 3b10af9: 21/23 opt-outs, 0/46 explicit and 3/46 likely
  // false, opt-in 15/23; with the change (learned.ts bySentence), before the retrain: 22/23, 0,
  // 5/46 (the offers praised in fr, tl, ur: the model's), 21/23; the model retrained with these
  // sentences reads all of them.
  [
    'dev-round14a.jsonl',
    {
      optOut: [23, 23],
      explicitFalse: [0, 46],
      likelyFalse: [0, 46],
      optIn: [23, 23],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-14b sentences (notes "r14b c1" … "c5"), written after reading batches 34 and 35's
  // misses, before the rules: a part of the marketing refused beside a service kept ("weekly
  // catalogue no thanks, delivery updates yes", "我想退订周刊，但是订单通知照常发"), another
  // person's number removed too ("tira a minha irmã também, 11 98765-4321"), charity appeals,
  // Swahili "koma kutuma", Thai "take my name out" after "of no use", an unsubscription by mistake
  // with a wish to come back (uk, vi, bn, Turkey's RET), "send me your offers too" (ur, bn), and
  // the readings to keep (a phone plan or home internet cancelled, an item out of the order, a
  // card stopped by the bank, "koma kidogo"). First reading on 3b10af9: 32/46 opt-outs, 1/37
  // explicit and 2/37 likely false, opt-in 14/17, help 2/2.
  [
    'dev-round14b.jsonl',
    {
      optOut: [46, 46],
      explicitFalse: [0, 37],
      likelyFalse: [0, 37],
      optIn: [17, 17],
      help: [2, 2],
      status: [0, 0],
    },
  ],
  // The round-14e sentences (notes "r14e c1" … "c4"), batch 36's stops hidden in jokes and
  // stories written after reading its misses, before the rules: "stop tempting me 😩 ok, send me
  // the red one" and "ça suffit, j'en prends trois" (none) in 23 languages beside a stop of the
  // promos with an order, laughter beside "unsubscribe me", "stop sending me them", "don't send
  // any more" (a stop) beside "stop it, I'm dying 😂", "พอเถอะ 555" (none), hints with a wish
  // ("let's call it a day with these", "Ohne mich ab jetzt", "ما أبي شي منكم بعد اليوم") and
  // "no point in you still sending me promotions" (a stop, not the opt-in inside it). First
  // reading on f0f63f1: 24/32 opt-outs, 3/34 explicit and 11/34 likely false, opt-in 3/3;
  // after the rules 32/32, 0, 0, 3/3.
  [
    'dev-round14e.jsonl',
    {
      optOut: [32, 32],
      explicitFalse: [0, 34],
      likelyFalse: [0, 34],
      optIn: [3, 3],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-14c sentences (notes "r14c c1" … "c5"), batches 34 and 35's help, status and
  // false readings written after reading their misses, before the rules: how to cancel home
  // internet, wifi, fibre or a data promo's renewal, a card declined at a payment (none, not
  // help), "what are these messages? I'm not your customer" (help), a person asked for beside
  // "no automatic replies" (help), "did you manage to remove me?", "have you taken me off yet or
  // not?" (status), a phone plan cancelled ("zrezygnować z abonamentu", "Handy-Abo kündigen":
  // none), with the stops and help questions that keep their reading. First reading on 3b10af9:
  // 12/13 opt-outs, 9/80 explicit and 4/80 likely false, help 23/29, status 8/14, and 11 of the
  // 37 service sentences read as help; after the rules 13/13, 0, 0, 29/29, 14/14 and none.
  [
    'dev-round14c.jsonl',
    {
      optOut: [13, 13],
      explicitFalse: [0, 80],
      likelyFalse: [0, 80],
      optIn: [0, 0],
      help: [29, 29],
      status: [14, 14],
    },
  ],
  // The round-14d sentences (notes "r14d c1" … "c4"), batch 36's help/status boundary written
  // after reading its misses, before the rules: "I was going to ask how to unsubscribe... never
  // mind, do it for me" (a stop), a stop told then "has it been handled?" (status), "I never gave
  // you my number, wherever you got it, delete it" (a stop), an item taken out of the cart and an
  // order deleted by its number (none), with the help questions, repeated stops and phone
  // numbers that keep their reading. First reading on f0f63f1: 19/26 opt-outs, 6/28 explicit and
  // 2/28 likely false, help 6/7, status 4/10; after the rules 26/26, 0/28, 0/28, 8/8, 9/10. One
  // keep was replaced after the first reading: "…meine neue Nummer nie gegeben, bitte die alte
  // im Konto löschen und die neue eintragen" (an old number swapped in the account, read as a
  // stop by the class rules' polite "bitte … löschen", left for another round) by "Ich habe mich
  // nie bei euch angemeldet. Woher habt ihr überhaupt meine Nummer?" (help). Left: "La semana
  // pasada les pedí que no me mandaran más, ¿ya está hecho?" (none: the rules read no stop told).
  [
    'dev-round14d.jsonl',
    {
      optOut: [26, 26],
      explicitFalse: [0, 28],
      likelyFalse: [0, 28],
      optIn: [0, 0],
      help: [8, 8],
      // 9 → 10 with the model retrained on round 14: "La semana pasada les pedí que no me
      // mandaran más, ¿ya está hecho?" is a likely status.
      status: [10, 10],
    },
  ],
  // The round-13a sentences (notes "r13a c1" … "c7"), batch30's opt-in classes and its false
  // readings written by the lead after reading its misses, before the rules: "why does my
  // sister get your coupons and I don't?" in 23 languages beside a neighbour's parcel that came
  // first, "your offers stopped coming, I miss them" beside "I miss your old menu", STOP sent by
  // mistake and asked back, "no need to keep sending these", "what are these messages?", "am I
  // off the list now?", an onion taken off a kebab and a parcel not to be sent to the old post
  // office branch. First reading on e914b6a (the release): 2/5 opt-outs, 6/161 explicit and
  // 20/161 likely false, opt-in 51/118, help 9/9, status 6/6. Left: "Скучаю по вашему старому
  // меню" (a likely opt-in, the model's), an onion and parsley taken off (likely stops, the
  // model's).
  [
    'dev-round13a.jsonl',
    {
      optOut: [5, 5],
      explicitFalse: [0, 161],
      // 2 → 0 with the model retrained on round 13 (these sentences among its data).
      likelyFalse: [0, 161],
      optIn: [118, 118],
      help: [9, 9],
      status: [6, 6],
    },
  ],
  // The round-13c sentences (notes "r13c c1" … "c5", then "r13c p2"), batch32's classes written
  // by the developer after reading its misses, before the rules: one automated stream switched
  // off (price-drop and back-in-stock alerts, cart reminders, surveys, review requests, referral,
  // cashback, webinar invitations, app pushes) in 23 languages, the same switched back on, "what
  // is this points programme? I never joined" and "how do I turn off only the surveys?" (help), a
  // loan application withdrawn, a stolen card, a points balance and a review put off (errands),
  // and controls (an oven, a survey to fill in, delivery alerts kept). First reading of the 308
  // on 5295f39 (round 13a): 83/119 opt-outs, 4/189 explicit and 27/189 likely false, opt-in
  // 17/27, help 28/46. Pass 2 (99 probes, "r13c p2": new phrasings and risks of the new rules,
  // "end the survey", "drop the coupon code here", "ไม่ต้องขอบคุณ"), read on the first round-13c
  // rules: 43/45 opt-outs, 0/54 explicit and 4/54 likely false, opt-in 16/16, help 7/10. Left:
  // 6 likely false of the model (a survey the customer will fill in, an oven, "stellt mir die
  // Umfrage zu", Thai thanks, "acha maoni") and "Drop the coupon code here pls" (a likely opt-in
  // of the model).
  [
    'dev-round13c.jsonl',
    {
      optOut: [164, 164],
      explicitFalse: [0, 243],
      // 6 → 0 with the model retrained on round 13 (these sentences among its data).
      likelyFalse: [0, 243],
      optIn: [43, 43],
      help: [56, 56],
      status: [0, 0],
    },
  ],
  // The round-12a sentences (notes "r12a c1" … "c9"), batch24's and batch25's classes written
  // by the lead after reading their misses, before the rules: partial stops keeping a service
  // notice without a stop verb, a relative's stop in the third person, a Thai city whose name
  // holds "ใหม่" (new), transliterated keywords (อันซับ, অপ্ট আউট, ऑप्ट आउट, bare إزالة), "I never
  // subscribed" negated after the verb in romanised Bengali, Cantonese, "I sent STOP, did it
  // work?", "my friend gets your codes, I want them too", "these offers aren't for me" (c9,
  // written before either batch existed), with controls. First reading on the release
  // (4f61332): 40/57 opt-outs, 1/41 explicit and 2/41 likely false, opt-in 14/17, status 8/12;
  // with round 12's first rule alone 47/57.
  [
    'dev-round12a.jsonl',
    {
      optOut: [57, 57],
      explicitFalse: [0, 41],
      likelyFalse: [0, 41],
      optIn: [17, 17],
      help: [0, 0],
      status: [12, 12],
    },
  ],
  // The round-12c sentences (notes "r12c c1" … "c7", then "r12c p2"), batch26's classes written by
  // the lead after reading its misses, before the rules: Spain's vosotros forms, separable and
  // clipped verbs (de, nl, sw, pl, bn, ar), "how do I get only the delivery updates and not the
  // ads?" (help, notices-only.ts), a past request asked about (status), "without the Black
  // Friday ones" (likely), "my colleague gets your offers, can I have them too?", sugar and a
  // fee (traps). First reading on 4931c30 (round 12a): 27/30 opt-outs, 3/45 explicit and 6/45
  // likely false, opt-in 4/5, help 10/17, status 4/8. Pass 2 (a service question with "let me
  // know", "keep X, ditch the rest", "not your target"), read on the round-12c rules before its
  // own: 35/38 opt-outs, 0/52 explicit and 1/52 likely false.
  [
    'dev-round12c.jsonl',
    {
      optOut: [38, 38],
      explicitFalse: [0, 52],
      likelyFalse: [0, 52],
      optIn: [5, 5],
      help: [17, 17],
      status: [8, 8],
    },
  ],
  // The round-13b developer's sentences (notes "r13b c1" … "c7", controls marked "control"),
  // batches 30's and 28's opt-out classes written after the lead read their misses, before any
  // rule, in new phrasings in every language where the class is natural: a life change making the
  // offers useless, a curt "enough" said to the sender, "I'm out / I pass" after irony, a polite
  // decline for the future, flooded / spare me / leave me alone, batch 28's plain misses
  // (donation requests, "gazetka", "comunicações publicitárias", "ขอออกจากลิสต์ครับ", "bỏ mình
  // ra"), a cable TV package cancelled (none), beside quantities, orders, "drowning in work",
  // "I pass by tomorrow". First reading on e914b6a: 178/240 opt-outs, 1/117 explicit and 4/117
  // likely false, help 3/3; 6 of the 23 TV package questions read as help. Pass 2 ("r13b p2"),
  // 59 risk probes written after the rules, first read on bae97f9: 24/24 opt-outs, 0/35 explicit
  // and 6/35 likely false ("if I need anything else I'll call you, thanks for sorting the refund"
  // narrowed since). Left: "Ya está bien, ¿eh?" (an everyday sense too: only after a complaint),
  // "Bila mimi, asanteni" (no complaint beside it), a future decline closed by a tag question in
  // pl, tr, bn (read as a question or a supposed stop: hypothetical.ts), "the old offers are
  // useless to me now, do you have new ones?" (likely), and 7 likely false the model raises on
  // the rules' silence (quantities, an invoice, a donation drop-off): the model was not retrained
  // with this file.
  [
    'dev-round13b.jsonl',
    {
      // 259 → 262 with the model retrained on round 13 (these sentences among its data).
      optOut: [262, 264],
      explicitFalse: [0, 152],
      // 9 → 2 with the model retrained on round 13 (these sentences among its data).
      likelyFalse: [2, 152],
      optIn: [0, 0],
      help: [3, 3],
      status: [0, 0],
    },
  ],
  // The round-12b developer's sentences (notes "r12b c1" … "c7"; "keep" marks the sentences that
  // must keep their reading), written before any rule: words of stopping said about a service or
  // a thing in all 23 languages (a data bundle, caller tune or paid plan cancelled or asked how
  // to, a parcel, bill or courier named, an account or wallet blocked, a parcel left or a car
  // stopped at a place, a balance asked about, thanks and a farewell alone, a discount code that
  // does not work), beside real stops and real how-to-leave questions. First reading (4f61332):
  // 34 of 153 misread: 15 of the 24 service how-questions read as help, opt-outs 16/16, 3
  // explicit and 14 likely false of 137, opt-in 1/2, help 10/10. Pass 2 ("r12b p2"), 44 risk
  // probes written after the first rules (real stops and how-to-leave questions beside a service,
  // a parcel, a place, a balance or thanks), first read on b0c4dd9: 40 of 44 (the service and
  // the balance had set aside a stop in a clause of its own), then fixed. Pass 3 ("r12b p3"), 19
  // more risk probes (leave me alone beside a neighbour or a guard, a card "blocked anyway",
  // thanks beside a stop), first read on a7595b8: 14/17 opt-outs, 0/2 false (a place and a
  // blocked account had been read across clauses), then fixed. "Send me more discount
  // codes, I love them" (none on main: no opt-in phrase reads "send me more") is read by the
  // retrained model.
  [
    'dev-round12b.jsonl',
    {
      optOut: [73, 73],
      explicitFalse: [0, 143],
      likelyFalse: [0, 143],
      // 2 with the model retrained on rounds 12a-12c together ("send me more discount codes, I
      // love them", read by the model alone).
      optIn: [2, 2],
      help: [14, 14],
      status: [0, 0],
    },
  ],
  // The round-11b developer's sentences (notes "r11b c1" … "c6", then "r11b p2"), written
  // before the rules: a bare yes in 23 languages and one kind of offer asked for (opt-in) beside
  // a yes about something else, "what is this message? I never bought anything" and "how do I
  // get off, STOP does not work" (help), "did you take me off the list?" (status) beside "take me
  // off", a gym membership, an automatic debit or renewal, a landline, a lost card, a class left
  // (none) beside the same with the promos named. First reading (1afd406): 74 of 262 misread
  // (opt-in 38 of 80, 8 explicit and 19 likely false opt-outs of 241). Pass 2, 113 probes written
  // after the rules, first read on b8d0489: 8 misread (opt-in 39 of 43, status 7 of 9, 1
  // explicit and 2 likely false opt-outs of 108), then fixed. Pass 3, 37 risk probes of the new
  // rules ("r11b p3"), first read on daa1200: 15 of 23 opt-outs (the gym set aside "I don't want
  // anything from your gym anymore": now only a gym left, with a membership or a cancel verb, is
  // no stop), 0 explicit and 1 likely false of 14. Left: "yes ok" (likely opt-in), "yes, wrong
  // number" (likely stop, as on main), "já me tiraram da lista? não? então tirem agora" (status,
  // as on main).
  [
    'dev-round11b.jsonl',
    {
      optOut: [48, 49],
      explicitFalse: [0, 363],
      likelyFalse: [1, 363],
      optIn: [123, 123],
      help: [45, 45],
      status: [31, 31],
    },
  ],
  // The round-11a developer's sentences (notes "r11a c1" … "c6", then "r11a p2"), written
  // before the rules: a partial stop naming the kind of offer beside a service kept ("flight
  // updates are fine, but no hotel offers"), the pitch refused with its reason ("no need to
  // offer me data packs, I'm on unlimited"), our marketing refused on WhatsApp for another
  // channel (a stop on WhatsApp; an invoice moved to e-mail stays none), a relative taking
  // someone else off the list, "cancel receiving" (Chinese 取消接收 read as an opt-in before),
  // terse and dictated stops. First reading (751a156): 125 of 161 opt-outs, 0 explicit and 2
  // likely false of 30. Pass 2, 62 probes written after the first rules, first read on
  // 39c986f: 39 of 46 opt-outs, 0 explicit and 2 likely false of 16. Left: "don't offer me
  // the basic plan, I want the premium one" (likely: a bare "don't offer me" is only asked).
  [
    'dev-round11a.jsonl',
    {
      optOut: [207, 207],
      explicitFalse: [0, 46],
      likelyFalse: [1, 46],
      optIn: [1, 1],
      help: [0, 0],
      status: [0, 0],
    },
  ],
  // The round-9a developer's sentences (notes "r9a c1" … "c9", then "r9a p2" … "p4"), each
  // pass written before the rules it led to: invitations declined for the future, one stream
  // switched off, "and don't send the others either", "no offers on WhatsApp" (and moved to
  // email: none), "I moved abroad, remove my number", chatty stops, partial stops keeping the
  // reminders, look-alike letters, a bare "enough, thanks" (likely), with controls. First
  // readings (FIRST-READ-SCORES.md, round 9a): pass 1 on main d4d3a0c 178/205 opt-outs, 2/73
  // explicit and 3/73 likely false; pass 2 on this round's code 119/127, 0/36, 1/36; pass 4
  // (risk probes of the new rules) 13/13, 2/25, 2/25. Left: "Undangannya bisa dikirim ulang?
  // Kehapus" (likely, as on main). Round 11c: "No me manden las demás tallas, solo la M" is
  // none (the other sizes of an order, a trap in lexicon/round11c-rules.ts): the retrained
  // model had stopped doubting the rules' explicit reading of it.
  [
    'dev-round9a.jsonl',
    {
      // Round 11a relabelled its 11 "moved to e-mail" controls as stops (channel-stop.ts: the
      // opt-out list is per channel): 345/345 and 0, 2 of 148 became 356/356 and 0, 2 of 137;
      // 1 of 137 likely false with rounds 11a-11c merged (as round 11c read it). Round 14: 2, the
      // model retrained with batch 36 reads "Danke, das reicht mir als Info" (that is enough
      // information for me) as a likely stop (P 0.69): a question asked, nothing recorded.
      optOut: [356, 356],
      explicitFalse: [0, 137],
      likelyFalse: [2, 137],
      optIn: [0, 0],
      help: [0, 0],
      status: [0, 0],
    },
  ],
])('corpus %s (rounds 4 to 9b, counts pinned)', (file, pinned) => {
  const { total, byLang } = scoreCorpus(read(file), classifyMessage);
  const pair = (r: Ratio): [number, number] => [r.hit, r.of];

  it('keeps the counts reached', () => {
    expect({
      optOut: pair(total.optOut),
      explicitFalse: pair(total.explicitFalseOptOut),
      likelyFalse: pair(total.likelyFalseOptOut),
      optIn: pair(total.optIn),
      help: pair(total.help),
      status: pair(total.status),
    }).toEqual(pinned);
  });

  it('acts at once on no message that is not an opt-out, in any language', () => {
    const wrong = [...byLang].filter(([, s]) => s.explicitFalseOptOut.hit > 0).map(([l]) => l);
    expect(wrong).toEqual([]);
  });
});
