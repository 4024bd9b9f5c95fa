import { defaultWeekend, workingCalendar, type OffDayRange, type Weekday, type WorkingCalendar } from '@tds/shared';
import { vnHolidayOn } from '@tds/shared/calendar/vn-public-holidays';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { offDaysWithPaths, weekendsWithPaths, type OffDayRow } from './repo';

/** Off days and weekend that apply to a unit: its own and those inherited from the units above it. */
export interface UnitCalendarSettings {
  offDays: OffDayRow[];
  weekend: Weekday[];
  /** The unit id whose weekend applies, or null for the default. */
  weekendFrom: string | null;
}

/** Each unit's working calendar, built from one read of the settings. */
export interface CalendarBook {
  settingsFor(unitPath: string): UnitCalendarSettings;
  forUnit(unitPath: string): WorkingCalendar;
}

/**
 * Loads every unit's settings once and hands out calendars by unit path. Units with the same
 * settings (most of a province) share one calendar object, and with it its memo of days, so
 * planning for 50,000 people asks "is this day off" a few hundred times, not millions.
 */
export async function loadCalendarBook(db: Kysely<Database>): Promise<CalendarBook> {
  const [offDays, weekends] = await Promise.all([offDaysWithPaths(db), weekendsWithPaths(db)]);
  const byPath = new Map<string, WorkingCalendar>();
  const bySettings = new Map<string, WorkingCalendar>();
  const settingsFor = (unitPath: string): UnitCalendarSettings => {
    const own = weekends.filter((row) => unitPath.startsWith(row.unit_path)).sort((a, b) => b.unit_path.length - a.unit_path.length)[0];
    return {
      offDays: offDays.filter((row) => unitPath.startsWith(row.unit_path)),
      weekend: own ? (JSON.parse(own.weekend) as Weekday[]) : [...defaultWeekend],
      weekendFrom: own?.unit_id ?? null,
    };
  };
  return {
    settingsFor,
    forUnit(unitPath) {
      let calendar = byPath.get(unitPath);
      if (!calendar) {
        const settings = settingsFor(unitPath);
        const key = `${settings.weekend.join(',')}|${settings.offDays.map((row) => row.id).join(',')}`;
        calendar = bySettings.get(key);
        if (!calendar) {
          const ranges: OffDayRange[] = settings.offDays.map((row) => ({ from: row.from_day, to: row.to_day, label: row.label }));
          calendar = workingCalendar({ holidayOn: vnHolidayOn, offDays: ranges, weekend: settings.weekend });
          bySettings.set(key, calendar);
        }
        byPath.set(unitPath, calendar);
      }
      return calendar;
    },
  };
}
