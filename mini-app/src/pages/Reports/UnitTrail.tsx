import type { Dashboard, Unit } from '@tds/shared';
import { useUnits } from '../../state/org';

interface UnitTrailProps {
  /** The dashboard on screen, once loaded. */
  current: Dashboard | null;
  /** `?unit=`; `''` = the person's own unit, where no trail is shown. */
  requestedId: string;
  /** Opens a unit above; `null` = the person's own unit. */
  onOpen: (unitId: string | null) => void;
}

/** "UBND xã Đăk Kôi › Trường …": the way back up a drill-down, from the units in the person's reach. */
export function UnitTrail({ current, requestedId, onOpen }: UnitTrailProps) {
  const units = useUnits().data;
  if (!requestedId) return null;
  const trail = trailOf(units ?? [], requestedId);
  const currentName = current?.unitId === requestedId ? current.unitName : (trail.at(-1)?.name ?? '…');
  const above = trail.slice(0, -1);
  return (
    <nav className="dash-trail" aria-label="Đơn vị đang xem" data-testid="dashboard-trail">
      <ol>
        {above.length === 0 && (
          <li>
            <button type="button" className="dash-trail__link" onClick={() => onOpen(null)} data-testid="dashboard-crumb-root">
              Đơn vị của tôi
            </button>
          </li>
        )}
        {above.map((unit, index) => (
          <li key={unit.id}>
            <button type="button" className="dash-trail__link" onClick={() => onOpen(index === 0 ? null : unit.id)} data-testid={`dashboard-crumb-${unit.id}`}>
              {unit.name}
            </button>
          </li>
        ))}
        <li aria-current="page" className="dash-trail__here">
          {currentName}
        </li>
      </ol>
    </nav>
  );
}

/** The units from the top of the person's reach down to `unitId` (the person's own unit first). */
function trailOf(units: readonly Unit[], unitId: string): Unit[] {
  const target = units.find((unit) => unit.id === unitId);
  if (!target) return [];
  return units.filter((unit) => target.path.startsWith(unit.path)).sort((a, b) => a.path.length - b.path.length);
}
