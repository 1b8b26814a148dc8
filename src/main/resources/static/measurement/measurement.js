// A department's measurement report of a round (?year=…&round=semi-annual|annual&department=…): the actual
// value of each indicator it owns, the status of each activity of its work plan, the actual spending of each
// budget line, and the adherence and budget execution they make. While the report is the department's draft,
// every change is saved at once through the API and a refusal is shown next to its row, the input kept.
// Without ?department: the reports of the cycle the caller may read.
import {
  api, clear, date, element, everyPage, money, moneyText, number, numberText, refuse, say, send, status, table, time,
  yearToShow,
} from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const department = params.get('department');
const shownVersion = params.get('version');

const year = () => $('year').value;
const round = () => $('round').value;
const base = () => `/api/cycles/${year()}/measurement/${round()}/${encodeURIComponent(department)}`;
const pageOf = (cycleYear, roundPath, departmentId) =>
  `?year=${cycleYear}&round=${roundPath}&department=${encodeURIComponent(departmentId)}`;

const STATUSES = [['IN_PROGRESS', 'בביצוע'], ['DONE', 'בוצע'], ['DELAYED', 'באיחור'], ['CANCELLED', 'בוטל']];
const NEEDS_REASON = ['DELAYED', 'CANCELLED'];
const ROUND_PATH = { SEMI_ANNUAL: 'semi-annual', ANNUAL: 'annual' };

let report = null; // the report as the API last answered

// --- without a department: the reports of the cycle

async function overview() {
  $('overview').hidden = false;
  $('title').textContent = `דיווחי המדידה של מעגל ${year()}`;
  const reports = await api(`/api/cycles/${year()}/measurement`);
  $('reports').replaceChildren(reports.length === 0
    ? element('p', 'empty', `אין דיווחי מדידה שאפשר לראות במעגל ${year()}: הדיווחים נפתחים בשלב המדידה והבקרה.`)
    : table(['מחלקה', 'סבב', 'גרסה', 'סטטוס', ''], reports.map(r => {
      const link = element('a', null, 'לדיווח');
      link.href = pageOf(r.year, ROUND_PATH[r.round], r.departmentId);
      return [r.departmentName, r.roundName, String(r.version), status(r.status, r.statusName), link];
    }), [2]));
}

// --- with a department: its report

async function departmentReport() {
  $('to-overview').hidden = false;
  $('to-overview').href = `?year=${year()}&round=${round()}`;
  let shown;
  try {
    shown = await api(shownVersion ? `${base()}/versions/${encodeURIComponent(shownVersion)}` : base());
  } catch (error) {
    say(error.status === 404 ? `${error.message}. הדיווח נפתח כשמתחיל סבב המדידה.` : error.message, 'error');
    return;
  }
  $('report').hidden = false;
  show(shown);
  await loadVersions();
}

function show(shown) {
  report = shown;
  $('title').textContent = `דיווח המדידה של ${report.departmentName} · ${report.year}`;
  document.title = `דיווח המדידה של ${report.departmentName} · מעגל`;
  $('report-title').replaceChildren(`${report.departmentName} · ${report.roundName} ${report.year} · גרסה ${report.version} `,
    status(report.status, report.statusName));
  const summary = [`נפתח ${time(report.createdAt)}`];
  if (report.submittedAt) summary.push(`הוגש ${time(report.submittedAt)} על ידי ${report.submittedBy}`);
  if (report.reviewedAt) summary.push(`נבדק ${time(report.reviewedAt)} על ידי ${report.reviewedBy}`);
  $('summary').textContent = summary.join(' · ');
  showReadOnly();
  showAdherence();
  showIndicators();
  showActivities();
  showSpending();
  for (const hint of ['indicators-hint', 'activities-hint', 'spending-hint']) $(hint).hidden = !report.editable;
}

