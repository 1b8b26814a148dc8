// The committee meetings page. ?year=: every committee the reader may see (the API filters), its meetings, the
// decisions taken and its open action items. ?meeting=: one meeting, its agenda and votes, attendance and quorum,
// action items and minutes, and the strategy unit's forms to record them. Everything comes from /api/meetings,
// with the Tasklist login of the browser; a refusal shows its Hebrew detail and leaves the form as it was.
import { api, clear, date, element, everyPage, refuse, say, send, signedIn, status, table, time, yearToShow }
  from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

// Today in Israel, as the API's dates are written ("2027-03-14").
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit',
  day: '2-digit' }).format(new Date());

const KINDS = { DECISION: 'להחלטה', DISCUSSION: 'לדיון' };
const ITEM_STATUSES = { OPEN: 'פתוח', DECIDED: 'הוחלט', DISCUSSED: 'נדון', WITHDRAWN: 'הוסר' };
const CHOICES = [['for', 'בעד'], ['against', 'נגד'], ['abstain', 'נמנע/ת']];
const CHOICE_WORDS = Object.fromEntries(CHOICES);
const OWNER_KINDS = { PERSON: 'אדם', DEPARTMENT: 'מחלקה', COMMITTEE: 'ועדה' };
const SECTORS = { AUTHORITY: 'הרשות', RESIDENTS: 'תושבים', COMMUNITY: 'קהילה', GOVERNMENT: 'ממשלה',
  CIVIL_SOCIETY: 'חברה אזרחית', ACADEMIA: 'אקדמיה', BUSINESS: 'עסקים' };
const STRATEGY_UNIT = 'strategy-unit';

const day = dateTime => date(dateTime.slice(0, 10));
const hour = dateTime => dateTime.slice(11, 16);

/** "10:00–12:00", kept left to right inside the Hebrew line. */
function hours(meeting) {
  const span = element('span', 'number', `${hour(meeting.startsAt)}–${hour(meeting.endsAt)}`);
  span.dir = 'ltr';
  return span;
}

function kind(meeting) {
  return meeting.extraordinary ? element('span', 'extraordinary', 'שלא מן המניין') : 'מן המניין';
}

const late = action => !action.done && action.due < TODAY;

/** An action item's due date, in red with the word when it is past. */
function due(action) {
  if (!late(action)) return date(action.due);
  const span = element('span', 'late', `${date(action.due)} · באיחור`);
  return span;
}

/**
 * Whether the reader is in the strategy unit, as Tasklist's maagal/planner-actions.js learns the groups: it only
 * decides which forms show; the API refuses anyone else whatever the page shows.
 */
async function isStrategyUnit() {
  return (await signedIn()).groups.includes(STRATEGY_UNIT);
}

// --- ?year=: the committees' year

let yearMeetings = [];

async function startYear() {
  $('year-view').hidden = false;
  const year = await yearToShow(params);
  $('year').value = year;
  document.title = `ישיבות הוועדות ${year} · מעגל`;
  $('title').textContent = `ישיבות הוועדות · ${year}`;
  yearMeetings = await api(`/api/meetings?year=${encodeURIComponent(year)}`);
  const committees = byCommittee(yearMeetings);
  $('committee').replaceChildren(new Option('כל הוועדות', ''),
    ...[...committees].map(([id, c]) => new Option(c.name, id)));
  $('committee').value = committees.has(params.get('committee')) ? params.get('committee') : '';
  showYear(year);
}

function byCommittee(meetings) {
  const committees = new Map();
  for (const meeting of meetings) {
    if (!committees.has(meeting.committeeId)) {
      committees.set(meeting.committeeId, { name: meeting.committeeName, meetings: [] });
    }
    committees.get(meeting.committeeId).meetings.push(meeting);
  }
  return committees;
}

function showYear(year) {
  const chosen = $('committee').value;
  const committees = [...byCommittee(yearMeetings)].filter(([id]) => !chosen || id === chosen);
  if (committees.length === 0) {
    $('committees').replaceChildren(element('p', 'empty',
      `אין בשנת ${year} ישיבות ועדה הפתוחות לעיונך. ישיבות של ועדה גלויות לחבריה ולהנהלה בלבד.`));
    return;
  }
  $('committees').replaceChildren(...committees.map(([id, committee]) => committeePanel(id, committee)));
}

