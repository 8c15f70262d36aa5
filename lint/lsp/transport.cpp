#include "lsp/transport.hpp"

#include <cctype>
#include <charconv>

namespace soat::lsp {

std::optional<std::string> read_message(std::istream& in) {
    std::optional<std::size_t> length;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            if (!length) continue;  // stray blank line between messages
            break;
        }
        constexpr std::string_view key = "content-length:";
        if (line.size() > key.size()) {
            std::string head = line.substr(0, key.size());
            for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (head == key) {
                std::size_t pos = key.size();
                while (pos < line.size() && line[pos] == ' ') ++pos;
                std::size_t n = 0;
                auto [end, ec] = std::from_chars(line.data() + pos, line.data() + line.size(), n);
                if (ec != std::errc{} || n > (64u << 20)) return std::nullopt;
                length = n;
            }
        }
    }
    if (!length || !in) return std::nullopt;
    std::string body(*length, '\0');
    in.read(body.data(), static_cast<std::streamsize>(*length));
    if (static_cast<std::size_t>(in.gcount()) != *length) return std::nullopt;
    return body;
}

void write_message(std::ostream& out, const nlohmann::json& message) {
    const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

}  // namespace soat::lsp
