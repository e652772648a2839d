// Model output is untrusted: Markdown is rendered by marked and then sanitised by DOMPurify before it touches
// the page. Both come from WebJars (see pom.xml; the versions in these paths must match it).
import { marked } from '/webjars/marked/15.0.7/lib/marked.esm.js';
import DOMPurify from '/webjars/dompurify/3.2.4/dist/purify.es.mjs';

marked.setOptions({ gfm: true, breaks: true });

DOMPurify.addHook('afterSanitizeAttributes', node => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const PURIFY = {
  // images could leak the conversation to another server through their address; forms and styles could spoof UI
  FORBID_TAGS: ['img', 'style', 'form', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'source'],
  FORBID_ATTR: ['style', 'srcset'],
  ALLOW_DATA_ATTR: false,
};

export function renderMarkdown(el, text) {
  el.innerHTML = DOMPurify.sanitize(marked.parse(text ?? ''), PURIFY);
}
