<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root description=(content.summary!"") bodyClass="plain-page">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${root}index.html">Course</a></nav>
<article class="page">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
