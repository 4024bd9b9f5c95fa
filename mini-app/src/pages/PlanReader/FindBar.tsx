import { useEffect, useState } from 'react';
import { useDebounced } from '../../lib/use-debounced';

interface FindBarProps {
  /** The words the reader was opened with (from the library's search). */
  initialText: string;
  /** The query once typing pauses: the reader searches only then, never on each key. */
  onQuery: (query: string) => void;
  /** Hits for the settled query; null while there is no query. */
  total: number | null;
  active: number | null;
  onStep: (delta: 1 | -1) => void;
  onToc: () => void;
}

/**
 * Search inside the plan: the box, "n kết quả", previous/next, and the table of contents button.
 * The box's text lives here, so a key press re-renders this bar and not the plan.
 */
export function FindBar({ initialText, onQuery, total, active, onStep, onToc }: FindBarProps) {
  const [text, setText] = useState(initialText);
  const query = useDebounced(text.trim(), 250);
  useEffect(() => onQuery(query), [query, onQuery]);
  const stepping = total !== null && total > 0;
  return (
    <div className="reader-bar" role="search">
      <div className="reader-bar__row">
        <input
          type="search"
          className="text-input reader-bar__input"
          placeholder="Tìm trong kế hoạch"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && stepping) onStep(event.shiftKey ? -1 : 1);
          }}
          aria-label="Tìm trong kế hoạch"
          enterKeyHint="search"
          data-testid="reader-find-input"
        />
        <button type="button" className="icon-button" onClick={() => onStep(-1)} disabled={!stepping} aria-label="Kết quả trước" data-testid="reader-find-prev">
          ‹
        </button>
        <button type="button" className="icon-button" onClick={() => onStep(1)} disabled={!stepping} aria-label="Kết quả sau" data-testid="reader-find-next">
          ›
        </button>
        <button type="button" className="bar-button" onClick={onToc} data-testid="reader-toc-open">
          Mục lục
        </button>
      </div>
      {total !== null && (
        <p className="reader-bar__count" aria-live="polite" data-testid="reader-find-count">
          {total === 0 ? 'Không có kết quả' : `${total} kết quả${active !== null ? ` · đang xem ${active + 1}/${total}` : ''}`}
        </p>
      )}
    </div>
  );
}
