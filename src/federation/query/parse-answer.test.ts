import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAnswer } from './questions.js';

const question = {
  kind: 'EXPORTER_TOTALS',
  exporter: 'CO:NIT:900123456',
  from: '2024-01',
  to: '2024-03',
} as const;
const month = { month: '2024-02', boughtFineKg: 12.5, boughtGrossKg: 14, purchases: 3, producedKg: 0 };

void describe('a reply to a question', () => {
  it('is taken as an answer or a refusal of the shape the node sends', () => {
    const answered = { inReplyTo: 'q1', question, answer: { months: [month] } };
    assert.deepEqual(parseAnswer(answered), answered);
    const refused = { inReplyTo: '', question: null, refused: 'the query is not signed' };
    assert.deepEqual(parseAnswer(refused), refused);
  });

  it('is refused when a trusted but faulty node sends figures of another shape', () => {
    for (const [reply, where] of [
      [
        { inReplyTo: 'q1', question, answer: { months: [{ ...month, boughtFineKg: -1 }] } },
        /neither answers/,
      ],
      [
        { inReplyTo: 'q1', question, answer: { months: [{ ...month, month: 'Feb 2024' }] } },
        /neither answers/,
      ],
      [{ inReplyTo: 'q1', question }, /neither answers nor refuses/],
      [
        { inReplyTo: 'q1', question, answer: { registered: 'yes', registers: [] } },
        /neither answers nor refuses/,
      ],
    ] as const) {
      const parsed = parseAnswer(reply);
      assert.ok(typeof parsed === 'string', JSON.stringify(reply));
      assert.match(parsed, where);
    }
  });
});
