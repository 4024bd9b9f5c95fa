import '../../components/forms.css';
import '../../components/plans/plans.css';
import './reports.css';
import type { Dashboard } from '@tds/shared';
import { useEffect } from 'react';
import { Page, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../../components/AppHeader';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { loadUnits } from '../../state/org';
import { loadDashboard, useDashboard } from '../../state/reports';
import { DashboardCharts } from './DashboardCharts';
import { ExportButtons } from './ExportButtons';
import { ObligationList, QuestionList } from './DashboardLists';
import { TotalsCard } from './TotalsCard';
import { UnitTable } from './UnitTable';
import { UnitTrail } from './UnitTrail';

/**
 * "Tổng hợp": the figures of the person's unit (or of a unit below it, `?unit=`) and of each unit
 * directly below it. Tapping a unit drills down; the trail and "Quay lại" go back up.
 */
export default function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? '';
  const dashboard = useDashboard(unitId);

  useEffect(() => {
    void loadDashboard(unitId);
    // A drill-down starts at the top of the unit's figures, not where the table was.
    document.querySelector('.dash-page')?.scrollTo({ top: 0 });
  }, [unitId]);
  useEffect(() => {
    void loadUnits();
  }, []);

  const open = (id: string | null) => setParams(id ? { unit: id } : {});

  return (
    <Page className="app-page dash-page">
      <AppHeader title="Tổng hợp" backTo="/home" />
      <UnitTrail current={dashboard.data} requestedId={unitId} onOpen={open} />
      {dashboard.data ? (
        <DashboardView data={dashboard.data} onOpenUnit={(id) => open(id)} />
      ) : dashboard.error ? (
        <ErrorView title="Không tải được số liệu" message={dashboard.error} onRetry={() => void loadDashboard(unitId)} testId="dashboard-error" />
      ) : (
        <LoadingView text="Đang tổng hợp số liệu…" />
      )}
    </Page>
  );
}

function DashboardView({ data, onOpenUnit }: { data: Dashboard; onOpenUnit: (unitId: string) => void }) {
  return (
    <>
      <TotalsCard data={data} />
      <ExportButtons unitId={data.unitId} />
      <DashboardCharts data={data} />
      {/* Sort and filter belong to one unit's table: a drill-down starts afresh. */}
      <UnitTable key={data.unitId} data={data} onOpen={onOpenUnit} />
      <ObligationList obligations={data.obligations} />
      <QuestionList questions={data.questions} />
    </>
  );
}
