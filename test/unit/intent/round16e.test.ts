/**
 * Round 16e of issue 18: help, status and threats in second replies (batch 47), after the
 * business's confirmation or after being ignored. Phrasings in none of the corpora beside the
 * sentences that keep their reading (dev-round16e.jsonl holds more). See what-message.ts
 * (EXACTLY_ABOUT), typed-stop.ts (keywordTold), told.ts (LISTED), did-it-work.ts (a stop named
 * as the topic), lexicon/round16e-rules.ts (a complaint to an authority), signals.ts and
 * not-marketing.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('what exactly the messages are, who is writing, where my number came from: help (c1)', () => {
  it.each([
    'What are these texts exactly? Is this about my membership?',
    "Ce sont quels messages exactement ? C'est pour la carte de fidélité ?",
    'Was sind das eigentlich für Nachrichten? Geht es um meine Kundenkarte?',
    'Che messaggi sono di preciso? Riguardano la carta fedeltà?',
    'Wat zijn dit eigenlijk voor berichten? Gaat het om mijn klantenkaart?',
    'Что за сообщения вообще? Это по поводу бонусной карты?',
    'Що це за повідомлення взагалі? Це щодо картки лояльності?',
    'Bu mesajlar tam olarak nedir? Puan kartım için mi?',
    'Apa ini sebenarnya? Pesan apa? Terkait kartu member?',
    'ايش هالرسايل بالضبط؟ عشان بطاقة النقاط؟',
    '这些到底是什么短信？和积分卡有关吗？',
    'Sorry, who is this? I got another message from this number',
    'ขอโทษค่ะ นี่ใครคะ ได้ข้อความจากเบอร์นี้อีกแล้ว',
    'Hôm trước em hỏi lấy số em ở đâu mà không ai trả lời. Lấy ở đâu vậy?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'What are these messages exactly? Stop sending them',
    'Bu mesajlar tam olarak ne? İstemiyorum, listeden çıkarın',
  ])('a stop asked for beside it stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('a question about what an offer gives is no help request', () => {
    expect(read('What exactly does the loyalty card give me? Is it for online orders too?')).toBe(
      'none/none',
    );
  });
});

describe('a keyword told as sent, then "am I off the list?": status (c2)', () => {
  it.each([
    'Sent STOP last Tuesday, am I off the list now?',
    'Le mandé BAJA el martes, ¿ya estoy fuera de la lista?',
    "J'ai envoyé STOP mardi, je suis bien hors de la liste ?",
    'Ich habe am Dienstag STOP geschickt, bin ich jetzt raus aus der Liste?',
    'Я отправил СТОП во вторник, меня уже нет в списке?',
    'Надіслала СТОП у вівторок, мене вже немає в списку?',
    'Salı günü RET yazmıştım, listede değilim artık değil mi?',
    'رديت بإيقاف يوم الثلاثاء، طلعت من القائمة خلاص؟',
    '配信停止、ちゃんと完了していますか？',
    'Aboneliği iptal edebildim mi? Emin olmak istiyorum',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each([
    'I replied STOP on Tuesday and you still send them. STOP',
    'Ich habe STOP geschickt und bekomme immer noch Werbung, austragen bitte!',
  ])('the stop said again stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('a complaint to a consumer authority threatened is a likely stop (c3)', () => {
  it.each([
    "Said no twice now. Another promo and I'm filing a complaint with Trading Standards",
    'Ya dije que no dos veces. Otra promoción más y pongo una queja en Consumo',
    "J'ai refusé deux fois. Encore un message et je fais un signalement à la CNIL",
    'Zweimal abgelehnt. Noch eine Werbung und ich schreibe eine Beschwerde an die Verbraucherzentrale',
    "Ho detto di no due volte. Un'altra pubblicità e faccio una segnalazione al Garante",
    'Twee keer geweigerd. Nog één reclame en ik dien een klacht in bij de ACM',
    'Odmówiłam dwa razy. Jeszcze jedna reklama i składam skargę do UOKiK',
    'Два раза отказался. Ещё одна реклама и пишу жалобу в Роспотребнадзор',
    'İki kez hayır dedim. Bir kampanya daha gelirse tüketici hakem heyetine şikayet ederim',
    'Sudah nolak dua kali. Sekali lagi ada promo, saya adukan ke YLKI',
    'Dah tolak dua kali. Kalau hantar promosi lagi saya buat aduan ke KPDN',
    'Hai lần rồi mình từ chối. Gửi tin khuyến mãi nữa là mình khiếu nại lên bộ công thương',
    'Dalawang beses na akong tumanggi. Isa pang promo at irereklamo ko kayo sa DTI',
    'Nimekataa mara mbili. Tangazo jingine nitawasilisha malalamiko kwa mamlaka',
    'do baar mana kiya hai, agli baar promo aaya to consumer forum mein complaint kar dunga',
    'دو بار منع کیا ہے، اگلی بار پرومو آیا تو کنزیومر کورٹ میں شکایت کروں گا',
    'দুবার না বলেছি, আবার অফার পাঠালে ভোক্তা অধিকারে অভিযোগ করব',
    'رفضت مرتين، إذا وصلني عرض ثاني بقدم شكوى لحماية المستهلك',
    'ปฏิเสธไปสองครั้งแล้ว ถ้าส่งโปรมาอีกจะร้องเรียน สคบ',
    '两次都拒绝了，再发推销我就打12315投诉',
    '二度断りました。次に届いたら国民生活センターに相談します',
    'Odmówiłem dwa razy, kolejna oferta i skarga trafi do UOKiK',
    'Já recusei duas vezes. Mais uma propaganda e faço reclamação no Procon',
    'Двічі відмовлявся. Ще одна реклама — і пишу скаргу до Держпродспоживслужби',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/likely');
  });

  it.each([
    "If my parcel is late again I'll report the courier",
    'Si el paquete llega roto otra vez pondré una queja en Consumo',
    'Wenn die Bestellung wieder nicht kommt, beschwere ich mich bei der Verbraucherzentrale',
  ])('a complaint over an order or a courier is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});
