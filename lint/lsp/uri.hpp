// file:// URIs to paths and back (percent-encoding of UTF-8 bytes, RFC 3986).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace soat::lsp {

// The local path of a file URI; nullopt for other schemes.
std::optional<std::string> uri_to_path(std::string_view uri);

std::string path_to_uri(std::string_view path);

}  // namespace soat::lsp
