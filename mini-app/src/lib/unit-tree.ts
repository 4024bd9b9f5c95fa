import type { Unit } from '@tds/shared';

export interface UnitOption {
  id: string;
  /** The name indented by its depth below the shallowest unit (names say their kind: "Trường …", "Tổ …"). */
  label: string;
}

/** Units in tree order (by path), indented for a `<select>` or a checklist. */
export function unitOptions(units: readonly Unit[]): UnitOption[] {
  const depth = (unit: Unit) => unit.path.split('/').filter(Boolean).length;
  const base = Math.min(...units.map(depth));
  return [...units]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((unit) => ({ id: unit.id, label: `${'\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth(unit) - base))}${unit.name}` }));
}
