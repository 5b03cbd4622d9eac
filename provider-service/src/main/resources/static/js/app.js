// GOV.UK Frontend's components start only where ES modules run, as its own template does it,
// here without an inline script so that the Content-Security-Policy can forbid them all.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
