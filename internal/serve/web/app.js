// kg explorer: draws the neighbourhood of one entity at a time from kg
// serve's JSON API and lets the reader walk on from it. The whole graph is
// never drawn: each entity brings at most "Neighbours per entity" of its
// neighbours (heaviest first, "Show more" pages on), and the drawing stops
// growing at maxNodes, so the page stays responsive on any store.
"use strict";

(() => {
  const maxNodes = 400;
  const forceLimit = 120; // entities up to which each drawing runs the force layout
  const suggestDelay = 200; // ms of quiet typing before asking for suggestions
  const labelPredicates = 2; // predicates written on an edge before "+N"
  const evidenceLimit = 100; // sentences shown for one link
  const maxListed = 50; // links listed in an entity's panel

  // Colours that stay apart for the colour-blind (Okabe and Ito), then a
  // few more for communities beyond them.
  const palette = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
    "#d55e00", "#f0e442", "#7f7f7f", "#8c564b", "#17becf", "#bcbd22", "#393b79"];
  const typeColours = { PERSON: "#56b4e9", ORG: "#e69f00", GPE: "#009e73", LOC: "#f0e442" };
  const unknownColour = "#b0b6bf";

  const $ = (id) => document.getElementById(id);
  const ui = {
    stats: $("stats"), search: $("search"), suggestions: $("suggestions"),
    searchForm: $("search-form"), predicate: $("predicate"), since: $("since"),
    until: $("until"), limit: $("limit"), apply: $("apply"), pathForm: $("path-form"),
    pathFrom: $("path-from"), pathTo: $("path-to"), gexf: $("gexf"), egoGEXF: $("ego-gexf"), fit: $("fit"),
    clear: $("clear"), legend: $("legend"), graph: $("graph"), status: $("status"),
    panelTitle: $("panel-title"), panelBody: $("panel-body"),
  };

  // ApiError carries the HTTP status and the decoded error body.
  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error) || `HTTP ${status}`);
      this.status = status;
      this.body = body || {};
    }
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== undefined && value !== null && value !== "") query.set(key, value);
    }
    const url = query.toString() ? `${path}?${query}` : path;
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  // el builds an element with text content only: names and sentences come
  // from articles and never reach innerHTML.
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function setStatus(text, isError) {
    ui.status.textContent = text;
    ui.status.classList.toggle("error", Boolean(isError));
  }

  function showPanel(title, ...children) {
    ui.panelTitle.textContent = title;
    ui.panelBody.replaceChildren(...children);
  }

  const ref = (id) => `id:${id}`;
  const nodeID = (id) => `n${id}`;

  // ---- the graph ----

  const cy = cytoscape({
    container: ui.graph,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", width: "data(size)", height: "data(size)",
        label: "data(name)", "font-size": 11, "min-zoomed-font-size": 6, "text-valign": "bottom", "text-margin-y": 3,
        "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 1, "border-color": "#445",
      } },
      { selector: "node.root", style: { "border-width": 4, "border-color": "#1d2430", "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-width": 3 } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "#9aa4b2", "curve-style": "bezier",
        label: "data(label)", "font-size": 9, "min-zoomed-font-size": 7, color: "#3b4656", "text-rotation": "autorotate",
        "text-outline-color": "#fff", "text-outline-width": 2,
        "target-arrow-color": "#9aa4b2", "source-arrow-color": "#9aa4b2", "arrow-scale": 0.9,
      } },
      { selector: "edge.forward", style: { "target-arrow-shape": "triangle" } },
      { selector: "edge.backward", style: { "source-arrow-shape": "triangle" } },
      { selector: ".path", style: {
        "line-color": "#d55e00", "target-arrow-color": "#d55e00", "source-arrow-color": "#d55e00",
        "border-color": "#d55e00", "border-width": 4, "z-index": 10,
      } },
      { selector: "edge.path", style: { width: 5 } },
      { selector: "edge:selected", style: { "overlay-color": "#e8a200", "overlay-opacity": 0.3 } },
      { selector: "node:selected", style: { "border-color": "#e8a200", "border-width": 4 } },
    ],
  });
  // A handle for scripts and tests that drive the page.
  window.kgExplorer = { cy };

  // nodes maps an entity id to what the page knows of its neighbour pages.
  const nodes = new Map();
  let hasCommunity = false;
  let hasPageRank = false;

  function entityOf(row) {
    return {
      id: row.id, name: row.name, type: row.type, mentions: row.mentions || 0,
      pagerank: row.pagerank, community: row.community,
    };
  }

  // colourOf colours by community when the store has an analysis (an
  // entity stored since has none yet: grey), else by type.
  function colourOf(data) {
    if (!hasCommunity) return typeColours[data.type] || unknownColour;
    return Number.isInteger(data.community) ? palette[Math.abs(data.community) % palette.length] : unknownColour;
  }

  // entityCount is the store's, from its statistics: PageRank times it
  // is an entity's rank against the average, 1.
  let entityCount = 1000;

  // sizeOf grows with the logarithm of PageRank against the average
  // when the store has an analysis, else of mentions, so that hubs do not
  // swamp the drawing.
  function sizeOf(data) {
    if (!hasPageRank) return Math.min(64, 12 + 6 * Math.log10(1 + (data.mentions || 0)));
    const rank = typeof data.pagerank === "number" ? data.pagerank : 0;
    return Math.min(64, 12 + 8 * Math.log2(1 + rank * entityCount));
  }

  function addNode(entity) {
    const id = nodeID(entity.id);
    if (entity.community !== undefined && entity.community !== null) hasCommunity = true;
    if (typeof entity.pagerank === "number") hasPageRank = true;
    const existing = cy.getElementById(id);
    if (existing.nonempty()) return existing;
    if (cy.nodes().length >= maxNodes) return null;
    // Colour and size are set by layout(), once all that is new is known.
    return cy.add({ group: "nodes", data: {
      id, entity: entity.id, name: entity.name, type: entity.type, mentions: entity.mentions,
      pagerank: entity.pagerank, community: entity.community, colour: unknownColour, size: 16,
    } });
  }

  // addRelations merges the relations between two entities into the one
  // edge drawn for the pair, kept from the lower id to the higher so that
  // both ends' neighbour lists find the same edge.
  function addRelations(a, b, relations) {
    const [low, high, flip] = a < b ? [a, b, false] : [b, a, true];
    const id = `e${low}-${high}`;
    let edge = cy.getElementById(id);
    if (edge.empty()) {
      if (cy.getElementById(nodeID(low)).empty() || cy.getElementById(nodeID(high)).empty()) return;
      edge = cy.add({ group: "edges", data: {
        id, source: nodeID(low), target: nodeID(high), low, high, relations: {}, label: "", width: 1,
      } });
    }
    const known = edge.data("relations");
    for (const relation of relations) {
      let direction = relation.symmetric ? "both" : relation.direction;
      if (flip && direction === "out") direction = "in";
      else if (flip && direction === "in") direction = "out";
      const name = (relation.negated ? "not " : "") + relation.predicate;
      known[`${name}|${direction}`] = { name, direction, weight: relation.weight || 1 };
    }
    const all = Object.values(known).sort((x, y) => y.weight - x.weight || x.name.localeCompare(y.name));
    const names = [...new Set(all.map((r) => r.name))];
    const label = names.slice(0, labelPredicates).join(", ") +
      (names.length > labelPredicates ? ` +${names.length - labelPredicates}` : "");
    const weight = all.reduce((sum, r) => sum + r.weight, 0);
    edge.data({ relations: known, label, weight, width: 1 + Math.min(6, Math.log2(weight)) });
    edge.toggleClass("forward", all.some((r) => r.direction === "out"));
    edge.toggleClass("backward", all.some((r) => r.direction === "in"));
  }

  // placeAround puts the entities not yet placed that are linked to
  // centre on an arc around it, turned away from the middle of what is
  // already drawn, so that a new neighbourhood grows outwards.
  function placeAround(centre) {
    const fresh = centre.neighborhood("node").filter((n) => !n.data("placed"));
    if (fresh.empty()) return;
    const at = centre.position();
    const placed = cy.nodes().filter((n) => n.data("placed"));
    const box = placed.boundingBox();
    const away = placed.length > 1 ? Math.atan2(at.y - (box.y1 + box.y2) / 2, at.x - (box.x1 + box.x2) / 2) : 0;
    const spread = placed.length > 1 && fresh.length <= 12 ? Math.PI : 2 * Math.PI;
    const radius = Math.min(450, 100 + 5 * fresh.length);
    fresh.forEach((n, i) => {
      const angle = away - spread / 2 + (spread * (i + 0.5)) / fresh.length;
      n.position({ x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
      n.data("placed", true);
    });
  }

  // layout colours and sizes the entities (the scheme may change with
  // what is new), then places what is new: around the entity it came from (around),
  // or else around the entities it links to. A force layout (cose) then
  // refines the whole drawing while it is small; beyond forceLimit its
  // cost, quadratic in the entities, would freeze the page, so new
  // entities keep the places given.
  function layout(around) {
    cy.batch(() => cy.nodes().forEach((node) => {
      node.data({ colour: colourOf(node.data()), size: sizeOf(node.data()) });
    }));
    if (around) {
      if (!around.data("placed")) around.data("placed", true);
      placeAround(around);
    }
    let pending = cy.nodes().filter((n) => !n.data("placed"));
    while (pending.nonempty()) {
      const anchor = pending.neighborhood("node").filter((n) => n.data("placed")).first();
      if (anchor.empty()) {
        pending.first().data("placed", true);
      } else {
        placeAround(anchor);
      }
      pending = cy.nodes().filter((n) => !n.data("placed"));
    }
    if (cy.nodes().length <= forceLimit) {
      cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 20000,
        idealEdgeLength: 100, nodeOverlap: 20, numIter: 500, fit: false }).run();
    }
    cy.fit(undefined, 30);
    drawn();
  }

  // drawn records what is on screen where tests and scripts can read it,
  // says how it is drawn, and enables the GEXF link when there is any.
  function drawn() {
    ui.graph.dataset.nodes = String(cy.nodes().length);
    ui.graph.dataset.edges = String(cy.edges().length);
    ui.legend.textContent = cy.nodes().length === 0 ? "" :
      `${cy.nodes().length} entities, ${cy.edges().length} links drawn. ` +
      (hasCommunity ? "Colour: community (grey: none, as for entities stored since the analysis). "
        : "Colour: entity type (PERSON blue, ORG orange, GPE green, LOC yellow). ") +
      (hasPageRank ? "Size: PageRank." : "Size: mentions.") +
      " Arrows point from subject to object; links without arrows are symmetric (meet, feud).";
    updateExport();
  }

  // ---- filters ----

  function filters() {
    const types = [...document.querySelectorAll('input[name="types"]:checked')].map((box) => box.value);
    const all = document.querySelectorAll('input[name="types"]').length;
    const limit = Math.max(1, Math.min(200, parseInt(ui.limit.value, 10) || 25));
    return {
      types: types.length === all ? "" : types.join(","),
      predicate: ui.predicate.value.trim(),
      since: ui.since.value,
      until: ui.until.value,
      limit,
    };
  }

  // ---- neighbourhoods ----

  async function expand(entityRef, options) {
    const { root = false, more = false } = options || {};
    const f = filters();
    const known = root ? undefined : nodes.get(Number(entityRef.slice(3)));
    const offset = more && known ? known.shown : 0;
    setStatus(`Loading the neighbours of ${entityRef.startsWith("id:") && known ? known.name : entityRef}…`);
    let answer;
    try {
      answer = await api("/api/neighbours", {
        entity: entityRef, limit: f.limit, offset, types: f.types, predicate: f.predicate,
        since: f.since, until: f.until,
      });
    } catch (error) {
      failed(error, entityRef, (id) => expand(ref(id), options));
      return;
    }
    if (root) clearGraph();
    const centre = entityOf(answer.entity);
    const centreNode = addNode(centre);
    if (root) centreNode.addClass("root");
    const before = cy.nodes().length;
    let dropped = 0;
    for (const row of answer.neighbours) {
      const neighbour = entityOf(row);
      if (!addNode(neighbour)) {
        dropped++;
        continue;
      }
      addRelations(row.from, neighbour.id, row.relations || []);
    }
    const state = nodes.get(centre.id) || { name: centre.name, shown: 0, total: 0 };
    state.shown = offset + answer.neighbours.length;
    state.total = answer.total;
    state.name = centre.name;
    nodes.set(centre.id, state);
    centreNode.addClass("expanded");
    layout(centreNode);
    const added = cy.nodes().length - before;
    if (state.total === 0) {
      const filtered = f.types || f.predicate || f.since || f.until;
      setStatus(`${centre.name} has no neighbours${filtered ? " that the filters keep" : ""}.`);
      showEntity(centreNode);
      return;
    }
    setStatus(`${centre.name}: ${state.shown} of ${state.total} neighbours shown` +
      (added ? `, ${added} new on screen` : "") +
      (dropped ? `; ${dropped} left out: the drawing holds at most ${maxNodes} entities` : "") + ".");
    showEntity(centreNode);
  }

  // failed explains an API error: the candidates of an ambiguous name, or
  // the closest names to an unknown one, to choose from (choose is called
  // with the id picked), or the server's message.
  function failed(error, what, choose) {
    if (!(error instanceof ApiError)) {
      setStatus(`The server did not answer: ${error.message}`, true);
      return;
    }
    const choices = error.body.candidates || error.body.closest || [];
    const list = el("ul", null, "candidates");
    for (const candidate of choices) {
      const item = el("li");
      const button = el("button", candidate.name);
      button.type = "button";
      button.append(el("span", `${candidate.type} · ${candidate.mentions} mentions · id:${candidate.id}`, "type"));
      button.addEventListener("click", () => choose(candidate.id));
      item.append(button);
      list.append(item);
    }
    if (error.status === 409) {
      setStatus(`"${what}" names several entities: choose one.`, true);
      showPanel(`Which "${what}"?`, el("p", error.message), list);
    } else if (error.status === 404) {
      setStatus(error.message, true);
      showPanel("Not found", el("p", error.message, "error"),
        ...(choices.length ? [el("p", "Did you mean:"), list] : []));
    } else {
      setStatus(`${error.message} (HTTP ${error.status})`, true);
    }
  }

  function showEntity(node) {
    const data = node.data();
    const state = nodes.get(data.entity);
    const facts = el("dl");
    const fact = (term, value) => {
      facts.append(el("dt", term), el("dd", value));
    };
    fact("Type", data.type);
    fact("Mentions", data.mentions);
    fact("Id", ref(data.entity));
    if (typeof data.pagerank === "number") fact("PageRank", data.pagerank.toPrecision(3));
    if (data.community !== undefined && data.community !== null) fact("Community", data.community);
    const children = [facts];
    if (state) {
      children.push(el("p", `${state.shown} of ${state.total} neighbours shown.`));
      if (state.shown < state.total) {
        const more = el("button", "Show more neighbours", "more");
        more.type = "button";
        more.addEventListener("click", () => expand(ref(data.entity), { more: true }));
        children.push(more);
      }
    }
    children.push(linkList(node));
    const pathFrom = el("button", "Path from here");
    pathFrom.type = "button";
    pathFrom.addEventListener("click", () => {
      ui.pathFrom.value = ref(data.entity);
      ui.pathTo.focus();
    });
    children.push(pathFrom);
    showPanel(data.name, ...children);
  }

  // linkList lists the links of node on screen, heaviest first, each with
  // a button to its other entity and one to its sentences: what a click
  // on the drawing does, for the keyboard.
  function linkList(node) {
    const edges = node.connectedEdges().sort((a, b) => b.data("weight") - a.data("weight"));
    const list = el("ul", null, "links");
    edges.slice(0, maxListed).forEach((edge) => {
      const other = edge.source().same(node) ? edge.target() : edge.source();
      const item = el("li");
      const open = el("button", other.data("name"));
      open.type = "button";
      open.addEventListener("click", () => tapNode(other));
      const read = el("button", edge.data("label"), "predicates");
      read.type = "button";
      read.setAttribute("aria-label", `Sentences linking ${node.data("name")} and ${other.data("name")}`);
      read.addEventListener("click", () => showEvidence(edge));
      item.append(open, read);
      list.append(item);
    });
    const heading = el("h3", edges.length > maxListed
      ? `Links on screen (${maxListed} of ${edges.length})` : `Links on screen (${edges.length})`);
    const section = el("section");
    section.append(heading, list);
    return section;
  }

  // ---- evidence ----

  async function showEvidence(edge) {
    const [low, high] = [edge.data("low"), edge.data("high")];
    const f = filters();
    setStatus(`Loading the sentences of ${edge.data("label")}…`);
    let answer;
    try {
      answer = await api("/api/evidence", { a: ref(low), b: ref(high), predicate: f.predicate, limit: evidenceLimit });
    } catch (error) {
      failed(error, edge.data("label"), () => {});
      return;
    }
    const names = { [answer.a.id]: answer.a.name, [answer.b.id]: answer.b.name };
    const list = el("ol", null, "evidence");
    for (const statement of answer.statements) {
      const item = el("li");
      const predicate = (statement.negated ? "not " : "") + statement.predicate;
      const arrow = statement.symmetric ? `<-[${predicate}]->` : `-[${predicate}]->`;
      item.append(el("div", `${names[statement.from]} ${arrow} ${names[statement.to]}`, "type"));
      item.append(el("p", statement.text, "sentence"));
      const source = [statement.document];
      if (statement.title) source.push(`“${statement.title}”`);
      source.push(statement.date || "undated");
      item.append(el("div", source.join(" · "), "source"));
      list.append(item);
    }
    const shown = answer.statements.length;
    showPanel(`${answer.a.name} and ${answer.b.name}`,
      el("p", `${shown < answer.total ? `${shown} of ` : ""}${answer.total} ${answer.total === 1 ? "statement" : "statements"}, earliest first.`), list);
    setStatus(`${answer.total} ${answer.total === 1 ? "statement links" : "statements link"} ${answer.a.name} and ${answer.b.name}.`);
  }

  // ---- paths ----

  async function findPath(from, to) {
    setStatus(`Looking for a path from ${from} to ${to}…`);
    let answer;
    try {
      answer = await api("/api/path", { from, to });
    } catch (error) {
      // The message names the parameter at fault first ("to: ...").
      const end = error instanceof ApiError && error.message.startsWith("to:") ? "to" : "from";
      failed(error, end === "to" ? to : from, (id) => (end === "to" ? findPath(from, ref(id)) : findPath(ref(id), to)));
      return;
    }
    cy.elements().removeClass("path");
    const path = answer.paths[0];
    const byID = new Map(path.nodes.map((node) => [node.id, node]));
    for (const node of path.nodes) {
      if (!addNode(entityOf(node))) {
        setStatus(`The path does not fit in the drawing (at most ${maxNodes} entities): clear it first.`, true);
        return;
      }
    }
    const list = el("ol", null, "path-steps");
    for (const step of path.steps) {
      const predicate = (step.negated ? "not " : "") + step.predicate;
      let direction = step.forward ? "out" : "in";
      if (step.symmetric) direction = "both";
      addRelations(step.from, step.to, [{ predicate: step.predicate, negated: step.negated, weight: step.weight, direction }]);
      const [low, high] = step.from < step.to ? [step.from, step.to] : [step.to, step.from];
      cy.getElementById(`e${low}-${high}`).addClass("path");
      cy.getElementById(nodeID(step.from)).addClass("path");
      cy.getElementById(nodeID(step.to)).addClass("path");
      const arrow = { out: `-[${predicate}]->`, in: `<-[${predicate}]-`, both: `<-[${predicate}]->` }[direction];
      const item = el("li");
      item.append(el("div", `${byID.get(step.from).name} ${arrow} ${byID.get(step.to).name}`, "type"));
      item.append(el("p", step.evidence.text, "sentence"));
      const source = [step.evidence.document];
      if (step.evidence.title) source.push(`“${step.evidence.title}”`);
      source.push(step.evidence.date || "undated");
      item.append(el("div", source.join(" · "), "source"));
      list.append(item);
    }
    layout(null);
    const steps = path.steps.length;
    const count = `${steps} ${steps === 1 ? "step" : "steps"}`;
    showPanel(`Path from ${answer.from.name} to ${answer.to.name}`,
      el("p", `${count}, each with its heaviest statement and the earliest sentence of it. News outlets' reports are left out.`), list);
    setStatus(`Path of ${count} drawn in orange.`);
  }

  // ---- export ----

  // kg serve's export selects by filters and an ego network, not by a
  // list of entities, so what is drawn is written to GEXF 1.3 here: the
  // entities with their type, mentions, PageRank and community, colours,
  // sizes and the positions on screen, and one edge per direction of each
  // link drawn (mutual for symmetric predicates), labelled with its
  // predicates and weighted by its sentences.
  function xmlText(value) {
    return String(value)
      .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function gexf() {
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
      `  <meta><creator>kg explorer</creator><description>${xmlText(ui.legend.textContent)}</description></meta>`,
      '  <graph defaultedgetype="directed" mode="static">',
      '    <attributes class="node">',
      '      <attribute id="type" title="type" type="string"/>',
      '      <attribute id="mentions" title="mentions" type="integer"/>',
      '      <attribute id="pagerank" title="pagerank" type="double"/>',
      '      <attribute id="community" title="community" type="integer"/>',
      '    </attributes>',
      '    <attributes class="edge">',
      '      <attribute id="predicates" title="predicates" type="string"/>',
      '    </attributes>',
      '    <nodes>',
    ];
    cy.nodes().forEach((node) => {
      const data = node.data();
      const values = [`<attvalue for="type" value="${xmlText(data.type)}"/>`,
        `<attvalue for="mentions" value="${data.mentions}"/>`];
      if (typeof data.pagerank === "number") values.push(`<attvalue for="pagerank" value="${data.pagerank}"/>`);
      if (Number.isInteger(data.community)) values.push(`<attvalue for="community" value="${data.community}"/>`);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(data.colour.slice(i, i + 2), 16));
      const at = node.position();
      lines.push(`      <node id="${data.entity}" label="${xmlText(data.name)}"><attvalues>${values.join("")}</attvalues>` +
        `<viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="${data.size.toFixed(1)}"/>` +
        `<viz:position x="${at.x.toFixed(1)}" y="${(-at.y).toFixed(1)}" z="0"/></node>`);
    });
    lines.push("    </nodes>", "    <edges>");
    let id = 0;
    cy.edges().forEach((edge) => {
      const { low, high, relations } = edge.data();
      for (const [direction, source, target, type] of [["out", low, high, "directed"], ["in", high, low, "directed"], ["both", low, high, "mutual"]]) {
        const these = Object.values(relations).filter((r) => r.direction === direction);
        if (these.length === 0) continue;
        const names = these.map((r) => r.name).join(", ");
        const weight = these.reduce((sum, r) => sum + r.weight, 0);
        lines.push(`      <edge id="${id++}" source="${source}" target="${target}" type="${type}" weight="${weight}" label="${xmlText(names)}">` +
          `<attvalues><attvalue for="predicates" value="${xmlText(names)}"/></attvalues></edge>`);
      }
    });
    lines.push("    </edges>", "  </graph>", "</gexf>", "");
    return lines.join("\n");
  }

  let gexfURL = "";

  // updateExport enables the download of what is drawn, and points the
  // server's export at the entity opened: its whole neighbourhood, with
  // the analysis and sentences kg export writes, under the filters of
  // links (the export's types would select the entity opened too).
  function updateExport() {
    if (cy.nodes().length === 0) ui.gexf.setAttribute("aria-disabled", "true");
    else ui.gexf.removeAttribute("aria-disabled");
    const root = cy.nodes(".root");
    if (root.empty()) {
      ui.egoGEXF.setAttribute("aria-disabled", "true");
      ui.egoGEXF.href = "#";
      return;
    }
    const f = filters();
    const query = new URLSearchParams({ format: "gexf", ego: ref(root.data("entity")), depth: "1" });
    if (f.predicate) query.set("predicates", f.predicate);
    if (f.since) query.set("since", f.since);
    if (f.until) query.set("until", f.until);
    ui.egoGEXF.href = `/api/export?${query}`;
    ui.egoGEXF.removeAttribute("aria-disabled");
  }

  // The file is written when the link is followed, so that it holds what
  // is drawn at that moment.
  ui.gexf.addEventListener("click", (event) => {
    if (cy.nodes().length === 0) {
      event.preventDefault();
      return;
    }
    if (gexfURL) URL.revokeObjectURL(gexfURL);
    gexfURL = URL.createObjectURL(new Blob([gexf()], { type: "application/gexf+xml" }));
    ui.gexf.href = gexfURL;
  });

  // ---- search with suggestions ----

  let suggestTimer = 0;
  let suggestSeq = 0;
  let active = -1;
  let suggestions = [];

  // closeSuggestions also forgets a request for suggestions still on its
  // way, so that a late answer does not open the list over the page.
  function closeSuggestions() {
    clearTimeout(suggestTimer);
    suggestSeq++;
    ui.suggestions.hidden = true;
    ui.search.setAttribute("aria-expanded", "false");
    ui.search.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const items = ui.suggestions.children;
    if (items.length === 0) return;
    active = (index + items.length) % items.length;
    for (let i = 0; i < items.length; i++) items[i].setAttribute("aria-selected", String(i === active));
    ui.search.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  async function suggest() {
    const q = ui.search.value.trim();
    const seq = ++suggestSeq;
    if (q === "") {
      closeSuggestions();
      return;
    }
    let answer;
    try {
      answer = await api("/api/search", { q, limit: 10 });
    } catch (error) {
      if (seq === suggestSeq) setStatus(`Search failed: ${error.message}`, true);
      return;
    }
    // A later keystroke has asked again, or the box was left or submitted.
    if (seq !== suggestSeq || document.activeElement !== ui.search) return;
    suggestions = answer.candidates;
    ui.suggestions.replaceChildren(...suggestions.map((candidate, i) => {
      const item = el("li", candidate.name);
      item.id = `suggestion-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.append(el("span", `${candidate.type} · ${candidate.mentions} mentions`, "type"));
      item.addEventListener("mousedown", (event) => {
        event.preventDefault(); // keep the focus in the box
        pick(i);
      });
      return item;
    }));
    const open = suggestions.length > 0;
    ui.suggestions.hidden = !open;
    ui.search.setAttribute("aria-expanded", String(open));
    active = -1;
    if (!open) setStatus(`No entity is named like "${q}".`, true);
  }

  function pick(index) {
    const candidate = suggestions[index];
    if (!candidate) return;
    ui.search.value = candidate.name;
    closeSuggestions();
    expand(ref(candidate.id), { root: true });
  }

  ui.search.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, suggestDelay);
  });

  ui.search.addEventListener("keydown", (event) => {
    const open = !ui.suggestions.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (open) highlight(active + 1);
      else suggest();
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape") {
      closeSuggestions();
    }
  });

  ui.search.addEventListener("blur", closeSuggestions);

  ui.searchForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const name = ui.search.value.trim();
    closeSuggestions();
    if (name) expand(name, { root: true });
  });

  // ---- the rest of the controls ----

  function clearGraph() {
    cy.elements().remove();
    nodes.clear();
    hasCommunity = false;
    hasPageRank = false;
    drawn();
  }

  ui.apply.addEventListener("click", () => {
    const root = cy.nodes(".root");
    if (root.nonempty()) expand(ref(root.data("entity")), { root: true });
    else updateExport();
  });

  ui.pathForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const from = ui.pathFrom.value.trim();
    const to = ui.pathTo.value.trim();
    if (from && to) findPath(from, to);
    else setStatus("Name both ends of the path.", true);
  });

  ui.fit.addEventListener("click", () => cy.fit(undefined, 30));
  ui.clear.addEventListener("click", () => {
    clearGraph();
    setStatus("Search for an entity to draw its neighbourhood.");
  });

  // tapNode expands an entity the first time, and shows its facts after.
  function tapNode(node) {
    const id = node.data("entity");
    if (nodes.has(id)) showEntity(node);
    else expand(ref(id));
  }

  cy.on("tap", "node", (event) => tapNode(event.target));

  cy.on("tap", "edge", (event) => showEvidence(event.target));

  // The statistics are read again now and then, more often while an
  // ingest runs, so that a reader watches the store grow.
  const statsEvery = 30000; // ms
  let statsTimer = 0;

  async function loadStats() {
    try {
      const stats = await api("/api/stats");
      const entities = Object.values(stats.entities).reduce((sum, n) => sum + n, 0);
      entityCount = Math.max(1, entities);
      const rows = [["Documents", stats.documents], ["Entities", entities],
        ["Links", stats.edges], ["Sentences", stats.evidence]];
      ui.stats.replaceChildren(...rows.map(([term, value]) => {
        const row = el("div");
        row.append(el("dt", term), el("dd", value.toLocaleString("en")));
        return row;
      }));
      if (stats.ingesting) ui.stats.append(el("div", "ingest running", "ingesting"));
      // The header may have changed height: Cytoscape.js keeps where its
      // container is to place clicks, and is told again.
      cy.resize();
      clearTimeout(statsTimer);
      statsTimer = setTimeout(loadStats, stats.ingesting ? statsEvery / 3 : statsEvery);
    } catch (error) {
      ui.stats.replaceChildren(el("div", `Statistics unavailable: ${error.message}`));
    }
  }

  loadStats();
  drawn();
})();
