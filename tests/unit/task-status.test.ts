import { TaskStatus } from '../../server/domain/enums';
import { taskStatus } from '../../server/task/task.service';

const open = { completedOn: undefined, recurrence: undefined, startedOn: undefined, deadline: undefined };

describe('taskStatus, the one overdue rule', () => {
  it('keeps a task with a deadline in progress on the deadline day itself, overdue the day after', () => {
    expect(taskStatus({ ...open, deadline: '2025-09-30' }, '2025-09-30')).toBe(TaskStatus.IN_PROGRESS);
    expect(taskStatus({ ...open, deadline: '2025-09-30' }, '2025-10-01')).toBe(TaskStatus.OVERDUE);
  });

  it('counts a recurring task without a deadline overdue until its owner reports it started ("recurring task not under way")', () => {
    const recurring = { ...open, recurrence: 'Thường xuyên' };
    expect(taskStatus(recurring, '2025-09-22')).toBe(TaskStatus.OVERDUE);
    expect(taskStatus({ ...recurring, startedOn: '2025-09-23' }, '2025-09-22')).toBe(TaskStatus.OVERDUE);
    expect(taskStatus({ ...recurring, startedOn: '2025-09-01' }, '2025-09-22')).toBe(TaskStatus.IN_PROGRESS);
  });

  it('keeps an open-ended task (no deadline, not recurring) in progress, started or not, as report 001 counts', () => {
    expect(taskStatus(open, '2026-04-20')).toBe(TaskStatus.IN_PROGRESS);
  });

  it('tells done on time from done late, and ignores a completion after the date', () => {
    expect(taskStatus({ ...open, deadline: '2025-08-31', completedOn: '2025-08-31' }, '2025-09-22')).toBe(
      TaskStatus.DONE_ON_TIME,
    );
    expect(taskStatus({ ...open, deadline: '2025-08-31', completedOn: '2025-09-01' }, '2025-09-22')).toBe(
      TaskStatus.DONE_LATE,
    );
    expect(taskStatus({ ...open, deadline: '2025-08-31', completedOn: '2025-10-01' }, '2025-09-22')).toBe(
      TaskStatus.OVERDUE,
    );
  });
});
