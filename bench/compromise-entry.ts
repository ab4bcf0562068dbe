// What a popup would bundle to find people with compromise (measured by bench/sources.ts).
import nlp from 'compromise';

export const people = (text: string): string[] => nlp(text).people().out('array') as string[];
