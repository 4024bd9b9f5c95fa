import { useEffect, useState } from 'react';
import { Button, useSnackbar } from 'zmp-ui';
import { copyText } from '../../lib/clipboard';
import { formatDateTime } from '../../lib/format';
import { getPlatform, type Platform } from '../../platform';
import { requestBotLink, useBotLink } from '../../state/bot-link';

/** "Nhận nhắc việc qua Zalo": a one-time `/start CODE` the person sends to the bot to link their chat. */
export function BotLinkCard({ botLinked }: { botLinked: boolean }) {
  const state = useBotLink();
  const { openSnackbar } = useSnackbar();
  const [platform, setPlatform] = useState<Platform | null>(null);

  useEffect(() => {
    void getPlatform().then(setPlatform);
  }, []);

  const link = state.status === 'ready' && Date.parse(state.link.expiresAt) > Date.now() ? state.link : null;
  const chatHref = link && platform ? platform.botChatHref(link.startCommand) : null;

  const copy = async (command: string) => {
    const copied = await copyText(command);
    openSnackbar({
      text: copied ? 'Đã sao chép lệnh' : 'Không sao chép được. Hãy giữ ngón tay lên lệnh để chọn và sao chép.',
      type: copied ? 'success' : 'error',
      duration: 3000,
    });
  };

  const openChat = async (command: string) => {
    const opened = platform ? await platform.openBotChat(command) : false;
    if (!opened) openSnackbar({ text: 'Không mở được khung chat. Hãy tự mở chat với bot và gửi lệnh trên.', type: 'error', duration: 4000 });
  };

  return (
    <section className="card bot-link" aria-labelledby="bot-link-title" data-testid="bot-link-card">
      <h2 id="bot-link-title" className="section-title">
        Nhận nhắc việc qua Zalo
      </h2>
      {botLinked && !link && (
        <p className="ok-text" data-testid="bot-linked">
          Đã liên kết: bot sẽ nhắc hạn và gửi câu hỏi tiến độ cho bạn qua Zalo.
        </p>
      )}
      {!link ? (
        <>
          <p className="muted">
            {botLinked
              ? 'Đổi sang tài khoản chat khác? Lấy mã mới và gửi lại cho bot.'
              : 'Liên kết khung chat với bot để nhận nhắc hạn nộp, thông báo và câu hỏi tiến độ.'}
          </p>
          {state.status === 'error' && (
            <p className="form-error" role="alert" data-testid="bot-link-error">
              {state.message}
            </p>
          )}
          <Button
            variant={botLinked ? 'secondary' : 'primary'}
            fullWidth
            loading={state.status === 'loading'}
            disabled={state.status === 'loading'}
            onClick={() => void requestBotLink()}
            data-testid="bot-link-request"
          >
            {state.status === 'ready' ? 'Mã đã hết hạn — lấy mã mới' : 'Lấy mã liên kết'}
          </Button>
        </>
      ) : (
        <div className="stack">
          <p>Gửi lệnh sau cho bot Thi Đua Số trong Zalo:</p>
          <code className="command" data-testid="bot-link-command">
            {link.startCommand}
          </code>
          <p className="muted">Mã dùng một lần, hết hạn lúc {formatDateTime(link.expiresAt)}.</p>
          <div className="button-row">
            <Button variant="secondary" onClick={() => void copy(link.startCommand)} data-testid="bot-link-copy">
              Sao chép lệnh
            </Button>
            {chatHref && (
              <a
                className="button-link"
                href={chatHref}
                target="_blank"
                rel="noopener noreferrer"
                onClick={(event) => {
                  event.preventDefault();
                  void openChat(link.startCommand);
                }}
                data-testid="bot-link-open"
              >
                Mở chat với bot
              </a>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
