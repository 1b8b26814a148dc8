// The year's mid-year control: the semi-annual round's deviations by department, each with its cause, corrective
// action and date, and what the annual round showed; the report as PDF and Excel; the strategy unit's conclusions.
// Everything comes from GET /api/cycles/{year}/control, with the Tasklist login of the browser.
import { api, date, element, say, table, time, yearToShow } from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const year = () => $('year').value;

function show(control) {
  $('flagged').textContent = `נפתחה עם סיום המדידה החצי שנתית, ${time(control.flaggedAt)}`;
  $('state').textContent = control.compiledAt ? 'הדוח הושלם והועבר לוועדת ההיגוי' : 'בתהליך: המחלקות משיבות';
  const counts = new Map();
  control.deviations.forEach(d => counts.set(d.reason, (counts.get(d.reason) || 0) + 1));
  const answered = control.deviations.filter(d => d.explainedAt).length;
  $('counts').replaceChildren(...[...counts].map(([reason, count]) => box(reason, count)),
    box('עם פעולה מתקנת', answered), box('סך הכול', control.deviations.length));
  $('conclusions').textContent = control.conclusions || 'טרם נכתבו מסקנות.';
  $('deviations').replaceChildren(control.deviations.length ? deviationsTable(control.deviations)
    : element('p', 'muted', 'הסבב החצי שנתי לא הראה חריגה הדורשת טיפול.'));
  $('summary-panel').hidden = false;
  $('deviations-panel').hidden = false;
}

function box(label, count) {
  const shown = element('div', 'count');
  shown.append(element('span', null, label), element('strong', null, String(count)));
  return shown;
}

function deviationsTable(deviations) {
  const rows = deviations.map(d => [d.departmentName, `${d.reason}: ${d.title}`, d.detail || '',
    d.cause || '', d.correctiveAction || 'טרם נמסרה', d.actionDue ? date(d.actionDue) : '',
    `${d.annualStatus ? d.annualStatus + ' — ' : ''}${d.outcomeName}`]);
  const shown = table(['מחלקה', 'חריגה', 'מה הראה הסבב', 'הגורם', 'הפעולה המתקנת', 'עד', 'בסבב השנתי'], rows);
  shown.querySelectorAll('tbody tr').forEach((row, index) => {
    const deviation = deviations[index];
    row.cells[6].classList.add(`outcome-${deviation.outcome}`);
    if (!deviation.explainedAt) row.cells[4].classList.add('unanswered');
  });
  return shown;
}

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  location.search = new URLSearchParams({ year: year() }).toString();
});

async function start() {
  const cycleYear = await yearToShow(params);
  $('year').value = cycleYear;
  document.title = `בקרת אמצע שנה ${cycleYear} · מעגל`;
  $('title').textContent = `בקרת אמצע שנה · ${cycleYear}`;
  $('report-pdf').href = `/api/cycles/${cycleYear}/control.pdf`;
  $('report-xlsx').href = `/api/cycles/${cycleYear}/control.xlsx`;
  try {
    show(await api(`/api/cycles/${cycleYear}/control`));
  } catch (error) {
    say(error.message, 'error');
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
