/**
 * Word lists for reading obligations, written folded (no accents, lowercase) so they match
 * text typed or extracted without diacritics. Each is a regular-expression source fragment.
 */

/** Verbs that make a sentence an instruction rather than a heading or a description. */
export const actionVerb = String.raw`(?:tien\s+hanh|tiep\s+tuc|xay\s+dung|ban\s+hanh|bao\s+cao|to\s+chuc|xet\s+duyet|gui|nop|hoan\s+thanh|hoan\s+thien|thuc\s+hien|trien\s+khai|tong\s+hop|tham\s+dinh|chu\s+tri|kiem\s+tra|danh\s+gia|phoi\s+hop|lap|cap\s+nhat)(?![a-z])`;

/** Nouns that open the name of a body that can owe a duty ("các đơn vị", "UBND xã", "Sở …"). */
export const actorHead = String.raw`(?:(?:cac\s+)+(?:don\s+vi|co\s+so\s+giao\s+duc|truong(?:\s+hoc)?|phong|to\s+chuyen\s+mon)|ubnd|uy\s+ban\s+nhan\s+dan|so\s+(?:giao\s+duc|gddt)|phong|hoi\s+dong|ban\s+giam\s+hieu|ban\s+chi\s+dao|nha\s+truong|truong|hieu\s+truong|to\s+truong|giao\s+vien|vien\s+chuc)(?![a-z])`;

/** Words that lead to the receiving body: "gửi về", "nộp cho", "về", "lên". */
export const recipientLead = String.raw`(?<![a-z])(?:(?:gui|nop)(?:\s+(?:ve|len|den|cho))?|ve|len)\s+`;

/** Receiving bodies; the short, ambiguous ones ("sở"/"số", "bộ", "phòng") must be capitalised. */
export const organisationHead = /^(?:(?<always>ubnd|uy\s+ban|hoi\s+dong|van\s+phong|nha\s+truong|lanh\s+dao)|(?<capital>so|phong|bo|ban|truong|to|hieu\s+truong))(?![a-z])/;

/** Kind keywords, strongest first: a dossier sentence that mentions "sơ kết" is still a dossier. */
export const kindKeywords = [
  ['dossier', /(?<![a-z])ho\s+so(?![a-z])/g],
  ['report', /(?<![a-z])bao\s+cao(?![a-z])/g],
  ['plan', /(?<![a-z])ke\s+hoach(?![a-z])(?!\s+(?:so\s|nay(?![a-z])|\d))/g],
  ['review', /(?<![a-z])(?:so\s+ket|tong\s+ket|danh\s+gia|kiem\s+tra|xet\s+duyet|tham\s+dinh)(?![a-z])/g],
] as const;

/** Where a description of what is due stops: the recipient, the purpose, the next verb. */
export const descriptionStop =
  /\s(?:gui|nop|ve|theo|tai|truoc|cham\s+nhat)(?![a-z])|\sde\s(?!nghi|xuat)|\sva\s+(?:trien\s+khai|to\s+chuc|thuc\s+hien|hoan\s+thanh|gui|nop|bao\s+cao)(?![a-z])|[;:.(]/g;

/** Where a description without a kind keyword stops: it may start with a verb ("Nộp danh sách"). */
export const plainDescriptionStop = /\s(?:ve|theo|tai)(?![a-z])|\sde\s(?!nghi|xuat)|[;:.(]/g;

/** Labels that only say "deadline" ("Thời gian nộp …:"); the rest of the label is what is due. */
export const timeLabel = /^(?:thoi\s+gian|thoi\s+han|han\s+chot|han\s+cuoi|han)\s+/;

/** Where a recipient's name stops; a parenthesis ("(qua Phòng …)") is kept whole. */
export const recipientStop = /\s(?:de|truoc|theo|vao|trong|cham\s+nhat|hoac)(?![a-z])|[,;.:]/g;
