/**
 * A request to be put back on the list (round 8d): "Ich krieg gar keine Angebote mehr, könnt
 * ihr mich wieder eintragen?", "Ik krijg geen aanbiedingen meer, kunnen jullie me weer
 * toevoegen?", "Je ne reçois plus vos promos, vous pouvez me réinscrire ?". "I no longer get
 * X" is a complaint about a stop the customer did not want; with a request to add, re-add or
 * register them again it is an opt-in, never a stop. The request must not be negated ("don't
 * add me back"). Sending something again ("send the code again") is no such request: that
 * errand is round 7's. Round 15b: turned on or signed up again ("Seit Wochen keine Angebote mehr,
 * obwohl ich die will. Bitte wieder anmelden", "geen aanbiedingen meer … weer aanzetten aub").
 * General language knowledge, to be reviewed by native speakers.
 */
import { runs, unnegatedAt } from './asking';
import type { Finding } from './finding';

/** Add, re-add or register me again (asked-before.ts: a request to be put back told). */
export const PUT_BACK = runs(`
  add me back, add me again, put me back, sign me up again, re add me, readd me, resubscribe me,
  wieder anmelden, wieder einschalten, wieder aktivieren, wieder anschalten,
  weer aanzetten, zet het weer aan, zet ze weer aan, weer aan zetten, weer activeren,
  turn them back on, switch them back on, turn it back on,
  wieder eintragen, wieder aufnehmen, mich wieder ein, mich wieder auf, mich wieder rein, wieder hinzufugen, wieder hinzufügen, neu eintragen, erneut eintragen,
  weer toevoegen, opnieuw toevoegen, opnieuw aanmelden, weer aanmelden, weer inschrijven, opnieuw inschrijven,
  reinscrire, réinscrire, me reinscrire, me réinscrire, rajouter, me rajouter, remettre dans la liste,
  remettez moi, remets moi, rajoutez moi, zet me er weer op, zet me weer op, wieder draufpacken,
  поверніть мене, додайте мене знову, wapas jod do, jod do wapas, 再给我发,
  volver a agregar, volver a agregarme, volver a anadir, volver a añadir, agregarme de nuevo,
  anadirme de nuevo, añadirme de nuevo, agregar de nuevo, inscribirme de nuevo,
  adicionar de novo, me adicionar de novo, adicionar novamente, me incluir de novo, incluir de novo,
  cadastrar de novo, me cadastrar de novo, readicionar, colocar de volta, colocarem de volta,
  riaggiungermi, riaggiungere, reinserirmi, reiscrivermi, aggiungermi di nuovo, iscrivermi di nuovo,
  masukin lagi, dimasukin lagi, masukkan lagi, dimasukkan lagi, dimasukkan semula, tambahkan lagi, daftarkan lagi, tambah semula, masukkan semula,
  daftar semula, dodac ponownie, dodać ponownie, dodajcie mnie znowu, dodajcie mnie ponownie,
  zapiszcie mnie ponownie, zapisac ponownie, zapisać ponownie,
  добавьте снова, снова добавьте, добавьте обратно, верните меня, подпишите снова, подпишите обратно,
  tekrar ekleyin, yeniden ekleyin, beni tekrar ekle, geri ekleyin,
  them lai, thêm lại, dang ky lai, đăng ký lại, idagdag ulit, isama ulit, i add ulit,
  niongeze tena, niandikishe tena, dobara add, phir se add, dobara shamil, फिर से जोड़, दोबारा जोड़,
  دوبارہ شامل, دوبارہ ایڈ, আবার যোগ, আবার অ্যাড, أضفني مرة أخرى, ضيفوني تاني, رجعوني, أعيدوني,
  be added back, added back, be added again, added again, be put back, wieder angemeldet, mich wieder angemeldet,
  essere reinserito, essere reinserita, reinserito, reinserita, riaggiunto, riaggiunta, दोबारा जोड़ने, फिर से जोड़ने,
  dobara jodne, dobara add karne, دوبارہ جوڑنے, เพิ่มกลับ, เพิ่มอีกครั้ง, 重新加, 再加我, 重新添加, 重新订阅, 再登録, もう一度登録, 登録し直
`);

/** Findings read again: a request to be put back drops the stops and is an opt-in. */
export function putBack(findings: readonly Finding[], tokens: readonly string[]): Finding[] {
  if (!findings.some((f) => f.intent === 'opt_out')) return [...findings];
  const at = unnegatedAt(PUT_BACK, tokens, 2);
  if (at < 0) return [...findings];
  const optIn: Finding = {
    intent: 'opt_in',
    certainty: 'explicit',
    matched: 'put me back',
    langs: [],
    start: at,
    end: tokens.length,
    source: 'phrase',
    all: false,
  };
  return [...findings.filter((f) => f.intent !== 'opt_out'), optIn];
}
