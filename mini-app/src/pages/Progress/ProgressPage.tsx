import '../../components/forms.css';
import '../../components/progress/progress.css';
import { Page, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { progressManagerRoles } from '../../modules';
import { useSession } from '../../state/session';
import { MyQuestions } from './MyQuestions';
import { UnitQuestions } from './UnitQuestions';

/**
 * "Câu hỏi tiến độ": everyone answers the questions waiting for them; managers also get the tab
 * "Câu hỏi của đơn vị" (`?tab=unit`) to ask and read the answers.
 */
export default function ProgressPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const role = session.status === 'signedIn' ? session.session.person.role : null;
  const manager = role !== null && progressManagerRoles.some((allowed) => allowed === role);
  const tab = manager && params.get('tab') === 'unit' ? 'unit' : 'mine';

  return (
    <Page className="app-page progress-page">
      <AppHeader title="Câu hỏi tiến độ" backTo="/home" />
      {manager && (
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'mine'} className="tabs__tab" onClick={() => setParams({}, { replace: true })} data-testid="progress-tab-mine">
            Cần trả lời
          </button>
          <button type="button" role="tab" aria-selected={tab === 'unit'} className="tabs__tab" onClick={() => setParams({ tab: 'unit' }, { replace: true })} data-testid="progress-tab-unit">
            Câu hỏi của đơn vị
          </button>
        </div>
      )}
      {tab === 'unit' && role ? <UnitQuestions role={role} /> : <MyQuestions />}
    </Page>
  );
}
