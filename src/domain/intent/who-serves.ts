/**
 * "Who is the pharmacist on duty?", "who won the raffle?", "quem é o entregador?", "kurye
 * kim?", "快递员是谁" (round 7b): a "who" question about a person of the business's service
 * (a role: pharmacist, courier, driver, manager, designer) or about the winner of a draw asks
 * the business something; it is not "who is this / who are you / who's writing", which gets
 * the help reply (context.ts `whoQuestion`). One list for every language: the words of such
 * a role or draw, general language knowledge, to be reviewed by native speakers.
 */
import { asksAboutAdContent } from './ad-content';
import { has, runs } from './asking';

const SERVES = runs(`
  pharmacist*, chemist, doctor*, nurse, courier*, delivery, deliveryman, delivers, driver*,
  rider*, postman, mailman, manager, owner, cashier, staff, technician, mechanic, designer,
  stylist, barber, sales rep, rep, representative, teacher, instructor, trainer, in the ad, on duty, on call, on tonight, won,
  winner*, raffle, lottery, giveaway, prize, contest,
  farmaceutic*, medico, enfermer*, repartidor*, mensajero, chofer, conductor, cartero, gerente,
  encargad*, dueno, cajer*, tecnico, disenador*, de turno, de guardia, gano, ganador*, sorteo,
  rifa, premio, concurso, atiende, sucursal,
  enfermeir*, entregador*, motoboy, motorista, carteiro, dono, de plantao, ganhou, ganhador*,
  vencedor*, sorteio,
  pharmacien*, medecin, docteur, infirmi*, livreur*, chauffeur, facteur, gerant*, patron,
  caissier*, technicien*, de garde, gagne, gagnant*, tirage, loterie, concours,
  apotheker*, arzt, arztin, krankenschwester, fahrer*, kurier*, bote, zusteller*, postbote,
  liefert, lieferant*, filialleiter*, inhaber*, kassierer*, techniker*, notdienst, gewonnen,
  gewinner*, verlosung, gewinnspiel,
  farmacist*, dottore, infermier*, corriere, fattorino, autista, postino, direttore, titolare,
  proprietario, cassier*, di turno, vinto, vincitor*, lotteria, estrazione, sorteggio,
  apoteker, dokter, perawat, kurir*, ojol, sopir, supir, manajer, pemilik, kasir, teknisi,
  bertugas, piket, menang, pemenang*, undian, hadiah,
  ahli farmasi, doktor, jururawat, penghantar, posmen, pengurus, tuan kedai, cabutan bertuah,
  peraduan,
  daktar, maalik, malik, jeeta, jeeti, lucky draw, inaam, duty, डॉक्टर, कूरियर, डिलीवरी,
  राइडर, ड्राइवर, मैनेजर, मालिक, जीता, जीती, विजेता, ड्यूटी, ڈاکٹر, کوریئر, ڈیلیوری, رائیڈر,
  ڈرائیور, مینیجر, مالک, جیتا, جیتی, ڈیوٹی,
  ডাক্তার, ফার্মাসিস্ট, ডেলিভারি, কুরিয়ার, রাইডার, ম্যানেজার, মালিক, জিতেছে, জিতল, বিজয়ী, ডিউটি,
  الصيدلي, صيدلي, الدكتور, دكتور, الطبيب, المندوب, مندوب, المناوب, مناوب, السواق, السائق,
  الديليفري, المدير, صاحب المحل, فاز, الفائز, السحب, المسابقة, الجائزة,
  eczaci, hemsire, kurye, kargocu, sofor, mudur, kasiyer, nobetci, kazandi, kazanan, cekilis,
  odul, yarisma,
  фармацевт*, аптекар*, врач*, доктор*, медсестр*, курьер*, водител*, доставщик*, менеджер*,
  директор*, владелец*, кассир*, дежурн*, выиграл*, победител*, розыгрыш*, лотере*, приз*,
  конкурс*,
  verpleegkundige, bezorger*, koerier, postbode, bezorgt, bedrijfsleider, eigenaar, gewonnen,
  winnaar, loterij, verloting, prijsvraag,
  farmaceut*, lekarz*, pielegniar*, dostawc*, dowozi, kierowc*, listonosz, kierownik,
  wlasciciel*, kasjer*, dyzur*, wygral*, zwyciezc*, losowani*, loteri*, konkurs*, nagrod*,
  duoc si, bac si, y ta, shipper, tai xe, giao hang, quan ly, truc ca, dang truc, trung thuong,
  boc tham, giai thuong,
  naka duty, nanalo, panalo, premyo,
  mfamasia, daktari, muuguzi, dereva, msambazaji, mletaji, meneja, mmiliki, zamu, alishinda,
  ameshinda, mshindi, bahati nasibu, droo, zawadi,
  เภสัช, หมอ, พยาบาล, ไรเดอร์, คนส่ง, พนักงานส่ง, ผู้จัดการ, เจ้าของร้าน, เข้าเวร, อยู่เวร, ชนะ,
  ผู้โชคดี, จับรางวัล,
  药剂师, 医生, 护士, 快递员, 骑手, 司机, 送货, 店长, 经理, 值班, 中奖, 获奖, 抽奖, 奖品,
  薬剤師, 医者, 看護師, 配達員, 配達, ドライバー, 店長, 責任者, 当番, 当選, 抽選, 景品
`);

/** Whether the words of a "who" question name a role of the service or a draw's winner. */
export function asksWhoServes(words: readonly string[]): boolean {
  // Round 8b: a person in the ad, its photo or its song (ad-content.ts).
  return has(SERVES, words, 0, words.length) || asksAboutAdContent(words);
}
