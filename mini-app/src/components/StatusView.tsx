import type { ReactNode } from 'react';
import { Button } from 'zmp-ui';

export function LoadingView({ text = 'Đang tải…' }: { text?: string }) {
  return (
    <div className="status-view" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <p>{text}</p>
    </div>
  );
}

interface ErrorViewProps {
  title: string;
  message: string;
  onRetry?: () => void;
  testId?: string;
  children?: ReactNode;
}

/** A failure the person can act on: what went wrong, why, and a retry. */
export function ErrorView({ title, message, onRetry, testId, children }: ErrorViewProps) {
  return (
    <div className="status-view status-view--error" role="alert" data-testid={testId}>
      <p className="status-view__title">{title}</p>
      <p className="status-view__message">{message}</p>
      {children}
      {onRetry && (
        <Button variant="secondary" size="medium" onClick={onRetry} data-testid={testId ? `${testId}-retry` : undefined}>
          Thử lại
        </Button>
      )}
    </div>
  );
}
