<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Course" root="" description="A course on attention in transformers in which every number is computed." bodyClass="index-page">
<header class="course-header">
  <h1>Attention, computed</h1>
  <p class="lead">A course on attention in transformers. Every example sentence on these pages was run through a real attention engine when the site was built: the numbers, tables and charts are computed, never typed.</p>
  <#-- filled in by course.js from what this browser has read; hidden while there is nothing to say -->
  <p class="reading-progress" data-reading-progress hidden></p>
</header>
<#list course_modules as module>
<section class="module-card" aria-labelledby="module-${module.number?c}">
  <h2 id="module-${module.number?c}"><a href="${module.uri}">Module ${module.number?c} · ${module.title}</a></h2>
  <ol class="lesson-list">
  <#list module.lessons as lesson>
    <li data-lesson="${lesson.uri}">
      <a href="${lesson.uri}"><span class="lesson-number">${lesson.position?c}.</span> ${lesson.title}</a>
      <span class="lesson-facts"><#if lesson.minutes?has_content>${lesson.minutes} min</#if><#list lesson.tags as tag> · ${tag}</#list></span>
      <#if lesson.summary?has_content><p>${lesson.summary}</p></#if>
    </li>
  </#list>
  </ol>
</section>
</#list>
</@layout.page>
