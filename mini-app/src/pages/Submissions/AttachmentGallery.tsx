import type { AttachmentView, SubmissionView } from '@tds/shared';
import { useEffect, useState } from 'react';
import { useSnackbar } from 'zmp-ui';
import { downloadAttachment } from '../../api/attachments';
import { errorMessage } from '../../api/errors';
import { BottomSheet } from '../../components/BottomSheet';
import { AttachmentThumb } from '../../components/submissions/AttachmentThumb';
import { savedFiles } from '../../components/submissions/form-model';
import { formatBytes } from '../../lib/attachment-rules';
import { saveBlob } from '../../lib/save-blob';
import { loadAttachmentUrl, useAttachmentUrl } from '../../state/attachments';

type Shown = Pick<AttachmentView, 'id' | 'name' | 'mime' | 'bytes'>;

/** Evidence of a submission: linked on submit; a draft only lists its ids (names kept in the draft data). */
export const filesOf = (view: SubmissionView): Shown[] => (view.attachments.length > 0 ? view.attachments : savedFiles(view.data, []));

const viewable = (file: Shown) => /^image\/(jpeg|png|webp)$/.test(file.mime);

/** The evidence of a submission: tap a photo to see it whole, a document to download it. */
export function AttachmentGallery({ files }: { files: readonly Shown[] }) {
  const { openSnackbar } = useSnackbar();
  const [shown, setShown] = useState<Shown | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const open = async (file: Shown) => {
    if (viewable(file)) {
      setShown(file);
      return;
    }
    setBusyId(file.id);
    try {
      saveBlob(await downloadAttachment(file.id), file.name);
    } catch (error) {
      openSnackbar({ text: `Không mở được tệp: ${errorMessage(error)}`, type: 'error', duration: 4000 });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="gallery-title" data-testid="submission-attachments">
      <h2 id="gallery-title" className="section-title">
        Minh chứng đính kèm ({files.length})
      </h2>
      {files.length === 0 ? (
        <p className="muted">Không có tệp đính kèm.</p>
      ) : (
        <ul className="attachment-list">
          {files.map((file, index) => (
            <li key={file.id} className="attachment-row">
              <button type="button" className="attachment-open" onClick={() => void open(file)} disabled={busyId === file.id} data-testid={`attachment-open-${index}`}>
                <AttachmentThumb id={file.id} name={file.name} mime={file.mime} />
                <span className="attachment-row__body">
                  <span className="attachment-row__name">{file.name}</span>
                  <span className="attachment-row__meta">
                    {file.bytes > 0 ? formatBytes(file.bytes) : ''} · {busyId === file.id ? 'Đang tải…' : viewable(file) ? 'Xem ảnh' : 'Tải về'}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <BottomSheet open={shown !== null} title={shown?.name ?? ''} onClose={() => setShown(null)} testId="attachment-viewer">
        {shown && <FullImage file={shown} />}
      </BottomSheet>
    </section>
  );
}

function FullImage({ file }: { file: Shown }) {
  const url = useAttachmentUrl(file.id);
  useEffect(() => {
    void loadAttachmentUrl(file.id);
  }, [file.id]);
  if (url?.status === 'ready') return <img className="attachment-full" src={url.url} alt={file.name} />;
  if (url?.status === 'error') return <p className="form-error">{url.message}</p>;
  return <p className="muted">Đang tải ảnh…</p>;
}
