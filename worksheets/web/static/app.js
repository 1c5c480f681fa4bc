// The page's small helpers: a live preview, colour contrast, and a workshop's progress.
// Every form also works without this script.
"use strict";

const csrf = () => document.querySelector('meta[name="csrf-token"]').content;

function makePreview() {
  const form = document.getElementById("make-form");
  if (!form) return;
  const pages = document.getElementById("preview-pages");
  const status = document.getElementById("preview-status");
  let timer = null, controller = null, asked = 0;

  async function refresh() {
    const body = new FormData(form);
    if (!body.getAll("documents").length) {
      pages.replaceChildren();
      status.textContent = "Choose a document to see its pages.";
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    const ticket = ++asked;
    pages.classList.add("loading");
    status.textContent = "Drawing the pages…";
    try {
      const response = await fetch("/make/preview", {
        method: "POST", body, signal: controller.signal, headers: { "X-CSRFToken": csrf() },
      });
      const answer = await response.json();
      if (ticket !== asked) return;
      showProblems(form, answer.errors || {});
      if (!response.ok) {
        status.textContent = "Fix the problem shown in the form to see the pages.";
        return;
      }
      const images = answer.pages.map((url, i) => {
        const img = new Image();
        img.src = url;
        img.alt = `Page ${i + 1} of ${answer.count}: ${answer.title}`;
        return img;
      });
      pages.replaceChildren(...images);
      status.textContent = `${answer.title}: ${answer.count} page${answer.count === 1 ? "" : "s"}.`;
    } catch (error) {
      if (error.name !== "AbortError") status.textContent = "The preview could not be drawn.";
    } finally {
      if (ticket === asked) pages.classList.remove("loading");
    }
  }

  const soon = () => { clearTimeout(timer); timer = setTimeout(refresh, 150); };
  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
  const lang = document.getElementById("lang");
  if (lang) lang.addEventListener("change", () => {
    for (const title of form.querySelectorAll(".doc-title")) {
      const translated = title.dataset["title" + lang.value.charAt(0).toUpperCase() + lang.value.slice(1)];
      if (translated) title.textContent = translated;
    }
  });
  refresh();
}

function showProblems(form, errors) {
  for (const old of form.querySelectorAll(".field-problem.live")) old.remove();
  for (const [name, message] of Object.entries(errors)) {
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!input) continue;
    const note = document.createElement("p");
    note.className = "field-problem live";
    note.textContent = message;
    (input.closest(".field") || input.closest("fieldset")).append(note);
  }
}

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function colours() {
  for (const picker of document.querySelectorAll("input[data-mirrors]")) {
    const text = document.getElementById(picker.dataset.mirrors);
    const shown = document.getElementById(text.dataset.contrast);
    const check = () => {
      const value = text.value.trim();
      if (!/^#[0-9a-fA-F]{6}$/.test(value)) {
        shown.textContent = "Use a colour code like #2f6b66";
        shown.className = "contrast low";
        return;
      }
      picker.value = value.toLowerCase();
      const ratio = 1.05 / (luminance(value) + 0.05);
      const needs = parseFloat(text.dataset.needs);  // 4.5:1 for text, 3:1 for lines and boxes
      const readable = ratio >= needs;
      const use = needs > 3 ? "text" : "lines and boxes";
      shown.textContent = `Contrast on white ${ratio.toFixed(1)}:1 — ` + (readable ? `clear for ${use}` :
        needs > 3 ? "too light for text; headings will use a darker shade" : "faint; choose a darker shade");
      shown.className = "contrast " + (readable ? "ok" : "low");
    };
    picker.addEventListener("input", () => { text.value = picker.value; check(); });
    text.addEventListener("input", check);
    check();
  }
}

function progress() {
  const job = document.getElementById("job");
  if (!job) return;
  const bar = document.getElementById("job-progress");
  const count = document.getElementById("job-count");
  async function poll() {
    const response = await fetch(job.dataset.status);
    if (!response.ok) return;
    const state = await response.json();
    bar.max = state.total || 1;
    bar.value = state.done;
    count.textContent = state.finished ? `Done: ${state.built} packet${state.built === 1 ? "" : "s"} made.`
      : state.total ? `${state.done} of ${state.total} packets made` : "Checking the roster…";
    if (state.error) {
      const box = document.getElementById("job-error");
      box.querySelector("pre").textContent = state.error;
      box.hidden = false;
    }
    if (state.failed.length) {
      const box = document.getElementById("job-failed");
      box.querySelector("ul").replaceChildren(...state.failed.map((line) => {
        const item = document.createElement("li");
        item.textContent = line;
        return item;
      }));
      box.hidden = false;
    }
    if (state.finished) {
      document.getElementById("job-download").hidden = !state.built;
      return;
    }
    setTimeout(poll, 400);
  }
  poll();
}

document.addEventListener("DOMContentLoaded", () => { makePreview(); colours(); progress(); });
