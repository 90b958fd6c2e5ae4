/*
 * Caregiver assistant web chat widget. Embed with one tag:
 *   <script src="https://GATEWAY/widget.js" defer data-exit-url="https://www.weather.gov"></script>
 * Optional data- attributes: data-exit-url (where quick exit goes; http(s) only), data-title.
 *
 * Rules this file keeps (README § Web widget):
 * - DOM is built with createElement/textContent only: no innerHTML, no HTML from any message ever.
 * - No inline style and no eval: works under a strict Content-Security-Policy (style sheet is widget.css).
 * - The conversation (id, outbox cursor, history) lives in sessionStorage: it survives a reload but not the
 *   tab, which suits a shared phone; quick exit (button or Esc) wipes it and leaves with location.replace.
 */
(function () {
  "use strict";

  var script = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  if (!script || document.querySelector("[data-cpp-chat-widget]")) return;

  var BASE = new URL(script.src, location.href);
  var STORAGE_KEY = "cpp-chat:v1";
  var MAX_TEXT = 4000;
  var MAX_HISTORY = 200;
  var DEFAULT_EXIT = "https://www.weather.gov/";
  var config = {
    exitUrl: httpUrl(script.getAttribute("data-exit-url")) || DEFAULT_EXIT,
    title: (script.getAttribute("data-title") || "Questions about CPP").slice(0, 80),
  };

  // ---- small DOM helpers (never innerHTML) ----------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name === "hidden") node.hidden = !!attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function httpUrl(value) {
    if (typeof value !== "string" || !value) return "";
    try {
      var url = new URL(value, location.href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : "";
    } catch (e) {
      return "";
    }
  }

  function phoneDigits(value) {
    if (typeof value !== "string") return "";
    var digits = value.replace(/[^\d+]/g, "");
    return /^\+?\d{2,15}$/.test(digits) ? digits : "";
  }

  // ---- storage: sessionStorage, falling back to memory when the browser refuses it ------------------
  var memory = null;
  var store = {
    read: function () {
      var raw = null;
      try { raw = window.sessionStorage.getItem(STORAGE_KEY); } catch (e) { raw = memory; }
      try {
        var data = raw && JSON.parse(raw);
        if (data && typeof data === "object" && Array.isArray(data.history)) return data;
      } catch (e) { /* corrupt: start again */ }
      return null;
    },
    write: function (data) {
      var raw = JSON.stringify(data);
      try { window.sessionStorage.setItem(STORAGE_KEY, raw); } catch (e) { memory = raw; }
    },
    clear: function () {
      memory = null;
      try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
      try { window.localStorage.removeItem(STORAGE_KEY); } catch (e) { /* never used; belt and braces */ }
    },
  };

  function freshState() {
    return { conversationId: null, cursor: 0, history: [], handoff: { state: "", name: "" }, open: false };
  }

  var state = store.read() || freshState();
  if (typeof state.conversationId !== "string") state.conversationId = null;
  if (typeof state.cursor !== "number" || state.cursor < 0) state.cursor = 0;
  if (!state.handoff || typeof state.handoff !== "object") state.handoff = { state: "", name: "" };

  function save() {
    if (state.history.length > MAX_HISTORY) state.history = state.history.slice(-MAX_HISTORY);
    store.write(state);
  }

  // ---- turning replies (Rasa's REST shape) into history entries ---------------------------------------
  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) return [];
    return buttons.filter(function (b) {
      return b && typeof b.title === "string" && typeof b.payload === "string" && b.title && b.payload;
    }).slice(0, 12).map(function (b) { return { title: b.title.slice(0, 120), payload: b.payload.slice(0, 500) }; });
  }

  function cleanResources(resources) {
    if (!Array.isArray(resources)) return [];
    return resources.filter(function (r) { return r && typeof r.label === "string"; }).slice(0, 8).map(function (r) {
      var out = { label: r.label.slice(0, 120) };
      if (phoneDigits(r.tel)) out.tel = phoneDigits(r.tel);
      else if (phoneDigits(r.sms)) {
        out.sms = phoneDigits(r.sms);
        if (typeof r.body === "string" && r.body) out.body = r.body.slice(0, 160);
      } else if (httpUrl(r.url)) out.url = httpUrl(r.url);
      return out;
    }).filter(function (r) { return r.tel || r.sms || r.url; });
  }

  function toEntries(replies) {
    var entries = [];
    (Array.isArray(replies) ? replies : []).forEach(function (reply) {
      if (!reply || typeof reply !== "object") return;
      var text = typeof reply.text === "string" ? reply.text.slice(0, 10000) : "";
      var custom = reply.custom && typeof reply.custom === "object" ? reply.custom : {};
      var buttons = cleanButtons(reply.buttons);
      var last = entries[entries.length - 1];
      if (custom.type === "crisis") {
        var resources = cleanResources(custom.resources);
        if (!text && last && last.who === "bot" && !last.crisis) last.crisis = resources;
        else entries.push({ who: "bot", text: text, crisis: resources });
        return;
      }
      if (custom.type === "handoff" && typeof custom.state === "string") {
        var name = typeof custom.staff_name === "string" ? custom.staff_name.slice(0, 80) : "";
        entries.push({ who: "handoff", state: custom.state, name: name, text: text });
        return;
      }
      if (custom.type === "staff") {
        if (text) entries.push({ who: "staff", text: text,
          name: typeof custom.staff_name === "string" ? custom.staff_name.slice(0, 80) : "" });
        return;
      }
      if (text || buttons.length) entries.push({ who: "bot", text: text, buttons: buttons });
    });
    return entries;
  }

  // ---- linkify: URLs and phone numbers become anchors built by hand --------------------------------
  var LINK = /(https?:\/\/[^\s<>"']+)|((?:[a-z0-9-]+\.)+(?:org|gov|com|net|edu|us)(?:\/[^\s<>"']*)?)|((?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4})|(\b(?:911|988)\b)/gi;

  function appendLinkified(parent, text) {
    var index = 0;
    var match;
    LINK.lastIndex = 0;
    while ((match = LINK.exec(text)) !== null) {
      var found = match[0];
      var before = text.charAt(match.index - 1);
      if ((match[3] || match[4]) && /[\d\w-]/.test(before)) continue;  // part of a longer number or word
      if ((match[1] || match[2]) && /[@\w.]/.test(before)) continue;  // part of an e-mail address or word
      var trail = (match[1] || match[2]) ? (found.match(/[.,;:!?)\]]+$/) || [""])[0] : "";
      found = found.slice(0, found.length - trail.length);
      var href = match[1] ? httpUrl(found) : match[2] ? httpUrl("https://" + found)
        : "tel:" + phoneDigits(found);
      if (!href || href === "tel:") continue;
      parent.appendChild(document.createTextNode(text.slice(index, match.index)));
      var a = el("a", { href: href, text: found });
      if (match[1] || match[2]) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
      parent.appendChild(a);
      index = match.index + found.length;
      LINK.lastIndex = index;
    }
    parent.appendChild(document.createTextNode(text.slice(index)));
  }

  function textBlock(text) {
    var box = el("div", { class: "text" });
    text.split(/\n\s*\n/).forEach(function (para) {
      var p = el("p");
      para.split("\n").forEach(function (line, i) {
        if (i) p.appendChild(el("br"));
        appendLinkified(p, line);
      });
      box.appendChild(p);
    });
    return box;
  }

  // ---- the widget's DOM, inside a shadow root so host pages' CSS cannot break it ------------------------
  var host = el("div", { "data-cpp-chat-widget": "" });
  var root = host.attachShadow({ mode: "open" });
  var sheet = el("link", { rel: "stylesheet", href: new URL("widget.css", BASE).href });
  var shell = el("div", { class: "shell", hidden: true });  // shown once the style sheet loaded
  sheet.addEventListener("load", function () { shell.hidden = false; });
  sheet.addEventListener("error", function () { shell.hidden = false; });

  var launcherBadge = el("span", { class: "badge", hidden: true, text: "New" });
  var launcher = el("button", { type: "button", class: "launcher", "aria-expanded": "false",
    "aria-controls": "cpp-chat-panel" }, [el("span", { text: "Chat: " + config.title }), launcherBadge]);

  var title = el("h2", { id: "cpp-chat-title", class: "title", text: config.title });
  var subtitle = el("p", { class: "subtitle", text: "Automated assistant, not a person" });
  var exitButton = el("button", { type: "button", class: "exit", "aria-keyshortcuts": "Escape",
    "aria-label": "Quick exit: leave this site now and clear this chat (Esc)", text: "Quick exit" });
  var closeButton = el("button", { type: "button", class: "close", "aria-label": "Minimise chat",
    text: "\u2013" });
  var header = el("header", { class: "header" }, [
    el("div", { class: "heading" }, [title, subtitle]), exitButton, closeButton]);

  var handoffBanner = el("p", { class: "handoff", role: "status", hidden: true });
  var connection = el("p", { class: "connection", role: "status", hidden: true });
  var log = el("ol", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation",
    tabindex: "0" });
  var typing = el("div", { class: "typing", role: "status", hidden: true }, [
    el("span", { class: "dots", "aria-hidden": "true" }, [el("span"), el("span"), el("span")]),
    el("span", { text: "The assistant is typing" })]);

  var input = el("textarea", { id: "cpp-chat-input", class: "input", rows: "1", maxlength: String(MAX_TEXT),
    placeholder: "Type your question", autocomplete: "off", "aria-describedby": "cpp-chat-hint" });
  var sendButton = el("button", { type: "submit", class: "send", text: "Send" });
  var form = el("form", { class: "composer", "aria-label": "Send a message" }, [
    el("label", { for: "cpp-chat-input", class: "visually-hidden", text: "Your message" }), input, sendButton]);
  var hint = el("p", { id: "cpp-chat-hint", class: "hint",
    text: "Enter sends, Shift+Enter adds a line. Esc: quick exit. In danger now: call 911." });

  var panel = el("section", { id: "cpp-chat-panel", class: "panel", "aria-labelledby": "cpp-chat-title",
    hidden: true }, [header, handoffBanner, connection, log, typing, form, hint]);
  shell.appendChild(panel);
  shell.appendChild(launcher);
  root.appendChild(sheet);
  root.appendChild(shell);

  // ---- rendering ----------------------------------------------------------------------------------------
  var buttonGroups = [];  // [entry index, element]: only the newest set, with no caregiver message after it, shows

  function crisisActions(resources) {
    var group = el("div", { class: "crisis-actions", role: "group", "aria-label": "Get help now" });
    resources.forEach(function (r, i) {
      var href = r.tel ? "tel:" + r.tel
        : r.sms ? "sms:" + r.sms + (r.body ? "?body=" + encodeURIComponent(r.body) : "")
        : r.url;
      var a = el("a", { class: "action" + (i === 0 ? " lead" : "") + (r.tel ? " tel" : r.sms ? " sms" : " url"),
        href: href, text: r.label });
      if (r.url) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
      group.appendChild(a);
    });
    return group;
  }

  function quickReplies(buttons) {
    var group = el("div", { class: "quick-replies", role: "group", "aria-label": "Suggested replies" });
    buttons.forEach(function (b) {
      var button = el("button", { type: "button", class: "quick-reply", text: b.title });
      button.addEventListener("click", function () { sendText(b.payload, b.title); });
      group.appendChild(button);
    });
    return group;
  }

  function renderEntry(entry, index) {
    var item;
    if (entry.who === "user") {
      item = el("li", { class: "msg user" }, [el("span", { class: "visually-hidden", text: "You said: " }),
        textBlock(entry.text)]);
    } else if (entry.who === "staff") {
      var name = (entry.name || "Clinic staff") + " (clinic staff)";
      item = el("li", { class: "msg staff" }, [el("span", { class: "who", text: name }),
        el("span", { class: "visually-hidden", text: " said: " }), textBlock(entry.text)]);
    } else if (entry.who === "notice" || entry.who === "handoff") {
      if (!entry.text) return;
      item = el("li", { class: "msg notice" }, [textBlock(entry.text)]);
    } else {
      item = el("li", { class: "msg bot" + (entry.crisis ? " crisis" : "") },
        [el("span", { class: "visually-hidden", text: "Assistant said: " })]);
      if (entry.text) item.appendChild(textBlock(entry.text));
      if (entry.crisis && entry.crisis.length) item.appendChild(crisisActions(entry.crisis));
      if (entry.buttons && entry.buttons.length) {
        var group = quickReplies(entry.buttons);
        buttonGroups.push([index, group]);
        item.appendChild(group);
      }
    }
    log.appendChild(item);
  }

  function refreshQuickReplies() {
    var lastUser = -1;
    state.history.forEach(function (e, i) { if (e.who === "user") lastUser = i; });
    var newest = buttonGroups.length ? buttonGroups[buttonGroups.length - 1] : null;
    buttonGroups.forEach(function (pair) { pair[1].hidden = !(pair === newest && pair[0] > lastUser); });
  }

  function renderHandoff() {
    var h = state.handoff;
    var who = h.name ? h.name + " from the clinic" : "a person from the clinic";
    handoffBanner.hidden = !(h.state === "waiting" || h.state === "active");
    handoffBanner.textContent = h.state === "active" ? "You're chatting with " + who + "."
      : h.state === "waiting" ? "Waiting for a person from the clinic to join." : "";
    panel.setAttribute("data-handoff", h.state || "none");
    subtitle.textContent = h.state === "active" ? "A person from the clinic is in this chat"
      : "Automated assistant, not a person";
    input.placeholder = h.state === "active" ? "Write to " + (h.name || "the clinic") : "Type your question";
  }

  function renderAll() {
    log.replaceChildren();
    buttonGroups = [];
    state.history.forEach(renderEntry);
    refreshQuickReplies();
    renderHandoff();
    scrollDown();
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function addEntries(entries, persist) {
    entries.forEach(function (entry) {
      if (entry.who === "handoff") {
        state.handoff = { state: entry.state, name: entry.name || (entry.state === "active" ? state.handoff.name : "") };
      } else if (entry.who === "staff" && entry.name && state.handoff.state !== "ended") {
        state.handoff = { state: "active", name: entry.name };
      }
      if (persist !== false) state.history.push(entry);
      renderEntry(entry, persist !== false ? state.history.length - 1 : -1);
    });
    if (state.history.length > MAX_HISTORY) { save(); renderAll(); return; }
    if (persist !== false) save();
    refreshQuickReplies();
    renderHandoff();
    scrollDown();
    if (panel.hidden && entries.some(function (e) { return e.who !== "user"; })) launcherBadge.hidden = false;
  }

  function notice(text) { addEntries([{ who: "notice", text: text }], false); }

  // ---- the websocket ------------------------------------------------------------------------------------
  var socket = null;
  var ready = false;
  var leaving = false;
  var queue = [];        // frames typed while not connected; sent after the next welcome
  var awaiting = [];     // refs of messages sent and not answered yet
  var attempt = 0;
  var retryTimer = null;
  var pingTimer = null;
  var refCounter = 0;

  function socketUrl() {
    var url = new URL("ws/chat", BASE);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    return url.href;
  }

  function setConnection(text) {
    connection.hidden = !text;
    connection.textContent = text || "";
  }

  function setTyping(on) { typing.hidden = !on; if (on) scrollDown(); }

  function connect() {
    if (leaving || socket) return;
    clearTimeout(retryTimer);
    setConnection(attempt ? "Reconnecting\u2026" : "Connecting\u2026");
    var ws;
    try { ws = new WebSocket(socketUrl()); } catch (e) { scheduleReconnect(); return; }
    socket = ws;
    ws.addEventListener("open", function () {
      ws.send(JSON.stringify({ type: "hello", conversation_id: state.conversationId, cursor: state.cursor }));
    });
    ws.addEventListener("message", function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame && typeof frame === "object") onFrame(frame);
    });
    ws.addEventListener("close", function () {
      if (socket !== ws) return;
      socket = null;
      ready = false;
      clearInterval(pingTimer);
      setTyping(false);
      if (awaiting.length) {
        awaiting = [];
        notice("The connection dropped before an answer came. If you got no answer, please send it again.");
      }
      scheduleReconnect();
    });
  }

  function scheduleReconnect() {
    if (leaving) return;
    attempt += 1;
    var delay = Math.min(30000, 500 * Math.pow(2, attempt - 1)) * (0.75 + Math.random() * 0.5);
    setConnection(navigator.onLine === false ? "You're offline. Reconnecting when you're back online\u2026"
      : "Connection lost. Reconnecting\u2026");
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, delay);
  }

  function onFrame(frame) {
    if (frame.type === "welcome") {
      if (typeof frame.conversation_id !== "string") return;
      if (state.conversationId && frame.conversation_id !== state.conversationId) {
        var open = state.open;  // the server did not know our id: a new conversation starts
        state = freshState();
        state.open = open;
        renderAll();
      }
      state.conversationId = frame.conversation_id;
      if (typeof frame.cursor === "number" && frame.cursor > state.cursor) state.cursor = frame.cursor;
      save();
      if (frame.new && !state.history.length) addEntries(toEntries(frame.greeting));
      ready = true;
      attempt = 0;
      setConnection("");
      clearInterval(pingTimer);
      pingTimer = setInterval(function () { send({ type: "ping" }); }, 25000);
      flush();
    } else if (frame.type === "typing") {
      setTyping(true);
    } else if (frame.type === "replies") {
      awaiting = awaiting.filter(function (ref) { return ref !== frame.ref; });
      setTyping(awaiting.length > 0);
      addEntries(toEntries(frame.replies));
    } else if (frame.type === "updates") {
      var fresh = (Array.isArray(frame.replies) ? frame.replies : []).filter(function (r) {
        return r && typeof r.id === "number" && r.id > state.cursor;
      });
      if (typeof frame.cursor === "number" && frame.cursor > state.cursor) state.cursor = frame.cursor;
      addEntries(toEntries(fresh));
      save();
    } else if (frame.type === "error") {
      awaiting.shift();  // the server answers frames in order: the oldest message was refused
      setTyping(awaiting.length > 0);
      if (frame.code === "too_long" || frame.code === "empty") {
        notice(typeof frame.message === "string" ? frame.message : "That message could not be sent.");
      }
    }
  }

  function send(frame) {
    if (!ready || !socket) return false;
    try { socket.send(JSON.stringify(frame)); return true; } catch (e) { return false; }
  }

  function flush() {
    while (ready && queue.length) {
      var frame = queue[0];
      if (!send(frame)) break;
      queue.shift();
      awaiting.push(frame.ref);
      setTyping(true);
    }
  }

  function sendText(text, shown) {
    text = String(text || "").trim();
    if (!text || leaving) return;
    if (text.length > MAX_TEXT) {
      notice("That message is too long. Please keep it under " + MAX_TEXT + " characters.");
      return;
    }
    addEntries([{ who: "user", text: (shown || text).slice(0, MAX_TEXT) }]);
    refCounter += 1;
    queue.push({ type: "message", text: text, ref: "m" + Date.now().toString(36) + refCounter });
    if (!socket) connect();
    flush();
  }

  // ---- quick exit ---------------------------------------------------------------------------------------
  function quickExit() {
    leaving = true;
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    store.clear();
    state = freshState();
    log.replaceChildren();
    input.value = "";
    if (socket) { try { socket.close(1000); } catch (e) { /* leaving anyway */ } }
    location.replace(config.exitUrl);
  }

  // ---- opening, closing, keyboard ---------------------------------------------------------------------
  function setOpen(open, focus) {
    state.open = open;
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    shell.classList.toggle("is-open", open);
    if (open) {
      launcherBadge.hidden = true;
      if (!socket && !ready) connect();
      scrollDown();
      if (focus) input.focus();
    } else if (focus) {
      launcher.focus();
    }
    if (open || state.conversationId) save();  // a visitor who never opens the chat leaves nothing behind
  }

  launcher.addEventListener("click", function () { setOpen(true, true); });
  closeButton.addEventListener("click", function () { setOpen(false, true); });
  exitButton.addEventListener("click", quickExit);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) return;
    input.value = "";
    sendText(text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && state.open && !leaving) { event.preventDefault(); quickExit(); }
  }, true);
  window.addEventListener("online", function () { if (!socket && (state.open || state.conversationId)) connect(); });
  window.addEventListener("pageshow", function (event) {
    // Back/forward cache: the page may come back after a quick exit elsewhere wiped the conversation.
    if (event.persisted) { state = store.read() || freshState(); leaving = false; renderAll(); setOpen(state.open); }
  });

  function mount() {
    document.body.appendChild(host);
    renderAll();
    setOpen(!!state.open, false);
    if (state.conversationId) connect();  // staff replies can arrive while the panel is closed
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
