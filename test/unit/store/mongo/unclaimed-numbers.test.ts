import { phoneNumberIdsOf } from '../../../../src/store/mongo/unclaimed-numbers';

describe("phoneNumberIdsOf (MongoDB's backfill of inbox notes)", () => {
  it("reads every change's metadata.phone_number_id, once each", () => {
    const body = JSON.stringify({
      entry: [
        { changes: [{ value: { metadata: { phone_number_id: '100' } } }] },
        {
          changes: [
            { value: { metadata: { phone_number_id: '200' } } },
            { value: { metadata: { phone_number_id: '100' } } },
          ],
        },
      ],
    });
    expect(phoneNumberIdsOf(body)).toEqual(['100', '200']);
  });

  it.each([
    ['not JSON', '{"entry": ['],
    ['no entry', '{}'],
    ['odd entries', '{"entry": ["x", 1, null, {"changes": "no"}]}'],
    [
      'odd changes',
      '{"entry": [{"changes": ["x", {"value": {"metadata": {"phone_number_id": 5}}}]}]}',
    ],
    ['an empty id', '{"entry": [{"changes": [{"value": {"metadata": {"phone_number_id": ""}}}]}]}'],
  ])('finds nothing in %s, without throwing', (_, body) => {
    expect(phoneNumberIdsOf(body)).toEqual([]);
  });
});
