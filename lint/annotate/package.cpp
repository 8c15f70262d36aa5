#include "annotate/package.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <regex>

namespace soat::annotate {

namespace fs = std::filesystem;

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const {
        if (z != nullptr) zip_discard(z);
    }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

struct FileCloser {
    void operator()(zip_file_t* f) const {
        if (f != nullptr) zip_fclose(f);
    }
};

std::optional<std::string> read_entry(zip_t* z, const std::string& name) {
    zip_stat_t st;
    if (zip_stat(z, name.c_str(), 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0) return std::nullopt;
    std::unique_ptr<zip_file_t, FileCloser> f(zip_fopen(z, name.c_str(), 0));
    if (!f) return std::nullopt;
    std::string data(st.size, '\0');
    if (zip_fread(f.get(), data.data(), st.size) != static_cast<zip_int64_t>(st.size)) return std::nullopt;
    return data;
}

ZipPtr open_zip(const std::string& path) {
    int error = 0;
    return ZipPtr(zip_open(path.c_str(), ZIP_RDONLY, &error));
}

}  // namespace

std::string rels_path(const std::string& part) {
    const fs::path p(part);
    const std::string dir = p.parent_path().string();
    return (dir.empty() ? "" : dir + "/") + "_rels/" + p.filename().string() + ".rels";
}

std::optional<Error> same_file_error(const std::string& in, const std::string& out) {
    std::error_code ec;
    const bool same = fs::exists(out, ec) ? fs::equivalent(in, out, ec)
                                          : fs::weakly_canonical(in, ec) == fs::weakly_canonical(out, ec);
    if (same && !ec) return Error{"E302", out + ": the output would overwrite the input; choose another -o"};
    return std::nullopt;
}

Result<Package> Package::open(const std::string& path) {
    ZipPtr z = open_zip(path);
    if (!z) return Error{"E102", path + ": not a zip archive"};
    Package p;
    p.path_ = path;
    const zip_int64_t n = zip_get_num_entries(z.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(z.get(), static_cast<zip_uint64_t>(i), 0);
        if (name != nullptr) p.names_.emplace_back(name);
    }
    return p;
}

std::optional<std::string> Package::part(const std::string& name) const {
    if (auto it = changed_.find(name); it != changed_.end()) return it->second;
    ZipPtr z = open_zip(path_);
    if (!z) return std::nullopt;
    return read_entry(z.get(), name);
}

void Package::set_part(const std::string& name, std::string content) { changed_[name] = std::move(content); }

std::string Package::main_part() const {
    static const std::regex rel(
        R"~(<Relationship\b[^>]*Type="[^"]*/officeDocument"[^>]*>)~");
    static const std::regex target(R"~(Target="([^"]+)")~");
    if (auto rels = part("_rels/.rels")) {
        std::smatch m, t;
        if (std::regex_search(*rels, m, rel)) {
            const std::string element = m.str();
            if (std::regex_search(element, t, target)) {
                std::string name = t[1].str();
                if (!name.empty() && name.front() == '/') name.erase(0, 1);
                return name;
            }
        }
    }
    return "word/document.xml";
}

Result<bool> Package::write(const std::string& out) const {
    if (auto e = same_file_error(path_, out)) return *e;
    ZipPtr src = open_zip(path_);
    if (!src) return Error{"E102", path_ + ": not a zip archive"};
    const fs::path target = fs::absolute(out);
    const std::string tmp = (target.parent_path() / ("." + target.filename().string() + ".soat-tmp")).string();
    int error = 0;
    ZipPtr dst(zip_open(tmp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!dst) return Error{"E301", out + ": cannot create the output"};
    auto fail = [&](const std::string& what) -> Result<bool> {
        dst.reset();
        std::remove(tmp.c_str());
        return Error{"E301", out + ": " + what};
    };
    auto add_buffer = [&](const std::string& name, const std::string& data) {
        // zip_source_buffer does not copy: the data lives in changed_ until zip_close.
        zip_source_t* s = zip_source_buffer(dst.get(), data.data(), data.size(), 0);
        if (s == nullptr) return false;
        if (zip_file_add(dst.get(), name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(s);
            return false;
        }
        return true;
    };
    for (std::size_t i = 0; i < names_.size(); ++i) {
        const std::string& name = names_[i];
        if (auto it = changed_.find(name); it != changed_.end()) {
            if (!add_buffer(name, it->second)) return fail("cannot add " + name);
            continue;
        }
        zip_source_t* s = zip_source_zip(dst.get(), src.get(), i, ZIP_FL_COMPRESSED, 0, -1);
        if (s == nullptr) return fail("cannot copy " + name);
        if (zip_file_add(dst.get(), name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(s);
            return fail("cannot copy " + name);
        }
    }
    for (const auto& [name, data] : changed_) {
        if (std::find(names_.begin(), names_.end(), name) == names_.end() && !add_buffer(name, data)) {
            return fail("cannot add " + name);
        }
    }
    zip_t* raw = dst.release();
    if (zip_close(raw) != 0) {
        const std::string what = zip_strerror(raw);
        zip_discard(raw);
        std::remove(tmp.c_str());
        return Error{"E301", out + ": " + what};
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        std::remove(tmp.c_str());
        return Error{"E301", out + ": " + ec.message()};
    }
    return true;
}

}  // namespace soat::annotate
