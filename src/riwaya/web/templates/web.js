/* riwaya web app, compare form: show two article slots and add more on demand (up to ten),
   and say the comparison is running once sent, since it takes seconds. Without the script
   all ten slots show, and the form works the same. */
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");

  var form = document.querySelector(".compare-form");
  if (!form) { return; }
  var slots = Array.prototype.slice.call(form.querySelectorAll(".slot"));
  var add = form.querySelector(".add-slot");

  function filled(slot) {
    return Array.prototype.some.call(slot.querySelectorAll("textarea, input"),
                                     function (field) { return field.value.trim() !== ""; });
  }

  // the first two slots, and every slot up to the last one already filled, stay in view
  var last = slots.reduce(function (found, slot, index) { return filled(slot) ? index : found; }, -1);
  slots.forEach(function (slot, index) { slot.hidden = index > Math.max(1, last); });

  function sync() { add.hidden = !slots.some(function (slot) { return slot.hidden; }); }
  add.addEventListener("click", function () {
    var next = slots.filter(function (slot) { return slot.hidden; })[0];
    if (next) {
      next.hidden = false;
      next.querySelector("textarea").focus();
    }
    sync();
  });
  sync();

  form.addEventListener("submit", function () {
    form.querySelector(".busy").hidden = false;
    form.querySelector("button[type=submit]").disabled = true;
  });
})();
