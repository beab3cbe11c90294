// A minimal hash router like many CMS front ends have: the route is the fragment up to '?'.
function currentRoute() {
  return location.hash.slice(1).split('?')[0] || '/';
}
function render() {
  document.getElementById('route').textContent = currentRoute();
  window.routeChanges = (window.routeChanges || 0) + 1;
}
window.addEventListener('hashchange', render);
render();
