// The printable questionnaire's inline CSS: screen and print (A4), answer boxes and option marks, questions never
// split from their options across pages, and the running header (a repeated `thead`, which Chromium prints on
// every page where it does not support `@page` margin boxes).

extension DocumentWriter {
  static let style = """
    @page { size: A4; margin: 12mm 15mm 15mm 15mm; }
    * { box-sizing: border-box; }
    body { font: 11pt/1.4 "Source Serif Pro", Georgia, "DejaVu Serif", serif; color: #111; margin: 0 auto; max-width: 50em; padding: 0 1em; }
    body.parallel { max-width: 80em; }
    table.frame { width: 100%; border-collapse: collapse; }
    table.frame > thead { display: table-header-group; }
    table.frame > thead td, table.frame > tbody > tr > td { padding: 0; }
    .running { font: 9pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #555; border-bottom: 1px solid #999; padding: 4pt 0; margin-bottom: 8pt; }
    header { margin: 6pt 0 12pt; }
    h1, .h1 { font: bold 18pt/1.2 "DejaVu Sans", Arial, sans-serif; margin: 0 0 4pt; }
    .facts { color: #444; margin: 0; font-size: 9.5pt; }
    h2 { font: bold 13pt/1.3 "DejaVu Sans", Arial, sans-serif; border-bottom: 2px solid #111; margin: 16pt 0 8pt; break-after: avoid; page-break-after: avoid; }
    h3 { font: bold 11.5pt/1.3 "DejaVu Sans", Arial, sans-serif; margin: 12pt 0 6pt; break-after: avoid; page-break-after: avoid; }
    .sn { color: #555; margin-right: .4em; }
    nav.contents ol { padding-left: 1.5em; }
    nav.contents a { color: inherit; text-decoration: none; }
    .q { break-inside: avoid; page-break-inside: avoid; margin: 0 0 10pt; padding: 4pt 0 2pt; border-top: 1px solid #ddd; }
    .qhead { display: flex; gap: .6em; }
    .qn { font: bold 11pt/1.4 "DejaVu Sans", Arial, sans-serif; min-width: 2.2em; }
    .qbody { flex: 1; }
    .qt { font-weight: 600; }
    .hint { font-style: italic; color: #444; font-size: 10pt; }
    .answer { margin: 4pt 0 0 2.8em; }
    .ahint { color: #555; font-size: 9.5pt; margin: 0 0 2pt; }
    .field { display: inline-block; border: 1px solid #333; height: 1.7em; vertical-align: middle; margin-right: .6em; }
    .field.num { width: 8em; }
    .field.date { width: 10em; }
    .field.line { width: 70%; border-width: 0 0 1px 0; }
    ul.opts { list-style: none; margin: 0; padding: 0; }
    ul.opts li { display: flex; align-items: baseline; gap: .5em; margin: 2pt 0; break-inside: avoid; }
    .box { display: inline-block; width: .95em; height: .95em; border: 1.3px solid #111; flex: none; position: relative; top: .12em; }
    ul.one .box, table.grid .box { border-radius: 50%; }
    ul.rank .box { width: 1.8em; }
    .code { font: 8.5pt "DejaVu Sans Mono", monospace; color: #666; min-width: 1.8em; }
    table.grid .code { display: block; }
    .olabel { flex: 1; }
    .flag { color: #555; font-size: 9.5pt; }
    .desc { color: #444; font-size: 9.5pt; }
    .specify { margin-top: 2pt; }
    .specify .sw { font-style: italic; margin-right: .4em; }
    .specify .field.line { width: 60%; display: block; }
    .inote, .cmsg, .vcond { font: 9pt/1.3 "DejaVu Sans", Arial, sans-serif; color: #333; margin: 2pt 0; }
    .inote::before, .vcond::before { content: "▸ "; color: #888; }
    .check { margin: 2pt 0 0 2.8em; }
    .cmsg { color: #555; font-style: italic; }
    .variant { margin: 3pt 0; padding-left: .6em; border-left: 2px solid #bbb; }
    .route { font: bold 9.5pt/1.3 "DejaVu Sans", Arial, sans-serif; background: #eee; padding: 2pt 4pt; margin: 6pt 0 4pt; break-after: avoid; page-break-after: avoid; }
    .branch { margin-left: .3em; }
    .repeat { border: 1.5px dashed #777; padding: 4pt 8pt; margin: 8pt 0; }
    .rhead { font: bold 9.5pt "DejaVu Sans", Arial, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #555; margin: 0; }
    .rtitle { font-weight: 600; }
    .note { break-inside: avoid; page-break-inside: avoid; margin: 6pt 0 10pt 2.8em; }
    .end { break-inside: avoid; page-break-inside: avoid; margin: 6pt 0; border: 1.5px solid #111; padding: 3pt 6pt; }
    .endw { font: bold 9.5pt "DejaVu Sans", Arial, sans-serif; margin: 0; }
    .sample { border: 1px solid #bbb; padding: 4pt 8pt; margin: 8pt 0; }
    .sample ul { margin: 0; padding-left: 1.2em; }
    .stext { margin-left: .5em; }
    .draft { font: 8pt "DejaVu Sans Mono", monospace; color: #a40; }
    table.grid { border-collapse: collapse; margin: 4pt 0 0 2.8em; font-size: 10pt; }
    table.grid th, table.grid td { border: 1px solid #bbb; padding: 2pt 5pt; text-align: center; vertical-align: bottom; }
    table.grid th[scope=row] { text-align: left; font-weight: normal; }
    .rl { font-weight: bold; margin-right: .4em; }
    .par { display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 1em; }
    .par > div { min-width: 0; }
    .par::before { display: none; }
    .inote.par > div::before, .vcond.par > div::before { content: "▸ "; color: #888; }
    span.par { display: inline-grid; }
    @media print {
      body { max-width: none; padding: 0; }
      a { color: inherit; }
      .route { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
