import type { Role } from '@tds/shared';
import { useNavigate } from 'zmp-ui';
import { modulesFor } from '../../modules';

/** The capabilities this role can open, as large text tiles (a coloured badge, never an icon font). */
export function ModuleGrid({ role }: { role: Role }) {
  const navigate = useNavigate();
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
          </span>
          <span className="module-tile__label">{module.label}</span>
          <span className="module-tile__hint">{module.hint}</span>
        </button>
      ))}
    </nav>
  );
}
