/** A form's own error, not a field's: what went wrong with the request as a whole. */
export function FormAlert({ message, testId }: { message: string | null | undefined; testId?: string }) {
  return message ? (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  ) : null;
}
