// The explorer page: example queries against the seed corpus, a runner, and the type list
// read by introspection. Every value from the server is inserted as text, never as HTML.
import { EXAMPLES } from './examples.js';

const $ = (id) => document.getElementById(id);

function showExample(example, button) {
  $('query').value = example.query.trim();
  $('variables').value = JSON.stringify(example.variables ?? {}, null, 2);
  document.querySelectorAll('nav button').forEach((b) => b.setAttribute('aria-current', String(b === button)));
}

async function run() {
  let variables;
  try {
    variables = JSON.parse($('variables').value || '{}');
  } catch (error) {
    $('response').textContent = `The variables are not valid JSON: ${error.message}`;
    return;
  }
  const headers = { 'content-type': 'application/json' };
  const token = $('token').value.trim();
  if (token) headers.authorization = `Bearer ${token}`;
  $('status').textContent = '…';
  const started = performance.now();
  try {
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: $('query').value, variables }) });
    const text = await response.text();
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON: show as is */ }
    $('response').textContent = shown;
    $('status').textContent = `${response.status} · ${Math.round(performance.now() - started)} ms`;
  } catch (error) {
    $('response').textContent = `The request failed: ${error.message}`;
    $('status').textContent = '';
  }
}

function typeName(type) {
  if (type.kind === 'NON_NULL') return `${typeName(type.ofType)}!`;
  if (type.kind === 'LIST') return `[${typeName(type.ofType)}]`;
  return type.name;
}

async function showTypes() {
  const query = '{ __schema { types { name kind description fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }';
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const { data } = await response.json();
  const list = document.createElement('dl');
  for (const type of data.__schema.types.filter((t) => !t.name.startsWith('__') && t.fields)) {
    const term = document.createElement('dt');
    term.textContent = type.name;
    term.title = type.description ?? '';
    list.append(term);
    for (const field of type.fields) {
      const detail = document.createElement('dd');
      detail.textContent = `${field.name}: ${typeName(field.type)}`;
      list.append(detail);
    }
  }
  $('types').replaceChildren(list);
}

for (const example of EXAMPLES) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = example.title;
  button.addEventListener('click', () => showExample(example, button));
  item.append(button);
  $('examples').append(item);
}
$('run').addEventListener('click', run);
$('query').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run();
});
showExample(EXAMPLES[0], document.querySelector('nav button'));
showTypes().catch((error) => { $('types').textContent = `The schema could not be read: ${error.message}`; });
