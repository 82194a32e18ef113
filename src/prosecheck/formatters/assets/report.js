// prosecheck HTML report: tooltips, keyboard navigation and the filter by code.
// Inline in the page, no library, nothing fetched. Text from documents is only ever set with
// textContent, never as HTML.
(function () {
  "use strict";
  var codes = JSON.parse(document.getElementById("codes").textContent);
  var tip = document.getElementById("tip");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.f"));
  var current = -1;

  function line(cls, text) {
    var div = document.createElement("div");
    div.className = cls;
    div.textContent = text;
    return div;
  }

  function show(mark) {
    var code = mark.getAttribute("data-code");
    var info = codes[code] || {};
    tip.textContent = "";
    var head = line("head", "");
    var strong = document.createElement("span");
    strong.className = "code";
    strong.textContent = code;
    head.appendChild(strong);
    head.appendChild(document.createTextNode(" line " + mark.getAttribute("data-line") +
      ", column " + mark.getAttribute("data-col")));
    tip.appendChild(head);
    tip.appendChild(line("msg", mark.getAttribute("data-msg")));
    if (info.summary) { tip.appendChild(line("summary", info.summary)); }
    if (info.advice) { tip.appendChild(line("advice", "Use instead: " + info.advice)); }
    var r = mark.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = Math.max(4, window.scrollX + r.left) + "px";
    tip.style.top = (window.scrollY + r.bottom + 6) + "px";
  }

  function hide() { tip.hidden = true; }

  function visible() {
    return marks.filter(function (m) { return !m.classList.contains("off"); });
  }

  function move(step) {
    var list = visible();
    if (!list.length) { return; }
    var at = list.indexOf(document.activeElement);
    if (at < 0) { at = step > 0 ? -1 : 0; }
    current = (at + step + list.length) % list.length;
    var mark = list[current];
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: "center" });
    show(mark);
  }

  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.f");
    if (m) { show(m); }
  });
  document.addEventListener("mouseout", function (e) {
    var m = e.target.closest && e.target.closest("mark.f");
    if (m && m !== document.activeElement) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.f")) { show(e.target); }
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.target.tagName === "INPUT" && e.target.type !== "checkbox") { return; }
    if (e.key === "j" || e.key === "n") { move(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { move(-1); e.preventDefault(); }
    else if (e.key === "Escape") { hide(); }
  });

  Array.prototype.forEach.call(document.querySelectorAll("input.filter"), function (box) {
    box.addEventListener("change", function () {
      var code = box.getAttribute("data-code");
      marks.forEach(function (m) {
        if (m.getAttribute("data-code") === code) {
          m.classList.toggle("off", !box.checked);
          m.tabIndex = box.checked ? 0 : -1;
        }
      });
    });
  });
}());
