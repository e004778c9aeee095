/**
 * Round 8d of issue 18 (batch14/15's classes): new phrasings, in none of the corpora, of each
 * class the round fixed, and the sentences that must keep their reading beside them (the "r8d"
 * lines of dev-round8d.jsonl hold more). See put-back.ts, not-marketing.ts, fed-up.ts,
 * confirm-removal.ts and lexicon/round8d-rules.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a request to be put back is an opt-in, never a stop (put-back.ts)', () => {
  it.each([
    'Your deals stopped coming, could you add me back please?',
    'Ich bekomme keine Rabatte mehr, bitte tragt mich wieder ein',
    'Je ne reçois plus rien depuis un mois, vous pouvez me rajouter ?',
    'Não chega mais nenhuma promoção, podem me adicionar de novo?',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it("keeps a stop when the request is negated: don't add me back", () => {
    expect(read("Remove me and don't add me back")).toBe('opt_out/explicit');
  });
});

describe('a child taken off a course or a school service is no stop (not-marketing.ts)', () => {
  it.each([
    'Can I unenroll my son from the chess class from March?',
    'Ich möchte meine Tochter von der Nachhilfe abmelden',
    'Je veux désinscrire mon fils du cours de judo',
    'Quiero dar de baja a mi hijo del comedor',
    'Wie kan mijn dochter afmelden voor de naschoolse opvang?',
    'Как отписать сына от секции плавания?',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Stop sending me promos for kids courses',
    'Bu numara oğlumun, lütfen kurs listenizden çıkarın',
  ])('keeps the stop when the marketing or the number is named: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('an errand asked who or how is no help (not-marketing.ts)', () => {
  it.each([
    'Who is the realtor for the house on Elm Street?',
    '¿Quién es el agente del apartamento de la calle Sol?',
    'How do I cancel my flight to Madrid?',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('still answers a request for a person', () => {
    expect(read('Can I talk to a real agent please?')).toBe('help/explicit');
  });
});

describe('fed up with something else is no stop (fed-up.ts)', () => {
  it.each([
    "I've had enough of this heat, do you have fans in stock?",
    'Ich hab die Schnauze voll vom Stau, habt ihr bis 20 Uhr offen?',
    "J'en ai marre de la pluie, vous avez des parapluies ?",
    'Não aguento mais esse trânsito, vocês abrem sábado?',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it.each(["I've had enough of your messages", "J'en ai marre de vos pubs, arrêtez"])(
    'keeps the stop when the messages are named: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );
});

describe('"still on your list? I thought I had unsubscribed" is status (confirm-removal.ts)', () => {
  it.each([
    'Am I still on your list? I thought I had opted out',
    '¿Sigo en su lista? Pensé que me había dado de baja',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it('keeps a stop asked in its own sentence', () => {
    expect(read('Am I still on your list? Remove me now.')).toBe('opt_out/explicit');
  });
});

describe('polite wishes and partial stops are stops (lexicon/round8d-rules.ts)', () => {
  it.each([
    'Gostaria de não receber mais promoções, obrigado',
    'Quisiera no recibir más ofertas, gracias',
    'order updates are fine but no more birthday club offers',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});
