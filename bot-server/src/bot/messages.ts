/** Every text the bot says, in one place so tone and wording stay consistent. */
export const botMessages = {
  linked: (fullName: string) =>
    `Xin chào ${fullName}! Tài khoản Zalo này đã được liên kết với Thi Đua Số. Từ nay bạn sẽ nhận nhắc hạn nộp hồ sơ, báo cáo và câu hỏi tiến độ tại đây.`,
  badLinkCode:
    'Mã liên kết không đúng hoặc đã hết hạn. Mở mini app Thi Đua Số, chọn «Nhận nhắc việc qua Zalo» để lấy mã mới rồi gửi «/start MÃ» tại đây.',
  chatTaken: 'Tài khoản Zalo này đã được liên kết với một người khác trong Thi Đua Số. Vui lòng liên hệ hiệu trưởng hoặc cán bộ phụ trách.',
  welcomeUnlinked:
    'Chào bạn! Đây là trợ lý Thi Đua Số của ngành Giáo dục. Để nhận nhắc việc, mở mini app Thi Đua Số, chọn «Nhận nhắc việc qua Zalo» và gửi «/start MÃ» tại đây.',
  helpLinked: (fullName: string) =>
    `Chào ${fullName}! Thi Đua Số sẽ gửi nhắc hạn và câu hỏi tiến độ tại đây. Để đọc kế hoạch, nộp sáng kiến hay minh chứng kỹ năng số, hãy mở mini app Thi Đua Số.`,
  onlyText: 'Hiện trợ lý chỉ đọc được tin nhắn chữ. Để gửi ảnh minh chứng, vui lòng dùng mini app Thi Đua Số.',
} as const;
