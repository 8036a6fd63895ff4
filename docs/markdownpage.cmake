# One page of the guide: cmake -DCMARK_GFM=... -DINPUT=page.md -DOUTPUT=page.html
# -DTEMPLATE=page.html -P markdownpage.cmake. The Markdown's first "# " line is the page's title;
# links to other pages are written to their .md (so they work on the forge too) and become .html.
# --unsafe: the pages are ours, and write keys as <kbd>.
execute_process(COMMAND ${CMARK_GFM} --unsafe --extension table --extension autolink ${INPUT}
    OUTPUT_VARIABLE body RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmark-gfm failed on ${INPUT}")
endif()
string(REGEX REPLACE "href=\"([^\":#]*)\\.md\"" "href=\"\\1.html\"" body "${body}")
file(STRINGS ${INPUT} title_line REGEX "^# " LIMIT_COUNT 1)
string(REGEX REPLACE "^# " "" title "${title_line}")
file(READ ${TEMPLATE} page)
string(REPLACE "@TITLE@" "${title}" page "${page}")
string(REPLACE "@BODY@" "${body}" page "${page}")
file(WRITE ${OUTPUT} "${page}")
