<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Page not found" root="" bodyClass="error-page">
<h1>Page not found</h1>
<p>There is no page at this address. The <a href="index.html" data-site-root>course index</a> lists every lesson.</p>
</@layout.page>
