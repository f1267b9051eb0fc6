import type { CalendarContent } from '../../lib/city-calendar';

/**
 * The City of Alexandria's working calendar: weekdays 08:00–17:00 Eastern time, and the city's
 * holidays for 2026 and 2027. A holiday on a Saturday is observed the Friday before, on a Sunday
 * the Monday after; the observed date is the one listed.
 */
export const alexandriaCalendar: CalendarContent = {
  timeZone: 'America/New_York',
  workdayStart: '08:00:00.000',
  workdayEnd: '17:00:00.000',
  monday: true,
  tuesday: true,
  wednesday: true,
  thursday: true,
  friday: true,
  saturday: false,
  sunday: false,
  holidays: [
    { date: '2026-01-01', name: 'New Year\'s Day' },
    { date: '2026-01-19', name: 'Martin Luther King Jr. Day' },
    { date: '2026-02-16', name: 'Presidents\' Day' },
    { date: '2026-05-25', name: 'Memorial Day' },
    { date: '2026-06-19', name: 'Juneteenth' },
    { date: '2026-07-03', name: 'Independence Day (observed)' },
    { date: '2026-09-07', name: 'Labor Day' },
    { date: '2026-11-11', name: 'Veterans Day' },
    { date: '2026-11-26', name: 'Thanksgiving Day' },
    { date: '2026-11-27', name: 'Day after Thanksgiving' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2027-01-01', name: 'New Year\'s Day' },
    { date: '2027-01-18', name: 'Martin Luther King Jr. Day' },
    { date: '2027-02-15', name: 'Presidents\' Day' },
    { date: '2027-05-31', name: 'Memorial Day' },
    { date: '2027-06-18', name: 'Juneteenth (observed)' },
    { date: '2027-07-05', name: 'Independence Day (observed)' },
    { date: '2027-09-06', name: 'Labor Day' },
    { date: '2027-11-11', name: 'Veterans Day' },
    { date: '2027-11-25', name: 'Thanksgiving Day' },
    { date: '2027-11-26', name: 'Day after Thanksgiving' },
    { date: '2027-12-24', name: 'Christmas Day (observed)' },
  ],
};