function committeePanel(id, committee) {
  const panel = element('section', 'panel committee');
  panel.dataset.committee = id;
  const title = element('h2', null, committee.name);
  const count = committee.meetings.length;
  title.append(element('span', 'muted', count === 1 ? 'ישיבה אחת' : `${count} ישיבות`));
  panel.append(title, element('h3', null, 'ישיבות'));

  const meetings = table(['תאריך', 'שעה', 'מקום', 'סטטוס', 'סוג', ''], committee.meetings.map(meeting => {
    const link = element('a', null, 'לדף הישיבה');
    link.href = `/meetings/?meeting=${meeting.id}`;
    return [day(meeting.startsAt), hours(meeting), meeting.place || '—', status(meeting.status, meeting.statusName),
      kind(meeting), link];
  }));
  meetings.classList.add('meetings');
  meetings.querySelectorAll('tbody tr').forEach((row, i) => { row.dataset.meeting = committee.meetings[i].id; });
  panel.append(meetings);

  panel.append(element('h3', null, 'החלטות'));
  const decisions = decisionsOf(committee.meetings);
  panel.append(decisions.length === 0 ? element('p', 'empty', 'טרם התקבלו החלטות.')
    : table(['נושא', 'החלטה', 'איך', 'נוסח ההחלטה'], decisions.map(({ item, vote, meeting }) => [item.title,
      outcome(vote), vote.byCirculation ? 'בסבב חתימות' : `בישיבה מ-${day(meeting.startsAt)}`, text(vote.wording)])));

  panel.append(element('h3', null, 'משימות פתוחות'));
  const actions = openActionsOf(committee.meetings);
  const open = actions.length === 0 ? element('p', 'empty', 'אין משימות פתוחות.')
    : table(['משימה', 'אחראי/ת', 'לביצוע עד'], actions.map(action => [action.what, owner(action), due(action)]));
  if (actions.length) {
    open.classList.add('actions');
    open.querySelectorAll('tbody tr').forEach((row, i) => row.classList.toggle('is-late', late(actions[i])));
  }
  panel.append(open);
  return panel;
}

/** What the committee decided this year, each vote once: approved or not, at a meeting or by circulation. */
function decisionsOf(meetings) {
  const seen = new Set();
  const decisions = [];
  for (const meeting of meetings) {
    for (const item of meeting.agenda) {
      for (const vote of item.votes) {
        if ((vote.outcome === 'APPROVED' || vote.outcome === 'REJECTED') && !seen.has(vote.id)) {
          seen.add(vote.id);
          decisions.push({ item, vote, meeting });
        }
      }
    }
  }
  return decisions;
}

function openActionsOf(meetings) {
  const seen = new Map();
  meetings.flatMap(m => [...m.actionItems, ...m.openFromEarlier]).filter(a => !a.done)
    .forEach(action => seen.set(action.id, action));
  return [...seen.values()].sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id);
}

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  const query = { year: $('year').value };
  if ($('committee').value) query.committee = $('committee').value;
  location.search = new URLSearchParams(query).toString();
});

$('committee').addEventListener('change', () => {
  const query = new URLSearchParams({ year: $('year').value });
  if ($('committee').value) query.set('committee', $('committee').value);
  history.replaceState(null, '', `?${query}`);
  showYear($('year').value);
});

// --- ?meeting=: one meeting

let meeting = null; // the MeetingView shown
let strategyUnit = false;

async function startMeeting(id) {
  const [view, strategy] = await Promise.all([api(`/api/meetings/${encodeURIComponent(id)}`), isStrategyUnit()]);
  strategyUnit = strategy;
  showMeeting(view);
  $('meeting-view').hidden = false; // a refused meeting shows its refusal only
  if (strategyUnit) ownerChoices(view).catch(() => {});
}

/** Begun (its day has come) and not yet recorded: attendance, votes, discussion and action items are taken. */
const underway = view => ['PLANNED', 'INVITED'].includes(view.status) && view.startsAt.slice(0, 10) <= TODAY;
const held = view => view.status !== 'CANCELLED' && view.startsAt.slice(0, 10) <= TODAY;
const nameOf = id => (meeting.memberList.find(m => m.id === id) || { name: id }).name;

