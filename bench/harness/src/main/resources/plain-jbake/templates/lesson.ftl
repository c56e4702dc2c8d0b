<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title><link rel="stylesheet" href="${content.rootpath}css/course.css"></head>
<body><main><h1>${content.title}</h1>${content.body?no_esc}</main></body>
</html>
