#include "serve/upload.hpp"

#include <fmt/format.h>

namespace soat::serve {

std::string sanitise_name(std::string_view raw) {
    if (const auto slash = raw.find_last_of("/\\"); slash != std::string_view::npos)
        raw.remove_prefix(slash + 1);
    std::string name;
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == '"') continue;
        if (name.empty() && (c == '.' || c == ' ')) continue;
        name += c;
    }
    if (name.size() > 200) {
        std::size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
            --cut;  // not inside a character
        name.resize(cut);
    }
    return name.empty() ? "document" : name;
}

std::variant<Upload, Reply> take_upload(const httplib::Request& request, std::size_t max_bytes) {
    if (!request.is_multipart_form_data()) {
        return error_reply(400, kMalformed,
                           "send the document as multipart/form-data in the field 'file'");
    }
    if (request.files.count("file") != 1) {
        return error_reply(400, kMalformed, "exactly one multipart field 'file' is expected");
    }
    auto it = request.files.find("file");
    if (it->second.content.size() > max_bytes) {
        return error_reply(
            413, kTooLarge,
            fmt::format("the document exceeds the upload limit of {} bytes", max_bytes));
    }
    Upload upload{sanitise_name(it->second.filename), it->second.content};
    return upload;
}

}  // namespace soat::serve
