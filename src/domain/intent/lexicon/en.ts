/**
 * English. Keywords: Twilio/FCC (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE,
 * OPTOUT), AWS (REMOVE, OPT-OUT); phrases from Spoke's opt-out list and the FCC's
 * "reasonable person" standard (opt-out-prior-art.md §3, §5, §7).
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const en: Lexicon = {
  lang: 'en',
  keywords: {
    stop: words(`
      stop, stopall, stop all, unsubscribe, unsub, unsubscribed, unsuscribe, unsubcribe,
      unsubscibe, unsubscrib, unsubsribe, optout, opt out, opted out, opt me out, revoke, halt,
      cease, desist, cease and desist, leave me alone, do not contact, dont contact, do not text,
      dont text, dont message, do not message, no more messages, stop promotions, stop promos,
      quit it, cut it out`),
    stopWeak: words('cancel, end, quit, remove, delete, discontinue, no more, take me off'),
    stopSolo: [],
    stopLikely: words(`
      no, nope, nah, no thanks, no thank you, no thx, enough, enough already, enough is enough,
      spam, spammer, spamming, annoying, not interested, pause, go away, shut up, stfu, block,
      blocked, reported, report, wrong number, mute, snooze, too many, too much, way too much, less,
      fewer`),
    start: words(`
      start, unstop, subscribe, resubscribe, re subscribe, resume, optin, opt in, opt me in,
      opt me back in, opt back in, start again, subscribe again, subscribe me, sign me up,
      sign me back up, join, rejoin, restart, undo, unblock, reactivate`),
    help: words('help, info, information, help me, commands, keywords, help please'),
    status: words(`
      status, my status, subscription status, subscriptions, my subscriptions, my preferences,
      preferences, my subscription`),
  },
  filler: words(`
    please, pls, plz, plse, pleas, pleeze, kindly, thanks, thank you, thank u, thankyou, thanx,
    thx, thnx, ty, tks, cheers, thanks a lot, many thanks, ok, okay, k, kk, hi, hello, hey, hiya,
    yo, dear, sir, madam, guys, team, now, right now, already, asap, immediately, at once, today,
    yes, yes please, just, sorry, oh, ugh, omg, lol, good morning, good afternoon, good evening,
    bye, goodbye, seriously, really, honestly, man, bro, dude, mate, for real, forever, for good,
    permanently, right away, straight away, thank you very much, thanks so much, i said, said,
    for the last time, one more time, once again, i repeat, again, please please`),
  all: words(`
    all, everything, every, anything, all of it, all of them, stopall, completely, entirely,
    whole, every single`),
  objects: words(`
    messages, message, msgs, msg, texts, text, txts, sms, smss, promotions, promotion, promos,
    promo, promotional, promotional messages, offers, offer, deals, ads, adverts, advertisements,
    advertising, marketing, marketing messages, newsletters, newsletter, notifications, notifs,
    updates, alerts, emails, mails, spam, broadcasts, broadcast, campaigns, whatsapps,
    whatsapp messages, stuff, junk, things, reminders, discounts, coupons, announcements,
    communications, comms, crap, shit, nonsense, calls, sales messages, communication,
    correspondence, contact`),
  pronouns: words('it, this, that, these, them, those'),
  connectors: words(`
    your, ur, my, me, us, our, of, from, to, on, off, any, more, anymore, any more,
    further, list, mailing list, number, my number, phone number, contact, name, for, with,
    again, and, also, too, sending, at all, in`),
  negators: words(`
    not, dont, doesnt, didnt, never, cant, cannot, wont, wouldnt, shouldnt, couldnt, isnt,
    arent, aint, nor, without, neither`),
  classes: {
    who: words('who, whos, who s, whom'),
    stopSaid: words(
      'not to text, not to message, not to contact, to stop, unsubscribe, remove me, opt out, take me off',
    ),
    stopV: words('stop, quit, cease, halt, end, discontinue, stopp, stahp'),
    sendG: words(`
      texting, messaging, msging, contacting, spamming, emailing, calling, bothering, harassing,
      harrassing, pestering, bugging, whatsapping, pinging, mailing, annoying, disturbing,
      hounding, badgering, writing, flooding, smsing, dming, txting, blowing up my phone,
      hitting me up, reaching out`),
    sendV: words(`
      text, message, msg, contact, spam, email, call, bother, harass, pester, bug, whatsapp,
      ping, write, mail, sms, dm, disturb, reach out to, annoy, hound, txt, write to`),
    recvG: words('receiving, getting, recieving, being sent'),
    det: words(`
      the, these, this, those, your, ur, any, all, all the, all these, all your, all of these,
      all of your, all of the, such, that, my`),
    more: words('more, any more, anymore, further, again, ever again, no more'),
    meObj: words(`
      me, us, this number,
      my ?(phone|mobile|cell|whatsapp|contact|telephone) (number|no|nr)
      my (name|details|contact|contact info|contact details|info|data|email)`),
    list: words(`
      list, lists, mailing list, contact list, marketing list, database, db, broadcast list,
      broadcast, group, system, records, distribution list, subscriber list, messaging list,
      text list, sms list, newsletter, contacts, whatsapp list, promo list, promotion list`),
    tail: words(
      '@eoc, ?@det ?@more @obj, @more, @pron, @filler, me @eoc, anything, anything else, nothing, something',
    ),
    kwOut: words(`
      unsubscribe, unsub, opt out, optout, stop, cancel, remove, end, quit, be removed, get off,
      get removed, leave, turn off, disable, mute, block`),
    kwIn: words(`
      subscribe, opt in, optin, resubscribe, resume, start, sign up, join, opt back in,
      opt me back in, subscribe again, start again, sign back up, get back on`),
  },
  traps: words(`
    subscription (box|boxes|order|delivery|plan)
    (bus|pit|one|full|last|next|first|truck|rest|tram|train|door|non|quick|nearest|closest|shuttle|metro|subway|tube|taxi) stop
    nonstop
    stop (sign|light|loss|motion|by|in|over|off|and shop|and go|watch)
    stop at (the|your|my|a)
    more @obj like (this|that|these|those)
    (the|at the|in the|to the|by the) end
    end (of|up|date|time|user)
    (high|dead|year|month|deep|front|back) end
    ended up
    cancel ?(my|the|this|that|our|an|a|his|her) (order|orders|booking|reservation|appointment|payment|delivery|purchase|transaction|flight|ticket|card|meeting|plan|request|item|items|trip|tour|table|session|class|account)
    quit (smoking|drinking|vaping|sugar|my job|job|work|school|the game|gambling|coffee|alcohol)
    no more than
    (spam|junk) folder
    (in|to|my|into) (spam|junk)
    remove (the|this|that|an|a|my) (item|items|product|products|charge|fee|card|address|order)`),
  rules: rules(`
    in (get|have|want|receive) (them|it|those|these|@det @obj|@obj) (back|again)
    help who (is|s|are) (this|that|you|u|these|yall|you guys|you people) ?@filler @eoc
    help (whos|who s) (this|that|texting|messaging|writing) ?@filler @eoc
    help (what|which) (is|s) (this|that) (number|company|about|for) @eoc
    help why (am|are|do|did|is|does) (i|we|my number) (getting|receiving|recieving|get|receive|being sent) ?@det (@pron|@obj|texts|messages|stuff)
    in @bos ?(yes|yeah|yep|sure|ok|okay) ?please (send|text|message) (me|us) ~2 (@obj|deals|offers|promos)
    in (keep|continue) (sending|texting|messaging) ?(me|us) ~2 (@obj|@pron|@eoc)
    in (add|put|sign|subscribe|opt|include) (me|us|my number) ~1 (back|again|in again|on again|up again)
    in (add|put|sign|subscribe|opt|include) (me|us|my number) ~4 (back|again)
    in (re add|readd|re subscribe|resubscribe|re enroll|reenroll) (me|us)
    out @stopV @sendG
    out @stopV (sending|forwarding) ?(me|us) @tail
    out @stopV @recvG (@eoc|?@det ?@more @obj|@pron|@filler)
    out @stopV ?@det @obj
    outneg (dont|do not|never|stop) ?ever @sendV ?(me|us)
    outneg (dont|do not|never) ?ever (send|forward) ?(me|us) @tail
    out (remove|delete|erase|scrub|purge|wipe|drop|strike|lose|forget|unlist|delist|exclude) @meObj
    out (take|get|kick|cross|pull|strike|put) @meObj ?right (off|out of) ?@det ?@list
    out (remove|delete|erase|unsubscribe|unsub|opt|drop|take) ~4 (from|off|out of) ?@det @list
    out (@bos no|no (more|further|longer)) ?@det @obj
    outneg (dont|do not|no longer|never|dont ever) (want|wish|need|like) ?to ?(receive|get|see|have|recieve|be sent) ~4 @obj
    outneg (dont|do not|no longer) (want|wish) to (receive|get|recieve|be sent|be contacted|hear from you) ~2 (@pron|anything|@more|@eoc)
    outneg (dont|do not|no longer) (want|need) ~1 (@pron|stuff) (anymore|any more|again|no more)
    outneg rather not (receive|get|be contacted|hear) ~3
    out leave (me|us) (alone|be)
    out make (it|them|this|these|that|@det @obj) stop
    out (want|need|would like|d like) (you|u|yall|you guys|you people) to (stop|quit|cease|unsubscribe me|remove me|leave me alone)
    outneg (can|could|would|will) (you|u) ?please not @sendV
    outneg (do not|dont|no longer|never|did not|didnt) consent
    out (want|get|let me|take me) out (of|from) ?@det @list
    out (be|get|been|being) (removed|taken off|unsubscribed|deleted|opted out|dropped)
    out (unsubscribe|unsubscribed|unsubscribing|unsub|unsuscribe|unsubcribe|unsubscibe|optout|opt out|opting out|opted out|stopall|opt (me|us) out)
    out (revoke|withdraw|withdrawing|revoking|remove) ?my consent
    out (do not|dont) (contact|call|text|disturb|message) list
    out (you can|u can|you may|please|pls|plz|kindly|just) (stop|quit|end|cancel) ?@filler @eoc
    out enough ?(with|of) ?@det @obj
    out (said|say|saying|told you|tell you|telling you|asked you to|asked to) ?to (stop|unsubscribe|opt out|remove me|stop texting|stop messaging)
    maybe (too|so|way too|very) (many|much) @obj
    maybe (keep|kept|still|always|constantly) (getting|receiving|recieving) ?@det ?@obj
    maybe (@sendV|text|send|sending|texting|messaging|@obj) (too much|too often|so much|so often|way too much|way too often|every day|constantly|all the time|nonstop|non stop)
    maybe (had|have|ve had|d had) enough
    maybe (2nd|3rd|4th|5th|6th|7th|8th|9th|10th|third|fourth|fifth|sixth|tenth|umpteenth) @obj
    maybe (do|will|does|would) (you|u|yall|they) ever stop
    maybe why ~3 (keep|still|always|constantly|even) ~2 (@sendG|sending|@recvG)
    maybe why (are|r|do|would|does) (you|u|yall|you guys|they) ~1 (@sendG|sending me (@pron|@obj|stuff))
    maybe why ~3 (getting|receiving|recieving) (@pron|@obj)
    maybe why (do|did|does) (you|u|yall|they) (text|message|contact|msg|spam|whatsapp) (me|us)
    maybe spam|spammy|spammers|spamming|spammed
    maybe (so|very|really|super|this is|its|you are|youre|ur|u r|u are|how|quite|too|getting|extremely|is) (annoying|irritating|anoying)
    maybe (harassment|harrassment|harassing|harrassing|stalking|stalker|intrusive|invasive)
    maybe (not|never) interested
    maybe no interest
    maybe no longer interested
    maybe (said|told you|told u|asked you|asked u|asked) ~3 (times|already|before|twice|so many times|again|repeatedly)
    maybe (ill|i will|gonna|going to|im going to|i am going to) (block|report) ~2
    maybe (blocked|blocking|reported|reporting) (you|u|this|this number|your number)
    maybeneg (never|didnt|did not|dont remember) ?ever (sign|signed|subscribe|subscribed|opt|opted|ask|asked|agree|agreed|consent|consented|register|registered|gave you)
    maybe (who|how|where) ~4 (got|get|gave|give|find|found) ~1 my (number|contact|phone number|details)
    maybe wrong (number|person)
    maybe (why|how) (do|does|did) (you|u|yall|they) (have|has|got|get) my (number|contact|details|phone number)
    maybe (pause|snooze|mute|silence) ?@det ?@obj
    maybe (less|fewer) @obj
    maybe (send|text|message) ?me (less|fewer)
    maybe (go away|get lost|piss off|f off|fuck off|shut up|back off|buzz off|bugger off|cut it out)
    maybeneg (dont|do not) (want|need) ?(this|it|that|these|them|any|anything) @eoc
    out cancel ?(my|the|this|your) (subscription|subscriptions) (@eoc|@filler)
    maybe cancel ?(my|the|this|your) (subscription|subscriptions|membership)
    maybe (i want|i need|id like|i would like|i wanna|let me|i wish) to (stop|quit|end|cancel|leave|exit) @eoc
    maybe i want out @eoc
    maybe (im|i am|we are|were) (done|finished|through) with ~2 (@obj|@pron|you|it)
    in @bos ?(please|pls|plz|can you|could you|you can|just) (start|resume|restart|continue|keep) (sending|texting|messaging) ?(me|us) (@eoc|again|?@det @obj|@pron|@filler)
    in (send|text|message) (me|us) ?@det ?@obj (again|once more|back)
    in (want|wish|would like|d like|like|wanna) ?to (receive|get|hear from you|start receiving|start getting|resume) ?@det ?@obj (again|back)
    in (want|wish|would like|d like|wanna) to (receive|get|start receiving|resume receiving) ?@det @obj
    in (opt|sign|subscribe|add|put) (me|us|my number) ?back (in|up|on|again|back)
    in (subscribe|resubscribe|re subscribe|reactivate|opt in|optin|opt back in|unstop)
    in i want (@pron|@obj|the @obj) back
    help how (do|can|could|would|should|does|to|shall|do you|can you|does one|do we|can we|will|d) ~3 (@kwOut|@kwIn)
    help (what|which) ~6 (to|for|in order to) (@kwOut|@kwIn)
    help (can|could|may) (i|we) ?please (unsubscribe|opt out|subscribe|opt in|resubscribe)
    help (is there|is it possible|any way|a way|possible) ~3 (to|i can) ~2 (@kwOut|@kwIn)
    help where ~4 (@kwOut|@kwIn)
    help (what|which) (is|are|s) ?the (keyword|keywords|command|commands|code|word|words|options)
    help (what|how) ~3 (mean|means) ~2 (stop|unsubscribe|start|cancel)
    help (what|which) ~2 (do|can|should) i (reply|text|send|type)
    status (am|are|m) (i|we) ~2 (subscribed|unsubscribed|opted in|opted out|signed up|registered|on (the|your|this|any) list|removed|off the list|blocked|suppressed|still receiving)
    status (what|which) ~4 (am i|are we) ~2 (subscribed|signed up|opted in|registered|on|getting|receiving)
    status (what|which) ~1 (do|will) i ?still (receive|get)
    status (what|which) ~3 (do|will) i still (receive|get)
    status (did|has|have|was|is) ~3 (unsubscribe|opt out|stop|removal|request) ~2 (work|worked|go through|gone through|succeed|succeeded|processed|done)
    status (have|has) (i|my number|we) been (unsubscribed|removed|opted out|taken off|deleted)
    status (check|show|view|see|list|what are|whats) ?my (subscription|subscriptions|status|preferences|settings)
    status @bos (will|am|are|do) (i|we|you) (still|continue to) ~2 (send|sending|text|texting|message|messaging|get|getting|receive|receiving)
    status (is|am) my (number|subscription) ~2 (active|still|subscribed|on)`),
  common: words(`
    the, is, are, i, you, my, your, this, that, what, why, how, please, thanks, thank, to, and,
    of, for, with, not, dont, do, have, it, we, they, can, will, want, hello, hi, yes, ok, me,
    am, im, was, get, send, sending, messages, anymore, would, like, who, where, be, just, did`),
  signals: {
    laugh: words(
      `im dying, i m dying, dying, dead, im dead, rofl, hilarious, so funny, crying laughing, cant breathe, joking, kidding, jk`,
    ),
    past: words(
      `by mistake, by accident, accidentally, mistakenly, (last|past) (year|month|week), (a while|a year|years|months|weeks|some time) (ago|back), (earlier|before) ~2 (unsubscribed|opted out|stopped)`,
    ),
    still: words(
      `(told|asked) you ~3 (times|already|before|twice), (still|keep|kept) ~1 (getting|receiving|recieving|sending|texting|get|receive), (still|keep|kept) (coming|arriving), (already|before) ~3 (asked|told|said|requested|replied|sent) ~3 (stop|unsubscribe|remove|opt out), how many times`,
    ),
    decline: words(
      `not now, not right now, not at the moment, (not|no) this (time|one), (next|another) time, (but|though) ~3 (keep|send) ~2 (me|us) ~2 (posted|updated|the others|others|other), maybe later`,
    ),
  },
};
