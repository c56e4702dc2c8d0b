<#ftl output_format="HTML">
<#-- GitHub Pages serves this page for every missing address, at any depth (/attention-course/a/b/c),
     so a relative link would lead nowhere: links start at the site's base path. Its style and
     icon are inline, since neither could load from the base path when the page is opened from
     disk, and a failed load is an error in the console. They are copies of assets/favicon.svg and
     of colours in assets/css/course.css; ErrorPageTest fails when a copy differs. -->
<#assign base = config.site_basepath!"/">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found · Attention, computed</title>
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2032%2032%22%3E%3Crect%20width=%2232%22%20height=%2232%22%20rx=%226%22%20fill=%22%230b5cad%22/%3E%3Crect%20x=%226%22%20y=%2218%22%20width=%225%22%20height=%228%22%20fill=%22%23fff%22/%3E%3Crect%20x=%2213.5%22%20y=%228%22%20width=%225%22%20height=%2218%22%20fill=%22%23fff%22/%3E%3Crect%20x=%2221%22%20y=%2214%22%20width=%225%22%20height=%2212%22%20fill=%22%23fff%22/%3E%3C/svg%3E" type="image/svg+xml">
<style>
:root { --bg: #fff; --fg: #1b1f24; --muted: #57606a; --accent: #0b5cad; --border: #d0d7de; }
@media (prefers-color-scheme: dark) { :root { --bg: #0f1419; --fg: #e6edf3; --muted: #9da7b3; --accent: #6cb6ff; --border: #30363d; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header, main { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--border); }
header a { font-weight: 700; text-decoration: none; color: var(--fg); }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.home { display: inline-block; margin-top: 0.5rem; padding: 0.5rem 1rem; border: 1px solid var(--border); border-radius: 8px; font-weight: 600; }
</style>
</head>
<body class="error-page">
<header><a href="${base}index.html">Attention, computed</a></header>
<main>
<h1>Page not found</h1>
<p>There is no page at this address: it may have moved, or the link may have a typing mistake.</p>
<p>The course index lists every lesson.</p>
<p><a class="home" href="${base}index.html">Go to the course index</a></p>
</main>
</body>
</html>
