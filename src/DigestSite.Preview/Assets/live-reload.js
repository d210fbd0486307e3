// DigestSite preview: reloads the page when a rebuild published a new site, and shows the problems of the
// latest build over the page. The preview server adds this script to the HTML it serves; built files never
// contain it. The server sends a "status" event when the page connects and after every build.
(() => {
  "use strict";
  const script = document.currentScript;
  const shownVersion = script ? script.dataset.version : "";
  const overlayId = "digestsite-overlay";
  const bannerId = "digestsite-unpublished";
  const scrollKey = "digestsite-scroll:" + location.pathname;
  let dismissedKey = "";

  // A reload keeps the reader where they were: the position is kept for this page across the reload only.
  const kept = sessionStorage.getItem(scrollKey);
  if (kept !== null) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = kept.split(",").map(Number);
    const restore = () => window.scrollTo(x, y);
    if (document.readyState === "complete") restore();
    else window.addEventListener("load", restore, { once: true });
    document.addEventListener("DOMContentLoaded", restore, { once: true });
  }

  const source = new EventSource("/__digestsite/events");
  // Tells tools (and the tests) that this page is live.
  source.addEventListener("open", () => { window.digestsitePreview = "connected"; });
  source.addEventListener("error", () => { window.digestsitePreview = "reconnecting"; });
  source.addEventListener("status", (event) => {
    const status = JSON.parse(event.data);
    if (status.version !== shownVersion) {
      const moved = status.moved[location.pathname];
      sessionStorage.setItem(moved ? "digestsite-scroll:" + moved : scrollKey, window.scrollX + "," + window.scrollY);
      if (moved) location.replace(moved + location.search + location.hash);
      else location.reload();
      return;
    }
    showUnpublished(status);
    showProblems(status);
  });

  // preview --drafts --future: a banner on the page of a draft or a scheduled digest.
  function showUnpublished(status) {
    const old = document.getElementById(bannerId);
    if (old) old.remove();
    const text = (status.unpublished || {})[location.pathname];
    if (!text) return;
    const banner = element("p", "position:sticky;top:0;z-index:2147483646;margin:0;padding:.5rem 1rem;" +
      "background:#fff3bf;color:#3d2f00;font:bold 15px/1.4 system-ui,sans-serif;border-bottom:2px solid #b08800;text-align:center");
    banner.id = bannerId;
    banner.setAttribute("data-digestsite-unpublished", "");
    banner.textContent = text;
    document.body.prepend(banner);
  }

  function showProblems(status) {
    const old = document.getElementById(overlayId);
    if (old) old.remove();
    const key = JSON.stringify(status.problems);
    if (status.problems.length === 0 || key === dismissedKey) return;

    const overlay = element("div", "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1rem 1.25rem;background:#2b0b0e;color:#fff;font:14px/1.45 ui-monospace,monospace;" +
      "border-top:4px solid #ff5c5c;box-shadow:0 -4px 24px rgba(0,0,0,.4);text-align:left");
    overlay.id = overlayId;
    overlay.setAttribute("data-digestsite-overlay", "");
    overlay.setAttribute("role", "alert");

    const heading = element("p", "margin:0 0 .5rem;font-weight:bold;font-size:15px");
    const count = status.problems.length === 1 ? "1 problem" : status.problems.length + " problems";
    heading.textContent = "DigestSite: " + count + (status.heldBack
      ? ". The last change is not shown: the preview keeps the last good site until this is fixed."
      : " in the site.");
    const close = element("button", "float:right;margin-left:1rem;background:none;border:1px solid #fff;" +
      "color:#fff;font:inherit;cursor:pointer;padding:0 .5rem");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", () => { dismissedKey = key; overlay.remove(); });
    heading.prepend(close);
    overlay.append(heading);

    const list = element("ul", "margin:0;padding:0 0 0 1.25rem");
    for (const problem of status.problems) {
      const item = element("li", "margin:.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere");
      item.setAttribute("data-problem", "");
      item.textContent = problem;
      list.append(item);
    }
    overlay.append(list);
    document.documentElement.append(overlay);
  }

  // Styles go through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' still allows.
  function element(name, css) {
    const e = document.createElement(name);
    e.style.cssText = css;
    return e;
  }
})();
