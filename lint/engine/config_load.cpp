// Finding and loading `.soat.yml`, cached: the upward search per directory, the parse per file
// (re-read when the file's modification time or size changes).
#include <soat/engine.hpp>

#include "engine/config_parse.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace soat::engine {

namespace fs = std::filesystem;

namespace {

struct Parsed {
    fs::file_time_type mtime;
    std::uintmax_t size = 0;
    Result<config::Config> config;
};

std::mutex cache_mutex;
std::unordered_map<std::string, std::string> nearest_by_dir;  // directory -> config path or ""
std::unordered_map<std::string, Parsed> parsed_by_path;

// The nearest `.soat.yml` at or above `dir`, stopping at the filesystem root.
std::string find_upward(const fs::path& dir) {
    std::error_code ec;
    for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
        if (auto it = nearest_by_dir.find(d.string()); it != nearest_by_dir.end()) return it->second;
        const fs::path candidate = d / ".soat.yml";
        if (fs::is_regular_file(candidate, ec)) {
            nearest_by_dir[d.string()] = candidate.string();
            return candidate.string();
        }
        if (d == d.root_path() || d.parent_path() == d) break;
    }
    return {};
}

Result<config::Config> load_file(const fs::path& path) {
    std::error_code ec;
    const auto mtime = fs::last_write_time(path, ec);
    const auto size = ec ? 0 : fs::file_size(path, ec);
    if (ec) return Error{"E201", fmt::format("{}: cannot read the configuration ({})", path.string(), ec.message())};
    if (auto it = parsed_by_path.find(path.string());
        it != parsed_by_path.end() && it->second.mtime == mtime && it->second.size == size) {
        return it->second.config;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"E201", fmt::format("{}: cannot read the configuration", path.string())};
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto config = parse_config(buffer.str(), path.string(), path.parent_path().string());
    parsed_by_path.insert_or_assign(path.string(), Parsed{mtime, size, config});
    return config;
}

}  // namespace

Result<config::Config> load_config(const std::string& for_file, const std::string& explicit_path) {
    std::lock_guard lock(cache_mutex);
    std::error_code ec;
    if (!explicit_path.empty()) return load_file(fs::absolute(explicit_path, ec).lexically_normal());
    fs::path start = for_file.empty() || for_file == "-" ? fs::current_path(ec) : fs::absolute(for_file, ec);
    if (ec) return config::Config{};
    start = start.lexically_normal();
    if (!fs::is_directory(start, ec)) start = start.parent_path();
    // Cache the result for every directory walked on the way up.
    const std::string found = find_upward(start);
    for (fs::path d = start; !d.empty() && d.string().size() >= fs::path(found).parent_path().string().size();
         d = d.parent_path()) {
        nearest_by_dir.emplace(d.string(), found);
        if (d.parent_path() == d) break;
    }
    if (found.empty()) return config::Config{};
    return load_file(found);
}

void forget_config_locations() {
    std::lock_guard lock(cache_mutex);
    nearest_by_dir.clear();
}

}  // namespace soat::engine
