// Maagal's welcome page configuration: Hebrew first, English available.
export default {
  app: {
    name: 'מעגל',
    vendor: 'מעגל התכנון השנתי'
  },
  locales: {
    availableLocales: ['he', 'en'],
    fallbackLocale: 'he'
  },
  // the one script that sets <html lang>, shared with Tasklist
  customScripts: ['../tasklist/maagal/language-direction'],
  // Maagal's own pages, next to the web apps
  links: [
    { label: 'לוח הבקרה', href: '/dashboard/', description: 'מעגלי התכנון, משימות באיחור, יעדים ותוצאות, מדדי מנכ"ל ותקציב' },
    { label: 'עץ המטרות', href: '/goals/', description: 'עיון בגרסאות, הורדה והעלאה של עץ המטרות' },
    { label: 'תכניות עבודה', href: '/work-plans/', description: 'תכניות העבודה של המחלקות וקישורן ליעדים ולתקציב' },
    { label: 'מדידה', href: '/measurement/', description: 'דיווחי המחלקות: ערכי המדדים, סטטוס הפעילויות וביצוע התקציב' },
    { label: 'ניתוח והערכה', href: '/review/', description: 'תוצאות השנה, הפערים המשמעותיים והחלטת ועדת ההיגוי' }
  ]
};
