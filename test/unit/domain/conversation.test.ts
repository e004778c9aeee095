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
    ['maybe later', null],
    [null, null],
  ])('%s → %s', (text, expected) => {
    expect(answerToQuestion(text)).toBe(expected);
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
  const pending = { taskId: 't1', categoryId: 'offers' };

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

  it('ordinary text is nothing', () => {
    const t = 'do you have it in blue?';
    expect(decideReply(settings, text(t), c(t), null, null)).toEqual({ kind: 'none' });
  });
});
