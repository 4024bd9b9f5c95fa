/** Form data the tests submit: a real-looking sáng kiến of the demo primary school. */
export const initiativeTitle = 'Ứng dụng bảng tương tác trong dạy đọc lớp 1 cho học sinh dân tộc thiểu số';

export const author = (fullName: string, sharePercent = 100) => ({ fullName, birthDate: '1988-04-12', workplace: 'Trường PTDTBT Tiểu học Đăk Kôi', position: 'Giáo viên', qualification: 'Cử nhân Sư phạm Tiểu học', sharePercent });

export const initiative = (attachmentIds: string[], options: { title?: string; authors?: Array<ReturnType<typeof author>> } = {}) => ({
  title: options.title ?? initiativeTitle,
  authors: options.authors ?? [author('Y Vân', 70), author('Đặng Văn Toàn', 30)],
  field: 'Giáo dục tiểu học',
  firstAppliedOn: '2025-09-08',
  problem: 'Học sinh lớp 1 người Xơ Đăng còn hạn chế tiếng Việt, giờ tập đọc thiếu học liệu trực quan.',
  solution: 'Xây dựng bộ bài giảng điện tử có âm thanh, hình ảnh quen thuộc với đời sống thôn làng.',
  novelty: 'Lần đầu dùng tiếng Xơ Đăng làm cầu nối trong bài giảng điện tử của trường.',
  effectiveness: 'Tỷ lệ học sinh đọc trơn cuối học kỳ I tăng từ 61% lên 83%.',
  scalability: 'Áp dụng được cho các trường vùng đồng bào dân tộc thiểu số trong xã.',
  attachmentIds,
  videoLinks: ['https://www.youtube.com/watch?v=abc123'],
});

export const trainingCourse = (attachmentIds: string[]) => ({ program: 'binh_dan_hoc_vu_so', course: 'Kỹ năng số cơ bản cho công dân', provider: 'Bộ Khoa học và Công nghệ', completedOn: '2025-10-20', hours: 8, attachmentIds });
