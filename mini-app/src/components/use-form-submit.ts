import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../api/errors';
import type { FieldErrors } from './submissions/form-model';

/**
 * A form's submit: one request at a time, the server's per-field Vietnamese messages under their
 * fields on failure (or one message for the whole form), cleared on success.
 */
export function useFormSubmit(send: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await send();
      setErrors({});
    } catch (failure) {
      const fields = failure instanceof ApiRequestError ? failure.fields : {};
      setErrors(Object.keys(fields).length > 0 ? fields : { form: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, submit };
}
