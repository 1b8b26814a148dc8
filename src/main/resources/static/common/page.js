// What a Maagal page needs to talk to the API on the browser's Tasklist login and to show its answers:
// the calls with the web apps' CSRF token, Hebrew refusals, and numbers, amounts and dates as Israelis write them.

// The web apps' CSRF token of the Tasklist login: every answer on that login hands it over in this header
// (their XSRF-TOKEN cookie belongs to /camunda), and every change made on the login carries it back.
let csrfToken = '';

/** A call of the Maagal API; a refusal throws its Hebrew detail, with its status, its problems and its whole body. */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET' && csrfToken) headers['X-XSRF-TOKEN'] = csrfToken;
  const response = await fetch(path, { credentials: 'same-origin', ...options, headers });
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((body && body.detail) || `שגיאה ${response.status}`);
    error.status = response.status;
    error.problems = (body && (body.problems || body.errors)) || [];
    error.body = body || {};
    throw error;
  }
  return body;
}

export function send(method, path, value) {
  return api(path, { method, headers: { 'Content-Type': 'application/json' },
    body: value === undefined ? undefined : JSON.stringify(value) });
}

/** A list of the API comes in pages ({items, page, size, total}): read them all. */
export async function everyPage(path) {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await api(`${path}?page=${page}&size=500`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** What happened, in the page's #message line: 'ok' or 'error' colours it; no text hides it. */
export function say(text, kind) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.className = kind || '';
  message.hidden = !text;
}

/**
 * What an upload came to, in #message, with the problems of a refused file in #problems and its notices in
 * #problem-notices (an upload's page has the three).
 */
export function tell(text, kind, problems = [], notices = []) {
  say(text, kind);
  const list = (id, items) => {
    const box = document.getElementById(id);
    box.replaceChildren(...items.map(item => element('li', null, item)));
    box.hidden = items.length === 0;
  };
  list('problems', problems);
  list('problem-notices', notices);
}

/** An upload refused: its Hebrew detail, every wrong row of the file, and the notices. */
export function tellRefused(error) {
  const body = error.body || {};
  tell(error.message, 'error', (body.errors || []).map(e => e.message || e.reason || e), body.notices || []);
}

/**
 * Who is logged in on the Tasklist login, and the ids of their engine groups ('finance', 'dept-youth'): for a page
 * to offer only what the person may do. The server refuses the rest whatever the page shows.
 */
export async function signedIn() {
  try {
    const user = await api('/camunda/api/admin/auth/user/default');
    const answer = await api(`/camunda/api/engine/engine/default/identity/groups?userId=${
      encodeURIComponent(user.userId)}`);
    return { userId: user.userId, groups: answer.groups.map(group => group.id) };
  } catch {
    return { userId: null, groups: [] };
  }
}

/** The year a page shows: its ?year=, else the newest cycle's, else this year. */
export async function yearToShow(params) {
  if (params.get('year')) return params.get('year');
  const cycles = await api('/api/cycles').catch(() => []);
  return cycles.length ? cycles[0].year : new Date().getFullYear();
}

/**
 * A refusal of the API in its box: its detail, and its problems (the feature's list of reasons, or the
 * field errors of a malformed request) when there is more than the detail says.
 */
export function refuse(box, error) {
  const problems = (error.problems || []).map(p => (typeof p === 'string' ? p
    : p.field ? `${p.field}: ${p.message}` : p.reason || p.message || JSON.stringify(p)));
  box.replaceChildren(element('p', null, error.message));
  const more = problems.filter(p => p !== error.message);
  if (more.length > 1 || (more.length === 1 && !error.message.includes(more[0]))) {
    const list = element('ul');
    list.append(...more.map(p => element('li', null, p)));
    box.append(list);
  }
  box.hidden = false;
}

export function clear(box) {
  box.replaceChildren();
  box.hidden = true;
}

// "1,250" and "72.5", as Israelis write them
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function numberText(value) {
  return value === null || value === undefined || value === '' ? '' : NUMBER.format(Number(value));
}

/** A number kept left to right inside the Hebrew line; a dash when there is none. */
export function number(value, suffix = '') {
  if (value === null || value === undefined || value === '') return element('span', 'muted', '—');
  const span = element('span', 'number', `${NUMBER.format(Number(value))}${suffix}`);
  span.dir = 'ltr';
  return span;
}

export function moneyText(amount) {
  return `${AMOUNT.format(Number(amount || 0))} ₪`;
}

/** "1,250,000 ₪", kept left to right inside the Hebrew line. */
export function money(amount) {
  const span = element('span', 'money', moneyText(amount));
  span.dir = 'ltr';
  return span;
}

/** "30.6.2027" */
export function date(value) {
  if (!value) return '—';
  const [y, m, d] = value.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** "30.11.2056 21:50", without the comma that the right-to-left line would move */
export function time(value) {
  if (!value) return '';
  const t = new Date(value);
  const two = n => String(n).padStart(2, '0');
  return `${t.getDate()}.${t.getMonth() + 1}.${t.getFullYear()} ${two(t.getHours())}:${two(t.getMinutes())}`;
}

export function status(code, name) {
  return element('span', `status ${String(code).toLowerCase()}`, name || code);
}

/** A table of cells (text or nodes); the columns in {@code numeric} align as numbers do. */
export function table(headers, rows, numeric = []) {
  const node = element('table');
  const head = element('tr');
  headers.forEach((title, i) => head.append(element('th', numeric.includes(i) ? 'num' : null, title)));
  node.append(element('thead'));
  node.tHead.append(head);
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    row.forEach((cell, i) => {
      const td = element('td', numeric.includes(i) ? 'num' : null);
      if (cell instanceof Node) td.append(cell); else td.textContent = cell ?? '—';
      tr.append(td);
    });
    body.append(tr);
  }
  node.append(body);
  return node;
}

/**
 * What became of each sheet of an uploaded file, before anything is stored: read or not and why, the rows it gave,
 * the unit its amounts were read in, and the rows left out (totals, headings, income) with their numbers.
 */
export function sheetsTable(sheets) {
  // a file without amounts (a goal tree) has no unit to tell
  const units = sheets.some(sheet => sheet.unit);
  const node = table(['גיליון', 'נקרא', 'שורות שנקראו', ...(units ? ['יחידת הסכומים'] : []), 'שורות שדולגו'],
    sheets.map(sheet => [
      sheet.name || 'הקובץ',
      sheet.read ? element('span', 'ok', 'נקרא') : element('span', 'warning', `לא נקרא: ${sheet.notRead || ''}`),
      number(sheet.rows),
      ...(units ? [sheet.unit || '—'] : []),
      skippedRows(sheet.skipped || [])]), [2]);
  node.classList.add('sheets');
  return node;
}

function skippedRows(groups) {
  if (groups.length === 0) return element('span', 'muted', '—');
  const list = element('ul', 'skipped');
  list.append(...groups.map(group => {
    const item = element('li', null, `${group.reason}: ${group.rows.length === 1 ? 'שורה' : 'שורות'} `);
    const rows = element('span', 'number', rowRanges(group.rows));
    rows.dir = 'ltr';
    item.append(rows);
    if (group.amount !== null && group.amount !== undefined) item.append(' · ', money(group.amount));
    return item;
  }));
  return list;
}

/** Row numbers as a person reads them: "4-6, 9". */
function rowRanges(rows) {
  const sorted = [...rows].sort((a, b) => a - b);
  const ranges = [];
  for (const row of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && row === last[1] + 1) last[1] = row; else ranges.push([row, row]);
  }
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(', ');
}
