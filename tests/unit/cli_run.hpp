// Runs the built `soat` binary for command-line tests: exit code and standard output, with
// scratch directories that clean up after themselves.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace soat::test {

struct Ran {
    int code = -1;
    std::string out;
};

// Runs `soat ARGS` through the shell (ARGS already quoted), stderr to /dev/null unless kept.
inline Ran run_soat(const std::string& args, const std::string& cwd = {}, bool keep_stderr = false) {
    std::string cmd;
    if (!cwd.empty()) cmd = "cd '" + cwd + "' && ";
    cmd += std::string("'") + SOAT_BINARY + "' " + args + (keep_stderr ? " 2>&1" : " 2>/dev/null");
    Ran r;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 65536> buf{};
    for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0;) r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

class ScratchDir {
public:
    ScratchDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "soat-cli-XXXXXX").string();
        REQUIRE(mkdtemp(tmpl.data()) != nullptr);
        path_ = tmpl;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    [[nodiscard]] std::string path() const { return path_.string(); }
    std::string write(const std::string& rel, const std::string& content) const {
        const auto p = path_ / rel;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    [[nodiscard]] std::string read(const std::string& rel) const {
        std::ifstream in(path_ / rel, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

private:
    std::filesystem::path path_;
};

// The demo rule pack (fixtures/reporters/pack) switched on by a .soat.yml in `dir`.
inline void use_demo_pack(const ScratchDir& dir) {
    dir.write(".soat.yml", std::string("packs: ['") + SOAT_SOURCE_DIR +
                               "/fixtures/reporters/pack']\ndisable: [time, numbers, text, structure, hygiene]\n");
}

}  // namespace soat::test
