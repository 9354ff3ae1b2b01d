// @ts-nocheck
// marsad progressive enhancement. Everything works without it; with it, highlights get a
// positioned popover (instead of the CSS-only one), "/" focuses search, and link targets glow.
// Only textContent is ever assigned: nothing from the page is parsed as HTML.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  // Loaded in <head> without defer so that the reader's text size, digits and month names apply
  // before the page is drawn (no flash); everything else waits for DOMContentLoaded.
  try {
    var prefKeys = ['fs', 'digits', 'months'];
    for (var pk = 0; pk < prefKeys.length; pk++) {
      var pv = localStorage.getItem('marsad-' + prefKeys[pk]);
      if (pv && /^[a-z0-9-]{1,12}$/.test(pv)) document.documentElement.setAttribute('data-' + prefKeys[pk], pv);
    }
  } catch {
    // storage blocked: defaults
  }
  var tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.id = 'marsad-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(tip);
    markTarget();
    initPrefs();
    initLayers();
    applyDisplay();
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

  var root = document.documentElement;
  function store(key, value) {
    try {
      localStorage.setItem('marsad-' + key, value);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }

  // Text size (-2…4 steps), digits and month names: header buttons and footer menus.
  function initPrefs() {
    var btns = document.querySelectorAll('button[data-fs-step]');
    for (var i = 0; i < btns.length; i++) {
      btns[i].addEventListener('click', function (e) {
        var step = Number(e.currentTarget.getAttribute('data-fs-step'));
        var cur = Number(root.getAttribute('data-fs') || 0);
        var next = Math.max(-2, Math.min(4, cur + step));
        root.setAttribute('data-fs', String(next));
        store('fs', String(next));
      });
    }
    var sels = document.querySelectorAll('select[data-pref]');
    for (var j = 0; j < sels.length; j++) {
      var key = sels[j].getAttribute('data-pref');
      var cur = root.getAttribute('data-' + key);
      if (cur) sels[j].value = cur;
      sels[j].addEventListener('change', function (e) {
        var k = e.currentTarget.getAttribute('data-pref');
        root.setAttribute('data-' + k, e.currentTarget.value);
        store(k, e.currentTarget.value);
        applyDisplay();
      });
    }
    var auto = document.querySelectorAll('select.autosubmit');
    for (var a = 0; a < auto.length; a++) {
      auto[a].addEventListener('change', function (e) {
        e.currentTarget.form.submit();
      });
    }
  }

  // Highlight layers: checkboxes in the legend hide a kind of highlight; the choice goes in the URL.
  function initLayers() {
    var form = document.querySelector('form.layers');
    if (!form) return;
    var text = document.querySelector('.article-text');
    form.addEventListener('change', function () {
      var off = [];
      var boxes = form.querySelectorAll('input[name="show"]');
      for (var i = 0; i < boxes.length; i++) {
        text.classList.toggle('hide-' + boxes[i].value, !boxes[i].checked);
        if (!boxes[i].checked) off.push(boxes[i].value);
      }
      var url = new URL(location.href);
      url.searchParams.delete('hide');
      if (off.length) url.searchParams.set('hide', off.join(','));
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    });
  }

  // Digits and month names in the interface (never inside article text or quotes).
  var UI_NUMBERS = 'time, .count, .range, .stats, .pager, #res-h, .chart text, .chart td, .num, .status-date';
  var calendar = null;
  function applyDisplay() {
    var months = root.getAttribute('data-months') || 'msa';
    var digits = root.getAttribute('data-digits') || 'latn';
    if (months !== 'msa' && !calendar) {
      fetch('/static/months.json')
        .then(function (r) {
          return r.json();
        })
        .then(function (m) {
          calendar = m;
          applyDisplay();
        });
      return;
    }
    var times = document.querySelectorAll('time[datetime], [data-month]');
    for (var i = 0; i < times.length; i++) {
      var el = times[i];
      if (!el.hasAttribute('data-orig')) el.setAttribute('data-orig', el.textContent);
      var text = el.getAttribute('data-orig');
      var iso = el.getAttribute('datetime') || el.getAttribute('data-month');
      var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso || '');
      if (m && calendar && months !== 'msa') {
        var name = calendar[months][Number(m[2]) - 1];
        if (el.hasAttribute('data-month')) text = el.getAttribute('data-short') === '1' ? name : name + ' ' + m[1];
        else text = (m[3] ? Number(m[3]) + ' ' : '') + name + ' ' + m[1];
      }
      el.textContent = text;
    }
    var zones = document.querySelectorAll(UI_NUMBERS);
    for (var z = 0; z < zones.length; z++) convertDigits(zones[z], digits === 'arab');
  }
  function convertDigits(el, toArab) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var t = node.nodeValue;
      var out = toArab
        ? t.replace(/[0-9]/g, function (d) {
            return String.fromCharCode(0x0660 + Number(d));
          })
        : t.replace(/[\u0660-\u0669]/g, function (d) {
            return String(d.charCodeAt(0) - 0x0660);
          });
      if (out !== t) node.nodeValue = out;
    }
  }
})();
