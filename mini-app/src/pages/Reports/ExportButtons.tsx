import { useState } from 'react';
import { Button, useSnackbar } from 'zmp-ui';
import type { DownloadedFile } from '../../api/download';
import { errorMessage } from '../../api/errors';
import { downloadDashboardXlsx, downloadYearlyReport } from '../../api/reports';
import { saveBlob } from '../../lib/save-blob';

type Export = 'xlsx' | 'docx';

/** "Tải Excel" and the draft yearly report of the unit on screen. */
export function ExportButtons({ unitId }: { unitId: string }) {
  const { openSnackbar } = useSnackbar();
  const [busy, setBusy] = useState<Export | null>(null);

  const run = async (kind: Export, fetchFile: () => Promise<DownloadedFile>) => {
    if (busy) return;
    setBusy(kind);
    try {
      const file = await fetchFile();
      saveBlob(file.blob, file.name);
      openSnackbar({ text: `Đã tải về ${file.name}`, type: 'success', duration: 3000 });
    } catch (error) {
      openSnackbar({ text: `Không tải được báo cáo: ${errorMessage(error)}`, type: 'error', duration: 5000 });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card dash-exports" aria-label="Tải báo cáo">
      <div className="dash-exports__buttons">
        <Button variant="secondary" size="medium" loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void run('xlsx', () => downloadDashboardXlsx(unitId))} data-testid="dashboard-export-xlsx">
          Tải Excel
        </Button>
        <Button variant="secondary" size="medium" loading={busy === 'docx'} disabled={busy !== null} onClick={() => void run('docx', () => downloadYearlyReport(unitId))} data-testid="dashboard-export-docx">
          Báo cáo năm (.docx)
        </Button>
      </div>
      <p className="muted">Bảng tổng hợp (.xlsx) và dự thảo báo cáo năm (.docx) của đơn vị đang xem, số liệu điền sẵn.</p>
    </section>
  );
}
