// `soat init`: writes a commented `.soat.yml` with every option at its default.
#include "cli/commands.hpp"

#include <soat/engine.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace soat::cli {

namespace {

int run_init(const std::string& path, bool force) {
    std::error_code ec;
    if (!force && std::filesystem::exists(path, ec)) {
        std::fprintf(stderr, "soat: %s exists (use --force to overwrite)\n", path.c_str());
        return kTrouble;
    }
    std::ofstream out(path, std::ios::binary);
    out << engine::default_config_text();
    if (!out.flush()) {
        std::fprintf(stderr, "soat: E301 %s: cannot write\n", path.c_str());
        return kTrouble;
    }
    std::printf("%s\n", path.c_str());
    return kClean;
}

}  // namespace

Runner add_init(CLI::App& app) {
    auto path = std::make_shared<std::string>(".soat.yml");
    auto force = std::make_shared<bool>(false);
    CLI::App* sub = app.add_subcommand("init", "Write a commented .soat.yml with every option at its default");
    sub->add_option("path", *path, "Where to write (default: .soat.yml)");
    sub->add_flag("--force", *force, "Overwrite an existing file");
    return [path, force] { return run_init(*path, *force); };
}

}  // namespace soat::cli
