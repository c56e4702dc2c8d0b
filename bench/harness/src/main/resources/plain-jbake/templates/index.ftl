<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Attention, computed</title></head>
<body><main><h1>Attention, computed</h1><ul>
<#list published_lessons as lesson><li><a href="${lesson.uri}">${lesson.title}</a></li></#list>
</ul></main></body>
</html>
