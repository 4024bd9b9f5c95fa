const enc = encodeURIComponent;

/** The bot's message links here (`/announcements/<id>`). */
export const announcementPath = (id: string) => `/announcements/${enc(id)}`;
export const deliveryPath = (id: string) => `/announcements/${enc(id)}/delivery`;
export const sentTabPath = '/announcements?tab=sent';
