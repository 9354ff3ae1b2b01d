// marsad progressive enhancement. Everything works without it; with it, highlights get a
// positioned popover (instead of the CSS-only one), "/" focuses search, and link targets glow.
// Only textContent is ever assigned: nothing from the page is parsed as HTML.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.id = 'marsad-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(tip);
    markTarget();
  });

  function show(el) {
    var text = el.getAttribute('data-tip');
    if (!text) return;
    tip.textContent = text;
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var w = tip.offsetWidth;
    var left = Math.min(Math.max(8, r.right + window.scrollX - w), window.scrollX + document.documentElement.clientWidth - w - 8);
    tip.style.left = left + 'px';
    tip.style.top = r.bottom + window.scrollY + 6 + 'px';
  }
  function hide() {
    tip.hidden = true;
  }
  function annFrom(target) {
    return target && target.closest ? target.closest('.ann[data-tip]') : null;
  }
  document.addEventListener('mouseover', function (e) {
    var a = annFrom(e.target);
    if (a) show(a);
    else if (!annFrom(document.activeElement)) hide();
  });
  document.addEventListener('focusin', function (e) {
    var a = annFrom(e.target);
    if (a) show(a);
    else hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if (e.key === '/' && !typing) {
      var q = document.querySelector('input[type="search"]');
      if (q) {
        e.preventDefault();
        q.focus();
        q.select();
      }
    }
  });
  // A click on a continuation fragment of a split highlight focuses its first fragment.
  document.addEventListener('click', function (e) {
    var a = annFrom(e.target);
    if (a && a.getAttribute('data-for')) {
      var first = document.getElementById(a.getAttribute('data-for'));
      if (first) first.focus();
    }
  });
  function markTarget() {
    var old = document.querySelectorAll('.is-target');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('is-target');
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.classList.contains('ann')) {
      el.classList.add('is-target');
      el.focus({ preventScroll: false });
    }
  }
  window.addEventListener('hashchange', markTarget);
})();
