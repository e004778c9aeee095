/**
 * A do-not-call registry cited (round 8c): "Je suis inscrit sur Bloctel", "Estoy inscrito en
 * la Lista Robinson", "Nombor saya dah daftar dalam DNC Registry", "Mera number DND mein
 * registered hai", "Meu número está no Não Me Perturbe". A customer who names the national
 * registry they joined tells us they do not want marketing at all: an explicit stop (a
 * `likely` one inside a question: "does the Robinson list apply to WhatsApp?"). "Am I on your
 * do-not-call list?" names our own list, not a registry: left to the status rules. "How do I
 * join Bloctel?" asks how: no stop. Short names (DND, DNC, TRAI, IYS) count only beside a word
 * of registering or a regulator's complaint ("my phone was on DND" is a phone setting), and so
 * does the Dutch "Bel-me-niet" without "Register": "bel me niet, app maar" (don't call me, text
 * me) is a channel preference.
 * General knowledge of national registries, to be reviewed by native speakers.
 */
import { has, HOW_LIST, runs } from './asking';
import type { Finding } from './finding';

/** Registries named unmistakably. */
const REGISTRY = runs(`
  bloctel, pacitel, robinson, lista robinson, robinsonliste, robinson liste, robinsonlijst,
  national do not call, do not call registry, do not call register, dnc registry, dnc register,
  tps, telephone preference service, nao me perturbe, não me perturbe, naomeperturbe,
  registro delle opposizioni, registro opposizioni, bel me niet register, bel-me-niet register,
  bel-me-niet-register, belmeniet register, ndnc, ncpr,
  national customer preference, do not disturb registry, dnd registry, ileti yonetim sistemi,
  ileti yönetim sistemi, danh sach khong lam phien, danh sách không làm phiền
`);

/** Short names that are also ordinary words or settings: only with a registering word. */
const SHORT = runs(`dnd, dnc, trai, iys, pdpc, do not call list, do not disturb list, bel me niet`);

const REGISTERED = runs(`
  registered, register, registry, listed, signed up, enrolled, activated, complaint, report,
  inscrit, inscrite, inscrito, inscrita, apuntado, apuntada, registrado, registrada, cadastrado,
  cadastrada, eingetragen, stehe auf, iscritto, iscritta, ingeschreven, zapisany, zapisana,
  зарегистрирован, kayitli, kayıtlı, kayit, terdaftar, daftar, didaftarkan, dang ky, đăng ký,
  nakarehistro, nimesajiliwa, registered hai, register hai, mein hai, me hai, complaint karunga,
  শিকায়েত, নিবন্ধিত, मे रजिस्टर्ड, रजिस्टर्ड, رجسٹرڈ, مسجل, ลงทะเบียน, 登记, 登記, 登録
`);

/** Our own list ("your do not call list"): a status question, not a registry. */
const YOUR = runs(`your do not call, your dnc, your dnd, ihre robinson`);

/** The registry stop of the message, if it cites one (see above). */
export function registryStop(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  const all = tokens.length;
  const named =
    has(REGISTRY, tokens, 0, all) ||
    (has(SHORT, tokens, 0, all) && has(REGISTERED, tokens, 0, all));
  if (!named || has(YOUR, tokens, 0, all) || has(HOW_LIST, tokens, 0, all)) return null;
  return {
    intent: 'opt_out',
    certainty: questions.length > 0 ? 'likely' : 'explicit',
    matched: 'registry',
    langs: [],
    start: 0,
    end: all,
    source: 'phrase',
    all: false,
  };
}
