import {
  answerToQuestion,
  decideOptOutScope,
  identifierFromWhatsApp,
  parseOurPayload,
  PAYLOAD,
} from '../../../src/domain/conversation';
import { decideReply } from '../../../src/domain/conversation-decision';
import { classifyMessage } from '../../../src/domain/intent';

describe('parseOurPayload', () => {
  it.each([
    ['optout:abc123', { kind: 'task_opt_out', taskId: 'abc123' }],
    [PAYLOAD.confirmStop, { kind: 'confirm_stop' }],
    [PAYLOAD.keep, { kind: 'keep' }],
    [PAYLOAD.widenAll, { kind: 'widen_all' }],
    ['sl:undo:0123456789abcdef01234567', { kind: 'undo', optOutId: '0123456789abcdef01234567' }],
    ['Stop promotions', null],
    ['optout:', null],
    ['sl:undo:', null],
    [null, null],
  ])('%s', (payload, expected) => {
    expect(parseOurPayload(payload)).toEqual(expected);
  });
});

describe('decideOptOutScope', () => {
  const task = { taskId: 't1', categoryId: 'offers' };
  it.each([
    [
      'stop all → all, until revoked',
      { said: 'all', namedCategoryId: null, task, keywordScope: 'task_category' },
      { categoryId: null, untilRevoked: true },
    ],
    [
      'tenant keywordScope all',
      { said: 'default', namedCategoryId: null, task, keywordScope: 'all' },
      { categoryId: null, untilRevoked: true },
    ],
    [
      'named category wins over the task',
      { said: 'category', namedCategoryId: 'news', task, keywordScope: 'task_category' },
      { categoryId: 'news', untilRevoked: false },
    ],
    [
      'linked task → its category',
      { said: 'default', namedCategoryId: null, task, keywordScope: 'task_category' },
      { categoryId: 'offers', untilRevoked: false },
    ],
    [
      'linked task without category → all, tenant days',
      {
        said: 'default',
        namedCategoryId: null,
        task: { taskId: 't', categoryId: null },
        keywordScope: 'task_category',
      },
      { categoryId: null, untilRevoked: false },
    ],
    [
      'no task → all, until revoked',
      { said: 'default', namedCategoryId: null, task: null, keywordScope: 'task_category' },
      { categoryId: null, untilRevoked: true },
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(decideOptOutScope(input)).toEqual(expected);
  });
});

describe('answerToQuestion', () => {
  it.each([
    ['Yes', 'yes'],
    ['sim!', 'yes'],
    ['Sí', 'yes'],
    ['да', 'yes'],
    ['1', 'yes'],
    ['no', 'no'],
    ['Não', 'no'],
    ['nein.', 'no'],
    ['いいえ', 'no'],
    ['Hapana', 'no'],
    ['không', 'no'],
    ['maybe later', null],
    [null, null],
  ])('%s → %s', (text, expected) => {
    expect(answerToQuestion(text)).toBe(expected);
  });

  it('takes "ok stop", "confirm" and "keep" only as answers to "did you mean stop?"', () => {
    expect(answerToQuestion('OK stop', 'confirm_opt_out')).toBe('yes');
    expect(answerToQuestion('keep', 'confirm_opt_out')).toBe('no');
    expect(answerToQuestion('OK stop', 'consent')).toBeNull();
    expect(answerToQuestion('keep', 'consent')).toBeNull();
    expect(answerToQuestion('sim', 'consent')).toBe('yes');
  });
});

describe('identifierFromWhatsApp', () => {
  it.each([
    ['16505551234', '+16505551234'],
    ['+5511987654321', '+5511987654321'],
    ['US.13491208655302741918', 'US.13491208655302741918'],
    ['', null],
    ['hello', null],
    [undefined, null],
  ])('%s → %s', (id, expected) => {
    expect(identifierFromWhatsApp(id)).toBe(expected);
  });
});

describe('decideReply', () => {
  const settings = { keywordScope: 'task_category' as const };
  const text = (t: string) => ({ type: 'text', text: t, payload: null });
  const c = (t: string) => classifyMessage(t);
  const pending = {
    kind: 'confirm_opt_out' as const,
    taskId: 't1',
    categoryId: 'offers',
    messageId: 'wamid.in1',
  };
  const consentAsked = {
    kind: 'consent' as const,
    taskId: null,
    categoryId: 'offers',
    messageId: 'wamid.question1',
  };

  it('an explicit keyword is an opt-out at once, source keyword', () => {
    expect(decideReply(settings, text('STOP'), c('STOP'), null, null)).toEqual({
      kind: 'opt_out',
      scope: { categoryId: null, untilRevoked: true },
      source: 'keyword',
    });
  });

  it('a clear phrase is an opt-out, source conversation', () => {
    const t = 'please stop sending me these messages';
    expect(decideReply(settings, text(t), c(t), null, null)).toMatchObject({
      kind: 'opt_out',
      source: 'conversation',
    });
  });

  it('a likely opt-out asks, unless a question is already pending', () => {
    const t = 'too many messages';
    expect(decideReply(settings, text(t), c(t), null, null)).toEqual({ kind: 'ask' });
    expect(decideReply(settings, text(t), c(t), null, pending)).toEqual({ kind: 'none' });
  });

  it('a typed yes answers the pending question with the task it followed', () => {
    expect(decideReply(settings, text('yes'), c('yes'), null, pending)).toEqual({
      kind: 'opt_out',
      scope: { categoryId: 'offers', untilRevoked: false },
      source: 'conversation',
    });
    expect(decideReply(settings, text('no'), c('no'), null, pending)).toEqual({ kind: 'keep' });
  });

  it('a bare yes to our marketing is asked about (double opt-in buttons); to nothing of ours, it is none', () => {
    const task = { taskId: 't1', categoryId: 'offers' };
    for (const t of ['SIM', 'はい', 'yes', 'EVET 👍', 'ДА'])
      expect(decideReply(settings, text(t), c(t), task, null)).toEqual({
        kind: 'opt_in_ask',
        categoryId: null,
      });
    expect(decideReply(settings, text('SIM'), c('SIM'), null, null)).toEqual({ kind: 'none' });
    // A pending stop question is answered first: the yes confirms the stop asked about.
    expect(decideReply(settings, text('SIM'), c('SIM'), task, pending)).toMatchObject({
      kind: 'opt_out',
    });
  });

  it('a keyword wins over the pending question', () => {
    expect(decideReply(settings, text('START'), c('START'), null, pending)).toEqual({
      kind: 'opt_in',
      categoryId: null,
    });
  });

  it('our button payloads are acted on exactly, whatever their label says', () => {
    const tap = { type: 'button', text: 'Parar promoções', payload: 'optout:t9' };
    expect(
      decideReply(settings, tap, c(tap.text), { taskId: 't9', categoryId: 'offers' }, null),
    ).toEqual({
      kind: 'opt_out',
      scope: { categoryId: 'offers', untilRevoked: false },
      source: 'template_button',
    });
    const keep = { type: 'interactive', text: 'Stop promotions', payload: 'sl:keep' };
    expect(decideReply(settings, keep, c(keep.text), null, pending)).toEqual({ kind: 'keep' });
  });

  it('a typed answer to the double opt-in question answers it, naming the question', () => {
    for (const t of ['sim', 'Yes please!', 'はい', 'ndiyo', 'START'])
      expect(decideReply(settings, text(t), c(t), null, consentAsked)).toEqual({
        kind: 'consent',
        answer: 'yes',
        categoryId: 'offers',
        questionId: 'wamid.question1',
      });
    for (const t of ['não', 'no', 'nein.'])
      expect(decideReply(settings, text(t), c(t), null, consentAsked)).toEqual({
        kind: 'consent',
        answer: 'no',
      });
    // A stop is a stop, not a "no": it is recorded as one.
    expect(decideReply(settings, text('PARAR'), c('PARAR'), null, consentAsked)).toMatchObject({
      kind: 'opt_out',
    });
    // The stop question's own words answer only the stop question.
    expect(decideReply(settings, text('keep'), c('keep'), null, consentAsked)).toEqual({
      kind: 'none',
    });
    // Anything else is read as usual, and the question stays asked.
    const t = 'do you have it in blue?';
    expect(decideReply(settings, text(t), c(t), null, consentAsked)).toEqual({ kind: 'none' });
  });

  it('a "confirm stop" tap with only the consent question pending is a stop of its own', () => {
    const tap = { type: 'interactive', text: 'Yes, stop', payload: 'sl:confirm_stop' };
    expect(decideReply(settings, tap, c(tap.text), null, consentAsked)).toEqual({
      kind: 'opt_out',
      scope: { categoryId: null, untilRevoked: true },
      source: 'conversation',
    });
  });

  it('ordinary text is nothing', () => {
    const t = 'do you have it in blue?';
    expect(decideReply(settings, text(t), c(t), null, null)).toEqual({ kind: 'none' });
  });
});
