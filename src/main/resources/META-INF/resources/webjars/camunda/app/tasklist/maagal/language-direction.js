// Sets <html lang> to the language the web app chooses (the browser's first language when
// offered, otherwise Hebrew), so that user-styles.css lays Hebrew out right to left
// column by column (a dir on <html> would flip Tasklist's own column layout).
const offered = ['he', 'en'];
const fallback = 'he';
const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
const language = offered.includes(browser) ? browser : fallback;
document.documentElement.lang = language;

// Tasklist's config.js imports the choice for the texts it writes itself (the shortcuts).
export { language };
export default [];
