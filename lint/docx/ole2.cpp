#include "docx/ole2.hpp"

#include <string>

namespace soat::docx {

bool is_ole2(std::string_view bytes) {
    return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

bool ole2_has_encrypted_package(std::string_view bytes) {
    static const std::string name = [] {
        std::string s;
        for (char c : std::string_view("EncryptedPackage")) {
            s += c;
            s += '\0';
        }
        return s;
    }();
    return bytes.find(name) != std::string_view::npos;
}

}  // namespace soat::docx
