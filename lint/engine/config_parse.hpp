// Parsing `.soat.yml` text into a Config (no file system access).
#pragma once

#include <soat/config.hpp>
#include <soat/result.hpp>

#include <string>
#include <string_view>

namespace soat::engine {

// `source` names the file in errors (E201 bad value, E202 unknown key, both with the line);
// relative `packs:` entries are resolved against `base_dir`.
Result<config::Config> parse_config(std::string_view text, const std::string& source,
                                    const std::string& base_dir);

}  // namespace soat::engine
