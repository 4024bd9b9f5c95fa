import { useEffect, useState, type FormEvent } from 'react';
import { Button, Input } from 'zmp-ui';
import type { DemoPerson } from '../../api/sandbox';
import { errorMessage } from '../../api/errors';
import { ErrorView, LoadingView } from '../../components/StatusView';
import { getPlatform } from '../../platform';
import { loadDemoPeople, useDemoPeople } from '../../state/demo-people';
import { signInWithZalo } from '../../state/session';
import { FormAlert } from '../../components/FormAlert';

/** Sandbox sign-in: choose a seeded person, or create a Zalo user nobody has linked yet. */
export function DemoSignIn() {
  const people = useDemoPeople();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  useEffect(() => {
    if (people.status === 'idle') void loadDemoPeople();
  }, [people.status]);

  /** Plays the chosen identity, then signs in exactly as inside Zalo. */
  const run = async (key: string, choose: () => Promise<void>) => {
    setBusyKey(key);
    setError(null);
    try {
      await choose();
      await signInWithZalo();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusyKey(null);
    }
  };

  const choosePerson = (person: DemoPerson) =>
    run(person.personId, async () => {
      const platform = await getPlatform();
      await platform.demo?.choosePerson(person);
    });

  const createUser = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim() || 'Người dùng Zalo mới';
    void run('new', async () => {
      const platform = await getPlatform();
      await platform.demo?.createZaloUser(name);
    });
  };

  return (
    <>
      <p className="sandbox-badge">Chế độ thử nghiệm (sandbox)</p>
      <section className="card" aria-labelledby="demo-title">
        <h2 id="demo-title" className="section-title">
          Chọn người dùng demo
        </h2>
        <FormAlert message={error} testId="sign-in-error" />
        {people.status === 'error' ? (
          <ErrorView
            title="Không tải được danh sách người dùng demo"
            message={people.message}
            onRetry={() => void loadDemoPeople()}
            testId="demo-people-error"
          >
            <p className="muted">Danh sách này do bot-server cung cấp khi chạy ở chế độ sandbox.</p>
          </ErrorView>
        ) : people.status !== 'ready' ? (
          <LoadingView text="Đang tải danh sách người dùng…" />
        ) : people.people.length === 0 ? (
          <p className="muted">Máy chủ chưa có người dùng demo nào.</p>
        ) : (
          <ul className="person-list" data-testid="demo-people">
            {people.people.map((person) => (
              <li key={person.personId}>
                <button
                  type="button"
                  className="person-item"
                  disabled={busyKey !== null}
                  onClick={() => void choosePerson(person)}
                  data-testid={`demo-person-${person.personId}`}
                >
                  <span className="person-item__name">{person.fullName}</span>
                  <span className="person-item__meta">
                    {person.roleLabel} · {person.unitName}
                  </span>
                  {busyKey === person.personId && <span className="person-item__busy">Đang đăng nhập…</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="new-user-title">
        <h2 id="new-user-title" className="section-title">
          Người dùng Zalo mới
        </h2>
        <p className="muted">Một tài khoản Zalo chưa liên kết với ai, để thử bước nhập mã tham gia.</p>
        <form onSubmit={createUser} className="stack">
          <Input
            label="Tên hiển thị trên Zalo"
            placeholder="Ví dụ: Trần Thị Hoa"
            value={newName}
            maxLength={120}
            onChange={(event) => setNewName(event.target.value)}
            data-testid="new-zalo-user-name"
          />
          <Button
            htmlType="submit"
            variant="secondary"
            fullWidth
            loading={busyKey === 'new'}
            disabled={busyKey !== null}
            data-testid="new-zalo-user-submit"
          >
            Tạo và đăng nhập
          </Button>
        </form>
      </section>
    </>
  );
}
