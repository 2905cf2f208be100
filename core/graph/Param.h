#pragma once
// Typed node parameters. A node's parameters are a name -> ParamValue map whose names and kinds
// are declared by the node type in the registry (see Registry.h).
#include <map>
#include <string>
#include <vector>

namespace mtl {

struct ParamValue {
    enum class Kind { Int, Real, Bool, String, IntList };
    Kind kind = Kind::Int;
    long long i = 0;
    double r = 0.0;
    bool b = false;
    std::string s;
    std::vector<int> list;

    static ParamValue ofInt(long long v) {
        ParamValue p;
        p.kind = Kind::Int;
        p.i = v;
        return p;
    }
    static ParamValue ofReal(double v) {
        ParamValue p;
        p.kind = Kind::Real;
        p.r = v;
        return p;
    }
    static ParamValue ofBool(bool v) {
        ParamValue p;
        p.kind = Kind::Bool;
        p.b = v;
        return p;
    }
    static ParamValue ofString(std::string v) {
        ParamValue p;
        p.kind = Kind::String;
        p.s = std::move(v);
        return p;
    }
    static ParamValue ofList(std::vector<int> v) {
        ParamValue p;
        p.kind = Kind::IntList;
        p.list = std::move(v);
        return p;
    }
    bool operator==(const ParamValue& o) const;
    bool operator!=(const ParamValue& o) const { return !(*this == o); }
    std::string toString() const;
    // Parses text into this value's kind; returns false (value untouched) on bad text.
    bool parse(const std::string& text);
};

using ParamMap = std::map<std::string, ParamValue>;

// Parses "64,32" / "64 32" into a list; returns false on bad text.
bool parseIntList(const std::string& text, std::vector<int>& out);

}  // namespace mtl
