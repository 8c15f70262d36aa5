# Writes a C++ source holding lint/serve/page/index.html, so the page needs no file at run time.
file(READ ${PAGE} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${content}")
file(WRITE ${OUTPUT}.tmp "// Generated from lint/serve/page/index.html by embed_page.cmake; do not edit.
#include \"serve/page.hpp\"
namespace soat::serve {
std::string_view page_html() {
    static constexpr char kPage[] = \"${escaped}\";
    return {kPage, sizeof kPage - 1};
}
}  // namespace soat::serve
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
