import { isStopKeywordPhrase } from '../../../src/domain/intent/stop-keyword-phrase';

describe('isStopKeywordPhrase', () => {
  it.each([
    'stop',
    'STOP!!',
    'STOPP',
    'СТОП',
    'unsubscribe',
    'BAJA',
    'parar',
    'opt out',
    'stop all',
    'stop please',
    'stop it',
    'STOP STOP',
    '退订',
  ])('%j is nothing but a stop keyword', (phrase) => {
    expect(isStopKeywordPhrase(phrase)).toBe(true);
  });

  it.each([
    'Stop & Shop',
    'Never stop exploring',
    "Don't stop exploring",
    'please',
    'stop shop',
    '',
  ])('%j carries other words', (phrase) => {
    expect(isStopKeywordPhrase(phrase)).toBe(false);
  });
});
