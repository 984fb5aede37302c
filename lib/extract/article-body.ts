// Turns Readability's raw article HTML into stored form: sanitized HTML and plain text, both bounded.
import { toPlainText, truncateText } from './plain-text';
import { capHtml, findWindow, sanitizeArticle } from './sanitize';

/** The article as stored: sanitized HTML and its text, with remarks about anything cut or left out. */
export interface ArticleBody {
  html?: string;
  text?: string;
  warnings: string[];
}

/** The two bounds `readArticleBody` applies. */
export interface BodyLimits {
  articleHtml: number;
  articleText: number;
}

/**
 * Sanitizes the article and derives its text from the sanitized copy, so that the text never holds
 * what the HTML had to lose (scripts, forms). Without a window to run DOMPurify in, keeps the text
 * only, read from an inert template, and says so.
 */
export function readArticleBody(
  doc: Document,
  rawHtml: string,
  url: string,
  limits: BodyLimits,
): ArticleBody {
  const warnings: string[] = [];
  const win = findWindow(doc);
  let html: string | undefined;
  let text: string;
  if (win) {
    const { body } = sanitizeArticle(rawHtml, url, win);
    text = toPlainText(body);
    html = body.innerHTML;
    if (html.length > limits.articleHtml) {
      html = capHtml(body, limits.articleHtml, url, win);
      warnings.push(
        `The article is very long; its formatted copy was cut at ${limits.articleHtml.toLocaleString('en-US')} characters.`,
      );
    }
  } else {
    const template = doc.createElement('template');
    template.innerHTML = rawHtml;
    text = toPlainText(template.content);
    warnings.push('The article’s formatting could not be kept safely here, so only its text was saved.');
  }
  if (text.length > limits.articleText) {
    text = truncateText(text, limits.articleText);
    warnings.push(
      `The article is very long; its text was cut at ${limits.articleText.toLocaleString('en-US')} characters.`,
    );
  }
  const result: ArticleBody = { warnings };
  if (html) result.html = html;
  if (text) result.text = text;
  return result;
}
