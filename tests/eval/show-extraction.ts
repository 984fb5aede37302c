// `npx tsx tests/eval/show-extraction.ts <file.html> <url>`: prints what extractPage reads from one saved page.
import fs from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../../lib/extract';

const [file, url] = process.argv.slice(2);
if (!file || !url) {
  console.error('usage: npx tsx tests/eval/show-extraction.ts <file.html> <url the page was saved from>');
  process.exit(2);
}
const dom = new JSDOM(fs.readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
const { articleHtml, articleText, ...page } = extractPage(dom.window.document, url);
console.log(
  JSON.stringify(
    { ...page, articleHtml: articleHtml?.length, articleText: articleText?.slice(0, 300) },
    null,
    2,
  ),
);
