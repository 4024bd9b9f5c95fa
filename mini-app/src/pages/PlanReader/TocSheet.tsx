import type { PlanSectionView } from '@tds/shared';
import { memo } from 'react';
import { BottomSheet } from '../../components/BottomSheet';

interface TocSheetProps {
  open: boolean;
  sections: readonly PlanSectionView[];
  onClose: () => void;
  onJump: (path: string) => void;
}

/** Headings and the first words of untitled items, indented by depth; a tap jumps there. */
export const TocSheet = memo(function TocSheet({ open, sections, onClose, onJump }: TocSheetProps) {
  return (
    <BottomSheet open={open} title="Mục lục" onClose={onClose} testId="reader-toc">
      <ol className="toc">
        {sections.map((section) => (
          <li key={section.path} className={`toc__item toc__item--d${Math.min(section.depth, 4)}`}>
            <button type="button" className="toc__link" onClick={() => onJump(section.path)} data-testid={`toc-${section.path}`}>
              <span className="toc__marker">{section.marker}</span> {section.heading ?? clip(section.body)}
            </button>
          </li>
        ))}
      </ol>
    </BottomSheet>
  );
});

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= 70) return line;
  const cut = line.lastIndexOf(' ', 70);
  return `${line.slice(0, cut > 30 ? cut : 70)}…`;
}
