/* Kiosk idle wipe (an enhancement: everything works without JavaScript, where a timed refresh does the wipe).
   After IDLE seconds without a touch, key or scroll the page posts "Exit", which drops the answers that lived
   only in the page, the browser's token that every earlier page names, the language choice and the browser's
   caches. Twenty seconds before, a dialog warns and lets the person continue (WCAG 2.2.1). A page brought back
   from the back-forward cache after an Exit or a wipe goes straight to the start page. */
(function () {
  var body = document.body;
  var loaded = Date.now();
  var exitForm = document.querySelector("form.exit");
  function wiped() { try { return Number(window.sessionStorage.getItem("navigator-wiped") || 0); } catch (e) { return 0; } }
  function markWiped() { try { window.sessionStorage.setItem("navigator-wiped", String(Date.now())); } catch (e) { /* private mode */ } }
  if (exitForm) { exitForm.addEventListener("submit", markWiped); }
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && wiped() >= loaded) {
      body.hidden = true;
      window.location.replace(body.getAttribute("data-start-url") || "/");
    }
  });
  var idle = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);
  var dialog = document.getElementById("idle-warning");
  if (!idle || !dialog || !exitForm) { return; }
  var warnAt = Math.max(idle - 20, Math.floor(idle / 2));
  var last = Date.now();
  var gone = false;
  function reset() { last = Date.now(); if (!dialog.hidden) { dialog.hidden = true; } }
  ["pointerdown", "keydown", "scroll", "input", "touchstart"].forEach(function (name) {
    window.addEventListener(name, reset, { passive: true });
  });
  document.getElementById("idle-continue").addEventListener("click", reset);
  setInterval(function () {
    var quiet = (Date.now() - last) / 1000;
    if (quiet >= idle && !gone) {
      gone = true;
      markWiped();
      document.getElementById("main").hidden = true;      /* nothing of this person's on screen meanwhile */
      var flag = document.createElement("input");
      flag.type = "hidden"; flag.name = "timeout"; flag.value = "1";
      exitForm.appendChild(flag);
      exitForm.submit();
    } else if (quiet >= warnAt && dialog.hidden) { dialog.hidden = false; document.getElementById("idle-continue").focus(); }
  }, 500);
  window.navigatorIdleReady = true;
}());
