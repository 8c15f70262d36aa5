// libzip, loaded when soat first opens a zip (docs/performance.md, session 13).
//
// Debian's libzip links libcrypto (for encrypted archives, which soat never reads): loading
// both at start-up cost the dynamic loader about 3 M instructions of the 12 M of a one-line
// check, before main(). The `soat` binary is linked with these definitions instead of the
// library: each function of libzip that soat calls is defined here, with libzip's own
// prototype (from <zip.h>), and forwards to the real one, which the first call to any of
// them loads with dlopen() and finds with dlsym(). libzip stays the zip reader; a text or
// Markdown file never loads it. The other programs (tests, benchmarks, fuzz targets,
// soat-serve) link libzip as before (lint/CMakeLists.txt, SOAT_LAZY_LIBZIP).
#include <zip.h>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

#ifndef SOAT_LIBZIP_SONAME
#error "SOAT_LIBZIP_SONAME (the soname of libzip, e.g. libzip.so.4) is set by lint/CMakeLists.txt"
#endif

namespace {

// A soat without its libzip cannot read a DOCX at all: say so and stop, as the dynamic loader
// would have stopped at start-up before.
[[noreturn]] void fail(const char* what, const char* error) {
    std::fprintf(stderr, "soat: %s: %s\n", what, error != nullptr ? error : "unknown error");
    std::fflush(stderr);
    std::_Exit(2);
}

void* library() {
    static void* const handle = [] {
        void* h = dlopen(SOAT_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (h == nullptr) fail("cannot load " SOAT_LIBZIP_SONAME, dlerror());
        return h;
    }();
    return handle;
}

template <class F>
F resolve(const char* name) {
    void* symbol = dlsym(library(), name);
    if (symbol == nullptr) fail(name, dlerror());
    return reinterpret_cast<F>(symbol);
}

}  // namespace

extern "C" {

int zip_close(zip_t *a0) {
    static const auto f = resolve<decltype(&zip_close)>("zip_close");
    return f(a0);
}

void zip_discard(zip_t *a0) {
    static const auto f = resolve<decltype(&zip_discard)>("zip_discard");
    f(a0);
}

int zip_error_code_zip(const zip_error_t *a0) {
    static const auto f = resolve<decltype(&zip_error_code_zip)>("zip_error_code_zip");
    return f(a0);
}

void zip_error_fini(zip_error_t *a0) {
    static const auto f = resolve<decltype(&zip_error_fini)>("zip_error_fini");
    f(a0);
}

void zip_error_init(zip_error_t *a0) {
    static const auto f = resolve<decltype(&zip_error_init)>("zip_error_init");
    f(a0);
}

const char * zip_error_strerror(zip_error_t *a0) {
    static const auto f = resolve<decltype(&zip_error_strerror)>("zip_error_strerror");
    return f(a0);
}

int zip_fclose(zip_file_t *a0) {
    static const auto f = resolve<decltype(&zip_fclose)>("zip_fclose");
    return f(a0);
}

zip_int64_t zip_file_add(zip_t *a0, const char *a1, zip_source_t *a2, zip_flags_t a3) {
    static const auto f = resolve<decltype(&zip_file_add)>("zip_file_add");
    return f(a0, a1, a2, a3);
}

zip_error_t * zip_file_get_error(zip_file_t *a0) {
    static const auto f = resolve<decltype(&zip_file_get_error)>("zip_file_get_error");
    return f(a0);
}

const char * zip_file_strerror(zip_file_t *a0) {
    static const auto f = resolve<decltype(&zip_file_strerror)>("zip_file_strerror");
    return f(a0);
}

zip_file_t * zip_fopen(zip_t *a0, const char *a1, zip_flags_t a2) {
    static const auto f = resolve<decltype(&zip_fopen)>("zip_fopen");
    return f(a0, a1, a2);
}

zip_file_t * zip_fopen_index(zip_t *a0, zip_uint64_t a1, zip_flags_t a2) {
    static const auto f = resolve<decltype(&zip_fopen_index)>("zip_fopen_index");
    return f(a0, a1, a2);
}

zip_int64_t zip_fread(zip_file_t *a0, void *a1, zip_uint64_t a2) {
    static const auto f = resolve<decltype(&zip_fread)>("zip_fread");
    return f(a0, a1, a2);
}

zip_error_t * zip_get_error(zip_t *a0) {
    static const auto f = resolve<decltype(&zip_get_error)>("zip_get_error");
    return f(a0);
}

const char * zip_get_name(zip_t *a0, zip_uint64_t a1, zip_flags_t a2) {
    static const auto f = resolve<decltype(&zip_get_name)>("zip_get_name");
    return f(a0, a1, a2);
}

zip_int64_t zip_get_num_entries(zip_t *a0, zip_flags_t a1) {
    static const auto f = resolve<decltype(&zip_get_num_entries)>("zip_get_num_entries");
    return f(a0, a1);
}

zip_t * zip_open_from_source(zip_source_t *a0, int a1, zip_error_t *a2) {
    static const auto f = resolve<decltype(&zip_open_from_source)>("zip_open_from_source");
    return f(a0, a1, a2);
}

zip_source_t * zip_source_buffer(zip_t *a0, const void *a1, zip_uint64_t a2, int a3) {
    static const auto f = resolve<decltype(&zip_source_buffer)>("zip_source_buffer");
    return f(a0, a1, a2, a3);
}

zip_source_t * zip_source_buffer_create(const void *a0, zip_uint64_t a1, int a2, zip_error_t *a3) {
    static const auto f = resolve<decltype(&zip_source_buffer_create)>("zip_source_buffer_create");
    return f(a0, a1, a2, a3);
}

int zip_source_close(zip_source_t *a0) {
    static const auto f = resolve<decltype(&zip_source_close)>("zip_source_close");
    return f(a0);
}

void zip_source_free(zip_source_t *a0) {
    static const auto f = resolve<decltype(&zip_source_free)>("zip_source_free");
    f(a0);
}

void zip_source_keep(zip_source_t *a0) {
    static const auto f = resolve<decltype(&zip_source_keep)>("zip_source_keep");
    f(a0);
}

int zip_source_open(zip_source_t *a0) {
    static const auto f = resolve<decltype(&zip_source_open)>("zip_source_open");
    return f(a0);
}

zip_int64_t zip_source_read(zip_source_t *a0, void *a1, zip_uint64_t a2) {
    static const auto f = resolve<decltype(&zip_source_read)>("zip_source_read");
    return f(a0, a1, a2);
}

int zip_source_seek(zip_source_t *a0, zip_int64_t a1, int a2) {
    static const auto f = resolve<decltype(&zip_source_seek)>("zip_source_seek");
    return f(a0, a1, a2);
}

zip_int64_t zip_source_tell(zip_source_t *a0) {
    static const auto f = resolve<decltype(&zip_source_tell)>("zip_source_tell");
    return f(a0);
}

zip_source_t * zip_source_zip(zip_t *a0, zip_t *a1, zip_uint64_t a2, zip_flags_t a3, zip_uint64_t a4, zip_int64_t a5) {
    static const auto f = resolve<decltype(&zip_source_zip)>("zip_source_zip");
    return f(a0, a1, a2, a3, a4, a5);
}

int zip_stat(zip_t *a0, const char *a1, zip_flags_t a2, zip_stat_t *a3) {
    static const auto f = resolve<decltype(&zip_stat)>("zip_stat");
    return f(a0, a1, a2, a3);
}

int zip_stat_index(zip_t *a0, zip_uint64_t a1, zip_flags_t a2, zip_stat_t *a3) {
    static const auto f = resolve<decltype(&zip_stat_index)>("zip_stat_index");
    return f(a0, a1, a2, a3);
}

void zip_stat_init(zip_stat_t *a0) {
    static const auto f = resolve<decltype(&zip_stat_init)>("zip_stat_init");
    f(a0);
}

const char * zip_strerror(zip_t *a0) {
    static const auto f = resolve<decltype(&zip_strerror)>("zip_strerror");
    return f(a0);
}

}  // extern "C"
