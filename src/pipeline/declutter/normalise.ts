/**
 * Text as the clutter rules compare it: compatibility forms and accents folded, curly quotes and
 * dashes straightened, spaces collapsed. "Don’t Miss", "DON'T MISS" and "Don't miss" are one label
 * (case is left to each rule's `i` flag: a few rules need capitals to find names).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Folded and lower case: for comparing a line with the title, the site's name or a lexicon entry. */
export function foldLower(text: string): string {
  return fold(text).toLowerCase();
}
