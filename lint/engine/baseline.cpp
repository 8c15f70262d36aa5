// Baseline files: {"version": 1, "files": {path: [fingerprint, …]}} with multiset semantics.
#include <soat/engine.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace soat::engine {

Result<Baseline> read_baseline(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"E204", fmt::format("{}: cannot read the baseline", path)};
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto json = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) return Error{"E204", fmt::format("{}: the baseline is not JSON", path)};
    if (json.value("version", 0) != 1) return Error{"E204", fmt::format("{}: unsupported baseline version", path)};
    const auto files = json.find("files");
    if (files == json.end() || !files->is_object()) return Error{"E204", fmt::format("{}: the baseline has no \"files\"", path)};
    Baseline baseline;
    for (const auto& [file, list] : files->items()) {
        if (!list.is_array()) return Error{"E204", fmt::format("{}: \"{}\" is not a list of fingerprints", path, file)};
        auto& set = baseline.fingerprints[file];
        for (const auto& fp : list) {
            if (!fp.is_string()) return Error{"E204", fmt::format("{}: a fingerprint of \"{}\" is not a string", path, file)};
            set.insert(fp.get<std::string>());
        }
    }
    return baseline;
}

Result<bool> write_baseline(const std::string& path, const Baseline& baseline) {
    nlohmann::json files = nlohmann::json::object();
    for (const auto& [file, set] : baseline.fingerprints) files[file] = std::vector<std::string>(set.begin(), set.end());
    const nlohmann::json json = {{"version", 1}, {"files", files}};
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return Error{"E301", fmt::format("{}: cannot write the baseline", path)};
    out << json.dump(2) << '\n';
    if (!out) return Error{"E301", fmt::format("{}: cannot write the baseline", path)};
    return true;
}

std::vector<std::string> apply_baseline(const Baseline& baseline, const std::string& path,
                                        std::vector<Finding>& findings) {
    std::multiset<std::string> known;
    if (auto it = baseline.fingerprints.find(path); it != baseline.fingerprints.end()) known = it->second;
    for (Finding& f : findings) {
        if (auto it = known.find(f.fingerprint); it != known.end()) {
            known.erase(it);
            f.baseline = BaselineState::Unchanged;
        } else {
            f.baseline = BaselineState::New;
        }
    }
    return {known.begin(), known.end()};
}

}  // namespace soat::engine
