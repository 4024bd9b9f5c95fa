/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `zalo` (default) or `browser`; read only by src/config.ts. */
  readonly VITE_PLATFORM?: string;
  /** Origin of bot-server, e.g. `https://tds.example.vn`; empty = same origin. */
  readonly VITE_API_BASE?: string;
  /** Zalo Official Account id of the reminder bot (public); empty = no "open chat" button in Zalo. */
  readonly VITE_ZALO_OA_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
