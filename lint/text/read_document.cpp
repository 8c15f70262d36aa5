// Picks the reader by content signature first (zip, OLE2), then by extension.
#include <soat/reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace soat {

namespace {

std::string extension(const std::string& name) {
    std::string ext = std::filesystem::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

}  // namespace

Result<model::Document> read_document_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) {
        return Error{"E106", fmt::format("{}: {} bytes exceeds the input limit of {} bytes", name, bytes.size(), limits.max_file_bytes)};
    }
    const bool zip = starts_with(bytes, "PK\x03\x04") || starts_with(bytes, std::string_view("PK\x05\x06", 4));
    const bool ole2 = starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    const std::string ext = extension(name);
    if (zip || ole2 || ext == ".docx" || ext == ".docm" || ext == ".dotx") return read_docx_bytes(bytes, name, limits);
    if (ext == ".txt" || ext == ".text") return read_text(bytes, name, model::Format::Text);
    if (ext == ".md" || ext == ".markdown") return read_text(bytes, name, model::Format::Markdown);
    return Error{"E116", fmt::format("{}: unsupported file type (expected .docx, .txt or .md)", name)};
}

Result<model::Document> read_document(const std::string& path, const ReadLimits& limits) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{"E101", fmt::format("{}: is a directory", path)};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return Error{"E101", fmt::format("{}: cannot open: {}", path, ec.message())};
    if (size > limits.max_file_bytes) {
        return Error{"E106", fmt::format("{}: {} bytes exceeds the input limit of {} bytes", path, size, limits.max_file_bytes)};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"E101", fmt::format("{}: cannot open for reading", path)};
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size) || in.bad()) {
        return Error{"E101", fmt::format("{}: read failed", path)};
    }
    return read_document_bytes(bytes, path, limits);
}

}  // namespace soat
