/** Field test finding 17: loading the MongoDB models prints no Mongoose warning at start-up. */
it('defines the schemas without the "reserved schema pathname" warning', () => {
  const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../src/store/mongo/models');
    });
    const messages = emitWarning.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => /reserved schema pathname/.test(m))).toEqual([]);
  } finally {
    emitWarning.mockRestore();
  }
});
