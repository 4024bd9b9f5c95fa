import { roles, type ObligationInput } from '@tds/shared';

/** Request bodies that pass validation, shared by the tests that need a valid record rather than a specific one. */
export const author = (fullName: string, sharePercent = 100) => ({ fullName, birthDate: '1988-04-12', workplace: 'Trường PTDTBT Tiểu học Đăk Kôi', position: 'Giáo viên', qualification: 'Cử nhân Sư phạm Tiểu học', sharePercent });

export const initiativeTitle = 'Ứng dụng bảng tương tác trong dạy đọc lớp 1 cho học sinh dân tộc thiểu số';

export const initiative = (attachmentIds: string[], overrides: { title?: string; authors?: Array<ReturnType<typeof author>>; videoLinks?: string[] } = {}) => ({
  title: initiativeTitle,
  authors: [author('Y Vân', 70), author('Đặng Văn Toàn', 30)],
  field: 'Giáo dục tiểu học',
  firstAppliedOn: '2025-09-08',
  problem: 'Học sinh lớp 1 người Xơ Đăng còn hạn chế tiếng Việt, giờ tập đọc thiếu học liệu trực quan.',
  solution: 'Xây dựng bộ bài giảng điện tử có âm thanh, hình ảnh quen thuộc với đời sống thôn làng.',
  novelty: 'Lần đầu dùng tiếng Xơ Đăng làm cầu nối trong bài giảng điện tử của trường.',
  effectiveness: 'Tỷ lệ học sinh đọc trơn cuối học kỳ I tăng từ 61% lên 83%.',
  scalability: 'Áp dụng được cho các trường vùng đồng bào dân tộc thiểu số trong xã.',
  attachmentIds,
  videoLinks: ['https://www.youtube.com/watch?v=abc123'],
  ...overrides,
});

/** A Bình dân học vụ số course, with its certificate. */
export const trainingCourse = (attachmentIds: string[]) => ({ program: 'binh_dan_hoc_vu_so', course: 'Kỹ năng số cơ bản cho công dân', provider: 'Bộ Khoa học và Công nghệ', completedOn: '2025-10-20', hours: 8, attachmentIds });

/** A short plan the extractor accepts: one yearly report deadline. */
export const shortPlanText = [
  'KẾ HOẠCH',
  'Thực hiện phong trào thi đua "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số" năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Đẩy mạnh ứng dụng công nghệ thông tin trong dạy học và quản lý, mỗi cán bộ, giáo viên có ít nhất một sáng kiến.',
  'II. TỔ CHỨC THỰC HIỆN',
  'Các đơn vị gửi báo cáo sơ kết về cấp trên trước ngày 30/11/2026.',
].join('\n');

/** A yearly deadline every role owes, so any role may mark it done. */
export const obligationForEveryone: ObligationInput = {
  what: 'Nộp báo cáo tổng kết phong trào',
  kind: 'report',
  day: 15,
  month: 12,
  quarter: null,
  year: null,
  recurrence: 'yearly',
  recipient: 'Cấp trên',
  sender: null,
  audienceRoles: [...roles],
  activeYears: null,
};
