/**
 * Voice-to-text dictation writes the punctuation it hears as words: "xóa số tôi khỏi danh sách
 * chấm tôi chưa bao giờ đăng ký chấm" (round 11, batch19). Read as words, the two sentences run
 * into one clause ("remove my number … I never signed up" became a status question). When a
 * message ENDS with a dictated full stop, every dictated full stop or comma in it is read as the
 * mark it stands for. Only then: "en punto" (o'clock), "chấm điểm" (to grade) or "the trial
 * period" inside a sentence stay words. English "full stop" is left as it is (its "stop" is the
 * stop the customer dictated and the keyword rules already read it).
 * General language knowledge, to be reviewed by native speakers.
 */
import { STRONG_BOUNDARY, WEAK_BOUNDARY } from './normalize';

/** Dictated full stops, by their folded spelling. */
const FULL_STOP: ReadonlySet<string> = new Set([
  'cham',
  'punto',
  'ponto',
  'point',
  'punkt',
  'punt',
  'titik',
  'kropka',
  'точка',
  'nokta',
  'крапка',
  'tuldok',
  'nukta',
  'نقطة',
  'نقطه',
  'দাঁড়ি',
  'จุด',
  '句号',
  '句點',
  '句点',
  'kituo',
]);

/** Dictated commas. */
const COMMA: ReadonlySet<string> = new Set([
  'phay',
  'coma',
  'virgula',
  'virgule',
  'komma',
  'virgola',
  'przecinek',
  'запятая',
  'virgul',
  'koma',
  'кома',
  'kuwit',
  'فاصلة',
  'কমা',
  'จุลภาค',
  '逗号',
  '読点',
  'mkato',
]);

/** The tokens with dictated punctuation read as marks, when the message ends with a full stop. */
export function readDictatedMarks(tokens: readonly string[]): readonly string[] {
  const last = tokens[tokens.length - 1];
  if (last === undefined || !FULL_STOP.has(last) || tokens.length < 4) return tokens;
  return tokens.map((t, i) => {
    if (i === 0) return t;
    if (FULL_STOP.has(t)) return STRONG_BOUNDARY;
    return COMMA.has(t) ? WEAK_BOUNDARY : t;
  });
}