function showMeeting(view) {
  meeting = view;
  const title = `ישיבת ${view.committeeName} · ${day(view.startsAt)}`;
  document.title = `${title} · מעגל`;
  $('title').textContent = title;
  $('to-year').href = `/meetings/?${new URLSearchParams({ year: view.year, committee: view.committeeId })}`;
  $('to-year').textContent = `כל ישיבות ${view.committeeName} בשנת ${view.year}`;
  $('status').replaceWith(Object.assign(status(view.status, view.statusName), { id: 'status' }));
  showDetails(view);
  showAttendance(view);
  showAgenda(view);
  showActions(view);
  showMinutes(view);
}

function showDetails(view) {
  const facts = [['ועדה', view.committeeName], ['מועד', [day(view.startsAt), ' בשעות ', hours(view)]],
    ['מקום', view.place || '—'], ['סוג', view.extraordinary ? 'ישיבה שלא מן המניין' : 'ישיבה מן המניין']];
  if (view.cancelReason) facts.push(['סיבת הביטול', view.cancelReason]);
  $('details').replaceChildren(...facts.flatMap(([term, value]) => {
    const dd = element('dd');
    dd.append(...[].concat(value));
    return [element('dt', null, term), dd];
  }));
}

function showAttendance(view) {
  const editable = strategyUnit && underway(view);
  const quorum = $('quorum');
  if (view.quorumMet == null) {
    quorum.replaceChildren(`הנוכחות טרם נרשמה. המניין: ${view.quorum} מתוך ${view.members} חברי הוועדה.`);
  } else {
    quorum.replaceChildren(`נכחו ${view.present.length} מתוך ${view.members} חברי הוועדה; המניין: ${view.quorum}. `,
      element('strong', view.quorumMet ? 'ok' : 'error', view.quorumMet ? 'יש מניין' : 'אין מניין'));
  }
  if (strategyUnit && !editable && ['PLANNED', 'INVITED'].includes(view.status)) {
    quorum.append(element('span', 'muted', ` הנוכחות נרשמת מיום הישיבה (${day(view.startsAt)}).`));
  }
  const rows = view.memberList.map(member => {
    const here = view.present.includes(member.id);
    let cell;
    if (editable) {
      cell = element('label', 'check');
      const box = element('input', 'present');
      box.type = 'checkbox';
      box.value = member.id;
      box.defaultChecked = here;
      box.dataset.key = `present-${member.id}`;
      cell.append(box, element('span', null, 'נכח/ה'));
    } else {
      cell = view.quorumMet == null ? element('span', 'muted', '—')
        : element('span', here ? 'ok' : 'muted', here ? 'נכח/ה' : 'לא נכח/ה');
    }
    return [member.name, SECTORS[member.sector] || member.sector || '—', cell];
  });
  $('members').replaceChildren(table(['חבר/ת הוועדה', 'מגזר', 'נוכחות'], rows));
  $('members').querySelectorAll('tbody tr').forEach((row, i) => { row.dataset.member = view.memberList[i].id; });
  $('attendance-actions').hidden = !editable;
}

$('attendance-form').addEventListener('submit', event => {
  event.preventDefault();
  const present = [...document.querySelectorAll('#members input.present:checked')].map(box => box.value);
  act($('attendance-form'), $('attendance-error'), 'הנוכחות נשמרה.',
    () => send('PUT', `/api/meetings/${meeting.id}/attendance`, { present }));
});

// --- the agenda

function showAgenda(view) {
  $('item-form').hidden = !(strategyUnit && view.status === 'PLANNED');
  if (view.agenda.length === 0) {
    $('agenda').replaceChildren(element('p', 'empty', 'אין נושאים בסדר היום.'));
    return;
  }
  $('agenda').replaceChildren(...view.agenda.map((item, i) => agendaItem(view, item, i + 1)));
}

