// The uploaded document of a multipart request, and the safe name it goes by.
#pragma once

#include "serve/service.hpp"

#include <httplib.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace soat::serve {

// A client's file name reduced to a base name: the part after the last '/' or '\', without
// control characters, quotes or leading dots, at most 200 bytes (whole UTF-8 characters);
// "document" when nothing is left. It labels the document and picks its reader by extension;
// it is never used as a path.
std::string sanitise_name(std::string_view raw);

// The multipart field `file` (exactly one), at most `max_bytes`; else the error to answer.
std::variant<Upload, Reply> take_upload(const httplib::Request& request, std::size_t max_bytes);

}  // namespace soat::serve
