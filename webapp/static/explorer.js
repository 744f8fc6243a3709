/* Témoin explorer: draws the pyvis-generated data with vis-network and wires the controls.
 *
 * Globals, as pyvis's own template has them: `network`, `nodes`, `edges`.
 * Safety: nothing from the graph is ever parsed as HTML. Every text goes through
 * textContent / createTextNode; tooltips are DOM elements filled with textContent.
 */
"use strict";

var network = null;
var nodes = null;
var edges = null;

var Temoin = (function () {
  const $ = (id) => document.getElementById(id);
  const API = document.body.dataset.api.replace(/\/$/, "");
  const API_GRAPH = document.body.dataset.apiGraph;
  const RELATIONS = document.body.dataset.relations;
  // Set only when this server takes corrections (not with --read-only).
  const CORRECTIONS = document.body.dataset.corrections || "";
  const CONTRADICTED_TITLE = "Contredit : affirmé dans un article, démenti dans un autre";
  const STEP = 300;
  // Labels keep one size on screen whatever the zoom (canvas size = screen size / scale), so
  // zooming in makes room for more of them; a label is drawn only where it overlaps no other.
  const NODE_FONT_PX = 13;
  const EDGE_FONT_PX = 12;
  const FIT_PAD = 14;
  // A hidden label: vis-network ignores an update to "" (it keeps the old text), so a label
  // is hidden by replacing it with a blank.
  const NO_LABEL = " ";
  const NARROW = window.matchMedia("(max-width: 760px)");
  const TYPE_NAMES = {};
  let meta = JSON.parse($("graph-meta").textContent);
  meta.types.forEach((t) => { TYPE_NAMES[t.type] = t.name; });
  let state = readState(location.search);
  let lastView = null;
  let panelToken = 0;
  let viewToken = 0;
  let version = 0;
  let userMoved = false;
  let labelsQueued = false;
  let hovered = { node: null, edge: null };
  let viewCentre = null;
  let fontScale = null;  // the scale the label sizes were last set for
  const measureCtx = document.createElement("canvas").getContext("2d");
  const textWidths = new Map();

  /* ---------------------------------------------------------------- DOM helpers */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  function tooltip(text) {
    const div = document.createElement("div");
    div.className = "tip";
    div.textContent = String(text);
    return div;
  }
  function typeBadge(type) {
    return h("span", { class: "badge type type-" + type, title: type }, TYPE_NAMES[type] || type);
  }
  function contradictedBadge() {
    return h("span", { class: "badge contradicted", title: CONTRADICTED_TITLE }, "contredit");
  }

  /* ---------------------------------------------------------------- URL state */
  function readState(search) {
    const p = new URLSearchParams(search);
    return {
      type: p.getAll("type").flatMap((t) => t.split(",")).filter(Boolean),
      relation: p.getAll("relation"),
      article: p.getAll("article"),
      min_sources: p.get("min_sources") || "",
      from: p.get("from") || "",
      to: p.get("to") || "",
      asserted: p.get("asserted") === "1",
      q: p.get("q") || "",
      focus: p.get("focus") || "",
      depth: p.get("depth") || "1",
      limit: p.get("limit") || "",
      node: p.get("node") || "",
      edge: p.get("edge") || "",
      isolated: p.get("isolated") === "1",
    };
  }
  function viewQuery(s) {
    const p = new URLSearchParams();
    s.type.forEach((t) => p.append("type", t));
    s.relation.forEach((r) => p.append("relation", r));
    s.article.forEach((a) => p.append("article", a));
    if (s.min_sources && s.min_sources !== "1") p.set("min_sources", s.min_sources);
    if (s.from) p.set("from", s.from);
    if (s.to) p.set("to", s.to);
    if (s.asserted) p.set("asserted", "1");
    if (s.q) p.set("q", s.q);
    if (s.focus) { p.set("focus", s.focus); p.set("depth", s.depth || "1"); }
    if (s.limit) p.set("limit", s.limit);
    return p;
  }
  function pageQuery(s) {
    const p = viewQuery(s);
    if (s.node) p.set("node", s.node);
    if (s.edge) p.set("edge", s.edge);
    if (s.isolated) p.set("isolated", "1");
    return p;
  }
  function saveUrl(push) {
    const q = pageQuery(state).toString();
    const url = location.pathname + (q ? "?" + q : "");
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    const vq = viewQuery(state).toString();
    $("json-link").href = API_GRAPH + (vq ? "?" + vq : "");
    const rq = viewQuery(state);
    rq.delete("limit");
    $("relations-link").href = RELATIONS + (rq.toString() ? "?" + rq.toString() : "");
  }

  /* ---------------------------------------------------------------- graph */
  // Each node and edge keeps its text in `name`; `label` is what vis-network draws, blank
  // while hidden. A node is "isolated" when no edge of the view touches it.
  function prepare(data) {
    const degree = new Map();
    data.edges.forEach((e) => {
      degree.set(e.from, (degree.get(e.from) || 0) + 1);
      degree.set(e.to, (degree.get(e.to) || 0) + 1);
    });
    data.nodes.forEach((n) => {
      if (n.title) n.title = tooltip(n.title);
      n.name = n.label;
      n.label = NO_LABEL;
      n.degree = degree.get(n.id) || 0;
    });
    data.edges.forEach((e) => {
      if (e.title) e.title = tooltip(e.title);
      e.name = e.label;
      e.label = NO_LABEL;
    });
    // The server lays the graph out for a wide screen (components packed in rows); on a
    // window taller than wide, the drawing is transposed so that it fills the height.
    if (window.innerHeight > 1.2 * window.innerWidth) {
      const xs = data.nodes.map((n) => n.x), ys = data.nodes.map((n) => n.y);
      if (Math.max(...xs) - Math.min(...xs) > Math.max(...ys) - Math.min(...ys)) {
        data.nodes.forEach((n) => { const x = n.x; n.x = n.y; n.y = x; });
      }
    }
    return data;
  }
  // Unconnected nodes are left out unless asked for (« N entités sans relation »); the focus
  // and the selected node are always drawn.
  function drawnNodes(data) {
    return data.nodes.filter((n) => state.isolated || n.degree > 0 ||
      n.id === state.focus || n.id === state.node);
  }
  function isolatedCount(data) {
    return data.nodes.filter((n) => n.degree === 0).length;
  }
  function syncIsolated() {
    if (!lastView) return;
    const want = new Set(drawnNodes(lastView).map((n) => n.id));
    const have = new Set(nodes.getIds());
    const remove = [...have].filter((id) => !want.has(id));
    const add = lastView.nodes.filter((n) => want.has(n.id) && !have.has(n.id));
    if (remove.length) nodes.remove(remove);
    if (add.length) nodes.add(add.map((n) => Object.assign({}, n, { label: NO_LABEL })));
  }
  function showCount(data) {
    const more = data.total_nodes - data.shown_nodes;
    $("count").textContent = data.shown_nodes === data.total_nodes
      ? `${data.shown_nodes} entités · ${data.shown_edges} relations`
      : `${data.shown_nodes} entités sur ${data.total_nodes} (les plus reliées)`;
    $("show-more").hidden = more <= 0 || more <= STEP;
    $("show-more").textContent = `+${Math.min(STEP, more)}`;
    $("show-all").hidden = more <= 0;
    $("show-all").textContent = `Tout afficher (${data.total_nodes})`;
    const lonely = isolatedCount(data);
    $("isolated-toggle").hidden = lonely === 0;
    $("f-isolated").checked = state.isolated;
    $("isolated-label").textContent = lonely === 1 ? "1 entité sans relation"
      : `${lonely} entités sans relation`;
    const msg = $("message");
    if (data.shown_nodes === 0) {
      msg.textContent = "Aucune entité ne correspond à ces filtres.";
      msg.hidden = false;
    } else {
      msg.hidden = true;
    }
  }
  function markReady() {
    version += 1;
    document.body.dataset.version = String(version);
    document.body.dataset.ready = "1";
  }

  /* Label sizes and the view. */
  function textWidth(text, px) {
    px = px || NODE_FONT_PX;
    const key = px + "|" + text;
    let w = textWidths.get(key);
    if (w === undefined) {
      measureCtx.font = `${px}px ${fontFace()}`;
      w = measureCtx.measureText(text).width;
      textWidths.set(key, w);
    }
    return w;
  }
  // Where vis-network centres an edge's horizontal label: the middle of the drawn line (of the
  // curve, for the curved edges between two nodes linked twice).
  function edgeMiddle(e, pos) {
    const drawn = network.body.edges[e.id];
    if (drawn && drawn.edgeType && typeof drawn.edgeType.getPoint === "function") {
      return network.canvasToDOM(drawn.edgeType.getPoint(0.5));
    }
    const a = pos[e.from], b = pos[e.to];
    return network.canvasToDOM({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }
  function fontFace() {
    const o = lastView && lastView.options && lastView.options.nodes && lastView.options.nodes.font;
    return (o && o.face) || "sans-serif";
  }
  // The box a node's label takes on screen: vis-network hangs the text, centred, half a line
  // plus 4 canvas units under the shape. Padded by the white stroke around the letters.
  function labelBox(p, size, text, scale) {
    const w = textWidth(text) + 4;
    const top = p.y + (size + 4) * scale + NODE_FONT_PX / 2 - 2;
    return { left: p.x - w / 2, right: p.x + w / 2, top: top, bottom: top + NODE_FONT_PX + 4 };
  }
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  function stageSize() {
    const c = $("mynetwork");
    return { w: c.clientWidth, h: c.clientHeight };
  }
  // The toggle of unconnected nodes sits on the canvas's bottom left corner: its box in the
  // canvas's pixels, or null when it is hidden.
  function toggleBox() {
    const t = $("isolated-toggle");
    if (t.hidden) return null;
    const c = $("mynetwork").getBoundingClientRect(), r = t.getBoundingClientRect();
    return { owner: "toggle", left: r.left - c.left - 4, right: r.right - c.left + 4,
      top: r.top - c.top - 4, bottom: r.bottom - c.top + 4 };
  }
  // Fit the drawn nodes (or only those of `only`), their shapes and labels, inside the canvas
  // with a margin: the largest scale at which the extents fit, then centre them (vis's own
  // fit ignores labels that keep their screen size).
  function fitView(only) {
    const ids = only ? only.filter((id) => nodes.get(id)) : nodes.getIds();
    const { w, h } = stageSize();
    if (!ids.length || w < 10 || h < 10) return;
    const pos = network.getPositions(ids);
    // a label wider than a third of the canvas does not shrink the whole graph: it is drawn
    // when the reader zooms in (never cut: the labels are chosen inside the canvas)
    const maxHalf = (w - 2 * FIT_PAD) / 6;
    const items = ids.map((id) => {
      const n = nodes.get(id);
      return {
        x: pos[id].x, y: pos[id].y, r: n.size || 10,
        half: Math.min(textWidth(n.name) / 2 + 2, maxHalf),
      };
    });
    const extent = (s) => {
      let l = Infinity, r = -Infinity, t = Infinity, b = -Infinity;
      for (const it of items) {
        const hw = Math.max(it.r * s, it.half);
        l = Math.min(l, it.x * s - hw);
        r = Math.max(r, it.x * s + hw);
        t = Math.min(t, it.y * s - it.r * s);
        b = Math.max(b, it.y * s + (it.r + 4) * s + 1.5 * NODE_FONT_PX + 2);
      }
      return { l, r, t, b };
    };
    const toggle = toggleBox();
    const below = toggle ? h - toggle.top : 0;  // kept free for the toggle
    const fits = (s) => {
      const e = extent(s);
      return e.r - e.l <= w - 2 * FIT_PAD && e.b - e.t <= h - 2 * FIT_PAD - below;
    };
    let lo = 0.02, hi = 1.5;
    if (fits(hi)) lo = hi;
    else {
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) lo = mid; else hi = mid;
      }
    }
    const e = extent(lo);
    network.moveTo({
      position: { x: (e.l + e.r) / 2 / lo, y: ((e.t + e.b) / 2 + below / 2) / lo }, scale: lo,
      animation: false,
    });
    userMoved = false;
    refreshLabels();
  }
  function scheduleLabels() {
    if (labelsQueued) return;
    labelsQueued = true;
    requestAnimationFrame(() => { labelsQueued = false; refreshLabels(); });
  }
  // Give labels their screen size, then choose which labels to draw, greedily in this order:
  // the selected node, the selected edge, the selection's edges supported by the most
  // articles, the selected node's neighbours, then the most connected nodes. A label is drawn
  // only if it lies wholly in the canvas and covers no label kept before it nor the shape of
  // a node ranked before it. The hovered node's or edge's label is drawn anyway.
  function refreshLabels() {
    if (!network) return;
    const scale = network.getScale();
    if (scale !== fontScale) {
      network.setOptions({
        nodes: { font: { size: NODE_FONT_PX / scale, strokeWidth: 4 / scale } },
        edges: { font: { size: EDGE_FONT_PX / scale, strokeWidth: 4 / scale, align: "horizontal" } },
      });
      fontScale = scale;
    }
    const { w, h } = stageSize();
    const selNodes = new Set(network.getSelectedNodes());
    const selEdges = new Set(network.getSelectedEdges());
    const near = new Set();
    edges.forEach((e) => {
      if (selEdges.has(e.id)) { near.add(e.from); near.add(e.to); }
    });
    const ids = nodes.getIds();
    const pos = network.getPositions(ids);
    const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const rank = (n) => (selNodes.has(n.id) ? 2 : near.has(n.id) ? 1 : 0);
    const order = nodes.get().sort((a, b) => rank(b) - rank(a) || b.degree - a.degree ||
      (b.size || 0) - (a.size || 0) || byName(a, b));
    const isSelEdge = (e) => (e.triple && e.triple.join("/") === state.edge ? 1 : 0);
    const edgeOrder = edges.get({ filter: (e) => selEdges.has(e.id) && e.name && pos[e.from] && pos[e.to] })
      .sort((a, b) => isSelEdge(b) - isSelEdge(a) || (b.width || 1) - (a.width || 1) || byName(a, b));
    const candidates = [];
    const nodeCandidate = (n) => {
      const p = network.canvasToDOM(pos[n.id]);
      const r = (n.size || 10) * scale;
      const box = labelBox(p, n.size || 10, n.name, scale);
      const shape = { left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r };
      box.owner = shape.owner = n.id;
      return { node: n.id, boxes: [box, shape] };
    };
    const edgeCandidate = (e) => {
      const m = edgeMiddle(e, pos);
      const half = textWidth(e.name, EDGE_FONT_PX) / 2 + 2;
      return { edge: e.id, boxes: [{ owner: e.id, left: m.x - half, right: m.x + half,
        top: m.y - EDGE_FONT_PX / 2 - 3, bottom: m.y + EDGE_FONT_PX / 2 + 3 }] };
    };
    order.filter((n) => rank(n) === 2).forEach((n) => candidates.push(nodeCandidate(n)));
    edgeOrder.forEach((e) => candidates.push(edgeCandidate(e)));
    order.filter((n) => rank(n) < 2).forEach((n) => candidates.push(nodeCandidate(n)));
    // the boxes kept so far, in a grid of 64 px cells; every node's shape in another, as edges
    // are drawn under the nodes: an edge label goes where no node hides it
    const grid = new Map();
    const shapes = new Map();
    const cells = (b, fn) => {
      for (let i = Math.floor(b.left / 64); i <= Math.floor(b.right / 64); i++) {
        for (let j = Math.floor(b.top / 64); j <= Math.floor(b.bottom / 64); j++) {
          if (fn(i + "," + j)) return true;
        }
      }
      return false;
    };
    const putIn = (g, b) => cells(b, (k) => { (g.get(k) || g.set(k, []).get(k)).push(b); });
    const hitsIn = (g, b) => cells(b, (k) => (g.get(k) || []).some((o) => o.owner !== b.owner &&
      overlaps(o, b)));
    const put = (b) => putIn(grid, b);
    const hits = (b) => hitsIn(grid, b);
    candidates.forEach((c) => { if (c.node !== undefined) putIn(shapes, c.boxes[1]); });
    const toggle = toggleBox();
    if (toggle) put(toggle);
    const shown = new Set();
    const shownEdges = new Set();
    for (const c of candidates) {
      const [label, shape] = c.boxes;
      const inside = label.left >= 0 && label.top >= 0 && label.right <= w && label.bottom <= h;
      if (inside && !c.boxes.some(hits) && (c.node !== undefined || !hitsIn(shapes, label))) {
        c.boxes.forEach(put);
        if (c.node !== undefined) shown.add(c.node); else shownEdges.add(c.edge);
      } else if (shape && !hits(shape)) put(shape);
    }
    if (hovered.node) shown.add(hovered.node);
    if (hovered.edge) shownEdges.add(hovered.edge);
    const nodeChanges = [];
    nodes.forEach((n) => {
      const label = shown.has(n.id) ? n.name : NO_LABEL;
      if (n.label !== label) nodeChanges.push({ id: n.id, label: label });
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    const edgeChanges = [];
    edges.forEach((e) => {
      const label = shownEdges.has(e.id) ? e.name : NO_LABEL;
      if (e.label !== label) edgeChanges.push({ id: e.id, label: label });
    });
    if (edgeChanges.length) edges.update(edgeChanges);
    document.body.dataset.labels = String(shown.size + shownEdges.size);
  }
  // The selected node and its neighbours.
  function neighbourhood(id) {
    return [id, ...network.getConnectedNodes(id)];
  }
  // The container changed size (the side panel opened or closed, the window turned): refit,
  // to the selected node and its neighbours when there is one (so that its edges' labels have
  // room), or keep the point the reader was looking at in the middle if they moved the view.
  function onResize() {
    if (!network) return;
    const centre = viewCentre;
    network.setSize("100%", "100%");
    network.redraw();
    const selected = network.getSelectedNodes();
    if (!userMoved && selected.length === 1 && !$("panel").hidden) {
      fitView(neighbourhood(selected[0]));
    } else if (!userMoved || !centre) fitView();
    else {
      network.moveTo({ position: centre, scale: network.getScale(), animation: false });
      refreshLabels();
    }
  }
  function wireNetwork() {
    network.on("click", onClick);
    network.on("zoom", () => { userMoved = true; scheduleLabels(); });
    network.on("dragEnd", (p) => { if (!p.nodes.length) userMoved = true; scheduleLabels(); });
    network.on("animationFinished", scheduleLabels);
    network.on("hoverNode", (p) => { hovered.node = p.node; scheduleLabels(); });
    network.on("blurNode", () => { hovered.node = null; scheduleLabels(); });
    network.on("hoverEdge", (p) => { hovered.edge = p.edge; scheduleLabels(); });
    network.on("blurEdge", () => { hovered.edge = null; scheduleLabels(); });
    network.on("afterDrawing", () => { viewCentre = network.getViewPosition(); });
    let queued = false;
    new ResizeObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; onResize(); });
    }).observe($("mynetwork"));
  }
  function draw(data) {
    lastView = prepare(data);
    nodes = new vis.DataSet(drawnNodes(data));
    edges = new vis.DataSet(data.edges);
    const container = $("mynetwork");
    network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
    wireNetwork();
    showCount(data);
    fitView();
    network.once("afterDrawing", markReady);
    network.redraw();
  }
  async function loadView() {
    const token = ++viewToken;
    const q = viewQuery(state).toString();
    let res;
    try {
      res = await fetch(API_GRAPH + (q ? "?" + q : ""), { headers: { Accept: "application/json" } });
    } catch (err) {
      return showMessage("Le serveur ne répond pas.");
    }
    const data = await res.json();
    if (token !== viewToken) return;
    if (!res.ok) return showMessage(data.reason || "Requête refusée.");
    lastView = prepare(data);
    network.setOptions(data.options);
    fontScale = null;
    nodes.clear();
    edges.clear();
    nodes.add(drawnNodes(data));
    edges.add(data.edges);
    showCount(data);
    reselect();
    fitView();
    network.once("afterDrawing", markReady);
    network.redraw();
  }
  function setIsolated(show) {
    state.isolated = show;
    saveUrl(true);
    syncIsolated();
    if (lastView) showCount(lastView);
    fitView();
    network.once("afterDrawing", markReady);
    network.redraw();
  }
  function showMessage(text) {
    const msg = $("message");
    msg.textContent = text;
    msg.hidden = false;
    markReady();
  }
  function reselect() {
    if (state.node && nodes.get(state.node)) network.selectNodes([state.node]);
    else if (state.edge) {
      const e = findEdge(state.edge.split("/"));
      if (e) network.selectEdges([e.id]); else network.unselectAll();
    } else network.unselectAll();
    scheduleLabels();
  }
  function findEdge(triple) {
    const key = triple.join("/");
    const found = edges.get({ filter: (e) => (e.triples || (e.triple ? [e.triple] : []))
      .some((t) => t.join("/") === key) });
    return found.length ? found[0] : null;
  }
  function onClick(params) {
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) {
      const e = edges.get(params.edges[0]);
      if (e && e.triple) selectEdge(e.triple);
    } else closePanel();
  }
  /* ---------------------------------------------------------------- panel */
  function openPanel(children) {
    const body = $("panel-body");
    body.replaceChildren(...children);
    $("panel").hidden = false;
    $("panel").scrollTop = 0;
  }
  function closePanel() {
    $("panel").hidden = true;
    panelToken++;
    if (state.node || state.edge) {
      state.node = "";
      state.edge = "";
      saveUrl(true);
    }
    if (network) { network.unselectAll(); scheduleLabels(); }
  }
  async function fetchJson(url) {
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    let data = null;
    try { data = await res.json(); } catch (err) { data = { reason: res.statusText }; }
    return { ok: res.ok, status: res.status, data: data };
  }
  function segmentsTo(parent, segs) {
    for (const seg of segs) {
      if (seg.mark) parent.appendChild(h("mark", { class: seg.mark }, seg.text));
      else parent.appendChild(document.createTextNode(seg.text));
    }
    return parent;
  }
  function nodeLink(ref) {
    return h("a", {
      class: "node-link", href: "/?node=" + encodeURIComponent(ref.id), dataset: { node: ref.id },
      onclick: (ev) => { ev.preventDefault(); selectNode(ref.id, { center: true }); },
    }, ref.label);
  }
  async function selectNode(id, opts) {
    opts = opts || {};
    const token = ++panelToken;
    state.node = id;
    state.edge = "";
    if (!opts.noUrl) saveUrl(true);
    syncIsolated();
    if (nodes.get(id)) {
      network.selectNodes([id]);
      if (opts.center) network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 350 } });
    } else {
      network.unselectAll();
    }
    scheduleLabels();
    openPanel([h("p", { class: "loading" }, "Chargement…")]);
    const { ok, data } = await fetchJson(API + "/nodes/" + encodeURIComponent(id));
    if (token !== panelToken) return;
    if (!ok) return openPanel([h("h2", {}, "Introuvable"), h("p", {}, data.reason || "")]);
    openPanel(renderNode(data));
    $("panel").dataset.kind = "node";
    $("panel").dataset.id = id;
  }
  function renderNode(d) {
    const out = [];
    out.push(typeBadge(d.type));
    out.push(h("h2", { class: "title" }, d.label));
    if (d.aliases.length) {
      out.push(h("p", { class: "aliases" }, "Aussi : ", d.aliases.map((a, i) => [
        i ? " · " : null, h("span", { class: "alias" }, a)])));
    }
    if (d.parts && d.parts.length) {
      out.push(h("p", { class: "parts", title: "Organes nommés avec cette entité" }, "Inclut : " + d.parts.join(" · ")));
    }
    out.push(h("p", { class: "muted small" },
      `${d.mentions} mention(s) · ${d.article_count ?? d.articles.length} article(s) · ${d.degree} relation(s)`));
    const inView = !!nodes.get(d.id);
    out.push(h("div", { class: "actions" },
      h("button", { type: "button", class: "btn small", onclick: () => setFocus(d.id) },
        state.focus === d.id ? "Voisinage affiché" : "Afficher son voisinage"),
      inView ? null : h("span", { class: "muted small" }, "(hors de la vue actuelle)")));
    if (CORRECTIONS) out.push(nodeCorrections(d));
    for (const [dir, title] of [["out", "Relations sortantes"], ["in", "Relations entrantes"]]) {
      const groups = d.relations[dir];
      if (!groups.length) continue;
      const count = groups.reduce((n, g) => n + g.count, 0);
      out.push(h("h3", {}, `${title} (${count})`));
      const ul = h("ul", { class: "relations " + dir });
      for (const g of groups) {
        for (const e of g.edges) {
          const rel = h("a", {
            class: "rel-name", href: "#", title: "Voir les preuves",
            onclick: (ev) => { ev.preventDefault(); selectEdge([e.source, e.relation, e.target]); },
          }, e.relation);
          const other = nodeLink(e.other);
          ul.appendChild(h("li", { class: e.contradicted ? "contradicted" : null },
            dir === "out" ? [rel, h("span", { class: "arrow" }, "→"), other]
              : [other, h("span", { class: "arrow" }, "→"), rel],
            h("span", { class: "muted small" }, ` ${e.sources} art.` + (e.dashed ? " · incertain" : "")),
            e.contradicted ? [" ", contradictedBadge()] : null));
        }
        if (g.count > g.edges.length) {
          ul.appendChild(h("li", { class: "muted small" }, `… et ${g.count - g.edges.length} autres « ${g.relation} »`));
        }
      }
      out.push(ul);
    }
    const total = d.quote_count ?? d.quotes.reduce((n, g) => n + g.quotes.length, 0);
    out.push(h("h3", {}, `Citations (${total})`));
    const list = h("div", { class: "quote-list" });
    const render = (q) => renderQuote(q, []);
    appendQuotes(list, d.quotes, render);
    out.push(list);
    if (d.more_quotes > 0) out.push(moreQuotesButton(list, d, "quotes", render));
    return out;
  }
  /* Quotes come a page at a time (the API caps them); an article's quotes that straddle
   * two pages join the section already shown for it. */
  function appendQuotes(list, groups, render) {
    for (const g of groups) {
      let section = [...list.children].find((s) => s.dataset.article === g.id);
      if (!section) {
        section = h("section", { class: "quote-group", dataset: { article: g.id } });
        section.appendChild(h("h4", { class: "article-title" },
          h("a", { href: "/articles/" + encodeURIComponent(g.id) }, g.title), articleMeta(g)));
        list.appendChild(section);
      }
      for (const q of g.quotes) section.appendChild(render(q, g));
    }
  }
  function moreQuotesButton(list, page, field, render) {
    const button = h("button", { type: "button", class: "btn small more-quotes" },
      `${page.more_quotes} citation(s) de plus…`);
    let next = page.more_url;
    button.addEventListener("click", async () => {
      const token = panelToken;
      button.disabled = true;
      const { ok, data } = await fetchJson(next);
      if (token !== panelToken) return;
      button.disabled = false;
      if (!ok) { button.textContent = data.reason || "Erreur"; return; }
      appendQuotes(list, data[field], render);
      next = data.more_url;
      if (data.more_quotes > 0) button.textContent = `${data.more_quotes} citation(s) de plus…`;
      else button.remove();
    });
    return h("p", {}, button);
  }
  // The source and date of a quote's article (« Le Courrier du Val · 5 mars 2024 »).
  function articleMeta(g) {
    const parts = [g.source, g.date_fr || g.date].filter(Boolean);
    return parts.length ? h("span", { class: "article-meta" }, " — " + parts.join(" · ")) : null;
  }
  function renderQuote(q, extra) {
    return h("blockquote", { class: "quote", dataset: { sentence: q.sentence, start: q.start, end: q.end } },
      segmentsTo(h("p", { class: "quote-text" }), q.segments),
      h("div", { class: "quote-meta" }, extra,
        h("a", { class: "quote-link", href: q.url }, `Lire dans l'article (phrase ${q.sentence + 1}) →`)));
  }
  async function selectEdge(triple) {
    const token = ++panelToken;
    state.edge = triple.join("/");
    state.node = "";
    saveUrl(true);
    const e = findEdge(triple);
    if (e) network.selectEdges([e.id]); else network.unselectAll();
    scheduleLabels();
    openPanel([h("p", { class: "loading" }, "Chargement…")]);
    // a family drawn as one edge: its panel lists each relation with its quotes
    const triples = e && e.triples ? e.triples : [triple];
    const answers = await Promise.all(triples.map((t) =>
      fetchJson(API + "/edges/" + t.map(encodeURIComponent).join("/"))));
    if (token !== panelToken) return;
    const bad = answers.find((a) => !a.ok);
    if (bad) return openPanel([h("h2", {}, "Introuvable"), h("p", {}, bad.data.reason || "")]);
    openPanel(triples.length > 1 ? renderFamily(e, answers.map((a) => a.data))
      : renderEdge(answers[0].data));
    $("panel").dataset.kind = triples.length > 1 ? "family" : "edge";
    $("panel").dataset.id = state.edge;
  }
  function renderFamily(e, details) {
    const first = details[0];
    const out = [];
    out.push(h("p", { class: "badges" }, h("span", { class: "badge" }, "Famille de relations")));
    out.push(h("h2", { class: "title" }, nodeLink(first.source), h("span", { class: "arrow" }, " → "),
      h("span", { class: "rel-name family-name" }, e.family), h("span", { class: "arrow" }, " → "),
      nodeLink(first.target)));
    out.push(h("p", { class: "muted small" }, `${details.length} relations de la même classe : ` +
      details.map((d) => d.relation).join(", ")));
    for (const d of details) {
      const section = h("section", { class: "family-member", dataset: { relation: d.relation } });
      section.append(...renderEdge(d, true));
      out.push(section);
    }
    return out;
  }
  function renderEdge(d, member) {
    const out = [];
    const triple = [d.source.id, d.relation, d.target.id];
    if (member) {
      out.push(h("h3", { class: "member-title" }, h("span", { class: "rel-name" }, d.relation),
        d.status ? [" ", h("span", { class: "badge status m-" + d.status }, d.status_fr || d.status)] : null,
        d.contradicted ? [" ", contradictedBadge()] : null));
    } else {
      out.push(h("p", { class: "badges" }, h("span", { class: "badge" }, "Relation"),
        d.status ? [" ", h("span", { class: "badge status m-" + d.status, title: "Statut le plus fort parmi les citations" },
          d.status_fr || d.status)] : null,
        d.contradicted ? [" ", contradictedBadge()] : null));
      out.push(h("h2", { class: "title" }, nodeLink(d.source), h("span", { class: "arrow" }, " → "),
        h("span", { class: "rel-name" }, d.relation), h("span", { class: "arrow" }, " → "), nodeLink(d.target)));
    }
    out.push(h("p", { class: "muted small" },
      `${d.sources} article(s) source(s)` +
      (d.copies > d.sources ? ` · ${d.copies} copies` : "") +
      (d.dashed ? " · affirmation incertaine (alléguée, démentie ou hypothétique)" : "")));
    if (CORRECTIONS) {
      out.push(h("div", { class: "corrections-actions" }, h("button", {
        type: "button", class: "btn small hide-edge", title: "Mauvaise lecture : masquer cette relation",
        onclick: () => correct({ op: "hide_edge", edge: triple }),
      }, member ? `Masquer « ${d.relation} »` : "Masquer la relation")));
    }
    if (!member) {
      out.push(h("p", { class: "small legend-marks" }, h("mark", { class: "source" }, "sujet"), " ",
        h("mark", { class: "verb" }, "prédicat"), " ", h("mark", { class: "target" }, "objet")));
    }
    const total = d.quote_count ?? d.evidence.reduce((n, g) => n + g.quotes.length, 0);
    out.push(h(member ? "h4" : "h3", {}, `Preuves (${total})`));
    const list = h("div", { class: "quote-list" });
    const render = (q, g) => {
      const extra = [h("span", { class: "badge modality m-" + q.modality, title: q.modality }, q.modality_fr)];
      if (q.attributed_to) extra.push(h("span", { class: "attribution" }, "Source : ", nodeLink(q.attributed_to)));
      if (CORRECTIONS && g) {
        extra.push(h("button", {
          type: "button", class: "btn tiny hide-quote", title: "Cette phrase ne dit pas cette relation",
          onclick: () => correct({ op: "hide_quote", edge: triple, article: g.id, start: q.start }),
        }, "Masquer cette citation"));
      }
      return renderQuote(q, extra);
    };
    appendQuotes(list, d.evidence, render);
    out.push(list);
    if (d.more_quotes > 0) out.push(moreQuotesButton(list, d, "evidence", render));
    return out;
  }

  /* ---------------------------------------------------------------- corrections */
  let csrf = null;
  async function csrfToken() {
    if (csrf) return csrf;
    const { ok, data } = await fetchJson(API + "/csrf");
    if (ok && data.token) csrf = data.token;
    return csrf;
  }
  function flash(children) {
    const f = $("flash");
    f.replaceChildren(...children);
    f.hidden = false;
  }
  // Send a correction; the server applies it to the graph at once. The view is reloaded and
  // the node it leaves (the merged one, the new one of a split) selected; « Annuler » undoes.
  // POST to the server with the session's CSRF token; a token the server no longer knows
  // (it was restarted) is fetched again once.
  async function post(url, body, again) {
    const token = await csrfToken();
    const res = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: Object.assign({ Accept: "application/json", "X-CSRF-Token": token || "" },
        body === undefined ? {} : { "Content-Type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({ reason: res.statusText }));
    if (res.status === 403 && !again && /CSRF/.test(data.reason || "")) {
      csrf = null;
      return post(url, body, true);
    }
    return { res, data };
  }
  async function correct(body) {
    let res, data;
    try {
      ({ res, data } = await post(API + "/corrections", body));
    } catch (err) {
      flash([h("span", {}, "Le serveur ne répond pas.")]);
      return null;
    }
    if (!res.ok) {
      flash([h("span", { class: "error" }, "Correction refusée : " + (data.reason || res.statusText))]);
      return null;
    }
    flash([h("span", {}, "Corrigé : " + data.correction.description + ". "),
      h("button", { type: "button", class: "btn small undo-last", onclick: () => undo(data.undo) }, "Annuler"),
      " ", h("a", { href: "/corrections" }, "Toutes les corrections")]);
    const select = data.select;
    if (state.focus && (state.focus === body.node || state.focus === body.into)) {
      state.focus = select || "";
      saveUrl(false);
      syncControls();
    }
    await loadView();
    if (select) await selectNode(select, { noUrl: false });
    else if (body.op === "hide_quote" && findEdge(body.edge)) await selectEdge(body.edge);
    else closePanel();
    return data;
  }
  async function undo(url) {
    let res, data;
    try {
      ({ res, data } = await post(url));
    } catch (err) {
      return flash([h("span", {}, "Le serveur ne répond pas.")]);
    }
    if (!res.ok) return flash([h("span", { class: "error" }, "Annulation refusée : " + (data.reason || res.statusText))]);
    flash([h("span", {}, "Correction annulée.")]);
    await loadView();
    restoreSelection();
  }
  // The node panel's corrections: merge (with the search's autocomplete), rename, type, hide.
  function nodeCorrections(d) {
    const box = h("div", { class: "correction-form", hidden: true });
    const open = (children) => { box.replaceChildren(...children); box.hidden = false; };
    const mergeForm = () => {
      const input = h("input", { type: "search", class: "merge-search", autocomplete: "off", spellcheck: "false",
        placeholder: "Entité à fusionner avec celle-ci…", "aria-label": `Fusionner « ${d.label} » avec…` });
      const list = h("ul", { class: "search-results merge-results", role: "listbox", hidden: true });
      const choice = h("div", { class: "merge-choice", hidden: true });
      let timer = null, seq = 0, hits = [];
      input.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" && hits.length) { ev.preventDefault(); choose(hits[0]); }
      });
      input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const q = input.value.trim();
          const mine = ++seq;
          if (!q) { list.hidden = true; return; }
          const { ok, data } = await fetchJson(API + "/search?q=" + encodeURIComponent(q));
          if (!ok || mine !== seq) return;
          hits = data.results.filter((r) => r.id !== d.id);
          list.replaceChildren(...(hits.length ? hits.map((r) => h("li", {
            role: "option", dataset: { id: r.id },
            onmousedown: (ev) => { ev.preventDefault(); choose(r); },
          }, typeBadge(r.type), h("span", { class: "label" }, r.label),
          r.match ? h("span", { class: "alias" }, "« " + r.match + " »") : null))
            : [h("li", { class: "empty" }, "Aucun résultat")]));
          list.hidden = false;
        }, 120);
      });
      const choose = (r) => {
        list.hidden = true;
        input.value = r.label;
        const keep = (label, checked) => h("label", { class: "check" }, h("input", {
          type: "radio", name: "merge-label", value: label, checked: checked }), " « " + label + " »");
        choice.replaceChildren(
          h("p", {}, "Fusionner « ", d.label, " » dans « ", r.label, " » : une seule entité, les citations et les noms réunis."),
          h("p", { class: "small" }, "Nom gardé : ", keep(r.label, true), " ", keep(d.label, false)),
          h("button", { type: "button", class: "btn small confirm-merge", onclick: () => {
            const label = choice.querySelector("input[name=merge-label]:checked").value;
            correct({ op: "merge", node: d.id, into: r.id, label: label === r.label ? undefined : label });
          } }, "Fusionner"));
        choice.hidden = false;
      };
      open([h("div", { class: "search merge-box" }, input, list), choice]);
      input.focus();
    };
    const renameForm = () => {
      const input = h("input", { type: "text", class: "rename-input", value: d.label, "aria-label": "Nouveau nom" });
      const go = () => { if (input.value.trim() && input.value.trim() !== d.label) correct({ op: "rename", node: d.id, label: input.value.trim() }); };
      input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); go(); } });
      open([input, " ", h("button", { type: "button", class: "btn small confirm-rename", onclick: go }, "Renommer")]);
      input.focus();
      input.select();
    };
    const typeForm = () => {
      const select = h("select", { class: "type-select", "aria-label": "Type de l'entité" },
        meta.all_types.map((t) => h("option", { value: t.type, selected: t.type === d.type }, `${t.name} (${t.type})`)));
      open([select, " ", h("button", { type: "button", class: "btn small confirm-type", onclick: () => {
        if (select.value !== d.type) correct({ op: "retype", node: d.id, type: select.value });
      } }, "Changer le type")]);
    };
    const splitForm = () => {
      open([h("p", { class: "small" }, "Faire d'un de ses noms une entité à part (ses citations la suivent) :"),
        h("ul", { class: "split-list" }, d.aliases.map((a) => h("li", {},
          h("button", { type: "button", class: "btn tiny split-alias", "aria-label": `Séparer « ${a} »`,
            onclick: () => correct({ op: "split", node: d.id, alias: a }) }, "Séparer"), " « ", a, " »")))]);
    };
    const hideForm = () => {
      open([h("p", { class: "small" }, `Masquer « ${d.label} » et ses ${d.degree} relation(s) ? (annulable)`),
        h("button", { type: "button", class: "btn small confirm-hide", onclick: () => correct({ op: "hide_node", node: d.id }) },
          "Masquer")]);
    };
    return h("div", { class: "corrections-actions node-corrections" },
      h("span", { class: "muted small" }, "Corriger : "),
      h("button", { type: "button", class: "btn small merge", onclick: mergeForm }, "Fusionner avec…"),
      h("button", { type: "button", class: "btn small rename", onclick: renameForm }, "Renommer"),
      h("button", { type: "button", class: "btn small retype", onclick: typeForm }, "Type"),
      d.aliases.length ? h("button", { type: "button", class: "btn small split", onclick: splitForm },
        "Séparer un nom…") : null,
      h("button", { type: "button", class: "btn small hide-node", onclick: hideForm }, "Masquer"),
      box);
  }

  /* ---------------------------------------------------------------- filters */
  function syncControls() {
    const allTypes = state.type.length === 0;
    document.querySelectorAll("#f-types input").forEach((box) => {
      box.checked = allTypes || state.type.includes(box.value);
    });
    for (const opt of $("f-relations").options) opt.selected = state.relation.includes(opt.value);
    // a family's « toute la famille » is selected when all its verbs are
    for (const group of $("f-relations").querySelectorAll("optgroup[data-family]")) {
      const verbs = [...group.querySelectorAll("option[data-family]")];
      group.querySelector("option.family-all").selected = verbs.every((o) => o.selected);
    }
    for (const opt of $("f-articles").options) opt.selected = state.article.includes(opt.value);
    $("f-min-sources").value = state.min_sources || "1";
    $("f-from").value = state.from;
    $("f-to").value = state.to;
    $("f-asserted").checked = state.asserted;
    $("f-depth").value = state.depth || "1";
    $("focus-box").hidden = !state.focus;
    $("focus-label").textContent = state.focus ? labelOf(state.focus) : "";
  }
  function labelOf(id) {
    const n = nodes && nodes.get(id);
    if (n) return n.name;
    const hit = (lastView && lastView.nodes.find((x) => x.id === id)) || null;
    return hit ? hit.name : id;
  }
  // The relations chosen in the filter: « toute la famille » stands for every verb of it.
  function relationChoice() {
    const chosen = new Set();
    for (const opt of $("f-relations").selectedOptions) {
      if (opt.value.startsWith("family:")) {
        opt.parentElement.querySelectorAll("option[data-family]").forEach((o) => chosen.add(o.value));
      } else chosen.add(opt.value);
    }
    return [...chosen];
  }
  function applyFilters() {
    const boxes = [...document.querySelectorAll("#f-types input")];
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    state.type = checked.length === boxes.length ? [] : checked;
    state.relation = relationChoice();
    state.article = [...$("f-articles").selectedOptions].map((o) => o.value);
    const ms = parseInt($("f-min-sources").value, 10);
    state.min_sources = Number.isFinite(ms) && ms > 1 ? String(ms) : "";
    state.from = $("f-from").value;
    state.to = $("f-to").value;
    state.asserted = $("f-asserted").checked;
    state.depth = $("f-depth").value;
    state.limit = "";
    saveUrl(true);
    syncControls();
    return loadView();
  }
  function setFocus(id) {
    state.focus = id;
    state.limit = "";
    saveUrl(true);
    syncControls();
    return loadView().then(() => { if (state.node) reselect(); });
  }

  /* ---------------------------------------------------------------- search */
  let searchTimer = null;
  let searchToken = 0;
  let active = -1;
  function searchItems() { return [...$("search-results").querySelectorAll("li[data-id]")]; }
  function setActive(i) {
    const items = searchItems();
    active = items.length ? (i + items.length) % items.length : -1;
    items.forEach((li, j) => li.setAttribute("aria-selected", j === active ? "true" : "false"));
  }
  function closeSearch() {
    $("search-results").hidden = true;
    $("search").setAttribute("aria-expanded", "false");
    active = -1;
  }
  async function runSearch() {
    const q = $("search").value.trim();
    const token = ++searchToken;
    if (!q) return closeSearch();
    const { ok, data } = await fetchJson(API + "/search?q=" + encodeURIComponent(q));
    if (token !== searchToken || !ok) return;
    const list = $("search-results");
    const items = data.results.map((r, i) => h("li", {
      role: "option", id: "search-opt-" + i, "aria-selected": "false", dataset: { id: r.id },
      onmousedown: (ev) => { ev.preventDefault(); pick(r.id); },
    }, typeBadge(r.type), h("span", { class: "label" }, r.label),
    r.match ? h("span", { class: "alias" }, "« " + r.match + " »") : null));
    list.replaceChildren(...(items.length ? items : [h("li", { class: "empty" }, "Aucun résultat")]));
    list.hidden = false;
    $("search").setAttribute("aria-expanded", "true");
    active = -1;
  }
  async function pick(id) {
    closeSearch();
    $("search").value = "";
    state.focus = id;
    state.node = id;
    state.edge = "";
    state.limit = "";
    saveUrl(true);
    syncControls();
    await loadView();
    await selectNode(id, { noUrl: true });
  }

  /* ---------------------------------------------------------------- wiring */
  function wire() {
    $("panel-close").addEventListener("click", closePanel);
    $("toggle-filters").addEventListener("click", () => showFilters($("filters").hidden));
    $("f-isolated").addEventListener("change", () => setIsolated($("f-isolated").checked));
    document.querySelectorAll("#f-types input").forEach((b) => b.addEventListener("change", applyFilters));
    for (const id of ["f-relations", "f-articles", "f-min-sources", "f-from", "f-to", "f-asserted", "f-depth"]) {
      $(id).addEventListener("change", applyFilters);
    }
    $("focus-clear").addEventListener("click", () => {
      state.focus = "";
      saveUrl(true);
      syncControls();
      loadView();
    });
    $("reset").addEventListener("click", () => {
      state = readState("");
      saveUrl(true);
      syncControls();
      closePanel();
      loadView();
    });
    $("show-more").addEventListener("click", () => {
      state.limit = String((lastView ? lastView.shown_nodes : 300) + STEP);
      saveUrl(true);
      loadView();
    });
    $("show-all").addEventListener("click", () => {
      state.limit = String(lastView ? lastView.total_nodes : 100000);
      saveUrl(true);
      loadView();
    });
    const input = $("search");
    input.addEventListener("input", () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(runSearch, 120);
      const quotes = $("quotes-link");  // « Citations » searches the quotes for the same words
      if (quotes) {
        const q = input.value.trim();
        quotes.search = q ? "?q=" + encodeURIComponent(q) : "";
      }
    });
    input.addEventListener("keydown", (ev) => {
      const items = searchItems();
      if (ev.key === "ArrowDown") { ev.preventDefault(); setActive(active + 1); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); setActive(active - 1); }
      else if (ev.key === "Enter") {
        ev.preventDefault();
        const li = items[active >= 0 ? active : 0];
        if (li) pick(li.dataset.id);
      } else if (ev.key === "Escape") closeSearch();
    });
    input.addEventListener("blur", () => setTimeout(closeSearch, 150));
    window.addEventListener("popstate", () => {
      state = readState(location.search);
      syncControls();
      loadView().then(restoreSelection);
    });
  }
  // The filters column; on a phone it covers the graph, so it starts closed there.
  function showFilters(show) {
    $("filters").hidden = !show;
    $("toggle-filters").setAttribute("aria-expanded", String(show));
  }
  function restoreSelection() {
    if (state.node) selectNode(state.node, { noUrl: true });
    else if (state.edge) selectEdge(state.edge.split("/"));
    else { $("panel").hidden = true; }
  }

  function init() {
    if (NARROW.matches) showFilters(false);
    draw(JSON.parse($("graph-data").textContent));
    wire();
    syncControls();
    restoreSelection();
  }
  init();
  return { state: () => state, loadView, selectNode, selectEdge, pick };
})();
