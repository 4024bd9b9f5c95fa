import './BottomSheet.css';
import { useEffect, useId, type ReactNode } from 'react';

interface BottomSheetProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A panel sliding up over the screen: plain DOM and CSS, no animation library, so it opens at
 * once on a slow phone and in tests. Escape or a tap on the shade closes it.
 */
export function BottomSheet({ open, title, onClose, children, testId }: BottomSheetProps) {
  const titleId = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) return null;
  return (
    <div className="sheet-shade" onClick={onClose}>
      <section className="sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(event) => event.stopPropagation()} data-testid={testId}>
        <header className="sheet__head">
          <h2 id={titleId} className="sheet__title">
            {title}
          </h2>
          <button type="button" className="sheet__close" onClick={onClose} aria-label="Đóng" data-testid={testId ? `${testId}-close` : undefined}>
            Đóng
          </button>
        </header>
        <div className="sheet__body">{children}</div>
      </section>
    </div>
  );
}
