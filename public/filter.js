// Timeline filter: narrows the events on the timeline page by actor, outlet and kind.
// Progressive enhancement: without this script the page links to /actors/ and /outlets/ instead.
(function () {
  var form = document.querySelector('[data-filter-form]');
  if (!form) return;
  var status = form.querySelector('[data-filter-status]');
  var fields = ['actor', 'outlet', 'kind'].filter(function (name) {
    return form.elements.namedItem(name);
  });
  var events = Array.prototype.slice.call(document.querySelectorAll('[data-event]'));

  function has(list, value) {
    return (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }
  function values() {
    var v = {};
    fields.forEach(function (name) {
      v[name] = form.elements.namedItem(name).value;
    });
    return v;
  }
  function apply(updateUrl) {
    var v = values();
    var shown = 0;
    events.forEach(function (el) {
      var ok =
        (!v.actor || has(el.getAttribute('data-actors'), v.actor)) &&
        (!v.outlet || has(el.getAttribute('data-outlets'), v.outlet)) &&
        (!v.kind || el.getAttribute('data-kind') === v.kind);
      el.hidden = !ok;
      if (ok) shown++;
    });
    // Hide a day whose events are all hidden.
    Array.prototype.forEach.call(document.querySelectorAll('.day'), function (day) {
      var items = day.querySelectorAll('[data-event]');
      var any = false;
      for (var i = 0; i < items.length; i++) if (!items[i].hidden) any = true;
      day.hidden = items.length > 0 && !any;
    });
    var filtered = fields.some(function (name) {
      return v[name];
    });
    if (status) status.textContent = filtered ? 'Showing ' + shown + ' of ' + events.length + ' events.' : '';
    if (updateUrl) {
      var url = new URL(location.href);
      fields.forEach(function (name) {
        if (v[name]) url.searchParams.set(name, v[name]);
        else url.searchParams.delete(name);
      });
      history.replaceState(null, '', url);
    }
  }

  var params = new URLSearchParams(location.search);
  fields.forEach(function (name) {
    var select = form.elements.namedItem(name);
    var wanted = params.get(name);
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) select.value = wanted;
  });
  form.addEventListener('change', function () {
    apply(true);
  });
  form.addEventListener('reset', function () {
    setTimeout(function () {
      apply(true);
    }, 0);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply(true);
  });
  form.hidden = false;
  apply(false);
})();
