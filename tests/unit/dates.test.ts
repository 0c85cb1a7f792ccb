import { todayInVietnam } from '../../server/domain/dates';

describe('todayInVietnam', () => {
  it('turns to the next day at midnight in Vietnam (17:00 UTC), whatever it answered just before', () => {
    const at = (iso: string) => todayInVietnam(new Date(iso));
    expect(at('2026-11-23T16:59:59.999Z')).toBe('2026-11-23');
    expect(at('2026-11-23T17:00:00.000Z')).toBe('2026-11-24');
    expect(at('2026-11-23T16:59:30.000Z')).toBe('2026-11-23');
    expect(at('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
    expect(at('2026-12-31T16:00:00.000Z')).toBe('2026-12-31');
  });
});
