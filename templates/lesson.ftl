<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root description=(content.summary!"") bodyClass="lesson-page">
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="${root}index.html">Course</a>
  <#if content.module_uri??><span aria-hidden="true">›</span> <a href="${root}${content.module_uri}">Module ${content.module_number?c}: ${content.module_title}</a></#if>
</nav>
<article class="lesson" data-lesson-page="${content.uri}">
<header class="lesson-header">
  <#if content.module_title??><p class="module-label">Module ${content.module_number?c} · ${content.module_title}</p></#if>
  <h1>${content.title}</h1>
  <#if content.summary??><p class="lead">${content.summary}</p></#if>
  <ul class="lesson-meta">
    <#if content.minutes??><li>${content.icon_clock?no_esc} ${content.minutes} min</li></#if>
    <#if content.lesson_position??><li>${content.icon_target?no_esc} Lesson ${content.lesson_position?c} of ${content.lesson_count?c}</li></#if>
    <#if content.tags??><#list content.tags as tag><li class="tag">${content.icon_star?no_esc} ${tag}</li></#list></#if>
  </ul>
</header>
${content.body?no_esc}
</article>
<nav class="lesson-nav" aria-label="Previous and next lesson">
  <#if content.prev_uri??><a class="prev" rel="prev" href="${root}${content.prev_uri}"><span class="nav-label">Previous</span> ${content.prev_title}</a><#else><span></span></#if>
  <#if content.next_uri??><a class="next" rel="next" href="${root}${content.next_uri}"><span class="nav-label">Next</span> ${content.next_title}</a></#if>
</nav>
</@layout.page>