function showReadOnly() {
  let why = null;
  if (!report.editable) {
    if (report.status === 'DRAFT') {
      why = `צפייה בלבד: רק אנשי ${report.departmentName} ממלאים את הדיווח.`;
    } else if (report.status === 'SUBMITTED') {
      why = 'הדיווח הוגש לבדיקת היחידה לתכנון אסטרטגי, ולכן אינו ניתן לעריכה.';
    } else if (report.status === 'APPROVED') {
      why = 'הדיווח אושר, ולכן אינו ניתן לעריכה.';
    } else {
      why = 'גרסה זו הוחזרה לתיקון ונשמרת כפי שהייתה; התיקון נעשה בגרסה החדשה של הדיווח.';
    }
  }
  $('read-only').textContent = why || '';
  $('read-only').hidden = !why;
}

function percent(value) {
  return value === null || value === undefined ? element('span', 'muted', '—') : number(value, '%');
}

function showAdherence() {
  const a = report.adherence;
  const figures = [];
  const figure = (id, term, ...parts) => {
    const dd = element('dd');
    dd.id = id;
    dd.append(...parts);
    figures.push(element('dt', null, term), dd);
  };
  figure('on-time', 'פעילויות בזמן', percent(a.onTimePercent),
    element('span', 'muted', ` · ${a.onTime} מתוך ${a.activities} פעילויות`));
  figure('budget-on-time', 'בזמן לפי משקל התקציב', percent(a.budgetOnTimePercent),
    element('span', 'muted', ` · ${moneyText(a.plannedOnTime)} מתוך ${moneyText(a.planned)}`));
  figure('execution', 'ביצוע התקציב', percent(a.executionPercent),
    element('span', 'muted', ` · הוצאו ${moneyText(a.spent)} מתוך ${moneyText(a.planned)}`));
  $('adherence').replaceChildren(...figures);
}

// --- the three lists: a row per item, and under it the row that holds its refusal

function input(value, className, label) {
  const node = element('input', className);
  node.value = value ?? '';
  node.setAttribute('aria-label', label);
  return node;
}

function numeric(value, className, label) {
  const node = input(value, className, label);
  node.setAttribute('inputmode', 'decimal');
  node.dir = 'ltr';
  return node;
}

function savedMark() {
  return element('span', 'saved-mark', '');
}

/** The body of a list's table, each item's row followed by its (hidden) error row. */
function editableTable(headers, items, rowOf, numericColumns, footer) {
  const node = table(headers, [], numericColumns);
  const body = node.tBodies[0];
  for (const item of items) {
    const { id, cells } = rowOf(item);
    const tr = element('tr', 'item');
    tr.id = id;
    cells.forEach((cell, i) => {
      const td = element('td', numericColumns.includes(i) ? 'num' : null);
      if (cell instanceof Node) td.append(cell); else td.textContent = cell ?? '—';
      tr.append(td);
    });
    const errorRow = element('tr', 'row-error');
    errorRow.hidden = true;
    const td = element('td');
    td.colSpan = headers.length;
    const box = element('div', 'error-box');
    box.setAttribute('role', 'alert');
    td.append(box);
    errorRow.append(td);
    body.append(tr, errorRow);
  }
  if (footer) node.append(footer);
  return node;
}

function errorBox(row) {
  return row.nextElementSibling.querySelector('.error-box');
}

/** Saves one row: on success the whole report is taken in; on a refusal it is shown under the row. */
async function save(row, path, value, afterSave) {
  const mark = row.querySelector('.saved-mark');
  row.classList.add('saving');
  try {
    const answer = await send('PUT', path, value);
    report = answer;
    row.nextElementSibling.hidden = true;
    clear(errorBox(row));
    row.classList.remove('refused');
    mark.textContent = 'נשמר';
    mark.className = 'saved-mark ok';
    showAdherence();
    if (afterSave) afterSave(answer);
  } catch (error) {
    refuse(errorBox(row), error);
    row.nextElementSibling.hidden = false;
    row.classList.add('refused');
    mark.textContent = 'לא נשמר';
    mark.className = 'saved-mark error';
  } finally {
    row.classList.remove('saving');
  }
}

function measure(value) {
  if (!value || value.value === null || value.value === undefined) return element('span', 'muted', '—');
  const span = element('span', 'measure');
  span.append(number(value.value));
  if (value.year) span.append(element('span', 'muted', ` (${value.year})`));
  return span;
}

