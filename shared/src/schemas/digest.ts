import { z } from 'zod';

/** Digest hours stay out of quiet hours (21:00–07:00), when nothing but due-today reminders is sent. */
const DigestTime = z
  .string({ error: 'Giờ nhận tin tổng hợp phải có dạng HH:mm' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ nhận tin tổng hợp phải có dạng HH:mm')
  .refine((value) => value >= '07:00' && value <= '21:00', 'Chọn giờ trong khoảng 07:00–21:00');

/** One daily digest at `digestAt` ("17:00", Vietnam time) instead of separate messages; null = each message at once. */
export const DigestSetting = z.object({ digestAt: DigestTime.nullable() });
export type DigestSetting = z.infer<typeof DigestSetting>;
