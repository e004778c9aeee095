/**
 * Round 17g of issue 18: status questions missed in batch 50's long letters. Phrasings in none of
 * the corpora beside the sentences that keep their reading (dev-round17g.jsonl holds more). See
 * asked-before.ts: a request to be added back told as made before, then asked about
 * (`askedBackIfDone`); a removal asked for by a relative in words the rules read as no stop; a
 * stop read inside the question that asks whether it was done; the business's reply reported.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('asked to be added back, then asked whether it was done, is a status (c1)', () => {
  it.each([
    'Two weeks ago I messaged you to re-add me to the deals after I unsubscribed by accident. Am I back on the list now? Nothing has arrived.',
    'Ich hatte vor einer Woche geschrieben, dass ihr mich wieder eintragen sollt, weil ich mich versehentlich abgemeldet hatte. Hat das geklappt? Es kam noch nichts.',
    "Le mois dernier j'ai demandé qu'on me remette dans la liste des promos, je m'étais désabonnée par erreur. Suis-je de nouveau inscrite ? Je n'ai rien reçu.",
    'Hace una semana pedí que me volvieran a añadir a las ofertas porque me di de baja sin querer. ¿Ya me agregaron? Todavía no recibo nada.',
    'Mandei mensagem semana passada pedindo pra me adicionar de novo nas promoções, saí sem querer. Já estou na lista de novo? Não recebi nada ainda.',
    'Tuần trước em đã nhắn nhờ shop thêm lại em vào danh sách ưu đãi vì lỡ tay hủy. Shop đã thêm lại chưa ạ? Em chưa nhận được gì.',
    'Minggu lepas saya dah minta tambah semula nombor saya dalam senarai promo sebab tersalah tekan STOP. Dah masuk ke belum? Tak dapat apa-apa lagi.',
    'Vorige week heb ik gevraagd om me weer toe te voegen aan de nieuwsbrief, ik had me per ongeluk afgemeld. Ben ik weer aangemeld? Er is nog niks binnengekomen.',
    'Kemarin aku udah minta dimasukin lagi ke broadcast promo, soalnya nggak sengaja keluar. Udah masuk lagi belum? Belum ada promo yang datang.',
    'Wiki iliyopita niliomba mniongeze tena kwenye orodha ya ofa kwa sababu nilijiondoa kwa makosa. Je, imefanyika? Bado sijapata ujumbe wowote.',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });
});

describe('"is it back in stock?" beside a question told is no status', () => {
  it.each(['Kemarin saya tanya soal stok. Udah masuk lagi belum?'])('%s', (text) => {
    expect(read(text)).not.toMatch(/^status\//);
  });
});

describe('a request to be added back said now, or again, stays an opt-in (c1)', () => {
  it.each([
    'Last week I asked you to add me back after I unsubscribed by mistake. Still nothing. Please add me back now.',
    'Me di de baja por error. ¿Me pueden volver a agregar a las ofertas?',
    'I unsubscribed by accident, please put me back on the offers list.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });
});

describe('a removal asked for by a relative, then "am I still on the list?", is a status (c2)', () => {
  it.each([
    "My neighbour texted you from my phone last week asking you to remove me. I'm not sure it worked. Am I still on the list?",
    'Mi marido les escribió desde mi móvil hace unos días pidiendo que me quitaran de la publicidad. No sé si lo hizo bien. ¿Sigo en su lista?',
    'Mein Enkel hat letzte Woche von meinem Handy geschrieben, dass Sie mich von der Liste nehmen sollen. Stehe ich noch auf Ihrer Liste?',
    'Minha neta mandou mensagem do meu celular semana passada pedindo pra me tirarem da lista. Ainda estou na lista de vocês?',
    'Mio nipote vi ha scritto dal mio cellulare la settimana scorsa per chiedere di togliermi dalla lista. Sono ancora nella vostra lista?',
    'Torunum geçen hafta benim telefonumdan yazıp beni listeden çıkarmanızı istedi. Hâlâ listenizde miyim?',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });
});

describe('STOP sent after an event, or a reply that it takes 48 hours, then "was I removed?", is a status (c3)', () => {
  it.each([
    'I texted STOP on Friday after getting back from the hospital. Nothing since, but I want to be sure. Was I really taken off the list?',
    "J'ai envoyé STOP mardi en sortant de l'hôpital. Depuis, plus rien, mais je veux être sûre. Ai-je bien été retirée de la liste ?",
    'Saya sudah kirim STOP hari Senin setelah pulang dari rumah sakit. Sejak itu tidak ada pesan, tapi mau memastikan. Nomor saya sudah keluar dari daftar?',
    'Вы ответили, что отписка занимает до 48 часов. Прошло уже три дня с моей просьбы. Меня уже удалили?',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });
});

describe('a request told, then a complaint and the stop asked again, or a plain stop, stays a stop', () => {
  it.each([
    'My son asked you twice last month to take me off and the offers still come every day. Take me off NOW.',
    'Minha filha já pediu pra me tirar e vocês continuam mandando promoção. Me tirem dessa lista agora!',
    'My husband set up this phone for me. Remove me from your promotions, please.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});
