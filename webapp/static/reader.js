/* Témoin reader: bring the quoted sentence (?s=N or #sN) to the middle of the screen. */
"use strict";
(function () {
  let target = document.querySelector(".sentence.selected");
  if (!target && location.hash.startsWith("#s")) target = document.getElementById(location.hash.slice(1));
  if (target) {
    target.classList.add("selected");
    target.scrollIntoView({ block: "center" });
  }
  document.body.dataset.ready = "1";
})();
