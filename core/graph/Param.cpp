#include "graph/Param.h"

#include <cstdlib>
#include <sstream>

namespace mtl {

bool ParamValue::operator==(const ParamValue& o) const {
    if (kind != o.kind) return false;
    switch (kind) {
        case Kind::Int:
            return i == o.i;
        case Kind::Real:
            return r == o.r;
        case Kind::Bool:
            return b == o.b;
        case Kind::String:
            return s == o.s;
        case Kind::IntList:
            return list == o.list;
    }
    return false;
}

std::string ParamValue::toString() const {
    std::ostringstream os;
    switch (kind) {
        case Kind::Int:
            os << i;
            break;
        case Kind::Real:
            os << r;
            break;
        case Kind::Bool:
            os << (b ? "true" : "false");
            break;
        case Kind::String:
            os << s;
            break;
        case Kind::IntList:
            for (size_t k = 0; k < list.size(); ++k) os << (k ? "," : "") << list[k];
            break;
    }
    return os.str();
}

bool parseIntList(const std::string& text, std::vector<int>& out) {
    std::vector<int> v;
    std::string tok;
    auto flush = [&]() -> bool {
        if (tok.empty()) return true;
        char* end = nullptr;
        long x = std::strtol(tok.c_str(), &end, 10);
        if (*end != '\0') return false;
        v.push_back(static_cast<int>(x));
        tok.clear();
        return true;
    };
    for (char c : text) {
        if (c == ',' || c == ' ' || c == ';' || c == 'x') {
            if (!flush()) return false;
        } else {
            tok.push_back(c);
        }
    }
    if (!flush()) return false;
    out = std::move(v);
    return true;
}

bool ParamValue::parse(const std::string& text) {
    char* end = nullptr;
    switch (kind) {
        case Kind::Int: {
            long long v = std::strtoll(text.c_str(), &end, 10);
            if (text.empty() || *end != '\0') return false;
            i = v;
            return true;
        }
        case Kind::Real: {
            double v = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0') return false;
            r = v;
            return true;
        }
        case Kind::Bool:
            if (text == "true" || text == "1" || text == "yes") {
                b = true;
                return true;
            }
            if (text == "false" || text == "0" || text == "no") {
                b = false;
                return true;
            }
            return false;
        case Kind::String:
            s = text;
            return true;
        case Kind::IntList:
            return parseIntList(text, list);
    }
    return false;
}

}  // namespace mtl