function agendaItem(view, item, number) {
  const node = element('article', 'item');
  node.dataset.item = item.id;
  const heading = element('h3', null, `${number}. ${item.title}`);
  const chips = element('span', 'chips');
  chips.append(element('span', `chip kind-${item.kind.toLowerCase()}`, KINDS[item.kind] || item.kind),
    element('span', `chip item-${item.status.toLowerCase()}`, ITEM_STATUSES[item.status] || item.status));
  if (item.placedByTheCycle) chips.append(element('span', 'chip', 'מעגל התכנון ממתין להחלטה'));
  if (item.timesMoved > 0) chips.append(element('span', 'chip moved', moved(item.timesMoved)));
  heading.append(chips);
  node.append(heading);
  if (item.detail) node.append(element('p', 'text', item.detail));
  if (item.link) {
    const link = element('a', null, 'למסמך');
    link.href = item.link;
    const line = element('p');
    line.append(link);
    node.append(line);
  }
  if (item.votes.length) node.append(votes(item));
  node.append(...discussion(view, item));
  if (item.kind === 'DECISION' && item.status === 'OPEN' && strategyUnit && underway(view)) {
    node.append(decidedHere(item) ? element('p', 'muted', 'ההחלטה תועבר להמשך עם סגירת רישום הישיבה.')
      : voteForm(view, item));
  }
  return node;
}

/** Whether the item's last vote at this meeting decided it (a tie is voted on again). */
function decidedHere(item) {
  const last = item.votes.filter(vote => !vote.byCirculation).at(-1);
  return !!last && (last.outcome === 'APPROVED' || last.outcome === 'REJECTED');
}

function moved(times) {
  return times === 1 ? 'נדחה פעם אחת' : times === 2 ? 'נדחה פעמיים' : `נדחה ${times} פעמים`;
}

function outcome(vote) {
  return element('span', `outcome ${vote.outcome.toLowerCase()}`, vote.outcomeName);
}

function text(value) {
  return value ? element('span', 'text', value) : element('span', 'muted', '—');
}

function votes(item) {
  const wrap = element('div', 'votes');
  wrap.append(table(['סבב', 'איך', 'בעד', 'נגד', 'נמנעים', 'תוצאה', 'נוסח ההחלטה'], item.votes.map(vote => [
    String(vote.round), vote.byCirculation ? 'בסבב חתימות' : 'בישיבה', String(vote.inFavour), String(vote.against),
    String(vote.abstain), outcome(vote), text(vote.wording)]), [0, 2, 3, 4]));
  const who = item.votes.filter(vote => Object.keys(vote.votes).length);
  if (who.length) {
    const details = element('details');
    details.append(element('summary', null, 'מי הצביע מה'));
    for (const vote of who) {
      const line = element('p', 'who');
      line.textContent = `סבב ${vote.round}: ` + Object.entries(vote.votes)
        .map(([member, choice]) => `${nameOf(member)} – ${CHOICE_WORDS[choice] || choice}`).join(' · ');
      details.append(line);
    }
    wrap.append(details);
  }
  return wrap;
}

function discussion(view, item) {
  if (!(strategyUnit && underway(view))) {
    return item.discussion ? [element('h4', null, 'עיקרי הדיון'), element('p', 'text', item.discussion)] : [];
  }
  const form = element('form', 'discussion-form editor');
  form.noValidate = true;
  const label = element('label', 'wide', 'עיקרי הדיון');
  const area = element('textarea', 'discussion');
  area.rows = 3;
  area.maxLength = 4000;
  area.defaultValue = item.discussion || '';
  area.dataset.key = `discussion-${item.id}`;
  label.append(area);
  const error = element('div', 'error-box wide');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const bar = element('div', 'bar wide');
  bar.append(Object.assign(element('button', null, 'שמירת הדיון'), { type: 'submit' }));
  form.append(label, error, bar);
  form.addEventListener('submit', event => {
    event.preventDefault();
    act(form, error, 'עיקרי הדיון נשמרו.',
      () => send('PUT', `/api/meetings/${meeting.id}/items/${item.id}/discussion`, { text: area.value }));
  });
  return [form];
}

