import { AckRequestView, type AcknowledgeBody } from '@tds/shared';
import { z } from 'zod';
import { authorizedRequest } from './authorized';

/** GET /api/acknowledgements — what I was asked to confirm lately, newest first. */
export function listAckRequests(): Promise<AckRequestView[]> {
  return authorizedRequest('/api/acknowledgements', { schema: z.array(AckRequestView) });
}

/** POST /api/acknowledgements — "Đã nhận" on one message; 403/400 with `fields.subjectId` when it is not mine or asks for nothing. */
export function acknowledge(body: AcknowledgeBody): Promise<AckRequestView> {
  return authorizedRequest('/api/acknowledgements', { body, schema: AckRequestView });
}
