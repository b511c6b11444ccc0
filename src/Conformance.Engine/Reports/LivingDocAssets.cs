namespace Conformance.Engine.Reports;

/// <summary>The inline style and filter script of report.html (inline, so the page is one file).</summary>
public static class LivingDocAssets
{
    public const string Css = """
        body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d232a}
        code,pre{font-family:ui-monospace,monospace}pre{background:#f4f6f8;padding:.6rem;overflow-x:auto;white-space:pre-wrap}
        .verdict.conformant strong{color:#17803d}.verdict.not-conformant strong,.verdict.could-not-run strong{color:#b42318}
        table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.3rem .7rem;text-align:right}th{text-align:left}
        #filters{margin:1rem 0}.requirement{border:1px solid #d0d7de;border-radius:6px;padding:.4rem 1rem;margin:.6rem 0}
        .requirement h3{font-size:1rem}.level{font-size:.75rem;background:#1d232a;color:#fff;border-radius:3px;padding:1px 5px}
        .status{font-size:.8rem;border-radius:3px;padding:1px 6px}.status.passed{background:#d1f5dc}.status.failed{background:#ffd7d5}
        .status.not-run{background:#fff1c2}.status.not-selected{background:#eaeef2}.verdict.incomplete strong{color:#9a6700}blockquote{border-left:4px solid #d0d7de;margin:.4rem 0;padding-left:.8rem;color:#57606a}
        .deviation{color:#9a6700}.steps li.failed{color:#b42318;font-weight:600}.location{color:#57606a;font-size:.85rem}
        .hidden{display:none}
        """;

    public const string Script = """
        (function(){
          var v=document.getElementById('filter-verdict'),l=document.getElementById('filter-level'),shown=document.getElementById('shown');
          function apply(){var n=0;document.querySelectorAll('.requirement').forEach(function(r){
            var ok=(!v.value||r.dataset.verdict===v.value)&&(!l.value||r.dataset.level===l.value);
            r.classList.toggle('hidden',!ok);if(ok)n++;});shown.textContent=n;}
          v.addEventListener('change',apply);l.addEventListener('change',apply);
        })();
        """;
}
