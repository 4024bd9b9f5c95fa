import { describe, expect, it } from 'vitest';
import { updateDedupeKey, ZaloUpdate } from './update-schema';

const text = {
  event_name: 'message.text.received',
  message: {
    message_id: 'a1b2',
    date: 1750316131602,
    from: { id: '8123456789012345678', display_name: 'Hoa', is_bot: false },
    chat: { id: '8123456789012345678', chat_type: 'PRIVATE' },
    text: '/start 4F7K2Q',
  },
};

describe('ZaloUpdate', () => {
  it('accepts the update bare or wrapped as {ok, result}', () => {
    const bare = ZaloUpdate.parse(text);
    expect(bare).toMatchObject({ kind: 'text', message: { text: '/start 4F7K2Q', date: 1750316131602 } });
    expect(ZaloUpdate.parse({ ok: true, result: text })).toEqual(bare);
    expect(updateDedupeKey(bare)).toBe('message.text.received:a1b2');
  });

  it('reads image and sticker events', () => {
    const image = ZaloUpdate.parse({ ...text, event_name: 'message.image.received', message: { ...text.message, text: undefined, photo_url: 'https://x/y.jpg', caption: 'Ảnh' } });
    expect(image).toMatchObject({ kind: 'image', message: { photo_url: 'https://x/y.jpg', caption: 'Ảnh' } });
    expect(ZaloUpdate.parse({ ...text, event_name: 'message.sticker.received' })).toMatchObject({ kind: 'sticker' });
  });

  it('turns unknown events into "unsupported" instead of failing', () => {
    const future = ZaloUpdate.parse({ event_name: 'message.reaction.received', message: { chat: { id: '1', chat_type: 'PRIVATE' }, weird: true } });
    expect(future).toEqual({ kind: 'unsupported', event_name: 'message.reaction.received', message: expect.objectContaining({ chat: { id: '1', chat_type: 'PRIVATE' } }) });
    expect(updateDedupeKey(future)).toBeNull();
    expect(ZaloUpdate.parse({ event_name: 'message.unsupported.received' })).toMatchObject({ kind: 'unsupported', message: null });
  });

  it('rejects a known event missing its fields, and a chat id that lost precision', () => {
    expect(ZaloUpdate.safeParse({ event_name: 'message.text.received', message: { ...text.message, text: undefined } }).success).toBe(false);
    // What JSON.parse makes of a 19-digit id sent as a number: an inexact double.
    const rounded = { ...text, message: { ...text.message, chat: { id: Number('8123456789012345678'), chat_type: 'PRIVATE' } } };
    expect(ZaloUpdate.safeParse(rounded).success).toBe(false);
    const exact = { ...text, message: { ...text.message, chat: { id: 12345, chat_type: 'PRIVATE' } } };
    expect(ZaloUpdate.parse(exact).message?.chat?.id).toBe('12345');
  });

  it('rejects control characters in an event name or an id (PostgreSQL text refuses a NUL byte)', () => {
    expect(ZaloUpdate.safeParse({ event_name: '\u0000', message: { message_id: '00000000-0000-1000-8000-000000000000' } }).success).toBe(false);
    expect(ZaloUpdate.safeParse({ ...text, message: { ...text.message, message_id: 'a1\u0000' } }).success).toBe(false);
    expect(ZaloUpdate.safeParse({ ...text, message: { ...text.message, chat: { id: '1\u001f', chat_type: 'PRIVATE' } } }).success).toBe(false);
  });
});
