import { describe, expect, it } from 'vitest';
import { median, responseFigures } from './dashboard';

const at = (hours: number) => new Date(Date.UTC(2026, 0, 5, 9) + hours * 3_600_000).toISOString();

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('responseFigures', () => {
  it('measures first responses and resolutions, leaves duplicates and open requests out of resolutions, and counts the share within target', () => {
    const figures = responseFigures([
      { created_at: at(0), first_response_at: at(2), closed_at: at(10), due_at: at(24), request_status: 'resolved', closure_reason: 'fixed' },
      { created_at: at(0), first_response_at: at(4), closed_at: at(30), due_at: at(24), request_status: 'closed', closure_reason: 'referred' },
      { created_at: at(0), first_response_at: null, closed_at: at(1), due_at: at(24), request_status: 'closed', closure_reason: 'duplicate' },
      { created_at: at(0), first_response_at: at(6), closed_at: null, due_at: at(24), request_status: 'in_progress', closure_reason: null },
      { created_at: at(0), first_response_at: null, closed_at: at(50), due_at: null, request_status: 'resolved', closure_reason: 'fixed' },
      { created_at: at(0), first_response_at: null, closed_at: at(5), due_at: at(24), request_status: 'rejected', closure_reason: null },
    ]);
    expect(figures.medianHoursToFirstResponse).toBe(4);
    expect(figures.medianHoursToResolution).toBe(30);
    expect(figures.resolved).toBe(3);
    expect(figures.resolvedWithinTarget).toBe(0.5);
  });

  it('has no share within target when no resolved request had a target', () => {
    expect(responseFigures([{ created_at: at(0), first_response_at: null, closed_at: at(5), due_at: null, request_status: 'resolved', closure_reason: 'fixed' }]).resolvedWithinTarget).toBeNull();
  });
});
