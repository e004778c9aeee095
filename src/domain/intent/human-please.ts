/**
 * "I want to talk to a representative, I don't want a bot" (round 9b): a bot refused is a wish
 * for a person, not a stop of the marketing ("Bot istemiyorum", "No quiero un bot", "不要机器人").
 * When the message names a bot (or an automatic answer) and no marketing, its stop readings are
 * set aside and it gets the help reply, which offers the way to a person and the way out.
 * "I don't want a bot and I don't want your promos" stays a stop. General language knowledge, to
 * be reviewed by native speakers.
 */
import { has, runs } from './asking';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';

const BOT = runs(`
  bot, bots, botnya, bot nya, chatbot, robot, robots, robô, البوت, الروبوت, робот, бот, бота, ботом, roboti, روبوت, بوت,
  بوٹ, বট, बॉट, บอท, หุ่นยนต์, 机器人, 機器人, ボット, ロボット, automatic replies, auto reply, automated
`);

/** A person asked for, with a bot named: help even where no stop was read ("keinen Chatbot, einen Menschen bitte"). */
const PERSON = runs(`
  person, human, real person, agent, representative, operator, someone, someone real, alguem, alguém, alguien,
  orang beneran, beneran, أحد حقيقي, احد حقيقي, حد حقيقي, mensch, menschen, mitarbeiter, mitarbeiterin,
  conseiller, conseillere, humain, quelqu un, persona, humano, agente, asesor, atendente, pessoa, operatore, medewerker,
  mens, konsultant, konsultanta, czlowiek, człowiek, czlowiekiem, człowiekiem, оператор, оператором, человек, человеком,
  людина, людиною, оператора, temsilci, temsilciyle, insan, insanla, manusia, orang, orang sebenar, nguoi that, người thật,
  nhan vien, nhân viên, tao, totoong tao, mtu, mtu halisi, insaan, انسان, نمائندے, manush, manusher, موظف, إنسان, انسان,
  พนักงาน, คนจริง, 人工, 真人, 客服, 担当者, 人間, オペレーター
`);

/** Marketing named, or a list or a number: "no bots and no promos", "bot istemiyorum, listeden çıkarın". */
const KEEPS = runs(`
  list, liste, lista, listeden, список, списка, daftar, senarai, danh sach, listahan, orodha,
  remove me, take me off, unsubscribe me, cikarin, çıkarın, отпишите, удалите, hapus, xoa, xóa
`);

export function askedForAPerson(findings: Finding[], tokens: readonly string[]): Finding[] {
  const all = tokens.length;
  const stops = findings.some((f) => f.intent === 'opt_out');
  if (!stops && (findings.length > 0 || !has(PERSON, tokens, 0, all))) return findings;
  if (!has(BOT, tokens, 0, all) || has(MARKETING, tokens, 0, all) || has(KEEPS, tokens, 0, all))
    return findings;
  // An opening STOP in capitals or a whole-message keyword stays a stop ("STOP. No bots").
  if (findings.some((f) => f.intent === 'opt_out' && f.source === 'message')) return findings;
  const kept = findings.filter((f) => f.intent !== 'opt_out');
  if (kept.some((f) => f.intent === 'help')) return kept;
  const help: Finding = {
    intent: 'help',
    certainty: 'explicit',
    matched: 'a person asked for',
    langs: [],
    start: 0,
    end: all,
    source: 'sentence',
    all: false,
  };
  return [...kept, help];
}
