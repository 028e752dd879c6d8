// The explorer's behaviour, a file of its own because the CSP forbids inline script.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('explorer');
  const output = document.getElementById('response');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(form.elements, output);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
});

async function run(fields, output) {
  let variables;
  try {
    variables = fields.variables.value.trim() ? JSON.parse(fields.variables.value) : undefined;
  } catch (error) {
    output.textContent = `The variables are not valid JSON: ${error.message}`;
    return;
  }
  // A JSON content type is what Apollo's CSRF prevention accepts: a form post could not send it cross-site.
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const token = fields.token.value.trim();
  if (token) headers.authorization = `Bearer ${token}`;
  output.textContent = 'Running…';
  try {
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: fields.query.value, variables }) });
    const text = await response.text();
    output.textContent = `HTTP ${response.status}\n\n${pretty(text)}`;
  } catch (error) {
    output.textContent = `The request failed: ${error.message}`;
  }
}

function pretty(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
