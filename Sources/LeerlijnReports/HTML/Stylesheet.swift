/// The one stylesheet of the portfolio and the dashboard, inlined in each page: system fonts only (no
/// downloads), readable on screen, and laid out for A4 when printed (each section on a new page, tables
/// and charts not split where avoidable, colours kept).
enum Stylesheet {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --rule: #ccc; --accent: #0072B2; --band: #f5f5f5; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: var(--ink); background: #fff;
               font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        header.page-head { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 0 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
        p.meta, p.intro, .muted { color: var(--muted); }
        p.hint { font-size: .85rem; color: var(--muted); }
        nav.contents ol { columns: 2; padding-left: 1.2rem; margin: .3rem 0; }
        nav.contents a { color: var(--accent); }
        section.part { margin: 1.5rem 0 2rem; }
        .figure { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin: .5rem 0 1rem; }
        .figure .chart { flex: 3 1 460px; min-width: 0; }
        .figure .numbers { flex: 2 1 280px; min-width: 0; overflow-x: auto; }
        .figure.stacked { display: block; }
        .figure.stacked .chart { max-width: 860px; }
        svg.chart-svg { max-width: 100%; height: auto; display: block; }
        table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .3rem 0 .8rem; }
        caption { text-align: left; font-weight: 600; padding: .2rem 0; }
        th, td { text-align: left; padding: .25rem .45rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .flag { display: inline-block; white-space: nowrap; border: 1px solid var(--ink); border-radius: .6rem; padding: 0 .45rem; margin: 0 .2rem .1rem 0; font-size: .8rem; }
        article.activity { border-top: 1px solid var(--rule); padding: .5rem 0; break-inside: avoid; page-break-inside: avoid; }
        article.activity h3 { margin: 0 0 .15rem; }
        article.activity .facts { color: var(--muted); font-size: .88rem; margin: 0; }
        blockquote.reflection { margin: .35rem 0; padding: .25rem .7rem; border-left: 4px solid #E69F00; background: var(--band); white-space: pre-wrap; }
        ul.evidence { margin: .25rem 0; padding-left: 1.2rem; font-size: .88rem; }
        code.hash { font-size: .78rem; word-break: break-all; }
        .signed { font-size: .88rem; }
        footer.page-foot { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .4rem; color: var(--muted); font-size: .8rem; }
        @media print {
          @page { size: A4; margin: 15mm 14mm 16mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          nav.contents a { color: var(--ink); text-decoration: none; }
          p.hint { display: none; }
          section.part { break-before: page; page-break-before: always; margin: 0; }
          main > section.part:first-child { break-before: auto; page-break-before: auto; margin-top: 1rem; }
          .figure { display: block; }
          .figure .chart, .figure .numbers, table, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          a { color: var(--ink); }
          /* Nothing wider than the paper: a long word in a cell breaks rather than push a column off the page. */
          table { width: 100%; }
          th, td { overflow-wrap: break-word; }
          svg { max-width: 100%; height: auto; }
        }
        """
}
