// OLE2 compound files (legacy .doc, and the wrapper of password-protected OOXML).
#pragma once

#include <string_view>

namespace soat::docx {

bool is_ole2(std::string_view bytes);
// An "EncryptedPackage" stream name (UTF-16LE in a directory entry) marks encrypted OOXML.
bool ole2_has_encrypted_package(std::string_view bytes);

}  // namespace soat::docx
