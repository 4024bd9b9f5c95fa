/** Where the results of a question live (managers only). */
export const resultsPath = (questionId: string) => `/progress/${encodeURIComponent(questionId)}/results`;

/** The managers' tab of "Câu hỏi tiến độ". */
export const unitQuestionsPath = '/progress?tab=unit';
