/**
 * Round 15b of issue 18: opt-ins and stops said sideways, missed on batches 37 to 39. Phrasings
 * in none of the corpora beside the sentences that keep their reading (dev-round15b.jsonl holds
 * more). See new-number.ts (the offers that used to come, "did you forget me?"),
 * unsubscribed-elsewhere.ts (unsubscribed elsewhere, "here too"), sent-by-mistake.ts (an
 * unsubscription regretted), put-back.ts, come-back.ts (the wish first, the stop told after),
 * never-joined.ts (the loanword negated) and lexicon/round15b-rules.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('the offers that used to come, and "did you forget me?", is an opt-in (c1)', () => {
  it.each([
    'You used to send me the weekly deals, have you forgotten me? 🥲',
    'Antes me llegaban las promociones cada semana, ¿ya se olvidaron de mí?',
    'Avant je recevais vos promos chaque mois, vous m’avez oublié ? 😅',
    'Früher habt ihr mir immer die Angebote geschickt, habt ihr mich vergessen?',
    'Prima mi arrivavano le promozioni ogni mese, vi siete dimenticati di me?',
    'Eu recebia as promoções toda semana, vocês esqueceram de mim? 😅',
    'Kiedyś dostawałam wasze promocje co tydzień, zapomnieliście o mnie? 😅',
    'Раньше вы присылали мне скидки каждую неделю, про меня забыли?',
    'Eskiden her hafta indirimleriniz gelirdi, beni unuttunuz mu?',
    'Dulu sering dapat diskon dari toko ini, sekarang lupa sama aku ya?',
    'Zamani mlikuwa mnanitumia ofa kila wiki, mmenisahau?',
    'แต่ก่อนได้ส่วนลดทุกอาทิตย์ ตอนนี้ลืมกันแล้วเหรอ',
    'Hồi trước tuần nào cũng có khuyến mãi, giờ shop quên mình rồi hả',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each([
    'Did you unsubscribe me? I still get the deals',
    'Luckily you forgot me, I used to get your offers every day',
    'My parcel from Tuesday never arrived, did you forget me?',
    'ว่างกันมากเหรอ ลบเบอร์ออกให้หน่อย',
  ])('a status question, a relief or a missing order is no opt-in: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in\//);
  });
});

describe('unsubscribed elsewhere, then "here too", is a stop (c2)', () => {
  it.each([
    'I already unfollowed your Facebook page and unsubscribed from the newsletter, here as well please',
    'Ya me di de baja del correo y los dejé de seguir en Instagram, aquí también por favor',
    'Instagram entfolgt, Newsletter abgemeldet, jetzt bitte auch hier',
    'Ik heb jullie op Instagram ontvolgd en me voor de mail afgemeld, hier ook graag',
    'Instagramda takipten çıktım, e-postadan da çıktım, buradan da çıkarın lütfen',
    'Udah unfollow Instagram kalian, di sini juga ya',
    'Mình đã bỏ theo dõi Instagram rồi, ở đây cũng vậy nhé',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'I unsubscribed from the newsletter, but WhatsApp is fine',
    'I unfollowed you on Facebook, where is your new shop?',
    'I unsubscribed from the emails, can you send the receipt here too?',
    'Already got the invoice by email, send it here too please',
  ])('an unsubscription elsewhere alone, or an errand here too, is no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});

describe('coming back after a regret or an accident is an opt-in (c3)', () => {
  it.each([
    'I unsubscribed from the offers in March and regret it, please add me again',
    'Me di de baja del boletín y me arrepiento, ¿me pueden volver a apuntar?',
    'Ho disdetto la newsletter e me ne pento, potete reiscrivermi?',
    'Ik heb me afgemeld en heb er spijt van, kunnen jullie me weer aanmelden?',
    'Saya nggak sengaja keluar dari grup, tolong masukkan lagi',
    'Keine Newsletter mehr seit Wochen, obwohl ich ihn haben will. Bitte wieder einschalten',
    'Send the sale alerts again please, I stopped them last winter',
    'Send the loyalty offers as well, not just the booking reminders',
    'Kirimin diskon member juga ya, bukan cuma jadwal kelas',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each([
    'I regret ever signing up, stop the newsletter',
    'Keine Angebote mehr bitte',
    'Send only the booking reminders, no offers',
    'What do I text back if I want these to stop?',
    'Send the order again please, I stopped the subscription last month',
  ])(
    'a regret of signing up, a plain stop, a how question or an errand is no opt-in: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_in\//);
    },
  );
});

describe('never subscribed, with the loanword, then a removal, is a stop (c4)', () => {
  it.each([
    'Maine kabhi subscribe nahi kiya yaar, mera number remove karo',
    'ami to kokhono subscribe korini, number delete koren',
    'Hindi ako nag subscribe dito, paki remove po',
    'Saya tak pernah subscribe, tolong delete nombor saya',
    'please on subscribe me from the deals',
    'subscribe me off this list please',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'please subscribe me to the deals',
    'subscribe me from next month please',
    'I unsubscribed by mistake, please subscribe me again',
    "I can't register on your site, remove my old account",
    "The app won't let me sign up, delete the account and I'll try again",
  ])('a subscription asked for, or an account that will not register, is no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});
