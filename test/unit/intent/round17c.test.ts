/**
 * Round 17c of issue 18: formal, partial and "never consented" stops in long messages (batches
 * 45 and 48). Phrasings in none of the corpora beside the sentences that keep their reading
 * (dev-round17c.jsonl holds more). See lexicon/round17c-rules.ts (the marketing named, then
 * refused at the end of its clause; formal removals; Ukrainian consent withdrawn), formal-stops.ts
 * (never agreed, with the number's removal asked), consent.ts (a withdrawal is no consent given),
 * asking.ts (Thai "however" asks nothing) and errand.ts (Urdu "warna", otherwise).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a partial stop keeps the service messages and stops the marketing (c1)', () => {
  it.each([
    'Buongiorno, gli avvisi di spedizione vanno bene, continuate pure. Le promozioni del weekend invece non le voglio più ricevere. Grazie, Laura',
    'Hola, los recordatorios de la cita me vienen bien. La publicidad, en cambio, ya no la quiero, gracias.',
    'Здравствуйте! Уведомления о статусе заказа оставьте, они удобные. А вот рекламную рассылку, пожалуйста, отключите. С уважением, Ольга',
    'Вітаю, нагадування про заняття хочу отримувати далі. А от акції та рекламу, будь ласка, вимкніть. Дякую',
    'Kak, notif resi tetap kirim ya. Tapi iklan promo tolong matiin, makasih banyak.',
    'Hello po, okay lang yung mga reminder ng check-up ko. Pero yung mga promo ng vitamins, huwag nyo na po ipadala. Salamat po',
    'Chào shop, tin báo đơn hàng thì cứ gửi. Còn tin khuyến mãi thì tắt giúp em nha.',
    'Dzień dobry, powiadomienia o wizytach zostawcie. Natomiast reklamy i promocje proszę wyłączyć. Pozdrawiam',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    "Hi, I'd like to keep receiving the appointment reminders. The promo texts though, please switch them off. Thanks",
    'Hola, quiero seguir recibiendo los recordatorios de mis citas. Los mensajes de promociones, por favor, desactívenlos.',
    'Merhaba, randevu hatırlatmalarını almaya devam etmek istiyorum. Kampanya mesajlarını ise lütfen kapatın.',
    'Habari, nataka kuendelea kupokea vikumbusho vya miadi. Lakini jumbe za matangazo tafadhali zizimeni.',
    'مرحبا، أريد الاستمرار في استلام تذكيرات المواعيد. أما الرسائل الترويجية فأرجو إيقافها.',
    'สวัสดีค่ะ ยังอยากได้การแจ้งเตือนนัดหมายอยู่ แต่ข้อความโปรโมชั่นรบกวนปิดให้ด้วยค่ะ',
    '您好，预约提醒我还想继续收到。但是促销信息请帮我关掉。',
    'สวัสดีค่ะ ยังอยากได้แจ้งเตือนการจัดส่งอยู่ ส่วนโปรโมชั่นไม่ต้องแล้วค่ะ ขอบคุณค่ะ',
  ])('the service kept, the marketing switched off: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'The delivery updates are great, please keep them coming. The offers are fine too.',
    'Рассылку про скидки оставьте, она мне нравится.',
    'Promo minggu ini mantap, jangan dimatiin ya kak!',
  ])('the marketing kept is no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out/);
  });

  it('wanting to keep the service messages, named before commas, is no opt-in', () => {
    expect(
      read('Добрый день, напоминания о занятиях, на которые я записана, хочу получать и дальше.'),
    ).not.toMatch(/^opt_in/);
  });

  it('the offers praised, then a product taken out of the cart, is no stop acted on at once', () => {
    expect(read('Le offerte vanno bene. Togliete il prodotto dal carrello.')).not.toBe(
      'opt_out/explicit',
    );
  });

  it('the service messages switched off and the offers kept is no stop acted on at once', () => {
    expect(
      read('Las ofertas me gustan, pero las notificaciones del pedido desactívenlas.'),
    ).not.toBe('opt_out/explicit');
  });

  it('a question about stopping the promos but keeping the updates stays help', () => {
    expect(
      read('¿Cómo hago para que ya no me lleguen las promociones pero sí los avisos del pedido?'),
    ).toBe('help/explicit');
  });
});

describe('a formal letter asking to leave the marketing is a stop (c2)', () => {
  it.each([
    'Szanowni Państwo, uprzejmie proszę o wypisanie mnie z newslettera i wszystkich ofert promocyjnych. Z poważaniem, Ewa Nowicka',
    'Kính gửi ban quản lý, tôi đề nghị xóa số của tôi khỏi danh sách nhận tin quảng cáo. Trân trọng',
    'เรียนร้านค้า ดิฉันพอใจกับบริการมาตลอด อย่างไรก็ดี กรุณาไม่ต้องส่งข้อความโฆษณามาที่เบอร์นี้อีก ขอบคุณค่ะ',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Sehr geehrte Damen und Herren, ich ersuche Sie, die Zusendung von Werbenachrichten an diese Nummer einzustellen. Hochachtungsvoll, Dr. Klaus Meier',
    'Estimados señores, les solicito el cese del envío de mensajes publicitarios a este número. Atentamente, Lic. Ana Gómez',
    'Spettabile ditta, vi chiedo di interrompere l’invio di messaggi pubblicitari a questo numero. Distinti saluti, avv. Luca Neri',
    'Sayın yetkili, bu numaraya reklam mesajı gönderilmesinin durdurulmasını talep ediyorum. Saygılarımla, Dr. Kaya',
    'Dengan hormat, saya meminta agar pengiriman pesan promosi ke nomor ini dihentikan. Hormat saya, dr. Sari',
    'السادة المحترمين، أطلب منكم التوقف عن إرسال الرسائل الإعلانية إلى هذا الرقم. مع التحية، د. سامي',
    'Prezados senhores, sou cliente há anos. Solicito, no entanto, a exclusão do meu número da lista de envio de mensagens promocionais. Atenciosamente, João Silva',
  ])('the sending of the marketing ceased, in a letter: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    "Come posso interrompere l'invio di messaggi pubblicitari?",
    'Bagaimana caranya agar pengiriman pesan promosi dihentikan?',
    'Wie kann ich die Zusendung von Werbenachrichten einstellen?',
  ])('asked how, it stays help: %s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'Kính gửi quý công ty, tôi đề nghị được đổi lịch hẹn sang thứ Hai. Trân trọng',
    'Yang warna hitam udah nggak mau, ganti yang putih ya kak',
    'Kal tak parcel bhej dein warna main order cancel kar dunga.',
  ])('a formal request or an errand about something else is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('a how-question after Thai "however" stays help', () => {
    expect(read('อย่างไรก็ตาม ยกเลิกรับโปรโมชั่นยังไงคะ')).toBe('help/explicit');
  });
});

describe('consent to the marketing withdrawn is a stop (c3)', () => {
  it.each([
    'Dear team, I withdraw my consent to receive promotional messages on WhatsApp. Kind regards, Priya',
    'Відкликаю свою згоду на розсилку реклами.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'How do I withdraw my consent for marketing messages?',
    'Come posso revocare il consenso alle comunicazioni promozionali?',
    'Wie kann ich meine Zustimmung zu Werbung widerrufen?',
  ])('asked how, it is help, never a consent given: %s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });
});

describe('never agreed, where did you get my number, delete it: a stop (c4)', () => {
  it.each([
    'Ich habe nie zugestimmt und weiß nicht, woher Sie meine Nummer haben. Löschen Sie meine Nummer sofort.',
    '我从来没同意过，也不知道你们哪来的我的号码，请马上把我的号码删除。',
    'Maine kabhi ijazat nahi di, pata nahi mera number kahan se mila. Meri number list se hata dijiye.',
    'Nunca aceitei nada disso e não sei de onde tiraram meu número. Apaguem meu número da lista agora.',
    "Je n'ai jamais accepté vos messages et je ne sais pas où vous avez trouvé mon numéro. Supprimez-le de votre liste.",
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Who is this? Where did you get my number?',
    'Who are you? Where did you get my number?',
    '¿Quién es? ¿De dónde sacaron mi número?',
    'Kto to? Skąd macie mój numer?',
    '你们是谁？从哪儿拿到我的号码的？',
  ])('asked alone, it stays help: %s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'De onde vocês tiraram meu número? Tirem da lista agora.',
    'Hoe komen jullie aan mijn nummer? Haal het direct van de lijst.',
    'Mana dapat nombor saya? Buang dari senarai sekarang.',
    '你们从哪儿弄到我的号码的？马上从名单里删掉。',
  ])('the question beside a removal from the list is a complaint: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Tirem o item da lista de compras, por favor.',
    'Haal de trui uit de winkelwagen.',
    '请从购物车里删掉这件衣服。',
  ])('an item taken off another list is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});
