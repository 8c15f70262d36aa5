#include "annotate/package.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
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

ZipPtr open_zip(const std::string& data) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    if (source == nullptr) return nullptr;
    zip_t* z = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (z == nullptr) zip_source_free(source);
    zip_error_fini(&error);
    return ZipPtr(z);
}

struct SourceFreer {
    void operator()(zip_source_t* s) const {
        if (s != nullptr) zip_source_free(s);
    }
};

// The bytes libzip wrote into a buffer source.
std::optional<std::string> source_bytes(zip_source_t* source) {
    if (zip_source_open(source) != 0) return std::nullopt;
    std::optional<std::string> out;
    if (zip_source_seek(source, 0, SEEK_END) == 0) {
        const zip_int64_t size = zip_source_tell(source);
        if (size >= 0 && zip_source_seek(source, 0, SEEK_SET) == 0) {
            std::string data(static_cast<std::size_t>(size), '\0');
            if (zip_source_read(source, data.data(), data.size()) == size) out = std::move(data);
        }
    }
    zip_source_close(source);
    return out;
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
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"E101", path + ": cannot open for reading"};
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return Error{"E101", path + ": read failed"};
    auto p = from_bytes(std::move(data), path);
    if (p) p->path_ = path;
    return p;
}

Result<Package> Package::from_bytes(std::string bytes, const std::string& name) {
    Package p;
    p.name_ = name;
    p.data_ = std::make_shared<const std::string>(std::move(bytes));
    ZipPtr z = open_zip(*p.data_);
    if (!z) return Error{"E102", name + ": not a zip archive"};
    const zip_int64_t n = zip_get_num_entries(z.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* entry = zip_get_name(z.get(), static_cast<zip_uint64_t>(i), 0);
        if (entry != nullptr) p.names_.emplace_back(entry);
    }
    return p;
}

std::optional<std::string> Package::part(const std::string& name) const {
    if (auto it = changed_.find(name); it != changed_.end()) return it->second;
    ZipPtr z = open_zip(*data_);
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

Result<std::string> Package::bytes() const {
    ZipPtr src = open_zip(*data_);
    if (!src) return Error{"E102", name_ + ": not a zip archive"};
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) return Error{"E301", name_ + ": cannot create the output"};
    zip_source_keep(buffer.get());  // outlives zip_close, which writes into it
    ZipPtr dst(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    zip_error_fini(&error);
    if (!dst) {
        zip_source_free(buffer.get());  // the reference zip_open_from_source did not take
        return Error{"E301", name_ + ": cannot create the output"};
    }
    auto fail = [&](const std::string& what) -> Result<std::string> { return Error{"E301", name_ + ": " + what}; };
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
        return fail(what);
    }
    auto out = source_bytes(buffer.get());
    if (!out) return fail("cannot read the rebuilt archive");
    return std::move(*out);
}

Result<bool> Package::write(const std::string& out) const {
    if (!path_.empty()) {
        if (auto e = same_file_error(path_, out)) return *e;
    }
    auto data = bytes();
    if (!data) return data.error();
    const fs::path target = fs::absolute(out);
    const std::string tmp = (target.parent_path() / ("." + target.filename().string() + ".soat-tmp")).string();
    {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file) return Error{"E301", out + ": cannot create the output"};
        file.write(data->data(), static_cast<std::streamsize>(data->size()));
        if (!file.flush()) {
            file.close();
            std::remove(tmp.c_str());
            return Error{"E301", out + ": cannot write the output"};
        }
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
