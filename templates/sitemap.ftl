<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${config.site_host}/index.html</loc></url>
<#list course_modules as module>
<url><loc>${config.site_host}/${module.uri}</loc></url>
<#list module.lessons as lesson>
<url><loc>${config.site_host}/${lesson.uri}</loc></url>
</#list>
</#list>
</urlset>
