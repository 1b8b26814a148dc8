// The goal tree of a cycle: read it, download it, upload a revised spreadsheet as a new draft.
// Everything comes from the Maagal API (/api/cycles/{year}/goals…), with the browser's login.
const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

const STATUS = { DRAFT: 'טיוטה', SUPERSEDED: 'טיוטה שהוחלפה', APPROVED: 'מאושר בוועדת ההיגוי' };

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...options });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((body && body.detail) || `שגיאה ${response.status}`);
    error.problems = (body && body.errors) || [];
    throw error;
  }
  return body;
}

// A list of the API comes in pages ({items, page, size, total}): read them all.
async function everyPage(path) {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await api(`${path}?page=${page}&size=500`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

function say(text, kind, problems = []) {
  $('message').textContent = text;
  $('message').className = kind;
  $('message').hidden = !text;
  $('problems').replaceChildren(...problems.map(problem => {
    const item = document.createElement('li');
    item.textContent = problem.row > 0 ? `שורה ${problem.row}: ${problem.reason}` : problem.reason;
    return item;
  }));
  $('problems').hidden = problems.length === 0;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function measure(value) {
  return value && value.value !== undefined && value.value !== null ? `${value.value} (${value.year})` : '—';
}

function show(tree) {
  const header = element('p');
  header.append(`גרסה ${tree.version} `, element('span', 'status', STATUS[tree.status] || tree.status),
    ` · ${tree.source}`);
  const domains = tree.domains.map(domain => {
    const section = element('section', 'domain');
    section.append(element('h2', null, domain.name));
    for (const goal of domain.goals) {
      const goalNode = element('div', 'goal');
      goalNode.append(element('h3', null, goal.title));
      for (const target of goal.targets) {
        const targetNode = element('div', 'target', `יעד: ${target.title}`);
        for (const indicator of target.indicators) {
          targetNode.append(element('div', 'indicator',
            `מדד: ${indicator.name} · ${indicator.unit} · בסיס ${measure(indicator.baseline)} ← יעד ${measure(indicator.target)}`
            + ` · ${indicator.ownerDepartmentName || ''}`));
        }
        goalNode.append(targetNode);
      }
      section.append(goalNode);
    }
    return section;
  });
  $('tree').replaceChildren(header, ...domains);
}

async function load() {
  const year = $('year').value;
  const version = $('version').value;
  const query = version ? `?version=${version}` : '';
  $('xlsx').href = `/api/cycles/${year}/goals/export.xlsx${query}`;
  $('csv').href = `/api/cycles/${year}/goals/export.csv${query}`;
  $('template').href = `/api/cycles/${year}/goals/template.xlsx`;
  try {
    const [tree, versions] = await Promise.all([api(`/api/cycles/${year}/goals${query}`),
      everyPage(`/api/cycles/${year}/goals/versions`)]);
    $('version').replaceChildren($('version').options[0], ...versions.map(v => {
      const option = element('option', null, `גרסה ${v.version} · ${STATUS[v.status] || v.status}`);
      option.value = v.version;
      return option;
    }));
    $('version').value = version;
    show(tree);
  } catch (error) {
    $('tree').replaceChildren();
    say(error.message, 'error', error.problems);
  }
}

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  say('', '');
  load();
});

$('upload').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData();
  form.append('file', $('file').files[0]);
  try {
    const draft = await api(`/api/cycles/${$('year').value}/goals/import`, { method: 'POST', body: form });
    $('version').value = '';
    await load();
    say(`הקובץ נקלט: טיוטה חדשה, גרסה ${draft.version}.`, 'ok');
  } catch (error) {
    say(error.message, 'error', error.problems);
  }
});

async function start() {
  let year = params.get('year');
  if (!year) {
    const cycles = await api('/api/cycles').catch(() => []);
    year = cycles.length ? cycles[0].year : new Date().getFullYear();
  }
  $('year').value = year;
  if (params.get('version')) {
    const option = element('option', null, `גרסה ${params.get('version')}`);
    option.value = params.get('version');
    $('version').append(option);
    $('version').value = params.get('version');
  }
  load();
}

start();
