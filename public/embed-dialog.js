/*! news-timeline embed-dialog.js · MIT
 * Progressive enhancement of the Embed control (src/components/embed/EmbedButton.astro): without
 * JavaScript it is a <details> disclosure showing the snippet; with it, a button opening a modal
 * <dialog> with the snippet, a Copy button and a live preview (loaded when the dialog opens). */
(function (d) {
  'use strict';
  function enhance(ui) {
    var details = ui.querySelector('details');
    var dialog = ui.querySelector('dialog');
    if (!details || !dialog || typeof dialog.showModal !== 'function' || ui.hasAttribute('data-enhanced')) return;
    ui.setAttribute('data-enhanced', '');
    var code = dialog.querySelector('textarea');
    var copy = dialog.querySelector('[data-embed-copy]');
    var status = dialog.querySelector('[data-embed-status]');
    var box = dialog.querySelector('[data-embed-preview]');
    var preview = null;

    var button = d.createElement('button');
    button.type = 'button';
    button.className = details.querySelector('summary').className;
    button.setAttribute('aria-haspopup', 'dialog');
    button.textContent = details.querySelector('summary').textContent;
    details.hidden = true;
    details.parentNode.insertBefore(button, details);

    button.addEventListener('click', function () {
      if (box && !preview) {
        // The live preview: the embed itself, sandboxed like on other sites, created on first open.
        preview = d.createElement('iframe');
        preview.className = 'embed-pv';
        preview.title = box.getAttribute('data-title') || 'Preview';
        preview.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation');
        preview.src = box.getAttribute('data-src');
        box.appendChild(preview);
      }
      status.textContent = '';
      dialog.showModal();
      code.focus();
      code.select();
    });

    function said(text) { status.textContent = text; }
    function fallback() {
      code.focus();
      code.select();
      var ok = false;
      try { ok = d.execCommand('copy'); } catch (e) { ok = false; }
      said(ok ? 'Copied to the clipboard.' : 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
    copy.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.value).then(function () { said('Copied to the clipboard.'); }, fallback);
      } else fallback();
    });
  }
  var uis = d.querySelectorAll('[data-embed-ui]');
  for (var i = 0; i < uis.length; i++) enhance(uis[i]);
})(document);
