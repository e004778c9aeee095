/**
 * The mechanisms of issue 18's third round, one assertion per class in a few languages each
 * (the full sets are pinned by dev-round3.jsonl in fresh-corpus.test.ts).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const r = classifyMessage(text);
  return `${r.intent}/${r.certainty}`;
};

describe('classifyMessage: round-3 classes', () => {
  it('asks a customer who threatens to block or report, without acting on the threat alone', () => {
    expect(read('zablokuję was')).toBe('opt_out/likely');
    expect(read('再发就拉黑')).toBe('opt_out/likely');
    expect(read("I'll report back once I try the shoes")).toBe('none/none');
  });

  it('reads requests phrased as questions and "never again" as stops', () => {
    expect(read('mesaj göndermeyi bırakır mısınız?')).toBe('opt_out/explicit');
    expect(read('送るのやめてもらえますか？')).toBe('opt_out/explicit');
    expect(read('msiwahi kutuma ujumbe kwa namba hii tena')).toBe('opt_out/explicit');
    expect(read('再也不要给这个号码发任何东西')).toBe('opt_out/explicit');
  });

  it('sets errands aside: invoices, codes, parcels, exchanging a product', () => {
    expect(read('can you send me the invoice again?')).toBe('none/none');
    expect(read('kodu tekrar gönderir misiniz?')).toBe('none/none');
    expect(read('ik wil deze trui niet meer, kan ik ruilen?')).toBe('none/none');
    expect(read('nie chcę już tego koloru, mogę wymienić?')).toBe('none/none');
    // An opt-out phrase beside an order is only asked about, never acted on.
    expect(read('jangan kirim ke alamat lama ya')).toBe('none/none');
    // Round 4: removing something from the cart is about an item, never a stop.
    expect(read('já pedi duas vezes pra tirar o produto do carrinho')).toBe('none/none');
  });

  it('reads a negator of a script without spaces before the phrase it negates', () => {
    expect(read('อยากสมัครค่ะ')).toBe('opt_in/explicit');
    expect(read('ไม่อยากสมัครค่ะ')).toBe('none/none');
  });

  it('opts in a customer who tells of a mistake and asks to come back, with or without "but"', () => {
    expect(read('me desuscribí sin querer, quiero volver a la lista')).toBe('opt_in/explicit');
    expect(
      read('mi ero disiscritto qualche mese fa ma mi mancano le promo 😅 mi riaggiungete?'),
    ).toBe('opt_in/explicit');
    expect(read("I unsubscribed but now you're sending them again, I want this to end")).toBe(
      'opt_out/explicit',
    );
  });

  it('answers "I sent STOP yesterday, did it work?" with the status', () => {
    expect(read('вчера отправил СТОП, сработало?')).toBe('status/explicit');
    expect(read('昨日配信停止と送りましたが、反映されていますか？')).toBe('status/explicit');
    expect(read('メルマガは前に解除したけど、ポイントってまだ使えますか？')).toBe('none/none');
  });

  it('counts a stop asked for before however the unsubscription is named', () => {
    expect(read('já pedi pra me tirarem da lista e continuam mandando')).toBe('opt_out/explicit');
    expect(read('我已经说过退订了，怎么还在发')).toBe('opt_out/explicit');
  });

  it('asks about a maybe-stop shouted with an angry emoji, not about one said calmly', () => {
    expect(read('พอ!!! พอได้แล้ว!!! 😡')).toBe('opt_out/likely');
    expect(read('พอ 555 ขำมาก')).toBe('none/none');
  });
});