/** The vote of the members present: for, against or abstain for each, and the decision's wording. */
function voteForm(view, item) {
  if (view.quorumMet !== true) {
    return element('p', 'muted', view.quorumMet === false ? 'אין מניין בישיבה, ולכן אין בה הצבעות.'
      : 'להצבעה יש לרשום קודם את הנוכחות בישיבה.');
  }
  const form = element('form', 'vote-form editor');
  form.noValidate = true;
  form.dataset.item = item.id;
  form.append(element('h3', null, `הצבעה על "${item.title}"`));
  const rows = view.present.map(member => [nameOf(member), ...CHOICES.map(([choice, word]) => {
    const label = element('label', 'check');
    const radio = element('input');
    radio.type = 'radio';
    radio.name = `vote-${item.id}-${member}`;
    radio.value = choice;
    radio.dataset.member = member;
    radio.dataset.key = `vote-${item.id}-${member}-${choice}`;
    label.append(radio, element('span', null, word));
    return label;
  })]);
  const grid = table(['חבר/ה', 'בעד', 'נגד', 'נמנע/ת'], rows);
  grid.classList.add('wide', 'ballot');
  const label = element('label', 'wide', 'נוסח ההחלטה (בהחלטה שלא לאשר נושא של מעגל התכנון: מה לתקן)');
  const wording = element('textarea', 'wording');
  wording.rows = 2;
  wording.maxLength = 4000;
  wording.dataset.key = `wording-${item.id}`;
  label.append(wording);
  const error = element('div', 'error-box wide');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const bar = element('div', 'bar wide');
  bar.append(Object.assign(element('button', 'primary', 'רישום ההצבעה'), { type: 'submit' }));
  form.append(grid, label, error, bar);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = Object.fromEntries(view.present.map(member => [member,
      (form.querySelector(`input[data-member="${CSS.escape(member)}"]:checked`) || {}).value || null]));
    act(form, error, 'ההצבעה נרשמה.', () => send('POST', `/api/meetings/${meeting.id}/items/${item.id}/votes`,
      { votes: chosen, wording: wording.value || null }));
  });
  return form;
}

$('item-form').addEventListener('submit', event => {
  event.preventDefault();
  act($('item-form'), $('item-error'), 'הנושא נוסף לסדר היום.', () => send('POST',
    `/api/meetings/${meeting.id}/items`, { decision: $('i-kind').value === 'decision', title: $('i-title').value,
      detail: $('i-detail').value || null, link: $('i-link').value || null }),
  () => ['i-title', 'i-detail', 'i-link'].forEach(id => { $(id).value = ''; }));
});

// --- action items

function showActions(view) {
  $('action-form').hidden = !(strategyUnit && underway(view));
  $('actions').replaceChildren(view.actionItems.length === 0
    ? element('p', 'empty', 'לא נקבעו משימות בישיבה.') : actionTable(view.actionItems));
  $('earlier').replaceChildren(...(view.openFromEarlier.length === 0 ? []
    : [element('h3', null, 'משימות פתוחות מישיבות קודמות'), actionTable(view.openFromEarlier)]));
}

function actionTable(actions) {
  const node = table(['משימה', 'אחראי/ת', 'לביצוע עד', 'מצב'], actions.map(action => [action.what, owner(action),
    due(action), action.done ? text(`בוצעה: ${action.result || ''}`.trim())
      : element('span', late(action) ? 'late' : null, late(action) ? 'באיחור' : 'פתוחה')]));
  node.classList.add('actions');
  node.querySelectorAll('tbody tr').forEach((row, i) => row.classList.toggle('is-late', late(actions[i])));
  return node;
}

function owner(action) {
  return `${action.ownerName || action.ownerId} (${OWNER_KINDS[action.ownerKind] || action.ownerKind})`;
}

// What the owner field suggests for each kind: the committee's members, the departments of the cycle (from
// the assessments the strategy unit reads; else an id typed by hand), the committees of the year.
const owners = { PERSON: [], DEPARTMENT: [], COMMITTEE: [] };
const HINTS = { PERSON: 'מזהה המשתמש/ת, למשל noa-barak', DEPARTMENT: 'מזהה המחלקה בקובץ הארגון, למשל schools',
  COMMITTEE: 'מזהה הוועדה, למשל steering' };

async function ownerChoices(view) {
  owners.PERSON = view.memberList.map(m => [m.id, m.name]);
  owners.COMMITTEE = [[view.committeeId, view.committeeName]];
  showOwners();
  const [year, assessments] = await Promise.all([api(`/api/meetings?year=${view.year}`).catch(() => []),
    everyPage(`/api/cycles/${view.year}/assessments`).catch(() => [])]);
  const committees = new Map(owners.COMMITTEE);
  year.forEach(m => committees.set(m.committeeId, m.committeeName));
  owners.COMMITTEE = [...committees];
  owners.DEPARTMENT = [...new Map(assessments.map(a => [a.departmentId, a.departmentName]))];
  showOwners();
}

