/** A host as people name it: without a leading "www." ("www.example.com" → "example.com"). */
export function withoutWww(host: string): string {
  return host.replace(/^www\./u, '');
}
