import type { RequestHandler } from 'express';

/**
 * The sandbox chat page: play a Zalo user talking to the bot. Self-contained (inline CSS/JS, no
 * external resources, enforced by CSP); user and bot text is only ever set through `textContent`.
 * URLs are relative to where the simulator is mounted, except `/sandbox/demo-people` (the lead's).
 */
const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trò chuyện với bot (mô phỏng)</title>
<style>
*{box-sizing:border-box}body{margin:0;font:16px/1.4 system-ui,sans-serif;background:#eef1f5;color:#1c1e21;display:flex;flex-direction:column;height:100vh;height:100dvh}
header{background:#0068ff;color:#fff;padding:10px 12px}h1{font-size:17px;margin:0 0 8px}
header select,header input,header button{font:inherit;padding:6px 8px;border-radius:8px;border:0}
#who{width:100%}#newUser{display:none;gap:6px;margin-top:6px}#newUser input{flex:1;min-width:0}
#notice{font-size:14px;margin-top:6px;min-height:1em}
#log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:6px}
.msg{max-width:82%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;word-wrap:break-word}
.user{align-self:flex-end;background:#d7e8ff}.bot{align-self:flex-start;background:#fff}
.time{display:block;font-size:11px;color:#65676b;margin-top:2px}
form{display:flex;gap:8px;padding:8px;background:#fff;border-top:1px solid #dde}
#text{flex:1;font:inherit;padding:10px;border:1px solid #ccd;border-radius:20px;resize:none;min-width:0}
#send{font:inherit;padding:0 18px;border:0;border-radius:20px;background:#0068ff;color:#fff}
#send:disabled{opacity:.5}
</style>
</head>
<body>
<header>
<h1>Trò chuyện với bot (mô phỏng)</h1>
<select id="who" aria-label="Chọn người dùng"><option value="">Đang tải danh sách…</option></select>
<div id="newUser"><input id="newName" placeholder="Họ và tên người dùng mới" maxlength="100"><button id="create" type="button">Tạo</button></div>
<div id="notice" role="status"></div>
</header>
<main id="log" aria-live="polite"></main>
<form id="compose"><textarea id="text" rows="1" placeholder="Nhập tin nhắn…" maxlength="2000" aria-label="Tin nhắn"></textarea><button id="send" type="submit" disabled>Gửi</button></form>
<script>
(function () {
  var base = location.pathname.replace(/\\/chat\\/?$/, '');
  var NEW = '__new__';
  var who = document.getElementById('who'), log = document.getElementById('log'), notice = document.getElementById('notice');
  var text = document.getElementById('text'), send = document.getElementById('send');
  var newUser = document.getElementById('newUser'), newName = document.getElementById('newName');
  var current = null, lastSeq = 0, names = {}, polling = false;

  function say(message) { notice.textContent = message || ''; }
  function api(path, body) {
    var init = body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {};
    return fetch(path, init).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) throw new Error((data && data.error && data.error.message) || ('Lỗi ' + res.status));
        return data;
      });
    });
  }
  function addOption(value, label) {
    var option = document.createElement('option');
    option.value = value; option.textContent = label;
    who.appendChild(option);
    return option;
  }
  function render(entry) {
    var div = document.createElement('div');
    div.className = 'msg ' + (entry.side === 'user' ? 'user' : 'bot');
    var body = entry.kind === 'image' ? '🖼 Ảnh' + (entry.text ? ': ' + entry.text : '') + (entry.photoUrl ? '\\n' + entry.photoUrl : '')
      : entry.kind === 'sticker' ? '🙂 Nhãn dán' : (entry.text || '');
    div.appendChild(document.createTextNode(body));
    var time = document.createElement('span');
    time.className = 'time';
    time.textContent = new Date(entry.at).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
    div.appendChild(time);
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }
  function poll() {
    if (!current || polling) return;
    polling = true;
    var chat = current;
    api(base + '/control/chats/' + encodeURIComponent(chat) + '/messages?after=' + lastSeq).then(function (data) {
      if (chat !== current) return;
      data.messages.forEach(render);
      lastSeq = data.lastSeq;
    }).catch(function () { say('Mất kết nối tới máy chủ mô phỏng, đang thử lại…'); })
      .then(function () { polling = false; });
  }
  function choose(botUserId) {
    current = botUserId || null; lastSeq = 0; log.textContent = '';
    send.disabled = !current;
    if (current) { localStorage.setItem('tds-sim-chat', current); say('Đang trò chuyện với tư cách ' + (names[current] || current)); poll(); }
  }
  function ensureUser(name, botUserId) {
    return api(base + '/control/users', botUserId ? { name: name, botUserId: botUserId } : { name: name });
  }

  who.addEventListener('change', function () {
    var value = who.value;
    newUser.style.display = value === NEW ? 'flex' : 'none';
    if (value === NEW) { choose(null); newName.focus(); return; }
    if (!value) { choose(null); return; }
    ensureUser(names[value] || 'Người dùng', value).then(function () { choose(value); })
      .catch(function (err) { say('Không mở được cuộc trò chuyện: ' + err.message); });
  });
  document.getElementById('create').addEventListener('click', function () {
    var name = newName.value.trim();
    if (!name) { say('Hãy nhập họ và tên.'); return; }
    ensureUser(name).then(function (user) {
      names[user.botUserId] = user.name;
      addOption(user.botUserId, user.name + ' (người dùng mới)').selected = true;
      newUser.style.display = 'none'; newName.value = '';
      choose(user.botUserId);
    }).catch(function (err) { say('Không tạo được người dùng: ' + err.message); });
  });
  document.getElementById('compose').addEventListener('submit', function (event) {
    event.preventDefault();
    var value = text.value.trim();
    if (!current || !value) return;
    send.disabled = true;
    api(base + '/control/chats/' + encodeURIComponent(current) + '/messages', { text: value })
      .then(function () { text.value = ''; poll(); })
      .catch(function (err) { say('Chưa gửi được: ' + err.message); })
      .then(function () { send.disabled = !current; text.focus(); });
  });
  text.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      document.getElementById('compose').requestSubmit();
    }
  });

  Promise.all([
    fetch('/sandbox/demo-people').then(function (res) { if (!res.ok) throw new Error(); return res.json(); })
      .catch(function () { return null; }),
    api(base + '/control/users').catch(function () { return { users: [] }; }),
  ]).then(function (results) {
    var people = results[0], users = results[1].users || [];
    who.textContent = '';
    addOption('', '— Chọn người dùng —');
    if (!Array.isArray(people)) say('Không tải được danh sách người dùng mẫu. Bạn vẫn có thể tạo người dùng mới.');
    (people || []).forEach(function (p) {
      if (!p.botUserId) return;
      names[p.botUserId] = p.fullName;
      addOption(p.botUserId, p.fullName + ' — ' + p.roleLabel + ', ' + p.unitName);
    });
    users.forEach(function (u) {
      if (names[u.botUserId]) return;
      names[u.botUserId] = u.name;
      addOption(u.botUserId, u.name);
    });
    addOption(NEW, '+ Người dùng mới');
    // The mini app links here as ?botUserId=…&text=/start CODE: open that chat with the command typed in.
    var params = new URLSearchParams(location.search);
    var wanted = params.get('botUserId') || localStorage.getItem('tds-sim-chat');
    if (wanted && names[wanted]) { who.value = wanted; who.dispatchEvent(new Event('change')); }
    if (params.get('text')) text.value = params.get('text');
  });
  setInterval(poll, 1500);
})();
</script>
</body>
</html>`;

export const chatPage: RequestHandler = (_req, res) => {
  res
    .status(200)
    .set('content-type', 'text/html; charset=utf-8')
    .set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'")
    .set('cache-control', 'no-store')
    .send(PAGE);
};
