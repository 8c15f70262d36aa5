#include "docx/zip_package.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace soat::docx {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// Absolute paths, drive letters, backslashes and ".." segments could escape an extraction root.
bool unsafe_name(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.front() == '\\') return true;
    if (name.size() >= 2 && name[1] == ':') return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(start, end - start) == "..") return true;
        start = end + 1;
    }
    return false;
}

struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

Result<ZipPackage> ZipPackage::open(std::string_view bytes, const ReadLimits& limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (src == nullptr) return Error{"E102", "cannot read the zip container"};
    ZipPackage pkg;
    pkg.limits_ = limits;
    pkg.zip_.reset(zip_open_from_source(src, ZIP_RDONLY, &error));
    if (!pkg.zip_) {
        zip_source_free(src);
        int code = zip_error_code_zip(&error);
        std::string detail = zip_error_strerror(&error);
        zip_error_fini(&error);
        // A local header at the start but no readable central directory: the end is missing.
        bool local_header = bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
        if (local_header && (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS || code == ZIP_ER_EOF || code == ZIP_ER_READ))
            return Error{"E103", "truncated zip: " + detail};
        return Error{"E102", "not a zip archive: " + detail};
    }
    zip_int64_t entries = zip_get_num_entries(pkg.zip_.get(), 0);
    if (entries < 0) return Error{"E102", "corrupt zip directory"};
    if (static_cast<std::uint64_t>(entries) > limits.max_entries)
        return Error{"E107", fmt::format("{} zip entries (limit {})", entries, limits.max_entries)};
    pkg.index_.reserve(static_cast<std::size_t>(entries));
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char* name = zip_get_name(pkg.zip_.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        if (name == nullptr) return Error{"E102", "corrupt zip entry name"};
        if (unsafe_name(name)) return Error{"E108", fmt::format("unsafe zip entry name '{}'", name)};
        pkg.index_.emplace(lower(name), static_cast<zip_uint64_t>(i));
    }
    return pkg;
}

std::int64_t ZipPackage::find(const std::string& name) const {
    auto it = index_.find(lower(name));
    return it == index_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

bool ZipPackage::has(const std::string& name) const { return find(name) >= 0; }

Result<std::string> ZipPackage::read(const std::string& name) {
    std::int64_t index = find(name);
    if (index < 0) return Error{"E109", "missing part " + name};
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0)
        return Error{"E102", "cannot stat zip entry " + name};
    const std::uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    const std::uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    auto too_big = [&](std::uint64_t size) {
        return size > limits_.max_entry_bytes || total_read_ + size > limits_.max_total_bytes;
    };
    auto bad_ratio = [&](std::uint64_t size) {
        return size > (1u << 20) && static_cast<double>(size) > limits_.max_ratio * static_cast<double>(std::max<std::uint64_t>(compressed, 1));
    };
    if (too_big(declared)) return Error{"E106", fmt::format("zip entry {} declares {} bytes (limit {})", name, declared, limits_.max_entry_bytes)};
    if (bad_ratio(declared)) return Error{"E106", fmt::format("zip entry {} declares a compression ratio over {}", name, limits_.max_ratio)};

    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        int code = zip_error_code_zip(zip_get_error(zip_.get()));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD) return Error{"E104", "encrypted zip entry " + name};
        if (code == ZIP_ER_COMPNOTSUPP) return Error{"E102", "unsupported compression in " + name};
        return Error{"E103", fmt::format("cannot open zip entry {}: {}", name, zip_strerror(zip_.get()))};
    }
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(declared, 64u << 20)));
    std::uint64_t got = 0;
    std::string chunk(256u << 10, '\0');
    while (true) {
        zip_int64_t n = zip_fread(file.get(), chunk.data(), chunk.size());
        if (n < 0) {
            int code = zip_error_code_zip(zip_file_get_error(file.get()));
            std::string detail = zip_file_strerror(file.get());
            if (code == ZIP_ER_CRC || code == ZIP_ER_ZLIB || code == ZIP_ER_INCONS)
                return Error{"E102", fmt::format("corrupt zip entry {}: {}", name, detail)};
            return Error{"E103", fmt::format("cannot inflate {}: {}", name, detail)};
        }
        if (n == 0) break;
        got += static_cast<std::uint64_t>(n);
        if (got > declared) return Error{"E106", fmt::format("zip entry {} inflates past its declared size {}", name, declared)};
        if (too_big(got) || bad_ratio(got)) return Error{"E106", fmt::format("zip entry {} inflates past the limits", name)};
        out.append(chunk.data(), static_cast<std::size_t>(n));
    }
    total_read_ += got;
    return out;
}

}  // namespace soat::docx
