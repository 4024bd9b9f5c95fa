import type { Role } from '@tds/shared';
import { useNavigate } from 'zmp-ui';
import { modulesFor } from '../../modules';
import { useTileBadges } from '../../state/badges';

/** The capabilities this role can open, as large text tiles (a coloured badge, never an icon font), with a count of what waits. */
export function ModuleGrid({ role }: { role: Role }) {
  const navigate = useNavigate();
  const badges = useTileBadges();
  return (
    <nav aria-label="Chức năng" className="module-grid">
      {modulesFor(role).map((module) => (
        <button
          key={module.key}
          type="button"
          className="module-tile"
          onClick={() => navigate(module.path)}
          data-testid={`tile-${module.key}`}
        >
          <span className="module-tile__badge" style={{ backgroundColor: module.tone }} aria-hidden="true">
            {module.badge}
            {(badges[module.key] ?? 0) > 0 && (
              <span className="module-tile__count" data-testid={`tile-count-${module.key}`}>
                {(badges[module.key] ?? 0) > 99 ? '99+' : badges[module.key]}
              </span>
            )}
          </span>
          <span className="module-tile__label">{module.label}</span>
          <span className="module-tile__hint">{module.hint}</span>
        </button>
      ))}
    </nav>
  );
}
