/**
 * Round 17a of issue 18: opt-ins missed in long or formal messages (batch 48). Phrasings in none
 * of the corpora beside the sentences that keep their reading (dev-round17a.jsonl holds more).
 * See lexicon/round17a-rules.ts (joining through someone on the list, asked as a request),
 * context.ts (the request words of a question), new-number.ts (the offers that used to come,
 * asked for again in a formal letter) and come-back.ts (a told stop, then a resumption).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('joining through someone who already gets the offers is an opt-in (c1)', () => {
  it.each([
    'Hi! My neighbour gets your weekend bakery deals on WhatsApp. Could you add me too? I pass by every morning.',
    'Bonjour, mon beau-frère reçoit vos offres sur le poisson. Vous pourriez ajouter mon numéro aussi ? Merci.',
    'Ciao, la mia collega riceve le vostre promo del pranzo. Potete aggiungere anche me? Lavoro qui accanto.',
    'Guten Tag, meine Nachbarin bekommt Ihre Angebote für frisches Brot. Können Sie meine Nummer auch in die Liste aufnehmen?',
    'Dzień dobry, szwagierka dostaje od Państwa promocje na ryby. Czy mogłabym też zostać zapisana do tej listy?',
    'Добрий день, моя колега отримує від вас знижки на обіди. Чи можна мій номер теж додати у список?',
    'Merhaba, komşum sizden ekmek kampanyalarını alıyor. Beni de listeye ekler misiniz?',
    'Habari, jirani yangu anapata ofa zenu za mkate. Naomba namba yangu iongezwe kwenye orodha pia.',
    'Halo kak, tetangga saya dapat info promo roti dari sini. Nomor saya juga dimasukkan ya ke daftarnya.',
    'مرحبا، جارتي بيوصلها منكم عروض الخضار. ممكن تضيفوني أنا كمان للعروض؟',
    'नमस्ते, मेरे पड़ोसी को आपकी मिठाई के ऑफ़र आते हैं। क्या मुझे भी उस लिस्ट में जोड़ सकते हैं?',
    '你好，我邻居一直收到你们面包店的优惠。可以把我的号码也加进去吗？',
    'こんにちは。母がそちらのパンのお知らせを受け取っています。私の番号も登録していただけますか？',
    'สวัสดีค่ะ เพื่อนบ้านได้รับโปรขนมปังจากร้าน เพิ่มเบอร์ฉันด้วยได้ไหมคะ',
    'Mein Kollege bekommt eure Mittagsangebote. Kann ich auch auf die Liste?',
    'Mijn collega krijgt jullie lunchaanbiedingen. Mag ik ook op die lijst?',
    'Yung kapatid ko nakakatanggap ng promo niyo. Pwede rin po ba akong isali?',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'Could you add a bottle of water to my order too? Thanks.',
    'Potete aggiungere anche due cornetti al mio ordine?',
    'Können Sie meiner Bestellung noch ein Brot hinzufügen?',
    'Czy mogę też zamówić tort na sobotę?',
    'Tolong tambahkan satu roti lagi ke pesanan saya.',
    '注文にパンも追加していただけますか？',
  ])('an item added to an order is no opt-in: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'My sister gets your offers and so do I. Please remove my number from the list.',
    'Mia cognata riceve i vostri messaggi, io non li voglio: cancellate il mio numero.',
  ])('someone on the list named beside a stop stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('a formal request to receive again after a return is an opt-in (c2)', () => {
  it.each([
    'Madame, Monsieur, installée de nouveau à Lyon après deux ans au Canada, je recevais auparavant vos offres saisonnières. Je vous serais reconnaissante de m’inscrire à nouveau. Cordialement, Claire Petit',
    'Yth. Bapak/Ibu, saya sudah kembali ke Medan setelah setahun di Malaysia. Dulu saya menerima promo bulanan dari toko ini. Mohon saya didaftarkan kembali. Hormat saya, Rina',
    'Tuan/Puan, saya telah pulang ke Kuching selepas bertugas di luar negara. Sebelum ini saya menerima tawaran dari kedai tuan. Mohon saya didaftarkan semula. Terima kasih.',
    'السادة الأفاضل، عدت إلى الرياض بعد عامين في الخارج، وكنت أتلقى عروضكم الشهرية. أرجو إعادة تسجيلي في قائمة العروض. مع الشكر',
    '拝啓 一年間の留学を終え、大阪に戻りました。以前は季節のご案内をいただいておりました。改めてご登録いただけますと幸いです。敬具',
    'Estimados señores: he vuelto a Sevilla tras dos años fuera. Les agradecería que me volvieran a dar de alta en sus ofertas. Atentamente, Pilar Ruiz',
    'Geachte heer/mevrouw, na een jaar in Spanje ben ik terug. Graag ontvang ik uw aanbiedingen weer. Met vriendelijke groet, Joost',
    'Шановні, я повернулася додому після року за кордоном. Прошу знову додати мене до розсилки ваших пропозицій. З повагою, Олена',
    'Ndugu, nimerudi nyumbani baada ya mwaka mmoja nje. Ningependa kupokea tena ofa zenu kama zamani. Asante.',
    'محترم، میں بیرون ملک سے واپس آ گیا ہوں۔ براہ کرم مجھے دوبارہ اپنی آفرز بھیجنا شروع کریں۔ شکریہ',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'Madame, Monsieur, je ne souhaite plus recevoir vos offres. Merci de me désinscrire. Cordialement.',
    'Yth. Admin, mohon nomor saya tidak dikirimi promo lagi. Terima kasih.',
    'Gentile staff, non desidero più ricevere le vostre comunicazioni promozionali. Cordiali saluti.',
    'مجھے دوبارہ آفرز مت بھیجیں',
  ])('a formal stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('a told stop, then a resumption asked for, is an opt-in (c3)', () => {
  it.each([
    'Buongiorno, durante il trasloco avevo chiesto di non ricevere più offerte. Ora desidererei riceverle di nuovo. Grazie, Marta',
    'я відписався від вас навесні бо було забагато повідомлень але тепер хочу знову отримувати ваші знижки',
    'Hallo, ich hatte mich im Winter abgemeldet. Mittlerweile würde ich die Angebote gern wieder bekommen.',
    'السلام عليكم، كنت طلبت توقفون الرسائل، بس الحين أبي العروض ترجع مثل قبل',
    'I asked you to stop texting me during my exams, those are done now so feel free to send the deals again',
    "J'avais demandé d'arrêter les messages pendant les travaux, maintenant vous pouvez me remettre sur la liste",
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'я відписалась від вас ще взимку але ви досі надсилаєте, припиніть будь ласка',
    'Avevo chiesto di non ricevere più offerte, ma ora mi arrivano ancora. Smettetela.',
    'I asked you to stop, and now you send them again. Go ahead, I will report you.',
  ])('a told stop, then a complaint that they still come, stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});
