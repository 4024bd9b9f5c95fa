import { ComingSoon } from '../../components/ComingSoon';
import { findModule } from '../../modules';

const about = findModule('review')?.about ?? '';

/** Principals and group leaders approve or return initiatives and evidence. Loaded only when opened. */
export default function ReviewPage() {
  return <ComingSoon title="Duyệt bài" description={about} />;
}
