/**
 * Escaping for every local output. Titles come from calendars and notes anyone in the
 * company can write, so every piece of report text is hostile until escaped here.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * The URL, normalised, when it is an absolute http(s) URL; null otherwise, so `javascript:`,
 * `data:` or relative links are never rendered as links.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Characters that CommonMark or GFM may read as markup anywhere in a line (a backslash escapes
 * any of them). `-`, `+` and `1.` only matter at the start of a line, handled apart to keep the
 * raw file readable.
 */
const MD_SPECIAL = /[\\`*_[\]()<>#!|~&]/g;
const MD_LINE_START = /^(\s*)([-+]|\d+[.)])/;

/**
 * Escapes text for a Markdown paragraph or table cell. Line breaks become spaces, since a
 * newline would end a table row; `<` and `&` are escaped too, so no raw HTML gets through.
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/\s*\n\s*/g, " ")
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(
      MD_LINE_START,
      (_m, space: string, mark: string) => `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`,
    );
}

/** A link destination Markdown cannot misread: parentheses, spaces and angle brackets encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * Removes control characters (except newline and tab): a title holding an ANSI escape must
 * not repaint the user's terminal, nor hide text in a page.
 */
export function stripControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
