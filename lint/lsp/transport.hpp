// JSON-RPC 2.0 messages framed by `Content-Length` headers, as LSP sends them over stdio.
#pragma once

#include <nlohmann/json.hpp>

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace soat::lsp {

// The body of the next message; nullopt at end of input or on a malformed header.
std::optional<std::string> read_message(std::istream& in);

void write_message(std::ostream& out, const nlohmann::json& message);

}  // namespace soat::lsp
