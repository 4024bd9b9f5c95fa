import { ComingSoon } from '../../components/ComingSoon';
import { findModule } from '../../modules';

const about = findModule('reports')?.about ?? '';

/** Officers' and principals' dashboards and exports. Loaded only when opened. */
export default function ReportsPage() {
  return <ComingSoon title="Tổng hợp" description={about} />;
}
