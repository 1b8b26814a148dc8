// The year's review (phase 5): the results in brief, the significant gaps with their departments'
// explanations, the strategy unit's form to add a gap while the list is open, the lessons and successes,
// and the steering committee's marks of which gaps carry into next year while it decides.
// Everything comes from the Maagal API (/api/cycles/{year}/…), with the Tasklist login of the browser.
import { api, clear, date, element, number, refuse, say, send, table, time, yearToShow } from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

// The statuses in their words: the colour only repeats the word.
const STATUSES = [['green', 'ירוק'], ['amber', 'צהוב'], ['red', 'אדום'], ['none', 'לא נמדד']];

const year = () => $('year').value;
let review = null; // GET /api/cycles/{year}/review: the state, the gaps, what the caller may do

// --- the results

async function loadResults() {
  try {
    showResults(await api(`/api/cycles/${year()}/results`));
  } catch (error) {
    $('counts').replaceChildren(element('p', 'error', error.message));
  }
}

function showResults(results) {
  const whose = results.departmentName ? ` של ${results.departmentName}` : '';
  $('title').textContent = `ניתוח והערכה${whose} · ${results.year}`;
  $('round').textContent = results.roundName
    ? `לפי ${results.roundName}${results.measuredAt ? ` (${date(results.measuredAt)})` : ''}`
    : 'אף מחלקה עדיין לא מסרה דיווח: המדדים מוצגים כלא נמדדים.';
  $('counts').replaceChildren(...STATUSES.map(([status, word]) => {
    const count = element('div', `count status-${status}`);
    count.append(element('span', null, word), element('strong', null, String(results.count[status])));
    count.dataset.status = status;
    return count;
  }));
  $('adherence').replaceChildren(...adherence(results.cityAdherence,
    results.departmentName ? 'עמידת המחלקה בתכנית העבודה' : 'עמידת העירייה בתכנית העבודה'));

  if (!results.departmentId && results.departments.length) {
    const details = element('details');
    details.append(element('summary', null, 'לפי מחלקה'), table(
      ['מחלקה', 'ירוק', 'צהוב', 'אדום', 'לא נמדד', 'פעילויות בזמן', 'ביצוע תקציב'],
      results.departments.map(d => [d.departmentName, String(d.count.green), String(d.count.amber),
        String(d.count.red), String(d.count.none), number(d.adherence && d.adherence.onTimePercent, '%'),
        number(d.adherence && d.adherence.executionPercent, '%')]), [1, 2, 3, 4, 5, 6]));
    $('departments').replaceChildren(details);
  }
  const select = $('g-department');
  const chosen = select.value;
  select.replaceChildren(new Option('בחירת מחלקה', ''),
    ...results.departments.map(d => new Option(d.departmentName, d.departmentId)));
  select.value = chosen;

  const lessons = results.lessons;
  if (lessons && lessons.recordedAt) {
    $('lessons').textContent = lessons.lessons;
    $('successes').textContent = lessons.successes;
    $('lessons-by').textContent = `תועדו ב-${time(lessons.recordedAt)}`;
    $('lessons-panel').hidden = false;
  }
}

function adherence(a, what) {
  if (!a || a.activities === 0) return [`${what}: טרם נמדדה.`];
  return [`${what}: `, number(a.onTimePercent, '%'), ` מהפעילויות בזמן (${a.onTime} מתוך ${a.activities})`,
    ' · ביצוע תקציב: ', number(a.executionPercent, '%')];
}

// --- the gaps

async function loadReview() {
  review = await api(`/api/cycles/${year()}/review`);
  $('state').textContent = review.stateName;
  $('gap-form').hidden = !review.mayAddGaps;
  showGaps();
}

function showGaps() {
  if (review.gaps.length === 0) {
    $('gaps').replaceChildren(element('p', 'empty', review.state === 'not-open'
      ? `שלב הניתוח וההערכה של ${review.year} טרם נפתח.` : 'לא נמצאו פערים משמעותיים.'));
    return;
  }
  $('gaps').replaceChildren(table(['מחלקה', 'סוג', 'כותרת', 'פירוט', 'הסבר המחלקה', 'הטיפול המוצע', 'לשנה הבאה'],
    review.gaps.map(gap => [gap.departmentName, gap.kindName, gap.title, wrap(gap.detail), wrap(gap.explanation),
      wrap(gap.treatment), carried(gap)])));
  $('gaps').querySelectorAll('tbody tr').forEach((row, i) => { row.dataset.gap = review.gaps[i].id; });
}

function wrap(text) {
  if (!text) return element('span', 'muted', '—');
  return element('span', 'text', text);
}

function carriedWord(gap) {
  if (gap.carried === true) return element('span', 'carried yes', 'יועבר');
  if (gap.carried === false) return element('span', 'carried no', 'לא יועבר');
  return element('span', 'carried default', 'טרם הוחלט — יועבר כברירת מחדל');
}

// While the committee decides, its member ticks off a gap that should not carry; a gap left ticked carries.
function carried(gap) {
  if (!review.mayMarkCarried) return carriedWord(gap);
  const label = element('label', 'carry-toggle');
  const box = element('input', 'carry');
  box.type = 'checkbox';
  box.checked = gap.carried !== false;
  const word = carriedWord(gap);
  label.append(box, word);
  box.addEventListener('change', async () => {
    box.disabled = true;
    clear($('carry-error'));
    try {
      const answer = await send('PUT', `/api/cycles/${year()}/review/gaps/${gap.id}/carried`, { carried: box.checked });
      Object.assign(gap, answer);
      label.replaceChild(carriedWord(gap), label.lastChild);
    } catch (error) {
      box.checked = !box.checked;
      refuse($('carry-error'), error);
    } finally {
      box.disabled = false;
    }
  });
  return label;
}

$('gap-form').addEventListener('submit', async event => {
  event.preventDefault();
  const button = $('gap-form').querySelector('button[type=submit]');
  button.disabled = true;
  clear($('gap-error'));
  try {
    await send('POST', `/api/cycles/${year()}/review/gaps`, {
      departmentId: $('g-department').value || null, title: $('g-title').value, detail: $('g-detail').value });
    $('g-title').value = '';
    $('g-detail').value = '';
    say('הפער נוסף לרשימה.', 'ok');
    await loadReview();
  } catch (error) {
    refuse($('gap-error'), error); // what the user typed stays in the form
  } finally {
    button.disabled = false;
  }
});

// --- start

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  location.search = new URLSearchParams({ year: year() }).toString();
});

async function start() {
  const cycleYear = await yearToShow(params);
  $('year').value = cycleYear;
  document.title = `ניתוח והערכה ${cycleYear} · מעגל`;
  $('title').textContent = `ניתוח והערכה · ${cycleYear}`;
  $('booklet-pdf').href = `/api/cycles/${cycleYear}/results.pdf`;
  $('booklet-xlsx').href = `/api/cycles/${cycleYear}/results.xlsx`;
  try {
    await Promise.all([loadResults(), loadReview()]);
  } catch (error) {
    say(error.message, 'error');
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
