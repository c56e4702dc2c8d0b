<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath!"../">
<@layout.page title=content.title root=root bodyClass="module-page">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${root}index.html">Course</a></nav>
<#list course_modules as module>
<#if module.uri == content.uri>
<header class="course-header">
  <p class="module-label">Module ${module.number?c}</p>
  <h1>${module.title}</h1>
</header>
${content.body?no_esc}
<ol class="lesson-list">
<#list module.lessons as lesson>
  <li data-lesson="${lesson.uri}">
    <a href="${root}${lesson.uri}"><span class="lesson-number">${lesson.position?c}.</span> ${lesson.title}</a>
    <span class="lesson-facts"><#if lesson.minutes?has_content>${lesson.minutes} min</#if><#list lesson.tags as tag> · ${tag}</#list></span>
    <#if lesson.summary?has_content><p>${lesson.summary}</p></#if>
  </li>
</#list>
</ol>
</#if>
</#list>
</@layout.page>
