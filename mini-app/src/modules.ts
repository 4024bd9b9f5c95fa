import type { Role } from '@tds/shared';

/**
 * The app's capabilities as the home screen shows them. `path` is where a tile leads; features of
 * later issues lead to the "Đang phát triển" page until they are built.
 */
export interface AppModule {
  key: string;
  label: string;
  /** One line under the label. */
  hint: string;
  /** What the screen does, in one sentence (shown while it is being built). */
  about: string;
  /** Two letters on the tile's badge: a picture that needs no icon font. */
  badge: string;
  /** Badge colour. */
  tone: string;
  path: string;
  /** Who sees the tile; everyone when absent. The server checks permissions again. */
  roles?: readonly Role[];
}

export const reviewerRoles = ['principal', 'group_leader'] as const satisfies readonly Role[];
/** Who may read dashboards and exports (permission `reports.read`; a tổ trưởng only for the tổ). */
export const reportRoles = ['group_leader', 'principal', 'commune_officer', 'dept_officer', 'admin'] as const satisfies readonly Role[];
/** Who may nominate for awards and keep the dossiers (permission `awards.manage`). */
export const awardRoles = ['principal', 'commune_officer', 'dept_officer', 'admin'] as const satisfies readonly Role[];
/** Who may import, review and publish plans (permission `plans.manage`; the server checks the unit). */
export const planManagerRoles = ['principal', 'commune_officer', 'dept_officer', 'admin'] as const satisfies readonly Role[];
/** Who may ask progress questions and read the answers (permission `progress.manage`; a tổ trưởng only in the tổ). */
export const progressManagerRoles = ['group_leader', 'principal', 'commune_officer', 'dept_officer', 'admin'] as const satisfies readonly Role[];
/** Who may send announcements to the units below (permission `announcements.send`). */
export const announcementSenderRoles = ['principal', 'commune_officer', 'dept_officer', 'admin'] as const satisfies readonly Role[];

export const appModules: readonly AppModule[] = [
  {
    key: 'plans',
    label: 'Kế hoạch',
    hint: 'Văn bản, nhiệm vụ',
    about: 'Đọc kế hoạch của Sở, xã và trường, cùng các nhiệm vụ và mốc thời gian trong đó.',
    badge: 'KH',
    tone: '#0a58ca',
    path: '/plans',
  },
  {
    key: 'deadlines',
    label: 'Hạn của tôi',
    hint: 'Việc sắp đến hạn',
    about: 'Những việc bạn cần nộp, sắp xếp theo hạn, kèm nhắc việc qua Zalo.',
    badge: 'HN',
    tone: '#d9480f',
    path: '/deadlines',
  },
  {
    key: 'initiative',
    label: 'Nộp sáng kiến',
    hint: 'Sáng kiến kinh nghiệm',
    about: 'Soạn và nộp sáng kiến kinh nghiệm, lưu nháp và đính kèm minh chứng.',
    badge: 'SK',
    tone: '#2b8a3e',
    path: '/initiative',
  },
  {
    key: 'training',
    label: 'Minh chứng kỹ năng số',
    hint: 'Chứng chỉ, khóa học',
    about: 'Khai báo khóa học kỹ năng số đã hoàn thành và tải lên chứng chỉ.',
    badge: 'KN',
    tone: '#5f3dc4',
    path: '/training',
  },
  {
    key: 'submissions',
    label: 'Bài đã nộp',
    hint: 'Trạng thái duyệt',
    about: 'Xem lại sáng kiến, minh chứng đã nộp và kết quả duyệt.',
    badge: 'BN',
    tone: '#1098ad',
    path: '/submissions',
  },
  {
    key: 'review',
    label: 'Duyệt bài',
    hint: 'Sáng kiến, minh chứng',
    about: 'Duyệt hoặc trả lại sáng kiến và minh chứng của đơn vị, kèm nhận xét.',
    badge: 'DB',
    tone: '#c2255c',
    path: '/review',
    roles: reviewerRoles,
  },
  {
    key: 'announcements',
    label: 'Thông báo',
    hint: 'Tin từ đơn vị',
    about: 'Thông báo mới từ trường, xã và Sở.',
    badge: 'TB',
    tone: '#e67700',
    path: '/announcements',
  },
  {
    key: 'progress',
    label: 'Câu hỏi tiến độ',
    hint: 'Trả lời nhanh',
    about: 'Trả lời nhanh các câu hỏi tiến độ do đơn vị gửi.',
    badge: 'TĐ',
    tone: '#364fc7',
    path: '/progress',
  },
  {
    key: 'reports',
    label: 'Tổng hợp',
    hint: 'Số liệu theo đơn vị',
    about: 'Tỉ lệ hoàn thành theo đơn vị, số sáng kiến, độ phủ kỹ năng số và tải báo cáo.',
    badge: 'TH',
    tone: '#495057',
    path: '/reports',
    roles: reportRoles,
  },
  {
    key: 'awards',
    label: 'Khen thưởng',
    hint: 'Đề nghị, hồ sơ',
    about: 'Đề nghị khen thưởng trong chỉ tiêu của kế hoạch, danh mục hồ sơ và hạn nộp.',
    badge: 'KT',
    tone: '#8f5b00',
    path: '/awards',
    roles: awardRoles,
  },
  {
    key: 'leave',
    label: 'Nghỉ phép',
    hint: 'Tạm ngưng nhắc việc',
    about: 'Đặt nghỉ phép cho bản thân (hoặc cán bộ của đơn vị): không nhận nhắc việc trong thời gian nghỉ.',
    badge: 'NP',
    tone: '#868e96',
    path: '/leave',
  },
  {
    key: 'calendar',
    label: 'Lịch nghỉ',
    hint: 'Nghỉ lễ, nghỉ Tết, nghỉ hè',
    about: 'Khai báo ngày nghỉ của đơn vị theo năm; hệ thống không nhắc việc vào ngày nghỉ.',
    badge: 'LN',
    tone: '#0b7285',
    path: '/calendar',
    roles: planManagerRoles,
  },
];

export function modulesFor(role: Role): AppModule[] {
  return appModules.filter((module) => !module.roles || module.roles.some((allowed) => allowed === role));
}

export function findModule(key: string | undefined): AppModule | undefined {
  return appModules.find((module) => module.key === key);
}
