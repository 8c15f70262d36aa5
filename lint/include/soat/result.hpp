// Errors as values at library boundaries.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace soat {

// E1xx: the input cannot be read; E2xx: configuration or rule packs; E3xx: output.
struct Error {
    std::string code;     // e.g. "E102"
    std::string message;  // Vietnamese-neutral, names the file or key at fault
};

template <typename T>
class Result {
public:
    Result(T value) : data_(std::move(value)) {}
    Result(Error error) : data_(std::move(error)) {}

    [[nodiscard]] bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(data_); }
    const T& value() const { return std::get<0>(data_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(data_); }

private:
    std::variant<T, Error> data_;
};

}  // namespace soat
