<#ftl output_format="HTML">
<#-- The frame of every page. `root` is the relative path to the site root ("" or "../"),
     so that the site works from disk (file://) and under any sub-path. -->
<#macro page title root description="" bodyClass="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Attention, computed</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<meta name="color-scheme" content="light dark">
<#-- a page without an icon makes the browser ask the host root for /favicon.ico, outside a sub-path -->
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/course.css">
<script src="${root}js/course.js" defer></script>
<script src="${root}js/search.js" defer></script>
<script src="${root}js/try.js" defer></script>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to the content</a>
<header class="site-header">
  <a class="site-title" href="${root}index.html">Attention, computed</a>
  <#-- hidden until search.js shows it: without JavaScript a search box would do nothing -->
  <form class="site-search" role="search" data-search data-root="${root}" hidden>
    <label for="search-input">Search the course</label>
    <input id="search-input" type="search" autocomplete="off" spellcheck="false">
    <#-- tabindex -1: Firefox makes a scrolling box a Tab stop of its own, between the box and the first result -->
    <div class="search-panel" tabindex="-1">
      <p class="search-status" role="status" aria-live="polite"></p>
      <ol class="search-results" aria-label="Search results"></ol>
    </div>
  </form>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <p>Every number and chart on this page was computed by the course's attention engine when the site was built.</p>
</footer>
</body>
</html>
</#macro>
