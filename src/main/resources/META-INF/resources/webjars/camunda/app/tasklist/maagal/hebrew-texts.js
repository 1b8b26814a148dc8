// Hebrew for texts that Tasklist's locale file (locales/he.json) does not reach.
const hebrew = () => document.documentElement.lang === 'he'; // set by language-direction.js

// 1. The date picker of a task's due and follow-up dates names months and days after AngularJS's
//    $locale, which Tasklist leaves in English. config.js adds this module to Tasklist's modules.
window.angular.module('maagal.hebrew', []).run(['$locale', function($locale) {
  if (!hebrew()) return;
  Object.assign($locale.DATETIME_FORMATS, {
    MONTH: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
    SHORTMONTH: ['ינו׳', 'פבר׳', 'מרץ', 'אפר׳', 'מאי', 'יוני', 'יולי', 'אוג׳', 'ספט׳', 'אוק׳', 'נוב׳', 'דצמ׳'],
    DAY: ['יום ראשון', 'יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת'],
    SHORTDAY: ['א׳', 'ב׳', 'ג׳', 'ד׳', 'ה׳', 'ו׳', 'ש׳']
  });
}]);

// 2. Camunda Forms (form-js) write their validation messages in English whatever the language:
//    rewrite the ones our forms can show as form-js puts them into the page
//    (<div class="fjs-form-field-error"><ul><li>Field is required.</li></ul></div>).
const messages = [
  [/^Field is required\.$/, () => 'זהו שדה חובה.'],
  [/^Field must have maximum length of (\d+)\.$/, n => `אפשר לכתוב עד ${n} תווים.`],
  [/^Field must have minimum length of (\d+)\.$/, n => `יש לכתוב לפחות ${n} תווים.`],
  [/^Field must have maximum value of (.+)\.$/, n => `הערך המרבי הוא ${n}.`],
  [/^Field must have minimum value of (.+)\.$/, n => `הערך המזערי הוא ${n}.`],
  [/^Field must be a valid email\.$/, () => 'יש לכתוב כתובת דוא"ל תקינה.']
];

function translate(error) {
  const texts = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode;
    for (const [english, inHebrew] of messages) {
      const match = text.nodeValue.trim().match(english);
      if (match) text.nodeValue = inHebrew(...match.slice(1));
    }
  }
}

new MutationObserver(records => {
  if (!hebrew()) return;
  for (const record of records) {
    for (const node of record.type === 'characterData' ? [record.target] : record.addedNodes) {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element) continue;
      const error = element.closest('.fjs-form-field-error');
      if (error) translate(error);
      else element.querySelectorAll('.fjs-form-field-error').forEach(translate);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

export default [];
