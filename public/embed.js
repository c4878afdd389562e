/*! news-timeline embed.js · MIT
 * <div data-news-timeline="https://SITE/embed/?from=2025-11-21"></div> and
 * <news-timeline src="https://SITE/embed/"></news-timeline> become iframes whose height follows
 * their content (postMessage from the embedded page, checked by source window and origin).
 * Options on the element: data-title / title (the iframe's accessible name), data-height
 * (initial height in px). No dependencies; safe to include any number of times. */
(function (w, d) {
  'use strict';
  if (w.NewsTimelineEmbed) return w.NewsTimelineEmbed.scan();
  var P = 'news-timeline:';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
  var frames = [];
  var done = new WeakSet();

  function make(host, src) {
    var url;
    try { url = new URL(src, d.baseURI); } catch (e) { return; }
    if (!/^https?:$/.test(url.protocol)) return;
    done.add(host);
    var f = d.createElement('iframe');
    var rec = { f: f, o: url.origin };
    var text = (host.textContent || '').trim();
    f.title = host.getAttribute('data-title') || host.getAttribute('title') || text || 'News timeline';
    f.setAttribute('loading', 'lazy');
    f.setAttribute('sandbox', SANDBOX);
    f.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    f.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:' + (parseInt(host.getAttribute('data-height'), 10) || 480) + 'px';
    f.addEventListener('load', function () {
      // Ask the page to report its height (and where a requested event is); it hides its scrollbar.
      if (f.contentWindow) f.contentWindow.postMessage({ type: P + 'hello' }, rec.o);
    });
    f.src = url.href;
    frames.push(rec);
    host.textContent = '';
    host.appendChild(f);
    return rec;
  }

  function scan() {
    var hosts = d.querySelectorAll('[data-news-timeline]');
    for (var i = 0; i < hosts.length; i++) {
      if (!done.has(hosts[i])) make(hosts[i], hosts[i].getAttribute('data-news-timeline'));
    }
  }

  w.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || typeof m.type !== 'string' || m.type.indexOf(P) !== 0) return;
    for (var i = 0; i < frames.length; i++) {
      var r = frames[i];
      if (!e.source || r.f.contentWindow !== e.source || r.o !== e.origin) continue;
      var n = Math.ceil(+(m.type === P + 'height' ? m.height : m.top));
      if (!(n >= 0 && n < 1e5)) return;
      if (m.type === P + 'height') r.f.style.height = n + 'px';
      else if (m.type === P + 'scroll') w.scrollTo(0, r.f.getBoundingClientRect().top + w.pageYOffset + n - 16);
      return;
    }
  });

  if (w.customElements && !customElements.get('news-timeline')) {
    customElements.define('news-timeline', class extends HTMLElement {
      static get observedAttributes() { return ['src']; }
      connectedCallback() { this.attributeChangedCallback(); }
      attributeChangedCallback() {
        var src = this.getAttribute('src');
        if (!src || !this.isConnected) return;
        if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
        var r = this._nt;
        if (!r) this._nt = make(this, src);
        else {
          var u = new URL(src, d.baseURI);
          if (u.href !== r.f.src && /^https?:$/.test(u.protocol)) { r.o = u.origin; r.f.src = u.href; }
        }
      }
    });
  }

  w.NewsTimelineEmbed = { scan: scan };
  scan();
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
})(window, document);
