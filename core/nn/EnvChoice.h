#pragma once
// Run-time switches read from the environment (MTL_GEMM, MTL_DATA_PARALLEL).
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>

namespace mtl {

// The value of the environment variable `name` when it is one of `allowed`, else "" (unset). A
// value that is not allowed is reported on stderr and treated as unset, so that a typo does not
// silently pick a behaviour.
inline std::string envChoice(const char* name, std::initializer_list<const char*> allowed) {
    const char* e = std::getenv(name);
    if (!e || !*e) return {};
    std::string list;
    for (const char* a : allowed) {
        if (std::string(a) == e) return e;
        list += (list.empty() ? "" : ", ") + std::string(a);
    }
    std::fprintf(stderr, "%s=%s is not one of %s: ignored\n", name, e, list.c_str());
    return {};
}

}  // namespace mtl
