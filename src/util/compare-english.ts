// `a.localeCompare(b, "en")` builds a collator on every call (slow in a sort of thousands); one kept
// collator compares the same.
export const compareEnglish = new Intl.Collator("en").compare;
