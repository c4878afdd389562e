// Dates and times in the reader's language. Pages are built in English (en-US); this re-spells every
// <time datetime> whose text is one of the build's English formats in the reader's locale (navigator.languages),
// in the same style. Calendar days stay the written day (formatted in UTC); clock times stay the written
// wall-clock time and keep their stated zone ("9:25 PM EST" → "21:25 EST"). Without JavaScript the English stays.
(function () {
  var BUILD = 'en-US';
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || BUILD];
  var reader;
  try {
    reader = new Intl.DateTimeFormat(langs).resolvedOptions().locale;
  } catch (e) {
    return;
  }
  if (!reader || reader === BUILD) return;

  var DAY_STYLES = [
    { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
    { year: 'numeric', month: 'long', day: 'numeric' },
    { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
    { month: 'short', day: 'numeric' },
    { weekday: 'long' },
  ];
  var CLOCK = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
  function fmt(locale, options, date) {
    var o = { timeZone: 'UTC' };
    for (var k in options) o[k] = options[k];
    return new Intl.DateTimeFormat(locale, o).format(date);
  }
  function noon(y, m, d) {
    var date = new Date(Date.UTC(2000, m - 1, d, 12));
    date.setUTCFullYear(y);
    return date;
  }
  function norm(s) {
    return s.replace(/[\u202f\u00a0\s]+/g, ' ').trim();
  }

  function respell(text, y, m, d, hh, mi) {
    var day = noon(y, m, d);
    var clockEn = hh == null ? null : norm(fmt(BUILD, CLOCK, new Date(Date.UTC(2000, 0, 1, hh, mi))));
    var clockLocal = hh == null ? null : fmt(reader, CLOCK, new Date(Date.UTC(2000, 0, 1, hh, mi)));
    // "9:25 PM EST" — a clock time with its zone (an event's time).
    if (clockEn && text.indexOf(clockEn) === 0) return clockLocal + text.slice(clockEn.length);
    for (var i = 0; i < DAY_STYLES.length; i++) {
      var en = norm(fmt(BUILD, DAY_STYLES[i], day));
      if (text === en) return fmt(reader, DAY_STYLES[i], day);
      // "November 23, 2025, 9:25 PM EST" — a day, then a clock time with its zone (an article's date).
      if (clockEn && text.indexOf(en + ', ' + clockEn) === 0) {
        return fmt(reader, DAY_STYLES[i], day) + ', ' + clockLocal + text.slice((en + ', ' + clockEn).length);
      }
    }
    return null;
  }

  var times = document.querySelectorAll('time[datetime]');
  for (var i = 0; i < times.length; i++) {
    var el = times[i];
    if (el.children.length) continue;
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(el.getAttribute('datetime') || '');
    if (!m) continue;
    var text = norm(el.textContent || '');
    var out = respell(text, +m[1], +m[2], +m[3], m[4] == null ? null : +m[4], m[5] == null ? 0 : +m[5]);
    if (out && out !== text) {
      el.setAttribute('lang', reader);
      el.textContent = out;
    }
  }
})();
