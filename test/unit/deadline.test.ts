import { ServiceUnavailableError } from '../../src/errors';
import { withDeadline } from '../../src/deadline';

describe('withDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with the work when it finishes in time', async () => {
    await expect(withDeadline(Promise.resolve('pong'), 3000, 'the store')).resolves.toBe('pong');
    const failure = new Error('connection refused');
    await expect(withDeadline(Promise.reject(failure), 3000, 'the store')).rejects.toBe(failure);
  });

  it('gives up with a 503 once the deadline passes, whatever the work does later', async () => {
    let finish: (value: string) => void = () => undefined;
    const hanging = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const answer = withDeadline(hanging, 3000, 'the store');
    jest.advanceTimersByTime(2999);
    const settled = jest.fn();
    void answer.then(settled, settled);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await expect(answer).rejects.toEqual(
      new ServiceUnavailableError('the store did not answer within 3000 ms'),
    );
    await expect(answer).rejects.toBeInstanceOf(ServiceUnavailableError);
    finish('late');
  });
});
