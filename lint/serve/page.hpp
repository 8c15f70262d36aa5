// The drafters' page (lint/serve/page/index.html), embedded at build time: HTML, CSS and script
// in one file, nothing fetched from elsewhere.
#pragma once

#include <string_view>

namespace soat::serve {

std::string_view page_html();

}  // namespace soat::serve
