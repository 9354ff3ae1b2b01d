// Applied before the page is drawn (no flash): the reader's text size, digits and month names,
// remembered in this browser only.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var keys = ['fs', 'digits', 'months'];
    for (var i = 0; i < keys.length; i++) {
      var v = localStorage.getItem('marsad-' + keys[i]);
      if (v && /^[a-z0-9-]{1,12}$/.test(v)) root.setAttribute('data-' + keys[i], v);
    }
  } catch {
    // storage blocked: defaults
  }
})();
