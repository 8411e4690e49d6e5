/* Kiosk idle wipe (an enhancement: everything works without JavaScript).
   After IDLE seconds without a touch, key or scroll the page returns to the start, dropping the answers that
   lived only in it. Twenty seconds before, a dialog warns and lets the person continue (WCAG 2.2.1). */
(function () {
  var body = document.body;
  var idle = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);
  var dialog = document.getElementById("idle-warning");
  if (!idle || !dialog) { return; }
  var warnAt = Math.max(idle - 20, Math.floor(idle / 2));
  var last = Date.now();
  function reset() { last = Date.now(); if (!dialog.hidden) { dialog.hidden = true; } }
  ["pointerdown", "keydown", "scroll", "input", "touchstart"].forEach(function (name) {
    window.addEventListener(name, reset, { passive: true });
  });
  document.getElementById("idle-continue").addEventListener("click", reset);
  setInterval(function () {
    var quiet = (Date.now() - last) / 1000;
    if (quiet >= idle) { window.location.replace(body.getAttribute("data-start-url")); }
    else if (quiet >= warnAt && dialog.hidden) { dialog.hidden = false; document.getElementById("idle-continue").focus(); }
  }, 500);
  window.navigatorIdleReady = true;
}());
