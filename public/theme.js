// Theme: light or dark, the reader's choice remembered in localStorage, the system's preference otherwise.
// Loaded as a blocking external script in <head> (strict CSP: no inline script), so <html> carries
// data-theme and the `dark` class before the body is parsed: no flash of the wrong theme.
(function () {
  var KEY = 'news-timeline:theme';
  var root = document.documentElement;
  // A page that sets data-theme itself (an embed asked for a theme) keeps it: no toggle there.
  if (root.hasAttribute('data-theme')) return;
  var system = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function stored() {
    try {
      var value = localStorage.getItem(KEY);
      return value === 'light' || value === 'dark' ? value : null;
    } catch (e) {
      return null;
    }
  }
  function current() {
    return stored() || (system && system.matches ? 'dark' : 'light');
  }
  function apply(theme) {
    root.setAttribute('data-theme', theme);
    root.classList.toggle('dark', theme === 'dark');
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
  }

  apply(current());
  if (system && system.addEventListener) {
    system.addEventListener('change', function () {
      if (!stored()) apply(current());
    });
  }
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) apply(current());
  });

  function wire() {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener('click', function () {
        var next = current() === 'dark' ? 'light' : 'dark';
        try {
          localStorage.setItem(KEY, next);
        } catch (e) {
          /* private mode: the choice lasts for this page only */
        }
        apply(next);
      });
    }
    apply(current());
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
