/** The console's own stylesheet: system fonts, calm colours, readable tables, no framework. */
export const CONSOLE_CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#f5f7fa;--card:#fff;--brand:#0b5cab;--brand-ink:#fff;
--ok:#1f7a4d;--warn:#b45309;--bad:#b42318;--chip:#eef2f7}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;
color:var(--ink);background:var(--bg);line-height:1.6}
a{color:var(--brand);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#0f2942;color:#fff;display:flex;align-items:center;gap:24px;padding:0 24px;height:56px}
header.top .brand{font-weight:700;font-size:1.15rem;letter-spacing:.05em;color:#fff}
header.top nav{display:flex;gap:4px;flex:1}
header.top nav a{color:#cfe0f1;padding:6px 12px;border-radius:6px}
header.top nav a.active,header.top nav a:hover{background:#1d3f63;color:#fff;text-decoration:none}
header.top .who{color:#cfe0f1;font-size:.9rem;display:flex;align-items:center;gap:12px}
header.top .who button{background:none;border:1px solid #4b6a8a;color:#cfe0f1;padding:3px 10px}
main{max-width:1280px;margin:0 auto;padding:24px}
h1{font-size:1.45rem;margin:0 0 16px}h2{font-size:1.1rem;margin:0 0 12px}h3{font-size:1rem;margin:16px 0 8px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin-bottom:18px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:18px}.grid3{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}
@media (max-width:900px){.grid2,.grid3{grid-template-columns:1fr}}
table{width:100%;border-collapse:collapse;font-size:.93rem}
th,td{text-align:left;padding:9px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600;background:#fafbfc;white-space:nowrap}
tr:hover td{background:#f8fafc}
td.summary{max-width:420px}td.nowrap{white-space:nowrap}
.muted{color:var(--muted)}.small{font-size:.85rem}
.chip{display:inline-block;padding:1px 9px;border-radius:999px;background:var(--chip);font-size:.82rem;white-space:nowrap}
.st-submitted{background:#e0ecff;color:#0b4a8b}.st-accepted,.st-in_progress{background:#e3f4ea;color:var(--ok)}
.st-referred{background:#efe7fb;color:#5b21b6}.st-not_accepted{background:#fdecea;color:var(--bad)}
.st-replied{background:#fff4d6;color:#8a5a00}.st-closed{background:#eceff3;color:#4a5563}.st-review_requested{background:#ffe9d5;color:var(--warn)}
.due-over{color:var(--bad);font-weight:600}.due-soon{color:var(--warn);font-weight:600}
.badge-urgent{background:var(--bad);color:#fff}.badge-dup{background:#fff1c2;color:#7a5b00}
form.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end}
label{display:block;font-size:.85rem;color:var(--muted);margin-bottom:4px}
input,select,textarea{font:inherit;color:inherit;border:1px solid #bcccdc;border-radius:6px;padding:6px 9px;background:#fff;width:100%}
textarea{min-height:84px;resize:vertical}
form.filters input,form.filters select{width:auto;min-width:120px}
.field{margin-bottom:12px}
button,.button{font:inherit;border:1px solid var(--brand);background:var(--brand);color:var(--brand-ink);border-radius:6px;padding:6px 16px;cursor:pointer;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--brand)}
button.danger{background:var(--bad);border-color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}
.actions form{margin:0}
.banner{padding:10px 14px;border-radius:8px;margin-bottom:16px}
.banner.warn{background:#fff4e5;border:1px solid #f7c889}.banner.error{background:#fdecea;border:1px solid #f5b5ae}
.banner.ok{background:#e3f4ea;border:1px solid #a6dcbc}
.words{background:#fffdf5;border-left:4px solid #e7c66b;padding:10px 14px;margin:0 0 8px;white-space:pre-wrap}
dl.facts{display:grid;grid-template-columns:110px 1fr;gap:6px 12px;margin:0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.rate{font-size:2.1rem;font-weight:700;line-height:1.2}.rate small{font-size:.9rem;color:var(--muted);font-weight:400}
.pager{display:flex;gap:12px;align-items:center;margin-top:12px}
.check{display:flex;align-items:center;gap:6px;color:var(--ink);font-size:.93rem;margin:0 0 8px}.check input,form.filters .check input{width:auto;min-width:0;margin:0}
.login{max-width:380px;margin:9vh auto}
.chart{margin:0}.chart figcaption{margin-bottom:8px}.chart text{font-size:13px;fill:#3e4c59}.chart .bar{fill:#3b82c4}.chart .axis{stroke:#cbd2d9}
.kpi-bar{fill:#e4e7eb}.kpi-fill{fill:#1f7a4d}
`;
