#include "data/Quote.h"

#include <cstdio>

namespace mtl {

namespace {

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 if the bytes there are not
// valid UTF-8 (overlong forms, surrogates and code points beyond U+10FFFF included).
std::size_t utf8Length(std::string_view s, std::size_t i, unsigned& codePoint) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned c = b(0);
    std::size_t n = 0;
    if (c < 0x80) {
        codePoint = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        codePoint = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        codePoint = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        codePoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        codePoint = (codePoint << 6) | (b(k) & 0x3F);
    }
    if ((n == 3 && codePoint < 0x800) || (n == 4 && codePoint < 0x10000) ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
        return 0;
    return n;
}

void appendHex(std::string& out, unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(c));
    out += buf;
}

std::string withThousands(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace

std::string quoteForMessage(std::string_view s, std::size_t maxChars) {
    std::string out = "'";
    std::size_t chars = 0, i = 0;
    while (i < s.size() && chars < maxChars) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        unsigned cp = 0;
        const std::size_t n = utf8Length(s, i, cp);
        if (n == 0) {
            appendHex(out, c);
            ++i;
        } else if (n == 1 && (c < 0x20 || c == 0x7F)) {
            switch (c) {
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                case '\0':
                    out += "\\0";
                    break;
                default:
                    appendHex(out, c);
            }
            ++i;
        } else if (n == 2 && cp >= 0x80 && cp <= 0x9F) {  // C1 control
            char buf[12];
            std::snprintf(buf, sizeof buf, "\\u%04X", cp);
            out += buf;
            i += n;
        } else {
            out.append(s.data() + i, n);
            i += n;
        }
        ++chars;
    }
    out += '\'';
    if (i < s.size()) {
        out.insert(out.size() - 1, "\xE2\x80\xA6");  // "…" inside the quotes
        out += " (" + withThousands(s.size()) + " bytes)";
    }
    return out;
}

}  // namespace mtl