function lastValue(last) {
  if (!last) return element('span', 'muted', 'לא דווח');
  const span = element('span', 'measure');
  span.append(number(last.value), element('span', 'muted', ` · ${last.round === 'ANNUAL' ? 'שנתי' : 'חצי שנתי'} ${last.year}`));
  return span;
}

function direction(line) {
  const span = element('span');
  span.append(measure(line.targetValue));
  if (line.direction) {
    span.append(element('span', 'muted', line.direction === 'lower-is-better' ? ' ↓ ירידה' : ' ↑ עלייה'));
  }
  return span;
}

function showIndicators() {
  if (report.indicators.length === 0) {
    $('indicators').replaceChildren(element('p', 'empty', 'למחלקה אין מדדים בעץ המטרות המאושר, ולכן אין ערכים לדווח.'));
    return;
  }
  const headers = ['מדד', 'היעד שהוא משרת', 'יחידה', 'ערך בסיס', 'ערך יעד', 'ערך אחרון שדווח', 'ערך בפועל', 'הערה'];
  if (report.editable) headers.push('');
  $('indicators').replaceChildren(editableTable(headers, report.indicators, line => {
    const cells = [line.indicator, line.target || '—', line.unit || '—', measure(line.baseline), direction(line),
      lastValue(line.lastValue)];
    if (report.editable) {
      cells.push(numeric(numberText(line.actual), 'actual', `ערך בפועל: ${line.indicator}`),
        input(line.note, 'note', `הערה: ${line.indicator}`), savedMark());
    } else {
      cells.push(number(line.actual), line.note || '—');
    }
    return { id: `indicator-${line.position}`, cells };
  }, [3, 4, 5, 6]));
  if (!report.editable) return;
  for (const row of $('indicators').querySelectorAll('tr.item')) {
    const position = Number(row.id.replace('indicator-', ''));
    const changed = () => save(row, `${base()}/indicators/${position}`,
      { actual: row.querySelector('.actual').value, note: row.querySelector('.note').value }, answer => {
        const saved = answer.indicators.find(line => line.position === position);
        const actual = row.querySelector('.actual');
        if (saved && document.activeElement !== actual) actual.value = numberText(saved.actual);
      });
    row.querySelector('.actual').addEventListener('change', changed);
    row.querySelector('.note').addEventListener('change', changed);
  }
}

function showActivities() {
  if (report.activities.length === 0) {
    $('activities').replaceChildren(element('p', 'empty', 'אין פעילויות בתכנית העבודה המאושרת של המחלקה.'));
    return;
  }
  const headers = ['פעילות', 'תאריך סיום', 'סטטוס', 'סיבה'];
  if (report.editable) headers.push('');
  $('activities').replaceChildren(editableTable(headers, report.activities, activity => {
    const cells = [activity.title, date(activity.end)];
    if (report.editable) {
      const select = element('select', 'status-choice');
      select.setAttribute('aria-label', `סטטוס: ${activity.title}`);
      for (const [code, name] of STATUSES) {
        const option = element('option', null, name);
        option.value = code;
        select.append(option);
      }
      select.value = activity.status;
      const reason = input(activity.reason, 'reason', `סיבה: ${activity.title}`);
      reason.placeholder = 'למה הפעילות באיחור או בוטלה';
      cells.push(select, reason, savedMark());
    } else {
      cells.push(status(activity.status, activity.statusName), activity.reason || '—');
    }
    return { id: `activity-${activity.activityId}`, cells };
  }, []));
  if (!report.editable) return;
  for (const row of $('activities').querySelectorAll('tr.item')) {
    const activityId = row.id.replace('activity-', '');
    const select = row.querySelector('.status-choice');
    const reason = row.querySelector('.reason');
    const needsReason = () => {
      const needed = NEEDS_REASON.includes(select.value);
      reason.hidden = !needed;
      reason.required = needed;
      return needed;
    };
    needsReason();
    const changed = () => save(row, `${base()}/activities/${activityId}`,
      { status: select.value, reason: needsReason() ? reason.value : null });
    select.addEventListener('change', () => {
      const needed = needsReason();
      changed().then(() => { if (needed && row.classList.contains('refused')) reason.focus(); });
    });
    reason.addEventListener('change', changed);
  }
}

