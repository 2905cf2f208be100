#pragma once
// Shared helpers of the fuzz harnesses (see README.md, "Fuzzing").
//
// A harness is one function, LLVMFuzzerTestOneInput, linked either with libFuzzer (MTL_FUZZ,
// clang) or with ReplayMain.cpp, a tiny main() that feeds it the files of a corpus (any compiler;
// the CTest regression). Inputs a loader is allowed to refuse end in the loader's documented
// exception, which the harness catches; anything else (another exception, a crash, a sanitizer
// report, a hang) is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace mtl::fuzz {

// A private folder for the files of this process (in /dev/shm when it exists: no disk I/O),
// removed at exit.
inline const std::string& scratchDir() {
    static const std::string dir = [] {
        std::string base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
        if (const char* t = std::getenv("TMPDIR"); t && access("/dev/shm", W_OK) != 0) base = t;
        std::string tmpl = base + "/mtlfuzz.XXXXXX";
        if (!mkdtemp(tmpl.data())) std::abort();
        static std::string keep = tmpl;
        std::atexit([] {
            const std::string cmd = "rm -rf '" + keep + "'";
            if (std::system(cmd.c_str()) != 0) {
            }
        });
        return tmpl;
    }();
    return dir;
}

// Writes `size` bytes to scratchDir()/name and returns the path.
inline std::string writeScratch(const std::string& name, const std::uint8_t* data,
                                std::size_t size) {
    const std::string path = scratchDir() + "/" + name;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) std::abort();
    if (size && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    return path;
}

}  // namespace mtl::fuzz