function showOwners() {
  const kind = $('a-kind').value;
  $('a-owners').replaceChildren(...owners[kind].map(([id, name]) => new Option(name, id)));
  $('a-hint').textContent = HINTS[kind];
}

$('a-kind').addEventListener('change', showOwners);

$('action-form').addEventListener('submit', event => {
  event.preventDefault();
  const dueIn = $('a-due').value === '' ? null : Number($('a-due').value);
  act($('action-form'), $('action-error'), 'המשימה נוספה.', () => send('POST',
    `/api/meetings/${meeting.id}/action-items`, { what: $('a-what').value, ownerKind: $('a-kind').value,
      ownerId: $('a-owner').value.trim() || null, dueInBusinessDays: dueIn }),
  () => ['a-what', 'a-owner'].forEach(id => { $(id).value = ''; }));
});

// --- the minutes

function showMinutes(view) {
  const minutes = view.minutes;
  const badge = $('minutes-status');
  badge.hidden = !minutes;
  const shown = [];
  if (minutes) {
    badge.className = `status ${minutes.status.toLowerCase()}`;
    badge.textContent = `גרסה ${minutes.version} · ${minutes.statusName}`;
    shown.push(minutes.summary ? element('p', 'text', minutes.summary) : element('p', 'empty', 'הפרוטוקול ריק.'));
    if (minutes.reviewComments) {
      const comments = element('div', 'comments');
      comments.append(element('h3', null, 'הערות היו"ר'), element('p', 'text', minutes.reviewComments));
      if (minutes.reviewedAt) comments.append(element('p', 'muted', `${minutes.reviewedBy || ''} · ${time(minutes.reviewedAt)}`));
      shown.push(comments);
    }
  } else {
    shown.push(element('p', 'empty', held(view) ? 'הפרוטוקול טרם נכתב.' : 'פרוטוקול נכתב לישיבה שהתקיימה.'));
  }
  $('minutes').replaceChildren(...shown);
  const editable = strategyUnit && held(view) && (!minutes || minutes.status === 'DRAFT');
  $('minutes-form').hidden = !editable;
  if (editable && !$('m-text').dataset.touched) $('m-text').value = minutes && minutes.summary || '';
}

$('m-text').addEventListener('input', () => { $('m-text').dataset.touched = 'true'; });

$('minutes-form').addEventListener('submit', event => {
  event.preventDefault();
  act($('minutes-form'), $('minutes-error'), 'הפרוטוקול נשמר.',
    () => send('PUT', `/api/meetings/${meeting.id}/minutes`, { summary: $('m-text').value }),
    () => { delete $('m-text').dataset.touched; });
});

// --- every change: the button waits, a refusal shows its detail in the form's box and the form keeps what was
// typed; an answer shows the meeting again, keeping what was typed in the other forms

async function act(form, errorBox, done, call, afterwards) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  clear(errorBox);
  say('');
  try {
    const view = await call();
    if (afterwards) afterwards();
    const restore = keepWhatIsTyped(form);
    showMeeting(view);
    restore();
    say(done, 'ok');
  } catch (error) {
    refuse(errorBox, error);
  } finally {
    button.disabled = false;
  }
}

/** The changes made in the drawn forms other than {@code except}, to put back once the meeting is drawn again. */
function keepWhatIsTyped(except) {
  const kept = [];
  for (const field of document.querySelectorAll('#meeting-view [data-key]')) {
    if (except.contains(field)) continue;
    const checkable = field.type === 'checkbox' || field.type === 'radio';
    if (checkable ? field.checked !== field.defaultChecked : field.value !== field.defaultValue) {
      kept.push([field.dataset.key, checkable ? field.checked : field.value]);
    }
  }
  return () => kept.forEach(([key, value]) => {
    const field = document.querySelector(`#meeting-view [data-key="${CSS.escape(key)}"]`);
    if (!field) return;
    if (typeof value === 'boolean') field.checked = value; else field.value = value;
  });
}

// --- start

async function start() {
  try {
    if (params.get('meeting')) {
      await startMeeting(params.get('meeting'));
    } else {
      await startYear();
    }
  } catch (error) {
    say(error.message, 'error');
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
