// Progressive enhancement for <table data-sortable>: column headings become buttons that sort the rows.
// Cells sort by their data-sort attribute when present, else by their text; numbers compare as numbers.
// Without this script the table still reads in the order it was built in.

/** @param {HTMLTableCellElement} cell */
const sortKey = (cell) => cell.dataset.sort ?? cell.textContent?.trim() ?? "";

/** @param {string[]} keys */
const allNumbers = (keys) => keys.every((k) => k !== "" && Number.isFinite(Number(k)));

/** @param {HTMLTableElement} table @param {number} column @param {"ascending" | "descending"} direction */
function sortBy(table, column, direction) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const keys = rows.map((row) => sortKey(row.cells[column]));
  const numeric = allNumbers(keys);
  const order = rows.map((row, i) => ({ row, key: keys[i], i }));
  order.sort((a, b) => {
    const c = numeric ? Number(a.key) - Number(b.key) : a.key.localeCompare(b.key, "en", { numeric: true });
    return (direction === "ascending" ? c : -c) || a.i - b.i;
  });
  body.append(...order.map((o) => o.row));
}

/** @param {HTMLTableElement} table */
function enhance(table) {
  const headings = [...table.tHead.rows[0].cells];
  headings.forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      for (const other of headings) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction);
      sortBy(table, column, direction);
    });
  });
}

document.querySelectorAll("table[data-sortable]").forEach((table) => enhance(/** @type {HTMLTableElement} */ (table)));
