/**
 * Keeps a left-to-right value (a reference like ALX-7K4M-2Q9P, an email address, a URL, `.gov`)
 * whole and in its own order inside right-to-left text. Unicode isolates (LRI … PDI) do in a
 * string what `<bdi dir="ltr">` does in HTML, and they work where markup cannot go: page titles,
 * email subjects, plain-text emails, validation messages read by screen readers.
 */
export const ltr = (text: string): string => `\u2066${text}\u2069`;
