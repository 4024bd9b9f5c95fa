/** Every text the bot says, in one place so tone and wording stay consistent. */
export const botMessages = {
  linked: (fullName: string) =>
    `Xin chào ${fullName}! Tài khoản Zalo này đã được liên kết với Thi Đua Số. Từ nay bạn sẽ nhận nhắc hạn nộp hồ sơ, báo cáo và câu hỏi tiến độ tại đây.`,
  badLinkCode:
    'Mã liên kết không đúng hoặc đã hết hạn. Mở mini app Thi Đua Số, chọn «Nhận nhắc việc qua Zalo» để lấy mã mới rồi gửi «/start MÃ» tại đây.',
  chatTaken: 'Tài khoản Zalo này đã được liên kết với một người khác trong Thi Đua Số. Vui lòng liên hệ hiệu trưởng hoặc cán bộ phụ trách.',
  welcomeUnlinked:
    'Chào bạn! Đây là trợ lý Thi Đua Số của ngành Giáo dục. Để nhận nhắc việc, mở mini app Thi Đua Số, chọn «Nhận nhắc việc qua Zalo» và gửi «/start MÃ» tại đây.',
  help: (fullName: string) =>
    [
      `Chào ${fullName}! Trợ lý Thi Đua Số gửi nhắc hạn và câu hỏi tiến độ tại đây. Các lệnh:`,
      '/han — các hạn sắp tới của bạn',
      '/tiendo — câu hỏi tiến độ đang chờ bạn trả lời',
      '/dung — tạm dừng nhận nhắc việc',
      '/batdau — nhận nhắc việc trở lại',
      '/gopngay 17:00 — gộp tin thành một tin tổng hợp mỗi ngày vào giờ đã chọn',
      '/tungtin — nhận lại từng tin ngay khi có',
      'Trả lời «Đã nhận» để xác nhận thông báo hoặc nhắc hạn cần xác nhận.',
      '/huongdan — xem hướng dẫn này',
      'Để đọc kế hoạch, nộp sáng kiến hay minh chứng kỹ năng số, hãy mở mini app Thi Đua Số.',
    ].join('\n'),
  onlyText: 'Hiện trợ lý chỉ đọc được tin nhắn chữ. Để gửi ảnh minh chứng, vui lòng dùng mini app Thi Đua Số.',
  paused: 'Đã tạm dừng nhắc việc. Hiệu trưởng vẫn thấy bạn đang tạm dừng. Gõ /batdau để nhận lại.',
  resumed: 'Đã bật lại nhắc việc. Bạn sẽ nhận nhắc hạn và câu hỏi tiến độ tại đây.',
  noDeadlines: 'Hiện chưa có hạn nào sắp tới cho bạn.',
  deadlines: (lines: string[]) => ['Các hạn sắp tới của bạn:', ...lines].join('\n'),
  noQuestions: 'Không có câu hỏi tiến độ nào đang chờ bạn.',
  questions: (lines: string[]) => ['Câu hỏi đang chờ bạn (trả lời bằng cách nhắn tin tại đây, câu mới nhất trước):', ...lines].join('\n'),
  answerSaved: (summary: string, question: string) => `Đã ghi nhận câu trả lời «${summary}» cho câu hỏi: ${question}\nGửi lại nếu muốn sửa.`,
  answerUnreadable: (hint: string, question: string) => `Chưa hiểu câu trả lời. ${hint}\nCâu hỏi: ${question}`,
  acknowledged: (label: string) => `Đã ghi nhận bạn xác nhận «Đã nhận»: ${label}`,
  nothingToAcknowledge: 'Không có tin nào đang chờ bạn xác nhận.',
  ackHowTo: 'Số 1 được tính là câu trả lời cho câu hỏi trên. Để xác nhận đã nhận thông báo, hãy trả lời «Đã nhận».',
  digestOn: (time: string) =>
    `Từ nay bạn nhận một tin tổng hợp mỗi ngày lúc ${time}. Nhắc hạn đến hạn trong ngày và tin khẩn vẫn được gửi ngay. Gõ /tungtin để nhận lại từng tin.`,
  digestOff: 'Đã chuyển về nhận từng tin. Các tin đang chờ gộp được gửi ngay bây giờ.',
  digestBadTime: 'Chưa hiểu giờ nhận tin tổng hợp. Gõ ví dụ «/gopngay 17:00» (trong khoảng 07:00–21:00).',
  answerTruncated: 'Câu trả lời dài quá 1.000 ký tự nên chỉ phần đầu được ghi nhận.',
} as const;
