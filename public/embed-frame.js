/*! news-timeline embed-frame.js · MIT
 * Runs inside the embeddable pages (/embed/, /embed/days/…/). Everything works without it; it
 * applies the URL options and reports the page's height to the loader (embed.js) in the host page.
 *   theme=light|dark|auto  from=YYYY-MM-DD  to=YYYY-MM-DD  event=<id>  start=latest|earliest
 *   compact=1  limit=N  target=_blank
 * Loaded without defer in <head> so that the theme applies before the first paint. */
(function (w, d) {
  'use strict';
  var P = 'news-timeline:';
  var root = d.documentElement;
  var q = new URLSearchParams(w.location.search);
  var DAY = /^\d{4}-\d{2}-\d{2}$/;

  var theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  else if (theme === 'auto') root.removeAttribute('data-theme');
  if (q.get('compact') === '1') root.classList.add('nt-compact');

  var framed = w.parent !== w;
  var target = null; // the event asked for with event=<id>

  function all(sel, el) { return Array.prototype.slice.call((el || d).querySelectorAll(sel)); }

  function apply() {
    var from = q.get('from'), to = q.get('to');
    if (!DAY.test(from || '')) from = null;
    if (!DAY.test(to || '')) to = null;
    var latest = q.get('start') === 'latest';
    var limit = parseInt(q.get('limit') || '', 10);
    if (!(limit > 0)) limit = Infinity;

    var days = all('[data-day]');
    if (latest) {
      days.reverse().forEach(function (day) {
        day.parentNode.appendChild(day);
        all('[data-event]', day).reverse().forEach(function (ev) { ev.parentNode.appendChild(ev); });
      });
    }
    var shown = 0;
    days.forEach(function (day) {
      var date = day.getAttribute('data-day');
      var inRange = (!from || date >= from) && (!to || date <= to);
      var visible = 0;
      all('[data-event]', day).forEach(function (ev) {
        var show = inRange && shown < limit;
        ev.hidden = !show;
        if (show) { shown++; visible++; }
      });
      day.hidden = visible === 0;
    });
    var empty = d.querySelector('[data-embed-empty]');
    if (empty) empty.hidden = shown > 0;

    if (q.get('target') === '_blank') {
      all('a[target="_top"]').forEach(function (a) { a.target = '_blank'; a.rel = 'noopener'; });
    }

    var id = q.get('event');
    if (id) {
      target = all('[data-event]').filter(function (el) { return el.getAttribute('data-event') === id && !el.hidden; })[0] || null;
      if (target) {
        target.setAttribute('data-highlight', '');
        // Inside a fixed-height frame (or opened directly) scroll this document to it.
        w.scrollTo(0, top(target) - 16);
      }
    }
    post();
  }

  function top(el) { return el.getBoundingClientRect().top + w.pageYOffset; }

  var last = -1;
  function height() { return Math.ceil(d.body.getBoundingClientRect().height); }
  function post(force) {
    if (!framed || !d.body) return;
    var h = height();
    if (h === last && !force) return;
    last = h;
    w.parent.postMessage({ type: P + 'height', height: h }, '*');
  }

  // The loader says hello once the frame has loaded: from then on the parent sizes the frame to
  // its content, so this document never needs its own scrollbar.
  w.addEventListener('message', function (e) {
    if (e.source !== w.parent || !e.data || e.data.type !== P + 'hello') return;
    root.classList.add('nt-auto');
    post(true);
    if (target) w.parent.postMessage({ type: P + 'scroll', top: Math.round(top(target)) }, e.origin);
  });

  function start() {
    apply();
    if (framed && w.ResizeObserver) new ResizeObserver(function () { post(); }).observe(d.body);
    w.addEventListener('load', function () { post(); });
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start);
  else start();
})(window, document);
