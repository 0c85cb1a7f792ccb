import type { AssessmentFieldsFragment, AssessmentInsideFieldsFragment } from '../../client/src/gql/graphql';
import { formatDate, parseVietnameseDate } from '../../client/src/ui/format';
import { draftOf } from '../../client/src/unit/answer-draft';

describe('dates are typed and shown dd/mm/yyyy', () => {
  it.each([
    ['05/01/2026', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    [' 05-01-2026 ', '2026-01-05'],
    ['29/02/2028', '2028-02-29'],
  ])('%s is %s', (typed, iso) => {
    expect(parseVietnameseDate(typed)).toBe(iso);
  });

  it('writes an ISO date back the way official documents do', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it.each(['31/02/2026', '2026-01-05', '01/13/2026', '5/1/26', ''])('%s is not a date', (typed) => {
    expect(parseVietnameseDate(typed)).toBeNull();
  });
});

describe('the answer form starts its note only from the viewer’s own', () => {
  // One assessment as the server sends it, read through both fragments the form unmasks.
  const answered = (by: string) =>
    ({
      id: '1',
      met: false,
      version: 2,
      answeredAt: '2026-01-05T01:00:00Z',
      criterionVersion: 1,
      answer: { boolean: false, number: null, optionKeys: null, text: null, notApplicable: false },
      evidence: {
        documentNumber: '15-KH/ĐU',
        documentDate: '2026-01-05',
        link: null,
        note: 'Ghi chú của người trả lời',
      },
      criterion: { id: '9' },
      verification: 'UNVERIFIED',
      answeredBy: { id: by, fullName: 'Người trả lời' },
    }) as unknown as AssessmentFieldsFragment & AssessmentInsideFieldsFragment;
  const draftFor = (assessment: ReturnType<typeof answered> | undefined, viewerId: string) =>
    draftOf(assessment, assessment, viewerId);

  it("leaves another person's note out, keeping the rest of the evidence", () => {
    const draft = draftFor(answered('7'), '5');
    expect(draft.evidence).toEqual({ documentNumber: '15-KH/ĐU', documentDate: '2026-01-05', link: '', note: '' });
    expect(draft.boolean).toBe(false);
  });

  it('keeps the viewer’s own note', () => {
    expect(draftFor(answered('5'), '5').evidence.note).toBe('Ghi chú của người trả lời');
  });

  it('starts empty when nothing was answered', () => {
    expect(draftFor(undefined, '5').evidence.note).toBe('');
  });
});
