// Sets <html lang dir> to the language Tasklist chooses (the browser's first language when
// offered, otherwise Hebrew), so that user-styles.css lays Hebrew out right to left.
const offered = ['he', 'en'];
const fallback = 'he';
const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
const language = offered.includes(browser) ? browser : fallback;
document.documentElement.lang = language;
document.documentElement.dir = language === 'he' ? 'rtl' : 'ltr';

export default [];
