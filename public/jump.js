// "Jump to a month" without a server: go to /months/YYYY-MM/ (the form's action + the value).
// Without this script the form still works: it lands on the archive index, which links every month.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.jump) return;
  const value = new FormData(form).get('month');
  if (typeof value !== 'string' || !/^\d{4}-\d{2}$/.test(value)) return;
  event.preventDefault();
  location.href = form.dataset.jump + value + '/';
});
