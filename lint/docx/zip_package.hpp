// Read access to the zip container of a package, enforcing ReadLimits: entry count (E107),
// unsafe names (E108), declared and actual inflated sizes and ratios (E106).
#pragma once

#include <soat/reader.hpp>
#include <soat/result.hpp>

#include <zip.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace soat::docx {

class ZipPackage {
public:
    // `bytes` must outlive the package.
    static Result<ZipPackage> open(std::string_view bytes, const ReadLimits& limits);

    [[nodiscard]] bool has(const std::string& name) const;
    // Inflates one entry; part names compare case-insensitively, as OPC says.
    Result<std::string> read(const std::string& name);

private:
    struct Closer {
        void operator()(zip_t* z) const { zip_discard(z); }
    };
    [[nodiscard]] std::int64_t find(const std::string& name) const;

    std::unique_ptr<zip_t, Closer> zip_;
    std::unordered_map<std::string, zip_uint64_t> index_;  // lower-cased name -> entry
    ReadLimits limits_;
    std::uint64_t total_read_ = 0;
};

}  // namespace soat::docx
