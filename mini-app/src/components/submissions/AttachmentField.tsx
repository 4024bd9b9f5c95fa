import { useState } from 'react';
import { acceptAttribute, formatBytes } from '../../lib/attachment-rules';
import { AttachmentThumb } from './AttachmentThumb';
import { FieldError } from './FormField';
import type { FieldErrors } from './form-model';
import type { UploadItem, Uploads } from './use-uploads';

interface AttachmentFieldProps {
  label: string;
  hint: string;
  uploads: Uploads;
  errors: FieldErrors;
  /** Clears the field's error once a file is chosen. */
  onChosen: () => void;
}

/** Choose photos or documents; each shows a thumbnail, a real progress bar, and "Thử lại" when it failed. */
export function AttachmentField({ label, hint, uploads, errors, onChosen }: AttachmentFieldProps) {
  const [refused, setRefused] = useState<string[]>([]);
  return (
    <div className="field attachment-field">
      <span className="field__label">{label}</span>
      <span className="field__hint">{hint}</span>
      {uploads.items.length > 0 && (
        <ul className="attachment-list" data-testid="attachment-list">
          {uploads.items.map((item, index) => (
            <AttachmentRow key={item.key} item={item} index={index} onRetry={uploads.retry} onRemove={uploads.remove} />
          ))}
        </ul>
      )}
      <label className="file-button">
        {uploads.items.length > 0 ? 'Thêm tệp' : 'Chụp ảnh hoặc chọn tệp'}
        <input
          type="file"
          multiple
          accept={acceptAttribute}
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (chosen.length === 0) return;
            setRefused(uploads.add(chosen));
            onChosen();
          }}
          data-testid="attachment-input"
        />
      </label>
      {refused.map((message) => (
        <span key={message} className="field-error" role="alert" data-testid="attachment-refused">
          {message}
        </span>
      ))}
      <FieldError path="attachmentIds" errors={errors} />
    </div>
  );
}

interface AttachmentRowProps {
  item: UploadItem;
  index: number;
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
}

function AttachmentRow({ item, index, onRetry, onRemove }: AttachmentRowProps) {
  const size = item.prepared?.blob.size ?? item.file?.size ?? item.attachment?.bytes ?? 0;
  const moving = item.status === 'queued' || item.status === 'preparing' || item.status === 'uploading';
  return (
    <li className={`attachment-row attachment-row--${item.status}`} data-testid={`attachment-item-${index}`} data-status={item.status}>
      <AttachmentThumb id={item.attachment?.id ?? null} name={item.name} mime={item.attachment?.mime ?? item.file?.type ?? ''} localUrl={item.previewUrl} />
      <div className="attachment-row__body">
        <span className="attachment-row__name">{item.attachment?.name ?? item.name}</span>
        <span className="attachment-row__meta">
          {size > 0 ? formatBytes(size) : ''}
          {item.status === 'done' && <span className="ok-text"> · Đã tải lên</span>}
          {item.status === 'preparing' && ' · Đang thu nhỏ ảnh…'}
          {item.status === 'queued' && ' · Chờ tải lên…'}
        </span>
        {moving && (
          <span className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={item.percent} aria-label={`Tải lên ${item.name}`} data-testid="attachment-progress">
            <span className="progress-bar__fill" style={{ width: `${item.percent}%` }} />
          </span>
        )}
        {item.status === 'uploading' && <span className="attachment-row__meta">Đang tải lên… {item.percent}%</span>}
        {item.error && (
          <span className="field-error" role="alert" data-testid="attachment-error">
            {item.error}
          </span>
        )}
        <span className="attachment-row__actions">
          {item.status === 'failed' && (
            <button type="button" className="text-button" onClick={() => onRetry(item.key)} data-testid="attachment-retry">
              Thử lại
            </button>
          )}
          <button type="button" className="text-button text-button--danger" onClick={() => onRemove(item.key)} data-testid="attachment-remove">
            Xóa
          </button>
        </span>
      </div>
    </li>
  );
}
