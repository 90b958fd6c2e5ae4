// Live updates for the staff console: the queue and an open transcript refresh themselves.
// Everything is built with textContent / createElement; no HTML from the server is ever injected.
"use strict";

const POLL_MS = 3000;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function whenText(iso) {
  const d = new Date(iso);
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (response.status === 401) { window.location.assign("/staff/login"); return null; }
  return response.ok ? response.json() : null;
}

function renderQueue(table, data) {
  const body = el("tbody");
  if (data.cases.length === 0) {
    const row = el("tr", null, "empty");
    const cell = el("td", "Nothing waiting.");
    cell.colSpan = 6;
    row.appendChild(cell);
    body.appendChild(row);
  }
  for (const item of data.cases) {
    const row = el("tr", null, item.crisis ? "crisis" : "");
    row.dataset.key = `${item.kind}:${item.id}`;
    row.dataset.conversation = item.conversation_id;
    const kind = el("td");
    kind.appendChild(item.crisis ? el("span", "Crisis", "badge crisis") : document.createTextNode(item.kind));
    const what = el("td");
    const link = el("a", item.summary);
    link.href = item.url;
    what.appendChild(link);
    const when = el("td");
    const time = el("time", whenText(item.created_at));
    time.dateTime = item.created_at;
    when.appendChild(time);
    row.append(kind, what, el("td", item.channel), el("td", item.status.replace("_", " ")),
               el("td", item.assigned_to || ""), when);
    body.appendChild(row);
  }
  table.replaceChild(body, table.tBodies[0]);
  for (const count of document.querySelectorAll("#counts [data-status]")) {
    const strong = count.querySelector("strong");
    if (strong) strong.textContent = String(data.counts[count.dataset.status] ?? 0);
  }
}

function renderTranscript(list, data) {
  const items = data.lines.map((line) => {
    const item = el("li", null, `line ${line.author}${line.crisis ? " crisis" : ""}`);
    const time = el("time", new Date(line.at).toISOString().slice(11, 19));
    time.dateTime = line.at;
    item.append(el("span", line.author, "author"), time);
    if (line.crisis) item.appendChild(el("span", "Crisis answer", "badge crisis"));
    item.appendChild(el("span", line.text, "text"));
    if (line.note) item.appendChild(el("span", line.note, "note"));
    return item;
  });
  if (items.length === 0) items.push(el("li", "No messages stored for this conversation.", "line empty"));
  list.replaceChildren(...items);
}

function poll(node, render) {
  const tick = async () => {
    try {
      const data = await fetchJson(node.dataset.feed);
      if (data) render(node, data);
    } catch (error) {
      // A failed poll is retried on the next tick; the page keeps what it shows.
    }
  };
  window.setInterval(tick, POLL_MS);
}

document.addEventListener("DOMContentLoaded", () => {
  const queue = document.getElementById("queue");
  if (queue) poll(queue, renderQueue);
  const transcript = document.getElementById("transcript");
  if (transcript) poll(transcript, renderTranscript);
});
