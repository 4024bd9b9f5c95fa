import 'zmp-ui/zaui.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { getUserInfo } from 'zmp-sdk';
import { AnimationRoutes, App, Button, Header, Input, List, Modal, Page, Route, Select, Sheet, ZMPRouter } from 'zmp-ui';

/**
 * The bare zmp-ui + React starter of ../shared/MINIAPP.md ("Weight"): App, Router, Page, Header, Input,
 * Select, List, Sheet, Modal and zmp-sdk, one screen. The baseline of `miniapp.ratio_vs_starter`.
 */
function HomePage() {
  const [name, setName] = useState('');
  const [sheet, setSheet] = useState(false);
  const [modal, setModal] = useState(false);
  return (
    <Page>
      <Header title="Starter" showBackIcon={false} />
      <Input label="Họ tên" value={name} onChange={(event) => setName(event.target.value)} />
      <Select label="Vai trò" closeOnSelect>
        <Select.Option value="teacher" title="Giáo viên" />
        <Select.Option value="principal" title="Hiệu trưởng" />
      </Select>
      <List>
        <List.Item title="Mở bảng" onClick={() => setSheet(true)} />
        <List.Item title="Mở hộp thoại" onClick={() => setModal(true)} />
      </List>
      <Button onClick={() => void getUserInfo({}).then((info) => setName(info.userInfo.name))}>Lấy tên Zalo</Button>
      <Sheet visible={sheet} onClose={() => setSheet(false)} autoHeight>
        <p>Bảng</p>
      </Sheet>
      <Modal visible={modal} onClose={() => setModal(false)} title="Hộp thoại" />
    </Page>
  );
}

const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <App>
      <ZMPRouter>
        <AnimationRoutes>
          <Route path="/" element={<HomePage />} />
        </AnimationRoutes>
      </ZMPRouter>
    </App>,
  );
}