function showSpending() {
  if (report.spending.length === 0) {
    $('spending').replaceChildren(element('p', 'empty', 'אין שורות תקציב בתכנית העבודה המאושרת של המחלקה.'));
    return;
  }
  const headers = ['סעיף', 'שם הסעיף', 'מתוכנן', 'בפועל'];
  if (report.editable) headers.push('');
  const foot = element('tfoot');
  const tr = element('tr');
  const label = element('td', null, 'סה"כ');
  label.colSpan = 2;
  const planned = element('td', 'num');
  const spent = element('td', 'num');
  spent.id = 'spent-total';
  tr.append(label, planned, spent);
  if (report.editable) tr.append(element('td'));
  foot.append(tr);
  const totals = () => {
    planned.replaceChildren(money(report.adherence.planned));
    spent.replaceChildren(money(report.adherence.spent));
  };
  totals();
  $('spending').replaceChildren(editableTable(headers, report.spending, line => {
    const cells = [line.clauseCode, line.clauseName, money(line.planned)];
    if (report.editable) {
      cells.push(numeric(numberText(line.actual), 'spent', `הוצאה בפועל: סעיף ${line.clauseCode}`), savedMark());
    } else {
      cells.push(money(line.actual));
    }
    return { id: `line-${line.lineId}`, cells };
  }, [2, 3], foot));
  if (!report.editable) return;
  for (const row of $('spending').querySelectorAll('tr.item')) {
    const lineId = Number(row.id.replace('line-', ''));
    const field = row.querySelector('.spent');
    field.addEventListener('change', () => save(row, `${base()}/spending/${lineId}`, { actual: field.value }, answer => {
      const saved = answer.spending.find(line => line.lineId === lineId);
      if (saved && document.activeElement !== field) field.value = numberText(saved.actual);
      totals();
    }));
  }
}

// --- versions, and the strategy unit's comments on those it returned

async function loadVersions() {
  try {
    const versions = await everyPage(`${base()}/versions`);
    const newest = versions.length ? versions[versions.length - 1].version : null;
    $('versions').replaceChildren(table(['גרסה', 'סטטוס', 'נפתחה', 'הוגשה', 'נבדקה', ''], versions.map(v => {
      const href = pageOf(year(), round(), department) + (v.version === newest ? '' : `&version=${v.version}`);
      const link = element('a', null, 'הצגה');
      link.href = href;
      return [String(v.version), status(v.status, v.statusName), time(v.createdAt),
        v.submittedAt ? `${time(v.submittedAt)} · ${v.submittedBy}` : '—',
        v.reviewedAt ? `${time(v.reviewedAt)} · ${v.reviewedBy}` : '—',
        v.version === report.version ? element('strong', null, 'מוצגת') : link];
    }), [0]));
    const commented = versions.filter(v => v.reviewComments && v.version <= report.version).reverse();
    $('comments').replaceChildren(...commented.map(v => {
      const box = element('div', `comments ${v.status.toLowerCase()}`);
      box.append(element('h3', null, `הערות היחידה לתכנון אסטרטגי על גרסה ${v.version} (${v.statusName})`),
        element('p', null, v.reviewComments),
        element('p', 'muted', `${v.reviewedBy || ''} ${time(v.reviewedAt)}`));
      return box;
    }));
    $('comments').hidden = commented.length === 0;
  } catch (error) {
    $('versions').replaceChildren(element('p', 'error', error.message));
  }
}

// --- start

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  const query = new URLSearchParams({ year: year(), round: round() });
  if (department) query.set('department', department);
  location.search = query.toString();
});

async function start() {
  const cycleYear = await yearToShow(params);
  $('year').value = cycleYear;
  $('round').value = params.get('round') === 'annual' ? 'annual' : 'semi-annual';
  try {
    if (department) await departmentReport(); else await overview();
  } catch (error) {
    say(error.message, 'error');
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
