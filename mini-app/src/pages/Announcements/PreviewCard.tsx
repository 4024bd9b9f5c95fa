import type { AudiencePreview } from '@tds/shared';

/** How many the notice reaches, how many the bot can reach, per unit. */
export function PreviewCard({ preview }: { preview: AudiencePreview }) {
  return (
    <section className="preview-card" aria-label="Số người nhận" data-testid="compose-preview-result">
      <p className="preview-card__total">
        <strong data-testid="preview-recipients">{preview.recipients}</strong> người nhận · <span className="ok-text">{preview.linked} nhận qua Zalo</span>
      </p>
      {preview.groupChats > 0 && (
        <p data-testid="preview-group-chats">Đăng thêm vào {preview.groupChats} nhóm Zalo đã kết nối.</p>
      )}
      {preview.notLinked > 0 && (
        <p className="preview-card__warn" data-testid="preview-not-linked">
          {preview.notLinked} người chưa liên kết bot Zalo: họ chỉ thấy thông báo khi mở ứng dụng.
        </p>
      )}
      {preview.byUnit.length > 0 && (
        <table className="preview-table">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Người nhận</th>
              <th scope="col">Chưa liên kết</th>
            </tr>
          </thead>
          <tbody>
            {preview.byUnit.map((unit) => (
              <tr key={unit.unitId} data-testid={`preview-unit-${unit.unitId}`}>
                <td>{unit.unitName}</td>
                <td className="num">{unit.recipients}</td>
                <td className={unit.recipients > unit.linked ? 'num preview-table__warn' : 'num'}>{unit.recipients - unit.linked}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
