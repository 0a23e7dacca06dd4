/* global window, document */
// Quick exit, on every page when JavaScript runs: the link replaces this page in the history
// (Back does not return here), and Escape pressed twice leaves the same way, for people who
// cannot reach the button fast. Without JavaScript the link still leaves at once through /exit.
(function () {
  var last = -1e9;
  function leave(href) {
    window.location.replace(href);
  }
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[data-quick-exit]") : null;
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var link = document.querySelector("a[data-quick-exit]");
    if (link && event.timeStamp - last < 800) leave(link.href);
    last = event.timeStamp;
  });
})();
